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
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
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
	// Logger receives the backend's logs; nil discards them.
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
}

var (
	_ backends.Provisioner      = (*Provisioner)(nil)
	_ backends.Lister           = (*Provisioner)(nil)
	_ backends.Waiter           = (*Provisioner)(nil)
	_ backends.HealthChecker    = (*Provisioner)(nil)
	_ backends.CapacityReporter = (*Provisioner)(nil)
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
		log:  logger.With("backend", "tart"),
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

// mountNameRE is what a --dir share name may look like (no ':' or ',',
// which Tart's --dir syntax uses as separators).
var mountNameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

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
func (p *Provisioner) prepare(req *backends.RunnerRequest) (startSpec, error) {
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
	if req.JITConfig == "" {
		return s, backends.Permanentf("tart: runner %s: no JIT config", req.Name)
	}
	if strings.ContainsAny(req.JITConfig, "\r\n\x00") {
		return s, backends.Permanentf("tart: runner %s: the JIT config contains a line break or NUL byte", req.Name)
	}
	t := req.Runner.Tart
	s.image = t.Image
	if s.image == "" || strings.HasPrefix(s.image, "-") {
		return s, backends.Permanentf("tart: runner %s: tart.image %q is not an image reference or VM name", req.Name, s.image)
	}
	s.runnerCmd = t.RunnerCmd
	if s.runnerCmd == "" {
		s.runnerCmd = config.DefaultTartRunnerCmd
	}
	s.cpus, s.memoryMB = t.CPUs, t.MemoryMB
	if s.cpus < 0 || s.memoryMB < 0 {
		return s, backends.Permanentf("tart: runner %s: tart.cpus and tart.memory must not be negative", req.Name)
	}
	setDefault(&s.cpus, config.DefaultTartCPUs)
	setDefault(&s.memoryMB, config.DefaultTartMemoryMB)
	s.bootTimeout = t.BootTimeout.D()
	if s.bootTimeout < 0 {
		return s, backends.Permanentf("tart: runner %s: tart.boot_timeout is negative", req.Name)
	}
	setDefault(&s.bootTimeout, config.DefaultTartBootTimeout)
	seen := map[string]bool{}
	for i, m := range t.Mounts {
		key := fmt.Sprintf("tart.mounts[%d]", i)
		switch {
		case !mountNameRE.MatchString(m.Name):
			return s, backends.Permanentf("tart: runner %s: %s.name %q must be letters, digits, '.', '_' or '-'", req.Name, key, m.Name)
		case seen[m.Name]:
			return s, backends.Permanentf("tart: runner %s: %s.name %q is used twice", req.Name, key, m.Name)
		case !filepath.IsAbs(m.Source):
			return s, backends.Permanentf("tart: runner %s: %s.source %q is not an absolute path", req.Name, key, m.Source)
		case strings.ContainsAny(m.Source, ":,"):
			return s, backends.Permanentf("tart: runner %s: %s.source %q contains ':' or ',', which tart run --dir cannot express", req.Name, key, m.Source)
		}
		fi, err := os.Stat(m.Source)
		if err != nil {
			return s, backends.Permanentf("tart: runner %s: %s.source: %v", req.Name, key, err)
		}
		if !fi.IsDir() {
			return s, backends.Permanentf("tart: runner %s: %s.source %q is not a directory", req.Name, key, m.Source)
		}
		seen[m.Name] = true
		dir := m.Name + ":" + filepath.Clean(m.Source)
		if m.ReadOnly {
			dir += ":ro"
		}
		s.dirs = append(s.dirs, dir)
	}
	return s, nil
}

// Start clones the image into a VM named req.Name, configures and runs it,
// waits for the guest agent and launches the runner with the JIT config on
// its standard input. It returns once the wrapper in the guest has read the
// configuration and is exec'ing runner_cmd. Any failure removes the VM, its
// marker and its host slot; errors wrapping ErrHostFull mean the host is
// busy, and permanent errors (bad image, bad settings, missing tart, no
// runner in the image) are marked with backends.Permanent.
func (p *Provisioner) Start(ctx context.Context, req *backends.RunnerRequest) error {
	spec, err := p.prepare(req)
	if err != nil {
		return err
	}
	name := req.Name
	if _, err := p.resolveTart(); err != nil {
		return backends.Permanent(fmt.Errorf("tart: start runner %s: %w", name, err))
	}
	unlock, err := p.names.lock(ctx, name)
	if err != nil {
		return fmt.Errorf("tart: start runner %s: %w", name, err)
	}
	defer unlock()

	startCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	v := &vm{
		name:        name,
		jit:         req.JITConfig,
		startCancel: cancel,
		startDone:   make(chan struct{}),
		done:        make(chan struct{}),
	}
	p.mu.Lock()
	switch {
	case p.closed:
		p.mu.Unlock()
		return fmt.Errorf("tart: start runner %s: the provisioner is closed", name)
	case p.vms[name] != nil:
		p.mu.Unlock()
		return fmt.Errorf("tart: start runner %s: a VM of this name is already managed by this provisioner; stop it first", name)
	}
	p.vms[name] = v
	p.mu.Unlock()

	err = p.start(startCtx, v, spec)
	p.mu.Lock()
	if err != nil {
		delete(p.vms, name)
	} else {
		v.started = true
	}
	p.mu.Unlock()
	close(v.startDone)
	if err == nil {
		go p.monitor(v)
	}
	return err
}

// start performs the steps of Start.
func (p *Provisioner) start(ctx context.Context, v *vm, spec startSpec) error {
	name := v.name
	log := p.log.With("runner", name)
	// A fresh "tart list" first: it finds a name clash and the running VMs
	// this process holds no slot for, which count against the limit.
	vms, err := p.listVMs(ctx)
	if err != nil {
		return fmt.Errorf("tart: start runner %s: list VMs: %w", name, err)
	}
	if _, exists := vms[name]; exists {
		return fmt.Errorf("tart: start runner %s: a Tart VM of this name already exists; it is left alone (Stop removes it if this daemon owns it)", name)
	}
	if err := host.acquire(name, p, p.opts.HostLimit); err != nil {
		return fmt.Errorf("tart: start runner %s: %w", name, err)
	}
	if m, err := p.readMarker(name); err == nil && m.DaemonID != p.opts.Owner.DaemonID {
		host.release(name)
		return backends.Permanentf("tart: start runner %s: the name is marked as owned by daemon %q", name, m.DaemonID)
	}
	m := marker{
		ManagedBy: markerManagedBy,
		Name:      name,
		DaemonID:  p.opts.Owner.DaemonID,
		ScaleSet:  p.opts.Owner.ScaleSet,
		Image:     spec.image,
		CreatedAt: time.Now().UTC(),
	}
	if err := p.writeMarker(m); err != nil {
		host.release(name)
		return fmt.Errorf("tart: start runner %s: %w", name, err)
	}

	// From here on every failure goes through abort, which stops and
	// deletes the VM and removes the marker and the slot.
	log.Info("Cloning Tart VM", "image", spec.image)
	if _, err := p.tart(ctx, "clone", spec.image, name); err != nil {
		return p.abort(v, "clone image "+spec.image, err, isPermanentCloneError(err), false)
	}
	if _, err := p.tart(ctx, "set", name, "--cpu", strconv.Itoa(spec.cpus), "--memory", strconv.Itoa(spec.memoryMB)); err != nil {
		return p.abort(v, "set CPUs and memory", err, isPermanentSetError(err), false)
	}
	if err := p.runVM(v, spec.dirs); err != nil {
		return p.abort(v, "run the VM", err, false, true)
	}
	log.Info("Waiting for the Tart guest agent", "boot_timeout", spec.bootTimeout)
	if err := p.waitBoot(ctx, v, spec.bootTimeout); err != nil {
		return p.abort(v, "wait for the guest agent", err, backends.IsPermanent(err), true)
	}
	if err := p.launchRunner(ctx, v, spec.runnerCmd); err != nil {
		return p.abort(v, "start the runner", err, backends.IsPermanent(err), true)
	}
	m.ExecPID = v.exec.Pid
	if err := p.writeMarker(m); err != nil {
		log.Warn("Could not record the runner's process in the ownership marker; after a restart Wait only notices the VM stopping", "error", err)
	}
	log.Info("Runner started in Tart VM", "image", spec.image, "cpus", spec.cpus, "memory_mb", spec.memoryMB)
	return nil
}

// abort tears down a half-started VM and returns Start's error.
func (p *Provisioner) abort(v *vm, stage string, cause error, permanent, keepLog bool) error {
	err := fmt.Errorf("tart: start runner %s: %s: %w", v.name, stage, cause)
	if keepLog {
		vmTail, runnerTail := p.outputTails(v.name, v.jit)
		path := p.keepFailure(v.name, v.jit, err.Error())
		p.log.Error("Tart runner failed to start", "runner", v.name, "stage", stage, "error", err,
			"vm_output", vmTail, "runner_output", runnerTail, "log", path)
		if path != "" {
			err = fmt.Errorf("%w (output kept in %s)", err, path)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), p.opts.CleanupTimeout)
	defer cancel()
	if cerr := p.destroy(ctx, v.name, v); cerr != nil {
		p.log.Error("Could not remove a half-started Tart VM", "runner", v.name, "error", cerr)
		err = fmt.Errorf("%w; removing the VM failed too (Stop retries it): %v", err, cerr)
	}
	if permanent {
		return backends.Permanent(err)
	}
	return err
}

// runVM starts "tart run" as a supervised child. It is not bound to Start's
// context: the VM lives until Stop. Its output goes straight to a file, so
// the VM survives a daemon restart.
func (p *Provisioner) runVM(v *vm, dirs []string) error {
	tartPath, err := p.resolveTart()
	if err != nil {
		return err
	}
	out, err := p.createOutput(p.vmLogPath(v.name))
	if err != nil {
		return err
	}
	defer out.Close()
	args := []string{"run", v.name, "--no-graphics"}
	for _, d := range dirs {
		args = append(args, "--dir", d)
	}
	cmd := p.command(context.Background(), tartPath, args...)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start tart run: %w", err)
	}
	v.run = cmd.Process
	v.runDone = make(chan struct{})
	go func() {
		v.runErr = cmd.Wait()
		close(v.runDone)
	}()
	return nil
}

