package supervisor

import (
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim"
)

func TestDrainLetsRunningJobsFinish(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	d := h.start(h.config("d1", runnerYAML{name: "drain", extra: "    max_runners: 3\n    min_idle: 1\n"}))
	h.enqueue(2, ghsim.JobSpec{Labels: []string{"drain"}, Duration: ms(800)})
	h.waitSim("2 jobs running", 20*time.Second, func(st ghsim.State) bool { return st.JobCounts().Running == 2 })
	h.eventually("a warm idle runner", 10*time.Second, func() bool {
		snap := h.scaleSet(d, "drain")
		return snap.RunnerCount(1) >= 1 // idle
	})
	d.Drain(time.Now().Add(30 * time.Second))
	// The idle runner goes; then a new job is not taken while draining.
	h.waitSim("the idle runner removed", 10*time.Second, func(st ghsim.State) bool { return len(st.Registrations) == 2 })
	h.enqueue(1, ghsim.JobSpec{Labels: []string{"drain"}, Duration: ms(10)})
	select {
	case <-d.Done():
	case <-time.After(40 * time.Second):
		t.Fatalf("drain did not finish; logs:\n%s", h.logs.String())
	}
	st := h.sim.State()
	c := st.JobCounts()
	if c.Succeeded != 2 || c.Failed != 0 {
		t.Fatalf("running jobs did not finish cleanly: %+v", c)
	}
	if c.Queued+c.Assigned != 1 {
		t.Fatalf("the job enqueued during the drain should still wait: %+v", c)
	}
	h.assertNoLeaks()
}

func TestDrainDeadlineStopsRunningJobs(t *testing.T) {
	h := newHarness(t, ghsim.Options{RunnerLostTimeout: 300 * time.Millisecond})
	d := h.start(h.config("d1", runnerYAML{name: "slow", extra: "    max_runners: 2\n"}))
	h.enqueue(2, ghsim.JobSpec{Labels: []string{"slow"}, Duration: ghsim.Duration(time.Hour)})
	h.waitSim("2 jobs running", 20*time.Second, func(st ghsim.State) bool { return st.JobCounts().Running == 2 })
	h.drain(d, 200*time.Millisecond)
	h.assertNoLeaks()
	h.waitSim("the killed jobs to fail", 10*time.Second, func(st ghsim.State) bool { return st.JobCounts().Failed == 2 })
}

func TestDrainTwiceStopsAtOnce(t *testing.T) {
	h := newHarness(t, ghsim.Options{RunnerLostTimeout: 300 * time.Millisecond})
	d := h.start(h.config("d1", runnerYAML{name: "twice", extra: "    max_runners: 1\n"}))
	h.enqueue(1, ghsim.JobSpec{Labels: []string{"twice"}, Duration: ghsim.Duration(time.Hour)})
	h.waitSim("the job running", 20*time.Second, func(st ghsim.State) bool { return st.JobCounts().Running == 1 })
	d.Drain(time.Now().Add(time.Hour))
	d.Drain(time.Now())
	select {
	case <-d.Done():
	case <-time.After(30 * time.Second):
		t.Fatalf("second drain did not stop at once; logs:\n%s", h.logs.String())
	}
	h.assertNoLeaks()
}

// TestRestartAfterKill kills a daemon as SIGKILL would, with jobs running
// and runners provisioning, and checks that a new daemon on the same state
// adopts or cleans up everything.
func TestRestartAfterKill(t *testing.T) {
	h := newHarness(t, ghsim.Options{SessionTTL: 500 * time.Millisecond})
	cfg := h.config("d1", runnerYAML{name: "crash", extra: "    max_runners: 4\n    sim: {start_latency: 300ms}\n"})
	d1 := h.start(cfg)
	h.enqueue(3, ghsim.JobSpec{Labels: []string{"crash"}, Duration: ms(1500)})
	h.waitSim("jobs running", 20*time.Second, func(st ghsim.State) bool { return st.JobCounts().Running >= 2 })
	h.enqueue(2, ghsim.JobSpec{Labels: []string{"crash"}, Duration: ms(200)})
	d1.Kill()
	if h.backend.Live() == 0 {
		t.Fatal("nothing was running at the kill")
	}

	d2 := h.start(cfg)
	h.waitSim("every job completed under the new daemon", 60*time.Second, allDone(5))
	if c := h.sim.State().JobCounts(); c.Succeeded != 5 {
		t.Fatalf("jobs = %+v", c)
	}
	h.eventually("adopted runners reported", 10*time.Second, func() bool {
		return len(h.logs.String()) > 0
	})
	h.drain(d2, 10*time.Second)
	h.assertNoLeaks()
}
