package supervisor

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/actions/scaleset"
	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/actors"
	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/actorstats"
	"github.com/outrunner/outrunner/internal/fleet"
	"github.com/outrunner/outrunner/internal/ghpool"
	"github.com/outrunner/outrunner/internal/journal"
	"github.com/outrunner/outrunner/internal/logging"
	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/internal/metrics"
	"github.com/outrunner/outrunner/internal/statelock"
	"github.com/outrunner/outrunner/internal/telemetry"
	"github.com/outrunner/outrunner/internal/timeline"
	"github.com/outrunner/outrunner/internal/version"
	"github.com/outrunner/outrunner/messages"
)

// Options configures a Daemon.
type Options struct {
	// Config is the validated configuration.
	Config *config.Config
	// ConfigPath is the file the configuration came from (for status).
	ConfigPath string
	// Reload loads the configuration again (file, environment, flags);
	// nil makes Reload fail.
	Reload func() (*config.Result, error)
	// WatchConfig reloads when ConfigPath changes.
	WatchConfig bool
	// FlagToken is the --token value, if any.
	FlagToken string
	// Logger is the daemon's logger.
	Logger *slog.Logger
	// LogLevel, when set, follows log.level on reloads.
	LogLevel *slog.LevelVar
	// LibraryLevel is the minimum level of protoactor's own log lines.
	LibraryLevel slog.Level
	// Secrets collects credentials so that logs redact them; may be nil.
	Secrets *logging.Secrets
	// Backends creates provisioners.
	Backends backends.Factory
	// Timing overrides the runtime's intervals (tests); nil is the default.
	Timing *actors.Timing
	// HTTPOptions are extra options for the GitHub clients (tests).
	HTTPOptions []scaleset.HTTPOption
	// Events receives runtime events; may be nil.
	Events func(messages.Event)
	// JobHistory keeps a JSON-lines history of finished job timelines in
	// the state directory (timeline.HistoryFile), rotated by size.
	JobHistory bool
	// KeepJobs bounds the job timelines kept in memory
	// (timeline.DefaultKeep when 0).
	KeepJobs int
}

// Daemon is a running outrunner: an actor system with one root actor.
type Daemon struct {
	system  *actor.ActorSystem
	root    *actor.PID
	deps    *actors.Deps
	journal *journal.Journal
	// lock keeps other outrunner processes off the state directory.
	lock    *statelock.Lock
	stats   *actorstats.Registry
	metrics *metrics.Metrics
	// jobs holds the timelines of recent jobs, fed by runtime events.
	jobs    *timeline.Store
	history *timeline.History
	// metricsHandler serves outrunner's and protoactor's metrics.
	metricsHandler http.Handler
	opts           Options
	logger         *slog.Logger
	startedAt      time.Time
	done           chan struct{}
	doneOnce       sync.Once
	stopWatch      context.CancelFunc
	// fleet is the daemon's fleet node (nil without a cluster section);
	// rootPID lets its callbacks reach the tree.
	fleet   *fleet.Node
	rootPID atomic.Pointer[actor.PID]

	reloadMu sync.Mutex // one reload at a time

	mu       sync.Mutex // guards the fields below
	cfg      *config.Config
	targets  map[string]messages.Target
	state    messages.ConfigState
	draining bool
}

