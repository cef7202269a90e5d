// Package tart is the Tart backend: it runs every GitHub Actions job in a
// fresh macOS or Linux VM on Apple Silicon, driving the tart command-line
// tool (https://tart.run) with clone, set, run, exec, stop, delete and list.
//
// Per runner, Start clones the configured image into a VM named after the
// runner, sets its CPUs and memory, runs it headless ("tart run
// --no-graphics", a supervised child process that lives as long as the VM),
// waits until "tart exec <vm> true" answers (the Tart Guest Agent is up),
// and launches runner_cmd through "tart exec -i". The JIT config travels on
// that command's standard input: a small /bin/sh wrapper in the guest reads
// it into ACTIONS_RUNNER_INPUT_JITCONFIG and execs the runner, so the
// credential never appears on a host or guest command line.
//
// Tart VMs carry no labels. Ownership is recorded in a marker file per VM in
// the state directory (see marker), written before the clone and removed
// after the delete; List cross-checks markers against "tart list". A
// process-wide account enforces a host limit on running Tart VMs (macOS
// allows two macOS VMs per host) across every Provisioner of the process.
package tart

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/outrunner/outrunner/backends"
)

// Defaults of Options fields left zero.
const (
	// DefaultHostLimit is Apple's limit of concurrently running macOS VMs
	// per host.
	DefaultHostLimit = 2
	// DefaultBootPollInterval paces the "tart exec <vm> true" probes.
	DefaultBootPollInterval = 2 * time.Second
	// DefaultProbeTimeout bounds one probe; a probe of a guest whose agent
	// is not up yet takes several seconds to fail.
	DefaultProbeTimeout = 30 * time.Second
	// DefaultWaitPollInterval paces Wait for VMs adopted after a restart.
	DefaultWaitPollInterval = 5 * time.Second
	// DefaultStopGrace is passed to "tart stop --timeout": how long the
	// guest may take to shut down before Tart kills the VM.
	DefaultStopGrace = 10 * time.Second
	// DefaultKillDelay is how long a tart process may take to exit after
	// SIGINT (a cancelled command) or after its VM stopped, before it is
	// killed.
	DefaultKillDelay = 5 * time.Second
	// DefaultCleanupTimeout bounds removing a half-started VM after a
	// failed Start.
	DefaultCleanupTimeout = 2 * time.Minute
	// DefaultLogTailBytes is how much of each output file a failure log keeps.
	DefaultLogTailBytes = 64 << 10
	// DefaultLogRetention is how many failure logs are kept.
	DefaultLogRetention = 20
)

// Options configures a Provisioner.
type Options struct {
	// Owner is stamped on every VM's ownership marker; List returns the VMs
	// of Owner.DaemonID (and of Owner.ScaleSet unless it is empty).
	Owner backends.Ownership
	// Logger receives the backend's logs; nil discards them. The caller's
	// logger carries the backend attribute (logkey.Backend); the backend
	// does not add it again.
	Logger *slog.Logger
	// TartPath is the tart executable: a name looked up in PATH (default
	// "tart") or a path.
	TartPath string
	// Env adds KEY=VALUE entries to the environment of every tart command
	// (for example TART_HOME, or PATH when the daemon's PATH lacks
	// /opt/homebrew/bin).
	Env []string
	// StateDir holds ownership markers, the live output of tart run/exec
	// and failure logs. Default: ~/.outrunner/tart.
	StateDir string
	// HostLimit is the most Tart VMs that may run on this host at once,
	// shared by every Provisioner of the process. Default DefaultHostLimit.
	HostLimit int
	// BootPollInterval paces the guest agent probes. Default
	// DefaultBootPollInterval.
	BootPollInterval time.Duration
	// ProbeTimeout bounds one guest agent probe. Default DefaultProbeTimeout.
	ProbeTimeout time.Duration
	// WaitPollInterval paces Wait for adopted VMs. Default
	// DefaultWaitPollInterval.
	WaitPollInterval time.Duration
	// StopGrace is the guest's shutdown time in "tart stop --timeout",
	// rounded up to whole seconds. Default DefaultStopGrace.
	StopGrace time.Duration
	// KillDelay is how long a tart process gets to exit before it is
	// killed. Default DefaultKillDelay.
	KillDelay time.Duration
	// CleanupTimeout bounds the cleanup after a failed Start. Default
	// DefaultCleanupTimeout.
	CleanupTimeout time.Duration
	// LogTailBytes is how much of each output a failure log keeps. Default
	// DefaultLogTailBytes.
	LogTailBytes int64
	// LogRetention is how many failure logs are kept. Default
	// DefaultLogRetention.
	LogRetention int
}

