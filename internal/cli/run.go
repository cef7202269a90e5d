package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/outrunner/outrunner/backends/all"
	"github.com/outrunner/outrunner/backends/sim"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/admin"
	"github.com/outrunner/outrunner/internal/dashboard"
	"github.com/outrunner/outrunner/internal/ghsim/emurunner"
	"github.com/outrunner/outrunner/internal/logging"
	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/internal/sdnotify"
	"github.com/outrunner/outrunner/messages"
	"github.com/outrunner/outrunner/supervisor"
)

func newRunCommand(g *globalFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Run the daemon (the default command)",
		Long: `run starts one scale set per runners entry of the configuration and serves
jobs until SIGINT or SIGTERM. The first signal drains: no new jobs, idle
runners removed, running jobs allowed to finish until drain_timeout, then
everything torn down. A second signal stops at once (still cleaning up).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runDaemon(cmd, g) },
	}
	addMaxRunnersFlag(cmd, g)
	return cmd
}

func runDaemon(cmd *cobra.Command, g *globalFlags) error {
	// Signals are caught before anything starts: a SIGTERM that arrives
	// while scale sets start drains them once they have, instead of
	// killing the process with registrations and sessions open.
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(signals)
	errOut := cmd.ErrOrStderr()
	res, err := loadConfig(cmd, g, runOptions(cmd, g))
	if err != nil {
		printLoadError(errOut, g.configPath, err)
		return &exitError{code: 1}
	}
	cfg := res.Config
	level, err := logging.ParseLevel(cfg.Log.Level)
	if err != nil {
		return err
	}
	levelVar := &slog.LevelVar{}
	levelVar.Set(level)
	secrets := logging.NewSecrets()
	secrets.Add(g.token)
	logger := logging.New(cmd.OutOrStdout(), logging.Options{Level: levelVar, Format: cfg.Log.Format, Secrets: secrets})
	for _, w := range res.Warnings {
		logger.Warn(w.String())
	}
	logger.Info("loaded config", logkey.Path, g.configPath, logkey.Runners, len(cfg.Runners))

	// The admin socket is claimed before anything starts, so that a second
	// daemon on the same socket stops here.
	var adminSrv *admin.Server
	if cfg.Admin.Socket != "" {
		if adminSrv, err = admin.Listen(cfg.Admin.Socket); err != nil {
			logger.Error("cannot start", logkey.Error, err)
			return &exitError{code: 1}
		}
		defer adminSrv.Close()
	}

	simBackend := sim.New(sim.Options{Run: func(ctx context.Context, jit string) error {
		return emurunner.Run(ctx, jit, emurunner.Options{})
	}})
	d, err := supervisor.Start(supervisor.Options{
		Config:     cfg,
		ConfigPath: g.configPath,
		Reload: func() (*config.Result, error) {
			return config.Load(runOptions(cmd, g))
		},
		WatchConfig:  true,
		FlagToken:    g.token,
		Logger:       logger,
		LogLevel:     levelVar,
		LibraryLevel: max(level, slog.LevelWarn),
		Secrets:      secrets,
		Backends:     all.New(all.Options{Sim: simBackend, StateDir: cfg.StateDir}),
		JobHistory:   true,
	})
	if err != nil {
		logger.Error("cannot start", logkey.Error, err)
		return &exitError{code: 1}
	}
	if adminSrv != nil {
		adminSrv.Serve(d, d.MetricsHandler(), logger)
		logger.Info("admin API listening", logkey.Socket, cfg.Admin.Socket)
	}
	if cfg.Metrics.Listen != "" {
		stop, err := serveMetrics(cfg.Metrics.Listen, d.MetricsHandler(), logger)
		if err != nil {
			logger.Error("cannot serve metrics; continuing without", logkey.Listen, cfg.Metrics.Listen, logkey.Error, err)
		} else {
			defer stop()
		}
	}
	if cfg.Dashboard.Listen != "" {
		dash, err := dashboard.Start(cfg.Dashboard.Listen, d, logger)
		if err != nil {
			logger.Error("cannot serve the dashboard; continuing without", logkey.Listen, cfg.Dashboard.Listen, logkey.Error, err)
		} else {
			defer dash.Close()
		}
	}
	go notifyReady(d, logger)

	drained := 0
	for {
		select {
		case <-d.Done():
			logger.Info("stopped")
			return nil
		case sig := <-signals:
			if sig == syscall.SIGHUP {
				logger.Info("SIGHUP: reloading the configuration", logkey.Path, g.configPath)
				go func() {
					_ = sdnotify.Notify(sdnotify.Reloading())
					_, _ = d.Reload(context.Background())
					_ = sdnotify.Notify(sdnotify.Ready)
				}()
				continue
			}
			drained++
			if drained == 1 {
				deadline := time.Now().Add(d.DrainTimeout())
				logger.Info("draining: no new jobs; running jobs may finish", logkey.Signal, sig.String(), logkey.Deadline, deadline.Format(time.RFC3339))
				_ = sdnotify.Notify(sdnotify.Stopping, sdnotify.Status("Draining until "+deadline.Format(time.TimeOnly)))
				d.Drain(deadline)
				continue
			}
			logger.Warn("second signal: stopping every runner now", logkey.Signal, sig.String())
			d.Drain(time.Now())
		}
	}
}

// serveMetrics serves /metrics over TCP for Prometheus.
func serveMetrics(addr string, h http.Handler, logger *slog.Logger) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", h)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("metrics server stopped", logkey.Error, err)
		}
	}()
	logger.Info("metrics listening", logkey.Address, ln.Addr().String())
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}, nil
}

// readyWait bounds how long the daemon waits for every scale set to
// settle (serve, or report why not) before it tells systemd it is ready
// anyway.
const readyWait = time.Minute

// servingRecheck is how often the STATUS= line systemd shows is refreshed
// after READY.
const servingRecheck = 5 * time.Second

// notifyReady tells systemd (Type=notify) the daemon is ready once every
// scale set has settled, or after readyWait, with a status line naming the
// scale sets that do not serve; then it keeps that line up to date until
// the daemon drains.
func notifyReady(d *supervisor.Daemon, logger *slog.Logger) {
	ctx, cancel := context.WithTimeout(context.Background(), readyWait)
	st, err := d.WaitReady(ctx)
	cancel()
	if err != nil {
		if st, err = currentStatus(d); err != nil {
			return
		}
	}
	sum := summarize(st)
	if sum.all() {
		logger.Info("ready: every scale set is serving", logkey.ScaleSets, sum.total)
	} else {
		logger.Warn("ready, but not every scale set is serving", logkey.Serving, sum.counts(), logkey.NotServing, sum.notServing())
	}
	if err := sdnotify.Notify(sdnotify.Ready, sdnotify.Status(sum.String())); err != nil {
		logger.Warn("cannot notify systemd", logkey.Error, err)
	}
	t := time.NewTicker(servingRecheck)
	defer t.Stop()
	for {
		select {
		case <-d.Done():
			return
		case <-t.C:
		}
		st, err := currentStatus(d)
		if err != nil || st.Draining {
			continue
		}
		next := summarize(st)
		if next.String() == sum.String() {
			continue
		}
		if next.all() {
			logger.Info("every scale set is serving", logkey.ScaleSets, next.total)
		} else {
			logger.Warn("not every scale set is serving", logkey.Serving, next.counts(), logkey.NotServing, next.notServing())
		}
		sum = next
		_ = sdnotify.Notify(sdnotify.Status(sum.String()))
	}
}

// currentStatus asks the daemon for its status, briefly.
func currentStatus(d *supervisor.Daemon) (*messages.Status, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return d.Status(ctx)
}

// servingSummary says which scale sets serve jobs.
type servingSummary struct {
	total int
	// down lists the scale sets that do not serve, each as
	// "name (state: cause)".
	down []string
}

// summarize counts the scale sets that serve and describes the others.
func summarize(st *messages.Status) servingSummary {
	sum := servingSummary{total: len(st.ScaleSets)}
	for _, s := range st.ScaleSets {
		if messages.Serving(s.State) {
			continue
		}
		why := s.State
		if s.Cause != "" {
			why += ": " + s.Cause
		}
		sum.down = append(sum.down, s.Name+" ("+why+")")
	}
	return sum
}

// all reports whether every scale set serves.
func (s servingSummary) all() bool { return len(s.down) == 0 }

// counts is "N of M".
func (s servingSummary) counts() string {
	return fmt.Sprintf("%d of %d", s.total-len(s.down), s.total)
}

// notServing lists the scale sets that do not serve.
func (s servingSummary) notServing() string { return strings.Join(s.down, ", ") }

// String is the line for systemd's STATUS=, e.g. "1 of 2 scale sets
// serving; not serving: linux (auth_failed: 401 Bad credentials from
// GitHub)".
func (s servingSummary) String() string {
	line := s.counts() + " scale sets serving"
	if !s.all() {
		line += "; not serving: " + s.notServing()
	}
	return line
}
