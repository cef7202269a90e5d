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
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/outrunner/outrunner/actors"
	"github.com/outrunner/outrunner/backends/all"
	"github.com/outrunner/outrunner/backends/sim"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/admin"
	"github.com/outrunner/outrunner/internal/ghsim/emurunner"
	"github.com/outrunner/outrunner/internal/logging"
	"github.com/outrunner/outrunner/internal/sdnotify"
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
	logger.Info("Loaded config", "path", g.configPath, "runners", len(cfg.Runners))

	// The admin socket is claimed before anything starts, so that a second
	// daemon on the same socket stops here.
	var adminSrv *admin.Server
	if cfg.Admin.Socket != "" {
		if adminSrv, err = admin.Listen(cfg.Admin.Socket); err != nil {
			logger.Error("Cannot start", "err", err)
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
		Backends:     actors.Factory(all.New(all.Options{Sim: simBackend, StateDir: cfg.StateDir})),
	})
	if err != nil {
		logger.Error("Cannot start", "err", err)
		return &exitError{code: 1}
	}
	if adminSrv != nil {
		adminSrv.Serve(d, d.MetricsHandler(), logger)
		logger.Info("Admin API listening", "socket", cfg.Admin.Socket)
	}
	if cfg.Metrics.Listen != "" {
		stop, err := serveMetrics(cfg.Metrics.Listen, d.MetricsHandler(), logger)
		if err != nil {
			logger.Error("Cannot serve metrics; continuing without", "listen", cfg.Metrics.Listen, "err", err)
		} else {
			defer stop()
		}
	}
	go notifyReady(d, logger, len(cfg.Runners))

	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(signals)
	drained := 0
	for {
		select {
		case <-d.Done():
			logger.Info("Stopped")
			return nil
		case sig := <-signals:
			if sig == syscall.SIGHUP {
				logger.Info("SIGHUP: reloading the configuration", "path", g.configPath)
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
				logger.Info("Draining: no new jobs; running jobs may finish", "signal", sig.String(), "deadline", deadline.Format(time.RFC3339))
				_ = sdnotify.Notify(sdnotify.Stopping, sdnotify.Status("Draining until "+deadline.Format(time.TimeOnly)))
				d.Drain(deadline)
				continue
			}
			logger.Warn("Second signal: stopping every runner now", "signal", sig.String())
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
			logger.Error("Metrics server stopped", "err", err)
		}
	}()
	logger.Info("Metrics listening", "address", ln.Addr().String())
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}, nil
}

// notifyReady tells systemd (Type=notify) the daemon is ready once every
// scale set serves.
func notifyReady(d *supervisor.Daemon, logger *slog.Logger, scaleSets int) {
	if err := d.WaitReady(context.Background()); err != nil {
		return
	}
	logger.Info("Ready: every scale set is serving", "scaleSets", scaleSets)
	if err := sdnotify.Notify(sdnotify.Ready, sdnotify.Status(fmt.Sprintf("Serving %d scale sets", scaleSets))); err != nil {
		logger.Warn("Cannot notify systemd", "err", err)
	}
}
