//go:build cgo && libvirt_dlopen

package libvirt

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/internal/scrub"
	lv "libvirt.org/go/libvirt"
)

// Start creates the runner's overlay and transient domain, waits for the
// guest agent and launches the runner with guest-exec. On failure nothing
// is left behind (or what is left is removed by Stop).
func (p *Provisioner) Start(ctx context.Context, req *backends.RunnerRequest) error {
	if req == nil || req.Runner == nil {
		return backends.Permanentf("libvirt start: request without runner configuration")
	}
	err := p.start(ctx, req, false)
	if err != nil {
		err = redactError(fmt.Errorf("start runner %s: %w", req.Name, err), req.JITConfig)
	}
	return err
}

// start does Start's work; errors may still contain the JIT config's
// echo from libvirt and are redacted by Start.
func (p *Provisioner) start(ctx context.Context, req *backends.RunnerRequest, warm bool) error {
	clock := newPhaseClock()
	spec, xmlDoc, err := p.prepareStart(ctx, req, warm)
	if err != nil {
		return err
	}
	prepare := clock.next()
	if err := p.createRunnerFiles(ctx, spec); err != nil {
		return err
	}
	overlay := clock.next()
	if err := p.createRunnerDomain(ctx, &spec, xmlDoc); err != nil {
		return p.abortStart(ctx, spec.Owner, fmt.Errorf("create domain: %w", explainCreateError(err, spec)))
	}
	domain := clock.next()
	p.log.Debug("domain started", logkey.Runner, spec.Name, logkey.Type, spec.DomainType)

	err = waitForAgent(ctx, p.agent, spec.Name, spec.AgentTimeout, p.agentInterval, func(ctx context.Context) error {
		return p.checkDomainAlive(ctx, spec)
	})
	if err != nil {
		return p.abortStart(ctx, spec.Owner, err)
	}
	boot := clock.next()
	if warm {
		p.log.Debug("warm domain ready", logkey.Runner, spec.Name, logkey.Type, spec.DomainType, logkey.Took, clock.total(),
			logkey.PrepareTook, prepare, logkey.OverlayTook, overlay, logkey.DomainTook, domain, logkey.BootTook, boot)
		return nil
	}
	if err := p.launchRunner(ctx, &spec, req.JITConfig); err != nil {
		return p.abortStart(ctx, spec.Owner, err)
	}
	launch := clock.next()
	p.log.Debug("runner started", logkey.Runner, spec.Name, logkey.PID, spec.Owner.PID, logkey.Type, spec.DomainType, logkey.Took, clock.total(),
		logkey.PrepareTook, prepare, logkey.OverlayTook, overlay, logkey.DomainTook, domain, logkey.BootTook, boot, logkey.ExecTook, launch)
	return nil
}

// phaseClock times the consecutive phases of a start.
type phaseClock struct {
	began, mark time.Time
}

// newPhaseClock starts the first phase.
func newPhaseClock() *phaseClock {
	now := time.Now()
	return &phaseClock{began: now, mark: now}
}

// next ends the current phase, returns its duration and begins the next.
func (c *phaseClock) next() time.Duration {
	now := time.Now()
	d := now.Sub(c.mark)
	c.mark = now
	return d
}

// total is the time since the first phase began.
func (c *phaseClock) total() time.Duration { return time.Since(c.began) }

