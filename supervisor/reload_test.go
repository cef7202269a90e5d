package supervisor

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/messages"
)

// sessionOf returns the simulator's session of a scale set.
func sessionOf(st ghsim.State, name string) (ghsim.SessionInfo, bool) {
	set, ok := st.ScaleSet(name)
	if !ok {
		return ghsim.SessionInfo{}, false
	}
	for _, s := range st.Sessions {
		if s.ScaleSetID == set.ID {
			return s, true
		}
	}
	return ghsim.SessionInfo{}, false
}

func TestReloadAppliesTheDiff(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	path := filepath.Join(t.TempDir(), "config.yml")
	h.writeConfig(path, "d1",
		runnerYAML{name: "keep", extra: "    max_runners: 2\n    min_idle: 1\n"},
		runnerYAML{name: "grow", extra: "    max_runners: 1\n"},
		runnerYAML{name: "gone", extra: "    max_runners: 1\n"},
	)
	d := h.startFile(path)
	h.waitSim("three sessions", 10*time.Second, func(st ghsim.State) bool { return len(st.Sessions) == 3 })
	h.eventually("the warm runner of keep, its listener listening", 10*time.Second, func() bool {
		s := h.scaleSet(d, "keep")
		return s.RunnerCount(messages.RunnerIdle) == 1 && s.Listener == messages.ListenerListening && s.SessionID != ""
	})
	keepBefore := h.scaleSet(d, "keep")
	h.enqueue(1, ghsim.JobSpec{Labels: []string{"gone"}, Duration: ms(700)})
	h.waitSim("gone's job running", 10*time.Second, func(st ghsim.State) bool { return st.JobCounts().Running == 1 })

	// An atomic replace: grow gets max_runners 3, gone goes, added comes.
	h.writeConfig(path, "d1",
		runnerYAML{name: "keep", extra: "    max_runners: 2\n    min_idle: 1\n"},
		runnerYAML{name: "grow", extra: "    max_runners: 3\n"},
		runnerYAML{name: "added", extra: "    max_runners: 1\n"},
	)
	h.waitSim("added listening", 10*time.Second, func(st ghsim.State) bool { _, ok := sessionOf(st, "added"); return ok })
	// The simulator records the capacity of each poll without a change
	// notification: poll its state.
	h.eventually("grow's new capacity sent on the next poll", 10*time.Second, func() bool {
		s, ok := sessionOf(h.sim.State(), "grow")
		return ok && s.MaxCapacity == 3
	})
	// The removed scale set's running job finishes, then it is gone.
	h.waitSim("gone's job completed", 10*time.Second, func(st ghsim.State) bool { return st.JobCounts().Succeeded == 1 })
	h.eventually("gone removed", 10*time.Second, func() bool {
		for _, s := range h.status(d).ScaleSets {
			if s.Name == "gone" {
				return false
			}
		}
		return true
	})
	// The untouched scale set noticed nothing.
	keepAfter := h.scaleSet(d, "keep")
	if keepAfter.SessionID != keepBefore.SessionID || keepAfter.ListenerRestarts != 0 ||
		len(keepAfter.Runners) != 1 || keepAfter.Runners[0].Name != keepBefore.Runners[0].Name {
		t.Fatalf("keep was disturbed:\nbefore %+v\nafter  %+v", keepBefore, keepAfter)
	}
	st := h.status(d)
	if st.Config.Generation != 2 || st.Config.LastReloadError != "" {
		t.Fatalf("config state = %+v", st.Config)
	}
	h.drain(d, 5*time.Second)
	h.assertNoLeaks()
}

