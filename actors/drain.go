package actors

import (
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/messages"
)

// drain stops taking jobs: capacity 0, idle and provisioning runners go,
// running jobs may finish until the deadline.
func (s *scaleSet) drain(ctx actor.Context, deadline time.Time) {
	if !s.draining {
		s.log.Info("draining", logkey.Runners, len(s.book.runners), logkey.Deadline, deadline.Format(time.RFC3339))
	}
	s.draining = true
	s.updateCapacity(ctx)
	s.stopForDrain(ctx)
	if !s.listing && s.owesCleanup() {
		// A last look, so that a clean shutdown leaves nothing the
		// daemon could still remove.
		s.startAdoption(ctx)
	}
	if s.drainTimer != nil {
		s.drainTimer.Stop()
	}
	if wait := time.Until(deadline); wait > 0 {
		s.drainTimer = s.after(ctx, wait, &drainDeadline{})
	} else {
		s.forceDrain(ctx)
	}
	s.finishDrain(ctx)
}

// stopForDrain stops every runner that is not running a job; a runner
// waiting out a backoff stops now instead.
func (s *scaleSet) stopForDrain(ctx actor.Context) {
	for _, rec := range s.book.runners {
		if rec.timer != nil {
			rec.timer.Stop()
			s.send(ctx, &restartRunner{name: rec.name, pid: rec.pid})
			continue
		}
		if rec.intent != intentStop && rec.phase != messages.RunnerRunning {
			s.requestStop(ctx, rec, messages.Deprovision{Reason: "drain"})
		}
	}
}

// forceDrain tears down every runner, running jobs included.
func (s *scaleSet) forceDrain(ctx actor.Context) {
	if len(s.book.runners) > 0 {
		s.log.Warn("drain deadline reached; stopping running jobs", logkey.Runners, len(s.book.runners))
	}
	for _, rec := range s.book.runners {
		if rec.timer == nil {
			s.requestStop(ctx, rec, messages.Deprovision{Reason: "drain deadline", Force: true})
		}
	}
}

// finishDrain closes the session once no runner is left, then stops.
func (s *scaleSet) finishDrain(ctx actor.Context) {
	if len(s.book.runners) > 0 || s.listing {
		return
	}
	if s.listener.pid == nil {
		s.log.Info("drained")
		ctx.Stop(ctx.Self())
		return
	}
	s.stopListener(ctx, s.listener.close())
}

// stopListener stops the listener the way the slot says.
func (s *scaleSet) stopListener(ctx actor.Context, how stopHow) {
	switch how {
	case stopKill:
		// The failed listener already closed its session.
		ctx.Stop(s.listener.pid)
	case stopAsk:
		ctx.Send(s.listener.pid, &messages.StopListener{})
	}
}