// Start boots the actor system and the scale sets of the configuration.
func Start(o Options) (*Daemon, error) {
	cfg := o.Config
	if cfg == nil {
		return nil, errors.New("no configuration")
	}
	if o.Backends == nil {
		return nil, errors.New("no backend factory")
	}
	logger := o.Logger
	if logger == nil {
		logger = logging.Discard()
	}
	// The lock comes before anything else touches the state directory: a
	// second daemon on it would adopt and tear down the first one's
	// environments.
	lock, err := statelock.Acquire(cfg.StateDir, statelock.Holder{PID: os.Getpid(), Role: statelock.RoleDaemon, AdminSocket: cfg.Admin.Socket})
	var inUse *statelock.InUseError
	switch {
	case errors.As(err, &inUse):
		return nil, fmt.Errorf("%w; stop it, or give this daemon its own state_dir", err)
	case err != nil:
		return nil, fmt.Errorf("state_dir %s: %w", cfg.StateDir, err)
	}
	libRegistry := telemetry.Init()
	j, err := journal.Open(journal.Path(cfg.StateDir))
	if err != nil {
		lock.Release()
		return nil, fmt.Errorf("state_dir %s: %w", cfg.StateDir, err)
	}
	if n := j.Skipped(); n > 0 {
		logger.Warn("the journal had damaged lines (a crash mid-write); skipped them", logkey.Path, journal.Path(cfg.StateDir), logkey.Count, n)
	}
	sessions, problem := journal.OpenSessions(journal.SessionsPath(cfg.StateDir))
	if problem != nil {
		logger.Warn("the message-session record is unreadable; ignoring it", logkey.Error, problem)
	}

	timing := actors.DefaultTiming()
	if o.Timing != nil {
		timing = *o.Timing
	}
	pools := ghpool.OptionsFromConfig(cfg.GitHub)
	pools.SystemInfo = scaleset.SystemInfo{System: "outrunner", Version: version.String(), Subsystem: "daemon"}
	// The HTTP layer's own lines repeat errors the actors report with
	// context; they are only wanted when debugging.
	pools.Logger = slog.New(logging.Demote(logger.Handler(), slog.LevelDebug)).With(logkey.Component, "github")
	pools.HTTPOptions = o.HTTPOptions
	m := metrics.New()
	pools.Observer = m
	stats := actorstats.New()
	var history *timeline.History
	if o.JobHistory {
		if history, err = timeline.OpenHistory(filepath.Join(cfg.StateDir, timeline.HistoryFile), 0); err != nil {
			_ = j.Close()
			lock.Release()
			return nil, fmt.Errorf("state_dir %s: %w", cfg.StateDir, err)
		}
	}
	jobs := timeline.New(timeline.Options{Keep: o.KeepJobs, History: history, OnCompleted: m.JobCompleted})
	deps := &actors.Deps{
		DaemonID:     cfg.DaemonID,
		SessionOwner: sessionOwner(cfg.DaemonID),
		Pools:        ghpool.NewRegistry(pools),
		Backends:     o.Backends,
		Journal:      j,
		Sessions:     sessions,
		Logger:       logger,
		Timing:       timing,
		Events: func(e messages.Event) {
			m.Event(e)
			jobs.Observe(e)
			if o.Events != nil {
				o.Events(e)
			}
		},
		Stats: stats,
	}

	libLogger := slog.New(logging.AtLeast(logger.Handler(), o.LibraryLevel)).With(logkey.Component, "protoactor")
	// protoactor's own metrics stay off (no meter provider): stats records
	// its documented series (internal/actorstats).
	system := actor.NewActorSystem(
		actor.WithLoggerFactory(func(*actor.ActorSystem) *slog.Logger { return libLogger }),
	)
	d := &Daemon{
		system: system, deps: deps, journal: j, lock: lock, stats: stats, metrics: m, jobs: jobs, history: history, opts: o, logger: logger,
		startedAt: time.Now(), done: make(chan struct{}), cfg: cfg,
		state: messages.ConfigState{Path: o.ConfigPath, Generation: 1, LoadedAt: time.Now(),
			Watching: o.WatchConfig && o.ConfigPath != "" && o.Reload != nil},
	}
	d.targets = d.resolve(cfg)
	d.metricsHandler = m.Handler(libRegistry)
	m.Watch(d.Status, stats)
	if cfg.Cluster != nil {
		node, err := startFleet(cfg, logger, o.Secrets, d.pokeFleet, d.deliverFleet)
		if err != nil {
			_ = j.Close()
			if history != nil {
				_ = history.Close()
			}
			lock.Release()
			return nil, err
		}
		d.fleet, deps.Fleet, deps.Sessions, deps.Registrations = node, node, node.Sessions(), node.Registrations()
	}
	rootPID, err := system.Root.SpawnNamed(newRootProps(cfg, d.targets, deps, d.finish), "root")
	if err != nil {
		if d.fleet != nil {
			d.fleet.Close()
		}
		_ = j.Close()
		if history != nil {
			_ = history.Close()
		}
		lock.Release()
		return nil, fmt.Errorf("starting the root actor: %w", err)
	}
	d.root = rootPID
	if d.fleet != nil {
		d.rootPID.Store(rootPID)
		// Leaderships won before the tree existed reach it now.
		d.pokeFleet("")
		go d.publishLoad()
	}
	if o.WatchConfig && o.ConfigPath != "" && o.Reload != nil {
		ctx, cancel := context.WithCancel(context.Background())
		d.stopWatch = cancel
		w := config.NewWatcher(o.ConfigPath, config.DefaultDebounce,
			func() {
				logger.Info("configuration file changed; reloading", logkey.Path, o.ConfigPath)
				_, _ = d.Reload(ctx)
			},
			func(err error) {
				logger.Warn("watching the configuration file", logkey.Path, o.ConfigPath, logkey.Error, err)
			})
		go w.Run(ctx)
	}
	logger.Info("daemon started", logkey.DaemonID, cfg.DaemonID, logkey.ScaleSets, len(cfg.Runners), logkey.Version, version.String())
	return d, nil
}

