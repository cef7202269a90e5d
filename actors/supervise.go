package actors

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/internal/causes"
	"github.com/outrunner/outrunner/internal/ghpool"
	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/messages"
)

// backoff returns min(base·2^(n-1), cap) scaled by jitter, for n ≥ 1.
func backoff(base, cap time.Duration, n int, jitter float64) time.Duration {
	d := base
	for i := 1; i < n && d < cap; i++ {
		d *= 2
	}
	return time.Duration(float64(min(d, cap)) * jitter)
}

// jitter is a random factor in [0.8, 1.2).
func jitter() float64 { return 0.8 + 0.4*rand.Float64() }

// describe turns a panic value into text.
func describe(reason any) string {
	switch r := reason.(type) {
	case error:
		return r.Error()
	case string:
		return r
	}
	return fmt.Sprint(reason)
}

// failureAction is what the scale set does with a failed runner.
type failureAction int

const (
	// actRetry restarts the runner with the same intent after Delay.
	actRetry failureAction = iota
	// actGiveUp gives the runner up: it restarts after Delay to tear down.
	actGiveUp
	// actLeak stops the runner for good: its teardown keeps failing and
	// the orphan sweep retries it.
	actLeak
)

// failure is what a supervision decision is made from.
type failure struct {
	// Failures counts the consecutive failures of the intent, this one
	// included.
	Failures int
	// Budget is the retry budget.
	Budget int
	// Stopping is set when the runner was tearing down.
	Stopping bool
	// Permanent is set for a start that cannot succeed on retry.
	Permanent bool
	// Draining restarts at once: the scale set is going away.
	Draining bool
	// Base and Cap bound the backoff; Jitter scales it.
	Base, Cap time.Duration
	Jitter    float64
}

// directive is a supervision decision.
type directive struct {
	Action failureAction
	Delay  time.Duration
}

// decide is the scale set's supervision policy for a failed runner: retry
// with a capped exponential backoff until the budget is spent; then a
// teardown is reported leaked and a start is given up (at once when the
// start failed permanently), which restarts the runner to tear it down.
func decide(f failure) directive {
	d := directive{Action: actRetry}
	n := f.Failures
	switch {
	case f.Stopping && f.Failures >= f.Budget:
		return directive{Action: actLeak}
	case f.Stopping, f.Failures < f.Budget && !f.Permanent:
	default:
		d.Action, n = actGiveUp, 1
	}
	if !f.Draining {
		d.Delay = backoff(f.Base, f.Cap, n, f.Jitter)
	}
	return d
}

// HandleFailure makes the scale set the supervisor of its children: a
// failed runner restarts alone after a capped, jittered exponential
// backoff until its retry budget is spent; a failed listener restarts with
// backoff forever, leaving runners alone.
func (s *scaleSet) HandleFailure(_ *actor.ActorSystem, sup actor.Supervisor, child *actor.PID, _ *actor.RestartStatistics, reason, _ any) {
	text := describe(reason)
	s.deps.failed(child, text)
	if s.listener.is(child) {
		s.listenerFailed(sup, child, text)
		return
	}
	rec := s.book.byPID[child.Id]
	if rec == nil {
		sup.StopChildren(child)
		return
	}
	f, _ := reason.(*runnerFailure)
	if f != nil {
		// The failure may overtake the transition that carried these.
		rec.learn(f.runnerID, f.ranJob)
	}
	rec.lastError = text
	rec.failures++
	s.counters.RunnerRestarts++
	if rec.intent != intentStop {
		s.counters.StartFailures++
	}
	s.deps.emit(messages.Event{ScaleSet: s.name, Runner: rec.name, Kind: messages.EventRunnerRestart, Err: text})
	d := decide(failure{Failures: rec.failures, Budget: s.rc.Retry.Budget, Stopping: rec.intent == intentStop, Permanent: f != nil && f.permanent, Draining: s.draining,
		Base: s.rc.Retry.BackoffBase.D(), Cap: s.rc.Retry.BackoffCap.D(), Jitter: jitter()})
	switch d.Action {
	case actLeak:
		rec.leaked = true
		s.cleanupOwed = true
		s.log.Error("giving up tearing a runner down; the orphan sweep will retry", logkey.Runner, rec.name, logkey.Attempts, rec.failures, logkey.Error, causes.Short(text))
		s.fullError(text)
		s.deps.emit(messages.Event{ScaleSet: s.name, Runner: rec.name, Kind: messages.EventLeaked, Err: text})
		sup.StopChildren(child)
		return
	case actGiveUp:
		s.markGaveUp(rec, text)
		s.log.Debug("tearing down a runner that gave up", logkey.Runner, rec.name, logkey.Wait, d.Delay.Round(time.Millisecond))
	default:
		s.log.Info("restarting a runner after backoff", logkey.Runner, rec.name, logkey.Failures, rec.failures, logkey.Wait, d.Delay.Round(time.Millisecond), logkey.Error, causes.Short(text))
		s.fullError(text)
	}
	system, self, name := s.system, s.self, rec.name
	rec.timer = time.AfterFunc(d.Delay, func() { system.Root.Send(self, &restartRunner{name: name, pid: child}) })
}

