package tart

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/logkey"
)

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
			p.log.Debug("stop: no tart VM of this daemon by that name", logkey.Runner, name)
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
	p.log.Debug("removed tart VM", logkey.Runner, name)
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
			p.log.Warn("tart stop failed; killed the VM's tart run process instead", logkey.Runner, name, logkey.Error, stopErr)
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
		p.log.Warn("a tart process did not exit after SIGKILL", logkey.PID, proc.Pid)
	}
}
