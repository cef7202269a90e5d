package actors

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/causes"
	"github.com/outrunner/outrunner/internal/ghpool"
	"github.com/outrunner/outrunner/internal/journal"
	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/messages"
)

// Internal messages of the scale set.
type (
	restartRunner struct {
		name string
		pid  *actor.PID
	}
	restartListener struct{ pid *actor.PID }
	adoption        struct {
		envs    []backends.Environment
		journal []journal.Entry
		err     error
	}
	healthTick    struct{}
	healthResult  struct{ err error }
	sweepTick     struct{}
	reconcileTick struct{}
	drainDeadline struct{}
)

// ScaleSetSpec is what a scale-set actor is born with.
type ScaleSetSpec struct {
	Name   string
	Runner *config.RunnerConfig
	Target messages.Target
	Deps   *Deps
}

// NewScaleSetProps returns the props of a scale-set actor.
func NewScaleSetProps(spec ScaleSetSpec) *actor.Props {
	return spec.Deps.props(func() actor.Actor {
		return &scaleSet{name: spec.Name, rc: spec.Runner, target: spec.Target, deps: spec.Deps}
	})
}

// scaleSet owns one runs-on label set: its runner records, the desired
// count, its GitHub pool and its provisioner. It never fails: failures are
// its children's. Its parts: the runner records (records.go), the scaling
// policy (policy.go), the listener slot (listener_slot.go), supervision
// (supervise.go), adoption and health (adopt.go), drain (drain.go) and the
// counters (counters.go).
type scaleSet struct {
	// Configuration.
	name   string
	rc     *config.RunnerConfig
	target messages.Target
	deps   *Deps
	log    *slog.Logger
	self   *actor.PID
	system *actor.ActorSystem

	// What the configuration opened.
	prov     backends.Provisioner
	pool     *ghpool.Pool
	setupErr error
	probing  bool // adoption and probes started
	// retiredProvs and retiredPools served an earlier configuration; their
	// runners may still use them, so they are closed when the actor stops.
	retiredProvs []backends.Provisioner
	retiredPools []*ghpool.Pool

	scaleSetID int
	capacity   atomic.Int64 // shared with the listener
	listener   listenerSlot
	// In a fleet, the leader's placement of the runners over the nodes
	// (for scaleSetID placedID) and the nodes where jobs just ended.
	placed   map[string]int
	placedID int
	freed    []freedSlot
	unplaced int            // demand the fleet had no room for
	unrouted map[string]int // job messages held per runner until its node is known

	// Scaling inputs.
	stats messages.Statistics
	// strandedSince is when the statistics began to show jobs available
	// while the scale set advertises capacity (stranded.go); zero when
	// they do not.
	strandedSince time.Time
	assigned      int
	adopted       bool
	spawnAfter    time.Time // new runners wait until then after give-ups
	giveUps       int       // consecutive give-ups, for the spawn backoff
	lastGiveUp    time.Time // when a runner last gave up; giveUpErr says why
	giveUpErr     string
	lastStart     time.Time // when a runner last started
	spawnTimer    *time.Timer

	book     runnerBook
	counters counters

	// hold is why the scale set last held back runners (for timelines).
	hold      messages.HoldReason
	holdLimit int
	// The warm pool: recent job arrivals and the measured cold start time,
	// for the adaptive target.
	arrivals  arrivalLog
	coldStart time.Duration

	healthy     bool
	healthErr   string
	healthTimer *time.Timer
	sweepTimer  *time.Timer
	// listing is set while an adoption listing is out; cleanupOwed from a
	// failed listing or teardown until a listing succeeds.
	listing, cleanupOwed bool

	draining   bool
	stopping   bool // the actor is being stopped (not drained)
	drainTimer *time.Timer
}

