package supervisor

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/actions/scaleset"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/ghsim/emurunner"
	"github.com/outrunner/outrunner/messages"
)

func ms(n int) ghsim.Duration { return ghsim.Duration(time.Duration(n) * time.Millisecond) }

func TestJobsRunToCompletion(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	d := h.start(h.config("d1", runnerYAML{name: "linux", extra: "    max_runners: 4\n"}))
	h.enqueue(10, ghsim.JobSpec{Labels: []string{"linux"}, Duration: ms(20)})
	h.waitSim("10 jobs completed", 30*time.Second, allDone(10))
	st := h.sim.State()
	if c := st.JobCounts(); c.Succeeded != 10 {
		t.Fatalf("job counts = %+v", c)
	}
	h.eventually("the scale set to see 10 completions", 10*time.Second, func() bool { return h.scaleSet(d, "linux").JobsCompleted >= 10 })
	snap := h.scaleSet(d, "linux")
	if snap.Provisioned < 10 || snap.Listener != messages.ListenerListening || snap.UnknownRunnerMsg != 0 {
		t.Errorf("snapshot = %+v", snap)
	}
	h.drain(d, 5*time.Second)
	h.assertNoLeaks()
}

// TestBurstNeverExceedsMaxRunners checks max_runners at every change of the
// backend and the simulator.
func TestBurstNeverExceedsMaxRunners(t *testing.T) {
	const maxRunners = 3
	h := newHarness(t, ghsim.Options{})
	d := h.start(h.config("d1", runnerYAML{name: "burst", extra: "    max_runners: 3\n"}))

	var exceeded atomic.Int64
	var observations atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			changed := h.backend.Changed()
			simChanged := h.sim.Changed()
			observations.Add(1)
			if n := h.backend.Live(); n > maxRunners {
				exceeded.Store(int64(n))
			}
			if n := len(h.sim.State().Registrations); n > maxRunners {
				exceeded.Store(int64(n))
			}
			select {
			case <-changed:
			case <-simChanged:
			case <-stop:
				return
			}
		}
	}()
	h.enqueue(30, ghsim.JobSpec{Labels: []string{"burst"}, Duration: ms(30)})
	h.waitSim("30 jobs completed", 60*time.Second, allDone(30))
	close(stop)
	wg.Wait()
	if n := exceeded.Load(); n != 0 {
		t.Fatalf("saw %d runners with max_runners %d", n, maxRunners)
	}
	if observations.Load() < 30 {
		t.Fatalf("only %d observations", observations.Load())
	}
	h.drain(d, 5*time.Second)
	h.assertNoLeaks()
}

// gatedProvisioner holds Start after the environment is up until released.
type gatedProvisioner struct {
	backends.Provisioner
	started chan string
	release chan struct{}
}

func (g *gatedProvisioner) Start(ctx context.Context, req *backends.RunnerRequest) error {
	if err := g.Provisioner.Start(ctx, req); err != nil {
		return err
	}
	g.started <- req.Name
	select {
	case <-g.release:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (g *gatedProvisioner) List(ctx context.Context) ([]backends.Environment, error) {
	return g.Provisioner.(backends.Lister).List(ctx)
}

func (g *gatedProvisioner) Wait(ctx context.Context, name string) (backends.ExitStatus, error) {
	return g.Provisioner.(backends.Waiter).Wait(ctx, name)
}

func TestJobStartedBeforeProvisioningFinished(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	gate := &gatedProvisioner{started: make(chan string, 1), release: make(chan struct{})}
	h.wrap = func(p backends.Provisioner) backends.Provisioner { gate.Provisioner = p; return gate }
	d := h.start(h.config("d1", runnerYAML{name: "early", extra: "    max_runners: 1\n"}))
	h.enqueue(1, ghsim.JobSpec{Labels: []string{"early"}, Duration: ms(300)})
	var name string
	select {
	case name = <-gate.started:
	case <-time.After(20 * time.Second):
		t.Fatalf("no runner started; logs:\n%s", h.logs.String())
	}
	h.waitSim("the job running", 10*time.Second, func(st ghsim.State) bool { return st.JobCounts().Running == 1 })
	h.eventually("the scale set to see JobStarted", 10*time.Second, func() bool { return h.scaleSet(d, "early").JobsStarted == 1 })
	snap := h.scaleSet(d, "early")
	if len(snap.Runners) != 1 || snap.Runners[0].Name != name || snap.Runners[0].Phase != messages.RunnerProvisioning {
		t.Fatalf("while Start is held, runners = %+v", snap.Runners)
	}
	close(gate.release)
	h.waitSim("the job completed", 10*time.Second, allDone(1))
	if c := h.sim.State().JobCounts(); c.Succeeded != 1 {
		t.Fatalf("jobs = %+v", c)
	}
	h.drain(d, 5*time.Second)
	h.assertNoLeaks()
}

func TestJobMessagesForUnknownRunner(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	d := h.start(h.config("d1", runnerYAML{name: "known", extra: "    max_runners: 0\n"}))
	h.waitSim("the scale set registered", 10*time.Second, func(st ghsim.State) bool {
		_, ok := st.ScaleSet("known")
		return ok && len(st.Sessions) == 1
	})
	// A runner the daemon did not create takes the job.
	c, err := scaleset.NewClientWithPersonalAccessToken(scaleset.NewClientWithPersonalAccessTokenConfig{
		GitHubConfigURL: h.sim.ConfigURL(), PersonalAccessToken: h.sim.Token()}, scaleset.WithRetryMax(0))
	if err != nil {
		t.Fatal(err)
	}
	info, _ := h.sim.State().ScaleSet("known")
	jit, err := c.GenerateJitRunnerConfig(context.Background(), &scaleset.RunnerScaleSetJitRunnerSetting{Name: "intruder"}, info.ID)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- emurunner.Run(context.Background(), jit.EncodedJITConfig, emurunner.Options{}) }()
	h.enqueue(1, ghsim.JobSpec{Labels: []string{"known"}, Duration: ms(10)})
	h.waitSim("the intruder's job completed", 10*time.Second, allDone(1))
	if err := <-done; err != nil {
		t.Fatalf("intruder runner: %v", err)
	}
	h.eventually("both job messages counted as unknown", 10*time.Second, func() bool {
		return h.scaleSet(d, "known").UnknownRunnerMsg >= 2
	})
	if h.countEvents(messages.EventUnknownRunner) < 2 || !strings.Contains(h.logs.String(), "does not know") {
		t.Fatalf("unknown runner not logged; logs:\n%s", h.logs.String())
	}
	h.drain(d, 5*time.Second)
	h.assertNoLeaks()
}
