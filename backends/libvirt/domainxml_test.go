package libvirt

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/config"
	"libvirt.org/go/libvirtxml"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenOwner is the fixed ownership record used by the XML golden tests.
func goldenOwner(name, overlay string) ownerMeta {
	return ownerMeta{
		Daemon:     "host-1",
		ScaleSet:   "linux",
		Runner:     name,
		Overlay:    overlay,
		ConsoleLog: strings.TrimSuffix(overlay, overlaySuffix) + consoleSuffix,
		Created:    time.Date(2026, 3, 30, 21, 8, 31, 0, time.UTC),
	}
}

func TestDomainXMLGolden(t *testing.T) {
	tests := []struct {
		file       string
		domainType string
		cfg        config.LibvirtImage
		check      func(t *testing.T, d *libvirtxml.Domain)
	}{
		{
			file: "linux-efi-kvm.xml", domainType: "kvm",
			cfg: config.LibvirtImage{Path: "/var/lib/outrunner/golden/linux.qcow2"},
			check: func(t *testing.T, d *libvirtxml.Domain) {
				if d.OS.Firmware != "efi" || len(d.Devices.Interfaces) != 0 || d.MemoryBacking != nil || d.CPU.Mode != "host-passthrough" {
					t.Errorf("want efi, no NIC, no shared memory, host-passthrough; got firmware=%q nics=%d memoryBacking=%v cpu=%q",
						d.OS.Firmware, len(d.Devices.Interfaces), d.MemoryBacking, d.CPU.Mode)
				}
			},
		},
		{
			file: "linux-bios-tcg-network.xml", domainType: "qemu",
			cfg: config.LibvirtImage{Path: "/images/linux.qcow2", Firmware: "bios", Network: "default", CPUs: 2, MemoryMB: 2048, OverlayDir: "/srv/overlays"},
			check: func(t *testing.T, d *libvirtxml.Domain) {
				if d.OS.Firmware != "" || len(d.Devices.Interfaces) != 1 || d.Devices.Interfaces[0].Source.Network.Network != "default" || d.CPU.Mode != "maximum" {
					t.Errorf("want bios, one NIC on network default, cpu maximum; got %+v", d.OS)
				}
			},
		},
		{
			file: "linux-virtiofs.xml", domainType: "kvm",
			cfg: config.LibvirtImage{
				Path:   "/images/linux.qcow2",
				Mount:  &config.LibvirtMount{Source: "/srv/cache"},
				Mounts: []config.LibvirtMount{{Source: "/srv/tools/", Tag: "tools", ReadOnly: true}, {Source: "/srv/a&b"}},
			},
			check: func(t *testing.T, d *libvirtxml.Domain) {
				fs := d.Devices.Filesystems
				if len(fs) != 3 || fs[0].Target.Dir != "cache" || fs[1].ReadOnly == nil || fs[2].Source.Mount.Dir != "/srv/a&b" {
					t.Errorf("virtiofs shares wrong: %+v", fs)
				}
				if d.MemoryBacking == nil || d.MemoryBacking.MemorySource.Type != "memfd" || d.MemoryBacking.MemoryAccess.Mode != "shared" {
					t.Errorf("virtiofs needs shared memfd memory backing, got %+v", d.MemoryBacking)
				}
			},
		},
		{
			file: "linux-kernel-boot.xml", domainType: "kvm",
			cfg: config.LibvirtImage{Path: "/images/linux.qcow2", Firmware: "bios", Kernel: "/boot/vmlinuz", Initrd: "/boot/initrd.img", Cmdline: "console=ttyS0 root=/dev/vda rw"},
			check: func(t *testing.T, d *libvirtxml.Domain) {
				if d.OS.Kernel != "/boot/vmlinuz" || d.OS.Initrd != "/boot/initrd.img" || len(d.OS.BootDevices) != 0 {
					t.Errorf("direct kernel boot wrong: %+v", d.OS)
				}
			},
		},
		{
			file: "linux-kernel-boot-forward.xml", domainType: "qemu",
			cfg: config.LibvirtImage{
				Path: "/images/blank.qcow2", Firmware: "bios", Kernel: "/guest/vmlinux", Initrd: "/guest/initrd.img",
				Cmdline: "console=ttyS0 quiet rdinit=/init", GuestForward: &config.LibvirtGuestForward{Host: "127.0.0.1:8787"},
			},
			check: func(t *testing.T, d *libvirtxml.Domain) {
				want := []string{"-netdev", "user,id=outrunner-fwd0,restrict=on,guestfwd=tcp:10.0.2.100:80-cmd:nc -N 127.0.0.1 8787",
					"-device", `{"driver":"virtio-net-pci","netdev":"outrunner-fwd0","romfile":""}`}
				var got []string
				if d.QEMUCommandline != nil {
					for _, a := range d.QEMUCommandline.Args {
						got = append(got, a.Value)
					}
				}
				if strings.Join(got, "\n") != strings.Join(want, "\n") || len(d.Devices.Interfaces) != 0 {
					t.Errorf("guest_forward passthrough = %q (libvirt NICs %d), want %q", got, len(d.Devices.Interfaces), want)
				}
			},
		},
		{
			file: "windows-efi-network.xml", domainType: "kvm",
			cfg: config.LibvirtImage{Path: `/images/windows.qcow2`, OS: "windows", Network: "runners"},
			check: func(t *testing.T, d *libvirtxml.Domain) {
				if d.Features.HyperV == nil || d.Clock.Offset != "localtime" || d.OS.Firmware != "efi" {
					t.Errorf("windows guest needs hyperv, localtime, efi: %+v %+v", d.Features, d.Clock)
				}
			},
		},
		{
			file: "windows-bios-virtiofs.xml", domainType: "qemu",
			cfg: config.LibvirtImage{Path: `/images/windows.qcow2`, OS: "windows", Firmware: "bios", Mounts: []config.LibvirtMount{{Source: "/srv/cache", Tag: "cache"}}},
			check: func(t *testing.T, d *libvirtxml.Domain) {
				if d.OS.Firmware != "" || len(d.Devices.Filesystems) != 1 || d.Features.HyperV == nil {
					t.Errorf("windows bios virtiofs wrong: %+v", d.OS)
				}
			},
		},
		{
			file: "aarch64-efi.xml", domainType: "kvm",
			cfg: config.LibvirtImage{Path: "/images/arm.qcow2", Arch: "aarch64"},
			check: func(t *testing.T, d *libvirtxml.Domain) {
				if d.OS.Type.Machine != "virt" || d.Features.APIC != nil {
					t.Errorf("aarch64 wants machine virt and no APIC: %+v", d.OS.Type)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			name := "linux-3fa2c1"
			spec, err := specFromConfig(name, &tt.cfg)
			if err != nil {
				t.Fatal(err)
			}
			spec.DomainType = tt.domainType
			spec.Owner = goldenOwner(name, spec.Overlay)
			got, err := domainXML(spec)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tt.file)
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("domain XML differs from %s (run go test -update after checking the change):\n%s", path, got)
			}

			var d libvirtxml.Domain
			if err := d.Unmarshal(got); err != nil {
				t.Fatalf("generated XML does not parse back: %v", err)
			}
			again, err := d.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			if strings.TrimSpace(again) != strings.TrimSpace(got) {
				t.Errorf("XML does not round-trip through libvirtxml:\n%s", again)
			}
			if d.Name != name || d.Type != tt.domainType || d.Devices.Disks[0].Source.File.File != spec.Overlay {
				t.Errorf("name/type/disk wrong: %q %q %+v", d.Name, d.Type, d.Devices.Disks[0].Source.File)
			}
			if len(d.Devices.Graphics) != 0 || len(d.Devices.Channels) != 1 ||
				d.Devices.Channels[0].Target.VirtIO.Name != guestAgentChannel {
				t.Errorf("want no graphics and the guest agent channel: %+v", d.Devices.Channels)
			}
			m, err := parseOwnerMeta(d.Metadata.XML)
			if err != nil {
				t.Fatal(err)
			}
			if m.Daemon != "host-1" || m.ScaleSet != "linux" || m.Runner != name || m.Overlay != spec.Overlay || !m.Created.Equal(spec.Owner.Created) {
				t.Errorf("metadata round trip: %+v", m)
			}
			if !strings.Contains(d.Metadata.XML, `xmlns:outrunner="`+MetadataNamespace+`"`) {
				t.Errorf("metadata not in our namespace: %s", d.Metadata.XML)
			}
			tt.check(t, &d)
		})
	}
}