// Receive dispatches the scale set's messages to their handlers.
func (s *scaleSet) Receive(ctx actor.Context) {
	switch m := ctx.Message().(type) {
	case *actor.Started:
		s.started(ctx)
	case *actor.Restarting, *actor.Stopping:
		// The actor system stops every child next (a restarted scale set
		// adopts their environments again); spawning now would keep this
		// actor from ever finishing.
		s.release()
	case *actor.Terminated:
		s.terminated(ctx, m.Who)
	case *messages.DesiredRunners:
		s.desiredRunners(ctx, m)
	case *messages.StatisticsUpdate:
		s.statistics(ctx, m.Statistics)
	case *strandedTick:
		s.strandedCheck(ctx, m)
	case *messages.JobStarted:
		s.jobStarted(ctx, m, time.Time{})
	case *messages.JobCompleted:
		s.jobCompleted(ctx, m, time.Time{})
	case *unrouted:
		s.routeAgain(ctx, m)
	case *messages.ScaleSetReady:
		s.scaleSetReady(ctx, m)
	case *messages.ListenerStatus:
		s.listenerStatus(m)
	case *messages.RunnerTransition:
		s.runnerTransition(ctx, m)
	case *restartRunner:
		s.onRestartRunner(ctx, m)
	case *restartListener:
		s.onRestartListener(ctx, m)
	case *adoption:
		s.adopt(ctx, m)
	case *healthTick:
		s.probeHealth(ctx)
	case *healthResult:
		s.healthResult(ctx, m.err)
	case *sweepTick:
		s.sweep(ctx)
	case *reconcileTick:
		s.spawnTimer = nil
		s.reconcile(ctx, time.Time{})
	case *messages.Drain:
		s.drain(ctx, m.Deadline)
	case *drainDeadline:
		s.forceDrain(ctx)
	case *messages.UpdateConfig:
		s.updateConfig(ctx, m)
	case *messages.Leadership:
		s.leadershipChanged(ctx)
	case *messages.GetSnapshot:
		ctx.Respond(s.snapshot(time.Now()))
	}
}

func (s *scaleSet) started(ctx actor.Context) {
	s.self = ctx.Self()
	s.system = ctx.ActorSystem()
	s.log = s.deps.Logger.With(logkey.ScaleSet, s.name)
	s.book = newRunnerBook()
	s.healthy = true
	s.configure(ctx)
	s.log.Info("scale set started", logkey.Backend, s.rc.ProviderType(), logkey.MaxRunners, s.rc.MaxRunners, logkey.Labels, s.rc.Labels)
}

// configure opens what the current configuration needs and is not open
// yet: the provisioner, the GitHub pool, the listener, the probes. A
// failure leaves the scale set in the error state, taking no jobs, until
// its configuration changes.
func (s *scaleSet) configure(ctx actor.Context) {
	s.setupErr = nil
	if s.prov == nil {
		owner := backends.Ownership{DaemonID: s.deps.DaemonID, ScaleSet: s.name}
		prov, err := s.deps.Backends(owner, s.rc, s.log.With(logkey.Backend, s.rc.ProviderType()))
		if err != nil {
			s.setupErr = fmt.Errorf("backend %s: %w", s.rc.ProviderType(), err)
			s.log.Error("cannot use the backend; the scale set takes no jobs until its configuration changes", logkey.Error, causes.Short(s.setupErr.Error()))
			s.fullError(s.setupErr.Error())
			return
		}
		s.prov = prov
	}
	if s.pool == nil {
		if s.target.Err != nil {
			s.setupErr = s.target.Err
			s.log.Error("no usable GitHub URL or credentials; the scale set takes no jobs until its configuration changes", logkey.Error, causes.Short(s.setupErr.Error()))
			return
		}
		pool, err := s.deps.Pools.Acquire(s.target.URL, s.target.Creds)
		if err != nil {
			s.setupErr = fmt.Errorf("GitHub client for %s: %w", s.target.URL, err)
			s.log.Error("cannot create the GitHub client", logkey.Error, causes.Short(s.setupErr.Error()))
			return
		}
		s.pool = pool
	}
	if s.listener.state == slotEmpty && s.leads() {
		s.capacity.Store(int64(s.advertised()))
		s.spawnListener(ctx)
	} else {
		s.updateCapacity(ctx)
	}
	if s.probing {
		return
	}
	s.probing = true
	s.startAdoption(ctx)
	if _, ok := s.prov.(backends.HealthChecker); ok {
		s.send(ctx, &healthTick{})
	}
	if _, ok := s.prov.(backends.Lister); ok {
		s.scheduleSweep(ctx, s.deps.Timing.SweepInterval)
	}
}

