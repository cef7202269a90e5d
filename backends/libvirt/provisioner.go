//go:build cgo && libvirt_dlopen

package libvirt

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/outrunner/outrunner/backends"
	lv "libvirt.org/go/libvirt"
	"libvirt.org/go/libvirtxml"
)

// Provisioner runs each runner in a transient libvirt domain on a qcow2
// overlay. It implements backends.Provisioner, Lister, Waiter and
// HealthChecker. It is safe for concurrent use.
type Provisioner struct {
	owner    backends.Ownership
	settings connSettings
	log      *slog.Logger
	agent    Agent
	pool     *connPool

	// agentInterval paces guest-ping while a guest boots; pollInterval
	// paces guest-exec-status while a runner runs.
	agentInterval time.Duration
	pollInterval  time.Duration
	// cleanupTimeout bounds tearing down a failed start.
	cleanupTimeout time.Duration
	// makeOverlay creates a runner's overlay on the golden image.
	makeOverlay func(ctx context.Context, golden, overlay string) error
	// kvmAvailable reports whether a local hypervisor can use KVM.
	kvmAvailable func() bool
	// now is the clock used for created-at timestamps.
	now func() time.Time

	// hideArchCapabilities is set once the host refused to pass the
	// arch-capabilities CPU feature through (nested KVM).
	hideArchCapabilities atomic.Bool

	mu      sync.Mutex
	runners map[string]*runnerState
	dirs    map[string]bool
}

// runnerState is what the provisioner remembers about a runner it started.
type runnerState struct {
	meta ownerMeta
	jit  string
	exit *backends.ExitStatus
}

// Compile-time checks of the capabilities this backend offers.
var (
	_ backends.Provisioner   = (*Provisioner)(nil)
	_ backends.Lister        = (*Provisioner)(nil)
	_ backends.Waiter        = (*Provisioner)(nil)
	_ backends.HealthChecker = (*Provisioner)(nil)
)

