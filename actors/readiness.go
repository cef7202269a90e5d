package actors

import (
	"time"

	"github.com/outrunner/outrunner/internal/causes"
	"github.com/outrunner/outrunner/messages"
)

// givingUpFor is how long a runner's give-up keeps its scale set in
// giving_up when no runner has started since.
const givingUpFor = 10 * time.Minute

// readiness is what a scale set's state is decided from.
type readiness struct {
	// Now is the time of the decision.
	Now time.Time
	// Draining is set once the scale set drains.
	Draining bool
	// SetupErr is why the configuration cannot be used, "" if it can.
	SetupErr string
	// Listening is set while the listener holds a message session.
	Listening bool
	// ListenerErr is the listener's last failure, or its last failed
	// request, since it last listened; "" if none.
	ListenerErr string
	// BackendHealthy is false while the backend's health probe fails;
	// BackendErr says why.
	BackendHealthy bool
	BackendErr     string
	// LastGiveUp is when a runner last gave up, GiveUpErr why; LastStart
	// is when a runner last started.
	LastGiveUp time.Time
	GiveUpErr  string
	LastStart  time.Time
	// Fleet is the scale set's fleet state: "" when this daemon leads it
	// (always on a single host), messages.StateStandby or
	// messages.StateFleetUnreachable.
	Fleet string
}

// verdict is a scale set's state and the error that explains it.
type verdict struct {
	State string
	// Err is the raw error behind a state other than active or starting.
	Err string
}

// scaleSetState decides a scale set's state: active only with a session, a
// healthy backend and a usable configuration; otherwise the state names
// the first reason, in this order: draining, a configuration that cannot
// be used, (on a fleet node that does not lead it) etcd unreachable, the
// backend, another node leading; then the listener's failure, the
// backend, runners giving up, no session yet.
func scaleSetState(in readiness) verdict {
	switch {
	case in.Draining:
		return verdict{State: messages.StateDraining}
	case in.SetupErr != "":
		if causes.Text(in.SetupErr).Kind == causes.KindNoCredentials {
			return verdict{State: messages.StateAuthFailed, Err: in.SetupErr}
		}
		return verdict{State: messages.StateError, Err: in.SetupErr}
	case in.Fleet == messages.StateFleetUnreachable:
		return verdict{State: messages.StateFleetUnreachable}
	case !in.BackendHealthy && in.Fleet != "":
		return verdict{State: messages.StateBackendDown, Err: in.BackendErr}
	case in.Fleet == messages.StateStandby:
		return verdict{State: messages.StateStandby}
	case !in.Listening && in.ListenerErr != "":
		return verdict{State: listenerState(causes.Text(in.ListenerErr)), Err: in.ListenerErr}
	case !in.BackendHealthy:
		return verdict{State: messages.StateBackendDown, Err: in.BackendErr}
	case !in.LastGiveUp.IsZero() && !in.LastStart.After(in.LastGiveUp) && in.Now.Sub(in.LastGiveUp) < givingUpFor:
		return verdict{State: messages.StateGivingUp, Err: in.GiveUpErr}
	case !in.Listening:
		return verdict{State: messages.StateStarting}
	}
	return verdict{State: messages.StateActive}
}

// listenerState is the state a listener's failure puts its scale set in.
func listenerState(c causes.Cause) string {
	switch {
	case c.Kind == causes.KindUnauthorized, c.Kind == causes.KindForbidden, c.Kind == causes.KindNoCredentials:
		return messages.StateAuthFailed
	case c.Unreachable():
		return messages.StateUnreachable
	case c.Kind == causes.KindNotFound:
		return messages.StateNotFound
	}
	return messages.StateGitHubError
}

// readiness gathers what the scale set's state is decided from.
func (s *scaleSet) readiness(now time.Time) readiness {
	in := readiness{
		Now:            now,
		Draining:       s.draining,
		Listening:      s.listener.phase == messages.ListenerListening,
		ListenerErr:    s.listener.err,
		BackendHealthy: s.healthy,
		BackendErr:     s.healthErr,
		LastGiveUp:     s.lastGiveUp,
		GiveUpErr:      s.giveUpErr,
		LastStart:      s.lastStart,
		Fleet:          s.fleetState(),
	}
	if s.setupErr != nil {
		in.SetupErr = s.setupErr.Error()
	}
	return in
}
