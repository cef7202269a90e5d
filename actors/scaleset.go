package actors

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/actors/ghpool"
	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/journal"
	"github.com/outrunner/outrunner/messages"
)

// maxFailedKept bounds the list of recently failed runners in snapshots.
const maxFailedKept = 20

// ScaleSet states.
const (
	StateActive   = "active"
	StateDraining = "draining"
	StateError    = "error"
)

// intent is what a runner record is meant to do next.
type intent int

const (
	intentProvision intent = iota
	intentAdopt
	intentStop
)

// record is the scale set's memory of one runner; it survives the runner
// actor's restarts.
type record struct {
	pid      *actor.PID
	snap     messages.RunnerSnapshot
	intent   intent
	stopReq  messages.Deprovision
	failures int  // consecutive failures of the current intent
	gaveUp   bool // the provisioning budget was exhausted
	leaked   bool // the teardown budget was exhausted
	adoptMsg *messages.Adopt
	timer    *time.Timer // pending restart
	counted  bool        // counted as provisioned
	// completed is set once GitHub's JobCompleted for the runner arrived.
	completed bool
}

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
// its children's.
type scaleSet struct {
	name   string
	rc     *config.RunnerConfig
	deps   *Deps
	log    *slog.Logger
	self   *actor.PID
	system *actor.ActorSystem

	target   messages.Target
	prov     backends.Provisioner
	pool     *ghpool.Pool
	setupErr error
	probing  bool // adoption and probes started
	// retiredProvs and retiredPools served an earlier configuration; their
	// runners may still use them, so they are closed when the actor stops.
	retiredProvs []backends.Provisioner
	retiredPools []*ghpool.Pool
	relisten     bool // a new listener starts when the current one is gone

	scaleSetID int
	capacity   atomic.Int64
	listener   *actor.PID
	lstate     messages.ListenerState
	lerr       string
	sessionID  string
	lrestarts  int
	lfailures  int
	lsince     time.Time
	ltimer     *time.Timer

	stats    messages.Statistics
	assigned int
	demandAt time.Time // arrival of the demand being served, while it is
	adopted  bool

	runners map[string]*record
	byPID   map[string]string
	failed  []messages.RunnerSnapshot
	retired retiredSet
	// awaiting holds runners that left after their job before GitHub's
	// JobCompleted arrived: GitHub still counts their job as assigned, so
	// the target discounts them instead of provisioning a replacement.
	awaiting map[string]time.Time

	healthy      bool
	healthErr    string
	healthTimer  *time.Timer
	sweepTimer   *time.Timer
	spawnAfter   time.Time
	giveUps      int
	spawnTimer   *time.Timer
	draining     bool
	stopping     bool // the actor is being stopped (not drained)
	drainTimer   *time.Timer
	stopListener bool

	provisionedN, startFailures, restarts, gaveUpN, jobsStarted, jobsCompleted, unknownMsgs int
}

