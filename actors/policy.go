package actors

import (
	"sort"
	"time"

	"github.com/outrunner/outrunner/messages"
)

// scaleInput is everything the scaling policy decides from. It is a plain
// value: the policy holds no actor and reads no clock.
type scaleInput struct {
	// Now is the time of the decision.
	Now time.Time
	// Assigned is the number of jobs GitHub has assigned to the scale set
	// (its statistics' totalAssignedJobs).
	Assigned int
	// Awaiting counts runners that left after their job before GitHub's
	// JobCompleted arrived: GitHub still counts their job as assigned.
	Awaiting int
	// MaxRunners and MinIdle are the configured limits.
	MaxRunners int
	MinIdle    int
	// Capacity is what the scale set advertises to GitHub (0 while it
	// drains, while the backend is unhealthy, or while it is misconfigured).
	Capacity int
	// SpawnAfter holds new runners back until then (after give-ups).
	SpawnAfter time.Time
	// Runners are the live runner records.
	Runners []runnerView
}

// runnerView is what the policy sees of a runner record.
type runnerView struct {
	Name      string
	CreatedAt time.Time
	// Idle is set for a runner that waits for a job.
	Idle bool
	// Retiring is set for a runner already told to stop.
	Retiring bool
}

// scalePlan is the policy's decision.
type scalePlan struct {
	// Target is the number of runners the scale set aims for.
	Target int
	// Spawn is how many runners to create now.
	Spawn int
	// Wait, when positive, is how long spawns are held back; reconcile
	// again then.
	Wait time.Duration
	// Retire names the idle runners to stop, newest first.
	Retire []string
}

// scaleTarget is min(max_runners, assigned − awaiting + min_idle, capacity).
func scaleTarget(in scaleInput) int {
	demand := max(in.Assigned-in.Awaiting, 0)
	return max(min(in.MaxRunners, demand+in.MinIdle, in.Capacity), 0)
}

// planScale decides how many runners to create and which idle ones to
// retire. It never plans more than MaxRunners records.
func planScale(in scaleInput) scalePlan {
	p := scalePlan{Target: scaleTarget(in)}
	active := 0
	for _, r := range in.Runners {
		if !r.Retiring {
			active++
		}
	}
	if want := min(p.Target-active, in.MaxRunners-len(in.Runners)); want > 0 {
		if wait := in.SpawnAfter.Sub(in.Now); wait > 0 {
			p.Wait = wait
		} else {
			p.Spawn = want
		}
	}
	excess := active - p.Target
	if excess <= 0 {
		return p
	}
	var idle []runnerView
	for _, r := range in.Runners {
		if r.Idle && !r.Retiring {
			idle = append(idle, r)
		}
	}
	sort.SliceStable(idle, func(i, j int) bool { return idle[i].CreatedAt.After(idle[j].CreatedAt) })
	for _, r := range idle[:min(excess, len(idle))] {
		p.Retire = append(p.Retire, r.Name)
	}
	return p
}

// awaitingTTL bounds how long a finished runner's job is discounted when
// its JobCompleted never arrives (a lost message). GitHub sends it within
// a second or two of the job's end.
const awaitingTTL = 15 * time.Second

// awaitingSet holds the runners that left after their job before GitHub's
// JobCompleted arrived, with when they left.
type awaitingSet map[string]time.Time

// expire forgets the runners that have waited longer than awaitingTTL.
func (a awaitingSet) expire(now time.Time) {
	for name, since := range a {
		if now.Sub(since) > awaitingTTL {
			delete(a, name)
		}
	}
}

// holdReason says why the plan provisions fewer runners than the demand
// (assigned jobs and min_idle) asks for, and the limit that holds it back;
// HoldNone when it does not. It feeds the jobs' timelines, which attribute
// a job's wait for a runner to it.
func holdReason(in scaleInput, p scalePlan, healthy bool) (messages.HoldReason, int) {
	demand := max(in.Assigned-in.Awaiting, 0) + in.MinIdle
	active := 0
	for _, r := range in.Runners {
		if !r.Retiring {
			active++
		}
	}
	switch {
	case demand <= active+p.Spawn:
		return messages.HoldNone, 0
	case p.Wait > 0:
		return messages.HoldBackoff, 0
	case !healthy || in.Capacity == 0:
		return messages.HoldBackendDown, 0
	case in.Capacity < in.MaxRunners:
		return messages.HoldBackendCapacity, in.Capacity
	default:
		return messages.HoldMaxRunners, in.MaxRunners
	}
}
