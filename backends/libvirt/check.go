package libvirt

import (
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"time"

	"github.com/outrunner/outrunner/config"
)

// Limits beyond which a libvirt setting is treated as a mistake.
const (
	maxCPUs     = 1024
	minMemoryMB = 64
	maxMemoryMB = 4 << 20 // 4 TiB
	// maxTagLen is the longest virtiofs tag QEMU accepts (the tag field
	// of struct virtio_fs_config).
	maxTagLen = 36
)

var (
	// networkNameRE is what a libvirt network name may look like.
	networkNameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)
	// fwdHostRE is what a guest_forward host may contain: it ends up in a
	// QEMU option string and a relay command line.
	fwdHostRE = regexp.MustCompile(`^[A-Za-z0-9:][A-Za-z0-9.:-]*$`)
)

// guestForwardNet is QEMU user networking's default subnet; reserved holds
// its addresses that a forward cannot use (network, gateway, DNS, the
// guest's own DHCP address, broadcast).
var (
	guestForwardNet      = netip.MustParsePrefix("10.0.2.0/24")
	guestForwardReserved = map[netip.Addr]string{
		netip.MustParseAddr("10.0.2.0"):   "the network address",
		netip.MustParseAddr("10.0.2.2"):   "the gateway",
		netip.MustParseAddr("10.0.2.3"):   "the DNS server",
		netip.MustParseAddr("10.0.2.15"):  "the guest's own address",
		netip.MustParseAddr("10.0.2.255"): "the broadcast address",
	}
)

// Check reports every problem of a libvirt block whose defaults are
// applied, with keys relative to the block (mounts[0].source). These are
// all the block's rules: specFromConfig and New apply the same ones.
func Check(l *config.LibvirtImage) []config.Problem {
	var r config.Report
	r.AbsPath("path", l.Path)
	r.Required("runner_cmd", l.RunnerCmd)
	r.NoNUL("runner_cmd", l.RunnerCmd)
	r.NoNUL("machine", l.Machine)
	r.NoNUL("cmdline", l.Cmdline)
	r.IntRange("cpus", l.CPUs, 1, maxCPUs)
	r.IntRange("memory", l.MemoryMB, minMemoryMB, maxMemoryMB)
	checkConn(&r, l)
	r.OneOf("firmware", l.Firmware, "efi", "bios")
	r.OneOf("os", l.OS, "linux", "windows")
	if l.OS == "linux" && config.IsWindowsRunnerCmd(l.RunnerCmd) {
		r.Errorf("os", "is linux but runner_cmd %s is a Windows command; set os: windows", l.RunnerCmd)
	}
	r.OneOf("arch", l.Arch, "x86_64", "aarch64")
	r.OneOf("domain_type", l.DomainType, "auto", "kvm", "qemu")
	if l.Arch == "aarch64" && l.Firmware == "bios" {
		r.Errorf("firmware", "bios is not available for aarch64 guests; use efi")
	}
	if l.Network != "" && !networkNameRE.MatchString(l.Network) {
		r.Errorf("network", "%q is not a valid network name", l.Network)
	}
	if l.Kernel != "" {
		r.AbsPath("kernel", l.Kernel)
	}
	if l.Initrd != "" {
		r.AbsPath("initrd", l.Initrd)
		if l.Kernel == "" {
			r.Errorf("initrd", "needs kernel: initrd is only used for direct kernel boot")
		}
	}
	if l.Cmdline != "" && l.Kernel == "" {
		r.Errorf("cmdline", "needs kernel: cmdline is only used for direct kernel boot")
	}
	r.DurationRange("agent_timeout", l.AgentTimeout, time.Second, time.Hour)
	if f := l.GuestForward; f != nil {
		if l.Network != "" {
			r.Errorf("guest_forward", "cannot be combined with network: guest_forward gives the guest its own restricted NIC")
		}
		if err := checkForwardGuest(f.Guest); err != nil {
			r.Errorf("guest_forward.guest", "%v", err)
		}
		if err := checkForwardHost(f.Host); err != nil {
			r.Errorf("guest_forward.host", "%v", err)
		}
	}
	checkMounts(&r, l)
	return r.Problems()
}

