package actors

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/actions/scaleset"
	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/ghpool"
	"github.com/outrunner/outrunner/internal/journal"
	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/messages"
)

// registry is the GitHub access a runner needs. *ghpool.Pool satisfies it;
// tests pass an in-memory one.
type registry interface {
	// URL is the GitHub URL the runners register with.
	URL() string
	// GenerateJIT registers a runner and returns its JIT configuration.
	GenerateJIT(ctx context.Context, scaleSetID int, name string) (*scaleset.RunnerScaleSetJitRunnerConfig, error)
	// RemoveRunner removes a registration by ID.
	RemoveRunner(ctx context.Context, runnerID int) error
	// RemoveRunnerByName removes a registration by runner name.
	RemoveRunnerByName(ctx context.Context, name string) error
}

// runnerSpec is what a runner actor is born with; it survives restarts.
// Its methods run in goroutines, off the actor's mailbox.
type runnerSpec struct {
	name     string
	scaleSet string
	prov     backends.Provisioner
	registry registry
	journal  *journal.Journal
	logger   *slog.Logger
	deps     *Deps
}

// jitTimeout bounds a registration request, which is not cancelled with
// the provisioning that asked for it.
const jitTimeout = 2 * time.Minute

// provision cleans up an earlier attempt, registers, and starts the
// environment.
func (s *runnerSpec) provision(ctx context.Context, system *actor.ActorSystem, self *actor.PID, gen uint64, m *messages.Provision) error {
	rc := m.Runner
	s.deps.emit(messages.Event{ScaleSet: s.scaleSet, Runner: s.name, Kind: messages.EventProvisioning, Attempt: m.Attempt})
	if m.Attempt > 1 {
		stopCtx, cancel := context.WithTimeout(ctx, rc.StopTimeout.D())
		err := s.prov.Stop(stopCtx, s.name)
		cancel()
		if err != nil {
			return fmt.Errorf("cleaning up the previous attempt: %w", err)
		}
		if id := m.Facts.RunnerID; id > 0 {
			if err := s.registry.RemoveRunner(ctx, id); err != nil && !errors.Is(err, scaleset.JobStillRunningError) {
				return fmt.Errorf("removing the previous registration: %w", err)
			}
		}
	}
	s.record(journal.Entry{ScaleSet: s.scaleSet, Name: s.name, URL: s.registry.URL()})
	apiStart := time.Now()
	// A registration request is not cancelled halfway: GitHub may create
	// the registration even when the answer is never read, and the runner
	// must learn its ID to remove it.
	waits := &ghpool.Waits{}
	jitCtx, cancelJIT := context.WithTimeout(ghpool.WithWaits(context.WithoutCancel(ctx), waits), jitTimeout)
	jit, err := s.registry.GenerateJIT(jitCtx, m.ScaleSetID, s.name)
	cancelJIT()
	apiTime := time.Since(apiStart)
	if err != nil {
		return fmt.Errorf("registering the runner with GitHub: %w", err)
	}
	s.record(journal.Entry{ScaleSet: s.scaleSet, Name: s.name, URL: s.registry.URL(), RunnerID: jit.Runner.ID})
	system.Root.Send(self, &jitReady{gen: gen, runnerID: jit.Runner.ID})
	s.deps.emit(messages.Event{ScaleSet: s.scaleSet, Runner: s.name, Kind: messages.EventRegistered, APITime: apiTime,
		LaneWait: waits.Lane(), RateWait: waits.Rate(), Attempt: m.Attempt})
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("provisioning cancelled: %w", err)
	}

	startCtx, cancel := context.WithTimeout(ctx, rc.StartTimeout.D())
	defer cancel()
	if !m.DemandAt.IsZero() {
		s.deps.emit(messages.Event{ScaleSet: s.scaleSet, Runner: s.name, Kind: messages.EventStarting, Latency: time.Since(m.DemandAt), APITime: apiTime})
	}
	if err := s.prov.Start(startCtx, &backends.RunnerRequest{Name: s.name, JITConfig: jit.EncodedJITConfig, Runner: rc}); err != nil {
		return fmt.Errorf("starting the environment: %w", err)
	}
	return nil
}

// prepare boots a warm environment (cleaning up an earlier attempt first).
func (s *runnerSpec) prepare(ctx context.Context, m *messages.Provision) error {
	b, ok := s.prov.(backends.Binder)
	if !ok {
		return backends.Permanentf("the %s backend cannot prepare warm environments", m.Runner.ProviderType())
	}
	if m.Attempt > 1 {
		stopCtx, cancel := context.WithTimeout(ctx, m.Runner.StopTimeout.D())
		err := s.prov.Stop(stopCtx, s.name)
		cancel()
		if err != nil {
			return fmt.Errorf("cleaning up the previous attempt: %w", err)
		}
	}
	startCtx, cancel := context.WithTimeout(ctx, m.Runner.StartTimeout.D())
	defer cancel()
	if err := b.Prepare(startCtx, s.name, m.Runner); err != nil {
		return fmt.Errorf("preparing a warm environment: %w", err)
	}
	return nil
}