// waitBoot probes "tart exec <vm> true" until it succeeds, the VM exits,
// boot_timeout passes or ctx ends.
func (p *Provisioner) waitBoot(ctx context.Context, v *vm, timeout time.Duration) error {
	bootCtx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var last error
	for {
		probeCtx, cancelProbe := context.WithTimeout(bootCtx, p.opts.ProbeTimeout)
		_, err := p.tart(probeCtx, "exec", v.name, "true")
		cancelProbe()
		if err == nil {
			return nil
		}
		if isPermanentExecError(err) {
			if stderrContains(err, ttyCrash) {
				err = fmt.Errorf("%w (%s)", err, ttyCrashHint)
			}
			return backends.Permanent(err)
		}
		if last == nil || bootCtx.Err() == nil {
			// A probe cut short by the boot deadline says less than the one before.
			last = err
		}
		timer := time.NewTimer(p.opts.BootPollInterval)
		select {
		case <-v.runDone:
			timer.Stop()
			return p.vmExited(v)
		case <-bootCtx.Done():
			timer.Stop()
			if ctx.Err() != nil {
				return fmt.Errorf("%w (last probe: %v)", ctx.Err(), last)
			}
			return fmt.Errorf("tart exec did not answer within boot_timeout %s; is the Tart Guest Agent installed and started in the image? (last probe: %v)", timeout, last)
		case <-timer.C:
		}
	}
}

