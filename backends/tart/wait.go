package tart

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/logkey"
)

// crashGrace is how long after a failed tart exec the VM's end still counts
// as the cause.
const crashGrace = 500 * time.Millisecond

// monitor waits for the first of a started VM's two children to exit and
// records how the runner ended. A failure that Stop did not cause is logged
// with the tails of both outputs and kept in a failure log.
func (p *Provisioner) monitor(v *vm) {
	crashed := func() backends.ExitStatus {
		return backends.ExitStatus{Code: -1, Reason: "VM stopped unexpectedly (tart run: " + exitDescription(v.runErr) + ")"}
	}
	var st backends.ExitStatus
	select {
	case <-v.execDone:
		st = execStatus(v.execErr)
		if st.Code != 0 {
			// When the VM dies, tart exec fails too, and either may be
			// noticed first: a VM that ends right after it is the cause.
			timer := time.NewTimer(crashGrace)
			select {
			case <-v.runDone:
				st = crashed()
			case <-timer.C:
			}
			timer.Stop()
		}
	case <-v.runDone:
		st = crashed()
	}
	log := p.log.With(logkey.Runner, v.name)
	switch {
	case v.stopping.Load():
		log.Debug("tart runner ended by stop", logkey.Code, st.Code, logkey.Reason, st.Reason)
		if st.Code != 0 {
			// Whatever tart exec reported, the VM went away under it.
			st = backends.ExitStatus{Code: -1, Reason: "stopped by Stop"}
		}
	case st.Code != 0:
		vmTail, runnerTail := p.outputTails(v.name, v.jit)
		st.LogTail = joinTails(vmTail, runnerTail, st.Code == -1)
		path := p.keepFailure(v.name, v.jit, fmt.Sprintf("runner ended with code %d: %s", st.Code, st.Reason))
		log.Error("tart runner failed", logkey.Code, st.Code, logkey.Reason, st.Reason,
			logkey.VMOutput, vmTail, logkey.RunnerOutput, runnerTail, logkey.File, path)
	default:
		log.Debug("tart runner exited", logkey.Code, st.Code)
	}
	v.status = st
	close(v.done)
}

// joinTails builds ExitStatus.LogTail: the runner's output, preceded by the
// VM's when the VM is the suspect.
func joinTails(vmTail, runnerTail string, vmToo bool) string {
	if !vmToo || vmTail == "" {
		return runnerTail
	}
	if runnerTail == "" {
		return "tart run: " + vmTail
	}
	return "tart run: " + vmTail + "\ntart exec: " + runnerTail
}

// execStatus converts the Wait error of "tart exec" into an ExitStatus.
// Tart exits with the guest command's exit code.
func execStatus(err error) backends.ExitStatus {
	if err == nil {
		return backends.ExitStatus{Code: 0, Reason: "exited"}
	}
	var xe *exec.ExitError
	if errors.As(err, &xe) {
		if xe.Exited() {
			return backends.ExitStatus{Code: xe.ExitCode(), Reason: "exited"}
		}
		if ws, ok := xe.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return backends.ExitStatus{Code: -1, Reason: "killed (tart exec got " + ws.Signal().String() + ")"}
		}
	}
	return backends.ExitStatus{Code: -1, Reason: "tart exec failed: " + err.Error()}
}

// Wait blocks until the named runner ends. For a VM this provisioner
// started, the end of its "tart exec" child gives the runner's exit code,
// and the end of its "tart run" child (the VM stopped or crashed) gives
// code -1. For a VM adopted after a restart there are no children: Wait
// polls "tart list" every WaitPollInterval and returns when the VM stops
// (code -1) or when the "tart exec" process recorded in the marker is gone
// (code -1, exit code unknown). A VM that does not exist, or is not marked
// as this daemon's, gives an error wrapping backends.ErrNotFound.
func (p *Provisioner) Wait(ctx context.Context, name string) (backends.ExitStatus, error) {
	for {
		p.mu.Lock()
		v := p.vms[name]
		started := v != nil && v.started
		p.mu.Unlock()
		switch {
		case v == nil:
			return p.waitAdopted(ctx, name)
		case !started:
			select {
			case <-v.startDone:
				continue
			case <-ctx.Done():
				return backends.ExitStatus{}, ctx.Err()
			}
		}
		select {
		case <-v.done:
			return v.status, nil
		case <-ctx.Done():
			return backends.ExitStatus{}, ctx.Err()
		}
	}
}

// waitAdopted polls the state of a VM this provisioner did not start.
func (p *Provisioner) waitAdopted(ctx context.Context, name string) (backends.ExitStatus, error) {
	if !validVMName(name) {
		return backends.ExitStatus{}, fmt.Errorf("tart: wait for runner %s: %w", name, backends.ErrNotFound)
	}
	m, err := p.readMarker(name)
	if errors.Is(err, os.ErrNotExist) || (err == nil && !p.owned(m)) {
		return backends.ExitStatus{}, fmt.Errorf("tart: wait for runner %s: no VM of this daemon by that name: %w", name, backends.ErrNotFound)
	}
	if err != nil {
		return backends.ExitStatus{}, fmt.Errorf("tart: wait for runner %s: %w", name, err)
	}
	tick := time.NewTicker(p.opts.WaitPollInterval)
	defer tick.Stop()
	for {
		if st, done, err := p.checkAdopted(ctx, m); done {
			return st, err
		}
		select {
		case <-ctx.Done():
			return backends.ExitStatus{}, ctx.Err()
		case <-tick.C:
		}
	}
}

// checkAdopted looks once at an adopted VM; done reports a final answer.
func (p *Provisioner) checkAdopted(ctx context.Context, m marker) (st backends.ExitStatus, done bool, err error) {
	vms, err := p.listVMs(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return st, true, ctx.Err()
		}
		p.log.Warn("wait: tart list failed; retrying", logkey.Runner, m.Name, logkey.Error, err)
		return st, false, nil
	}
	e, exists := vms[m.Name]
	execGone := m.ExecPID > 0 && !processAlive(m.ExecPID)
	if execGone && exists && e.running() {
		// tart exec also ends when its VM stops: look again, so that a
		// VM that stopped meanwhile is reported as such.
		if again, err := p.listVMs(ctx); err == nil {
			e, exists = again[m.Name]
		}
	}
	switch {
	case !exists:
		return st, true, fmt.Errorf("tart: wait for runner %s: the VM no longer exists: %w", m.Name, backends.ErrNotFound)
	case !e.running():
		vmTail, runnerTail := p.outputTails(m.Name, "")
		st = backends.ExitStatus{Code: -1, Reason: "VM stopped (state " + e.State + ")", LogTail: joinTails(vmTail, runnerTail, true)}
		path := p.keepFailure(m.Name, "", st.Reason)
		p.log.Error("adopted tart VM stopped", logkey.Runner, m.Name, logkey.VMOutput, vmTail, logkey.RunnerOutput, runnerTail, logkey.File, path)
		return st, true, nil
	case execGone:
		_, runnerTail := p.outputTails(m.Name, "")
		st = backends.ExitStatus{Code: -1, Reason: "runner ended while this daemon was not watching it (exit code unknown)", LogTail: runnerTail}
		p.log.Debug("adopted tart runner ended", logkey.Runner, m.Name)
		return st, true, nil
	}
	return st, false, nil
}