// Receive handles the scale set's messages.
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
		s.assigned = m.AssignedJobs
		s.demandAt = m.ReceivedAt
		s.reconcile(ctx)
		s.demandAt = time.Time{}
		ctx.Respond(&messages.DesiredRunnersResult{Target: s.desired()})
	case *messages.StatisticsUpdate:
		s.stats = m.Statistics
	case *messages.JobStarted:
		s.jobsStarted++
		e := Event{ScaleSet: s.name, Runner: m.RunnerName, Kind: EventJobStarted}
		if !m.QueuedAt.IsZero() {
			e.Latency = time.Since(m.QueuedAt)
		}
		s.deps.emit(e)
		s.route(ctx, m.RunnerName, m)
	case *messages.JobCompleted:
		s.jobsCompleted++
		s.deps.emit(Event{ScaleSet: s.name, Runner: m.RunnerName, Kind: EventJobCompleted, Result: m.Result})
		s.route(ctx, m.RunnerName, m)
	case *messages.ScaleSetReady:
		if s.scaleSetID != 0 && s.scaleSetID != m.ScaleSetID {
			s.log.Warn("The scale set was re-created on GitHub", "oldID", s.scaleSetID, "newID", m.ScaleSetID)
		}
		s.scaleSetID = m.ScaleSetID
		s.reconcile(ctx)
	case *messages.ListenerStatus:
		s.listenerStatus(m)
	case *messages.RunnerUpdate:
		s.runnerUpdate(ctx, m.Snapshot)
	case *messages.RunnerGaveUp:
		if rec := s.runners[m.Name]; rec != nil {
			s.markGaveUp(rec, m.Error)
		}
	case *messages.RunnerStayed:
		// Its phase arrives as a RunnerUpdate.
	case *restartRunner:
		s.restartRunner(ctx, m)
	case *restartListener:
		if s.listener != nil && s.listener.Equal(m.pid) && !s.stopListener && !s.relisten {
			s.lrestarts++
			ctx.(actor.Supervisor).RestartChildren(m.pid)
		}
	case *adoption:
		s.adopt(ctx, m)
	case *healthTick:
		s.probeHealth(ctx)
	case *healthResult:
		s.healthResult(ctx, m.err)
	case *sweepTick:
		s.sweep(ctx)
	case *reconcileTick:
		s.reconcile(ctx)
	case *messages.Drain:
		s.drain(ctx, m.Deadline)
	case *drainDeadline:
		s.forceDrain(ctx)
	case *messages.UpdateConfig:
		s.updateConfig(ctx, m)
	case *messages.GetSnapshot:
		ctx.Respond(s.snapshot())
	}
}

func (s *scaleSet) started(ctx actor.Context) {
	s.self = ctx.Self()
	s.system = ctx.ActorSystem()
	s.log = s.deps.Logger.With("scaleSet", s.name)
	s.runners = map[string]*record{}
	s.byPID = map[string]string{}
	s.awaiting = map[string]time.Time{}
	s.healthy = true
	s.configure(ctx)
	s.log.Info("Scale set started", "backend", s.rc.ProviderType(), "maxRunners", s.rc.MaxRunners, "labels", s.rc.Labels)
}

// configure opens what the current configuration needs and is not open
// yet: the provisioner, the GitHub pool, the listener, the probes. A
// failure leaves the scale set in the error state, taking no jobs, until
// its configuration changes.
func (s *scaleSet) configure(ctx actor.Context) {
	s.setupErr = nil
	if s.prov == nil {
		owner := backends.Ownership{DaemonID: s.deps.DaemonID, ScaleSet: s.name}
		prov, err := s.deps.Backends(owner, s.rc, s.log.With("backend", s.rc.ProviderType()))
		if err != nil {
			s.setupErr = fmt.Errorf("backend %s: %w", s.rc.ProviderType(), err)
			s.log.Error("Cannot use the backend; the scale set takes no jobs until its configuration changes", "err", s.setupErr)
			return
		}
		s.prov = prov
	}
	if s.pool == nil {
		if s.target.Err != nil {
			s.setupErr = s.target.Err
			s.log.Error("Cannot reach GitHub; the scale set takes no jobs until its configuration changes", "err", s.setupErr)
			return
		}
		pool, err := s.deps.Pools.Acquire(s.target.URL, s.target.Creds)
		if err != nil {
			s.setupErr = fmt.Errorf("GitHub client for %s: %w", s.target.URL, err)
			s.log.Error("Cannot create the GitHub client", "err", s.setupErr)
			return
		}
		s.pool = pool
	}
	if s.listener == nil {
		s.capacity.Store(int64(s.advertised()))
	} else {
		s.updateCapacity(ctx)
	}
	if s.listener == nil && !s.relisten {
		s.spawnListener(ctx)
	}
	if s.probing {
		return
	}
	s.probing = true
	s.startAdoption(ctx)
	if _, ok := s.prov.(backends.HealthChecker); ok {
		s.send(ctx, &healthTick{})
	}
	if _, ok := s.prov.(backends.Lister); ok && s.deps.Timing.SweepInterval > 0 {
		s.sweepTimer = s.after(ctx, s.deps.Timing.SweepInterval, &sweepTick{})
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
		s.recycleIdle(ctx)
	}
	if (c.Has(config.ChangeListener) || targetChanged) && s.pool != nil {
		s.retiredPools = append(s.retiredPools, s.pool)
		s.pool = nil
		s.restartListener(ctx)
	}
	s.configure(ctx)
	s.log.Info("Configuration applied", "changes", strings.Join(c.Details, "; "))
	s.reconcile(ctx)
}