// bind registers the runner and starts it inside its warm environment.
// The journal entry comes first: after a crash it tells a bound warm
// environment from one never bound.
func (s *runnerSpec) bind(ctx context.Context, system *actor.ActorSystem, self *actor.PID, gen uint64, m *messages.Bind) error {
	b, ok := s.prov.(backends.Binder)
	if !ok {
		return backends.Permanentf("the %s backend cannot bind warm environments", m.Runner.ProviderType())
	}
	s.record(journal.Entry{ScaleSet: s.scaleSet, Name: s.name, URL: s.registry.URL()})
	apiStart := time.Now()
	jitCtx, cancelJIT := context.WithTimeout(context.WithoutCancel(ctx), jitTimeout)
	jit, err := s.registry.GenerateJIT(jitCtx, m.ScaleSetID, s.name)
	cancelJIT()
	apiTime := time.Since(apiStart)
	if err != nil {
		return fmt.Errorf("registering the runner with GitHub: %w", err)
	}
	s.record(journal.Entry{ScaleSet: s.scaleSet, Name: s.name, URL: s.registry.URL(), RunnerID: jit.Runner.ID})
	system.Root.Send(self, &jitReady{gen: gen, runnerID: jit.Runner.ID})
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("binding cancelled: %w", err)
	}
	if !m.DemandAt.IsZero() {
		s.deps.emit(messages.Event{ScaleSet: s.scaleSet, Runner: s.name, Kind: messages.EventStarting, Latency: time.Since(m.DemandAt), APITime: apiTime})
	}
	bindCtx, cancel := context.WithTimeout(ctx, m.Runner.StartTimeout.D())
	defer cancel()
	bindStart := time.Now()
	if err := b.Bind(bindCtx, &backends.RunnerRequest{Name: s.name, JITConfig: jit.EncodedJITConfig, Runner: m.Runner}); err != nil {
		return fmt.Errorf("binding the warm environment: %w", err)
	}
	s.deps.emit(messages.Event{ScaleSet: s.scaleSet, Runner: s.name, Kind: messages.EventBound, Backend: m.Runner.ProviderType(),
		Latency: time.Since(bindStart), APITime: apiTime})
	return nil
}

// record writes a journal entry; a failure is logged, not fatal.
func (s *runnerSpec) record(e journal.Entry) {
	if err := s.journal.Add(e); err != nil {
		s.logger.Warn("cannot write the registration journal", logkey.Error, err)
	}
	if s.deps.Registrations != nil {
		s.deps.Registrations.Add(e)
	}
}

// teardownPlan says how to take a runner down.
type teardownPlan struct {
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
	// recheck looks a registration of unknown ID up again after this long
	// when the first lookup found nothing (see Deprovision.RecheckAfter).
	recheck     time.Duration
	stopTimeout time.Duration
}

// planTeardown derives the teardown of a runner from its facts and the
// stop request. Every runner may hold a registration, looked up by name
// when its ID is unknown.
func planTeardown(f messages.RunnerFacts, req messages.Deprovision, stopTimeout time.Duration) teardownPlan {
	return teardownPlan{
		runnerID:        f.RunnerID,
		deregister:      !f.JobCompleted,
		deregisterFirst: !req.Force && !f.RanJob,
		// A runner that ran its job is normally gone from GitHub already:
		// look before spending a rate-limited removal.
		lookUpFirst: f.RanJob,
		recheck:     recheckOf(f, req),
		stopTimeout: stopTimeout,
	}
}

func recheckOf(f messages.RunnerFacts, req messages.Deprovision) time.Duration {
	if f.RunnerID != 0 {
		return 0
	}
	return req.RecheckAfter
}

// teardown stops the environment and removes the registration. stayed
// reports that GitHub refused a removal made first because the runner has
// a job: the environment is left running.
func (s *runnerSpec) teardown(ctx context.Context, t teardownPlan) (stayed bool, err error) {
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
		if err == nil && id == 0 && t.recheck > 0 {
			// A JIT call of a killed daemon may still create the
			// registration: look once more before forgetting it.
			select {
			case <-time.After(t.recheck):
			case <-ctx.Done():
				return false, ctx.Err()
			}
			err = s.deregister(ctx, 0)
		}
		switch {
		case errors.Is(err, scaleset.JobStillRunningError):
			// GitHub has not yet noticed that the runner of a job is
			// gone. The journal keeps the registration; the orphan sweep
			// (or the next start, or outrunner cleanup) removes it once
			// GitHub lets go.
			s.logger.Info("GitHub still holds the registration of a stopped runner; it will be removed later", logkey.RunnerID, t.runnerID)
			return false, nil
		case err != nil:
			return false, fmt.Errorf("removing the registration: %w", err)
		}
	}
	if err := s.journal.Remove(s.scaleSet, s.name); err != nil {
		s.logger.Warn("cannot write the registration journal", logkey.Error, err)
	}
	if s.deps.Registrations != nil {
		s.deps.Registrations.Remove(s.scaleSet, s.name)
	}
	return false, nil
}

func (s *runnerSpec) deregister(ctx context.Context, runnerID int) error {
	if runnerID > 0 {
		return s.registry.RemoveRunner(ctx, runnerID)
	}
	return s.registry.RemoveRunnerByName(ctx, s.name)
}

// wait waits for the environment's runner process to exit; it reports
// nothing when ctx ends first.
func (s *runnerSpec) wait(ctx context.Context, w backends.Waiter, system *actor.ActorSystem, self *actor.PID, gen uint64) {
	status, err := w.Wait(ctx, s.name)
	if ctx.Err() != nil {
		return
	}
	system.Root.Send(self, &envExited{gen: gen, status: status, err: err})
}
