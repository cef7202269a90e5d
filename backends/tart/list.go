package tart

import (
	"context"
	"fmt"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/logkey"
)

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
		p.log.Debug("could not refresh the running tart VMs", logkey.Error, err)
	}
}
