package actorstats

import (
	"testing"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/outrunner/outrunner/internal/testutil/testwait"
)

type ping struct{}

type echo struct{}

func (echo) Receive(ctx actor.Context) {
	switch ctx.Message().(type) {
	case *ping:
		if ctx.Sender() != nil {
			ctx.Respond(&ping{})
		}
	case string:
		panic("asked to fail")
	}
}

// TestProtoactorSeries checks the actor runtime's series as protoactor
// labelled them: the actor's type, the system's address and the mailbox
// message's type (the envelope for a request); a spawn per incarnation
// and a restart after a failure.
func TestProtoactorSeries(t *testing.T) {
	r := New()
	system := actor.NewActorSystem()
	defer system.Shutdown()
	pid := system.Root.Spawn(actor.PropsFromProducer(func() actor.Actor { return &echo{} }, r.PropsOptions()...))

	system.Root.Send(pid, &ping{})
	if _, err := system.Root.RequestFuture(pid, &ping{}, 5*time.Second).Result(); err != nil {
		t.Fatal(err)
	}
	system.Root.Send(pid, "fail")
	if _, err := system.Root.RequestFuture(pid, &ping{}, 5*time.Second).Result(); err != nil {
		t.Fatal(err)
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(r.Collector())
	// The future resolves inside the handler, before its time is recorded.
	testwait.Until(t, 5*time.Second, "the second request's time", func() bool {
		return gather(t, reg)["protoactor_actor_message_receive_duration_seconds"]["*actor.MessageEnvelope"] == 2
	})
	counts := gather(t, reg)
	if n := counts["protoactor_actor_spawn_count_total"][""]; n != 2 {
		t.Errorf("spawns = %d, want 2", n)
	}
	if n := counts["protoactor_actor_restarted_count_total"][""]; n != 1 {
		t.Errorf("restarts = %d, want 1", n)
	}
	received := counts["protoactor_actor_message_receive_duration_seconds"]
	// The message that failed is not counted: protoactor did not either.
	for typ, n := range map[string]int{"*actor.Started": 2, "*actorstats.ping": 1, "*actor.MessageEnvelope": 2} {
		if received[typ] != n {
			t.Errorf("messagetype %s: %d messages, want %d (all: %v)", typ, received[typ], n, received)
		}
	}
}

// gather returns the count of each series by family and message type,
// and checks the actor labels of every series.
func gather(t *testing.T, reg *prometheus.Registry) map[string]map[string]int {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]map[string]int{}
	for _, f := range families {
		for _, m := range f.GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			if labels["actortype"] != "actorstats.echo" || labels["address"] != "nonhost" {
				t.Errorf("%s: labels %v", f.GetName(), labels)
			}
			if counts[f.GetName()] == nil {
				counts[f.GetName()] = map[string]int{}
			}
			counts[f.GetName()][labels["messagetype"]] += int(m.GetHistogram().GetSampleCount() + uint64(m.GetCounter().GetValue()))
		}
	}
	return counts
}
