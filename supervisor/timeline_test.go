package supervisor

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/timeline"
	"github.com/outrunner/outrunner/messages"
)

// TestJobTimelines runs more jobs than max_runners allows and checks that
// every job has a timeline whose phases add up to its total, with its
// GitHub metadata, and that a job that waited for a slot is explained by
// max_runners.
func TestJobTimelines(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	d := h.start(h.config("d1", runnerYAML{name: "m", extra: "    max_runners: 1\n"}))
	h.enqueue(3, ghsim.JobSpec{Labels: []string{"m"}, Duration: ms(300)})
	h.waitSim("jobs completed", 30*time.Second, allDone(3))
	h.eventually("timelines completed", 10*time.Second, func() bool {
		return len(d.Jobs(timeline.Filter{State: timeline.StateCompleted})) == 3
	})
	jobs := d.Jobs(timeline.Filter{ScaleSet: "m"})
	maxRunnerWaits := 0
	for _, j := range jobs {
		sum := 0.0
		for _, p := range j.Phases {
			sum += p.Seconds
		}
		if j.TotalSeconds <= 0 || math.Abs(sum-j.TotalSeconds) > 0.01*j.TotalSeconds {
			t.Errorf("job %s: phases add up to %v s, total %v s", j.ID, sum, j.TotalSeconds)
		}
		if j.Runner == "" || j.GitHub.Repository == "" || j.Result == "" || j.Marks.EnvReady.IsZero() {
			t.Errorf("job %s lacks metadata: %+v", j.ID, j)
		}
		if name, _, _ := timeline.Dominant(j); name == timeline.PhaseCapacityWait && len(j.Holds) > 0 && j.Holds[0].Reason == messages.HoldMaxRunners {
			maxRunnerWaits++
			if e := timeline.Explain(j); !strings.Contains(e, "at max_runners 1") {
				t.Errorf("job %s: explanation %q does not name max_runners", j.ID, e)
			}
		}
		if got, ok := d.Job(j.Runner); !ok || got.ID != j.ID {
			t.Errorf("job %s not found by its runner %s", j.ID, j.Runner)
		}
	}
	if maxRunnerWaits == 0 {
		t.Errorf("no job's dominant wait is max_runners: %+v", jobs)
	}
	h.drain(d, 5*time.Second)
}
