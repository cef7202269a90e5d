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

	"github.com/outrunner/outrunner/backends/all"
	"github.com/outrunner/outrunner/backends/sim"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/admin"
	"github.com/outrunner/outrunner/internal/ghsim/emurunner"
	"github.com/outrunner/outrunner/internal/logging"
	"github.com/outrunner/outrunner/internal/logkey"
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
	go notifyReady(d, logger, len(cfg.Runners))

	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(signals)
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

// notifyReady tells systemd (Type=notify) the daemon is ready once every
// scale set serves.
func notifyReady(d *supervisor.Daemon, logger *slog.Logger, scaleSets int) {
	if err := d.WaitReady(context.Background()); err != nil {
		return
	}
	logger.Info("ready: every scale set is serving", logkey.ScaleSets, scaleSets)
	if err := sdnotify.Notify(sdnotify.Ready, sdnotify.Status(fmt.Sprintf("Serving %d scale sets", scaleSets))); err != nil {
		logger.Warn("cannot notify systemd", logkey.Error, err)
	}
}