// updateConfig applies a changed configuration: limits live, backend
// settings to new runners (idle ones are recycled), a new URL, credentials,
// labels or runner group by restarting only the listener.
func (s *scaleSet) updateConfig(ctx actor.Context, m *messages.UpdateConfig) {
	c := m.Change
	s.rc = m.Runner
	targetChanged := m.Target.Fingerprint() != s.target.Fingerprint()
	s.target = m.Target
	if c.Has(config.ChangeBackend) && s.prov != nil {
		// Runners keep the provisioner they were started with.
		s.retiredProvs = append(s.retiredProvs, s.prov)
		s.prov = nil
		for _, rec := range s.book.runners {
			if rec.idle() || (rec.warm && rec.intent != intentStop) {
				s.retire(ctx, rec, "configuration changed")
			}
		}
	}
	if (c.Has(config.ChangeListener) || targetChanged) && s.pool != nil {
		s.retiredPools = append(s.retiredPools, s.pool)
		s.pool = nil
		// A new listener starts once this one is gone.
		s.stopListener(ctx, s.listener.replace())
	}
	s.configure(ctx)
	s.log.Info("configuration applied", logkey.Changes, strings.Join(c.Details, "; "))
	s.reconcile(ctx, time.Time{})
}

// send delivers msg to the scale set itself, off the current message.
func (s *scaleSet) send(ctx actor.Context, msg any) {
	ctx.Send(ctx.Self(), msg)
}

// after delivers msg to the scale set after d.
func (s *scaleSet) after(ctx actor.Context, d time.Duration, msg any) *time.Timer {
	system, self := ctx.ActorSystem(), ctx.Self()
	return time.AfterFunc(d, func() { system.Root.Send(self, msg) })
}

// release stops timers and gives back the provisioner and GitHub pool.
func (s *scaleSet) release() {
	s.stopping = true
	for _, t := range []*time.Timer{s.healthTimer, s.sweepTimer, s.spawnTimer, s.drainTimer} {
		if t != nil {
			t.Stop()
		}
	}
	s.listener.stopTimer()
	for _, rec := range s.book.runners {
		if rec.timer != nil {
			rec.timer.Stop()
		}
	}
	for _, p := range append(s.retiredProvs, s.prov) {
		if p != nil {
			_ = p.Close()
		}
	}
	for _, p := range append(s.retiredPools, s.pool) {
		if p != nil {
			s.deps.Pools.Release(p)
		}
	}
	s.prov, s.pool, s.retiredProvs, s.retiredPools = nil, nil, nil, nil
}

func (s *scaleSet) spawnListener(ctx actor.Context) {
	spec := &listenerSpec{
		scaleSet: s.name,
		spec:     ghpool.ScaleSetSpec{Name: s.name, RunnerGroup: s.rc.RunnerGroup, Labels: s.rc.Labels},
		pool:     s.pool,
		owner:    s.deps.SessionOwner,
		parent:   ctx.Self(),
		capacity: &s.capacity,
		deps:     s.deps,
		logger:   s.log,
	}
	pid, err := ctx.SpawnNamed(newListenerProps(spec), "listener")
	if err != nil {
		s.log.Error("cannot spawn the listener", logkey.Error, err)
		return
	}
	s.listener.spawned(pid)
}

