package libvirt

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"libvirt.org/go/libvirtxml"
)

// MetadataNamespace is the XML namespace of the ownership element that
// outrunner puts into every domain's <metadata>. Read it with
// `virsh metadata <domain> --uri <MetadataNamespace>`.
const MetadataNamespace = "https://github.com/outrunner/outrunner/xmlns/libvirt/v1"

// metadataKey is the namespace prefix used in the domain XML.
const metadataKey = "outrunner"

// guestAgentChannel is the virtio-serial port name qemu-ga listens on.
const guestAgentChannel = "org.qemu.guest_agent.0"

// forwardNetdev is the QEMU id of a guest_forward's user-mode netdev.
const forwardNetdev = "outrunner-fwd0"

// forwardRelay is the host command QEMU runs for every guest connection
// to a guest_forward address: netcat-openbsd, shutting the connection
// down when the guest closes its side (-N).
const forwardRelay = "nc -N"

// ownerMeta is the ownership record kept in a domain's metadata and, as
// JSON, in the sidecar file next to its overlay.
type ownerMeta struct {
	XMLName    xml.Name  `xml:"owner" json:"-"`
	Daemon     string    `xml:"daemon" json:"daemon"`
	ScaleSet   string    `xml:"scaleset" json:"scaleset"`
	Runner     string    `xml:"runner" json:"runner"`
	Overlay    string    `xml:"overlay" json:"overlay"`
	ConsoleLog string    `xml:"console,omitempty" json:"console,omitempty"`
	Created    time.Time `xml:"created" json:"created"`
	// PID is the runner's guest-exec PID, set once the runner started.
	PID int64 `xml:"pid,omitempty" json:"-"`
	// Warm marks a domain booted by Prepare, without a runner until Bind
	// (which sets PID).
	Warm bool `xml:"warm,omitempty" json:"warm,omitempty"`
}

// element renders the record as the XML element stored under
// MetadataNamespace (without the namespace; libvirt adds it).
func (m ownerMeta) element() (string, error) {
	m.XMLName = xml.Name{Local: "owner"}
	b, err := xml.Marshal(m)
	if err != nil {
		return "", fmt.Errorf("encode ownership metadata: %w", err)
	}
	return string(b), nil
}

// namespaced renders the record for a domain XML's <metadata>: the same
// element, bound to MetadataNamespace with the outrunner prefix.
func (m ownerMeta) namespaced() (string, error) {
	var buf bytes.Buffer
	buf.WriteString(`<` + metadataKey + `:owner xmlns:` + metadataKey + `="` + MetadataNamespace + `">`)
	fields := []struct{ name, value string }{
		{"daemon", m.Daemon},
		{"scaleset", m.ScaleSet},
		{"runner", m.Runner},
		{"overlay", m.Overlay},
		{"console", m.ConsoleLog},
		{"created", m.Created.UTC().Format(time.RFC3339Nano)},
	}
	if m.PID != 0 {
		fields = append(fields, struct{ name, value string }{"pid", fmt.Sprint(m.PID)})
	}
	if m.Warm {
		fields = append(fields, struct{ name, value string }{"warm", "true"})
	}
	for _, f := range fields {
		if f.value == "" && f.name == "console" {
			continue
		}
		buf.WriteString(`<` + metadataKey + `:` + f.name + `>`)
		if err := xml.EscapeText(&buf, []byte(f.value)); err != nil {
			return "", fmt.Errorf("encode ownership metadata: %w", err)
		}
		buf.WriteString(`</` + metadataKey + `:` + f.name + `>`)
	}
	buf.WriteString(`</` + metadataKey + `:owner>`)
	return buf.String(), nil
}

// parseOwnerMeta decodes the element libvirt returns for MetadataNamespace.
func parseOwnerMeta(s string) (ownerMeta, error) {
	var m ownerMeta
	if err := xml.Unmarshal([]byte(s), &m); err != nil {
		return m, fmt.Errorf("decode ownership metadata: %w", err)
	}
	if m.XMLName.Local != "owner" {
		return m, fmt.Errorf("decode ownership metadata: unexpected element <%s>", m.XMLName.Local)
	}
	return m, nil
}

