package actors

import (
	"errors"
	"testing"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	"github.com/outrunner/outrunner/messages"
)

func TestDecide(t *testing.T) {
	base, cap := 10*time.Millisecond, 50*time.Millisecond
	tests := []struct {
		name string
		in   failure
		want directive
	}{
		{"first start failure retries after base", failure{Failures: 1, Budget: 3}, directive{actRetry, 10 * time.Millisecond}},
		{"backoff doubles", failure{Failures: 2, Budget: 3}, directive{actRetry, 20 * time.Millisecond}},
		{"backoff is capped", failure{Failures: 6, Budget: 9}, directive{actRetry, 50 * time.Millisecond}},
		{"budget exhausted gives up and tears down after base", failure{Failures: 3, Budget: 3}, directive{actGiveUp, 10 * time.Millisecond}},
		{"a permanent failure gives up at once", failure{Failures: 1, Budget: 3, Permanent: true}, directive{actGiveUp, 10 * time.Millisecond}},
		{"a failed teardown retries", failure{Failures: 2, Budget: 3, Stopping: true}, directive{actRetry, 20 * time.Millisecond}},
		{"a teardown past the budget leaks", failure{Failures: 3, Budget: 3, Stopping: true}, directive{actLeak, 0}},
		{"draining restarts at once", failure{Failures: 2, Budget: 3, Draining: true}, directive{actRetry, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.in.Base, tt.in.Cap, tt.in.Jitter = base, cap, 1
			if got := decide(tt.in); got != tt.want {
				t.Errorf("decide = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestBackoffJitter(t *testing.T) {
	if d := backoff(time.Second, time.Minute, 1, 0.8); d != 800*time.Millisecond {
		t.Errorf("backoff = %v", d)
	}
	for range 100 {
		if j := jitter(); j < 0.8 || j >= 1.2 {
			t.Fatalf("jitter %v out of range", j)
		}
	}
}

// fakeSupervisor records what the scale set did to its children.
type fakeSupervisor struct{ stopped []*actor.PID }

func (f *fakeSupervisor) Children() []*actor.PID          { return nil }
func (f *fakeSupervisor) EscalateFailure(any, any)        {}
func (f *fakeSupervisor) RestartChildren(...*actor.PID)   {}
func (f *fakeSupervisor) StopChildren(pids ...*actor.PID) { f.stopped = append(f.stopped, pids...) }
func (f *fakeSupervisor) ResumeChildren(...*actor.PID)    {}

// TestHandleFailure drives the scale set's supervision through a start
// that fails past its budget and a teardown that leaks.
func TestHandleFailure(t *testing.T) {
	system := actor.NewActorSystem()
	restarts := make(chan *restartRunner, 8)
	self := system.Root.Spawn(actor.PropsFromFunc(func(ctx actor.Context) {
		if m, ok := ctx.Message().(*restartRunner); ok {
			restarts <- m
		}
	}))
	t.Cleanup(func() { _ = system.Root.StopFuture(self).Wait() })
	var events []messages.Event
	deps := testDeps(t)
	deps.Events = func(e messages.Event) { events = append(events, e) }
	s := &scaleSet{name: "linux", rc: testRunnerConfig(), deps: deps, log: deps.Logger, system: system, self: self, book: newRunnerBook()}
	child := actor.NewPID(system.Address(), "linux/runner-linux-1")
	rec := newRecord("linux-1", child, time.Now(), false)
	s.book.add(rec)
	sup := &fakeSupervisor{}
	awaitRestart := func() {
		t.Helper()
		select {
		case m := <-restarts:
			if m.name != "linux-1" || !m.pid.Equal(child) {
				t.Fatalf("restart of %+v", m)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("no restart came")
		}
		rec.timer = nil
	}

	for i := 1; i <= 2; i++ {
		s.HandleFailure(system, sup, child, nil, &runnerFailure{err: errors.New("boom"), runnerID: 41}, nil)
		if rec.intent != intentServe || rec.failures != i || rec.timer == nil || !rec.snapshot().BackingOff {
			t.Fatalf("after failure %d: %+v", i, rec)
		}
		awaitRestart()
	}
	if rec.facts.RunnerID != 41 {
		t.Errorf("the failure's registration was not learnt: %+v", rec.facts)
	}
	s.HandleFailure(system, sup, child, nil, &runnerFailure{err: errors.New("boom")}, nil)
	if !rec.gaveUp || rec.intent != intentStop || rec.stopReq.Reason != "gave up" || rec.failures != 0 || s.counters.GaveUp != 1 || s.spawnAfter.IsZero() {
		t.Fatalf("after the budget: %+v, counters %+v", rec, s.counters)
	}
	awaitRestart()
	if d := rec.deprovision(); d.Attempt != 1 || !d.Force || d.Facts.RunnerID != 41 {
		t.Errorf("teardown order %+v", d)
	}
	for i := 1; i <= 3; i++ {
		s.HandleFailure(system, sup, child, nil, &runnerFailure{err: errors.New("stop failed")}, nil)
		if i < 3 {
			awaitRestart()
		}
	}
	if !rec.leaked || len(sup.stopped) != 1 || rec.timer != nil {
		t.Fatalf("after the teardown budget: %+v, stopped %v", rec, sup.stopped)
	}
	if s.counters.StartFailures != 3 || s.counters.RunnerRestarts != 6 {
		t.Errorf("counters %+v", s.counters)
	}
	kinds := map[messages.EventKind]int{}
	for _, e := range events {
		kinds[e.Kind]++
	}
	if kinds[messages.EventGaveUp] != 1 || kinds[messages.EventLeaked] != 1 || kinds[messages.EventRunnerRestart] != 6 {
		t.Errorf("events %v", kinds)
	}
	s.book.remove(child, time.Now())
	if len(s.book.failed) != 1 || !s.book.failed[0].GaveUp || !s.book.failed[0].Leaked {
		t.Errorf("failed list %+v", s.book.failed)
	}
}