// resolve finds the URL and credentials of every scale set. Errors are kept
// per scale set: one with bad credentials does not stop the others.
func (d *Daemon) resolve(cfg *config.Config) map[string]messages.Target {
	out := make(map[string]messages.Target, len(cfg.Runners))
	for name, rc := range cfg.Runners {
		var t messages.Target
		t.URL, t.Err = config.ResolveRunnerURL("", cfg, &rc)
		if t.Err == nil {
			t.Creds, t.Err = config.ResolveCredentials(d.opts.FlagToken, cfg, &rc)
			if t.Err != nil {
				t.Err = fmt.Errorf("runners.%s: %w", name, t.Err)
			}
		}
		if t.Err == nil && d.opts.Secrets != nil {
			d.opts.Secrets.Add(t.Creds.Token)
			if t.Creds.App != nil {
				d.opts.Secrets.Add(t.Creds.App.PrivateKey)
			}
		}
		out[name] = t
	}
	return out
}

// sessionOwner names the daemon in GitHub message sessions.
func sessionOwner(daemonID string) string {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "unknown-host"
	}
	return host + "/" + daemonID
}

func (d *Daemon) finish() {
	d.doneOnce.Do(func() {
		if d.stopWatch != nil {
			d.stopWatch()
		}
		if d.fleet != nil {
			if d.deps.Abandoned.Load() {
				d.fleet.Abandon()
			} else {
				d.fleet.Close()
			}
		}
		_ = d.journal.Close()
		if d.history != nil {
			if err := d.history.Err(); err != nil {
				d.logger.Warn("the job history stopped", logkey.Error, err)
			}
			_ = d.history.Close()
		}
		d.system.Shutdown()
		d.lock.Release()
		close(d.done)
	})
}

// Done is closed when the daemon has drained and stopped.
func (d *Daemon) Done() <-chan struct{} { return d.done }

// DrainTimeout is the drain_timeout of the configuration in force.
func (d *Daemon) DrainTimeout() time.Duration {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.cfg.DrainTimeout.D()
}

// Drain starts (or hurries) the shutdown: no new jobs, idle runners
// removed, running jobs allowed until deadline, then everything torn down.
// Done is closed when it is complete.
func (d *Daemon) Drain(deadline time.Time) {
	d.mu.Lock()
	d.draining = true
	d.mu.Unlock()
	d.system.Root.Send(d.root, &messages.Drain{Deadline: deadline})
	if d.fleet != nil {
		// A draining node leaves the fleet at once: its leaderships go to
		// the other nodes while its running jobs finish.
		go d.fleet.Close()
	}
}

// Kill stops every actor without cleaning anything up, leaving
// environments, registrations and sessions behind as a SIGKILL would. It
// is for tests of crash recovery.
func (d *Daemon) Kill() {
	d.deps.Abandoned.Store(true)
	_ = d.system.Root.StopFuture(d.root).Wait()
	d.finish()
}

