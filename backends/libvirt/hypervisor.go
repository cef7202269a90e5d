//go:build cgo && libvirt_dlopen

package libvirt

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/outrunner/outrunner/backends"
	lv "libvirt.org/go/libvirt"
	"libvirt.org/go/libvirtxml"
)

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