func TestDisabledCPUFeatures(t *testing.T) {
	spec, err := specFromConfig("r1", &config.LibvirtImage{Path: "/g.qcow2"})
	if err != nil {
		t.Fatal(err)
	}
	spec.DomainType = "kvm"
	spec.DisabledCPUFeatures = []string{"arch-capabilities"}
	d, err := buildDomain(spec)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.CPU.Features) != 1 || d.CPU.Features[0] != (libvirtxml.DomainCPUFeature{Policy: "disable", Name: "arch-capabilities"}) {
		t.Errorf("cpu features: %+v", d.CPU.Features)
	}
}

func TestOwnerMetaRoundTrip(t *testing.T) {
	m := goldenOwner("r<&>1", "/o/r.qcow2")
	m.PID = 4242
	el, err := m.element()
	if err != nil {
		t.Fatal(err)
	}
	ns, err := m.namespaced()
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range []string{el, ns} {
		got, err := parseOwnerMeta(doc)
		if err != nil {
			t.Fatal(err)
		}
		got.XMLName = m.XMLName
		if got != m {
			t.Errorf("round trip of %s:\n got %+v\nwant %+v", doc, got, m)
		}
	}
	if _, err := parseOwnerMeta("<other/>"); err == nil {
		t.Error("a foreign element parsed as ownership metadata")
	}
	if _, err := parseOwnerMeta("not xml"); err == nil {
		t.Error("garbage parsed as ownership metadata")
	}
}