// prepareStart builds the runner's spec and domain XML, and makes sure that
// libvirtd answers and that nothing of an earlier attempt is left. It
// creates nothing.
func (p *Provisioner) prepareStart(ctx context.Context, req *backends.RunnerRequest, warm bool) (vmSpec, string, error) {
	spec, err := specFromConfig(req.Name, req.Runner.Libvirt)
	if err != nil {
		return spec, "", backends.Permanent(err)
	}
	if err := checkGolden(spec.Golden); err != nil {
		return spec, "", err
	}
	spec.Owner = ownerMeta{
		Daemon:     p.owner.DaemonID,
		ScaleSet:   p.owner.ScaleSet,
		Runner:     spec.Name,
		Overlay:    spec.Overlay,
		ConsoleLog: spec.ConsoleLog,
		Created:    p.now().UTC(),
		Warm:       warm,
	}

	p.mu.Lock()
	p.dirs[spec.OverlayDir] = true
	p.mu.Unlock()

	// Connect before creating anything, so that a dead libvirtd leaves
	// nothing behind; then clear what an earlier attempt may have left.
	if err := p.Ping(ctx); err != nil {
		return spec, "", err
	}
	if err := p.Stop(ctx, spec.Name); err != nil {
		return spec, "", fmt.Errorf("remove leftovers of an earlier attempt: %w", err)
	}
	if spec.DomainType, err = p.resolveDomainType(ctx, spec.Arch, spec.DomainType); err != nil {
		return spec, "", err
	}
	if err := p.checkReadOnlyMounts(ctx, spec.Mounts); err != nil {
		return spec, "", err
	}
	if spec.DomainType == "kvm" && p.hideArchCapabilities.Load() {
		spec.DisabledCPUFeatures = append(spec.DisabledCPUFeatures, "arch-capabilities")
	}
	xmlDoc, err := domainXML(spec)
	if err != nil {
		return spec, "", backends.Permanent(err)
	}
	return spec, xmlDoc, nil
}

// createRunnerFiles writes the runner's sidecar and creates its overlay on
// the golden image.
func (p *Provisioner) createRunnerFiles(ctx context.Context, spec vmSpec) error {
	if err := ensureOverlayDir(spec.OverlayDir); err != nil {
		return err
	}
	if err := writeSidecar(spec.Owner); err != nil {
		return err
	}
	if err := p.makeOverlay(ctx, spec.Golden, spec.Overlay); err != nil {
		return p.abortStart(ctx, spec.Owner, err)
	}
	return nil
}

// createRunnerDomain starts the runner's transient domain. When a nested
// KVM host refuses the IA32_ARCH_CAPABILITIES MSR that host-passthrough
// forwards, it hides that one feature from now on and tries once more.
func (p *Provisioner) createRunnerDomain(ctx context.Context, spec *vmSpec, xmlDoc string) error {
	err := p.createDomain(ctx, xmlDoc)
	if err != nil && spec.DomainType == "kvm" && len(spec.DisabledCPUFeatures) == 0 && isArchCapabilitiesFailure(err) {
		p.log.Warn("the host cannot pass IA32_ARCH_CAPABILITIES to guests; starting guests without it", logkey.Runner, spec.Name)
		p.hideArchCapabilities.Store(true)
		spec.DisabledCPUFeatures = append(spec.DisabledCPUFeatures, "arch-capabilities")
		if xmlDoc, err = domainXML(*spec); err == nil {
			err = p.createDomain(ctx, xmlDoc)
		}
	}
	return err
}

// launchRunner starts runner_cmd in the guest with the JIT config in its
// environment, remembers the runner and records its guest PID in spec and
// in the domain's metadata.
func (p *Provisioner) launchRunner(ctx context.Context, spec *vmSpec, jit string) error {
	ectx, cancel := context.WithTimeout(ctx, 30*time.Second)
	pid, err := agentExec(ectx, p.agent, spec.Name, spec.RunnerCmd, runnerEnv(spec.OS, spec.Arch, spec.CPUs, jit))
	cancel()
	if err != nil {
		return fmt.Errorf("launch %s in the guest: %w", spec.RunnerCmd, err)
	}
	spec.Owner.PID = pid
	p.mu.Lock()
	p.runners[spec.Name] = &runnerState{meta: spec.Owner, jit: jit}
	p.mu.Unlock()
	if err := p.recordPID(ctx, spec.Owner); err != nil {
		p.log.Warn("could not record the runner PID in the domain metadata; a restarted daemon cannot wait for this runner", logkey.Runner, spec.Name, logkey.Error, err)
	}
	return nil
}