// New validates the options and returns a Provisioner. It does not connect:
// the connection to libvirtd is opened on first use and reopened after it
// breaks, so New succeeds while libvirtd is down.
func New(opts Options) (*Provisioner, error) {
	if opts.Owner.DaemonID == "" {
		return nil, fmt.Errorf("libvirt provisioner: Owner.DaemonID is required")
	}
	s, err := resolveConnSettings(opts.Config)
	if err != nil {
		return nil, backends.Permanent(err)
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	log = log.With("backend", "libvirt")
	p := &Provisioner{
		owner:          opts.Owner,
		settings:       s,
		log:            log,
		pool:           &connPool{uri: s.uri, log: log},
		agentInterval:  100 * time.Millisecond,
		pollInterval:   time.Second,
		cleanupTimeout: time.Minute,
		makeOverlay:    createOverlay,
		kvmAvailable:   localKVMUsable,
		now:            time.Now,
		runners:        map[string]*runnerState{},
		dirs:           map[string]bool{s.overlayDir: true},
	}
	p.agent = opts.Agent
	if p.agent == nil {
		p.agent = libvirtAgent{pool: p.pool}
	}
	return p, nil
}

// localKVMUsable reports whether local KVM can run ordinary guests:
// /dev/kvm opens, and it is not provided by kvm_pvm alone (PVM, the
// pagetable-based hypervisor some cloud sandboxes nest with, runs only
// guest kernels built for it; a stock kernel hangs in early boot).
func localKVMUsable() bool {
	return devKVMOpens() && !pvmOnly("/sys/module")
}

// pvmOnly reports whether kvm_pvm is the only KVM vendor module loaded
// (sysModule is /sys/module).
func pvmOnly(sysModule string) bool {
	loaded := func(m string) bool {
		_, err := os.Stat(filepath.Join(sysModule, m))
		return err == nil
	}
	return loaded("kvm_pvm") && !loaded("kvm_intel") && !loaded("kvm_amd")
}

// devKVMOpens reports whether /dev/kvm can be opened for reading and writing.
func devKVMOpens() bool {
	f, err := os.OpenFile("/dev/kvm", os.O_RDWR, 0)
	if err != nil {
		return false
	}
	_ = f.Close()
	return true
}

// URI returns the libvirt connection URI in use.
func (p *Provisioner) URI() string { return p.settings.uri }

// Start creates the runner's overlay and transient domain, waits for the
// guest agent and launches the runner with guest-exec. On failure nothing
// is left behind (or what is left is removed by Stop).
func (p *Provisioner) Start(ctx context.Context, req *backends.RunnerRequest) error {
	if req == nil || req.Runner == nil {
		return backends.Permanentf("libvirt start: request without runner configuration")
	}
	err := p.start(ctx, req)
	if err != nil {
		err = redactError(fmt.Errorf("start runner %s: %w", req.Name, err), req.JITConfig)
	}
	return err
}

// start does Start's work; errors may still contain the JIT config's
// echo from libvirt and are redacted by Start.
func (p *Provisioner) start(ctx context.Context, req *backends.RunnerRequest) error {
	began := time.Now()
	spec, err := specFromConfig(req.Name, req.Runner.Libvirt)
	if err != nil {
		return backends.Permanent(err)
	}
	if err := checkGolden(spec.Golden); err != nil {
		return err
	}
	spec.Owner = ownerMeta{
		Daemon:     p.owner.DaemonID,
		ScaleSet:   p.owner.ScaleSet,
		Runner:     spec.Name,
		Overlay:    spec.Overlay,
		ConsoleLog: spec.ConsoleLog,
		Created:    p.now().UTC(),
	}

	p.mu.Lock()
	p.dirs[spec.OverlayDir] = true
	p.mu.Unlock()

	// Connect before creating anything, so that a dead libvirtd leaves
	// nothing behind; then clear what an earlier attempt may have left.
	if err := p.Ping(ctx); err != nil {
		return err
	}
	if err := p.Stop(ctx, spec.Name); err != nil {
		return fmt.Errorf("remove leftovers of an earlier attempt: %w", err)
	}
	if spec.DomainType, err = p.resolveDomainType(ctx, spec.Arch, spec.DomainType); err != nil {
		return err
	}
	if err := p.checkReadOnlyMounts(ctx, spec.Mounts); err != nil {
		return err
	}
	if spec.DomainType == "kvm" && p.hideArchCapabilities.Load() {
		spec.DisabledCPUFeatures = append(spec.DisabledCPUFeatures, "arch-capabilities")
	}
	xmlDoc, err := domainXML(spec)
	if err != nil {
		return backends.Permanent(err)
	}

	// phase ends a timed phase of the start and begins the next.
	mark := began
	phase := func() time.Duration {
		now := time.Now()
		d := now.Sub(mark)
		mark = now
		return d
	}
	prepare := phase()
	if err := ensureOverlayDir(spec.OverlayDir); err != nil {
		return err
	}
	if err := writeSidecar(spec.Owner); err != nil {
		return err
	}
	fail := func(cause error) error {
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), p.cleanupTimeout)
		defer cancel()
		if cerr := p.teardown(cctx, spec.Owner); cerr != nil {
			return fmt.Errorf("%w (cleanup failed too, Stop will retry: %v)", cause, cerr)
		}
		return cause
	}
	if err := p.makeOverlay(ctx, spec.Golden, spec.Overlay); err != nil {
		return fail(err)
	}
	overlay := phase()
	err = p.createDomain(ctx, xmlDoc)
	if err != nil && spec.DomainType == "kvm" && len(spec.DisabledCPUFeatures) == 0 && isArchCapabilitiesFailure(err) {
		// Nested KVM hosts may refuse the IA32_ARCH_CAPABILITIES MSR that
		// host-passthrough forwards; hide that one feature from now on.
		p.log.Warn("the host cannot pass IA32_ARCH_CAPABILITIES to guests; starting guests without it", "runner", spec.Name)
		p.hideArchCapabilities.Store(true)
		spec.DisabledCPUFeatures = append(spec.DisabledCPUFeatures, "arch-capabilities")
		if xmlDoc, err = domainXML(spec); err == nil {
			err = p.createDomain(ctx, xmlDoc)
		}
	}
	if err != nil {
		return fail(fmt.Errorf("create domain: %w", explainCreateError(err, spec)))
	}
	domain := phase()
	p.log.Debug("domain started", "runner", spec.Name, "type", spec.DomainType)

	err = waitForAgent(ctx, p.agent, spec.Name, spec.AgentTimeout, p.agentInterval, func(ctx context.Context) error {
		return p.checkDomainAlive(ctx, spec)
	})
	if err != nil {
		return fail(err)
	}
	boot := phase()
	ectx, cancel := context.WithTimeout(ctx, 30*time.Second)
	pid, err := agentExec(ectx, p.agent, spec.Name, spec.RunnerCmd, runnerEnv(spec.OS, spec.Arch, spec.CPUs, req.JITConfig))
	cancel()
	if err != nil {
		return fail(fmt.Errorf("launch %s in the guest: %w", spec.RunnerCmd, err))
	}
	spec.Owner.PID = pid
	p.mu.Lock()
	p.runners[spec.Name] = &runnerState{meta: spec.Owner, jit: req.JITConfig}
	p.mu.Unlock()
	if err := p.recordPID(ctx, spec.Owner); err != nil {
		p.log.Warn("could not record the runner PID in the domain metadata; a restarted daemon cannot wait for this runner", "runner", spec.Name, "error", err)
	}
	launch := phase()
	p.log.Info("runner started", "runner", spec.Name, "pid", pid, "type", spec.DomainType, "took", time.Since(began),
		"prepare", prepare, "overlay", overlay, "domain", domain, "boot", boot, "exec", launch)
	return nil
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

