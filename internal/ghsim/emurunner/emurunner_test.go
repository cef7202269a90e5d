package emurunner_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/actions/scaleset"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/ghsim/emurunner"
	"github.com/outrunner/outrunner/internal/ghsim/runnerproto"
)

func setup(t *testing.T, opts ghsim.Options) (*ghsim.Server, func(name string) string) {
	t.Helper()
	opts.PollHold = 50 * time.Millisecond
	opts.RunnerLostTimeout = time.Second
	opts.AssignWithoutAcquire = true
	s, err := ghsim.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	c, err := scaleset.NewClientWithPersonalAccessToken(scaleset.NewClientWithPersonalAccessTokenConfig{
		GitHubConfigURL: s.ConfigURL(), PersonalAccessToken: s.Token(),
	}, scaleset.WithRetryMax(0))
	if err != nil {
		t.Fatal(err)
	}
	set, err := c.CreateRunnerScaleSet(context.Background(), &scaleset.RunnerScaleSet{Name: "emu", RunnerGroupID: 1})
	if err != nil {
		t.Fatal(err)
	}
	return s, func(name string) string {
		cfg, err := c.GenerateJitRunnerConfig(context.Background(), &scaleset.RunnerScaleSetJitRunnerSetting{Name: name}, set.ID)
		if err != nil {
			t.Fatal(err)
		}
		return cfg.EncodedJITConfig
	}
}

func TestRetriesTransientErrors(t *testing.T) {
	s, jit := setup(t, ghsim.Options{Seed: 3, Faults: ghsim.Faults{Endpoints: map[string]ghsim.EndpointFault{
		ghsim.EndpointRunnerConnect:  {ErrorRate: 0.3},
		ghsim.EndpointRunnerPoll:     {ErrorRate: 0.3},
		ghsim.EndpointRunnerComplete: {ErrorRate: 0.3},
	}}})
	ids, _ := s.EnqueueJobs(ghsim.JobSpec{Labels: []string{"emu"}, Duration: ghsim.Duration(10 * time.Millisecond)}, 4)
	for i := range ids {
		if _, err := emurunner.RunJob(context.Background(), jit("r"+string(rune('a'+i))), emurunner.Options{}); err != nil {
			t.Fatalf("runner %d: %v", i, err)
		}
	}
	st := s.State()
	if c := st.JobCounts(); c.Succeeded != len(ids) {
		t.Fatalf("jobs: %+v", c)
	}
	hits := s.Metrics().FaultHits
	if hits["runner_connect:error"]+hits["runner_poll:error"]+hits["runner_complete:error"] == 0 {
		t.Fatalf("no fault hit, the test proves nothing: %v", hits)
	}
}

func TestCanceledWhileIdle(t *testing.T) {
	s, jit := setup(t, ghsim.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- emurunner.Run(ctx, jit("idle"), emurunner.Options{}) }()
	wctx, wcancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer wcancel()
	if err := s.WaitFor(wctx, func(st ghsim.State) bool {
		return len(st.Registrations) == 1 && st.Registrations[0].Status == ghsim.RunnerIdle
	}); err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Run: %v", err)
	}
}

func TestDescribeHidesSecret(t *testing.T) {
	enc, err := runnerproto.JITConfig{Version: runnerproto.Version, URL: "http://127.0.0.1:9", RunnerID: 5, RunnerName: "r5", ScaleSetID: 2, Secret: "hush-hush"}.Encode()
	if err != nil {
		t.Fatal(err)
	}
	d, err := emurunner.Describe(enc)
	if err != nil || strings.Contains(d, "hush-hush") || !strings.Contains(d, "r5") {
		t.Fatalf("Describe: %q, %v", d, err)
	}
	if _, err := emurunner.Describe("%%%"); err == nil {
		t.Fatal("Describe of garbage: want an error")
	}
}

func TestUnreachableSimulator(t *testing.T) {
	enc, _ := runnerproto.JITConfig{Version: runnerproto.Version, URL: "http://127.0.0.1:1", RunnerID: 5, Secret: "s"}.Encode()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := emurunner.Run(ctx, enc, emurunner.Options{})
	if err == nil || errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), `"s"`) {
		t.Fatalf("Run against nothing: %v", err)
	}
}
