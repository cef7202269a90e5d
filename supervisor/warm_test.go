package supervisor

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/messages"
)

// warmNames returns the scale set's warm environments (ready, unbound).
func warmNames(snap messages.ScaleSetSnapshot) []string {
	var out []string
	for _, r := range snap.Runners {
		if r.Phase == messages.RunnerWarm {
			out = append(out, r.Name)
		}
	}
	return out
}

// TestRestartAfterKillWithWarmEnvironments kills a daemon with warm
// environments up and a bound runner running a job: the new daemon
// destroys the unbound ones (never binding them), adopts the bound one,
// refills its pool, and leaves nothing once drained.
func TestRestartAfterKillWithWarmEnvironments(t *testing.T) {
	h := newHarness(t, ghsim.Options{SessionTTL: 500 * time.Millisecond})
	cfg := h.config("d1", runnerYAML{name: "warm", extra: "    max_runners: 3\n    warm: {size: 2}\n    sim: {start_latency: 200ms}\n"})
	d1 := h.start(cfg)
	h.eventually("a full pool", 20*time.Second, func() bool { return len(warmNames(h.scaleSet(d1, "warm"))) == 2 })
	h.enqueue(1, ghsim.JobSpec{Labels: []string{"warm"}, Duration: ms(1500)})
	h.waitSim("the job running", 20*time.Second, func(st ghsim.State) bool { return st.JobCounts().Running == 1 })
	h.eventually("the pool refilled", 20*time.Second, func() bool { return len(warmNames(h.scaleSet(d1, "warm"))) == 2 })
	before := warmNames(h.scaleSet(d1, "warm"))
	d1.Kill()

	d2 := h.start(cfg)
	h.eventually("the old warm environments destroyed and the pool refilled", 20*time.Second, func() bool {
		names := h.backend.Names()
		for _, n := range before {
			if slices.Contains(names, n) {
				return false
			}
		}
		return len(warmNames(h.scaleSet(d2, "warm"))) == 2
	})
	h.waitSim("the bound runner's job completed", 20*time.Second, allDone(1))
	if c := h.sim.State().JobCounts(); c.Succeeded != 1 {
		t.Fatalf("jobs = %+v", c)
	}
	if snap := h.scaleSet(d2, "warm"); snap.WarmRecycled < 2 {
		t.Errorf("warm_recycled = %d, want the 2 unbound environments of the killed daemon", snap.WarmRecycled)
	}
	h.drain(d2, 10*time.Second)
	h.assertNoLeaks()
}

func TestWarmPool(t *testing.T) {
	tests := []struct {
		name  string
		extra string
		// then acts on the daemon with a full pool.
		then func(t *testing.T, h *harness, d *Daemon)
	}{
		{"jobs are served by binding warm environments", "    warm: {size: 2}\n", func(t *testing.T, h *harness, d *Daemon) {
			h.enqueue(2, ghsim.JobSpec{Labels: []string{"pool"}, Duration: ms(100)})
			h.waitSim("both jobs done", 20*time.Second, allDone(2))
			h.eventually("the pool refilled", 20*time.Second, func() bool { return len(warmNames(h.scaleSet(d, "pool"))) == 2 })
			if snap := h.scaleSet(d, "pool"); snap.WarmHits != 2 || snap.WarmMisses != 0 || snap.WarmTarget != 2 {
				t.Errorf("hits %d, misses %d, target %d; want 2, 0, 2", snap.WarmHits, snap.WarmMisses, snap.WarmTarget)
			}
		}},
		{"a warm environment that dies is replaced", "    warm: {size: 1}\n", func(t *testing.T, h *harness, d *Daemon) {
			old := warmNames(h.scaleSet(d, "pool"))[0]
			h.backend.Kill(old)
			h.eventually("a new warm environment", 20*time.Second, func() bool {
				names := warmNames(h.scaleSet(d, "pool"))
				return len(names) == 1 && names[0] != old && !slices.Contains(h.backend.Names(), old)
			})
		}},
		{"too old warm environments are recycled", "    warm: {size: 1, max_age: 300ms}\n", func(t *testing.T, h *harness, d *Daemon) {
			old := warmNames(h.scaleSet(d, "pool"))[0]
			h.eventually("a younger warm environment", 20*time.Second, func() bool {
				names := warmNames(h.scaleSet(d, "pool"))
				return len(names) == 1 && names[0] != old && h.scaleSet(d, "pool").WarmRecycled >= 1
			})
		}},
		{"they do not count against max_runners", "    max_runners: 1\n    warm: {size: 2}\n", func(t *testing.T, h *harness, d *Daemon) {
			h.enqueue(1, ghsim.JobSpec{Labels: []string{"pool"}, Duration: ms(100)})
			h.waitSim("the job done", 20*time.Second, allDone(1))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, ghsim.Options{})
			d := h.start(h.config("d1", runnerYAML{name: "pool", extra: tt.extra + "    sim: {start_latency: 50ms}\n"}))
			h.eventually("a full pool", 20*time.Second, func() bool {
				snap := h.scaleSet(d, "pool")
				return snap.WarmTarget > 0 && len(warmNames(snap)) == snap.WarmTarget
			})
			tt.then(t, h, d)
			// A drain destroys the unbound ones at once.
			h.drain(d, 10*time.Second)
			h.assertNoLeaks()
		})
	}
}

// TestReloadRecyclesWarmEnvironments changes the backend's settings and the
// pool's size on reload: the warm environments made from the old settings
// are destroyed unbound and the pool is refilled at its new size.
func TestReloadRecyclesWarmEnvironments(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	path := filepath.Join(t.TempDir(), "config.yml")
	h.writeConfig(path, "d1", runnerYAML{name: "pool", extra: "    warm: {size: 1}\n    sim: {start_latency: 20ms}\n"})
	d := h.startFile(path)
	h.eventually("a full pool", 10*time.Second, func() bool { return len(warmNames(h.scaleSet(d, "pool"))) == 1 })
	before := warmNames(h.scaleSet(d, "pool"))
	h.writeConfig(path, "d1", runnerYAML{name: "pool", extra: "    warm: {size: 2}\n    sim: {start_latency: 30ms}\n"})
	if _, err := d.Reload(context.Background()); err != nil {
		t.Fatal(err)
	}
	h.eventually("a pool of two made from the new settings", 10*time.Second, func() bool {
		names := warmNames(h.scaleSet(d, "pool"))
		return len(names) == 2 && !slices.Contains(names, before[0]) && !slices.Contains(h.backend.Names(), before[0])
	})
	h.drain(d, 5*time.Second)
	h.assertNoLeaks()
}