// restartListener stops the listener; a new one starts once it is gone.
func (s *scaleSet) restartListener(ctx actor.Context) {
	if s.listener == nil {
		return
	}
	s.relisten = true
	if s.ltimer != nil {
		s.ltimer.Stop()
	}
	if s.lstate == messages.ListenerBackoff {
		ctx.Stop(s.listener)
		return
	}
	ctx.Send(s.listener, &messages.StopListener{})
}

// recycleIdle retires every idle runner, so that runners with the new
// configuration replace them.
func (s *scaleSet) recycleIdle(ctx actor.Context) {
	for _, rec := range s.runners {
		if rec.intent != intentStop && rec.snap.Phase == messages.RunnerIdle {
			s.requestStop(ctx, rec, messages.Deprovision{Reason: "configuration changed"})
		}
	}
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
	s.stopTimers()
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

func (s *scaleSet) stopTimers() {
	for _, t := range []*time.Timer{s.healthTimer, s.sweepTimer, s.spawnTimer, s.drainTimer, s.ltimer} {
		if t != nil {
			t.Stop()
		}
	}
	for _, rec := range s.runners {
		if rec.timer != nil {
			rec.timer.Stop()
		}
	}
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
		s.log.Error("Cannot spawn the listener", "err", err)
		return
	}
	s.listener = pid
	s.lstate = messages.ListenerStarting
}

// startAdoption lists the backend's environments and the journal's
// registrations, off-mailbox, so that runners from before a restart are
// adopted or cleaned up.
func (s *scaleSet) startAdoption(ctx actor.Context) {
	lister, ok := s.prov.(backends.Lister)
	entries := s.deps.Journal.Entries(s.name)
	if !ok && len(entries) == 0 {
		s.adopted = true
		return
	}
	system, self := ctx.ActorSystem(), ctx.Self()
	timeout := s.rc.StartTimeout.D()
	go func() {
		var envs []backends.Environment
		var err error
		if lister != nil {
			lctx, cancel := context.WithTimeout(context.Background(), timeout)
			envs, err = lister.List(lctx)
			cancel()
		}
		system.Root.Send(self, &adoption{envs: envs, journal: entries, err: err})
	}()
}

func (s *scaleSet) adopt(ctx actor.Context, m *adoption) {
	if m.err != nil {
		// Demand is served meanwhile; the listing is retried.
		s.log.Warn("Cannot list the backend's environments; retrying", "err", m.err)
		s.adopted = true
		s.after(ctx, s.deps.Timing.ListenerBackoffCap, &sweepTick{})
		s.reconcile(ctx)
		return
	}
	ids := map[string]int{}
	for _, e := range m.journal {
		ids[e.Name] = e.RunnerID
	}
	seen := map[string]bool{}
	for _, env := range m.envs {
		seen[env.Name] = true
		if _, exists := s.runners[env.Name]; exists {
			continue
		}
		msg := &messages.Adopt{ScaleSetID: s.scaleSetID, Runner: s.rc, RunnerID: ids[env.Name], Running: env.State == backends.EnvRunning}
		s.spawnRunner(ctx, env.Name, intentAdopt, msg)
	}
	for _, e := range m.journal {
		if seen[e.Name] || s.runners[e.Name] != nil {
			continue
		}
		// A registration whose environment never came up (or is gone).
		rec := s.spawnRunner(ctx, e.Name, intentStop, nil)
		if rec != nil {
			rec.stopReq = messages.Deprovision{Reason: "registration without environment", Force: true, RunnerID: e.RunnerID, Registered: true}
			ctx.Send(rec.pid, &rec.stopReq)
		}
	}
	if n := len(s.runners); n > 0 {
		s.log.Info("Recovered runners from before the restart", "runners", n)
	}
	s.adopted = true
	s.reconcile(ctx)
}