func (s *scaleSet) desiredRunners(ctx actor.Context, m *messages.DesiredRunners) {
	if n := m.AssignedJobs - s.assigned; n > 0 {
		s.arrivals.add(time.Now(), n, adaptiveHorizon(s.coldStart))
	}
	s.assigned = m.AssignedJobs
	s.deps.emit(messages.Event{ScaleSet: s.name, Kind: messages.EventDemand, At: m.ReceivedAt, Assigned: m.AssignedJobs})
	s.reconcile(ctx, m.ReceivedAt)
	ctx.Respond(&messages.DesiredRunnersResult{Target: scaleTarget(s.policyInput(time.Now()))})
}

func (s *scaleSet) scaleSetReady(ctx actor.Context, m *messages.ScaleSetReady) {
	if s.scaleSetID != 0 && s.scaleSetID != m.ScaleSetID {
		s.log.Warn("the scale set was re-created on GitHub", logkey.OldID, s.scaleSetID, logkey.NewID, m.ScaleSetID)
	}
	s.scaleSetID = m.ScaleSetID
	s.reconcile(ctx, time.Time{})
}

func (s *scaleSet) listenerStatus(m *messages.ListenerStatus) {
	if m.Error != "" && s.listener.err == "" {
		s.log.Warn("a GitHub request failed; the listener retries", logkey.Error, causes.Short(m.Error))
		s.fullError(m.Error)
	}
	if s.listener.status(m, time.Now()) {
		// Messages of the old session may be lost: stop waiting for them.
		clear(s.book.awaiting)
		s.log.Info("listening for jobs", logkey.Session, m.SessionID)
	}
}

// advertised is the capacity announced to GitHub: this node's, and in a
// fleet the other capable nodes' too.
func (s *scaleSet) advertised() int {
	if s.draining || s.setupErr != nil || !s.leads() {
		return 0
	}
	return s.ownCapacity() + s.fleetCapacity()
}

// updateCapacity tells the listener the capacity to advertise.
func (s *scaleSet) updateCapacity(ctx actor.Context) {
	c := int64(s.advertised())
	if s.capacity.Swap(c) != c && s.listener.pid != nil {
		ctx.Send(s.listener.pid, &messages.SetCapacity{Capacity: int(c)})
	}
}

// policyInput gathers what the scaling policy decides from.
func (s *scaleSet) policyInput(now time.Time) scaleInput {
	in := scaleInput{
		Now:         now,
		Assigned:    s.assigned,
		Awaiting:    len(s.book.awaiting),
		MaxRunners:  s.rc.MaxRunners,
		MinIdle:     s.rc.MinIdle,
		Capacity:    s.advertised(),
		SpawnAfter:  s.spawnAfter,
		EnvCapacity: s.envCapacity(),
		WarmTarget:  s.warmTarget(now),
		Runners:     s.book.views(),
	}
	if s.rc.Warm != nil {
		in.WarmMaxAge = s.rc.Warm.MaxAge.D()
	}
	s.fleetInput(&in)
	return in
}

