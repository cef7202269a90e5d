package actors

import (
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/messages"
)

// leads reports whether this daemon leads the scale set: always on a
// single host; in a fleet only while the fleet says so, asked afresh
// before every leader action (a node that lost its lease answers false
// before another node can lead).
func (s *scaleSet) leads() bool {
	return s.deps.Fleet == nil || s.deps.Fleet.Leading(s.name)
}

// leadershipChanged follows the fleet: the leader runs the listener, a
// follower stops it (closing its session); both then hold their share of
// the runners (placement.go).
func (s *scaleSet) leadershipChanged(ctx actor.Context) {
	if s.stopping || s.draining {
		return
	}
	if s.leads() {
		if s.listener.state == slotEmpty {
			s.log.Info("leading the scale set in the fleet; starting the listener")
			// A new leader takes over what a departed node left.
			if s.deps.Registrations != nil && s.adopted && !s.listing {
				s.startAdoption(ctx)
			}
		}
		s.configure(ctx)
	} else if s.listener.state != slotEmpty && s.listener.state != slotClosing {
		s.log.Info("another node leads the scale set or the fleet is unreachable; stopping the listener", logkey.Runners, len(s.book.runners))
		s.stopListener(ctx, s.listener.close())
		s.assigned = 0
		s.placed, s.freed, s.unplaced = nil, nil, 0
	}
	s.reconcile(ctx, time.Time{})
}

// fleetState is the scale set's fleet state for its readiness: "" when it
// leads (or on a single host, or before the node first tried etcd: the
// scale set is starting), StateStandby while another node leads,
// StateFleetUnreachable without etcd.
func (s *scaleSet) fleetState() string {
	switch {
	case s.deps.Fleet == nil || s.leads() || !s.deps.Fleet.Joined():
		// Leading, or still joining: the listener's state says the rest.
		return ""
	case !s.deps.Fleet.Connected():
		return messages.StateFleetUnreachable
	}
	return messages.StateStandby
}