// awaitingTTL bounds how long a finished runner's job is discounted when
// its JobCompleted never arrives (a lost message). GitHub sends it within
// a second or two of the job's end.
const awaitingTTL = 15 * time.Second

// desired is the number of runners the scale set aims for.
func (s *scaleSet) desired() int {
	if s.draining {
		return 0
	}
	for name, since := range s.awaiting {
		if time.Since(since) > awaitingTTL {
			delete(s.awaiting, name)
		}
	}
	demand := max(s.assigned-len(s.awaiting), 0)
	return min(s.rc.MaxRunners, demand+s.rc.MinIdle, s.advertised())
}

// advertised is the capacity announced to GitHub.
func (s *scaleSet) advertised() int {
	if s.draining || !s.healthy || s.setupErr != nil {
		return 0
	}
	c := s.rc.MaxRunners
	if cr, ok := s.prov.(backends.CapacityReporter); ok {
		c = min(c, cr.Capacity())
	}
	return c
}

// updateCapacity tells the listener the capacity to advertise.
func (s *scaleSet) updateCapacity(ctx actor.Context) {
	c := int64(s.advertised())
	if s.capacity.Swap(c) != c && s.listener != nil {
		ctx.Send(s.listener, &messages.SetCapacity{Capacity: int(c)})
	}
}

// reconcile spawns runners up to the target and retires idle ones above it.
func (s *scaleSet) reconcile(ctx actor.Context) {
	if s.stopping {
		return
	}
	s.updateCapacity(ctx)
	if s.draining || !s.adopted || s.scaleSetID == 0 || s.prov == nil || s.pool == nil {
		return
	}
	target := s.desired()
	active := 0
	for _, rec := range s.runners {
		if rec.intent != intentStop {
			active++
		}
	}
	for active < target && len(s.runners) < s.rc.MaxRunners {
		if wait := time.Until(s.spawnAfter); wait > 0 {
			if s.spawnTimer == nil {
				s.spawnTimer = s.after(ctx, wait, &reconcileTick{})
			}
			break
		}
		if s.spawnRunner(ctx, s.newRunnerName(), intentProvision, nil) == nil {
			break
		}
		active++
	}
	if excess := active - target; excess > 0 {
		s.retireIdle(ctx, excess)
	}
}

// retireIdle deprovisions up to n idle runners, newest first.
func (s *scaleSet) retireIdle(ctx actor.Context, n int) {
	var idle []*record
	for _, rec := range s.runners {
		if rec.intent != intentStop && rec.snap.Phase == messages.RunnerIdle {
			idle = append(idle, rec)
		}
	}
	sort.Slice(idle, func(i, j int) bool { return idle[i].snap.CreatedAt.After(idle[j].snap.CreatedAt) })
	for _, rec := range idle[:min(n, len(idle))] {
		s.requestStop(ctx, rec, messages.Deprovision{Reason: "scale down"})
	}
}

// requestStop turns a record's intent to stopping and tells its runner.
func (s *scaleSet) requestStop(ctx actor.Context, rec *record, req messages.Deprovision) {
	if rec.intent == intentStop && !req.Force {
		return
	}
	if rec.intent != intentStop {
		rec.failures = 0
	}
	rec.intent = intentStop
	req.RunnerID = rec.snap.RunnerID
	// Every runner may hold a registration whose ID the record has not
	// heard of yet (it arrives in a later update): look it up by name then.
	req.Registered = true
	rec.stopReq = req
	ctx.Send(rec.pid, &req)
}

func (s *scaleSet) newRunnerName() string {
	for {
		var b [4]byte
		_, _ = rand.Read(b[:])
		name := s.name + "-" + hex.EncodeToString(b[:])
		if _, taken := s.runners[name]; !taken {
			return name
		}
	}
}

