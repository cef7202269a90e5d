package actorstats

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	"github.com/prometheus/client_golang/prometheus"
)

// receiveBuckets fit actor message handling times (seconds).
var receiveBuckets = []float64{.00001, .00005, .0001, .0005, .001, .005, .01, .05, .1, .5, 1, 5}

// libSeries are the actor runtime's documented series
// (protoactor_actor_message_receive_duration_seconds,
// protoactor_actor_spawn_count_total, protoactor_actor_restarted_count_total),
// with protoactor's names, help texts and labels, recorded by the middleware
// that measures every actor anyway. protoactor's own instruments stay off:
// they build and hash an OpenTelemetry attribute set for every message and
// every request future, an eighth of the daemon's CPU in a burst, for the same
// numbers.
type libSeries struct {
	receive  *prometheus.HistogramVec
	spawns   *prometheus.CounterVec
	restarts *prometheus.CounterVec
	// observers caches the receive histogram of each (actor type, message
	// type), so that a message costs a lookup, not a label hash.
	observers sync.Map // receiveKey → prometheus.Observer
}

type receiveKey struct {
	actor, message reflect.Type
}

func newLibSeries() *libSeries {
	labels := []string{"actortype", "address"}
	return &libSeries{
		receive: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "protoactor_actor_message_receive_duration_seconds", Help: "Actor's messages received duration in seconds",
			Buckets: receiveBuckets,
		}, append(labels, "messagetype")),
		spawns: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "protoactor_actor_spawn_count_total", Help: "Number of actors spawn",
		}, labels),
		restarts: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "protoactor_actor_restarted_count_total", Help: "Number of actors restarts",
		}, labels),
	}
}

// typeName is the type of v as protoactor labels it: fmt's %T, without
// the first "*".
func typeName(v any) string {
	return strings.Replace(fmt.Sprintf("%T", v), "*", "", 1)
}

// received records one handled message. The message type is the one
// protoactor saw in the mailbox: the envelope for a request (a sender or
// headers), the message itself otherwise.
func (l *libSeries) received(ctx actor.ReceiverContext, env *actor.MessageEnvelope, d time.Duration) {
	var msg any = env.Message
	if env.Sender != nil || env.Header != nil {
		msg = env
	}
	a := ctx.Actor()
	key := receiveKey{reflect.TypeOf(a), reflect.TypeOf(msg)}
	o, ok := l.observers.Load(key)
	if !ok {
		o, _ = l.observers.LoadOrStore(key, l.receive.WithLabelValues(typeName(a), ctx.ActorSystem().Address(), fmt.Sprintf("%T", msg)))
	}
	o.(prometheus.Observer).Observe(d.Seconds())
}

// started counts an incarnation of an actor, and a restart after the first.
func (l *libSeries) started(ctx actor.ReceiverContext, restart bool) {
	labels := []string{typeName(ctx.Actor()), ctx.ActorSystem().Address()}
	l.spawns.WithLabelValues(labels...).Inc()
	if restart {
		l.restarts.WithLabelValues(labels...).Inc()
	}
}

// Describe sends the descriptions of the series.
func (l *libSeries) Describe(ch chan<- *prometheus.Desc) {
	l.receive.Describe(ch)
	l.spawns.Describe(ch)
	l.restarts.Describe(ch)
}

// Collect sends the series.
func (l *libSeries) Collect(ch chan<- prometheus.Metric) {
	l.receive.Collect(ch)
	l.spawns.Collect(ch)
	l.restarts.Collect(ch)
}

// Collector returns the actor runtime's series (protoactor_…), for the
// daemon's metrics registry.
func (r *Registry) Collector() prometheus.Collector { return r.lib }