// buildDomain generates the domain definition for a resolved spec.
func buildDomain(s vmSpec) (*libvirtxml.Domain, error) {
	meta, err := s.Owner.namespaced()
	if err != nil {
		return nil, err
	}
	windows := s.OS == "windows"
	x86 := s.Arch == "x86_64"

	d := &libvirtxml.Domain{
		Type:        s.DomainType,
		Name:        s.Name,
		Description: "outrunner ephemeral runner " + s.Name,
		Metadata:    &libvirtxml.DomainMetadata{XML: meta},
		Memory:      &libvirtxml.DomainMemory{Value: uint(s.MemoryMiB), Unit: "MiB"},
		VCPU:        &libvirtxml.DomainVCPU{Value: uint(s.CPUs)},
		OS: &libvirtxml.DomainOS{
			Type: &libvirtxml.DomainOSType{Arch: s.Arch, Machine: s.Machine, Type: "hvm"},
		},
		Features:   &libvirtxml.DomainFeatureList{ACPI: &libvirtxml.DomainFeature{}},
		Clock:      &libvirtxml.DomainClock{Offset: "utc"},
		OnPoweroff: "destroy",
		OnReboot:   "restart",
		OnCrash:    "destroy",
		Devices:    &libvirtxml.DomainDeviceList{},
	}
	if s.Firmware == "efi" {
		d.OS.Firmware = "efi"
	}
	if s.Kernel != "" {
		d.OS.Kernel, d.OS.Initrd, d.OS.Cmdline = s.Kernel, s.Initrd, s.Cmdline
	} else {
		d.OS.BootDevices = []libvirtxml.DomainBootDevice{{Dev: "hd"}}
	}
	if x86 {
		d.Features.APIC = &libvirtxml.DomainFeatureAPIC{}
	}
	if s.DomainType == "kvm" {
		d.CPU = &libvirtxml.DomainCPU{Mode: "host-passthrough", Check: "none", Migratable: "on"}
		for _, f := range s.DisabledCPUFeatures {
			d.CPU.Features = append(d.CPU.Features, libvirtxml.DomainCPUFeature{Policy: "disable", Name: f})
		}
	} else {
		d.CPU = &libvirtxml.DomainCPU{Mode: "maximum", Check: "none"}
	}
	if windows {
		on := &libvirtxml.DomainFeatureState{State: "on"}
		d.Features.HyperV = &libvirtxml.DomainFeatureHyperV{
			Mode:        "custom",
			Relaxed:     on,
			VAPIC:       on,
			Spinlocks:   &libvirtxml.DomainFeatureHyperVSpinlocks{DomainFeatureState: *on, Retries: 8191},
			VPIndex:     on,
			Runtime:     on,
			Synic:       on,
			STimer:      &libvirtxml.DomainFeatureHyperVSTimer{DomainFeatureState: *on},
			Reset:       on,
			Frequencies: on,
			TLBFlush:    &libvirtxml.DomainFeatureHyperVTLBFlush{DomainFeatureState: *on},
			IPI:         on,
		}
		d.Clock = &libvirtxml.DomainClock{Offset: "localtime", Timer: []libvirtxml.DomainTimer{
			{Name: "rtc", TickPolicy: "catchup"},
			{Name: "pit", TickPolicy: "delay"},
			{Name: "hpet", Present: "no"},
			{Name: "hypervclock", Present: "yes"},
		}}
	} else if x86 {
		d.Clock.Timer = []libvirtxml.DomainTimer{
			{Name: "rtc", TickPolicy: "catchup"},
			{Name: "pit", TickPolicy: "delay"},
			{Name: "hpet", Present: "no"},
		}
	}
	if len(s.Mounts) > 0 {
		// virtiofs needs guest memory that virtiofsd can map.
		d.MemoryBacking = &libvirtxml.DomainMemoryBacking{
			MemorySource: &libvirtxml.DomainMemorySource{Type: "memfd"},
			MemoryAccess: &libvirtxml.DomainMemoryAccess{Mode: "shared"},
		}
	}

	dev := d.Devices
	dev.Disks = []libvirtxml.DomainDisk{{
		Device: "disk",
		// The overlay is thrown away with the VM: host flushes buy nothing.
		Driver: &libvirtxml.DomainDiskDriver{Name: "qemu", Type: "qcow2", Cache: "unsafe", Discard: "unmap"},
		Source: &libvirtxml.DomainDiskSource{File: &libvirtxml.DomainDiskSourceFile{File: s.Overlay}},
		Target: &libvirtxml.DomainDiskTarget{Dev: "vda", Bus: "virtio"},
	}}
	for _, m := range s.Mounts {
		fs := libvirtxml.DomainFilesystem{
			AccessMode: "passthrough",
			Driver:     &libvirtxml.DomainFilesystemDriver{Type: "virtiofs"},
			Source:     &libvirtxml.DomainFilesystemSource{Mount: &libvirtxml.DomainFilesystemSourceMount{Dir: m.Source}},
			Target:     &libvirtxml.DomainFilesystemTarget{Dir: m.Tag},
		}
		if m.ReadOnly {
			fs.ReadOnly = &libvirtxml.DomainFilesystemReadOnly{}
		}
		dev.Filesystems = append(dev.Filesystems, fs)
	}
	if s.Network != "" {
		dev.Interfaces = []libvirtxml.DomainInterface{{
			Source: &libvirtxml.DomainInterfaceSource{Network: &libvirtxml.DomainInterfaceSourceNetwork{Network: s.Network}},
			Model:  &libvirtxml.DomainInterfaceModel{Type: "virtio"},
		}}
	}
	if s.Forward != nil {
		d.QEMUCommandline = forwardCommandline(*s.Forward)
	}
	dev.Controllers = []libvirtxml.DomainController{{Type: "usb", Model: "none"}}
	dev.Channels = []libvirtxml.DomainChannel{{
		Source: &libvirtxml.DomainChardevSource{UNIX: &libvirtxml.DomainChardevSourceUNIX{Mode: "bind"}},
		Target: &libvirtxml.DomainChannelTarget{VirtIO: &libvirtxml.DomainChannelTargetVirtIO{Name: guestAgentChannel}},
	}}
	serial := libvirtxml.DomainSerial{
		Source: &libvirtxml.DomainChardevSource{Pty: &libvirtxml.DomainChardevSourcePty{}},
	}
	if s.ConsoleLog != "" {
		serial.Log = &libvirtxml.DomainChardevLog{File: s.ConsoleLog, Append: "off"}
	}
	dev.Serials = []libvirtxml.DomainSerial{serial}
	dev.Consoles = []libvirtxml.DomainConsole{{
		Source: &libvirtxml.DomainChardevSource{Pty: &libvirtxml.DomainChardevSourcePty{}},
		Target: &libvirtxml.DomainConsoleTarget{Type: "serial"},
	}}
	dev.RNGs = []libvirtxml.DomainRNG{{
		Model:   "virtio",
		Backend: &libvirtxml.DomainRNGBackend{Random: &libvirtxml.DomainRNGBackendRandom{Device: "/dev/urandom"}},
	}}
	dev.MemBalloon = &libvirtxml.DomainMemBalloon{Model: "virtio"}
	return d, nil
}

