package supervisor

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/actions/scaleset"
	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/actors"
	"github.com/outrunner/outrunner/actors/ghpool"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/journal"
	"github.com/outrunner/outrunner/internal/logging"
	"github.com/outrunner/outrunner/internal/telemetry"
	"github.com/outrunner/outrunner/internal/version"
	"github.com/outrunner/outrunner/messages"
)

// JournalFile is the registration journal's name inside state_dir.
const JournalFile = "registrations.jsonl"

// Options configures a Daemon.
type Options struct {
	// Config is the validated configuration.
	Config *config.Config
	// FlagToken is the --token value, if any.
	FlagToken string
	// Logger is the daemon's logger.
	Logger *slog.Logger
	// LibraryLevel is the minimum level of protoactor's own log lines.
	LibraryLevel slog.Level
	// Secrets collects credentials so that logs redact them; may be nil.
	Secrets *logging.Secrets
	// Backends creates provisioners.
	Backends actors.Factory
	// Timing overrides the runtime's intervals (tests); nil is the default.
	Timing *actors.Timing
	// HTTPOptions are extra options for the GitHub clients (tests).
	HTTPOptions []scaleset.HTTPOption
	// Events receives runtime events; may be nil.
	Events func(actors.Event)
}

// Daemon is a running outrunner: an actor system with one root actor.
type Daemon struct {
	system    *actor.ActorSystem
	root      *actor.PID
	deps      *actors.Deps
	journal   *journal.Journal
	daemonID  string
	startedAt time.Time
	done      chan struct{}
	doneOnce  sync.Once
	mu        sync.Mutex
	draining  bool
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
	mp, _, err := telemetry.Init()
	if err != nil {
		return nil, fmt.Errorf("metrics: %w", err)
	}
	j, err := journal.Open(filepath.Join(cfg.StateDir, JournalFile))
	if err != nil {
		return nil, fmt.Errorf("state_dir %s: %w", cfg.StateDir, err)
	}

	timing := actors.DefaultTiming()
	if o.Timing != nil {
		timing = *o.Timing
	}
	pools := ghpool.OptionsFromConfig(cfg.GitHub)
	pools.SystemInfo = scaleset.SystemInfo{System: "outrunner", Version: version.String(), Subsystem: "daemon"}
	// The HTTP layer's own lines repeat errors the actors report with
	// context; they are only wanted when debugging.
	pools.Logger = slog.New(logging.Demote(logger.Handler(), slog.LevelDebug)).With("component", "github")
	pools.HTTPOptions = o.HTTPOptions
	secrets := o.Secrets
	deps := &actors.Deps{
		DaemonID:     cfg.DaemonID,
		SessionOwner: sessionOwner(cfg.DaemonID),
		Pools:        ghpool.NewRegistry(pools),
		Backends:     o.Backends,
		Journal:      j,
		Logger:       logger,
		Timing:       timing,
		Events:       o.Events,
		Resolve: func(rc *config.RunnerConfig) (string, config.Credentials, error) {
			url, err := config.ResolveRunnerURL("", cfg, rc)
			if err != nil {
				return "", config.Credentials{}, err
			}
			creds, err := config.ResolveCredentials(o.FlagToken, cfg, rc)
			if err != nil {
				return "", config.Credentials{}, fmt.Errorf("runners.%s: %w", rc.Name, err)
			}
			if secrets != nil {
				secrets.Add(creds.Token)
				if creds.App != nil {
					secrets.Add(creds.App.PrivateKey)
				}
			}
			return url, creds, nil
		},
	}

	libLogger := slog.New(logging.AtLeast(logger.Handler(), o.LibraryLevel)).With("component", "protoactor")
	system := actor.NewActorSystem(
		actor.WithLoggerFactory(func(*actor.ActorSystem) *slog.Logger { return libLogger }),
		actor.WithMetricProviders(mp),
	)
	d := &Daemon{system: system, deps: deps, journal: j, daemonID: cfg.DaemonID, startedAt: time.Now(), done: make(chan struct{})}
	rootPID, err := system.Root.SpawnNamed(newRootProps(cfg, deps, d.finish), "root")
	if err != nil {
		_ = j.Close()
		return nil, fmt.Errorf("starting the root actor: %w", err)
	}
	d.root = rootPID
	logger.Info("Daemon started", "daemonID", cfg.DaemonID, "scaleSets", len(cfg.Runners), "version", version.String())
	return d, nil
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
		_ = d.journal.Close()
		d.system.Shutdown()
		close(d.done)
	})
}

// Done is closed when the daemon has drained and stopped.
func (d *Daemon) Done() <-chan struct{} { return d.done }

// Drain starts (or hurries) the shutdown: no new jobs, idle runners
// removed, running jobs allowed until deadline, then everything torn down.
// Done is closed when it is complete.
func (d *Daemon) Drain(deadline time.Time) {
	d.mu.Lock()
	d.draining = true
	d.mu.Unlock()
	d.system.Root.Send(d.root, &messages.Drain{Deadline: deadline})
}

// Kill stops every actor without cleaning anything up, leaving
// environments, registrations and sessions behind as a SIGKILL would. It
// is for tests of crash recovery.
func (d *Daemon) Kill() {
	d.deps.Abandoned.Store(true)
	_ = d.system.Root.StopFuture(d.root).Wait()
	d.finish()
}

// Status returns a snapshot of every scale set.
func (d *Daemon) Status(ctx context.Context) (*messages.Status, error) {
	d.mu.Lock()
	st := &messages.Status{DaemonID: d.daemonID, StartedAt: d.startedAt, Draining: d.draining}
	d.mu.Unlock()
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
