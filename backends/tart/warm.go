package tart

import (
	"context"
	"fmt"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/logkey"
)

// Prepare clones, configures and runs a warm VM up until its guest agent
// answers, marked warm in its ownership marker, with no runner. It takes a
// host slot like a runner's VM: warm VMs count against the host limit.
func (p *Provisioner) Prepare(ctx context.Context, name string, rc *config.RunnerConfig) error {
	return p.startVM(ctx, &backends.RunnerRequest{Name: name, Runner: rc}, true)
}

// Bind launches the runner in a warm VM this provisioner prepared, with
// "tart exec" and the JIT config on its standard input (as Start does),
// and records the runner's process in the marker: a VM is bound once.
func (p *Provisioner) Bind(ctx context.Context, req *backends.RunnerRequest) error {
	spec, err := p.prepare(req, false)
	if err != nil {
		return err
	}
	name := req.Name
	unlock, err := p.names.lock(ctx, name)
	if err != nil {
		return fmt.Errorf("tart: bind runner %s: %w", name, err)
	}
	defer unlock()
	p.mu.Lock()
	v := p.vms[name]
	switch {
	case v == nil || !v.warm || !v.started:
		p.mu.Unlock()
		return fmt.Errorf("tart: bind runner %s: not a warm VM of this provisioner: %w", name, backends.ErrNotFound)
	case v.binding:
		p.mu.Unlock()
		return fmt.Errorf("tart: bind runner %s: the VM is bound already", name)
	}
	v.binding = true
	v.jit = req.JITConfig
	p.mu.Unlock()
	select {
	case <-v.runDone:
		return fmt.Errorf("tart: bind runner %s: %w", name, p.vmExited(v))
	default:
	}
	if err := p.launchRunner(ctx, v, spec.runnerCmd); err != nil {
		return fmt.Errorf("tart: bind runner %s: %w", name, err)
	}
	m, err := p.readMarker(name)
	if err == nil {
		m.ExecPID = v.exec.Pid
		err = p.writeMarker(m)
	}
	if err != nil {
		p.log.Warn("could not record the runner's process in the ownership marker; after a restart wait only notices the VM stopping", logkey.Runner, name, logkey.Error, err)
	}
	close(v.bound)
	p.log.Debug("runner started in a warm tart VM", logkey.Runner, name)
	return nil
}

// monitorWarm watches a warm VM: until it is bound only the VM can end;
// then its runner is watched as a started one's.
func (p *Provisioner) monitorWarm(v *vm) {
	select {
	case <-v.bound:
	case <-v.runDone:
	}
	p.monitor(v)
}