// reconcile expires stale awaiting entries (and wakes when the next one
// expires), then spawns runners up to the
// policy's target and retires the idle ones it names. demandAt is when the
// GitHub message behind the demand arrived (zero if none).
func (s *scaleSet) reconcile(ctx actor.Context, demandAt time.Time) {
	if s.stopping {
		return
	}
	now := time.Now()
	s.book.awaiting.expire(now)
	if next, ok := s.book.awaiting.nextExpiry(); ok && s.spawnTimer == nil {
		// Nothing else may come to end the wait (a follower in a fleet
		// hears GitHub only through its leader).
		s.spawnTimer = s.after(ctx, next.Sub(now)+10*time.Millisecond, &reconcileTick{})
	}
	s.follow()
	s.place(now)
	s.updateCapacity(ctx)
	if s.draining {
		s.noteHold(messages.HoldDraining, 0)
	}
	if s.draining || !s.adopted || (s.scaleSetID == 0 && s.leads()) || s.prov == nil || s.pool == nil {
		return
	}
	in := s.policyInput(now)
	plan := planScale(in)
	s.noteHold(s.fleetHold(holdReason(in, plan, s.healthy)))
	if plan.Wait > 0 && s.spawnTimer == nil {
		s.spawnTimer = s.after(ctx, plan.Wait, &reconcileTick{})
	}
	for _, name := range plan.Bind {
		rec := s.book.runners[name]
		rec.warm, rec.source, rec.attempts = false, messages.ServedWarm, 1
		rec.setPhase(messages.RunnerProvisioning, now)
		ctx.Send(rec.pid, &messages.Bind{ScaleSetID: s.scaleSetID, Runner: s.rc, DemandAt: demandAt})
	}
	for range plan.Spawn {
		rec := s.spawnRunner(ctx, s.newRunnerName(), false)
		if rec == nil {
			break
		}
		rec.source = messages.ServedCold
		ctx.Send(rec.pid, s.provision(rec, 1, demandAt))
	}
	for range plan.Prepare {
		rec := s.spawnRunner(ctx, s.newRunnerName(), false)
		if rec == nil {
			break
		}
		rec.warm = true
		ctx.Send(rec.pid, s.provision(rec, 1, time.Time{}))
	}
	for _, name := range plan.Retire {
		s.retire(ctx, s.book.runners[name], "scale down")
	}
}

// requestStop turns a record's intent to stopping and tells its runner.
func (s *scaleSet) requestStop(ctx actor.Context, rec *record, req messages.Deprovision) {
	if !rec.stop(req) {
		return
	}
	order := rec.deprovision()
	order.Runner = s.rc
	ctx.Send(rec.pid, order)
}

func (s *scaleSet) newRunnerName() string {
	for {
		var b [4]byte
		_, _ = rand.Read(b[:])
		name := s.name + "-" + hex.EncodeToString(b[:])
		if _, taken := s.book.runners[name]; !taken {
			return name
		}
	}
}

// spawnRunner creates a runner actor and its record; the caller sends its
// first order.
func (s *scaleSet) spawnRunner(ctx actor.Context, name string, adopted bool) *record {
	spec := &runnerSpec{
		name:     name,
		scaleSet: s.name,
		prov:     s.prov,
		registry: s.pool,
		journal:  s.deps.Journal,
		logger:   s.log.With(logkey.Runner, name),
		deps:     s.deps,
	}
	pid, err := ctx.SpawnNamed(newRunnerProps(spec), "runner-"+name)
	if err != nil {
		s.log.Error("cannot spawn a runner actor", logkey.Runner, name, logkey.Error, err)
		return nil
	}
	rec := newRecord(name, pid, time.Now(), adopted)
	s.book.add(rec)
	return rec
}

func (s *scaleSet) runnerTransition(ctx actor.Context, t *messages.RunnerTransition) {
	rec := s.book.runners[t.Name]
	if rec == nil {
		return
	}
	if t.Done {
		rec.apply(t)
		ctx.Stop(rec.pid)
		return
	}
	if rec.phase == messages.RunnerProvisioning && (t.Phase == messages.RunnerWarm || (t.Phase == messages.RunnerIdle && rec.source == messages.ServedCold)) {
		// A measured cold start, for the adaptive pool.
		s.coldStart = ewma(s.coldStart, t.At.Sub(rec.phaseSince))
	}
	if rec.warm && t.Phase == messages.RunnerStopping && rec.intent != intentStop {
		// A warm environment died unbound; the pool replaces it.
		s.warmRecycled(rec)
	}
	if t.Phase == messages.RunnerWarm {
		rec.apply(t)
		s.reconcile(ctx, time.Time{})
		return
	}
	if rec.apply(t) {
		s.counters.Provisioned++
		s.lastStart = time.Now()
		s.giveUps = 0
		s.spawnAfter = time.Time{}
	}
	if t.Phase == messages.RunnerIdle {
		s.reconcile(ctx, time.Time{})
	}
}