// resolveDomainType turns domain_type auto into kvm or qemu: for a local
// hypervisor, kvm when /dev/kvm opens; for a remote one, kvm when the
// host's capabilities offer it for the guest architecture.
func (p *Provisioner) resolveDomainType(ctx context.Context, arch, want string) (string, error) {
	if want != "auto" {
		return want, nil
	}
	if isLocalURI(p.settings.uri) {
		if p.kvmAvailable() {
			return "kvm", nil
		}
		return "qemu", nil
	}
	var capsXML string
	if err := p.pool.do(ctx, func(c *lv.Connect) error {
		var err error
		capsXML, err = c.GetCapabilities()
		return err
	}); err != nil {
		return "", fmt.Errorf("read hypervisor capabilities: %w", err)
	}
	return domainTypeFromCaps(capsXML, arch)
}

// domainTypeFromCaps picks kvm when the capabilities offer a kvm domain for
// an hvm guest of arch, qemu otherwise.
func domainTypeFromCaps(capsXML, arch string) (string, error) {
	var caps libvirtxml.Caps
	if err := caps.Unmarshal(capsXML); err != nil {
		return "", fmt.Errorf("parse hypervisor capabilities: %w", err)
	}
	for _, g := range caps.Guests {
		if g.OSType != "hvm" || g.Arch.Name != arch {
			continue
		}
		for _, d := range g.Arch.Domains {
			if d.Type == "kvm" {
				return "kvm", nil
			}
		}
	}
	return "qemu", nil
}