// Reload loads the configuration again and applies it as a diff to the
// tree. A configuration that does not load is refused with every problem;
// the daemon keeps running on the last good one.
func (d *Daemon) Reload(ctx context.Context) (config.Plan, error) {
	d.reloadMu.Lock()
	defer d.reloadMu.Unlock()
	if d.opts.Reload == nil {
		return config.Plan{}, errors.New("this daemon has no configuration file to reload")
	}
	res, err := d.opts.Reload()
	now := time.Now()
	if err != nil {
		d.mu.Lock()
		d.state.LastReload, d.state.LastReloadError = now, err.Error()
		d.mu.Unlock()
		d.logger.Error("configuration rejected; keeping the last good one", logkey.Path, d.opts.ConfigPath, logkey.Problems, err.Error())
		d.reloaded(false)
		return config.Plan{}, err
	}
	for _, w := range res.Warnings {
		d.logger.Warn(w.String())
	}
	next := res.Config
	targets := d.resolve(next)
	d.mu.Lock()
	cur, curTargets := d.cfg, d.targets
	d.mu.Unlock()
	plan := config.Diff(cur, next, fingerprints(curTargets), fingerprints(targets))
	// Settings the running daemon cannot change keep their running value.
	next.DaemonID, next.StateDir, next.Admin, next.Metrics, next.GitHub = cur.DaemonID, cur.StateDir, cur.Admin, cur.Metrics, cur.GitHub
	next.Log.Format = cur.Log.Format
	next.Dashboard = cur.Dashboard
	// The fleet membership is not half applied: a changed cluster
	// section waits for a restart.
	next.Cluster = cur.Cluster
	if d.opts.LogLevel != nil {
		if l, err := logging.ParseLevel(next.Log.Level); err == nil {
			d.opts.LogLevel.Set(l)
		}
	}
	if _, err := d.system.Root.RequestFuture(d.root, &applyConfig{cfg: next, targets: targets, plan: plan}, requestTimeout(ctx)).Result(); err != nil {
		return plan, fmt.Errorf("applying the configuration: %w", err)
	}
	// Only a reload that changes the configuration in force is a new
	// generation; one that changes nothing still counts as applied.
	changed := !reflect.DeepEqual(cur, next) || !maps.Equal(fingerprints(curTargets), fingerprints(targets))
	d.mu.Lock()
	d.cfg, d.targets = next, targets
	if changed {
		d.state.Generation++
		d.state.LoadedAt = now
	}
	generation := d.state.Generation
	d.state.LastReload, d.state.LastReloadError = now, ""
	d.state.Pending = plan.NeedRestart
	d.mu.Unlock()
	if !changed && plan.Empty() {
		d.logger.Info("configuration reloaded: no changes", logkey.Generation, generation)
	} else {
		d.logger.Info("configuration reloaded", logkey.Generation, generation, logkey.Changes, len(plan.Changes))
		for _, c := range plan.Changes {
			d.logger.Info("configuration change", logkey.ScaleSet, c.ScaleSet, logkey.Changes, fmt.Sprint(c.Details))
		}
		for _, k := range plan.NeedRestart {
			d.logger.Warn("configuration change needs a restart to take effect", logkey.Key, k)
		}
	}
	d.reloaded(true)
	return plan, nil
}

func (d *Daemon) reloaded(applied bool) { d.metrics.Reloaded(applied) }

// MetricsHandler serves the Prometheus metrics: outrunner's own and
// protoactor's instruments.
func (d *Daemon) MetricsHandler() http.Handler { return d.metricsHandler }

func fingerprints(targets map[string]messages.Target) map[string]string {
	out := make(map[string]string, len(targets))
	for name, t := range targets {
		out[name] = t.Fingerprint()
	}
	return out
}

// RunningConfig returns the configuration in force and, per scale set, a
// non-secret fingerprint of its URL and credentials.
func (d *Daemon) RunningConfig() (*config.Config, map[string]string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.cfg, fingerprints(d.targets)
}

