package simulate

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/scrub"
	"github.com/outrunner/outrunner/internal/testutil/testbin"
)

// outrunnerBinary builds the real binary once: the chaos mode kills it.
func outrunnerBinary(t *testing.T) string {
	t.Helper()
	return testbin.Outrunner(t)
}

// chaosCase is one chaos run and what it must show.
type chaosCase struct {
	opts     Options
	times    chaosTimes
	minKills int
	// maxTakeover bounds every takeover (restart to first job started).
	maxTakeover time.Duration
}

func runChaosCase(t *testing.T, tc chaosCase) *Report {
	t.Helper()
	o := tc.opts
	o.Chaos, o.Executable, o.chaosTimes = true, outrunnerBinary(t), &tc.times
	rep, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	c := rep.Chaos
	if c == nil {
		t.Fatal("no chaos report")
	}
	t.Logf("%d kills, %d engine restarts, %d fault windows, %d lost jobs, takeover p50 %.3fs max %.3fs %v, peaks %v",
		c.DaemonKills, c.EngineRestarts, c.FaultWindows, c.LostJobs, c.TakeoverS.P50, c.TakeoverS.Max, c.TakeoverS.Samples, c.PeakBusyRunners)
	if len(c.InvariantViolations) > 0 || !rep.Clean() {
		t.Fatalf("violations: %q\njobs %+v leaks %+v\ndaemon log tail:\n%s", c.InvariantViolations, rep.Jobs, rep.Leaks, scrub.FileTail(c.DaemonLog, 4000, ""))
	}
	if c.DaemonKills < tc.minKills {
		t.Errorf("%d kills, want at least %d", c.DaemonKills, tc.minKills)
	}
	if len(c.TakeoverS.Samples) == 0 || c.TakeoverS.Max > tc.maxTakeover.Seconds() {
		t.Errorf("takeovers %v, want some, all under %v", c.TakeoverS.Samples, tc.maxTakeover)
	}
	if rep.Jobs.Completed != o.Jobs {
		t.Errorf("jobs = %+v", rep.Jobs)
	}
	return rep
}

// TestKillMidBurstResumesWithinSeconds kills `outrunner run` (the real
// binary, SIGKILL) at many points of a burst of jobs — starting up,
// registering runners, running jobs — and checks after each restart that
// the state directory is consistent and that a job starts within 5 s of
// the restart with the simulator's session TTL at its default (2
// minutes), and at the end that every job completed exactly once and
// nothing leaked.
func TestKillMidBurstResumesWithinSeconds(t *testing.T) {
	runChaosCase(t, chaosCase{
		opts: Options{Jobs: 100, Rate: 15, JobDuration: 300 * time.Millisecond, ScaleSets: 2, MaxRunners: 3, Seed: 7},
		times: chaosTimes{killMin: 300 * time.Millisecond, killMax: 1200 * time.Millisecond,
			faultMin: time.Hour, faultMax: time.Hour, takeoverLimit: 5 * time.Second},
		minKills: 3, maxTakeover: 5 * time.Second,
	})
}

// TestIntegrationChaos is a short simulate --chaos run: daemon kills,
// failed and stalled GitHub calls, perturbed queue messages.
func TestIntegrationChaos(t *testing.T) {
	if os.Getenv("OUTRUNNER_REQUIRE_INTEGRATION") != "1" {
		t.Skip("a chaos run of about a minute; make test-integration runs it")
	}
	for _, seed := range []uint64{1, 2} {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			runChaosCase(t, chaosCase{
				opts:     Options{Jobs: 150, Rate: 10, JobDuration: time.Second, ScaleSets: 3, MaxRunners: 4, Seed: seed},
				times:    defaultChaosTimes,
				minKills: 3, maxTakeover: 10 * time.Second,
			})
		})
	}
}

func TestFittedChaosTimes(t *testing.T) {
	tests := []struct {
		name             string
		window           time.Duration
		killMin, killMax time.Duration
		engMin, engMax   time.Duration
	}{
		{"all at once: as a 5 s window", 0, 625 * time.Millisecond, 1250 * time.Millisecond, 2 * time.Second, 4 * time.Second},
		{"60 jobs at 10/s", 6 * time.Second, 750 * time.Millisecond, 1500 * time.Millisecond, 2 * time.Second, 4 * time.Second},
		{"300 jobs at 10/s", 30 * time.Second, 2 * time.Second, 6 * time.Second, 7500 * time.Millisecond, 15 * time.Second},
		{"a long run keeps the default", time.Hour, 2 * time.Second, 6 * time.Second, 8 * time.Second, 20 * time.Second},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := fittedChaosTimes(tc.window)
			if got.killMin != tc.killMin || got.killMax != tc.killMax || got.engineMin != tc.engMin || got.engineMax != tc.engMax {
				t.Fatalf("kills %v–%v, engine %v–%v; want %v–%v, %v–%v", got.killMin, got.killMax, got.engineMin, got.engineMax,
					tc.killMin, tc.killMax, tc.engMin, tc.engMax)
			}
			if got.faultMin != defaultChaosTimes.faultMin || got.takeoverLimit != defaultChaosTimes.takeoverLimit {
				t.Fatalf("faults or takeover limit changed: %+v", got)
			}
		})
	}
}
