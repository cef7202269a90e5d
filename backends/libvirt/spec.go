package libvirt

import (
	"fmt"
	"net"
	"path/filepath"
	"regexp"
	"time"

	"github.com/outrunner/outrunner/config"
)

// vmSpec is everything needed to create one runner's domain, resolved from
// the request's libvirt block.
type vmSpec struct {
	Name       string
	DomainType string // kvm or qemu, once resolved; auto before
	Golden     string
	Overlay    string
	ConsoleLog string
	RunnerCmd  string
	CPUs       int
	MemoryMiB  int
	Mounts     []mountSpec
	Network    string
	Forward    *forwardSpec
	Machine    string
	Firmware   string
	Arch       string
	OS         string
	Kernel     string
	Initrd     string
	Cmdline    string
	OverlayDir string

	AgentTimeout time.Duration
	Owner        ownerMeta
	// DisabledCPUFeatures are host CPU features hidden from a KVM guest
	// (set when the host cannot pass them through).
	DisabledCPUFeatures []string
}

// forwardSpec is a guest_forward: a restricted user-mode NIC whose only
// way out is one TCP forward from Guest (inside the guest's user network)
// to HostAddr:HostPort on the hypervisor host.
type forwardSpec struct {
	Guest    string // ip:port
	HostAddr string
	HostPort string
}

// mountSpec is one virtiofs share.
type mountSpec struct {
	Source   string
	Tag      string
	ReadOnly bool
}

// runnerNameRE and maxRunnerName are what a runner name must look like to
// be used as a domain name and as a file name in the overlay directory.
// The length is checked apart: a counted repetition compiles into a
// program of that many steps, built at every process start.
var runnerNameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

const maxRunnerName = 200

// checkRunnerName rejects names that are unsafe as domain and file names.
func checkRunnerName(name string) error {
	if len(name) > maxRunnerName || !runnerNameRE.MatchString(name) {
		return fmt.Errorf("runner name %q is not usable as a libvirt domain name (letters, digits, '.', '_' and '-', starting with a letter or digit, at most 200 characters)", name)
	}
	return nil
}

// specFromConfig resolves and validates a request's libvirt block. The
// block is copied; missing values get their defaults.
func specFromConfig(name string, in *config.LibvirtImage) (vmSpec, error) {
	if in == nil {
		return vmSpec{}, fmt.Errorf("runner %s has no libvirt configuration", name)
	}
	if err := checkRunnerName(name); err != nil {
		return vmSpec{}, err
	}
	c := *in
	c.Mounts = append([]config.LibvirtMount(nil), in.Mounts...)
	if in.GuestForward != nil {
		f := *in.GuestForward
		c.GuestForward = &f
	}
	rc := config.RunnerConfig{Libvirt: &c}
	rc.ApplyBackendDefaults()

	s := vmSpec{
		Name:         name,
		DomainType:   c.DomainType,
		Golden:       c.Path,
		RunnerCmd:    c.RunnerCmd,
		CPUs:         c.CPUs,
		MemoryMiB:    c.MemoryMB,
		Network:      c.Network,
		Machine:      c.Machine,
		Firmware:     c.Firmware,
		Arch:         c.Arch,
		OS:           c.OS,
		Kernel:       c.Kernel,
		Initrd:       c.Initrd,
		Cmdline:      c.Cmdline,
		OverlayDir:   c.OverlayDir,
		AgentTimeout: c.AgentTimeout.D(),
	}
	if s.Golden == "" {
		return s, fmt.Errorf("libvirt path (the golden qcow2 image) is not set")
	}
	for key, p := range map[string]string{"path": s.Golden, "overlay_dir": s.OverlayDir, "kernel": s.Kernel, "initrd": s.Initrd} {
		if p != "" && !filepath.IsAbs(p) {
			return s, fmt.Errorf("libvirt %s %q must be an absolute path", key, p)
		}
	}
	if s.Kernel == "" && (s.Initrd != "" || s.Cmdline != "") {
		return s, fmt.Errorf("libvirt initrd and cmdline need kernel (direct kernel boot)")
	}
	if s.CPUs < 1 || s.MemoryMiB < 64 {
		return s, fmt.Errorf("libvirt cpus (%d) must be at least 1 and memory (%d MiB) at least 64", s.CPUs, s.MemoryMiB)
	}
	if err := oneOf("firmware", s.Firmware, "efi", "bios"); err != nil {
		return s, err
	}
	if err := oneOf("os", s.OS, "linux", "windows"); err != nil {
		return s, err
	}
	if err := oneOf("domain_type", s.DomainType, "kvm", "qemu", "auto"); err != nil {
		return s, err
	}
	if err := oneOf("arch", s.Arch, "x86_64", "aarch64"); err != nil {
		return s, err
	}
	if s.Arch == "aarch64" && s.Firmware == "bios" {
		return s, fmt.Errorf("libvirt firmware bios is not available for aarch64 guests; use efi")
	}
	if s.AgentTimeout <= 0 {
		return s, fmt.Errorf("libvirt agent_timeout must be positive")
	}
	if f := c.GuestForward; f != nil {
		if s.Network != "" {
			return s, fmt.Errorf("libvirt guest_forward cannot be combined with network: it gives the guest its own restricted NIC")
		}
		if err := f.CheckGuest(); err != nil {
			return s, fmt.Errorf("libvirt guest_forward guest: %w", err)
		}
		if err := f.CheckHost(); err != nil {
			return s, fmt.Errorf("libvirt guest_forward host: %w", err)
		}
		host, port, _ := net.SplitHostPort(f.Host)
		s.Forward = &forwardSpec{Guest: f.Guest, HostAddr: host, HostPort: port}
	}
	mounts := c.Mounts
	if c.Mount != nil {
		mounts = append([]config.LibvirtMount{*c.Mount}, mounts...)
	}
	tags := map[string]bool{}
	for _, m := range mounts {
		if !filepath.IsAbs(m.Source) {
			return s, fmt.Errorf("libvirt mount source %q must be an absolute path", m.Source)
		}
		src := filepath.Clean(m.Source)
		tag := m.Tag
		if tag == "" {
			tag = filepath.Base(src)
		}
		if tag == "/" || tag == "." {
			return s, fmt.Errorf("libvirt mount %q needs a tag", m.Source)
		}
		if tags[tag] {
			return s, fmt.Errorf("libvirt mount tag %q is used twice", tag)
		}
		tags[tag] = true
		s.Mounts = append(s.Mounts, mountSpec{Source: src, Tag: tag, ReadOnly: m.ReadOnly})
	}
	s.Overlay = filepath.Join(s.OverlayDir, name+".qcow2")
	s.ConsoleLog = filepath.Join(s.OverlayDir, name+".console.log")
	return s, nil
}

// oneOf checks that a setting has one of the allowed values.
func oneOf(key, v string, allowed ...string) error {
	for _, a := range allowed {
		if v == a {
			return nil
		}
	}
	return fmt.Errorf("libvirt %s %q is not one of %v", key, v, allowed)
}
