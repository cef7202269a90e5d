package actors

import (
	"fmt"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/messages"
)

// jobStarted marks the runner GitHub gave a job busy; since is when the
// leader of a fleet first held the message (zero: not held).
func (s *scaleSet) jobStarted(ctx actor.Context, m *messages.JobStarted, since time.Time) {
	if s.forwarded(ctx, m.RunnerName, m, since) {
		return
	}
	s.counters.JobsStarted++
	e := messages.Event{ScaleSet: s.name, Runner: m.RunnerName, Kind: messages.EventJobStarted, Job: m.Job}
	if !m.QueuedAt.IsZero() {
		e.Latency = time.Since(m.QueuedAt)
	}
	if rec := s.book.runners[m.RunnerName]; rec != nil && !rec.facts.RanJob {
		e.ServedFrom = s.servedFrom(rec, m.QueuedAt)
	}
	s.deps.emit(e)
	rec := s.known(m.RunnerName, m)
	if rec == nil {
		return
	}
	rec.facts.RanJob = true
	rec.jobID = m.JobID
	if rec.timer == nil {
		// A runner waiting out a backoff learns it from its next order.
		ctx.Send(rec.pid, m)
	}
}

// jobCompleted stops the runner whose job ended; since is as for
// jobStarted.
func (s *scaleSet) jobCompleted(ctx actor.Context, m *messages.JobCompleted, since time.Time) {
	if s.forwarded(ctx, m.RunnerName, m, since) {
		return
	}
	s.counters.JobsCompleted++
	s.deps.emit(messages.Event{ScaleSet: s.name, Runner: m.RunnerName, Kind: messages.EventJobCompleted, Result: m.Result, Job: m.Job})
	delete(s.book.awaiting, m.RunnerName)
	rec := s.known(m.RunnerName, m)
	if rec == nil {
		return
	}
	rec.facts.RanJob = true
	rec.facts.JobCompleted = true
	s.jobEnded()
	req := messages.Deprovision{Reason: "job completed (" + m.Result + ")", Force: true}
	if rec.timer != nil {
		// The restart sends the order.
		rec.stop(req)
		return
	}
	s.requestStop(ctx, rec, req)
}

// known returns the record a job message names, or nil (logged) when the
// runner is gone or was never the scale set's.
func (s *scaleSet) known(name string, msg any) *record {
	if rec := s.book.runners[name]; rec != nil {
		return rec
	}
	if s.book.retired.has(name) {
		// The runner exited and was removed before GitHub's message came.
		s.log.Debug("a job message arrived after its runner was removed", logkey.Runner, name, logkey.Message, fmt.Sprintf("%T", msg))
		return nil
	}
	s.counters.UnknownRunnerMsg++
	s.log.Warn("a job message names a runner this scale set does not know", logkey.Runner, name, logkey.Message, fmt.Sprintf("%T", msg))
	s.deps.emit(messages.Event{ScaleSet: s.name, Runner: name, Kind: messages.EventUnknownRunner})
	return nil
}