// forwardCommandline passes QEMU a restricted user-mode NIC with one
// guestfwd: libvirt's <interface type='user'> can express neither
// restrict=on nor guestfwd. QEMU spawns the relay for each connection the
// guest opens to the forward address; with restrict=on the guest reaches
// nothing else. The device is given in JSON so that QEMU creates it after
// libvirt's own devices (legacy -device options come first and would take
// a PCI slot libvirt assigned), and without an option ROM (no network
// boot, faster firmware).
func forwardCommandline(f forwardSpec) *libvirtxml.DomainQEMUCommandline {
	netdev := fmt.Sprintf("user,id=%s,restrict=on,guestfwd=tcp:%s-cmd:%s %s %s", forwardNetdev, f.Guest, forwardRelay, f.HostAddr, f.HostPort)
	device := `{"driver":"virtio-net-pci","netdev":"` + forwardNetdev + `","romfile":""}`
	return &libvirtxml.DomainQEMUCommandline{Args: []libvirtxml.DomainQEMUCommandlineArg{
		{Value: "-netdev"}, {Value: netdev},
		{Value: "-device"}, {Value: device},
	}}
}

// domainXML renders a spec as domain XML.
func domainXML(s vmSpec) (string, error) {
	d, err := buildDomain(s)
	if err != nil {
		return "", err
	}
	out, err := d.Marshal()
	if err != nil {
		return "", fmt.Errorf("encode domain XML for %s: %w", s.Name, err)
	}
	return strings.TrimSpace(out) + "\n", nil
}
