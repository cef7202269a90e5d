package actors

import (
	"testing"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/messages"
)

// hostedScaleSet runs a scale set's handlers in a real actor, without
// starting it (no backend, no GitHub): the test adds records by hand, with
// probe actors standing in for their runners.
type hostedScaleSet struct {
	t      *testing.T
	system *actor.ActorSystem
	s      *scaleSet
	pid    *actor.PID
}

func newHostedScaleSet(t *testing.T) *hostedScaleSet {
	t.Helper()
	system := actor.NewActorSystem()
	deps := testDeps(t)
	s := &scaleSet{name: "linux", rc: testRunnerConfig(), deps: deps, log: deps.Logger, book: newRunnerBook(), healthy: true, system: system}
	pid := system.Root.Spawn(actor.PropsFromFunc(func(ctx actor.Context) {
		switch m := ctx.Message().(type) {
		case *actor.Started, *actor.Stopping, *actor.Stopped, *actor.Restarting:
		case func(actor.Context):
			m(ctx)
		default:
			s.Receive(ctx)
		}
	}))
	s.self = pid
	t.Cleanup(func() { _ = system.Root.StopFuture(pid).Wait() })
	return &hostedScaleSet{t: t, system: system, s: s, pid: pid}
}

// do runs f on the scale set's mailbox and waits for it.
func (h *hostedScaleSet) do(f func(ctx actor.Context)) {
	h.t.Helper()
	done := make(chan struct{})
	h.system.Root.Send(h.pid, func(ctx actor.Context) { f(ctx); close(done) })
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		h.t.Fatal("the scale set did not answer")
	}
}

// addRunner adds a record whose runner is a probe passing its messages
// to the returned channel.
func (h *hostedScaleSet) addRunner(name string) (*actor.PID, chan any) {
	got := make(chan any, 16)
	probe := h.system.Root.Spawn(actor.PropsFromFunc(func(ctx actor.Context) {
		switch m := ctx.Message().(type) {
		case *messages.JobStarted, *messages.Deprovision, *messages.Provision:
			got <- m
		}
	}))
	h.do(func(actor.Context) { h.s.book.add(newRecord(name, probe, time.Now(), false)) })
	return probe, got
}

func (h *hostedScaleSet) send(msg any) { h.system.Root.Send(h.pid, msg) }

func receive[T any](t *testing.T, ch chan any) T {
	t.Helper()
	select {
	case m := <-ch:
		v, ok := m.(T)
		if !ok {
			t.Fatalf("got %#v", m)
		}
		return v
	case <-time.After(5 * time.Second):
		t.Fatal("no message came")
	}
	var zero T
	return zero
}

func TestScaleSetRecordOwnsTheJobFacts(t *testing.T) {
	h := newHostedScaleSet(t)
	probe, got := h.addRunner("linux-1")
	h.send(&messages.RunnerTransition{Name: "linux-1", Phase: messages.RunnerIdle, RunnerID: 5})
	h.send(&messages.JobStarted{RunnerName: "linux-1", JobID: "77"})
	receive[*messages.JobStarted](t, got)
	h.send(&messages.JobCompleted{RunnerName: "linux-1", Result: "succeeded"})
	d := receive[*messages.Deprovision](t, got)
	if !d.Force || d.Facts != (messages.RunnerFacts{RunnerID: 5, RanJob: true, JobCompleted: true}) || d.Attempt != 1 {
		t.Errorf("stop order %+v", d)
	}
	h.send(&messages.RunnerTransition{Name: "linux-1", Phase: messages.RunnerStopping, RanJob: true, Done: true})
	h.send(&actor.Terminated{Who: probe})
	h.do(func(actor.Context) {
		snap := h.s.snapshot(time.Now())
		if len(snap.Runners) != 0 || len(h.s.book.awaiting) != 0 || snap.JobsStarted != 1 || snap.JobsCompleted != 1 || snap.Provisioned != 1 {
			t.Errorf("snapshot %+v, awaiting %v", snap, h.s.book.awaiting)
		}
	})
}

func TestScaleSetDiscountsARunnerThatLeftBeforeJobCompleted(t *testing.T) {
	h := newHostedScaleSet(t)
	probe, _ := h.addRunner("linux-1")
	h.do(func(actor.Context) { h.s.assigned = 1 })
	// The runner exited 0 after its job: it learnt that it ran one.
	h.send(&messages.RunnerTransition{Name: "linux-1", Phase: messages.RunnerStopping, RanJob: true, Done: true})
	h.send(&actor.Terminated{Who: probe})
	h.do(func(actor.Context) {
		if _, ok := h.s.book.awaiting["linux-1"]; !ok {
			t.Fatalf("the finished runner is not awaited: %v", h.s.book.awaiting)
		}
		if d := h.s.snapshot(time.Now().Add(time.Hour)).Desired; d != 0 {
			t.Errorf("desired %d, want the finished job discounted", d)
		}
		if len(h.s.book.awaiting) != 1 {
			t.Error("a snapshot expired an awaiting runner")
		}
	})
	h.send(&messages.JobCompleted{RunnerName: "linux-1"})
	h.do(func(actor.Context) {
		snap := h.s.snapshot(time.Now())
		if len(h.s.book.awaiting) != 0 || snap.Desired != 1 || snap.UnknownRunnerMsg != 0 {
			t.Errorf("after JobCompleted: awaiting %v, snapshot %+v", h.s.book.awaiting, snap)
		}
	})
}

func TestScaleSetKeepsARunnerThatRefusedAScaleDown(t *testing.T) {
	h := newHostedScaleSet(t)
	_, got := h.addRunner("linux-1")
	h.send(&messages.RunnerTransition{Name: "linux-1", Phase: messages.RunnerIdle})
	h.do(func(ctx actor.Context) {
		h.s.requestStop(ctx, h.s.book.runners["linux-1"], messages.Deprovision{Reason: "scale down"})
	})
	if d := receive[*messages.Deprovision](t, got); d.Force || d.Runner != h.s.rc {
		t.Errorf("scale-down order %+v", d)
	}
	h.send(&messages.RunnerTransition{Name: "linux-1", Phase: messages.RunnerRunning, Kept: true})
	h.do(func(actor.Context) {
		if rec := h.s.book.runners["linux-1"]; rec.intent != intentServe || rec.phase != messages.RunnerRunning {
			t.Errorf("record %+v", rec)
		}
	})
}

func TestScaleSetUnknownRunnerMessages(t *testing.T) {
	h := newHostedScaleSet(t)
	var events []messages.Event
	h.do(func(actor.Context) { h.s.deps.Events = func(e messages.Event) { events = append(events, e) } })
	h.send(&messages.JobStarted{RunnerName: "stranger"})
	h.do(func(actor.Context) {
		if h.s.counters.UnknownRunnerMsg != 1 || events[len(events)-1].Kind != messages.EventUnknownRunner {
			t.Errorf("counters %+v, events %+v", h.s.counters, events)
		}
	})
}
