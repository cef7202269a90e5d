package actors

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/messages"
)

// listenerHealthyAfter is how long a listener must have listened before its
// failure counter starts over.
const listenerHealthyAfter = 30 * time.Second

// backoff returns min(base·2^(n-1), cap) with ±20% jitter, for n ≥ 1.
func backoff(base, cap time.Duration, n int) time.Duration {
	if n < 1 {
		n = 1
	}
	d := base
	for i := 1; i < n && d < cap; i++ {
		d *= 2
	}
	d = min(d, cap)
	jitter := 0.8 + 0.4*rand.Float64()
	return time.Duration(float64(d) * jitter)
}

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

// HandleFailure makes the scale set the supervisor of its children: a
// failed runner restarts alone after a capped, jittered exponential
// backoff until its retry budget is spent; a failed listener restarts with
// backoff forever, leaving runners alone.
func (s *scaleSet) HandleFailure(_ *actor.ActorSystem, sup actor.Supervisor, child *actor.PID, _ *actor.RestartStatistics, reason, _ any) {
	text := describe(reason)
	s.deps.failed(child, text)
	if s.listener != nil && child.Equal(s.listener) {
		s.listenerFailed(sup, child, text)
		return
	}
	name, ok := s.byPID[child.Id]
	rec := s.runners[name]
	if !ok || rec == nil {
		sup.StopChildren(child)
		return
	}
	rec.failures++
	rec.snap.LastError = text
	if f, ok := reason.(*runnerFailure); ok && f.runnerID > 0 {
		rec.snap.RunnerID = f.runnerID
	}
	s.restarts++
	if rec.intent != intentStop {
		s.startFailures++
	}
	s.deps.emit(Event{ScaleSet: s.name, Runner: name, Kind: EventRunnerRestart, Err: text})
	if rec.failures >= s.rc.Retry.Budget {
		if rec.intent == intentStop {
			rec.leaked = true
			s.log.Error("Giving up tearing a runner down; the orphan sweep will retry", "runner", name, "attempts", rec.failures, "err", text)
			s.deps.emit(Event{ScaleSet: s.name, Runner: name, Kind: EventLeaked, Err: text})
			sup.StopChildren(child)
			return
		}
		s.markGaveUp(rec, text)
		rec.intent = intentStop
		rec.failures = 0
		rec.stopReq = messages.Deprovision{Reason: "gave up", Force: true}
	}
	rec.snap.BackingOff = true
	delay := backoff(s.rc.Retry.BackoffBase.D(), s.rc.Retry.BackoffCap.D(), rec.failures)
	if s.draining {
		delay = 0
	}
	s.log.Info("Restarting runner after backoff", "runner", name, "failures", rec.failures, "wait", delay.Round(time.Millisecond), "err", text)
	system, self, pid := s.system, s.self, child
	rec.timer = time.AfterFunc(delay, func() { system.Root.Send(self, &restartRunner{name: name, pid: pid}) })
}

func (s *scaleSet) listenerFailed(sup actor.Supervisor, child *actor.PID, text string) {
	if s.stopListener {
		sup.StopChildren(child)
		return
	}
	if !s.lsince.IsZero() && time.Since(s.lsince) > listenerHealthyAfter {
		s.lfailures = 0
	}
	s.lsince = time.Time{}
	s.lfailures++
	s.lerr = text
	s.lstate = messages.ListenerBackoff
	s.sessionID = ""
	delay := backoff(s.deps.Timing.ListenerBackoffBase, s.deps.Timing.ListenerBackoffCap, s.lfailures)
	s.log.Warn("Listener failed; restarting it after backoff (runners keep working)", "failures", s.lfailures, "wait", delay.Round(time.Millisecond), "err", text)
	s.deps.emit(Event{ScaleSet: s.name, Kind: EventListenerFailed, Err: text})
	system, self := s.system, s.self
	s.ltimer = time.AfterFunc(delay, func() { system.Root.Send(self, &restartListener{pid: child}) })
}