// abortStart removes what a failed start created (bounded by
// cleanupTimeout, even when ctx has ended) and returns cause.
func (p *Provisioner) abortStart(ctx context.Context, m ownerMeta, cause error) error {
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), p.cleanupTimeout)
	defer cancel()
	if cerr := p.teardown(cctx, m); cerr != nil {
		return fmt.Errorf("%w (cleanup failed too, Stop will retry: %v)", cause, cerr)
	}
	return cause
}

// createDomain starts a transient domain from its XML.
func (p *Provisioner) createDomain(ctx context.Context, xmlDoc string) error {
	return p.pool.do(ctx, func(c *lv.Connect) error {
		d, err := c.DomainCreateXML(xmlDoc, lv.DOMAIN_NONE)
		if err != nil {
			return err
		}
		return d.Free()
	})
}

// isArchCapabilitiesFailure recognises QEMU failing to set the
// IA32_ARCH_CAPABILITIES MSR (0x10a), which happens under nested KVM.
func isArchCapabilitiesFailure(err error) bool {
	return strings.Contains(err.Error(), "MSR 0x10a")
}

// explainCreateError adds a hint to common domain creation failures.
func explainCreateError(err error, s vmSpec) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "Permission denied") && strings.Contains(msg, s.OverlayDir):
		return fmt.Errorf("%w (QEMU cannot open the overlay: the QEMU user set in qemu.conf needs search permission on overlay_dir %s and read permission on the golden image)", err, s.OverlayDir)
	case strings.Contains(msg, "virtiofsd"):
		return fmt.Errorf("%w (virtiofs mounts need virtiofsd on the hypervisor host)", err)
	case strings.Contains(msg, "firmware") || strings.Contains(msg, "OVMF"):
		return fmt.Errorf("%w (EFI guests need UEFI firmware such as the ovmf package on the hypervisor host)", err)
	}
	return err
}

// checkDomainAlive fails when the domain has stopped or vanished.
func (p *Provisioner) checkDomainAlive(ctx context.Context, s vmSpec) error {
	var state lv.DomainState
	err := p.pool.do(ctx, func(c *lv.Connect) error {
		d, err := c.LookupDomainByName(s.Name)
		if err != nil {
			return err
		}
		defer func() { _ = d.Free() }()
		state, _, err = d.GetState()
		return err
	})
	switch {
	case isLibvirtCode(err, lv.ERR_NO_DOMAIN):
		return fmt.Errorf("the domain stopped while booting%s", consoleHint(s.ConsoleLog))
	case err != nil:
		return err
	case state == lv.DOMAIN_SHUTOFF || state == lv.DOMAIN_CRASHED:
		return fmt.Errorf("the domain stopped while booting (state %s)%s", stateName(state), consoleHint(s.ConsoleLog))
	}
	return nil
}

// consoleHint names the console log and quotes its end, when readable.
func consoleHint(path string) string {
	tail := strings.TrimSpace(scrub.FileTail(path, 512, ""))
	if tail == "" {
		return ""
	}
	return fmt.Sprintf("; end of the console log %s:\n%s", path, tail)
}

// recordPID stores the runner's guest PID in the live domain's metadata so
// that a restarted daemon can keep waiting for it.
func (p *Provisioner) recordPID(ctx context.Context, m ownerMeta) error {
	el, err := m.element()
	if err != nil {
		return err
	}
	return p.pool.do(ctx, func(c *lv.Connect) error {
		d, err := c.LookupDomainByName(m.Runner)
		if err != nil {
			return err
		}
		defer func() { _ = d.Free() }()
		return d.SetMetadata(lv.DOMAIN_METADATA_ELEMENT, el, metadataKey, MetadataNamespace, lv.DOMAIN_AFFECT_LIVE)
	})
}