func TestSpecFromConfig(t *testing.T) {
	ok := func(c config.LibvirtImage) config.LibvirtImage {
		if c.Path == "" {
			c.Path = "/g.qcow2"
		}
		return c
	}
	bad := []struct {
		name string
		cfg  config.LibvirtImage
		want string
	}{
		{"no path", config.LibvirtImage{}, "path"},
		{"relative path", config.LibvirtImage{Path: "g.qcow2"}, "absolute"},
		{"firmware", ok(config.LibvirtImage{Firmware: "coreboot"}), "firmware"},
		{"os", ok(config.LibvirtImage{OS: "plan9"}), "os"},
		{"domain type", ok(config.LibvirtImage{DomainType: "xen"}), "domain_type"},
		{"arch", ok(config.LibvirtImage{Arch: "riscv64"}), "arch"},
		{"aarch64 bios", ok(config.LibvirtImage{Arch: "aarch64", Firmware: "bios"}), "bios"},
		{"initrd without kernel", ok(config.LibvirtImage{Initrd: "/i"}), "kernel"},
		{"relative kernel", ok(config.LibvirtImage{Kernel: "vmlinuz"}), "absolute"},
		{"memory", ok(config.LibvirtImage{MemoryMB: 16}), "memory"},
		{"relative mount", ok(config.LibvirtImage{Mounts: []config.LibvirtMount{{Source: "cache"}}}), "absolute"},
		{"duplicate tag", ok(config.LibvirtImage{Mount: &config.LibvirtMount{Source: "/a/cache"}, Mounts: []config.LibvirtMount{{Source: "/b/cache"}}}), `tag "cache" is already used by mount`},
		{"root mount without tag", ok(config.LibvirtImage{Mounts: []config.LibvirtMount{{Source: "/"}}}), "tag"},
		{"relative overlay dir", ok(config.LibvirtImage{OverlayDir: "overlays"}), "absolute"},
		{"forward with network", ok(config.LibvirtImage{Network: "default", GuestForward: &config.LibvirtGuestForward{Host: "127.0.0.1:80"}}), "network"},
		{"forward without host", ok(config.LibvirtImage{GuestForward: &config.LibvirtGuestForward{}}), "guest_forward.host: is required"},
		{"forward host with a space", ok(config.LibvirtImage{GuestForward: &config.LibvirtGuestForward{Host: "a b:80"}}), "guest_forward.host: host"},
		{"forward guest on the DNS address", ok(config.LibvirtImage{GuestForward: &config.LibvirtGuestForward{Guest: "10.0.2.3:53", Host: "127.0.0.1:80"}}), "guest_forward.guest: 10.0.2.3 is the DNS server"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := specFromConfig("r1", &tt.cfg)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("want an error mentioning %q, got %v", tt.want, err)
			}
		})
	}
	for _, name := range []string{"", "../x", "a/b", ".hidden", strings.Repeat("a", 201)} {
		if _, err := specFromConfig(name, &config.LibvirtImage{Path: "/g.qcow2"}); err == nil {
			t.Errorf("runner name %q accepted", name)
		}
	}
	if _, err := specFromConfig("r1", nil); err == nil {
		t.Error("nil libvirt block accepted")
	}

	fwd := &config.LibvirtGuestForward{Host: "[::1]:3128"}
	s, err := specFromConfig("r1", &config.LibvirtImage{Path: "/g.qcow2", GuestForward: fwd})
	if err != nil {
		t.Fatal(err)
	}
	if *s.Forward != (forwardSpec{Guest: config.DefaultLibvirtGuestForwardGuest, HostAddr: "::1", HostPort: "3128"}) || fwd.Guest != "" {
		t.Errorf("forward = %+v, caller's block = %+v (defaults must not leak into it)", s.Forward, fwd)
	}

	s, err = specFromConfig("r1", &config.LibvirtImage{Path: "/g.qcow2", OS: "windows"})
	if err != nil {
		t.Fatal(err)
	}
	if s.RunnerCmd != config.DefaultLibvirtWindowsRunnerCmd || s.OverlayDir != config.DefaultLibvirtOverlayDir ||
		s.Overlay != "/var/lib/outrunner/overlays/r1.qcow2" || s.AgentTimeout != config.DefaultLibvirtAgentTimeout ||
		s.DomainType != "auto" || s.CPUs != config.DefaultLibvirtCPUs {
		t.Errorf("defaults not applied: %+v", s)
	}
}

