package actors

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/causes"
	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/messages"
)

// runnerFailure is the panic value of a runner: the scale set restarts it
// with backoff (or gives up) depending on its record. It carries the facts
// the runner learnt, which the scale set needs for the next attempt (the
// registration to remove): the supervisor hears of the failure before any
// transition the runner sent just before it.
type runnerFailure struct {
	err      error
	runnerID int
	ranJob   bool
	// permanent marks a start that cannot succeed on retry.
	permanent bool
}

func (f *runnerFailure) Error() string { return f.err.Error() }

// Async results, tagged with the incarnation that asked.
type (
	jitReady struct {
		gen      uint64
		runnerID int
	}
	provisioned struct {
		gen uint64
		err error
	}
	envExited struct {
		gen    uint64
		status backends.ExitStatus
		err    error
	}
	deprovisioned struct {
		gen    uint64
		stayed bool
		err    error
	}
)

// runner owns one environment: JIT config → Start → wait → Stop →
// deregister. Its lifecycle is the state machine of runner_state.go; it
// reports every phase change to its scale set, whose record owns the
// durable facts and hands them down with every order.
type runner struct {
	spec *runnerSpec
	gen  uint64

	state    runnerState
	reported messages.RunnerPhase // the phase the scale set last heard of
	rc       *config.RunnerConfig
	// facts is this incarnation's copy of the record's facts, with what it
	// learnt since.
	facts        messages.RunnerFacts
	attempt      int
	attemptStart time.Time
	stopReq      messages.Deprovision
	// preparing is set while a warm environment is made; unbound while the
	// environment has never been given a registration (nothing to remove).
	preparing  bool
	unbound    bool
	cancelWork context.CancelFunc
	cancelWait context.CancelFunc
}

func newRunnerProps(spec *runnerSpec) *actor.Props {
	return spec.deps.props(func() actor.Actor { return &runner{spec: spec} })
}

// Receive dispatches the runner's messages to their handlers.
func (r *runner) Receive(ctx actor.Context) {
	switch m := ctx.Message().(type) {
	case *actor.Started:
		r.gen = nextGeneration()
	case *actor.Restarting, *actor.Stopping:
		r.cancelAll()
	case *messages.Provision:
		r.onProvision(ctx, m)
	case *messages.Bind:
		r.onBind(ctx, m)
	case *messages.Adopt:
		r.onAdopt(ctx, m)
	case *messages.Deprovision:
		r.onDeprovision(ctx, m)
	case *messages.JobStarted:
		r.onJobStarted(ctx)
	case *jitReady:
		// The scale set learns the ID with the next transition (or the
		// failure); a report of its own would double its mailbox load.
		if m.gen == r.gen {
			r.facts.RunnerID = m.runnerID
		}
	case *provisioned:
		if m.gen == r.gen {
			r.onProvisioned(ctx, m.err)
		}
	case *envExited:
		if m.gen == r.gen {
			r.onExited(ctx, m)
		}
	case *deprovisioned:
		if m.gen == r.gen {
			r.onDeprovisioned(ctx, m)
		}
	}
}

func (r *runner) log() *slog.Logger { return r.spec.logger }

func (r *runner) cancelAll() {
	if r.cancelWork != nil {
		r.cancelWork()
	}
	if r.cancelWait != nil {
		r.cancelWait()
	}
}

// news is what a transition reports besides the new phase.
type news struct {
	kept bool
	done bool
}

// to moves the runner to state next and reports the change; an impossible
// transition is refused.
func (r *runner) to(ctx actor.Context, next runnerState, n news) bool {
	if !canTransition(r.state, next) {
		r.log().Warn("refusing an impossible runner transition", logkey.From, r.state.String(), logkey.To, next.String())
		return false
	}
	r.log().Debug("runner transition", logkey.From, r.state.String(), logkey.To, next.String())
	r.state = next
	if next.phase() != r.reported || n != (news{}) {
		r.report(ctx, n)
	}
	return true
}

