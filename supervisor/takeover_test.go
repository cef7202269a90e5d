package supervisor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/actors"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/journal"
)

// productionListenerTiming is the test timing with the production
// listener backoff, so that a takeover time measures the real thing.
func productionListenerTiming() *actors.Timing {
	t := testTiming
	prod := actors.DefaultTiming()
	t.ListenerBackoffBase, t.ListenerBackoffCap, t.ConflictBackoffCap = prod.ListenerBackoffBase, prod.ListenerBackoffCap, prod.ConflictBackoffCap
	return &t
}

// TestSessionTakeover checks that a daemon restarted after a kill deletes
// the message session its predecessor left open instead of waiting for
// GitHub's session TTL (at its default here), and that a session another
// daemon holds is reported with its holder and taken within seconds of
// being freed.
func TestSessionTakeover(t *testing.T) {
	cases := []struct {
		name    string
		foreign bool // the session belongs to another daemon
	}{
		{name: "the recorded session of a killed daemon is deleted and replaced"},
		{name: "a session another daemon holds is waited for, then taken", foreign: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, ghsim.Options{}) // the default session TTL: 2 minutes
			h.timing = productionListenerTiming()
			cfg1 := h.config("d1", runnerYAML{name: "takeover", extra: "    max_runners: 2\n"})
			d1 := h.start(cfg1)
			h.waitSim("a session", 20*time.Second, func(st ghsim.State) bool { return len(st.Sessions) == 1 })
			recorded := journal.SessionsPath(cfg1.StateDir)
			if !tc.foreign {
				h.eventually("the session recorded", 5*time.Second, func() bool { _, err := os.Stat(recorded); return err == nil })
				if fi, err := os.Stat(recorded); err != nil || fi.Mode().Perm() != 0o600 {
					t.Fatalf("session record: %v, %v", fi, err)
				}
				d1.Kill()
				restart := time.Now()
				d2 := h.start(cfg1)
				h.enqueue(1, ghsim.JobSpec{Labels: []string{"takeover"}, Duration: ms(100)})
				h.waitSim("the first job after the restart started", 5*time.Second, func(st ghsim.State) bool {
					return len(st.JobsIn(ghsim.JobRunning))+len(st.JobsIn(ghsim.JobCompleted)) == 1
				})
				t.Logf("takeover: first job started %v after the restart", time.Since(restart).Round(time.Millisecond))
				h.waitSim("one session", 5*time.Second, func(st ghsim.State) bool { return len(st.Sessions) == 1 })
				h.drain(d2, 10*time.Second)
				if _, err := os.Stat(recorded); !os.IsNotExist(err) {
					t.Fatalf("the session record outlived a clean shutdown: %v", err)
				}
				return
			}
			cfg2 := h.config("d2", runnerYAML{name: "takeover", extra: "    max_runners: 2\n"})
			d2 := h.start(cfg2)
			h.eventually("the conflict reported with its holder", 20*time.Second, func() bool {
				e := h.scaleSet(d2, "takeover").Error
				return strings.Contains(e, "another daemon") && strings.Contains(e, "/d1")
			})
			h.drain(d1, 10*time.Second)
			freed := time.Now()
			h.waitSim("d2 holds the session", 8*time.Second, func(st ghsim.State) bool {
				return len(st.Sessions) == 1 && strings.HasSuffix(st.Sessions[0].Owner, "/d2")
			})
			t.Logf("takeover: session taken %v after it was freed", time.Since(freed).Round(time.Millisecond))
			if _, err := os.Stat(filepath.Join(cfg1.StateDir, journal.SessionsFileName)); !os.IsNotExist(err) {
				t.Fatalf("d1's session record outlived its clean shutdown: %v", err)
			}
		})
	}
}
