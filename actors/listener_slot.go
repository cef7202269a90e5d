package actors

import (
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/messages"
)

// listenerHealthyAfter is how long a listener must have listened before its
// failure counter starts over.
const listenerHealthyAfter = 30 * time.Second

// slotState is where the scale set's listener child is in its life.
type slotState int

const (
	// slotEmpty: no listener exists.
	slotEmpty slotState = iota
	// slotRunning: a listener runs; its phase comes from its status.
	slotRunning
	// slotBackoff: the listener failed and restarts after a delay.
	slotBackoff
	// slotReplacing: the listener stops; a new one starts once it is gone.
	slotReplacing
	// slotClosing: the listener stops for good (the scale set drains).
	slotClosing
)

// stopHow says how to stop a listener.
type stopHow int

const (
	// stopNothing: nothing to do (no listener, or it already stops).
	stopNothing stopHow = iota
	// stopAsk: send StopListener, so that it closes its session.
	stopAsk
	// stopKill: stop the actor (a failed listener closed its session).
	stopKill
)

// listenerSlot is the scale set's one listener child: its state, what it
// reported, and its failure history.
type listenerSlot struct {
	state     slotState
	pid       *actor.PID
	phase     messages.ListenerState
	err       string
	sessionID string
	restarts  int
	failures  int
	since     time.Time // listening since; zero when not listening
	timer     *time.Timer
}

// is reports whether pid is the slot's listener.
func (l *listenerSlot) is(pid *actor.PID) bool {
	return l.pid != nil && l.pid.Equal(pid)
}

// spawned records a new listener.
func (l *listenerSlot) spawned(pid *actor.PID) {
	l.state, l.pid, l.phase = slotRunning, pid, messages.ListenerStarting
}

// status applies a status report; it says whether the listener now
// listens on a new session. A report with an error is a failed request
// before the session: it is kept as the listener's error until it
// listens.
func (l *listenerSlot) status(m *messages.ListenerStatus, now time.Time) bool {
	if m.Error != "" {
		if l.phase != messages.ListenerListening {
			l.err = m.Error
		}
		return false
	}
	l.phase = m.State
	if m.State != messages.ListenerListening {
		return false
	}
	l.sessionID, l.since, l.err = m.SessionID, now, ""
	return true
}

// failed records a failure of the listener and returns the failure count
// its backoff is based on. A listener that had listened long enough starts
// its count over.
func (l *listenerSlot) failed(now time.Time, text string) int {
	if !l.since.IsZero() && now.Sub(l.since) > listenerHealthyAfter {
		l.failures = 0
	}
	l.since = time.Time{}
	l.failures++
	l.err = text
	l.state, l.phase, l.sessionID = slotBackoff, messages.ListenerBackoff, ""
	return l.failures
}

// restartDue says whether the listener pid, waiting out its backoff,
// restarts now; it counts the restart.
func (l *listenerSlot) restartDue(pid *actor.PID) bool {
	if l.state != slotBackoff || !l.is(pid) {
		return false
	}
	l.state = slotRunning
	l.restarts++
	return true
}

// replace marks the listener for a restart with a new configuration.
func (l *listenerSlot) replace() stopHow {
	return l.stop(slotReplacing)
}

// close marks the listener to stop for good.
func (l *listenerSlot) close() stopHow {
	return l.stop(slotClosing)
}

func (l *listenerSlot) stop(next slotState) stopHow {
	how := stopAsk
	switch l.state {
	case slotEmpty, slotClosing:
		return stopNothing
	case slotReplacing:
		// Already stopping: only whether a new one follows changes.
		l.state = next
		return stopNothing
	case slotBackoff:
		how = stopKill
	}
	l.stopTimer()
	l.state = next
	return how
}

// stopsForGood reports whether a failure of the listener must not restart it.
func (l *listenerSlot) stopsForGood() bool {
	return l.state == slotReplacing || l.state == slotClosing
}

// gone records that the listener pid stopped; it says whether a new one
// is to start.
func (l *listenerSlot) gone(pid *actor.PID) (respawn bool) {
	if !l.is(pid) {
		return false
	}
	respawn = l.state == slotReplacing
	l.stopTimer()
	l.state, l.pid, l.phase, l.sessionID = slotEmpty, nil, messages.ListenerStopped, ""
	return respawn
}

func (l *listenerSlot) stopTimer() {
	if l.timer != nil {
		l.timer.Stop()
		l.timer = nil
	}
}