func TestReloadKeepsTheLastGoodConfig(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	path := filepath.Join(t.TempDir(), "config.yml")
	h.writeConfig(path, "d1", runnerYAML{name: "ok", extra: "    max_runners: 2\n"})
	d := h.startFile(path)
	h.waitSim("a session", 10*time.Second, func(st ghsim.State) bool { return len(st.Sessions) == 1 })

	// A broken file written in place.
	if err := os.WriteFile(path, []byte("url: x\nrunners:\n  ok:\n    labels: [ok]\n    max_runner: 3\n    sim: {}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	h.eventually("the reload error in status", 10*time.Second, func() bool { return h.status(d).Config.LastReloadError != "" })
	st := h.status(d)
	if !strings.Contains(st.Config.LastReloadError, `did you mean "max_runners"`) || st.Config.Generation != 1 {
		t.Fatalf("config state = %+v", st.Config)
	}
	if !strings.Contains(h.logs.String(), "configuration rejected; keeping the last good one") {
		t.Fatalf("the rejection was not logged")
	}
	// Jobs still run on the last good configuration.
	h.enqueue(2, ghsim.JobSpec{Labels: []string{"ok"}, Duration: ms(10)})
	h.waitSim("jobs completed", 10*time.Second, allDone(2))

	// Deleted, then created again: the watch still works.
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	h.eventually("the missing file reported", 10*time.Second, func() bool {
		return strings.Contains(h.status(d).Config.LastReloadError, "does not exist")
	})
	h.writeConfig(path, "d1", runnerYAML{name: "ok", extra: "    max_runners: 4\n"})
	h.eventually("the recreated file applied", 15*time.Second, func() bool {
		st := h.status(d)
		return st.Config.LastReloadError == "" && st.Config.Generation == 2
	})
	h.eventually("the new capacity", 10*time.Second, func() bool {
		s, ok := sessionOf(h.sim.State(), "ok")
		return ok && s.MaxCapacity == 4
	})
	h.drain(d, 5*time.Second)
	h.assertNoLeaks()
}

// TestReloadRefusesBadBackendSettings: a reload runs the backends' checks
// like validate does, so a file whose runners would all fail to start is
// refused and the last good configuration stays.
func TestReloadRefusesBadBackendSettings(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	path := filepath.Join(t.TempDir(), "config.yml")
	h.writeConfig(path, "d1", runnerYAML{name: "ok", extra: "    max_runners: 2\n"})
	d := h.startFile(path)
	h.waitSim("a session", 10*time.Second, func(st ghsim.State) bool { return len(st.Sessions) == 1 })

	missing := filepath.Join(t.TempDir(), "missing")
	h.writeConfig(path, "d1", runnerYAML{name: "ok", extra: "    max_runners: 2\n    docker:\n      image: r\n      mounts: [{source: " + missing + ", target: /cache}]\n"})
	h.eventually("the reload error in status", 10*time.Second, func() bool { return h.status(d).Config.LastReloadError != "" })
	st := h.status(d)
	if !strings.Contains(st.Config.LastReloadError, "runners.ok.docker.mounts[0].source: "+missing+" does not exist") || st.Config.Generation != 1 {
		t.Fatalf("config state = %+v", st.Config)
	}
	h.enqueue(1, ghsim.JobSpec{Labels: []string{"ok"}, Duration: ms(10)})
	h.waitSim("the job completed on the last good configuration", 10*time.Second, allDone(1))
	h.drain(d, 5*time.Second)
	h.assertNoLeaks()
}

func TestReloadRestartsOnlyTheListenerOnNewLabels(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	path := filepath.Join(t.TempDir(), "config.yml")
	h.writeConfig(path, "d1", runnerYAML{name: "lab", extra: "    max_runners: 2\n    min_idle: 1\n"})
	d := h.startFile(path)
	h.eventually("a warm runner and a session", 10*time.Second, func() bool {
		s := h.scaleSet(d, "lab")
		return s.RunnerCount(messages.RunnerIdle) == 1 && s.SessionID != ""
	})
	before := h.scaleSet(d, "lab")
	text := strings.Replace(h.configText("d1", runnerYAML{name: "lab", extra: "    max_runners: 2\n    min_idle: 1\n"}), "labels: [lab]", "labels: [lab, gpu]", 1)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Reload(context.Background()); err != nil {
		t.Fatal(err)
	}
	h.waitSim("labels on GitHub", 10*time.Second, func(st ghsim.State) bool {
		set, ok := st.ScaleSet("lab")
		return ok && len(set.Labels) == 2
	})
	h.eventually("a new session", 10*time.Second, func() bool {
		s := h.scaleSet(d, "lab")
		return s.SessionID != "" && s.SessionID != before.SessionID
	})
	after := h.scaleSet(d, "lab")
	if len(after.Runners) != 1 || after.Runners[0].Name != before.Runners[0].Name {
		t.Fatalf("runners were disturbed: before %+v after %+v", before.Runners, after.Runners)
	}
	h.drain(d, 5*time.Second)
	h.assertNoLeaks()
}

func TestReloadRecyclesIdleRunnersOnBackendChanges(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	path := filepath.Join(t.TempDir(), "config.yml")
	h.writeConfig(path, "d1", runnerYAML{name: "img", extra: "    max_runners: 2\n    min_idle: 1\n"})
	d := h.startFile(path)
	h.eventually("a warm runner and a session", 10*time.Second, func() bool {
		s := h.scaleSet(d, "img")
		return s.RunnerCount(messages.RunnerIdle) == 1 && s.SessionID != ""
	})
	before := h.scaleSet(d, "img")
	h.writeConfig(path, "d1", runnerYAML{name: "img", extra: "    max_runners: 2\n    min_idle: 1\n    sim: {start_latency: 1ms}\n"})
	h.eventually("the idle runner replaced by one with the new settings", 10*time.Second, func() bool {
		s := h.scaleSet(d, "img")
		return len(s.Runners) == 1 && s.Runners[0].Name != before.Runners[0].Name && s.Runners[0].Phase == messages.RunnerIdle
	})
	after := h.scaleSet(d, "img")
	if after.SessionID != before.SessionID || after.ListenerRestarts != 0 {
		t.Errorf("a backend change restarted the listener: session %s → %s, restarts %d\n%s", before.SessionID, after.SessionID, after.ListenerRestarts, h.logs.String())
	}
	h.drain(d, 5*time.Second)
	h.assertNoLeaks()
}
