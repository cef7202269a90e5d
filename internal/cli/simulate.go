package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/outrunner/outrunner/backends/all"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/logging"
	"github.com/outrunner/outrunner/internal/simulate"
)

func newSimulateCommand(g *globalFlags) *cobra.Command {
	o := simulate.Options{}
	var (
		jsonOut    bool
		reportFile string
		configPath string
		seed       uint64
		logLevel   string
		warm       string
	)
	cmd := &cobra.Command{
		Use:   "simulate",
		Short: "Run the simulator, the daemon and a job generator in one process",
		Long: `simulate starts the built-in GitHub simulator, runs the daemon against it and
feeds it jobs, then prints what happened: jobs by outcome, queue-to-start
latency, runner failures and restarts, and anything left behind. It exits 0
only when every job completed and nothing leaked.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.Seed = seed
			switch n, err := strconv.Atoi(warm); {
			case warm == "":
			case warm == "auto":
				o.WarmAuto = true
			case err != nil || n < 0:
				return fmt.Errorf("--warm takes a size (0 or more) or auto, not %q", warm)
			default:
				o.Warm = n
			}
			if configPath != "" {
				res, err := config.Load(config.LoadOptions{Path: configPath, Environ: []string{}, SkipCredentialChecks: true, Check: all.Check})
				if err != nil {
					printLoadError(cmd.ErrOrStderr(), configPath, err)
					return &exitError{code: 1}
				}
				o.Config = res.Config
			}
			return runSimulate(cmd, g, o, logLevel, jsonOut, reportFile)
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.Jobs, "jobs", 50, "number of jobs")
	f.Float64Var(&o.Rate, "rate", 10, "jobs enqueued per second (0: all at once)")
	f.DurationVar(&o.JobDuration, "job-duration", time.Second, "how long each job runs")
	f.IntVar(&o.ScaleSets, "scale-sets", 2, "number of scale sets")
	f.IntVar(&o.MaxRunners, "max-runners", 5, "max_runners of each scale set")
	f.StringVar(&o.Backend, "backend", config.BackendSim, "backend of the scale sets: "+strings.Join(simulate.Backends(), ", "))
	f.StringVar(&o.BackendImage, "image", "", "backend image of the simulated runners (libvirt: the test guest directory)")
	f.StringVar(&o.SimRunner, "simrunner", "", "static simrunner binary for containers and VMs (default: next to outrunner)")
	f.Float64Var(&o.StartFailureRate, "start-failure-rate", 0, "probability that a runner environment fails to start")
	f.Float64Var(&o.APIErrorRate, "api-error-rate", 0, "probability that a GitHub API call answers 503")
	f.BoolVar(&o.GitHubLimits, "github-limits", false, "use the daemon's production rate limit against GitHub's secondary limit on JIT generation")
	f.Uint64Var(&seed, "seed", 1, "seed of the injected failures, of --workload and of the --chaos schedule")
	f.DurationVar(&o.BootTime, "boot-time", 0, "how long a sim backend environment takes to boot")
	f.StringVar(&warm, "warm", "", "warm pool of each scale set: a size N, or auto (adaptive, 0 to --max-runners)")
	f.DurationVar(&o.APILatency, "api-latency", 0, "every simulator GitHub call takes about this long (±10%)")
	f.StringVar(&o.Workload, "workload", "", "generated workload instead of --jobs: bursty (seeded Poisson background, fan-out bursts, quiet gaps)")
	f.DurationVar(&o.Duration, "duration", 0, "length of the --workload")
	f.StringVar(&o.Trace, "trace", "", "replay a trace file: JSON lines {\"at_s\", \"scale_set\", \"duration_s\"}")
	f.BoolVar(&o.Soak, "soak", false, "like --chaos without the kills: sample the daemon's memory, goroutines and open files over the run and fail when one keeps growing")
	f.BoolVar(&o.Chaos, "chaos", false, "run the daemon as a child process and SIGKILL and restart it, fail and stall GitHub calls and drop queue messages on a schedule; check that every job completes exactly once and nothing leaks")
	f.StringVar(&o.EngineRestart, "engine-restart", "", "with --chaos on a real backend: a shell command that restarts its engine, run on the chaos schedule (test environment: \"$OUTRUNNER_TEST_DOCKER_RESTART\")")
	f.IntVar(&o.Nodes, "nodes", 0, "run this many daemon processes as one fleet through etcd (sim backend); the report adds a fleet object")
	f.BoolVar(&o.KillLeader, "kill-leader", false, "with --nodes: SIGKILL a leading node a quarter into the run, and start it again after the takeover")
	f.BoolVar(&o.FreezeNode, "freeze-node", false, "with --nodes: SIGSTOP a leading node halfway through the run for longer than its lease, then resume it")
	f.StringVar(&o.Etcd, "etcd", "", "with --nodes: client URL of the etcd to use (default: start one from the etcd binary on PATH)")
	f.DurationVar(&o.LeaseTTL, "lease-ttl", 0, "with --nodes: the nodes' cluster.lease_ttl (default 10s)")
	f.DurationVar(&o.Timeout, "timeout", 10*time.Minute, "give up after this long")
	f.BoolVar(&jsonOut, "json", false, "print the report as one JSON object on stdout")
	f.StringVar(&reportFile, "report", "", "also write the JSON report to this file")
	f.StringVar(&configPath, "config", "", "take the scale sets from this configuration instead of generating them")
	f.StringVar(&o.Dashboard, "dashboard", "", "serve the live dashboard on this address (host:port, e.g. 127.0.0.1:9465) while the simulation runs")
	// The report says what happened: the daemon's own lines are errors
	// only unless asked for (this flag shadows the global --log-level).
	f.StringVar(&logLevel, "log-level", "error", "level of the daemon's own log lines on stderr: debug, info, warn or error")
	cmd.AddCommand(newSimulateServerCommand())
	return cmd
}

func runSimulate(cmd *cobra.Command, g *globalFlags, o simulate.Options, logLevel string, jsonOut bool, reportFile string) error {
	out, errOut := cmd.OutOrStdout(), cmd.ErrOrStderr()
	level, err := logging.ParseLevel(logLevel)
	if err != nil {
		return err
	}
	o.Progress = out
	if jsonOut {
		o.Progress = errOut
	}
	o.Interactive = isTerminal(o.Progress)
	progressOut := o.Progress
	o.Width = func() int { w, _ := terminalSize(progressOut); return w }
	logOut := errOut
	if o.Interactive && isTerminal(errOut) {
		// Logs on the same screen as the redrawn progress line.
		t := &progressTerminal{progress: o.Progress, logs: errOut}
		o.Progress, logOut = t.progressWriter(), t.logWriter()
	}
	o.Logger = logging.New(logOut, logging.Options{Level: level, Format: g.logFormat})
	o.DashboardReady = func(url string) { fmt.Fprintln(errOut, "dashboard:", url) }

	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	rep, err := simulate.Run(ctx, o)
	if rep == nil {
		return err
	}
	if err != nil {
		fmt.Fprintln(errOut, "simulate:", err)
	}
	b, _ := json.MarshalIndent(rep, "", "  ")
	if reportFile != "" {
		if werr := os.WriteFile(reportFile, append(b, '\n'), 0o644); werr != nil {
			fmt.Fprintln(errOut, "simulate:", werr)
		}
	}
	if jsonOut {
		fmt.Fprintln(out, string(b))
	} else {
		rep.WriteSummary(out)
	}
	if !rep.Clean() || err != nil {
		return &exitError{code: 1}
	}
	return nil
}

// isTerminal reports whether w is a terminal.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// terminalSize is the size of the terminal w, or 0, 0 when w is not one.
func terminalSize(w any) (width, height int) {
	f, ok := w.(*os.File)
	if !ok {
		return 0, 0
	}
	width, height, err := term.GetSize(int(f.Fd()))
	if err != nil {
		return 0, 0
	}
	return width, height
}

func newSimulateServerCommand() *cobra.Command {
	var listen, token string
	var pollHold time.Duration
	cmd := &cobra.Command{
		Use:   "server",
		Short: "Run the GitHub simulator alone, for outrunner run to talk to",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := ghsim.New(ghsim.Options{Listen: listen, Token: token, PollHold: pollHold})
			if err != nil {
				return err
			}
			defer s.Close()
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "Simulator listening on %s\n", s.URL())
			fmt.Fprintf(out, "Config URL: %s\n", s.ConfigURL())
			fmt.Fprintf(out, "Token: set GITHUB_TOKEN to the --token value (default %q)\n", ghsim.DefaultToken)
			fmt.Fprintf(out, "Control API: POST %s/_sim/jobs, GET %s/_sim/state (docs/reference/simulator.md)\n", s.URL(), s.URL())
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			<-ctx.Done()
			fmt.Fprintln(out, "Simulator stopped")
			return nil
		},
	}
	cmd.Flags().StringVar(&listen, "listen", "127.0.0.1:8787", "address to listen on (loopback)")
	cmd.Flags().StringVar(&token, "token", "", "token the simulator accepts (default "+ghsim.DefaultToken+")")
	cmd.Flags().DurationVar(&pollHold, "poll-hold", ghsim.DefaultPollHold, "how long a message long poll waits for a message (GitHub: about 50s)")
	return cmd
}