// report sends the runner's phase and what it learnt to its scale set.
func (r *runner) report(ctx actor.Context, n news) {
	r.reported = r.state.phase()
	ctx.Send(ctx.Parent(), &messages.RunnerTransition{Name: r.spec.name, Phase: r.reported, At: time.Now(),
		RunnerID: r.facts.RunnerID, RanJob: r.facts.RanJob, Kept: n.kept, Done: n.done})
}

// learn takes in the facts of an order; what this incarnation learnt
// itself is kept.
func (r *runner) learn(f messages.RunnerFacts) {
	if r.facts.RunnerID == 0 {
		r.facts.RunnerID = f.RunnerID
	}
	r.facts.RanJob = r.facts.RanJob || f.RanJob
	r.facts.JobCompleted = r.facts.JobCompleted || f.JobCompleted
}

// onProvision registers the runner and starts its environment, off-mailbox.
func (r *runner) onProvision(ctx actor.Context, m *messages.Provision) {
	if r.state != runnerNew {
		r.log().Debug("ignoring a provision order", logkey.State, r.state.String())
		return
	}
	r.rc, r.attempt = m.Runner, m.Attempt
	r.learn(m.Facts)
	r.preparing, r.unbound = m.Warm, m.Warm
	// The scale set set the record's phase when it gave the order.
	r.to(ctx, runnerStarting, news{})
	r.attemptStart = time.Now()
	work, cancel := context.WithCancel(context.Background())
	r.cancelWork = cancel
	gen, self, system, spec := r.gen, ctx.Self(), ctx.ActorSystem(), r.spec
	req := *m
	go func() {
		defer cancel()
		var err error
		if req.Warm {
			err = spec.prepare(work, &req)
		} else {
			err = spec.provision(work, system, self, gen, &req)
		}
		system.Root.Send(self, &provisioned{gen: gen, err: err})
	}()
}

// onBind registers the runner and starts it inside its warm environment,
// off-mailbox.
func (r *runner) onBind(ctx actor.Context, m *messages.Bind) {
	if r.state != runnerWarm {
		r.log().Debug("ignoring a bind order", logkey.State, r.state.String())
		return
	}
	if r.cancelWait != nil {
		r.cancelWait()
		r.cancelWait = nil
	}
	r.rc, r.unbound = m.Runner, false
	r.to(ctx, runnerStarting, news{})
	r.attemptStart = time.Now()
	work, cancel := context.WithCancel(context.Background())
	r.cancelWork = cancel
	gen, self, system, spec := r.gen, ctx.Self(), ctx.ActorSystem(), r.spec
	req := *m
	go func() {
		defer cancel()
		err := spec.bind(work, system, self, gen, &req)
		system.Root.Send(self, &provisioned{gen: gen, err: err})
	}()
}

// onAdopt attaches to an environment that survived a daemon restart.
func (r *runner) onAdopt(ctx actor.Context, m *messages.Adopt) {
	if r.state != runnerNew {
		r.log().Debug("ignoring an adopt order", logkey.State, r.state.String())
		return
	}
	r.rc = m.Runner
	r.learn(m.Facts)
	if m.Partial {
		r.teardown(ctx, messages.Deprovision{Reason: "adopted a half-started environment"}, news{})
		return
	}
	if !m.Running {
		r.teardown(ctx, messages.Deprovision{Reason: "adopted an exited environment", Force: true}, news{})
		return
	}
	r.log().Info("adopted a running environment", logkey.RunnerID, r.facts.RunnerID)
	// Idle: a scale-down first asks GitHub to remove the registration,
	// which it refuses while the runner has a job.
	r.to(ctx, runnerIdle, news{})
	r.watch(ctx)
}

