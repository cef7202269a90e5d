package actors

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/actions/scaleset"
	"github.com/actions/scaleset/listener"
	"github.com/asynkron/protoactor-go/actor"
	"github.com/google/uuid"

	"github.com/outrunner/outrunner/internal/ghpool"
	"github.com/outrunner/outrunner/internal/journal"
	"github.com/outrunner/outrunner/internal/logging"
	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/messages"
)

// listenerSpec is what a listener actor is born with.
type listenerSpec struct {
	scaleSet string
	spec     ghpool.ScaleSetSpec
	pool     *ghpool.Pool
	owner    string
	parent   *actor.PID
	capacity *atomic.Int64 // shared with the scale set's view
	deps     *Deps
	logger   *slog.Logger
}

// listenerFailure is the panic value of a listener that lost its session.
type listenerFailure struct{ err error }

func (f *listenerFailure) Error() string { return f.err.Error() }

// listenerDone reports that the listening goroutine ended.
type listenerDone struct {
	gen uint64
	err error
}

// listenerActor runs GitHub's message listener for one scale set in a
// goroutine and bridges its callbacks to messages for the scale set. Any
// error ends the goroutine; the actor then fails and its scale set restarts
// it with backoff, without touching runners.
type listenerActor struct {
	spec     *listenerSpec
	gen      uint64
	cancel   context.CancelFunc
	stopping bool
	current  atomic.Pointer[listener.Listener]
}

func newListenerProps(spec *listenerSpec) *actor.Props {
	return spec.deps.props(func() actor.Actor { return &listenerActor{spec: spec} })
}

// Receive handles the listener's messages.
func (l *listenerActor) Receive(ctx actor.Context) {
	switch m := ctx.Message().(type) {
	case *actor.Started:
		l.gen = nextGeneration()
		l.start(ctx)
	case *actor.Restarting, *actor.Stopping:
		if l.cancel != nil {
			l.cancel()
		}
	case *messages.SetCapacity:
		if cur := l.current.Load(); cur != nil {
			cur.SetMaxRunners(m.Capacity)
		}
	case *messages.StopListener:
		l.stopping = true
		if l.cancel != nil {
			l.cancel()
		}
	case *listenerDone:
		if m.gen != l.gen {
			return
		}
		if l.stopping {
			ctx.Stop(ctx.Self())
			return
		}
		panic(&listenerFailure{err: m.err})
	}
}

func (l *listenerActor) start(ctx actor.Context) {
	run, cancel := context.WithCancel(context.Background())
	l.cancel = cancel
	gen, self, system := l.gen, ctx.Self(), ctx.ActorSystem()
	go func() {
		err := l.run(run, system)
		system.Root.Send(self, &listenerDone{gen: gen, err: err})
	}()
}

func (l *listenerActor) status(system *actor.ActorSystem, state messages.ListenerState, sessionID string, err error) {
	st := &messages.ListenerStatus{State: state, SessionID: sessionID}
	if err != nil {
		st.Error = err.Error()
	}
	system.Root.Send(l.spec.parent, st)
}

