package libvirt

import (
	"fmt"
	"net"
	"path/filepath"
	"regexp"
	"time"

	"github.com/outrunner/outrunner/backends"
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

// specFromConfig resolves a request's libvirt block. The block is copied
// and missing values get their defaults; the result must pass Check, the
// rules validation applies too.
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
	if err := backends.SettingsError("libvirt", Check(&c)); err != nil {
		return vmSpec{}, err
	}

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
	if f := c.GuestForward; f != nil {
		host, port, _ := net.SplitHostPort(f.Host)
		s.Forward = &forwardSpec{Guest: f.Guest, HostAddr: host, HostPort: port}
	}
	for _, m := range allMounts(&c) {
		s.Mounts = append(s.Mounts, mountSpec{Source: filepath.Clean(m.Source), Tag: mountTag(m.LibvirtMount), ReadOnly: m.ReadOnly})
	}
	s.Overlay = filepath.Join(s.OverlayDir, name+".qcow2")
	s.ConsoleLog = filepath.Join(s.OverlayDir, name+".console.log")
	return s, nil
}
