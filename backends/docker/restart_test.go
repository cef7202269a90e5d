package docker

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/testutil/dockertest/engine"
	"github.com/outrunner/outrunner/internal/testutil/testwait"
)

// TestIntegrationEngineRestart stops the engine under a running provisioner
// and starts it again: calls fail with ErrEngineUnreachable while it is
// down, a pending Wait survives, and the same provisioner works again
// afterwards.
func TestIntegrationEngineRestart(t *testing.T) {
	testEngine(t) // skip unless integration tests are enabled
	e := engine.Start(t)
	importFakeRunner(t, e.Host)
	f := newFixture(t, e.Host)
	ctx := f.ctx()

	first := f.name("before")
	f.start(first, jit("sleep"), nil)
	type result struct {
		st  backends.ExitStatus
		err error
	}
	waited := make(chan result, 1)
	go func() {
		st, err := f.p.Wait(ctx, first)
		waited <- result{st, err}
	}()

	e.Stop()
	// A Wait that starts while the engine is down keeps trying.
	waitedDown := make(chan result, 1)
	go func() {
		st, err := f.p.Wait(ctx, first)
		waitedDown <- result{st, err}
	}()
	if err := f.p.Ping(ctx); !errors.Is(err, ErrEngineUnreachable) || !strings.Contains(err.Error(), e.Host) {
		t.Fatalf("Ping with the engine down: %v, want ErrEngineUnreachable naming %s", err, e.Host)
	}
	down := f.name("down")
	err := f.p.Start(ctx, testRequestWith(down, jit("sleep"), config.DockerImage{Image: fakeRunnerImage, Network: "none"}))
	if !errors.Is(err, ErrEngineUnreachable) || backends.IsPermanent(err) {
		t.Fatalf("Start with the engine down: %v, want a retryable ErrEngineUnreachable", err)
	}
	if _, err := f.p.List(ctx); !errors.Is(err, ErrEngineUnreachable) {
		t.Fatalf("List with the engine down: %v", err)
	}

	e.Start()
	testwait.Until(t, 30*time.Second, "Ping to succeed after the restart", func() bool { return f.p.Ping(ctx) == nil })

	// The engine stopped the runner when it shut down; both Waits report that.
	for _, c := range []chan result{waited, waitedDown} {
		select {
		case r := <-c:
			if r.err != nil || (r.st.Code != 143 && r.st.Code != 137) {
				t.Fatalf("Wait across the restart = %+v, %v; want the runner's termination", r.st, r.err)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("Wait did not return after the engine restarted")
		}
	}
	if !strings.Contains(f.logs.String(), "engine unreachable; retrying") {
		t.Errorf("the Wait started during the outage did not retry:\n%s", f.logs.String())
	}

	after := f.name("after")
	f.start(after, jit("sleep"), nil)
	envs, err := f.p.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]backends.EnvState{}
	for _, env := range envs {
		got[env.Name] = env.State
	}
	want := map[string]backends.EnvState{first: backends.EnvExited, after: backends.EnvRunning}
	if !mapsEqual(got, want) {
		t.Fatalf("List after the restart = %v, want %v", got, want)
	}
	for _, n := range []string{first, after} {
		if err := f.p.Stop(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
}