// Provisioner runs runners in Tart VMs. It implements backends.Provisioner,
// Lister, Waiter, HealthChecker and CapacityReporter. It is safe for
// concurrent use.
type Provisioner struct {
	opts  Options
	log   *slog.Logger
	env   []string
	names keyedMutex

	mu       sync.Mutex
	vms      map[string]*vm // VMs started by this provisioner
	closed   bool
	refreshs sync.WaitGroup // background refreshes started by Capacity
}

// vm is a VM this provisioner started, with its two supervised children:
// "tart run" (the VM) and "tart exec" (the runner).
type vm struct {
	name string
	jit  string // only to redact it from output; never logged

	startCancel context.CancelFunc
	startDone   chan struct{} // closed when Start returned
	started     bool          // Start succeeded; guarded by Provisioner.mu

	stopping atomic.Bool // Stop or a failed Start is tearing it down

	run     *os.Process
	runDone chan struct{} // closed when "tart run" exited; runErr is set
	runErr  error

	exec     *os.Process
	execDone chan struct{} // closed when "tart exec" exited; execErr is set
	execErr  error

	done   chan struct{} // closed when the runner ended; status is set
	status backends.ExitStatus

	// warm is set for a VM made by Prepare; bound is closed by Bind once
	// its runner launched (binding guards against a second Bind).
	warm    bool
	bound   chan struct{}
	binding bool
}

var (
	_ backends.Provisioner      = (*Provisioner)(nil)
	_ backends.Lister           = (*Provisioner)(nil)
	_ backends.Waiter           = (*Provisioner)(nil)
	_ backends.HealthChecker    = (*Provisioner)(nil)
	_ backends.CapacityReporter = (*Provisioner)(nil)
	_ backends.Binder           = (*Provisioner)(nil)
)

// New validates opts, fills defaults and returns a Provisioner. It does not
// run tart: a missing tart executable is reported by Start and Ping.
func New(opts Options) (*Provisioner, error) {
	if opts.Owner.DaemonID == "" {
		return nil, errors.New("tart: Options.Owner.DaemonID is required (it marks the VMs this daemon owns)")
	}
	if opts.HostLimit < 0 {
		return nil, fmt.Errorf("tart: host limit %d is negative", opts.HostLimit)
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{
		{"BootPollInterval", opts.BootPollInterval}, {"ProbeTimeout", opts.ProbeTimeout},
		{"WaitPollInterval", opts.WaitPollInterval}, {"StopGrace", opts.StopGrace},
		{"KillDelay", opts.KillDelay}, {"CleanupTimeout", opts.CleanupTimeout},
	} {
		if d.v < 0 {
			return nil, fmt.Errorf("tart: %s %s is negative", d.name, d.v)
		}
	}
	if opts.LogTailBytes < 0 || opts.LogRetention < 0 {
		return nil, errors.New("tart: LogTailBytes and LogRetention must not be negative")
	}
	for _, kv := range opts.Env {
		if !strings.Contains(kv, "=") {
			return nil, fmt.Errorf("tart: environment entry %q is not KEY=VALUE", kv)
		}
	}
	if opts.StateDir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return nil, fmt.Errorf("tart: no state directory given and no home directory: %w", err)
		}
		opts.StateDir = filepath.Join(home, ".outrunner", "tart")
	}
	stateDir, err := filepath.Abs(opts.StateDir)
	if err != nil {
		return nil, fmt.Errorf("tart: state directory %q: %w", opts.StateDir, err)
	}
	opts.StateDir = stateDir
	if opts.TartPath == "" {
		opts.TartPath = "tart"
	}
	setDefault(&opts.HostLimit, DefaultHostLimit)
	setDefault(&opts.BootPollInterval, DefaultBootPollInterval)
	setDefault(&opts.ProbeTimeout, DefaultProbeTimeout)
	setDefault(&opts.WaitPollInterval, DefaultWaitPollInterval)
	setDefault(&opts.StopGrace, DefaultStopGrace)
	setDefault(&opts.KillDelay, DefaultKillDelay)
	setDefault(&opts.CleanupTimeout, DefaultCleanupTimeout)
	setDefault(&opts.LogTailBytes, DefaultLogTailBytes)
	setDefault(&opts.LogRetention, DefaultLogRetention)
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return &Provisioner{
		opts: opts,
		log:  logger,
		env:  append(os.Environ(), opts.Env...),
		vms:  map[string]*vm{},
	}, nil
}

