package simulate

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/all"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghsim"
)

// daemonProcess is the daemon under test as a child process: the real
// binary running `run --config`, which the chaos schedule kills with
// SIGKILL and starts again.
type daemonProcess struct {
	bin, config string
	env         []string
	log         *os.File
	cmd         *exec.Cmd
	exited      chan struct{}
	exitErr     error
}

// newDaemonProcess prepares the child; token reaches it in its environment
// (GITHUB_TOKEN), never on its command line.
func newDaemonProcess(bin, configPath, logPath, token string) (*daemonProcess, error) {
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, err
	}
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GITHUB_TOKEN=") || strings.HasPrefix(kv, "OUTRUNNER_") {
			continue
		}
		env = append(env, kv)
	}
	env = append(env, "GITHUB_TOKEN="+token)
	return &daemonProcess{bin: bin, config: configPath, env: env, log: logf}, nil
}

// start starts the daemon; it must not be running.
func (p *daemonProcess) start() error {
	cmd := exec.Command(p.bin, "run", "--config", p.config)
	cmd.Env = p.env
	cmd.Stdout, cmd.Stderr = p.log, p.log
	cmd.SysProcAttr = childAttrs()
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting the daemon: %w", err)
	}
	p.cmd, p.exited, p.exitErr = cmd, make(chan struct{}), nil
	exited := p.exited
	go func() {
		err := cmd.Wait()
		p.exitErr = err
		close(exited)
	}()
	return nil
}

// pid is the running daemon's process ID, 0 when none runs.
func (p *daemonProcess) pid() int {
	if p.cmd == nil || p.cmd.Process == nil {
		return 0
	}
	select {
	case <-p.exited:
		return 0
	default:
		return p.cmd.Process.Pid
	}
}

// kill sends SIGKILL and waits for the process to be gone.
func (p *daemonProcess) kill() {
	if p.cmd == nil {
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.exited
}

// stop sends SIGTERM (a drain) and waits up to timeout for a clean exit;
// then it kills the process and says so.
func (p *daemonProcess) stop(timeout time.Duration) error {
	if p.cmd == nil {
		return errors.New("the daemon never started")
	}
	select {
	case <-p.exited:
		return fmt.Errorf("the daemon had exited before the drain: %v", p.exitErr)
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.exited:
		if p.exitErr != nil {
			return fmt.Errorf("the daemon's drain ended with %v", p.exitErr)
		}
		return nil
	case <-time.After(timeout):
		p.kill()
		return fmt.Errorf("the daemon did not drain within %v", timeout)
	}
}

// close kills a daemon still running and closes the log.
func (p *daemonProcess) close() {
	if p.pid() != 0 {
		p.kill()
	}
	_ = p.log.Close()
}

// freeze stops the daemon with SIGSTOP, as a hung or suspended host.
func (p *daemonProcess) freeze() {
	if p.pid() != 0 {
		_ = p.cmd.Process.Signal(syscall.SIGSTOP)
	}
}

// thaw resumes a frozen daemon with SIGCONT.
func (p *daemonProcess) thaw() {
	if p.pid() != 0 {
		_ = p.cmd.Process.Signal(syscall.SIGCONT)
	}
}

// runFiles is the directory of a run of child daemons: their
// configurations, logs and state, kept for a look when something failed.
type runFiles struct {
	dir  string
	keep bool
}

// remove removes the directory unless it is kept.
func (f *runFiles) remove() {
	if !f.keep {
		_ = os.RemoveAll(f.dir)
	}
}

// childRun prepares a run of child daemons: the outrunner binary they
// run (Options.Executable, or the running one) and a new directory for
// their files, named from prefix.
func (o *Options) childRun(prefix string) (string, *runFiles, error) {
	bin := o.Executable
	if bin == "" {
		var err error
		if bin, err = os.Executable(); err != nil {
			return "", nil, fmt.Errorf("finding the outrunner binary: %w", err)
		}
	}
	dir, err := os.MkdirTemp("", prefix)
	if err != nil {
		return "", nil, err
	}
	return bin, &runFiles{dir: dir}, nil
}

// childReport is the report of a run of child daemons that took elapsed,
// from the simulator's state: jobs, latency, GitHub calls and leaks. The
// sim backend's environments live in the daemons' processes (none outlives
// them), so only the simulator's side can leak; a real engine's are listed
// by their owner labels.
func (o *Options) childReport(server *ghsim.Server, cfg *config.Config, elapsed time.Duration) (*Report, ghsim.State) {
	rep := &Report{Backend: o.Backend, ScaleSets: len(cfg.Runners), DurationS: elapsed.Seconds()}
	var factory backends.Factory
	if o.Backend != config.BackendSim {
		factory = all.New(all.Options{})
	}
	rep.Leaks = leaks(server, factory, cfg)
	st := server.State()
	rep.Jobs = jobCounts(st, o.Jobs)
	rep.LatencyMS = LatencyReport{QueueToStart: queueToStart(st)}
	rep.GitHub = githubReport(server.Metrics(), 0)
	if elapsed > 0 {
		rep.Throughput = float64(rep.Jobs.Completed) / elapsed.Seconds()
	}
	return rep, st
}
