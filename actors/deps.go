// Package actors implements outrunner's ScaleSet, Listener and Runner
// actors. A scale-set actor owns its runner records and supervises its
// children itself: a listener that bridges GitHub's message session into
// messages, and one runner actor per environment. Actors never block their
// mailbox: GitHub calls and backend calls run in goroutines that send their
// results back tagged with the incarnation that asked for them.
package actors

import (
	"context"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/actorstats"
	"github.com/outrunner/outrunner/internal/ghpool"
	"github.com/outrunner/outrunner/internal/journal"
	"github.com/outrunner/outrunner/messages"
)

// Timing holds the intervals of the runtime. Tests shorten them.
type Timing struct {
	// ListenerBackoffBase and ListenerBackoffCap bound the listener's
	// restart backoff; it never gives up.
	ListenerBackoffBase time.Duration
	ListenerBackoffCap  time.Duration
	// ConflictBackoffCap caps the listener's backoff while another
	// daemon holds the scale set's message session (409), so that the
	// daemon resumes within seconds of the session being freed.
	ConflictBackoffCap time.Duration
	// RegistrationRecheck is how long after a first lookup found nothing
	// a journal entry without a registration ID (the daemon was killed
	// during its JIT call) is looked up again before it is forgotten.
	RegistrationRecheck time.Duration
	// HealthInterval is how often an unhealthy-capable backend is probed.
	HealthInterval time.Duration
	// SweepInterval is how often orphaned environments are looked for.
	SweepInterval time.Duration
	// StrandedAfter is how long jobs may stay available, with room for
	// them, before the message session is renewed so that GitHub offers
	// them again; 0 never renews.
	StrandedAfter time.Duration
	// RequestTimeout bounds the listener's wait for a desired-count answer.
	RequestTimeout time.Duration
	// SessionCloseTimeout bounds closing a message session.
	SessionCloseTimeout time.Duration
}

// DefaultTiming is the production timing.
func DefaultTiming() Timing {
	return Timing{
		ListenerBackoffBase: time.Second,
		ListenerBackoffCap:  30 * time.Second,
		ConflictBackoffCap:  5 * time.Second,
		RegistrationRecheck: 5 * time.Second,
		HealthInterval:      10 * time.Second,
		SweepInterval:       5 * time.Minute,
		StrandedAfter:       time.Minute,
		RequestTimeout:      30 * time.Second,
		SessionCloseTimeout: 15 * time.Second,
	}
}

// SessionStore records each scale set's message session: the state
// directory's record (journal.Sessions) on a single host, etcd's in a
// fleet, where only the leader's writes are accepted.
type SessionStore interface {
	// Get returns the session recorded for a scale set.
	Get(scaleSet string) (journal.Session, bool)
	// Put records a scale set's session.
	Put(e journal.Session) error
	// Forget removes a scale set's session if it is still sessionID ("" for
	// any).
	Forget(scaleSet, sessionID string) error
}

// Registrations shows a fleet the runner registrations each node holds,
// so that the leader of a scale set removes those of a node that left the
// fleet (died, or froze past its lease) without coming back.
type Registrations interface {
	// Add records a registration this node holds (as the journal does);
	// Remove forgets it. Both return at once: the fleet writes behind.
	Add(e journal.Entry)
	Remove(scaleSet, name string)
	// Orphans returns the registrations of scaleSet recorded by nodes no
	// longer in the fleet.
	Orphans(ctx context.Context, scaleSet string) ([]journal.Entry, error)
}

// Leadership is what a scale set asks its fleet before every leader
// action. Both methods answer from memory, without blocking.
type Leadership interface {
	// Leading reports whether this node leads the scale set now, on a
	// lease that is surely alive.
	Leading(scaleSet string) bool
	// Connected reports whether this node holds a live lease and reads
	// the fleet.
	Connected() bool
	// Joined reports whether the node has tried etcd yet: it connected
	// once, or failed to.
	Joined() bool
	// Name is this node's name in the fleet.
	Name() string
	// PlacementPolicy is the cluster's placement: config.PlacementSpread
	// or config.PlacementPack.
	PlacementPolicy() string
	// Peers returns the other nodes that can run the scale set's runners,
	// in the fleet's order for it.
	Peers(scaleSet string) []messages.FleetPeer
	// Placement returns the placement last read for the scale set, and
	// whether it is current (placed by its present leader).
	Placement(scaleSet string) (messages.Placement, bool)
	// Owner returns the node that registered a runner, "" if none did.
	Owner(scaleSet, runner string) string
	// Place publishes the leader's placement; Forward leaves a job message
	// for the node that runs its runner. Both return at once: the fleet
	// writes them behind, in order, fenced on the leadership.
	Place(scaleSet string, p messages.Placement)
	Forward(scaleSet, node string, msg any)
}

// Deps are what the scale-set actors need from the daemon. They are shared
// and must be safe for concurrent use.
type Deps struct {
	// DaemonID is the ownership identity put on environments.
	DaemonID string
	// SessionOwner names this daemon in GitHub message sessions.
	SessionOwner string
	// Pools gives access to GitHub.
	Pools *ghpool.Registry
	// Backends creates provisioners.
	Backends backends.Factory
	// Journal records registrations for crash recovery.
	Journal *journal.Journal
	// Sessions records each scale set's message session, so that a daemon
	// restarted after a crash, or the next leader of a fleet, takes the
	// session over; nil records nothing.
	Sessions SessionStore
	// Fleet says which scale sets this daemon leads when it is a node of a
	// fleet; nil for a single host, which leads all of its scale sets.
	Fleet Leadership
	// Registrations, in a fleet, shows the other nodes this node's
	// registrations and names a departed node's; nil on a single host.
	Registrations Registrations
	// Logger is the daemon's logger.
	Logger *slog.Logger
	// Timing holds intervals.
	Timing Timing
	// Events receives notable runtime events (tests, metrics); may be nil.
	Events func(messages.Event)
	// Stats measures every actor; nil measures nothing.
	Stats *actorstats.Registry
	// Abandoned is set when the daemon is killed without a drain (tests of
	// crash recovery): sessions are then left open, as after SIGKILL.
	Abandoned atomic.Bool
}

// sessions returns the session record; without one nothing is recorded.
func (d *Deps) sessions() SessionStore {
	if d.Sessions == nil {
		return (*journal.Sessions)(nil)
	}
	return d.Sessions
}

func (d *Deps) emit(e messages.Event) {
	if d.Events != nil {
		if e.At.IsZero() {
			e.At = time.Now()
		}
		d.Events(e)
	}
}

// props builds an actor's props, measured when the daemon keeps stats.
func (d *Deps) props(producer actor.Producer) *actor.Props {
	if d.Stats == nil {
		return actor.PropsFromProducer(producer)
	}
	return actor.PropsFromProducer(producer, d.Stats.PropsOptions()...)
}

// failed records an actor's failure in the stats.
func (d *Deps) failed(pid *actor.PID, reason string) {
	if d.Stats != nil {
		d.Stats.Failed(pid.Id, reason)
	}
}

// generation numbers every actor incarnation in the process, so that a
// result from an older incarnation is recognised.
var generation atomic.Uint64

func nextGeneration() uint64 { return generation.Add(1) }
