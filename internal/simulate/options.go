package simulate

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/logging"
)

// Options configures a simulation.
type Options struct {
	// Jobs is the number of jobs to run.
	Jobs int
	// Rate is jobs enqueued per second; 0 enqueues them all at once.
	Rate float64
	// JobDuration is how long each job runs.
	JobDuration time.Duration
	// ScaleSets and MaxRunners shape the generated configuration.
	ScaleSets  int
	MaxRunners int
	// Backend names the backend of the generated scale sets (see Backends).
	Backend string
	// BackendImage is a backend-specific image for the simulated runners
	// (docker: must be empty, the image is built from SimRunner; libvirt:
	// the test guest directory); empty uses the backend's default.
	BackendImage string
	// SimRunner is the static simrunner binary that runs inside containers
	// and VMs; empty looks for it next to the running executable.
	SimRunner string
	// StartFailureRate is the sim backend's start failure probability.
	StartFailureRate float64
	// APIErrorRate makes that share of GitHub API calls answer 5xx.
	APIErrorRate float64
	// GitHubLimits runs the daemon with its production rate limit and makes
	// the simulator enforce GitHub's secondary limit on JIT generation.
	GitHubLimits bool
	// Seed makes injected failures reproducible.
	Seed uint64
	// Config, when set, provides the scale sets instead of the generated
	// ones; their URLs and credentials are replaced by the simulator's.
	Config *config.Config
	// Timeout bounds the whole run.
	Timeout time.Duration
	// Logger receives the daemon's logs.
	Logger *slog.Logger
	// Progress receives progress lines; nil prints none.
	Progress io.Writer
	// Interactive redraws one progress line in place instead of printing
	// a line every few seconds.
	Interactive bool
	// Width returns the terminal's width in columns, asked at every
	// redraw so that a resize is followed; nil or 0 means PlainWidth.
	// Progress lines stay narrower than it.
	Width func() int
	// StateDir holds the daemon's journal; empty uses a temporary directory.
	StateDir string
	// Dashboard, when set, serves the live dashboard on this address
	// (host:port) while the simulation runs.
	Dashboard string
	// DashboardReady, when set, is called with the dashboard's URL.
	DashboardReady func(url string)

	// BootTime is how long a sim backend environment takes to boot.
	BootTime time.Duration
	// Warm is each generated scale set's fixed warm pool size; WarmAuto
	// makes it adaptive between 0 and MaxRunners instead.
	Warm     int
	WarmAuto bool
	// WarmFirst holds the first job back until every scale set has Warm
	// warm environments ready, so that a run measures binding rather than
	// how far the pool got before the first job (tests).
	WarmFirst bool
	// APILatency makes every simulator GitHub call take about that long
	// (±10% jitter).
	APILatency time.Duration
	// Workload names a generated workload instead of Jobs at Rate:
	// WorkloadBursty, over Duration, seeded by Seed.
	Workload string
	Duration time.Duration
	// Trace replays a trace file (see TraceJob) instead.
	Trace string

	// Chaos runs the daemon as a child process (Executable run --config)
	// and SIGKILLs and restarts it, fails and stalls GitHub calls and drops
	// queue messages on a schedule drawn from Seed, then checks the
	// invariants (Report.Chaos).
	Chaos bool
	// Soak runs the daemon as Chaos does, with the faults but no kills,
	// samples its resident memory, goroutines and open descriptors, and
	// fails when one grows faster than its limit (Report.Chaos.Soak).
	Soak bool
	// Executable is the outrunner binary the chaos mode runs; empty is the
	// running executable.
	Executable string
	// EngineRestart is a shell command that restarts the backend engine
	// (for the Docker engine of the test environment,
	// "scripts/testenv-docker.sh restart"); the chaos mode runs it on its
	// schedule. Empty restarts no engine.
	EngineRestart string
	// Nodes, when above 0, runs that many daemon processes (Executable
	// run --config) as one fleet, coordinated through etcd (Report.Fleet).
	Nodes int
	// KillLeader SIGKILLs a leading node once a quarter of the jobs
	// completed, and starts it again after the takeover.
	KillLeader bool
	// FreezeNode SIGSTOPs a leading node once half the jobs completed, for
	// longer than its lease, then resumes it.
	FreezeNode bool
	// Etcd is the client URL of the etcd the nodes use; empty starts one
	// from the etcd binary on PATH for the run.
	Etcd string
	// LeaseTTL is the nodes' lease TTL (cluster.lease_ttl).
	LeaseTTL time.Duration
	// chaosTimes overrides the chaos schedule's intervals (tests).
	chaosTimes *chaosTimes
}

