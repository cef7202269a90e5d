package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/outrunner/outrunner/internal/admin"
	"github.com/outrunner/outrunner/internal/cleanup"
	"github.com/outrunner/outrunner/internal/logging"
	"github.com/outrunner/outrunner/internal/statelock"
)

// defaultCleanupWait is the default of cleanup --wait.
const defaultCleanupWait = 2 * time.Minute

// daemonCheckTimeout bounds cleanup's question whether a daemon runs.
const daemonCheckTimeout = 5 * time.Second

func newCleanupCommand(g *globalFlags) *cobra.Command {
	var dryRun, force bool
	var wait time.Duration
	cmd := &cobra.Command{
		Use:   "cleanup",
		Short: "Remove what a stopped daemon left behind: environments and runner registrations",
		Long: `cleanup removes the environments (containers, VMs) carrying this host's
daemon_id, searched in the backend of every runner entry of the configuration,
and the runner registrations listed in the journal in state_dir, on GitHub and
in the journal. It refuses while a daemon answers on the admin socket or
holds the lock on state_dir: a running daemon cleans up after itself, and
adopts what an earlier one left. --dry-run lists what it would remove. Right
after a daemon was killed, GitHub refuses to remove a registration whose job
it still shows running, until it notices that the runner is gone: cleanup
retries those for up to --wait and then names each one left and why.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runCleanup(cmd, g, dryRun, force, wait)
		},
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "list what would be removed, remove nothing")
	cmd.Flags().BoolVar(&force, "force", false, "do not check the admin socket for a running daemon (when admin.socket is empty); the state_dir lock is still respected")
	cmd.Flags().DurationVar(&wait, "wait", defaultCleanupWait, "how long to retry registrations whose job GitHub still shows running (0: try once)")
	return cmd
}

func runCleanup(cmd *cobra.Command, g *globalFlags, dryRun, force bool, wait time.Duration) error {
	out, errOut := cmd.OutOrStdout(), cmd.ErrOrStderr()
	// Without the backends' checks: what a stopped daemon left must be
	// removable even when its runners could no longer start (a mount
	// source gone, say).
	opts := runOptions(cmd, g)
	opts.Check = nil
	res, err := loadConfig(cmd, g, opts)
	if res != nil {
		for _, w := range res.Warnings {
			fmt.Fprintln(errOut, w.String())
		}
	}
	if err != nil {
		printLoadError(errOut, g.configPath, err)
		return &exitError{code: 1}
	}
	cfg := res.Config
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if !force {
		if msg := daemonRuns(ctx, adminSocket{path: cfg.Admin.Socket, source: "admin.socket in " + g.configPath}); msg != "" {
			fmt.Fprintln(errOut, "outrunner cleanup:", msg)
			return &exitError{code: 1}
		}
	}
	// Even with --force: the lock says for certain whether a daemon (or
	// another cleanup) works on this state directory, and keeps one from
	// starting while cleanup runs.
	lock, err := statelock.Acquire(cfg.StateDir, statelock.Holder{PID: os.Getpid(), Role: statelock.RoleCleanup})
	var inUse *statelock.InUseError
	switch {
	case errors.As(err, &inUse):
		fmt.Fprintf(errOut, "outrunner cleanup: %v; it manages its own environments and registrations. Stop it first (a restarted daemon adopts what it finds)\n", err)
		return &exitError{code: 1}
	case err != nil:
		// The environments may still be removable; the journal will say
		// for itself whether it can be read.
		fmt.Fprintf(errOut, "warning: cannot lock state_dir %s, so a daemon could start while cleanup runs: %v\n", cfg.StateDir, err)
	default:
		defer lock.Release()
	}

	level, err := logging.ParseLevel(cfg.Log.Level)
	if err != nil {
		return err
	}
	if level > slog.LevelDebug {
		level = max(level, slog.LevelWarn) // the report says what happens
	}
	secrets := logging.NewSecrets()
	secrets.Add(g.token)
	logger := logging.New(errOut, logging.Options{Level: level, Format: cfg.Log.Format, Secrets: secrets})

	if dryRun {
		fmt.Fprintln(out, "Dry run: nothing is removed.")
	}
	result := cleanup.Run(ctx, cleanup.Options{Config: cfg, FlagToken: g.token, DryRun: dryRun, Out: out, Logger: logger, Wait: wait})
	if len(result.Problems) > 0 {
		return &exitError{code: 1}
	}
	return nil
}

// daemonRuns returns why cleanup must not run now: a daemon answers on the
// socket, or whether one runs cannot be told. Empty when no daemon runs.
func daemonRuns(ctx context.Context, sock adminSocket) string {
	c, err := sock.client()
	if err != nil {
		return fmt.Sprintf("%v, so cleanup cannot tell whether a daemon is running; make sure none is, then pass --force", err)
	}
	ctx, cancel := context.WithTimeout(ctx, daemonCheckTimeout)
	defer cancel()
	st, err := c.Status(ctx)
	switch {
	case err == nil:
		return fmt.Sprintf("a daemon answers on %s (pid %d, daemon_id %s); it manages its own environments and registrations. Stop it first (a restarted daemon adopts what it finds)",
			sock.path, st.PID, st.DaemonID)
	case errors.Is(err, admin.ErrNoDaemon):
		return ""
	}
	return fmt.Sprintf("cannot tell whether a daemon is running: %s\nMake sure none is, then pass --force", sock.describe(err))
}
