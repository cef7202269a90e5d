package actors

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/actions/scaleset"
	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/actors/ghpool"
	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/journal"
	"github.com/outrunner/outrunner/messages"
)

// runnerSpec is what a runner actor is born with; it survives restarts.
type runnerSpec struct {
	name     string
	scaleSet string
	prov     backends.Provisioner
	pool     *ghpool.Pool
	journal  *journal.Journal
	logger   *slog.Logger
	deps     *Deps
}

// jitTimeout bounds a registration request, which is not cancelled with
// the provisioning that asked for it.
const jitTimeout = 2 * time.Minute

// runnerFailure is the panic value of a runner: the scale set restarts it
// with backoff (or gives up) depending on its record. It carries the
// registration the runner knew of, which the scale set must remove before
// the next attempt: the supervisor hears of the failure before any update
// the runner sent just before it.
type runnerFailure struct {
	err      error
	runnerID int
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

// runner owns one environment: JIT config → Start → wait → Stop → deregister.
type runner struct {
	spec *runnerSpec
	gen  uint64
	self *actor.PID

	snap       messages.RunnerSnapshot
	rc         *config.RunnerConfig
	scaleSetID int
	registered bool // a registration may exist on GitHub
	jobStarted bool
	jobDone    bool

	busy         bool // provisioning or deprovisioning in flight
	attemptStart time.Time
	stopping     bool
	stopReq      messages.Deprovision
	cancelWork   context.CancelFunc
	cancelWait   context.CancelFunc
}

func newRunnerProps(spec *runnerSpec) *actor.Props {
	return spec.deps.props(func() actor.Actor { return &runner{spec: spec} })
}

// Receive handles the runner's messages.
func (r *runner) Receive(ctx actor.Context) {
	switch m := ctx.Message().(type) {
	case *actor.Started:
		r.gen = nextGeneration()
		r.self = ctx.Self()
		r.snap = messages.RunnerSnapshot{Name: r.spec.name, CreatedAt: time.Now(), PhaseSince: time.Now()}
	case *actor.Restarting, *actor.Stopping:
		r.cancelAll()
	case *messages.Provision:
		r.provision(ctx, m)
	case *messages.Adopt:
		r.adopt(ctx, m)
	case *messages.Deprovision:
		r.deprovisionRequested(ctx, m)
	case *messages.JobStarted:
		r.jobStarted = true
		r.snap.RanJob = true
		r.snap.JobID = m.JobID
		if r.snap.Phase == messages.RunnerIdle {
			r.setPhase(ctx, messages.RunnerRunning)
		} else {
			r.report(ctx)
		}
	case *messages.JobCompleted:
		r.jobStarted = true
		r.jobDone = true
		r.snap.RanJob = true
		r.startDeprovision(ctx, messages.Deprovision{Reason: "job completed (" + m.Result + ")", Force: true})
	case *jitReady:
		// The scale set learns the ID with the next phase change (or the
		// failure); a report of its own would double its mailbox load.
		if m.gen == r.gen {
			r.snap.RunnerID = m.runnerID
			r.registered = true
		}
	case *provisioned:
		if m.gen == r.gen {
			r.provisioned(ctx, m.err)
		}
	case *envExited:
		if m.gen == r.gen {
			r.exited(ctx, m)
		}
	case *deprovisioned:
		if m.gen == r.gen {
			r.deprovisioned(ctx, m)
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

func (r *runner) setPhase(ctx actor.Context, p messages.RunnerPhase) {
	if r.snap.Phase != p {
		r.snap.Phase = p
		r.snap.PhaseSince = time.Now()
	}
	r.report(ctx)
}

// report sends the runner's snapshot to its scale set.
func (r *runner) report(ctx actor.Context) {
	ctx.Send(ctx.Parent(), &messages.RunnerUpdate{Snapshot: r.snap})
}

// provision registers the runner and starts its environment, off-mailbox.
func (r *runner) provision(ctx actor.Context, m *messages.Provision) {
	if r.busy || r.stopping {
		return
	}
	r.rc, r.scaleSetID = m.Runner, m.ScaleSetID
	r.snap.Attempts = m.Attempt
	r.snap.BackingOff = false
	if m.PrevRunnerID > 0 {
		r.snap.RunnerID = m.PrevRunnerID
		r.registered = true
	}
	if m.Attempt > 1 {
		// A first attempt is what the scale set's record already says.
		r.setPhase(ctx, messages.RunnerProvisioning)
	}
	r.busy = true
	r.attemptStart = time.Now()
	// From here a registration may exist even if its answer never arrives
	// (a cancelled request): teardown then looks it up by name.
	r.registered = true

	work, cancel := context.WithCancel(context.Background())
	r.cancelWork = cancel
	gen, self, system := r.gen, ctx.Self(), ctx.ActorSystem()
	spec := r.spec
	req := *m
	go func() {
		defer cancel()
		err := spec.provision(work, system, self, gen, &req)
		system.Root.Send(self, &provisioned{gen: gen, err: err})
	}()
}

// provision runs in a goroutine: clean up an earlier attempt, register,
// start the environment.
func (s *runnerSpec) provision(ctx context.Context, system *actor.ActorSystem, self *actor.PID, gen uint64, m *messages.Provision) error {
	rc, prevID := m.Runner, m.PrevRunnerID
	if m.Attempt > 1 {
		stopCtx, cancel := context.WithTimeout(ctx, rc.StopTimeout.D())
		err := s.prov.Stop(stopCtx, s.name)
		cancel()
		if err != nil {
			return fmt.Errorf("cleaning up the previous attempt: %w", err)
		}
		if prevID > 0 {
			if err := s.pool.RemoveRunner(ctx, prevID); err != nil && !errors.Is(err, scaleset.JobStillRunningError) {
				return fmt.Errorf("removing the previous registration: %w", err)
			}
		}
	}
	if err := s.journal.Add(journal.Entry{ScaleSet: s.scaleSet, Name: s.name, URL: s.pool.URL()}); err != nil {
		s.logger.Warn("Cannot write the registration journal", "err", err)
	}
	apiStart := time.Now()
	// A registration request is not cancelled halfway: GitHub may create
	// the registration even when the answer is never read, and the runner
	// must learn its ID to remove it.
	jitCtx, cancelJIT := context.WithTimeout(context.WithoutCancel(ctx), jitTimeout)
	jit, err := s.pool.GenerateJIT(jitCtx, m.ScaleSetID, s.name)
	cancelJIT()
	apiTime := time.Since(apiStart)
	if err != nil {
		return fmt.Errorf("registering the runner with GitHub: %w", err)
	}
	if err := s.journal.Add(journal.Entry{ScaleSet: s.scaleSet, Name: s.name, URL: s.pool.URL(), RunnerID: jit.Runner.ID}); err != nil {
		s.logger.Warn("Cannot write the registration journal", "err", err)
	}
	system.Root.Send(self, &jitReady{gen: gen, runnerID: jit.Runner.ID})
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("provisioning cancelled: %w", err)
	}

	startCtx, cancel := context.WithTimeout(ctx, rc.StartTimeout.D())
	defer cancel()
	if !m.DemandAt.IsZero() {
		s.deps.emit(Event{ScaleSet: s.scaleSet, Runner: s.name, Kind: EventStarting, Latency: time.Since(m.DemandAt), APITime: apiTime})
	}
	if err := s.prov.Start(startCtx, &backends.RunnerRequest{Name: s.name, JITConfig: jit.EncodedJITConfig, Runner: rc}); err != nil {
		return fmt.Errorf("starting the environment: %w", err)
	}
	return nil
}

func (r *runner) provisioned(ctx actor.Context, err error) {
	r.busy = false
	r.cancelWork = nil
	if r.stopping {
		r.startDeprovision(ctx, r.stopReq)
		return
	}
	if err != nil {
		r.snap.LastError = err.Error()
		r.log().Warn("Runner failed to start", "attempt", r.snap.Attempts, "err", err)
		r.spec.deps.emit(Event{ScaleSet: r.spec.scaleSet, Runner: r.spec.name, Kind: EventStartFailed, Err: err.Error(),
			Backend: r.rc.ProviderType(), Latency: time.Since(r.attemptStart)})
		if backends.IsPermanent(err) {
			r.giveUp(ctx, err)
			return
		}
		panic(&runnerFailure{err: err, runnerID: r.snap.RunnerID})
	}
	r.snap.StartedAt = time.Now()
	r.snap.LastError = ""
	r.log().Info("Runner started", "runnerID", r.snap.RunnerID, "attempt", r.snap.Attempts, "took", time.Since(r.snap.CreatedAt).Round(time.Millisecond))
	r.spec.deps.emit(Event{ScaleSet: r.spec.scaleSet, Runner: r.spec.name, Kind: EventProvisioned,
		Backend: r.rc.ProviderType(), Latency: time.Since(r.attemptStart)})
	phase := messages.RunnerIdle
	if r.jobStarted {
		phase = messages.RunnerRunning
	}
	r.setPhase(ctx, phase)
	r.watch(ctx)
}

// giveUp reports a runner that cannot be started and tears it down.
func (r *runner) giveUp(ctx actor.Context, err error) {
	r.log().Error("Runner gave up", "err", err)
	ctx.Send(ctx.Parent(), &messages.RunnerGaveUp{Name: r.spec.name, Error: err.Error()})
	r.startDeprovision(ctx, messages.Deprovision{Reason: "gave up", Force: true})
}

// watch waits, off-mailbox, for the environment's runner to exit.
func (r *runner) watch(ctx actor.Context) {
	w, ok := r.spec.prov.(backends.Waiter)
	if !ok {
		return
	}
	wctx, cancel := context.WithCancel(context.Background())
	r.cancelWait = cancel
	gen, self, system, name := r.gen, ctx.Self(), ctx.ActorSystem(), r.spec.name
	go func() {
		status, err := w.Wait(wctx, name)
		if wctx.Err() != nil {
			return
		}
		system.Root.Send(self, &envExited{gen: gen, status: status, err: err})
	}()
}

// exited handles the end of the environment's runner process.
func (r *runner) exited(ctx actor.Context, m *envExited) {
	r.cancelWait = nil
	if r.stopping {
		return
	}
	status := m.status
	if m.err != nil && errors.Is(m.err, backends.ErrNotFound) {
		status = backends.ExitStatus{Code: -1, Reason: "environment disappeared"}
	} else if m.err != nil {
		status = backends.ExitStatus{Code: -1, Reason: m.err.Error()}
	}
	if r.jobStarted || status.Code == 0 {
		// An ephemeral runner exits 0 after its job, sometimes before
		// GitHub's JobStarted message arrives.
		r.snap.RanJob = true
		r.log().Info("Runner exited", "code", status.Code, "reason", status.Reason)
		r.startDeprovision(ctx, messages.Deprovision{Reason: "runner exited", Force: true})
		return
	}
	err := fmt.Errorf("runner exited before taking a job (code %d, %s)", status.Code, status.Reason)
	if status.LogTail != "" {
		r.log().Warn("Runner exited before taking a job", "code", status.Code, "reason", status.Reason, "output", status.LogTail)
	}
	r.snap.LastError = err.Error()
	panic(&runnerFailure{err: err, runnerID: r.snap.RunnerID})
}

// adopt attaches to an environment that survived a daemon restart.
func (r *runner) adopt(ctx actor.Context, m *messages.Adopt) {
	r.rc, r.scaleSetID = m.Runner, m.ScaleSetID
	r.snap.Adopted = true
	r.snap.RunnerID = m.RunnerID
	r.registered = true
	if !m.Running {
		r.startDeprovision(ctx, messages.Deprovision{Reason: "adopted an exited environment", Force: true})
		return
	}
	r.log().Info("Adopted a running environment", "runnerID", m.RunnerID)
	// Idle: a scale-down first asks GitHub to remove the registration,
	// which it refuses while the runner has a job.
	r.setPhase(ctx, messages.RunnerIdle)
	r.watch(ctx)
}

func (r *runner) deprovisionRequested(ctx actor.Context, m *messages.Deprovision) {
	if m.RunnerID > 0 && r.snap.RunnerID == 0 {
		r.snap.RunnerID = m.RunnerID
	}
	if m.RunnerID > 0 || m.Registered {
		r.registered = true
	}
	r.snap.BackingOff = false
	if r.snap.Phase == messages.RunnerRunning && !m.Force && !r.stopping {
		return
	}
	r.startDeprovision(ctx, *m)
}

// startDeprovision begins the teardown, or defers it until provisioning
// in flight has returned.
func (r *runner) startDeprovision(ctx actor.Context, req messages.Deprovision) {
	if r.stopping && r.busy {
		if req.Force {
			r.stopReq.Force = true
		}
		return
	}
	r.stopping = true
	r.stopReq = req
	if r.busy {
		// Provisioning in flight: cancel it; its result starts the teardown.
		if r.cancelWork != nil {
			r.cancelWork()
		}
		r.setPhase(ctx, messages.RunnerStopping)
		return
	}
	if r.cancelWait != nil {
		r.cancelWait()
		r.cancelWait = nil
	}
	r.setPhase(ctx, messages.RunnerStopping)
	r.busy = true
	r.log().Debug("Stopping runner", "reason", req.Reason, "attempt", max(req.Attempt, 1))

	work, cancel := context.WithCancel(context.Background())
	r.cancelWork = cancel
	gen, self, system, spec := r.gen, ctx.Self(), ctx.ActorSystem(), r.spec
	stopTimeout := config.DefaultStopTimeout
	if r.rc != nil {
		stopTimeout = r.rc.StopTimeout.D()
	}
	plan := teardown{
		runnerID:        r.snap.RunnerID,
		deregister:      r.registered && !r.jobDone,
		deregisterFirst: r.registered && !req.Force && !r.jobStarted,
		// A runner that ran its job is normally gone from GitHub already:
		// look before spending a rate-limited removal.
		lookUpFirst: r.snap.RanJob,
		stopTimeout: stopTimeout,
	}
	go func() {
		defer cancel()
		stayed, err := spec.teardown(work, plan)
		system.Root.Send(self, &deprovisioned{gen: gen, stayed: stayed, err: err})
	}()
}

// teardown says how to take a runner down.
type teardown struct {
	runnerID int
	// deregister removes the registration (not needed after a completed
	// job: GitHub removes ephemeral runners itself).
	deregister bool
	// deregisterFirst removes the registration before the environment, so
	// that an idle runner that GitHub just gave a job is kept (GitHub
	// refuses to remove a runner with a job).
	deregisterFirst bool
	// lookUpFirst checks that GitHub still has the registration before
	// removing it.
	lookUpFirst bool
	stopTimeout time.Duration
}

func (s *runnerSpec) teardown(ctx context.Context, t teardown) (stayed bool, err error) {
	removed := false
	if t.deregister && t.deregisterFirst {
		if err := s.deregister(ctx, t.runnerID); err != nil {
			if errors.Is(err, scaleset.JobStillRunningError) {
				return true, nil
			}
			return false, fmt.Errorf("removing the registration: %w", err)
		}
		removed = true
	}
	stopCtx, cancel := context.WithTimeout(ctx, t.stopTimeout)
	err = s.prov.Stop(stopCtx, s.name)
	cancel()
	if err != nil {
		return false, fmt.Errorf("stopping the environment: %w", err)
	}
	if t.deregister && !removed {
		id := t.runnerID
		if t.lookUpFirst {
			id = 0 // by name: a lookup, then a removal only if needed
		}
		err := s.deregister(ctx, id)
		switch {
		case errors.Is(err, scaleset.JobStillRunningError):
			// GitHub has not yet noticed that the runner of a job is
			// gone. The journal keeps the registration; the orphan sweep
			// (or the next start, or outrunner cleanup) removes it once
			// GitHub lets go.
			s.logger.Info("GitHub still holds the registration of a stopped runner; it will be removed later", "runnerID", t.runnerID)
			return false, nil
		case err != nil:
			return false, fmt.Errorf("removing the registration: %w", err)
		}
	}
	if err := s.journal.Remove(s.scaleSet, s.name); err != nil {
		s.logger.Warn("Cannot write the registration journal", "err", err)
	}
	return false, nil
}

func (s *runnerSpec) deregister(ctx context.Context, runnerID int) error {
	if runnerID > 0 {
		return s.pool.RemoveRunner(ctx, runnerID)
	}
	return s.pool.RemoveRunnerByName(ctx, s.name)
}

func (r *runner) deprovisioned(ctx actor.Context, m *deprovisioned) {
	r.busy = false
	r.cancelWork = nil
	if m.stayed && r.stopReq.Force {
		// A forced stop arrived while GitHub refused the gentle one.
		r.jobStarted = true
		r.stopping = false
		r.startDeprovision(ctx, r.stopReq)
		return
	}
	if m.stayed {
		// GitHub gave the idle runner a job just now: keep it.
		r.stopping = false
		r.log().Info("Runner kept: GitHub assigned it a job")
		r.jobStarted = true
		r.setPhase(ctx, messages.RunnerRunning)
		ctx.Send(ctx.Parent(), &messages.RunnerStayed{Name: r.spec.name})
		r.watch(ctx)
		return
	}
	if m.err != nil {
		r.snap.LastError = m.err.Error()
		r.log().Warn("Runner teardown failed", "attempt", r.snap.Attempts, "err", m.err)
		panic(&runnerFailure{err: m.err, runnerID: r.snap.RunnerID})
	}
	r.log().Info("Runner stopped", "reason", r.stopReq.Reason)
	r.spec.deps.emit(Event{ScaleSet: r.spec.scaleSet, Runner: r.spec.name, Kind: EventStopped})
	ctx.Stop(ctx.Self())
}