// checkReadOnlyMounts refuses read-only virtiofs shares on libvirt older
// than 11.0, which cannot make them read-only.
func (p *Provisioner) checkReadOnlyMounts(ctx context.Context, mounts []mountSpec) error {
	ro := false
	for _, m := range mounts {
		ro = ro || m.ReadOnly
	}
	if !ro {
		return nil
	}
	var v uint32
	if err := p.pool.do(ctx, func(c *lv.Connect) error {
		var err error
		v, err = c.GetLibVersion()
		return err
	}); err != nil {
		return err
	}
	if v < 11_000_000 {
		return backends.Permanentf("read_only virtiofs mounts need libvirt 11.0 or newer on the hypervisor host (it runs %d.%d.%d)", v/1_000_000, v/1000%1000, v%1000)
	}
	return nil
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
	tail := strings.TrimSpace(fileTail(path, 512))
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

// lookupResult is what findDomain learned about a domain name.
type lookupResult struct {
	found      bool
	owned      bool // carries our metadata (any of our scale sets if owner.ScaleSet is empty)
	meta       ownerMeta
	state      lv.DomainState
	active     bool
	persistent bool
}

// findDomain looks a domain up by name and reads its ownership metadata.
func (p *Provisioner) findDomain(ctx context.Context, name string) (lookupResult, error) {
	var r lookupResult
	err := p.pool.do(ctx, func(c *lv.Connect) error {
		d, err := c.LookupDomainByName(name)
		if isLibvirtCode(err, lv.ERR_NO_DOMAIN) {
			return nil
		}
		if err != nil {
			return err
		}
		defer func() { _ = d.Free() }()
		res, err := inspectDomain(d, p.owner)
		if err != nil {
			return err
		}
		r = res
		return nil
	})
	if err != nil {
		return lookupResult{}, err
	}
	return r, nil
}

// inspectDomain reads a domain's state and ownership. A domain that
// vanishes meanwhile is reported as not found.
func inspectDomain(d *lv.Domain, owner backends.Ownership) (lookupResult, error) {
	r := lookupResult{found: true}
	raw, err := d.GetMetadata(lv.DOMAIN_METADATA_ELEMENT, MetadataNamespace, lv.DOMAIN_AFFECT_CURRENT)
	switch {
	case isLibvirtCode(err, lv.ERR_NO_DOMAIN):
		return lookupResult{}, nil
	case isLibvirtCode(err, lv.ERR_NO_DOMAIN_METADATA):
		return r, nil
	case err != nil:
		return r, err
	}
	if m, err := parseOwnerMeta(raw); err == nil {
		r.meta = m
		r.owned = owner.Owns(m.Daemon, m.ScaleSet)
	}
	r.state, _, err = d.GetState()
	if isLibvirtCode(err, lv.ERR_NO_DOMAIN) {
		return lookupResult{}, nil
	}
	if err != nil {
		return r, err
	}
	r.active = r.state != lv.DOMAIN_SHUTOFF && r.state != lv.DOMAIN_CRASHED && r.state != lv.DOMAIN_NOSTATE
	r.persistent, err = d.IsPersistent()
	if isLibvirtCode(err, lv.ERR_NO_DOMAIN) {
		return lookupResult{}, nil
	}
	return r, err
}

// Stop destroys the runner's domain (undefining a persistent leftover) and
// deletes its overlay. Stopping a runner that is already gone succeeds; a
// domain of that name that another owner holds is left alone.
func (p *Provisioner) Stop(ctx context.Context, name string) error {
	if err := checkRunnerName(name); err != nil {
		return backends.Permanent(err)
	}
	r, err := p.findDomain(ctx, name)
	if err != nil {
		return fmt.Errorf("stop runner %s: %w", name, err)
	}
	var files *ownerMeta
	switch {
	case r.found && !r.owned:
		p.log.Warn("a domain with this runner's name exists but is not owned by this daemon; leaving it alone", "runner", name)
		return nil
	case r.found:
		if err := p.destroy(ctx, name, r); err != nil {
			return fmt.Errorf("stop runner %s: %w", name, err)
		}
		m := r.meta
		files = &m
	}
	if files == nil {
		files = p.knownFiles(name)
	}
	if files != nil {
		if err := removeRunnerFiles(*files); err != nil {
			return fmt.Errorf("stop runner %s: %w", name, err)
		}
	}
	p.mu.Lock()
	delete(p.runners, name)
	p.mu.Unlock()
	p.log.Debug("runner stopped", "runner", name, "had_domain", r.found)
	return nil
}

// destroy powers a domain off and undefines it when it is persistent.
func (p *Provisioner) destroy(ctx context.Context, name string, r lookupResult) error {
	return p.pool.do(ctx, func(c *lv.Connect) error {
		d, err := c.LookupDomainByName(name)
		if isLibvirtCode(err, lv.ERR_NO_DOMAIN) {
			return nil
		}
		if err != nil {
			return err
		}
		defer func() { _ = d.Free() }()
		if err := d.Destroy(); err != nil && !isLibvirtCode(err, lv.ERR_NO_DOMAIN, lv.ERR_OPERATION_INVALID) {
			return fmt.Errorf("destroy domain: %w", err)
		}
		if !r.persistent {
			return nil
		}
		flags := lv.DOMAIN_UNDEFINE_MANAGED_SAVE | lv.DOMAIN_UNDEFINE_SNAPSHOTS_METADATA |
			lv.DOMAIN_UNDEFINE_CHECKPOINTS_METADATA | lv.DOMAIN_UNDEFINE_NVRAM
		err = d.UndefineFlags(flags)
		if err != nil && !isLibvirtCode(err, lv.ERR_NO_DOMAIN) {
			// Drivers without some of the flags accept a plain undefine.
			if err2 := d.Undefine(); err2 != nil && !isLibvirtCode(err2, lv.ERR_NO_DOMAIN) {
				return fmt.Errorf("undefine domain: %w", errors.Join(err, err2))
			}
		}
		return nil
	})
}

// knownFiles returns the file record of a runner whose domain is gone: from
// memory, else from a sidecar of ours in a known overlay directory.
func (p *Provisioner) knownFiles(name string) *ownerMeta {
	p.mu.Lock()
	defer p.mu.Unlock()
	if st, ok := p.runners[name]; ok {
		m := st.meta
		return &m
	}
	for dir := range p.dirs {
		m, err := readSidecar(sidecarFor(filepath.Join(dir, name+overlaySuffix)))
		if err == nil && m.Daemon == p.owner.DaemonID && m.Runner == name {
			return &m
		}
	}
	return nil
}

// teardown removes what a failed start created: the domain, if one of ours
// by this name exists (a creation abandoned on a cancelled ctx may still
// have succeeded), then the runner's files.
func (p *Provisioner) teardown(ctx context.Context, m ownerMeta) error {
	r, err := p.findDomain(ctx, m.Runner)
	if err == nil && r.found && r.owned {
		err = p.destroy(ctx, m.Runner, r)
	}
	if err == nil {
		err = removeRunnerFiles(m)
	}
	p.mu.Lock()
	delete(p.runners, m.Runner)
	p.mu.Unlock()
	return err
}

// List returns the owned domains (running or stopped leftovers) and, as
// backends.EnvPartial, owned overlays whose domain is gone.
func (p *Provisioner) List(ctx context.Context) ([]backends.Environment, error) {
	type found struct {
		meta   ownerMeta
		active bool
	}
	var doms []found
	err := p.pool.do(ctx, func(c *lv.Connect) error {
		all, err := c.ListAllDomains(0)
		if err != nil {
			return err
		}
		var res []found
		for i := range all {
			r, err := inspectDomain(&all[i], p.owner)
			_ = all[i].Free()
			if err != nil {
				return err
			}
			if r.found && r.owned {
				res = append(res, found{meta: r.meta, active: r.active})
			}
		}
		doms = res
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list libvirt domains: %w", err)
	}

	var out []backends.Environment
	seen := map[string]bool{}
	p.mu.Lock()
	for _, d := range doms {
		seen[d.meta.Runner] = true
		if d.meta.Overlay != "" {
			p.dirs[filepath.Dir(d.meta.Overlay)] = true
		}
		state := backends.EnvRunning
		if st, ok := p.runners[d.meta.Runner]; !d.active || ok && st.exit != nil {
			state = backends.EnvExited
		}
		out = append(out, backends.Environment{
			Name: d.meta.Runner, DaemonID: d.meta.Daemon, ScaleSet: d.meta.ScaleSet,
			State: state, CreatedAt: d.meta.Created,
		})
	}
	dirs := make([]string, 0, len(p.dirs))
	for dir := range p.dirs {
		dirs = append(dirs, dir)
	}
	p.mu.Unlock()

	sort.Strings(dirs)
	for _, dir := range dirs {
		sc, err := listSidecars(dir)
		if err != nil {
			return nil, err
		}
		for _, s := range sc {
			m := s.meta
			if seen[m.Runner] || !p.owner.Owns(m.Daemon, m.ScaleSet) {
				continue
			}
			seen[m.Runner] = true
			out = append(out, backends.Environment{
				Name: m.Runner, DaemonID: m.Daemon, ScaleSet: m.ScaleSet,
				State: backends.EnvPartial, CreatedAt: m.Created,
			})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Wait polls the runner's guest-exec status (every second) until the runner
// exits, the domain stops or vanishes, or ctx ends. While libvirtd or the
// guest agent is unreachable it keeps polling.
func (p *Provisioner) Wait(ctx context.Context, name string) (backends.ExitStatus, error) {
	t := time.NewTicker(p.pollInterval)
	defer t.Stop()
	for {
		es, done, err := p.pollOnce(ctx, name)
		if done {
			return es, err
		}
		select {
		case <-ctx.Done():
			return backends.ExitStatus{}, ctx.Err()
		case <-t.C:
		}
	}
}

// pollOnce checks a runner once; done reports a final answer.
func (p *Provisioner) pollOnce(ctx context.Context, name string) (backends.ExitStatus, bool, error) {
	p.mu.Lock()
	st := p.runners[name]
	var cached *backends.ExitStatus
	var jit string
	var pid int64
	if st != nil {
		cached, jit, pid = st.exit, st.jit, st.meta.PID
	}
	p.mu.Unlock()
	if cached != nil {
		return *cached, true, nil
	}

	r, err := p.findDomain(ctx, name)
	if err != nil {
		if ctx.Err() == nil {
			p.log.Debug("wait: libvirt unreachable, will retry", "runner", name, "error", err)
		}
		return backends.ExitStatus{}, false, nil
	}
	if !r.found || !r.owned {
		return backends.ExitStatus{}, true, fmt.Errorf("runner %s: domain: %w", name, backends.ErrNotFound)
	}
	if !r.active {
		reason := "domain shut down"
		if r.state == lv.DOMAIN_CRASHED {
			reason = "domain crashed"
		}
		es := backends.ExitStatus{Code: -1, Reason: reason, LogTail: redact(fileTail(r.meta.ConsoleLog, logTailBytes), jit)}
		return p.finish(name, es), true, nil
	}
	if pid == 0 {
		pid = r.meta.PID
	}
	if pid == 0 {
		es := backends.ExitStatus{Code: -1, Reason: "the runner was never started in this domain"}
		return p.finish(name, es), true, nil
	}
	sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	s, err := agentExecStatus(sctx, p.agent, name, pid)
	cancel()
	switch {
	case isUnknownPID(err):
		es := backends.ExitStatus{Code: -1, Reason: fmt.Sprintf("runner process lost: the guest agent no longer knows PID %d (guest rebooted or agent restarted)", pid)}
		return p.finish(name, es), true, nil
	case err != nil:
		if ctx.Err() == nil {
			p.log.Debug("wait: guest agent did not answer, will retry", "runner", name, "error", err)
		}
		return backends.ExitStatus{}, false, nil
	case !s.Exited:
		return backends.ExitStatus{}, false, nil
	}
	return p.finish(name, exitStatus(s, jit)), true, nil
}

// finish caches a runner's final status (guest-exec-status reports an exit
// only once) and returns it.
func (p *Provisioner) finish(name string, es backends.ExitStatus) backends.ExitStatus {
	p.mu.Lock()
	defer p.mu.Unlock()
	st := p.runners[name]
	if st == nil {
		st = &runnerState{}
		p.runners[name] = st
	}
	st.exit = &es
	return es
}

// Ping checks that libvirtd answers, reconnecting if the connection broke.
func (p *Provisioner) Ping(ctx context.Context) error {
	err := p.pool.do(ctx, func(c *lv.Connect) error {
		_, err := c.GetLibVersion()
		return err
	})
	if err != nil && !strings.Contains(err.Error(), p.settings.uri) {
		err = fmt.Errorf("libvirtd at %s: %w", p.settings.uri, err)
	}
	return err
}

// Close releases the libvirt connection. Domains keep running.
func (p *Provisioner) Close() error {
	p.pool.close()
	return nil
}

// stateName names a domain state for messages.
func stateName(s lv.DomainState) string {
	switch s {
	case lv.DOMAIN_RUNNING:
		return "running"
	case lv.DOMAIN_BLOCKED:
		return "blocked"
	case lv.DOMAIN_PAUSED:
		return "paused"
	case lv.DOMAIN_SHUTDOWN:
		return "shutting down"
	case lv.DOMAIN_SHUTOFF:
		return "shut off"
	case lv.DOMAIN_CRASHED:
		return "crashed"
	case lv.DOMAIN_PMSUSPENDED:
		return "suspended"
	}
	return "unknown"
}