// vmExited describes a "tart run" that ended while Start still needed it.
func (p *Provisioner) vmExited(v *vm) error {
	vmTail, _ := p.outputTails(v.name, v.jit)
	err := fmt.Errorf("the VM exited early (tart run: %v): %s", exitDescription(v.runErr), summarize(vmTail))
	if isHostLimitError(vmTail) {
		return fmt.Errorf("%w: Virtualization.framework refused another VM; other software on this host runs VMs too", ErrHostFull)
	}
	return err
}

// exitDescription renders a process's Wait error.
func exitDescription(err error) string {
	if err == nil {
		return "exit status 0"
	}
	return err.Error()
}

// Messages of the guest wrapper; sentinel tells Start the runner launched.
const (
	sentinel         = "outrunner-tart: starting runner"
	runnerMissingMsg = "outrunner-tart: runner_cmd"
)

// runnerScript runs in the guest as /bin/sh -c runnerScript <runner_cmd>.
// It reads the JIT config from its standard input (one line) into the
// environment variable the runner reads (ACTIONS_RUNNER_INPUT_JITCONFIG is
// the runner's environment form of --jitconfig), checks runner_cmd, reports
// on stderr, and replaces itself with the runner.
const runnerScript = `IFS= read -r ACTIONS_RUNNER_INPUT_JITCONFIG || { echo "outrunner-tart: no runner configuration on standard input" >&2; exit 125; }
export ACTIONS_RUNNER_INPUT_JITCONFIG
if [ ! -f "$0" ] || [ ! -x "$0" ]; then echo "` + runnerMissingMsg + ` $0 is not an executable file in the VM" >&2; exit 127; fi
echo "` + sentinel + ` $0" >&2
exec "$0"`