// spawnRunner creates a runner actor and its record, and sends its first
// message (Provision, or adoptMsg for an adopted environment).
func (s *scaleSet) spawnRunner(ctx actor.Context, name string, in intent, adoptMsg *messages.Adopt) *record {
	spec := &runnerSpec{
		name:     name,
		scaleSet: s.name,
		prov:     s.prov,
		pool:     s.pool,
		journal:  s.deps.Journal,
		logger:   s.log.With("runner", name),
		deps:     s.deps,
	}
	pid, err := ctx.SpawnNamed(newRunnerProps(spec), "runner-"+name)
	if err != nil {
		s.log.Error("Cannot spawn a runner actor", "runner", name, "err", err)
		return nil
	}
	now := time.Now()
	rec := &record{pid: pid, intent: in, adoptMsg: adoptMsg,
		snap: messages.RunnerSnapshot{Name: name, CreatedAt: now, PhaseSince: now, Adopted: in == intentAdopt}}
	s.runners[name] = rec
	s.byPID[pid.Id] = name
	switch in {
	case intentProvision:
		rec.snap.Attempts = 1
		ctx.Send(pid, &messages.Provision{Attempt: 1, ScaleSetID: s.scaleSetID, Runner: s.rc, DemandAt: s.demandAt})
	case intentAdopt:
		ctx.Send(pid, adoptMsg)
	}
	return rec
}

func (s *scaleSet) route(ctx actor.Context, name string, msg any) {
	rec := s.runners[name]
	if _, completed := msg.(*messages.JobCompleted); completed {
		delete(s.awaiting, name)
	}
	if rec == nil && s.retired.has(name) {
		// The runner exited and was removed before GitHub's message came.
		s.log.Debug("A job message arrived after its runner was removed", "runner", name, "message", fmt.Sprintf("%T", msg))
		return
	}
	if rec == nil {
		s.unknownMsgs++
		s.log.Warn("A job message names a runner this scale set does not know", "runner", name, "message", fmt.Sprintf("%T", msg))
		s.deps.emit(Event{ScaleSet: s.name, Runner: name, Kind: EventUnknownRunner})
		return
	}
	if _, completed := msg.(*messages.JobCompleted); completed {
		rec.completed = true
	}
	if _, completed := msg.(*messages.JobCompleted); completed && rec.intent != intentStop {
		rec.intent = intentStop
		rec.failures = 0
		rec.stopReq = messages.Deprovision{Reason: "job completed", Force: true}
	}
	ctx.Send(rec.pid, msg)
}

func (s *scaleSet) runnerUpdate(ctx actor.Context, snap messages.RunnerSnapshot) {
	rec := s.runners[snap.Name]
	if rec == nil {
		return
	}
	prev := rec.snap.Phase
	keep := rec.snap
	rec.snap = snap
	rec.snap.CreatedAt = keep.CreatedAt
	rec.snap.Adopted = keep.Adopted || snap.Adopted
	// A restarted runner starts a fresh snapshot: keep what it forgot.
	rec.snap.Attempts = max(keep.Attempts, snap.Attempts)
	if rec.snap.RunnerID == 0 {
		rec.snap.RunnerID = keep.RunnerID
	}
	rec.snap.RanJob = keep.RanJob || snap.RanJob
	if rec.snap.LastError == "" {
		rec.snap.LastError = keep.LastError
	}
	if prev == messages.RunnerProvisioning && (snap.Phase == messages.RunnerIdle || snap.Phase == messages.RunnerRunning) && !rec.counted {
		rec.counted = true
		rec.failures = 0
		s.provisionedN++
		s.giveUps = 0
		s.spawnAfter = time.Time{}
	}
	if snap.Phase == messages.RunnerRunning && rec.intent == intentStop && !rec.stopReq.Force {
		// A scale-down found the runner busy: it stays.
		rec.intent = intentProvision
	}
	if snap.Phase == messages.RunnerIdle {
		s.reconcile(ctx)
	}
}

func (s *scaleSet) terminated(ctx actor.Context, who *actor.PID) {
	if s.listener != nil && who.Equal(s.listener) {
		s.listener = nil
		s.lstate = messages.ListenerStopped
		if s.draining {
			s.finishDrain(ctx)
			return
		}
		if s.relisten {
			s.relisten = false
			s.configure(ctx)
		}
		return
	}
	name, ok := s.byPID[who.Id]
	if !ok {
		return
	}
	delete(s.byPID, who.Id)
	rec := s.runners[name]
	delete(s.runners, name)
	s.retired.add(name)
	if rec != nil {
		if rec.timer != nil {
			rec.timer.Stop()
		}
		if rec.gaveUp || rec.leaked {
			s.remember(rec)
		}
		if rec.snap.RanJob && !rec.completed {
			s.awaiting[name] = time.Now()
		}
	}
	if s.draining {
		s.finishDrain(ctx)
		return
	}
	s.reconcile(ctx)
}