// restartRunner restarts a failed runner and resends its intent.
func (s *scaleSet) restartRunner(ctx actor.Context, m *restartRunner) {
	rec := s.runners[m.name]
	if rec == nil || !rec.pid.Equal(m.pid) {
		return
	}
	rec.timer = nil
	rec.snap.BackingOff = false
	ctx.(actor.Supervisor).RestartChildren(rec.pid)
	if s.draining && rec.intent != intentStop {
		rec.intent = intentStop
		rec.failures = 0
		rec.stopReq = messages.Deprovision{Reason: "drain", Force: true}
	}
	switch rec.intent {
	case intentStop:
		req := rec.stopReq
		req.Attempt = rec.failures + 1
		req.RunnerID = rec.snap.RunnerID
		// A registration may exist even when its ID never came back (a
		// request cut short): the runner then looks it up by name.
		req.Registered = true
		ctx.Send(rec.pid, &req)
	default:
		// An adopted runner that failed is provisioned afresh.
		rec.intent = intentProvision
		rec.snap.Attempts = rec.failures + 1
		ctx.Send(rec.pid, &messages.Provision{Attempt: rec.failures + 1, ScaleSetID: s.scaleSetID, Runner: s.rc, PrevRunnerID: rec.snap.RunnerID})
	}
}

// drain stops taking jobs: capacity 0, idle and provisioning runners go,
// running jobs may finish until the deadline.
func (s *scaleSet) drain(ctx actor.Context, deadline time.Time) {
	if !s.draining {
		s.log.Info("Draining", "runners", len(s.runners), "deadline", deadline.Format(time.RFC3339))
	}
	s.draining = true
	s.updateCapacity(ctx)
	for _, rec := range s.runners {
		if rec.timer != nil {
			// A runner waiting out a backoff stops now instead.
			rec.timer.Stop()
			s.send(ctx, &restartRunner{name: rec.snap.Name, pid: rec.pid})
			continue
		}
		if rec.intent != intentStop && rec.snap.Phase != messages.RunnerRunning {
			s.requestStop(ctx, rec, messages.Deprovision{Reason: "drain"})
		}
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

// forceDrain tears down every runner, running jobs included.
func (s *scaleSet) forceDrain(ctx actor.Context) {
	if len(s.runners) > 0 {
		s.log.Warn("Drain deadline reached; stopping running jobs", "runners", len(s.runners))
	}
	for _, rec := range s.runners {
		if rec.timer == nil {
			s.requestStop(ctx, rec, messages.Deprovision{Reason: "drain deadline", Force: true})
		}
	}
}

// finishDrain closes the session once no runner is left, then stops.
func (s *scaleSet) finishDrain(ctx actor.Context) {
	if len(s.runners) > 0 {
		return
	}
	if s.listener == nil {
		s.log.Info("Drained")
		ctx.Stop(ctx.Self())
		return
	}
	if s.stopListener {
		return
	}
	s.stopListener = true
	if s.ltimer != nil {
		s.ltimer.Stop()
	}
	if s.lstate == messages.ListenerBackoff {
		// The failed listener already closed its session.
		ctx.Stop(s.listener)
		return
	}
	ctx.Send(s.listener, &messages.StopListener{})
}

// snapshot copies the scale set's state for status.
func (s *scaleSet) snapshot() *messages.ScaleSetSnapshot {
	snap := &messages.ScaleSetSnapshot{
		Name:             s.name,
		State:            StateActive,
		ScaleSetID:       s.scaleSetID,
		Backend:          s.rc.ProviderType(),
		BackendHealthy:   s.healthy,
		BackendError:     s.healthErr,
		Listener:         s.lstate,
		ListenerError:    s.lerr,
		ListenerRestarts: s.lrestarts,
		SessionID:        s.sessionID,
		Statistics:       s.stats,
		MaxRunners:       s.rc.MaxRunners,
		MinIdle:          s.rc.MinIdle,
		Capacity:         int(s.capacity.Load()),
		Desired:          s.desired(),
		Failed:           append([]messages.RunnerSnapshot(nil), s.failed...),
		Provisioned:      s.provisionedN,
		StartFailures:    s.startFailures,
		RunnerRestarts:   s.restarts,
		GaveUp:           s.gaveUpN,
		JobsStarted:      s.jobsStarted,
		JobsCompleted:    s.jobsCompleted,
		UnknownRunnerMsg: s.unknownMsgs,
	}
	switch {
	case s.setupErr != nil:
		snap.State, snap.Error = StateError, s.setupErr.Error()
	case s.draining:
		snap.State = StateDraining
	}
	snap.Runners = make([]messages.RunnerSnapshot, 0, len(s.runners))
	for _, rec := range s.runners {
		r := rec.snap
		r.GaveUp, r.Leaked = rec.gaveUp, rec.leaked
		snap.Runners = append(snap.Runners, r)
	}
	sort.Slice(snap.Runners, func(i, j int) bool { return snap.Runners[i].Name < snap.Runners[j].Name })
	return snap
}