// launchRunner starts "tart exec -i <vm> /bin/sh -c <wrapper> <runner_cmd>"
// with the JIT config on stdin, and waits until the wrapper reports that it
// is exec'ing the runner (or fails).
func (p *Provisioner) launchRunner(ctx context.Context, v *vm, runnerCmd string) error {
	tartPath, err := p.resolveTart()
	if err != nil {
		return err
	}
	logPath := p.runnerLogPath(v.name)
	out, err := p.createOutput(logPath)
	if err != nil {
		return err
	}
	defer out.Close()
	cmd := p.command(context.Background(), tartPath, "exec", "-i", v.name, "/bin/sh", "-c", runnerScript, runnerCmd)
	cmd.Stdin = strings.NewReader(v.jit + "\n")
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start tart exec: %w", err)
	}
	v.exec = cmd.Process
	v.execDone = make(chan struct{})
	go func() {
		v.execErr = cmd.Wait()
		close(v.execDone)
	}()

	poll := min(p.opts.BootPollInterval, 100*time.Millisecond)
	tick := time.NewTicker(poll)
	defer tick.Stop()
	launched := func() bool { return strings.Contains(readHead(logPath, 64<<10), sentinel) }
	for {
		if launched() {
			return nil
		}
		select {
		case <-v.execDone:
			if launched() {
				return nil
			}
			_, runnerTail := p.outputTails(v.name, v.jit)
			err := fmt.Errorf("tart exec ended before the runner started (%v): %s", exitDescription(v.execErr), summarize(runnerTail))
			switch {
			case strings.Contains(runnerTail, runnerMissingMsg):
				return backends.Permanent(fmt.Errorf("%w; install the actions runner at runner_cmd %q in the image", err, runnerCmd))
			case strings.Contains(runnerTail, ttyCrash):
				return backends.Permanent(fmt.Errorf("%w (%s)", err, ttyCrashHint))
			}
			return err
		case <-v.runDone:
			return p.vmExited(v)
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}

// readHead returns up to n bytes from the start of a file.
func readHead(path string, n int64) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	b, _ := io.ReadAll(io.LimitReader(f, n))
	return string(b)
}