// fullError logs a failure's whole error chain at debug; warnings and
// errors carry its cause first.
func (s *scaleSet) fullError(text string) {
	s.log.Debug("the failure in full", logkey.Error, text)
}

// markGaveUp records that a runner gave up and tears it down; new spawns
// wait, so that a broken image or engine does not churn registrations.
func (s *scaleSet) markGaveUp(rec *record, reason string) {
	rec.stop(messages.Deprovision{Reason: "gave up", Force: true})
	if rec.gaveUp {
		return
	}
	rec.gaveUp = true
	rec.lastError = reason
	s.counters.GaveUp++
	s.giveUps++
	s.lastGiveUp, s.giveUpErr = time.Now(), reason
	delay := backoff(s.rc.Retry.BackoffBase.D(), s.rc.Retry.BackoffCap.D(), s.giveUps, jitter())
	s.spawnAfter = time.Now().Add(delay)
	s.log.Error("runner gave up; new runners wait", logkey.Runner, rec.name, logkey.Attempts, rec.attempts, logkey.Error, causes.Short(reason), logkey.Wait, delay.Round(time.Millisecond))
	s.fullError(reason)
	s.deps.emit(messages.Event{ScaleSet: s.name, Runner: rec.name, Kind: messages.EventGaveUp, Err: reason})
}

func (s *scaleSet) listenerFailed(sup actor.Supervisor, child *actor.PID, text string) {
	if s.listener.stopsForGood() {
		sup.StopChildren(child)
		return
	}
	failures := s.listener.failed(time.Now(), text)
	delay := backoff(s.deps.Timing.ListenerBackoffBase, listenerCap(s.deps.Timing, text), failures, jitter())
	s.log.Warn("listener failed; restarting it after backoff (runners keep working)", logkey.Failures, failures, logkey.Wait, delay.Round(time.Millisecond), logkey.Error, causes.Short(text))
	s.fullError(text)
	s.deps.emit(messages.Event{ScaleSet: s.name, Kind: messages.EventListenerFailed, Err: text})
	system, self := s.system, s.self
	s.listener.timer = time.AfterFunc(delay, func() { system.Root.Send(self, &restartListener{pid: child}) })
}

// listenerCap is the cap of a failed listener's backoff: short while
// another daemon holds the message session (409), so that this one resumes
// within seconds of the session being freed; never a tight loop, as the
// base still applies.
func listenerCap(t Timing, failure string) time.Duration {
	if t.ConflictBackoffCap > 0 && t.ConflictBackoffCap < t.ListenerBackoffCap && ghpool.IsSessionConflict(errors.New(failure)) {
		return t.ConflictBackoffCap
	}
	return t.ListenerBackoffCap
}

// onRestartListener restarts a listener whose backoff is over.
func (s *scaleSet) onRestartListener(ctx actor.Context, m *restartListener) {
	if s.listener.restartDue(m.pid) {
		ctx.(actor.Supervisor).RestartChildren(m.pid)
	}
}

// onRestartRunner restarts a failed runner and resends its intent.
func (s *scaleSet) onRestartRunner(ctx actor.Context, m *restartRunner) {
	rec := s.book.runners[m.name]
	if rec == nil || !rec.pid.Equal(m.pid) {
		return
	}
	rec.timer = nil
	ctx.(actor.Supervisor).RestartChildren(rec.pid)
	if s.draining && rec.intent != intentStop {
		rec.stop(messages.Deprovision{Reason: "drain", Force: true})
	}
	if !s.leads() && rec.intent != intentStop {
		// A fleet follower registers no runner: the failed one goes.
		rec.stop(messages.Deprovision{Reason: "another node leads the scale set", Force: true})
	}
	if rec.intent == intentStop {
		req := rec.deprovision()
		req.Runner = s.rc
		ctx.Send(rec.pid, req)
		return
	}
	// An adopted runner that failed is provisioned afresh.
	ctx.Send(rec.pid, s.provision(rec, rec.failures+1, time.Time{}))
}

// provision makes the record's order for provisioning attempt n.
func (s *scaleSet) provision(rec *record, n int, demandAt time.Time) *messages.Provision {
	rec.attempts = n
	rec.setPhase(messages.RunnerProvisioning, time.Now())
	return &messages.Provision{Attempt: n, ScaleSetID: s.scaleSetID, Runner: s.rc, Facts: rec.facts, DemandAt: demandAt, Warm: rec.warm}
}

// terminated handles the end of a child: a listener is replaced or, when
// draining, the drain goes on; a runner's record is removed.
func (s *scaleSet) terminated(ctx actor.Context, who *actor.PID) {
	if s.listener.is(who) {
		respawn := s.listener.gone(who)
		switch {
		case s.draining:
			s.finishDrain(ctx)
		case respawn:
			s.configure(ctx)
		}
		return
	}
	rec := s.book.remove(who, time.Now())
	if rec == nil {
		return
	}
	if rec.waited > 0 {
		s.deps.emit(messages.Event{ScaleSet: s.name, Runner: rec.name, Kind: messages.EventEnvIdle, Latency: rec.waited})
	}
	if s.draining {
		s.finishDrain(ctx)
		return
	}
	s.reconcile(ctx, time.Time{})
}
