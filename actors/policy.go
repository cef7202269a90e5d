package actors

import (
	"math"
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
	// EnvCapacity is how many environments, runners and warm ones
	// together, the backend can hold (Tart: two VMs); 0 means no limit of
	// its own.
	EnvCapacity int
	// WarmTarget is the warm pool's size (fixed, or the adaptive target).
	WarmTarget int
	// WarmMaxAge recycles ready warm environments older than it; 0 never.
	WarmMaxAge time.Duration
	// Runners are the live runner records, warm environments included.
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
	// Warm is set for a warm environment (unbound); Ready once prepared.
	Warm  bool
	Ready bool
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
	// Retire names the idle runners to stop, newest first, then the warm
	// environments to recycle.
	Retire []string
	// Bind names the ready warm environments to bind now, oldest first;
	// Spawn counts the runners started cold beyond them.
	Bind []string
	// Prepare is how many warm environments to create now.
	Prepare int
}

// scaleTarget is min(max_runners, assigned − awaiting + min_idle, capacity).
func scaleTarget(in scaleInput) int {
	demand := max(in.Assigned-in.Awaiting, 0)
	return max(min(in.MaxRunners, demand+in.MinIdle, in.Capacity), 0)
}

// planScale decides how many runners to create (binding ready warm
// environments first), which idle ones to retire, and how the warm pool
// is refilled or trimmed. It never plans more than MaxRunners runner
// records; warm environments do not count against MaxRunners but against
// EnvCapacity and WarmTarget.
func planScale(in scaleInput) scalePlan {
	p := scalePlan{Target: scaleTarget(in)}
	envCap := in.EnvCapacity
	if envCap <= 0 {
		envCap = math.MaxInt32
	}
	active, records, envs := 0, 0, 0
	var ready []runnerView
	warm := 0
	for _, r := range in.Runners {
		switch {
		case r.Warm && r.Retiring:
		case r.Warm:
			envs++
			if r.Ready && (in.WarmMaxAge <= 0 || in.Now.Sub(r.CreatedAt) < in.WarmMaxAge) {
				ready = append(ready, r)
			} else if r.Ready {
				p.Retire = append(p.Retire, r.Name) // too old: recycled
				continue
			}
			warm++
		default:
			records++
			if !r.Retiring {
				active++
				envs++
			}
		}
	}
	sort.SliceStable(ready, func(i, j int) bool { return ready[i].CreatedAt.Before(ready[j].CreatedAt) })
	waiting := in.SpawnAfter.Sub(in.Now)
	if want := min(p.Target-active, in.MaxRunners-records); want > 0 {
		n := min(want, len(ready))
		for _, r := range ready[:n] {
			p.Bind = append(p.Bind, r.Name)
		}
		ready, warm, active = ready[n:], warm-n, active+n
		if cold := min(want-n, envCap-envs); cold > 0 {
			if waiting > 0 {
				p.Wait = waiting
			} else {
				p.Spawn = cold
				envs += cold
				active += cold
			}
		}
	}
	// The pool: never beyond the backend's room for environments.
	pool := max(min(in.WarmTarget, envCap-(envs-warm)), 0)
	switch {
	case warm < pool && waiting > 0:
		p.Wait = waiting
	case warm < pool:
		p.Prepare = pool - warm
	case warm > pool:
		// Trim the newest ready ones.
		for i := len(ready) - 1; i >= 0 && warm > pool; i-- {
			p.Retire = append(p.Retire, ready[i].Name)
			warm--
		}
	}
	excess := active - p.Target
	if excess <= 0 {
		return p
	}
	var idle []runnerView
	for _, r := range in.Runners {
		if r.Idle && !r.Retiring && !r.Warm {
			idle = append(idle, r)
		}
	}
	sort.SliceStable(idle, func(i, j int) bool { return idle[i].CreatedAt.After(idle[j].CreatedAt) })
	var retire []string
	for _, r := range idle[:min(excess, len(idle))] {
		retire = append(retire, r.Name)
	}
	if len(retire) > 0 {
		p.Retire = append(retire, p.Retire...)
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

// nextExpiry returns when the first entry expires.
func (a awaitingSet) nextExpiry() (time.Time, bool) {
	var first time.Time
	for _, since := range a {
		if first.IsZero() || since.Before(first) {
			first = since
		}
	}
	return first.Add(awaitingTTL), !first.IsZero()
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
