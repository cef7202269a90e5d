// Package actorstats measures every actor of the daemon: messages received,
// mailbox depth, message handling time, restarts and failures. Its
// middleware is added to the props of every actor; the registry answers
// status requests without asking the actors.
package actorstats

import (
	"math/bits"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/messages"
)

// buckets is the number of latency buckets: bucket i holds durations below
// 2^i microseconds (the last one everything longer).
const buckets = 24

// Stats are one actor's measurements. Fields are updated atomically.
type Stats struct {
	path      string
	kind      string
	startedAt time.Time

	messages  atomic.Uint64
	depth     atomic.Int64
	latency   [buckets]atomic.Uint64
	restarts  atomic.Int64
	failures  atomic.Int64
	incarnate atomic.Int64

	mu          sync.Mutex
	lastFailure string
}

// Registry holds the stats of the live actors, and the actor runtime's
// series for the metrics endpoint.
type Registry struct {
	mu     sync.RWMutex
	actors map[string]*Stats
	lib    *libSeries
}

// New returns an empty registry.
func New() *Registry { return &Registry{actors: map[string]*Stats{}, lib: newLibSeries()} }

// get returns the stats of path, creating them.
func (r *Registry) get(path string) *Stats {
	r.mu.RLock()
	s, ok := r.actors[path]
	r.mu.RUnlock()
	if ok {
		return s
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if s, ok = r.actors[path]; !ok {
		s = &Stats{path: path, kind: kindOf(path), startedAt: time.Now()}
		r.actors[path] = s
	}
	return s
}

func (r *Registry) remove(path string) {
	r.mu.Lock()
	delete(r.actors, path)
	r.mu.Unlock()
}

// kindOf derives an actor's kind from its path in outrunner's tree.
func kindOf(path string) string {
	name := path[strings.LastIndexByte(path, '/')+1:]
	switch {
	case path == "root":
		return "root"
	case name == "listener":
		return "listener"
	case strings.HasPrefix(name, "runner-"):
		return "runner"
	case strings.Count(path, "/") == 1:
		return "scaleset"
	}
	return "other"
}

// Failed records an actor's failure (its supervisor calls it).
func (r *Registry) Failed(path string, reason string) {
	s := r.get(path)
	s.failures.Add(1)
	s.mu.Lock()
	s.lastFailure = reason
	s.mu.Unlock()
}

// PropsOptions returns the props options that measure one actor. Call it
// for every spawn: the options are bound to a single actor's stats.
func (r *Registry) PropsOptions() []actor.PropsOption {
	probe := &mailboxProbe{}
	return []actor.PropsOption{
		actor.WithReceiverMiddleware(r.receiver(probe)),
		actor.WithMailbox(actor.Unbounded(probe)),
		// OnInit runs after the PID is known and before the first message.
		actor.WithOnInit(func(ctx actor.Context) { probe.s.Store(r.get(ctx.Self().Id)) }),
	}
}

// receiver counts messages and times their handling.
func (r *Registry) receiver(probe *mailboxProbe) actor.ReceiverMiddleware {
	return func(next actor.ReceiverFunc) actor.ReceiverFunc {
		return func(ctx actor.ReceiverContext, env *actor.MessageEnvelope) {
			s := probe.s.Load()
			if s == nil {
				next(ctx, env)
				return
			}
			switch env.Message.(type) {
			case *actor.Started:
				restart := s.incarnate.Add(1) > 1
				if restart {
					s.restarts.Add(1)
				}
				r.lib.started(ctx, restart)
			case *actor.Stopped:
				start := time.Now()
				next(ctx, env)
				r.lib.received(ctx, env, time.Since(start))
				r.remove(s.path)
				return
			}
			start := time.Now()
			next(ctx, env)
			d := time.Since(start)
			s.messages.Add(1)
			s.latency[bucketOf(d)].Add(1)
			r.lib.received(ctx, env, d)
		}
	}
}

func bucketOf(d time.Duration) int {
	us := uint64(d.Microseconds())
	return min(bits.Len64(us), buckets-1)
}

// bucketBound is the upper bound of bucket i.
func bucketBound(i int) time.Duration {
	return time.Duration(uint64(1)<<i) * time.Microsecond
}

// mailboxProbe tracks mailbox depth. protoactor's own depth gauge never
// reports (its callback is registered without instruments).
type mailboxProbe struct {
	s atomic.Pointer[Stats]
}

// MailboxStarted is called when the mailbox starts.
func (m *mailboxProbe) MailboxStarted() {}

// MessagePosted counts a message in.
func (m *mailboxProbe) MessagePosted(any) {
	if s := m.s.Load(); s != nil {
		s.depth.Add(1)
	}
}

// MessageReceived counts a message out.
func (m *mailboxProbe) MessageReceived(any) {
	if s := m.s.Load(); s != nil {
		s.depth.Add(-1)
	}
}

// MailboxEmpty is called when the mailbox runs empty.
func (m *mailboxProbe) MailboxEmpty() {
	if s := m.s.Load(); s != nil {
		s.depth.Store(0)
	}
}

// Snapshot returns the stats of every live actor, sorted by path.
func (r *Registry) Snapshot() []messages.ActorStats {
	r.mu.RLock()
	all := make([]*Stats, 0, len(r.actors))
	for _, s := range r.actors {
		all = append(all, s)
	}
	r.mu.RUnlock()
	out := make([]messages.ActorStats, 0, len(all))
	for _, s := range all {
		var counts [buckets]uint64
		var total uint64
		for i := range counts {
			counts[i] = s.latency[i].Load()
			total += counts[i]
		}
		s.mu.Lock()
		last := s.lastFailure
		s.mu.Unlock()
		out = append(out, messages.ActorStats{
			Path:         s.path,
			Kind:         s.kind,
			Messages:     s.messages.Load(),
			MailboxDepth: max(s.depth.Load(), 0),
			ReceiveP50:   quantile(counts, total, 0.50),
			ReceiveP99:   quantile(counts, total, 0.99),
			Restarts:     int(s.restarts.Load()),
			Failures:     int(s.failures.Load()),
			LastFailure:  last,
			StartedAt:    s.startedAt,
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// quantile returns the upper bound of the bucket holding quantile q.
func quantile(counts [buckets]uint64, total uint64, q float64) time.Duration {
	if total == 0 {
		return 0
	}
	rank := uint64(float64(total)*q + 0.5)
	rank = max(rank, 1)
	var seen uint64
	for i, c := range counts {
		seen += c
		if seen >= rank {
			return bucketBound(i)
		}
	}
	return bucketBound(buckets - 1)
}

// MailboxDepths returns the summed and the largest mailbox depth per kind.
func (r *Registry) MailboxDepths() (sum, largest map[string]int64) {
	sum, largest = map[string]int64{}, map[string]int64{}
	r.mu.RLock()
	defer r.mu.RUnlock()
	for _, s := range r.actors {
		d := max(s.depth.Load(), 0)
		sum[s.kind] += d
		largest[s.kind] = max(largest[s.kind], d)
	}
	return sum, largest
}