// Stop stops and deletes the named VM and removes its marker, output files
// and host slot. A Start in progress for the name is cancelled first (it
// cleans up after itself). Stopping a VM that does not exist succeeds; a VM
// without an outrunner marker is never touched, and a VM marked by another
// daemon is refused.
func (p *Provisioner) Stop(ctx context.Context, name string) error {
	if !validVMName(name) {
		return backends.Permanentf("tart: stop: %q is not a valid Tart VM name", name)
	}
	p.mu.Lock()
	if v := p.vms[name]; v != nil && !v.started {
		v.startCancel()
	}
	p.mu.Unlock()
	unlock, err := p.names.lock(ctx, name)
	if err != nil {
		return fmt.Errorf("tart: stop runner %s: %w", name, err)
	}
	defer unlock()

	p.mu.Lock()
	v := p.vms[name]
	p.mu.Unlock()
	if v == nil {
		m, err := p.readMarker(name)
		switch {
		case errors.Is(err, os.ErrNotExist):
			p.log.Debug("Stop: no Tart VM of this daemon by that name", "runner", name)
			return nil
		case err != nil:
			return fmt.Errorf("tart: stop runner %s: %w", name, err)
		case m.DaemonID != p.opts.Owner.DaemonID:
			return backends.Permanentf("tart: stop runner %s: the VM belongs to daemon %q, not %q", name, m.DaemonID, p.opts.Owner.DaemonID)
		}
	}
	if err := p.destroy(ctx, name, v); err != nil {
		return fmt.Errorf("tart: stop runner %s: %w", name, err)
	}
	if v != nil {
		p.mu.Lock()
		if p.vms[name] == v {
			delete(p.vms, name)
		}
		p.mu.Unlock()
	}
	p.log.Info("Removed Tart VM", "runner", name)
	return nil
}

// destroy stops the VM (killing our children if "tart stop" does not
// work), frees its host slot, deletes it and removes its marker and output
// files. v is nil for a VM this provisioner did not start.
func (p *Provisioner) destroy(ctx context.Context, name string, v *vm) error {
	if v != nil {
		v.stopping.Store(true)
	}
	limit := p.opts.StopGrace + p.opts.KillDelay + 30*time.Second
	if dl, ok := ctx.Deadline(); ok {
		limit = min(limit, time.Until(dl)/2)
	}
	stopCtx, cancel := context.WithTimeout(ctx, limit)
	grace := strconv.FormatInt(int64((p.opts.StopGrace+time.Second-1)/time.Second), 10)
	_, stopErr := p.tart(stopCtx, "stop", "--timeout", grace, name)
	cancel()
	if stopErr != nil && (isNotExist(stopErr) || isNotRunning(stopErr)) {
		stopErr = nil
	}
	if stopErr != nil {
		// tart stop also fails for a VM it cannot open, such as the remains
		// of an interrupted clone; what matters is whether it runs.
		if vms, err := p.listVMs(ctx); err == nil && !vms[name].running() {
			stopErr = nil
		}
	}
	if v != nil && v.run != nil {
		// Our own "tart run": it exits once the VM stopped; kill it if it
		// does not (or if "tart stop" failed), which ends the VM.
		p.reap(ctx, v.run, v.runDone, stopErr != nil)
		p.reap(ctx, v.exec, v.execDone, false)
		if stopErr != nil {
			p.log.Warn("tart stop failed; killed the VM's tart run process instead", "runner", name, "error", stopErr)
			stopErr = nil
		}
		if v.started {
			select {
			case <-v.done:
			case <-ctx.Done():
			}
		}
	}
	if stopErr != nil {
		return fmt.Errorf("stop VM: %w", stopErr)
	}
	host.release(name)
	if _, err := p.tart(ctx, "delete", name); err != nil && !isNotExist(err) {
		return fmt.Errorf("delete VM: %w", err)
	}
	if err := p.removeMarker(name); err != nil {
		return err
	}
	p.removeOutput(name)
	return nil
}