// remember keeps a failed runner's snapshot for status.
func (s *scaleSet) remember(rec *record) {
	snap := rec.snap
	snap.GaveUp, snap.Leaked = rec.gaveUp, rec.leaked
	s.failed = append([]messages.RunnerSnapshot{snap}, s.failed...)
	if len(s.failed) > maxFailedKept {
		s.failed = s.failed[:maxFailedKept]
	}
}

func (s *scaleSet) markGaveUp(rec *record, reason string) {
	if rec.gaveUp {
		return
	}
	rec.gaveUp = true
	rec.snap.LastError = reason
	s.gaveUpN++
	s.giveUps++
	// Back off new spawns while runners keep failing, so a broken image
	// or engine does not churn registrations.
	delay := backoff(s.rc.Retry.BackoffBase.D(), s.rc.Retry.BackoffCap.D(), s.giveUps)
	s.spawnAfter = time.Now().Add(delay)
	s.log.Error("Runner gave up; new runners wait", "runner", rec.snap.Name, "attempts", rec.snap.Attempts, "err", reason, "wait", delay.Round(time.Millisecond))
	s.deps.emit(Event{ScaleSet: s.name, Runner: rec.snap.Name, Kind: EventGaveUp, Err: reason})
}

func (s *scaleSet) listenerStatus(m *messages.ListenerStatus) {
	s.lstate = m.State
	if m.State == messages.ListenerListening {
		// Messages of the old session may be lost: stop waiting for them.
		clear(s.awaiting)
		s.sessionID = m.SessionID
		s.lsince = time.Now()
		s.lerr = ""
		s.log.Info("Listening for jobs", "session", m.SessionID)
	}
}

func (s *scaleSet) probeHealth(ctx actor.Context) {
	hc, ok := s.prov.(backends.HealthChecker)
	if !ok {
		return
	}
	system, self := ctx.ActorSystem(), ctx.Self()
	timeout := min(s.deps.Timing.HealthInterval, 10*time.Second)
	go func() {
		pctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		system.Root.Send(self, &healthResult{err: hc.Ping(pctx)})
	}()
}

func (s *scaleSet) healthResult(ctx actor.Context, err error) {
	was := s.healthy
	s.healthy = err == nil
	s.healthErr = ""
	if err != nil {
		s.healthErr = err.Error()
	}
	switch {
	case was && !s.healthy:
		s.log.Error("The backend is unreachable; advertising no capacity until it answers", "err", err)
	case !was && s.healthy:
		s.log.Info("The backend answers again")
	}
	s.reconcile(ctx)
	s.healthTimer = s.after(ctx, s.deps.Timing.HealthInterval, &healthTick{})
}

// sweep looks for environments and registrations no runner owns.
func (s *scaleSet) sweep(ctx actor.Context) {
	if s.draining {
		return
	}
	s.startAdoption(ctx)
	if s.deps.Timing.SweepInterval > 0 {
		s.sweepTimer = s.after(ctx, s.deps.Timing.SweepInterval, &sweepTick{})
	}
}

// retiredCap bounds how many removed runner names are remembered.
const retiredCap = 4096

// retiredSet remembers the names of recently removed runners, so that a
// job message arriving after its runner is gone is not mistaken for one
// about a runner the scale set never had.
type retiredSet struct {
	names map[string]struct{}
	order []string
}

func (r *retiredSet) add(name string) {
	if r.names == nil {
		r.names = map[string]struct{}{}
	}
	if _, ok := r.names[name]; ok {
		return
	}
	r.names[name] = struct{}{}
	r.order = append(r.order, name)
	if len(r.order) > retiredCap {
		delete(r.names, r.order[0])
		r.order = r.order[1:]
	}
}

func (r *retiredSet) has(name string) bool {
	_, ok := r.names[name]
	return ok
}
