package sim

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/scrub"
)

// blockingRunner runs until ctx ends or release is closed.
func blockingRunner(release <-chan struct{}, fail error) RunnerFunc {
	return func(ctx context.Context, _ string) error {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-release:
			return fail
		}
	}
}

func request(name string, sim *config.SimImage) *backends.RunnerRequest {
	return &backends.RunnerRequest{Name: name, JITConfig: "jit-" + name, Runner: &config.RunnerConfig{Name: "s", Sim: sim}}
}

func TestLifecycle(t *testing.T) {
	release := make(chan struct{})
	b := New(Options{Run: blockingRunner(release, nil)})
	p := b.Provisioner(backends.Ownership{DaemonID: "d", ScaleSet: "s"}, nil)
	other := b.Provisioner(backends.Ownership{DaemonID: "other", ScaleSet: "s"}, nil)
	ctx := context.Background()
	if err := p.Start(ctx, request("s-1", nil)); err != nil {
		t.Fatal(err)
	}
	if err := p.Start(ctx, request("s-1", nil)); err == nil {
		t.Fatal("a second environment with the same name was created")
	}
	if err := other.Start(ctx, request("o-1", nil)); err != nil {
		t.Fatal(err)
	}
	envs, _ := p.List(ctx)
	if len(envs) != 1 || envs[0].Name != "s-1" || envs[0].State != backends.EnvRunning || envs[0].DaemonID != "d" {
		t.Fatalf("List = %+v (another daemon's environment must not show)", envs)
	}
	all, _ := b.Provisioner(backends.Ownership{DaemonID: "d"}, nil).List(ctx)
	if len(all) != 1 {
		t.Fatalf("List of every scale set = %+v", all)
	}
	close(release)
	st, err := p.Wait(ctx, "s-1")
	if err != nil || st.Code != 0 {
		t.Fatalf("Wait = %+v, %v", st, err)
	}
	envs, _ = p.List(ctx)
	if envs[0].State != backends.EnvExited {
		t.Fatalf("after exit List = %+v", envs)
	}
	for _, name := range []string{"s-1", "s-1"} {
		if err := p.Stop(ctx, name); err != nil {
			t.Fatalf("Stop (twice is fine): %v", err)
		}
	}
	if _, err := p.Wait(ctx, "s-1"); !errors.Is(err, backends.ErrNotFound) {
		t.Fatalf("Wait of a removed environment = %v", err)
	}
	_ = other.Stop(ctx, "o-1")
	if b.Live() != 0 {
		t.Fatalf("environments left: %v", b.Names())
	}
}

func TestKillAndExitCodes(t *testing.T) {
	release := make(chan struct{})
	b := New(Options{Run: blockingRunner(release, errors.New("boom"))})
	p := b.Provisioner(backends.Ownership{DaemonID: "d", ScaleSet: "s"}, nil)
	ctx := context.Background()
	for _, n := range []string{"k", "e"} {
		if err := p.Start(ctx, request(n, nil)); err != nil {
			t.Fatal(err)
		}
	}
	if !b.Kill("k") || b.Kill("absent") {
		t.Fatal("Kill reported the wrong environments")
	}
	if st, _ := p.Wait(ctx, "k"); st.Code != 137 {
		t.Errorf("killed runner: %+v", st)
	}
	close(release)
	if st, _ := p.Wait(ctx, "e"); st.Code != 1 || !strings.Contains(st.LogTail, "boom") {
		t.Errorf("failed runner: %+v", st)
	}
}

func TestInjectedFailuresAndLatency(t *testing.T) {
	tests := []struct {
		name    string
		sim     *config.SimImage
		stopCfg *config.SimImage
		start   bool // Start fails
		stop    bool // Stop fails
	}{
		{"no failures", &config.SimImage{}, nil, false, false},
		{"start always fails", &config.SimImage{StartFailureRate: 1}, nil, true, false},
		{"stop always fails", &config.SimImage{}, &config.SimImage{StopFailureRate: 1}, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := New(Options{Seed: 7, Run: blockingRunner(make(chan struct{}), nil)})
			p := b.Provisioner(backends.Ownership{DaemonID: "d", ScaleSet: "s"}, tc.stopCfg)
			err := p.Start(context.Background(), request("r", tc.sim))
			if (err != nil) != tc.start {
				t.Fatalf("Start = %v", err)
			}
			if tc.start {
				if b.Live() != 0 || !strings.Contains(err.Error(), "start_failure_rate") {
					t.Fatalf("a failed start left %v, err %v", b.Names(), err)
				}
				return
			}
			if err := p.Stop(context.Background(), "r"); (err != nil) != tc.stop {
				t.Fatalf("Stop = %v", err)
			}
		})
	}
	b := New(Options{Run: blockingRunner(make(chan struct{}), nil)})
	p := b.Provisioner(backends.Ownership{DaemonID: "d", ScaleSet: "s"}, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if err := p.Start(ctx, request("slow", &config.SimImage{StartLatency: config.Duration(time.Hour)})); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("a start slower than its deadline = %v", err)
	}
	if err := New(Options{}).Provisioner(backends.Ownership{DaemonID: "d"}, nil).Start(context.Background(), request("x", nil)); !backends.IsPermanent(err) {
		t.Fatalf("a backend without an emulated runner = %v", err)
	}
}

// TestRunnerErrorScrubbed: a runner error that quotes the JIT config
// reaches ExitStatus.LogTail without it.
func TestRunnerErrorScrubbed(t *testing.T) {
	b := New(Options{Run: func(_ context.Context, jit string) error {
		return errors.New("runner failed with config " + jit + " (" + jit[2:] + ")")
	}})
	p := b.Provisioner(backends.Ownership{DaemonID: "d", ScaleSet: "s"}, nil)
	ctx := context.Background()
	req := request("s-secret-1", nil)
	if err := p.Start(ctx, req); err != nil {
		t.Fatal(err)
	}
	st, err := p.Wait(ctx, req.Name)
	if err != nil {
		t.Fatal(err)
	}
	if want := "runner failed with config " + scrub.Redacted + " (" + scrub.Redacted + ")"; st.Code != 1 || st.LogTail != want {
		t.Errorf("Wait = %+v, want code 1 and log tail %q", st, want)
	}
}
