package timeline

import (
	"fmt"
	"strings"
	"time"

	"github.com/outrunner/outrunner/messages"
)

// waitPhases are the phases that are waits (the job itself is not).
var waitPhases = []string{PhaseGitHubQueue, PhaseCapacityWait, PhaseFailedStarts, PhaseGitHubWait, PhaseRegistration,
	PhaseEnvironmentStart, PhaseEnvironmentBound, PhaseRunnerConnect}

// Dominant returns the longest wait of a job's timeline; ok is false when
// the job did not wait at all.
func Dominant(j Job) (name string, d time.Duration, ok bool) {
	for _, n := range waitPhases {
		if pd := j.Phase(n); pd > d {
			name, d, ok = n, pd, true
		}
	}
	return name, d, ok
}

// Explain says in one sentence what a job mostly waited for and what would
// shorten it.
func Explain(j Job) string {
	name, d, ok := Dominant(j)
	if !ok || d < 50*time.Millisecond {
		return "the job started without waiting"
	}
	s := Seconds(d)
	switch name {
	case PhaseGitHubQueue:
		return fmt.Sprintf("waited %s before the scale set heard of the job (GitHub's queue and the listener's long poll): check the listener's session and GitHub's status", s)
	case PhaseCapacityWait:
		return explainCapacity(j, s)
	case PhaseFailedStarts:
		n := len(j.StartFailures)
		last := ""
		if n > 0 {
			last = ": " + firstLine(j.StartFailures[n-1])
		}
		return fmt.Sprintf("environment start failed %s, costing %s%s", times(n), s, last)
	case PhaseGitHubWait:
		if j.RateWaitSeconds >= j.LaneWaitSeconds {
			return fmt.Sprintf("waited %s for GitHub's JIT rate limit: raise github.rate_limit and github.rate_burst if GitHub allows, or keep runners warm with min_idle", s)
		}
		return fmt.Sprintf("waited %s for a free GitHub client: raise github.concurrency", s)
	case PhaseRegistration:
		return fmt.Sprintf("the runner's registration with GitHub (JIT config) took %s: GitHub was slow to answer", s)
	case PhaseEnvironmentStart:
		return fmt.Sprintf("the environment took %s to start: use a smaller or pre-pulled image, or a warm pool", s)
	case PhaseEnvironmentBound:
		return fmt.Sprintf("waited %s to bind a warm environment: grow the warm pool", s)
	default: // PhaseRunnerConnect
		return fmt.Sprintf("waited %s for the runner to connect and GitHub to assign the job: check the runner's network and GitHub's status", s)
	}
}

func explainCapacity(j Job, s string) string {
	var h Hold
	if len(j.Holds) > 0 {
		h = j.Holds[0]
	}
	switch h.Reason {
	case messages.HoldMaxRunners:
		return fmt.Sprintf("waited %s at max_runners %d: raise max_runners or add a warm pool", s, h.Limit)
	case messages.HoldBackendCapacity:
		return fmt.Sprintf("waited %s at the backend's capacity of %d runners: add a host or raise the backend's limit", s, h.Limit)
	case messages.HoldBackendDown:
		return fmt.Sprintf("waited %s while the backend was down: fix the backend (its engine or daemon) so that its health probe passes", s)
	case messages.HoldBackoff:
		return fmt.Sprintf("waited %s while new runners backed off after failed starts: fix what makes the environment fail", s)
	case messages.HoldDraining:
		return fmt.Sprintf("waited %s while the scale set drained", s)
	default:
		return fmt.Sprintf("waited %s for a runner while the scale set's runners served earlier jobs: raise min_idle or max_runners", s)
	}
}

// Seconds renders a duration for people: "41 s", "1.2 s", "350 ms".
func Seconds(d time.Duration) string {
	switch {
	case d >= 10*time.Second:
		return fmt.Sprintf("%.0f s", d.Seconds())
	case d >= time.Second:
		return fmt.Sprintf("%.1f s", d.Seconds())
	default:
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
}

func times(n int) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	default:
		return fmt.Sprintf("%d times", n)
	}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