// onDeprovision handles a stop order in every state.
func (r *runner) onDeprovision(ctx actor.Context, m *messages.Deprovision) {
	r.learn(m.Facts)
	if r.rc == nil {
		r.rc = m.Runner
	}
	switch r.state {
	case runnerNew, runnerIdle, runnerWarm:
		r.teardown(ctx, *m, news{})
	case runnerRunning:
		if !m.Force {
			r.log().Debug("a gentle stop found the runner running a job; it stays", logkey.Reason, m.Reason)
			r.report(ctx, news{kept: true})
			return
		}
		r.teardown(ctx, *m, news{})
	case runnerStarting:
		// Cancel the start; its result begins the teardown.
		r.stopReq = *m
		r.to(ctx, runnerCancelling, news{})
		if r.cancelWork != nil {
			r.cancelWork()
		}
	case runnerCancelling, runnerStopping:
		if m.Force {
			r.stopReq.Force = true
		}
	}
}

func (r *runner) onJobStarted(ctx actor.Context) {
	r.facts.RanJob = true
	if r.state == runnerIdle {
		r.to(ctx, runnerRunning, news{})
	}
	// While starting, the start's success moves the runner to running.
}

func (r *runner) onProvisioned(ctx actor.Context, err error) {
	r.cancelWork = nil
	switch r.state {
	case runnerCancelling:
		r.teardown(ctx, r.stopReq, news{})
		return
	case runnerStarting:
	default:
		return
	}
	if err != nil {
		r.log().Warn("runner failed to start", logkey.Attempt, r.attempt, logkey.Error, causes.Of(err).Short())
		r.log().Debug("the failure in full", logkey.Error, err)
		r.spec.deps.emit(messages.Event{ScaleSet: r.spec.scaleSet, Runner: r.spec.name, Kind: messages.EventStartFailed, Err: err.Error(),
			Backend: r.rc.ProviderType(), Latency: time.Since(r.attemptStart)})
		// The scale set decides: retry, or give up at once on a
		// permanent error.
		panic(&runnerFailure{err: err, runnerID: r.facts.RunnerID, ranJob: r.facts.RanJob, permanent: backends.IsPermanent(err)})
	}
	if r.preparing {
		r.preparing = false
		r.log().Debug("warm environment ready", logkey.Took, time.Since(r.attemptStart).Round(time.Millisecond))
		r.spec.deps.emit(messages.Event{ScaleSet: r.spec.scaleSet, Runner: r.spec.name, Kind: messages.EventWarmReady,
			Backend: r.rc.ProviderType(), Latency: time.Since(r.attemptStart)})
		r.to(ctx, runnerWarm, news{})
		r.watch(ctx)
		return
	}
	r.log().Info("runner started", logkey.RunnerID, r.facts.RunnerID, logkey.Attempt, r.attempt, logkey.Took, time.Since(r.attemptStart).Round(time.Millisecond))
	r.spec.deps.emit(messages.Event{ScaleSet: r.spec.scaleSet, Runner: r.spec.name, Kind: messages.EventProvisioned,
		Backend: r.rc.ProviderType(), Latency: time.Since(r.attemptStart)})
	next := runnerIdle
	if r.facts.RanJob {
		next = runnerRunning
	}
	r.to(ctx, next, news{})
	r.watch(ctx)
}

// watch waits, off-mailbox, for the environment's runner to exit.
func (r *runner) watch(ctx actor.Context) {
	w, ok := r.spec.prov.(backends.Waiter)
	if !ok {
		return
	}
	wctx, cancel := context.WithCancel(context.Background())
	r.cancelWait = cancel
	gen, self, system, spec := r.gen, ctx.Self(), ctx.ActorSystem(), r.spec
	go spec.wait(wctx, w, system, self, gen)
}

