package supervisor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/messages"
)

func TestStartFailuresAreRetried(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	d := h.start(h.config("d1", runnerYAML{name: "flaky", extra: "    max_runners: 3\n    retry: {budget: 10, backoff_base: 5ms, backoff_cap: 20ms}\n    sim: {start_failure_rate: 0.5}\n"}))
	h.enqueue(10, ghsim.JobSpec{Labels: []string{"flaky"}, Duration: ms(10)})
	h.waitSim("10 jobs completed", 60*time.Second, allDone(10))
	if c := h.sim.State().JobCounts(); c.Succeeded != 10 {
		t.Fatalf("jobs = %+v", c)
	}
	if h.countEvents(messages.EventRunnerRestart) == 0 || h.countEvents(messages.EventStartFailed) == 0 {
		t.Fatalf("no restarts seen with start_failure_rate 0.5")
	}
	snap := h.scaleSet(d, "flaky")
	if snap.StartFailures == 0 || snap.RunnerRestarts == 0 {
		t.Errorf("snapshot counters = %+v", snap)
	}
	h.drain(d, 5*time.Second)
	h.assertNoLeaks()
}

func TestStartFailuresGiveUp(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	d := h.start(h.config("d1", runnerYAML{name: "broken", extra: "    max_runners: 1\n    retry: {budget: 3, backoff_base: 5ms, backoff_cap: 20ms}\n    sim: {start_failure_rate: 1}\n"}))
	h.enqueue(1, ghsim.JobSpec{Labels: []string{"broken"}, Duration: ms(10)})
	h.eventually("a runner to give up", 30*time.Second, func() bool { return h.countEvents(messages.EventGaveUp) >= 1 })
	h.eventually("the failed runner in the snapshot", 10*time.Second, func() bool {
		snap := h.scaleSet(d, "broken")
		return len(snap.Failed) >= 1 && snap.GaveUp >= 1
	})
	snap := h.scaleSet(d, "broken")
	f := snap.Failed[0]
	if !f.GaveUp || f.Attempts < 3 || !strings.Contains(f.LastError, "start_failure_rate") {
		t.Errorf("failed runner = %+v", f)
	}
	if !strings.Contains(h.logs.String(), "runner gave up") {
		t.Errorf("giving up was not logged")
	}
	// The registrations of the failed attempts are gone.
	h.eventually("no registration of the failed runner", 10*time.Second, func() bool {
		for _, r := range h.sim.State().Registrations {
			if r.Name == f.Name {
				return false
			}
		}
		return true
	})
	h.drain(d, 5*time.Second)
	h.assertNoLeaks()
}

func TestStopFailuresAreRetried(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	d := h.start(h.config("d1", runnerYAML{name: "sticky", extra: "    max_runners: 2\n    retry: {budget: 20, backoff_base: 5ms, backoff_cap: 20ms}\n    sim: {stop_failure_rate: 0.5}\n"}))
	h.enqueue(6, ghsim.JobSpec{Labels: []string{"sticky"}, Duration: ms(10)})
	h.waitSim("6 jobs completed", 60*time.Second, allDone(6))
	h.eventually("stop failures retried", 10*time.Second, func() bool { return h.scaleSet(d, "sticky").RunnerRestarts > 0 })
	h.drain(d, 10*time.Second)
	h.assertNoLeaks()
}

func TestStopFailuresPastTheBudgetAreReportedLeaked(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	d := h.start(h.config("d1", runnerYAML{name: "stuck", extra: "    max_runners: 1\n    retry: {budget: 2, backoff_base: 5ms, backoff_cap: 10ms}\n    sim: {stop_failure_rate: 1}\n"}))
	h.enqueue(1, ghsim.JobSpec{Labels: []string{"stuck"}, Duration: ms(10)})
	h.eventually("a leak reported", 30*time.Second, func() bool { return h.countEvents(messages.EventLeaked) >= 1 })
	h.eventually("the leaked runner in the snapshot", 10*time.Second, func() bool {
		for _, f := range h.scaleSet(d, "stuck").Failed {
			if f.Leaked {
				return true
			}
		}
		return false
	})
	if !strings.Contains(h.logs.String(), "orphan sweep will retry") {
		t.Errorf("the leak was not logged")
	}
	// The environment really is still there, and the daemon says so.
	if h.backend.Live() == 0 {
		t.Errorf("the leaked environment is gone")
	}
	for _, name := range h.backend.Names() {
		h.backend.Provisioner(backendsOwner("d1", "stuck"), nil).Stop(t.Context(), name)
	}
}

