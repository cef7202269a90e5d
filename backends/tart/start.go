package tart

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/logkey"
)

// Start clones the image into a VM named req.Name, configures and runs it,
// waits for the guest agent and launches the runner with the JIT config on
// its standard input. It returns once the wrapper in the guest has read the
// configuration and is exec'ing runner_cmd. Any failure removes the VM, its
// marker and its host slot; errors wrapping ErrHostFull mean the host is
// busy, and permanent errors (bad image, bad settings, missing tart, no
// runner in the image) are marked with backends.Permanent.
func (p *Provisioner) Start(ctx context.Context, req *backends.RunnerRequest) error {
	return p.startVM(ctx, req, false)
}

// startVM does Start's work; with warm it stops once the guest agent
// answers, launching no runner (Prepare).
func (p *Provisioner) startVM(ctx context.Context, req *backends.RunnerRequest, warm bool) error {
	spec, err := p.prepare(req, warm)
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
		warm:        warm,
		bound:       make(chan struct{}),
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
	switch {
	case err == nil && warm:
		go p.monitorWarm(v)
	case err == nil:
		go p.monitor(v)
	}
	return err
}

// start performs the steps of Start.
func (p *Provisioner) start(ctx context.Context, v *vm, spec startSpec) error {
	name := v.name
	log := p.log.With(logkey.Runner, name)
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
		Warm:      v.warm,
	}
	if err := p.writeMarker(m); err != nil {
		host.release(name)
		return fmt.Errorf("tart: start runner %s: %w", name, err)
	}

	// From here on every failure goes through abort, which stops and
	// deletes the VM and removes the marker and the slot.
	log.Debug("cloning tart VM", logkey.Image, spec.image)
	if _, err := p.tart(ctx, "clone", spec.image, name); err != nil {
		return p.abort(v, "clone image "+spec.image, err, isPermanentCloneError(err), false)
	}
	if _, err := p.tart(ctx, "set", name, "--cpu", strconv.Itoa(spec.cpus), "--memory", strconv.Itoa(spec.memoryMB)); err != nil {
		return p.abort(v, "set CPUs and memory", err, isPermanentSetError(err), false)
	}
	if err := p.runVM(v, spec.dirs); err != nil {
		return p.abort(v, "run the VM", err, false, true)
	}
	log.Debug("waiting for the tart guest agent", logkey.BootTimeout, spec.bootTimeout)
	if err := p.waitBoot(ctx, v, spec.bootTimeout); err != nil {
		return p.abort(v, "wait for the guest agent", err, backends.IsPermanent(err), true)
	}
	if v.warm {
		log.Debug("warm tart VM ready", logkey.Image, spec.image, logkey.CPUs, spec.cpus, logkey.MemoryMB, spec.memoryMB)
		return nil
	}
	if err := p.launchRunner(ctx, v, spec.runnerCmd); err != nil {
		return p.abort(v, "start the runner", err, backends.IsPermanent(err), true)
	}
	m.ExecPID = v.exec.Pid
	if err := p.writeMarker(m); err != nil {
		log.Warn("could not record the runner's process in the ownership marker; after a restart wait only notices the VM stopping", logkey.Error, err)
	}
	log.Debug("runner started in tart VM", logkey.Image, spec.image, logkey.CPUs, spec.cpus, logkey.MemoryMB, spec.memoryMB)
	return nil
}

// abort tears down a half-started VM and returns Start's error.
func (p *Provisioner) abort(v *vm, stage string, cause error, permanent, keepLog bool) error {
	err := fmt.Errorf("tart: start runner %s: %s: %w", v.name, stage, cause)
	if keepLog {
		vmTail, runnerTail := p.outputTails(v.name, v.jit)
		path := p.keepFailure(v.name, v.jit, err.Error())
		p.log.Error("tart runner failed to start", logkey.Runner, v.name, logkey.Stage, stage, logkey.Error, err,
			logkey.VMOutput, vmTail, logkey.RunnerOutput, runnerTail, logkey.File, path)
		if path != "" {
			err = fmt.Errorf("%w (output kept in %s)", err, path)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), p.opts.CleanupTimeout)
	defer cancel()
	if cerr := p.destroy(ctx, v.name, v); cerr != nil {
		p.log.Error("could not remove a half-started tart VM", logkey.Runner, v.name, logkey.Error, cerr)
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