// run ensures the scale set, opens the session and listens until ctx ends
// or an error occurs. The session is always closed before it returns.
func (l *listenerActor) run(ctx context.Context, system *actor.ActorSystem) error {
	s := l.spec
	l.status(system, messages.ListenerStarting, "", nil)
	// A failed attempt shows in the scale set's state at once; the HTTP
	// layer's retries take seconds to minutes before the call fails.
	var phase atomic.Value
	phase.Store(messages.ListenerStarting)
	stopWatch := s.pool.WatchAttempts(func(err error) {
		if ctx.Err() == nil {
			l.status(system, phase.Load().(messages.ListenerState), "", err)
		}
	})
	defer stopWatch()
	set, err := s.pool.EnsureScaleSet(ctx, s.spec)
	if err != nil {
		if rec, ok := s.deps.sessions().Get(s.scaleSet); ok && ctx.Err() != nil && s.deps.Fleet == nil {
			// Stopped (a drain) before the takeover: the session a
			// previous run left open is still deleted, as a clean stop
			// leaves none. In a fleet the record may be another
			// leader's, so only a running leader takes over.
			l.takeOver(ctx, rec.ScaleSetID)
		}
		return fmt.Errorf("ensuring the scale set exists: %w", err)
	}
	system.Root.Send(s.parent, &messages.ScaleSetReady{ScaleSetID: set.ID})

	phase.Store(messages.ListenerSession)
	l.status(system, messages.ListenerSession, "", nil)
	l.takeOver(ctx, set.ID)
	// The creation is not cancelled half way: GitHub may create a session
	// whose ID the cancelled request never brings back, and that no one
	// could then close or take over (in a fleet the next leader would wait
	// for GitHub to expire it). A session created after the stop is
	// closed at once instead.
	createCtx, cancelCreate := context.WithTimeout(context.WithoutCancel(ctx), s.deps.Timing.SessionCloseTimeout)
	session, err := s.pool.OpenSession(createCtx, set.ID, s.owner)
	cancelCreate()
	if err == nil && ctx.Err() != nil {
		if !s.deps.Abandoned.Load() {
			closeCtx, cancel := context.WithTimeout(context.Background(), s.deps.Timing.SessionCloseTimeout)
			defer cancel()
			_ = session.Close(closeCtx)
		}
		return nil
	}
	if err != nil {
		if ghpool.IsSessionConflict(err) {
			holder := ghpool.SessionHolder(err)
			if holder == "" {
				holder = "unknown"
			}
			return fmt.Errorf("another daemon (owner %s) holds the message session of scale set %q; retrying until it is freed: %w", holder, s.scaleSet, err)
		}
		return fmt.Errorf("creating the message session: %w", err)
	}
	sid := session.Session().SessionID.String()
	if err := s.deps.sessions().Put(journal.Session{ScaleSet: s.scaleSet, URL: s.pool.URL(), ScaleSetID: set.ID, SessionID: sid}); err != nil {
		if s.deps.Fleet != nil {
			// In a fleet the record is how the next leader takes the
			// session over, and a refused write means this node no
			// longer leads: it must not hold the session.
			closeCtx, cancel := context.WithTimeout(context.Background(), s.deps.Timing.SessionCloseTimeout)
			defer cancel()
			_ = session.Close(closeCtx)
			return fmt.Errorf("recording the message session in the fleet: %w", err)
		}
		s.logger.Warn("recording the message session failed; a crash now leaves it to expire", logkey.Error, err)
	}
	defer func() {
		if s.deps.Abandoned.Load() {
			return
		}
		closeCtx, cancel := context.WithTimeout(context.Background(), s.deps.Timing.SessionCloseTimeout)
		defer cancel()
		if err := session.Close(closeCtx); err != nil {
			s.logger.Warn("closing the message session failed", logkey.Error, err)
			return
		}
		if err := s.deps.sessions().Forget(s.scaleSet, sid); err != nil {
			s.logger.Warn("forgetting the closed message session failed", logkey.Error, err)
		}
	}()

	lst, err := listener.New(session, listener.Config{
		ScaleSetID: set.ID,
		MaxRunners: int(s.capacity.Load()),
		Logger:     slog.New(logging.Routine(s.logger.With(logkey.Component, "listener").Handler())),
	}, listener.WithMetricsRecorder(&recorder{system: system, scaleSet: s.parent}))
	if err != nil {
		return fmt.Errorf("creating the listener: %w", err)
	}
	stopWatch()
	l.current.Store(lst)
	// The capacity may have changed while the session was opened.
	lst.SetMaxRunners(int(s.capacity.Load()))
	l.status(system, messages.ListenerListening, session.Session().SessionID.String(), nil)

	err = lst.Run(ctx, &bridge{system: system, scaleSet: s.parent, timeout: s.deps.Timing.RequestTimeout, logger: s.logger})
	if ctx.Err() != nil {
		return nil
	}
	if err == nil {
		err = errors.New("the listener stopped without an error")
	}
	return fmt.Errorf("listening: %w", err)
}

// takeOver deletes the message session this scale set recorded and did not
// close (the daemon was killed), so that creating a new one does not wait
// for GitHub to expire it. A session GitHub no longer knows is forgotten; a
// failed deletion keeps the record for the next attempt.
func (l *listenerActor) takeOver(ctx context.Context, scaleSetID int) {
	s := l.spec
	rec, ok := s.deps.sessions().Get(s.scaleSet)
	if !ok {
		return
	}
	sid, err := uuid.Parse(rec.SessionID)
	if err != nil || rec.ScaleSetID != scaleSetID || rec.URL != s.pool.URL() {
		// A session of another scale set (re-created, or another URL)
		// is not ours to delete; GitHub expires it.
		_ = s.deps.sessions().Forget(s.scaleSet, rec.SessionID)
		return
	}
	if s.deps.Fleet == nil {
		// A cleanup, like closing a session: a stop does not cut it
		// short.
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(context.WithoutCancel(ctx), s.deps.Timing.SessionCloseTimeout)
		defer cancel()
	}
	gone, err := s.pool.DeleteSession(ctx, scaleSetID, sid)
	if err != nil {
		s.logger.Warn("deleting the message session a previous run left open failed", logkey.Session, rec.SessionID, logkey.Error, err)
		return
	}
	if gone {
		s.logger.Info("the message session a previous run left open is gone already", logkey.Session, rec.SessionID)
	} else {
		s.logger.Info("deleted the message session a previous run left open", logkey.Session, rec.SessionID)
	}
	if err := s.deps.sessions().Forget(s.scaleSet, rec.SessionID); err != nil {
		s.logger.Warn("forgetting the deleted message session failed", logkey.Error, err)
	}
}