func TestResolveConnSettings(t *testing.T) {
	tests := []struct {
		cfg     *config.LibvirtImage
		uri     string
		dir     string
		wantErr bool
	}{
		{nil, "qemu:///system", config.DefaultLibvirtOverlayDir, false},
		{&config.LibvirtImage{Socket: "/run/lv/sock"}, "qemu:///system?socket=%2Frun%2Flv%2Fsock", config.DefaultLibvirtOverlayDir, false},
		{&config.LibvirtImage{URI: "qemu:///system?socket=/a", Socket: "/b"}, "qemu:///system?socket=/a", config.DefaultLibvirtOverlayDir, false},
		{&config.LibvirtImage{URI: "qemu+ssh://kvm1/system", OverlayDir: "/srv/o/"}, "qemu+ssh://kvm1/system", "/srv/o", false},
		{&config.LibvirtImage{URI: "not a uri"}, "", "", true},
		{&config.LibvirtImage{OverlayDir: "rel"}, "", "", true},
		{&config.LibvirtImage{Socket: "rel.sock"}, "", "", true},
	}
	for _, tt := range tests {
		s, err := resolveConnSettings(tt.cfg)
		if (err != nil) != tt.wantErr {
			t.Errorf("%+v: err = %v", tt.cfg, err)
			continue
		}
		if err == nil && (s.uri != tt.uri || s.overlayDir != tt.dir) {
			t.Errorf("%+v: got %+v, want %s %s", tt.cfg, s, tt.uri, tt.dir)
		}
	}
	for uri, local := range map[string]bool{
		"qemu:///system": true, "test:///default": true, "qemu+unix:///system": true,
		"qemu+ssh://host/system": false, "qemu+tcp://host/system": false, "qemu+tls://h/system": false,
	} {
		if isLocalURI(uri) != local {
			t.Errorf("isLocalURI(%q) = %v", uri, !local)
		}
	}
}