// checkConn checks the settings a provisioner connects with, which New
// applies too: uri, socket and overlay_dir.
func checkConn(r *config.Report, l *config.LibvirtImage) {
	if u, err := url.Parse(l.URI); err != nil || u.Scheme == "" {
		r.Errorf("uri", "%q is not a libvirt connection URI (e.g. qemu:///system or qemu+ssh://host/system)", l.URI)
	}
	if l.Socket != "" && !filepath.IsAbs(l.Socket) {
		r.Errorf("socket", "must be an absolute path, got %q", l.Socket)
	}
	r.AbsPath("overlay_dir", l.OverlayDir)
}

// checkMounts checks the virtiofs shares, mount (first) and mounts: each
// needs an absolute source and a tag of its own.
func checkMounts(r *config.Report, l *config.LibvirtImage) {
	tags := map[string]string{}
	for _, m := range allMounts(l) {
		r.AbsPath(m.key+".source", m.Source)
		if !filepath.IsAbs(m.Source) {
			continue
		}
		tag := mountTag(m.LibvirtMount)
		r.NoNUL(m.key+".tag", tag)
		switch prev, dup := tags[tag]; {
		case tag == "/" || tag == ".":
			r.Errorf(m.key+".tag", "%q is not a usable virtiofs tag: set tag to a name", tag)
		case len(tag) > maxTagLen:
			r.Errorf(m.key+".tag", "virtiofs tag %q is longer than %d bytes, which QEMU refuses; set a shorter tag", tag, maxTagLen)
		case dup:
			r.Errorf(m.key, "virtiofs tag %q is already used by %s; set a distinct tag", tag, prev)
		default:
			tags[tag] = m.key
		}
	}
}

// keyedMount is a share with its key relative to the libvirt block.
type keyedMount struct {
	config.LibvirtMount
	key string
}

// allMounts lists mount (gha-outrunner's single share) before mounts.
func allMounts(l *config.LibvirtImage) []keyedMount {
	var out []keyedMount
	if l.Mount != nil {
		out = append(out, keyedMount{*l.Mount, "mount"})
	}
	for i, m := range l.Mounts {
		out = append(out, keyedMount{m, fmt.Sprintf("mounts[%d]", i)})
	}
	return out
}

// mountTag is a share's virtiofs tag: its own, or its source's base name.
func mountTag(m config.LibvirtMount) string {
	if m.Tag != "" {
		return m.Tag
	}
	return filepath.Base(filepath.Clean(m.Source))
}

// checkForwardGuest reports why guest is not a usable guest_forward
// address, or nil.
func checkForwardGuest(guest string) error {
	host, port, err := net.SplitHostPort(guest)
	if err != nil {
		return fmt.Errorf("%q is not an address:port such as %s", guest, config.DefaultLibvirtGuestForwardGuest)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil || !ip.Is4() || !guestForwardNet.Contains(ip) {
		return fmt.Errorf("%q must be an IPv4 address in QEMU's user network %s", host, guestForwardNet)
	}
	if what, ok := guestForwardReserved[ip]; ok {
		return fmt.Errorf("%s is %s of QEMU's user network; pick another, e.g. %s", ip, what, config.DefaultLibvirtGuestForwardGuest)
	}
	return checkPort(port)
}

// checkForwardHost reports why host is not a usable guest_forward relay
// target, or nil.
func checkForwardHost(hostPort string) error {
	if hostPort == "" {
		return fmt.Errorf("is required: the host:port on the hypervisor host that guest connections are relayed to")
	}
	host, port, err := net.SplitHostPort(hostPort)
	if err != nil || host == "" {
		return fmt.Errorf("%q is not a host:port such as 127.0.0.1:3128", hostPort)
	}
	if !fwdHostRE.MatchString(host) {
		return fmt.Errorf("host %q may only contain letters, digits, '.', ':' and '-'", host)
	}
	return checkPort(port)
}

// checkPort accepts a decimal TCP port 1-65535.
func checkPort(port string) error {
	n, err := strconv.Atoi(port)
	if err != nil || n < 1 || n > 65535 || strconv.Itoa(n) != port {
		return fmt.Errorf("port %q must be a number between 1 and 65535", port)
	}
	return nil
}