func setDefault[T comparable](v *T, def T) {
	var zero T
	if *v == zero {
		*v = def
	}
}

// maxVMName bounds a runner (VM) name.
const maxVMName = 100

// validVMName reports whether a runner (VM) name may be used: a Tart VM
// name is a directory under ~/.tart/vms and a marker file name here. It
// looks like a share name, at most maxVMName long (checked apart: a
// counted repetition in a regexp compiles into a program of that many
// steps, built at every process start).
func validVMName(name string) bool {
	return len(name) <= maxVMName && mountNameRE.MatchString(name)
}

// startSpec is a validated request.
type startSpec struct {
	image       string
	runnerCmd   string
	cpus        int
	memoryMB    int
	dirs        []string // --dir values
	bootTimeout time.Duration
}

// prepare validates a request; every error is permanent.
func (p *Provisioner) prepare(req *backends.RunnerRequest, warm bool) (startSpec, error) {
	var s startSpec
	if req == nil {
		return s, backends.Permanentf("tart: nil runner request")
	}
	if !validVMName(req.Name) {
		return s, backends.Permanentf("tart: runner name %q is not a valid Tart VM name (letters, digits, '.', '_' and '-', at most 100 characters)", req.Name)
	}
	if req.Runner == nil || req.Runner.Tart == nil {
		return s, backends.Permanentf("tart: runner %s has no tart configuration", req.Name)
	}
	if req.JITConfig == "" && !warm {
		return s, backends.Permanentf("tart: runner %s: no JIT config", req.Name)
	}
	if strings.ContainsAny(req.JITConfig, "\r\n\x00") {
		return s, backends.Permanentf("tart: runner %s: the JIT config contains a line break or NUL byte", req.Name)
	}
	t, err := checkedSettings(req.Runner.Tart)
	if err != nil {
		return s, fmt.Errorf("tart: runner %s: %w", req.Name, err)
	}
	s.image, s.runnerCmd, s.cpus, s.memoryMB, s.bootTimeout = t.Image, t.RunnerCmd, t.CPUs, t.MemoryMB, t.BootTimeout.D()
	for _, m := range t.Mounts {
		dir := m.Name + ":" + filepath.Clean(m.Source)
		if m.ReadOnly {
			dir += ":ro"
		}
		s.dirs = append(s.dirs, dir)
	}
	return s, nil
}

// Ping checks that the tart executable runs ("tart --version").
func (p *Provisioner) Ping(ctx context.Context) error {
	if _, err := p.tart(ctx, "--version"); err != nil {
		return fmt.Errorf("tart: ping: %w", err)
	}
	return nil
}

// Close cancels Starts in progress (they remove their VMs), refuses new
// ones and gives up this provisioner's host slots. Running VMs keep running
// with their markers, so that a new Provisioner (after a daemon restart)
// adopts them through List; Stop removes them.
func (p *Provisioner) Close() error {
	p.mu.Lock()
	p.closed = true
	for _, v := range p.vms {
		if !v.started {
			v.startCancel()
		}
	}
	p.mu.Unlock()
	p.refreshs.Wait()
	host.releaseAll(p)
	return nil
}
