package actors

import (
	"slices"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/messages"
)

// adaptiveInput is what the adaptive warm pool decides from. It is a plain
// value: the function holds no actor and reads no clock.
type adaptiveInput struct {
	// Now is the time of the decision.
	Now time.Time
	// Arrivals are when recent jobs were assigned to the scale set, oldest
	// first (older ones are ignored).
	Arrivals []time.Time
	// ColdStart is how long the backend takes to make an environment.
	ColdStart time.Duration
	// Min and Max bound the target; Capacity caps it (the backend's room
	// for environments; 0 means no limit of its own).
	Min, Max, Capacity int
}

// Adaptive pool constants.
const (
	// defaultColdStart stands in until a cold start has been measured.
	defaultColdStart = 5 * time.Second
	// adaptiveHorizonStarts: the pool remembers demand for this many cold
	// start times ...
	adaptiveHorizonStarts = 6
	// ... and at least this long.
	adaptiveHorizonMin = 20 * time.Second
)

// adaptiveHorizon is how long demand is remembered.
func adaptiveHorizon(coldStart time.Duration) time.Duration {
	return max(adaptiveHorizonStarts*coldStart, adaptiveHorizonMin)
}

// adaptiveWarmTarget is the adaptive pool's size: the largest number of
// jobs that arrived within one cold start time of each other during the
// horizon — the jobs that would otherwise have waited together for
// environments to boot. A steady rate r gives about ⌈r × cold start⌉; a
// burst of n jobs gives n. With no demand during the horizon it falls to
// Min. The result lies between Min and Max and never exceeds Capacity.
func adaptiveWarmTarget(in adaptiveInput) int {
	cold := in.ColdStart
	if cold <= 0 {
		cold = defaultColdStart
	}
	since := in.Now.Add(-adaptiveHorizon(cold))
	recent := make([]time.Time, 0, len(in.Arrivals))
	for _, t := range in.Arrivals {
		if t.After(since) && !t.After(in.Now) {
			recent = append(recent, t)
		}
	}
	slices.SortFunc(recent, func(a, b time.Time) int { return a.Compare(b) })
	peak := 0
	for i, j := 0, 0; j < len(recent); j++ {
		for recent[j].Sub(recent[i]) > cold {
			i++
		}
		peak = max(peak, j-i+1)
	}
	target := min(max(peak, in.Min), in.Max)
	if in.Capacity > 0 {
		target = min(target, in.Capacity)
	}
	return max(target, 0)
}

// arrivalLog keeps the recent job arrivals of a scale set for the
// adaptive pool.
type arrivalLog []time.Time

// add records n arrivals at now and forgets those older than horizon.
func (a *arrivalLog) add(now time.Time, n int, horizon time.Duration) {
	for range n {
		*a = append(*a, now)
	}
	cut := 0
	for cut < len(*a) && now.Sub((*a)[cut]) > horizon {
		cut++
	}
	*a = (*a)[cut:]
}

// ewma folds a new measurement into a running average (weight 1/4).
func ewma(avg, sample time.Duration) time.Duration {
	if avg <= 0 {
		return sample
	}
	return avg + (sample-avg)/4
}

// envCapacity is the backend's room for environments, runners and warm
// ones together; 0 means no limit of its own.
func (s *scaleSet) envCapacity() int {
	if cr, ok := s.prov.(backends.CapacityReporter); ok {
		return max(cr.Capacity(), 1)
	}
	return 0
}

// warmTarget is the warm pool's size now: none without the Binder
// capability or while the scale set does not serve; the fixed size, or the
// adaptive target.
func (s *scaleSet) warmTarget(now time.Time) int {
	if _, ok := s.prov.(backends.Binder); !ok || s.advertised() == 0 {
		return 0
	}
	lo, hi := s.rc.Warm.Bounds()
	if s.rc.Warm == nil || !s.rc.Warm.Adaptive {
		return hi
	}
	return adaptiveWarmTarget(adaptiveInput{Now: now, Arrivals: s.arrivals, ColdStart: s.coldStart, Min: lo, Max: hi, Capacity: s.envCapacity()})
}

// retire stops an idle runner, or recycles a warm environment.
func (s *scaleSet) retire(ctx actor.Context, rec *record, reason string) {
	if rec.warm {
		s.warmRecycled(rec)
		reason = "warm pool: " + reason
	}
	s.requestStop(ctx, rec, messages.Deprovision{Reason: reason})
}

// warmRecycled counts a warm environment destroyed unbound.
func (s *scaleSet) warmRecycled(rec *record) {
	s.counters.WarmRecycled++
	s.deps.emit(messages.Event{ScaleSet: s.name, Runner: rec.name, Kind: messages.EventWarmRecycled})
}

// servedFrom says where a job's runner came from and counts warm pool
// hits and misses: a runner registered before the job was queued was
// idle; otherwise it was bound from the pool or started cold.
func (s *scaleSet) servedFrom(rec *record, queuedAt time.Time) string {
	if !rec.startedAt.IsZero() && !queuedAt.IsZero() && rec.startedAt.Before(queuedAt) {
		return messages.ServedIdle
	}
	if rec.source == messages.ServedWarm {
		s.counters.WarmHits++
		return messages.ServedWarm
	}
	if _, hi := s.rc.Warm.Bounds(); hi > 0 {
		s.counters.WarmMisses++
	}
	return messages.ServedCold
}
