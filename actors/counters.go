package actors

import "github.com/outrunner/outrunner/messages"

// counters are a scale set's running totals since it started.
type counters struct {
	Provisioned      int
	StartFailures    int
	RunnerRestarts   int
	GaveUp           int
	JobsStarted      int
	JobsCompleted    int
	UnknownRunnerMsg int
	// Forwarded counts job messages the fleet's leader passed to the node
	// that runs their runner.
	Forwarded int
	// The warm pool: jobs served by a bound warm environment (hits) or a
	// cold start while a pool was configured (misses), and warm
	// environments destroyed unbound.
	WarmHits     int
	WarmMisses   int
	WarmRecycled int
}

// copyTo writes the counters into a snapshot.
func (c counters) copyTo(s *messages.ScaleSetSnapshot) {
	s.Provisioned = c.Provisioned
	s.StartFailures = c.StartFailures
	s.RunnerRestarts = c.RunnerRestarts
	s.GaveUp = c.GaveUp
	s.JobsStarted = c.JobsStarted
	s.JobsCompleted = c.JobsCompleted
	s.UnknownRunnerMsg = c.UnknownRunnerMsg
	s.JobMessagesForwarded = c.Forwarded
	s.WarmHits = c.WarmHits
	s.WarmMisses = c.WarmMisses
	s.WarmRecycled = c.WarmRecycled
}

// noteHold reports a change of the reason the scale set holds back
// runners, for the jobs' timelines.
func (s *scaleSet) noteHold(reason messages.HoldReason, limit int) {
	if reason == s.hold && limit == s.holdLimit {
		return
	}
	s.hold, s.holdLimit = reason, limit
	s.deps.emit(messages.Event{ScaleSet: s.name, Kind: messages.EventCapacityHeld, Hold: reason, Limit: limit})
}