func TestBadCredentialsDoNotDisturbOtherScaleSets(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	badToken := filepath.Join(t.TempDir(), "bad-token")
	if err := os.WriteFile(badToken, []byte("ghp_wrong_token_value\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	d := h.start(h.config("d1",
		runnerYAML{name: "good", extra: "    max_runners: 2\n"},
		runnerYAML{name: "bad", extra: "    token_file: " + badToken + "\n    max_runners: 2\n"},
	))
	h.enqueue(5, ghsim.JobSpec{Labels: []string{"good"}, Duration: ms(10)})
	h.waitSim("the good scale set's jobs completed", 30*time.Second, allDone(5))
	h.eventually("the bad scale set's listener to report the credential error", 10*time.Second, func() bool {
		bad := h.scaleSet(d, "bad")
		return bad.ListenerRestarts > 0 && (strings.Contains(bad.ListenerError, "401") || strings.Contains(bad.ListenerError, "Bad credentials"))
	})
	good := h.scaleSet(d, "good")
	if good.ListenerRestarts != 0 || good.Listener != messages.ListenerListening {
		t.Errorf("the good scale set was disturbed: %+v", good)
	}
	if strings.Contains(h.logs.String(), "ghp_wrong_token_value") {
		t.Errorf("the bad token leaked into the logs")
	}
	h.drain(d, 5*time.Second)
	h.assertNoLeaks()
}

func TestListenerRecoversFromFaults(t *testing.T) {
	tests := []struct {
		name   string
		faults ghsim.Faults
	}{
		{"5xx on polls", ghsim.Faults{Endpoints: map[string]ghsim.EndpointFault{ghsim.EndpointMessageGet: {ErrorRate: 0.5, ErrorStatus: 503}}}},
		{"session conflicts", ghsim.Faults{SessionConflicts: 3}},
		{"queue token expiry", ghsim.Faults{QueueTokenExpiries: 3}},
		{"401 on session refresh", ghsim.Faults{QueueTokenExpiries: 2, Endpoints: map[string]ghsim.EndpointFault{ghsim.EndpointSessionRefresh: {ErrorRate: 1, ErrorStatus: 500}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, ghsim.Options{Seed: 3})
			d := h.start(h.config("d1", runnerYAML{name: "ls", extra: "    max_runners: 2\n"}))
			h.waitSim("a session", 10*time.Second, func(st ghsim.State) bool { return len(st.Sessions) == 1 })
			if err := h.sim.SetFaults(tc.faults); err != nil {
				t.Fatal(err)
			}
			h.enqueue(4, ghsim.JobSpec{Labels: []string{"ls"}, Duration: ms(10)})
			h.waitSim("4 jobs completed", 60*time.Second, allDone(4))
			if err := h.sim.SetFaults(ghsim.Faults{}); err != nil {
				t.Fatal(err)
			}
			h.eventually("listening again", 10*time.Second, func() bool { return h.scaleSet(d, "ls").Listener == messages.ListenerListening })
			h.drain(d, 5*time.Second)
			h.assertNoLeaks()
		})
	}
}

// TestScaleSetDeletedByGitHubIsRecreated: GitHub deletes scale sets that
// stay idle; the listener notices, and the scale set is created again.
func TestScaleSetDeletedByGitHubIsRecreated(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	d := h.start(h.config("d1", runnerYAML{name: "gc", extra: "    max_runners: 2\n"}))
	h.waitSim("a session", 10*time.Second, func(st ghsim.State) bool { return len(st.Sessions) == 1 })
	old, _ := h.sim.State().ScaleSet("gc")
	if err := h.sim.DeleteScaleSet(old.ID); err != nil {
		t.Fatal(err)
	}
	h.waitSim("the scale set created again, with a session", 20*time.Second, func(st ghsim.State) bool {
		set, ok := st.ScaleSet("gc")
		return ok && set.ID != old.ID && len(st.Sessions) == 1
	})
	h.enqueue(2, ghsim.JobSpec{Labels: []string{"gc"}, Duration: ms(10)})
	h.waitSim("jobs on the new scale set completed", 20*time.Second, allDone(2))
	if s := h.scaleSet(d, "gc"); s.ListenerRestarts == 0 {
		t.Errorf("the listener did not restart: %+v", s)
	}
	h.drain(d, 5*time.Second)
	h.assertNoLeaks()
}