// onExited handles the end of the environment's runner process.
func (r *runner) onExited(ctx actor.Context, m *envExited) {
	r.cancelWait = nil
	if r.state == runnerWarm {
		r.log().Info("a warm environment ended before it was bound; it is replaced", logkey.Reason, m.status.Reason)
		r.teardown(ctx, messages.Deprovision{Reason: "warm environment ended", Force: true}, news{})
		return
	}
	if r.state != runnerIdle && r.state != runnerRunning {
		return
	}
	status := m.status
	if m.err != nil && errors.Is(m.err, backends.ErrNotFound) {
		status = backends.ExitStatus{Code: -1, Reason: "environment disappeared"}
	} else if m.err != nil {
		status = backends.ExitStatus{Code: -1, Reason: m.err.Error()}
	}
	if r.facts.RanJob || status.Code == 0 {
		// An ephemeral runner exits 0 after its job, sometimes before
		// GitHub's JobStarted message arrives.
		r.facts.RanJob = true
		r.log().Info("runner exited", logkey.Code, status.Code, logkey.Reason, status.Reason)
		r.teardown(ctx, messages.Deprovision{Reason: "runner exited", Force: true}, news{})
		return
	}
	err := fmt.Errorf("runner exited before taking a job (code %d, %s)", status.Code, status.Reason)
	if status.LogTail != "" {
		r.log().Warn("runner exited before taking a job", logkey.Code, status.Code, logkey.Reason, status.Reason, logkey.Output, status.LogTail)
	}
	panic(&runnerFailure{err: err, runnerID: r.facts.RunnerID})
}

// teardown moves the runner to stopping (unless it is there already) and
// tears it down, off-mailbox.
func (r *runner) teardown(ctx actor.Context, req messages.Deprovision, n news) {
	if r.state != runnerStopping && !r.to(ctx, runnerStopping, n) {
		return
	}
	r.stopReq = req
	if r.cancelWait != nil {
		r.cancelWait()
		r.cancelWait = nil
	}
	r.log().Debug("stopping runner", logkey.Reason, req.Reason, logkey.Attempt, max(req.Attempt, 1))
	stopTimeout := config.DefaultStopTimeout
	if r.rc != nil {
		stopTimeout = r.rc.StopTimeout.D()
	}
	plan := planTeardown(r.facts, req, stopTimeout)
	if r.unbound {
		// A warm environment never had a registration.
		plan.deregister = false
	}
	work, cancel := context.WithCancel(context.Background())
	r.cancelWork = cancel
	gen, self, system, spec := r.gen, ctx.Self(), ctx.ActorSystem(), r.spec
	go func() {
		defer cancel()
		stayed, err := spec.teardown(work, plan)
		system.Root.Send(self, &deprovisioned{gen: gen, stayed: stayed, err: err})
	}()
}

func (r *runner) onDeprovisioned(ctx actor.Context, m *deprovisioned) {
	r.cancelWork = nil
	if r.state != runnerStopping {
		return
	}
	switch {
	case m.stayed && r.stopReq.Force:
		// A forced stop arrived while GitHub refused the gentle one.
		r.facts.RanJob = true
		r.teardown(ctx, r.stopReq, news{})
	case m.stayed:
		// GitHub gave the idle runner a job just now: keep it.
		r.facts.RanJob = true
		r.log().Info("runner kept: GitHub assigned it a job")
		r.to(ctx, runnerRunning, news{kept: true})
		r.watch(ctx)
	case m.err != nil:
		r.log().Warn("runner teardown failed", logkey.Attempt, max(r.stopReq.Attempt, 1), logkey.Error, causes.Of(m.err).Short())
		r.log().Debug("the failure in full", logkey.Error, m.err)
		panic(&runnerFailure{err: m.err, runnerID: r.facts.RunnerID, ranJob: r.facts.RanJob})
	default:
		r.log().Info("runner stopped", logkey.Reason, r.stopReq.Reason)
		r.spec.deps.emit(messages.Event{ScaleSet: r.spec.scaleSet, Runner: r.spec.name, Kind: messages.EventStopped})
		// The scale set stops the actor once it has applied this last
		// transition: stopping itself, its termination could overtake it.
		r.to(ctx, runnerStopped, news{done: true})
	}
}
