package actors

import (
	"testing"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/messages"
)

func TestRecordAppliesTransitions(t *testing.T) {
	t0 := time.Now()
	rec := newRecord("linux-1", actor.NewPID("nonhost", "linux/runner-linux-1"), t0, false)
	rec.attempts = 1
	if started := rec.apply(&messages.RunnerTransition{Phase: messages.RunnerIdle, At: t0.Add(time.Second), RunnerID: 7}); !started {
		t.Error("provisioning → idle is a start")
	}
	if rec.apply(&messages.RunnerTransition{Phase: messages.RunnerRunning, At: t0.Add(2 * time.Second), RanJob: true}) {
		t.Error("idle → running is no start")
	}
	snap := rec.snapshot()
	if snap.RunnerID != 7 || !snap.RanJob || snap.Phase != messages.RunnerRunning || !snap.PhaseSince.Equal(t0.Add(2*time.Second)) || !snap.StartedAt.Equal(t0.Add(time.Second)) {
		t.Errorf("snapshot %+v", snap)
	}
	// A transition without an ID keeps the known one.
	rec.apply(&messages.RunnerTransition{Phase: messages.RunnerStopping, At: t0})
	if rec.facts.RunnerID != 7 || !rec.facts.RanJob {
		t.Errorf("facts forgotten: %+v", rec.facts)
	}
}

func TestRecordKeptRunnerServesAgain(t *testing.T) {
	rec := newRecord("linux-1", actor.NewPID("nonhost", "x"), time.Now(), false)
	if !rec.stop(messages.Deprovision{Reason: "scale down"}) || rec.intent != intentStop {
		t.Fatal("a gentle stop was not taken")
	}
	if rec.stop(messages.Deprovision{Reason: "drain"}) {
		t.Error("a second gentle stop replaced the first")
	}
	rec.apply(&messages.RunnerTransition{Phase: messages.RunnerRunning, Kept: true})
	if rec.intent != intentServe {
		t.Error("a kept runner still retires")
	}
	rec.stop(messages.Deprovision{Reason: "job completed", Force: true})
	rec.apply(&messages.RunnerTransition{Phase: messages.RunnerRunning, Kept: true})
	if rec.intent != intentStop {
		t.Error("a forced stop was undone")
	}
}

func TestRunnerBookRemembersWhatOutlivesARunner(t *testing.T) {
	b := newRunnerBook()
	now := time.Now()
	done := newRecord("done", actor.NewPID("nonhost", "done"), now, false)
	done.facts.RanJob = true
	acked := newRecord("acked", actor.NewPID("nonhost", "acked"), now, false)
	acked.facts = messages.RunnerFacts{RanJob: true, JobCompleted: true}
	failed := newRecord("failed", actor.NewPID("nonhost", "failed"), now, false)
	failed.gaveUp = true
	for _, r := range []*record{done, acked, failed} {
		b.add(r)
	}
	if got := len(b.views()); got != 3 {
		t.Fatalf("views %d", got)
	}
	for _, r := range []*record{done, acked, failed} {
		if b.remove(r.pid, now) != r {
			t.Fatalf("remove %s", r.name)
		}
	}
	if b.remove(done.pid, now) != nil {
		t.Error("a removed runner was removed twice")
	}
	if _, ok := b.awaiting["done"]; !ok || len(b.awaiting) != 1 {
		t.Errorf("awaiting %v", b.awaiting)
	}
	if len(b.failed) != 1 || b.failed[0].Name != "failed" || !b.retired.has("acked") || len(b.runners) != 0 {
		t.Errorf("failed %+v", b.failed)
	}
}

func TestListenerSlot(t *testing.T) {
	var l listenerSlot
	pid := actor.NewPID("nonhost", "linux/listener")
	now := time.Now()
	l.spawned(pid)
	if !l.status(&messages.ListenerStatus{State: messages.ListenerListening, SessionID: "s1"}, now) || l.sessionID != "s1" {
		t.Fatal("listening was not recorded")
	}
	if n := l.failed(now.Add(time.Second), "lost"); n != 1 || l.phase != messages.ListenerBackoff || l.sessionID != "" {
		t.Fatalf("failure %d, %+v", n, l)
	}
	if !l.restartDue(pid) || l.restarts != 1 || l.restartDue(pid) {
		t.Fatal("restart not counted once")
	}
	if n := l.failed(now.Add(2*time.Second), "lost"); n != 2 {
		t.Errorf("consecutive failures %d", n)
	}
	l.restartDue(pid)
	l.status(&messages.ListenerStatus{State: messages.ListenerListening}, now)
	if n := l.failed(now.Add(listenerHealthyAfter+time.Minute), "lost"); n != 1 {
		t.Errorf("a listener that listened long enough starts over, got %d", n)
	}
	if how := l.replace(); how != stopKill || !l.stopsForGood() {
		t.Errorf("a listener in backoff is killed, got %v", how)
	}
	if !l.gone(pid) || l.pid != nil || l.state != slotEmpty || l.phase != messages.ListenerStopped {
		t.Errorf("after replacing: %+v", l)
	}
	l.spawned(pid)
	if how := l.close(); how != stopAsk {
		t.Errorf("a running listener is asked to stop, got %v", how)
	}
	if how := l.close(); how != stopNothing {
		t.Errorf("a closing listener is stopped twice, got %v", how)
	}
	if l.gone(pid) {
		t.Error("a closed listener is replaced")
	}
}