// reap waits up to KillDelay for a child to exit (none at all when now is
// set), then kills its process group and waits for it.
func (p *Provisioner) reap(ctx context.Context, proc *os.Process, done chan struct{}, now bool) {
	if proc == nil {
		return
	}
	if !now {
		timer := time.NewTimer(p.opts.KillDelay)
		defer timer.Stop()
		select {
		case <-done:
			return
		case <-timer.C:
		case <-ctx.Done():
		}
	}
	killGroup(proc)
	timer := time.NewTimer(p.opts.KillDelay)
	defer timer.Stop()
	select {
	case <-done:
	case <-timer.C:
		p.log.Warn("A tart process did not exit after SIGKILL", "pid", proc.Pid)
	}
}

// List returns the VMs marked as owned by this provisioner's ownership:
// running (the VM runs and its runner has not ended), exited (the VM is
// stopped, or its runner ended) or partial (a marker whose VM does not
// exist: an interrupted clone or a VM removed behind the daemon's back).
// Running VMs found this way are adopted: they count against the host limit
// as this provisioner's until Stop. VMs without a marker, or with another
// daemon's marker, are never listed.
func (p *Provisioner) List(ctx context.Context) ([]backends.Environment, error) {
	markers, err := p.ownedMarkers()
	if err != nil {
		return nil, fmt.Errorf("tart: list: %w", err)
	}
	if len(markers) == 0 {
		return nil, nil
	}
	vms, err := p.listVMs(ctx)
	if err != nil {
		return nil, fmt.Errorf("tart: list: %w", err)
	}
	out := make([]backends.Environment, 0, len(markers))
	for _, m := range markers {
		e, exists := vms[m.Name]
		state := backends.EnvExited
		switch {
		case !exists:
			state = backends.EnvPartial
		case e.running():
			state = backends.EnvRunning
			host.adopt(m.Name, p)
			if p.runnerEnded(m) {
				state = backends.EnvExited
			}
		}
		out = append(out, m.environment(state))
	}
	return out, nil
}

// runnerEnded reports whether the runner of a running VM has ended, as far
// as this process can tell.
func (p *Provisioner) runnerEnded(m marker) bool {
	p.mu.Lock()
	v := p.vms[m.Name]
	p.mu.Unlock()
	if v != nil {
		select {
		case <-v.done:
			return true
		default:
			return false
		}
	}
	return m.ExecPID > 0 && !processAlive(m.ExecPID)
}

// Ping checks that the tart executable runs ("tart --version").
func (p *Provisioner) Ping(ctx context.Context) error {
	if _, err := p.tart(ctx, "--version"); err != nil {
		return fmt.Errorf("tart: ping: %w", err)
	}
	return nil
}

// Capacity returns this provisioner's VMs plus the host's free slots: the
// host limit minus every VM this process holds a slot for and minus other
// running VMs seen by the last "tart list". When that observation is older
// than WaitPollInterval, Capacity starts a "tart list" in the background so
// that the next call sees fresh numbers; it never blocks on tart itself.
func (p *Provisioner) Capacity() int {
	p.mu.Lock()
	closed := p.closed
	if !closed && host.startRefresh(p.opts.WaitPollInterval) {
		p.refreshs.Add(1)
		go p.refreshHost()
	}
	p.mu.Unlock()
	return host.capacity(p, p.opts.HostLimit)
}

// refreshHost updates the host account from "tart list".
func (p *Provisioner) refreshHost() {
	defer p.refreshs.Done()
	defer host.endRefresh()
	ctx, cancel := context.WithTimeout(context.Background(), p.opts.ProbeTimeout)
	defer cancel()
	if _, err := p.listVMs(ctx); err != nil {
		p.log.Debug("Could not refresh the running Tart VMs", "error", err)
	}
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
