package ghsim_test

import (
	"context"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim"
)

// TestJobCountersAndPeaks checks what chaos runs rely on: how often a job
// started and completed, whether its runner was lost, and the peak of
// connected busy runners.
func TestJobCountersAndPeaks(t *testing.T) {
	cases := []struct {
		name     string
		kill     bool
		runners  int
		wantLost bool
	}{
		{name: "jobs run to completion once", runners: 2},
		{name: "killed runners fail their jobs once", runners: 2, kill: true, wantLost: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newRunnerFixture(t, ghsim.Options{AssignWithoutAcquire: true, RunnerLostTimeout: 2 * time.Second, RunnerDisconnectTimeout: 200 * time.Millisecond})
			d := 300 * time.Millisecond
			if tc.kill {
				d = time.Hour
			}
			ctx, kill := context.WithCancel(ctxT(t))
			defer kill()
			var ids []int64
			var done []<-chan error
			for range tc.runners {
				ids = append(ids, f.enqueueAssigned(t, ghsim.JobSpec{Duration: ghsim.Duration(d)}))
				done = append(done, runAsync(ctx, f.jit(t).EncodedJITConfig))
			}
			waitFor(t, f.s, "every job started", func(st ghsim.State) bool {
				return len(st.JobsIn(ghsim.JobRunning))+len(st.JobsIn(ghsim.JobCompleted)) == tc.runners
			})
			if tc.kill {
				kill()
			}
			for _, ch := range done {
				<-ch
			}
			st := waitFor(t, f.s, "every job completed", func(st ghsim.State) bool {
				return len(st.JobsIn(ghsim.JobCompleted)) == tc.runners
			})
			for _, id := range ids {
				j, _ := st.Job(id)
				if j.Starts != 1 || j.Completions != 1 || j.RunnerLost != tc.wantLost {
					t.Errorf("job %d: starts %d, completions %d, runner lost %v", id, j.Starts, j.Completions, j.RunnerLost)
				}
			}
			ss, _ := st.ScaleSet("emu")
			// Runners between two polls do not count (a killed one may
			// never have polled): the peak may be lower than the truth,
			// never higher.
			if (!tc.kill && ss.PeakBusyRunners < 1) || ss.PeakBusyRunners > tc.runners || ss.PeakOnlineRunners < ss.PeakBusyRunners {
				t.Errorf("peaks: busy %d, online %d, want %d", ss.PeakBusyRunners, ss.PeakOnlineRunners, tc.runners)
			}
		})
	}
}