func (o *Options) defaults() error {
	if o.Jobs < 0 || o.ScaleSets < 1 || o.MaxRunners < 1 {
		return errors.New("--jobs must be 0 or more, --scale-sets and --max-runners at least 1")
	}
	if o.Backend == "" {
		o.Backend = config.BackendSim
	}
	if _, ok := backendSetups[o.Backend]; !ok {
		return fmt.Errorf("--backend %s is not supported by simulate; use one of %s", o.Backend, strings.Join(Backends(), ", "))
	}
	for name, p := range map[string]float64{"--start-failure-rate": o.StartFailureRate, "--api-error-rate": o.APIErrorRate} {
		if p < 0 || p > 1 {
			return fmt.Errorf("%s must be between 0 and 1, got %g", name, p)
		}
	}
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Minute
	}
	if o.BootTime < 0 || o.APILatency < 0 || o.Warm < 0 || o.Duration < 0 {
		return errors.New("--boot-time, --api-latency, --duration and --warm must not be negative")
	}
	if o.BootTime > 0 && o.Backend != config.BackendSim {
		return errors.New("--boot-time is for the sim backend; real backends take the time they take")
	}
	switch {
	case o.Workload != "" && o.Workload != WorkloadBursty:
		return fmt.Errorf("--workload %s is not known; use %s", o.Workload, WorkloadBursty)
	case o.Workload != "" && o.Trace != "":
		return errors.New("--workload and --trace exclude each other")
	case o.Workload != "" && o.Duration <= 0:
		return errors.New("--workload takes a --duration")
	}
	if o.EngineRestart != "" && (!o.Chaos || o.Soak || o.Backend == config.BackendSim) {
		return errors.New("--engine-restart is for --chaos with a real backend (docker): the sim backend has no engine, and the soak restarts nothing")
	}
	if (o.Chaos || o.Soak) && o.Backend != config.BackendSim && o.Backend != config.BackendDocker {
		return fmt.Errorf("--chaos and --soak support --backend %s and %s", config.BackendSim, config.BackendDocker)
	}
	if err := o.fleetDefaults(); err != nil {
		return err
	}
	if o.Logger == nil {
		o.Logger = logging.Discard()
	}
	return nil
}

// fleetDefaults checks the fleet options (--nodes and what goes with it).
func (o *Options) fleetDefaults() error {
	if o.Nodes == 0 {
		if o.KillLeader || o.FreezeNode || o.Etcd != "" || o.LeaseTTL != 0 {
			return errors.New("--kill-leader, --freeze-node, --etcd and --lease-ttl go with --nodes")
		}
		return nil
	}
	switch {
	case o.Nodes < 0:
		return errors.New("--nodes must be 1 or more")
	case (o.KillLeader || o.FreezeNode) && o.Nodes < 2:
		return errors.New("--kill-leader and --freeze-node need --nodes 2 or more: another node must take over")
	case o.Chaos || o.Soak:
		return errors.New("--nodes excludes --chaos and --soak; it has its own --kill-leader and --freeze-node")
	case o.Backend != config.BackendSim:
		return fmt.Errorf("--nodes supports --backend %s: every node needs a backend instance of its own", config.BackendSim)
	case o.Config != nil || o.Dashboard != "":
		return errors.New("--nodes generates its scale sets and serves no dashboard; drop --config and --dashboard")
	case o.Etcd != "" && !strings.HasPrefix(o.Etcd, "http://") && !strings.HasPrefix(o.Etcd, "https://"):
		return fmt.Errorf("--etcd %s: give the client URL, e.g. http://127.0.0.1:2379", o.Etcd)
	}
	if o.LeaseTTL == 0 {
		o.LeaseTTL = config.DefaultClusterLeaseTTL
	}
	return nil
}