// bridge implements listener.Scaler by turning calls into messages for the
// scale-set actor.
type bridge struct {
	system   *actor.ActorSystem
	scaleSet *actor.PID
	timeout  time.Duration
	logger   *slog.Logger
}

// HandleDesiredRunnerCount asks the scale set to converge and returns its
// target.
func (b *bridge) HandleDesiredRunnerCount(_ context.Context, count int) (int, error) {
	res, err := b.system.Root.RequestFuture(b.scaleSet, &messages.DesiredRunners{AssignedJobs: count, ReceivedAt: time.Now()}, b.timeout).Result()
	if err != nil {
		// The scale set answers from memory; a timeout means it is
		// overloaded. Keep listening: the next poll asks again.
		b.logger.Warn("the scale set did not answer a desired-count request", logkey.Error, err)
		return count, nil
	}
	if r, ok := res.(*messages.DesiredRunnersResult); ok {
		return r.Target, nil
	}
	return count, nil
}

// HandleJobStarted forwards a started job to the scale set.
func (b *bridge) HandleJobStarted(_ context.Context, j *scaleset.JobStarted) error {
	b.system.Root.Send(b.scaleSet, &messages.JobStarted{RunnerName: j.RunnerName, RunnerID: j.RunnerID, JobID: j.JobID, QueuedAt: j.QueueTime,
		Job: jobInfo(&j.JobMessageBase, j.RunnerID, j.RunnerName)})
	return nil
}

// HandleJobCompleted forwards a completed job to the scale set.
func (b *bridge) HandleJobCompleted(_ context.Context, j *scaleset.JobCompleted) error {
	b.system.Root.Send(b.scaleSet, &messages.JobCompleted{RunnerName: j.RunnerName, RunnerID: j.RunnerID, JobID: j.JobID, Result: j.Result,
		Job: jobInfo(&j.JobMessageBase, j.RunnerID, j.RunnerName)})
	return nil
}

// recorder implements listener.MetricsRecorder: statistics go to the scale
// set for its status.
type recorder struct {
	system   *actor.ActorSystem
	scaleSet *actor.PID
}

// RecordStatistics forwards GitHub's statistics.
func (r *recorder) RecordStatistics(s *scaleset.RunnerScaleSetStatistic) {
	if s == nil {
		return
	}
	r.system.Root.Send(r.scaleSet, &messages.StatisticsUpdate{Statistics: messages.Statistics{
		AvailableJobs:     s.TotalAvailableJobs,
		AcquiredJobs:      s.TotalAcquiredJobs,
		AssignedJobs:      s.TotalAssignedJobs,
		RunningJobs:       s.TotalRunningJobs,
		RegisteredRunners: s.TotalRegisteredRunners,
		BusyRunners:       s.TotalBusyRunners,
		IdleRunners:       s.TotalIdleRunners,
	}})
}

// RecordJobStarted is not used: HandleJobStarted carries the same data.
func (r *recorder) RecordJobStarted(*scaleset.JobStarted) {}

// RecordJobCompleted is not used: HandleJobCompleted carries the same data.
func (r *recorder) RecordJobCompleted(*scaleset.JobCompleted) {}

// RecordDesiredRunners is not used: the scale set knows its target.
func (r *recorder) RecordDesiredRunners(int) {}

// jobInfo copies what a job message says about its job.
func jobInfo(j *scaleset.JobMessageBase, runnerID int, runnerName string) *messages.JobInfo {
	repo := j.RepositoryName
	if j.OwnerName != "" && repo != "" {
		repo = j.OwnerName + "/" + repo
	}
	return &messages.JobInfo{
		ID: j.JobID, RunnerID: runnerID, RunnerName: runnerName, Repository: repo,
		WorkflowRef: j.JobWorkflowRef, WorkflowRunID: j.WorkflowRunID, DisplayName: j.JobDisplayName,
		EventName: j.EventName, Labels: j.RequestLabels, QueuedAt: j.QueueTime,
		AssignedAt: j.RunnerAssignTime, FinishedAt: j.FinishTime,
	}
}