// DrainScaleSet drains one scale set: no new jobs, idle runners removed,
// running jobs finish within drain_timeout, then it stops. It starts again
// when its configuration changes or the daemon restarts.
func (d *Daemon) DrainScaleSet(ctx context.Context, name string) error {
	res, err := d.system.Root.RequestFuture(d.root, &drainScaleSet{name: name}, requestTimeout(ctx)).Result()
	if err != nil {
		return fmt.Errorf("asking the root actor: %w", err)
	}
	return res.(*drainAnswer).err
}

// Status returns a snapshot of the daemon: configuration, scale sets and
// actors.
func (d *Daemon) Status(ctx context.Context) (*messages.Status, error) {
	d.mu.Lock()
	st := &messages.Status{
		DaemonID: d.cfg.DaemonID, Version: version.String(), PID: os.Getpid(),
		StartedAt: d.startedAt, Draining: d.draining, Config: d.state,
	}
	d.mu.Unlock()
	st.Actors = d.stats.Snapshot()
	if d.fleet != nil {
		fs := d.fleet.Status()
		fs.GitHubRateLimit, fs.GitHubRateBurst = d.deps.Pools.RateShare()
		st.Fleet = &fs
	}
	select {
	case <-d.done:
		return st, nil
	default:
	}
	timeout := requestTimeout(ctx)
	res, err := d.system.Root.RequestFuture(d.root, &messages.GetScaleSets{}, timeout).Result()
	if err != nil {
		return nil, fmt.Errorf("asking the root actor: %w", err)
	}
	pids := res.(*scaleSetPIDs).pids
	type answer struct {
		snap *messages.ScaleSetSnapshot
		err  error
	}
	answers := make(chan answer, len(pids))
	for _, pid := range pids {
		f := d.system.Root.RequestFuture(pid, &messages.GetSnapshot{}, timeout)
		go func() {
			r, err := f.Result()
			snap, _ := r.(*messages.ScaleSetSnapshot)
			answers <- answer{snap: snap, err: err}
		}()
	}
	for range pids {
		a := <-answers
		if a.err == nil && a.snap != nil {
			st.ScaleSets = append(st.ScaleSets, *a.snap)
		}
	}
	sort.Slice(st.ScaleSets, func(i, j int) bool { return st.ScaleSets[i].Name < st.ScaleSets[j].Name })
	return st, nil
}

// WaitReady returns the status once every scale set of the configuration
// has settled: it serves (active), or it failed and names why (any state
// but starting), so that a broken scale set does not hold up the others.
// It returns ctx's error if that does not happen before ctx ends.
func (d *Daemon) WaitReady(ctx context.Context) (*messages.Status, error) {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		st, err := d.Status(ctx)
		if err == nil && d.settled(st) {
			return st, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-d.done:
			return nil, errors.New("the daemon stopped")
		case <-t.C:
		}
	}
}

// settled reports whether every configured scale set is in a state other
// than starting.
func (d *Daemon) settled(st *messages.Status) bool {
	d.mu.Lock()
	want := len(d.cfg.Runners)
	d.mu.Unlock()
	if len(st.ScaleSets) < want {
		return false
	}
	for _, s := range st.ScaleSets {
		if s.State == messages.StateStarting {
			return false
		}
	}
	return true
}

// Jobs returns the timelines of the recent jobs that f selects, newest
// first.
func (d *Daemon) Jobs(f timeline.Filter) []timeline.Job { return d.jobs.List(f) }

// Job returns a job's timeline by job ID or by the name of its runner.
func (d *Daemon) Job(idOrRunner string) (timeline.Job, bool) { return d.jobs.Get(idOrRunner) }

// Stats returns the actor measurements (for metrics).
func (d *Daemon) Stats() *actorstats.Registry { return d.stats }

// requestTimeout derives an actor request timeout from ctx.
func requestTimeout(ctx context.Context) time.Duration {
	if dl, ok := ctx.Deadline(); ok {
		if t := time.Until(dl); t > 0 {
			return t
		}
		return time.Millisecond
	}
	return 5 * time.Second
}
