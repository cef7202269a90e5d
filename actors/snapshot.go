package actors

import (
	"time"

	"github.com/outrunner/outrunner/internal/causes"
	"github.com/outrunner/outrunner/messages"
)

// snapshot copies the scale set's state for status. It changes nothing.
func (s *scaleSet) snapshot(now time.Time) *messages.ScaleSetSnapshot {
	snap := &messages.ScaleSetSnapshot{
		Name:             s.name,
		ScaleSetID:       s.scaleSetID,
		Backend:          s.rc.ProviderType(),
		BackendHealthy:   s.healthy,
		BackendError:     s.healthErr,
		Listener:         s.listener.phase,
		ListenerError:    s.listener.err,
		ListenerRestarts: s.listener.restarts,
		SessionID:        s.listener.sessionID,
		Statistics:       s.stats,
		MaxRunners:       s.rc.MaxRunners,
		MinIdle:          s.rc.MinIdle,
		Capacity:         int(s.capacity.Load()),
		NodeCapacity:     s.ownCapacity(),
		Desired:          scaleTarget(s.policyInput(now)),
		WarmTarget:       s.warmTarget(now),
		Runners:          s.book.snapshots(),
		Failed:           append([]messages.RunnerSnapshot(nil), s.book.failed...),
	}
	s.counters.copyTo(snap)
	for i := range snap.Runners {
		snap.Runners[i].Cause = causes.Short(snap.Runners[i].LastError)
	}
	for i := range snap.Failed {
		snap.Failed[i].Cause = causes.Short(snap.Failed[i].LastError)
	}
	if s.listener.phase != messages.ListenerListening {
		// Without a session nothing is advertised.
		snap.Capacity = 0
	}
	v := scaleSetState(s.readiness(now))
	snap.State, snap.Hint = v.State, messages.StateHint(v.State)
	if v.Err != "" {
		c := causes.Text(v.Err)
		snap.Error, snap.Cause = c.String(), c.Summary
		if c.Hint != "" {
			snap.Hint = c.Hint
		}
	}
	return snap
}
