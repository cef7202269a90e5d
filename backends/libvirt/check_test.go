package libvirt

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"libvirt.org/go/libvirtxml"

	"github.com/outrunner/outrunner/config"
)

func TestCheck(t *testing.T) {
	fwd := func(guest, host string) *config.LibvirtGuestForward {
		return &config.LibvirtGuestForward{Guest: guest, Host: host}
	}
	tests := []struct {
		name string
		l    config.LibvirtImage
		key  string // "" for no problem
		msg  string
	}{
		{"defaults", config.LibvirtImage{Path: "/g.qcow2"}, "", ""},
		{"mounts with tags", config.LibvirtImage{Path: "/g.qcow2", Mount: &config.LibvirtMount{Source: "/a/cache"}, Mounts: []config.LibvirtMount{{Source: "/b/cache", Tag: "cache2"}}}, "", ""},
		{"forward", config.LibvirtImage{Path: "/g.qcow2", GuestForward: fwd("", "127.0.0.1:3128")}, "", ""},
		{"no path", config.LibvirtImage{}, "path", "required"},
		{"relative path", config.LibvirtImage{Path: "g.qcow2"}, "path", "absolute path"},
		{"uri", config.LibvirtImage{Path: "/g.qcow2", URI: "not a uri"}, "uri", "not a libvirt connection URI"},
		{"relative socket", config.LibvirtImage{Path: "/g.qcow2", Socket: "sock"}, "socket", "absolute path"},
		{"relative overlay_dir", config.LibvirtImage{Path: "/g.qcow2", OverlayDir: "o"}, "overlay_dir", "absolute path"},
		{"cpus", config.LibvirtImage{Path: "/g.qcow2", CPUs: 2000}, "cpus", "between 1 and 1024"},
		{"memory", config.LibvirtImage{Path: "/g.qcow2", MemoryMB: 16}, "memory", "between 64 and"},
		{"firmware", config.LibvirtImage{Path: "/g.qcow2", Firmware: "coreboot"}, "firmware", "not one of efi, bios"},
		{"bios on aarch64", config.LibvirtImage{Path: "/g.qcow2", Arch: "aarch64", Firmware: "bios"}, "firmware", "not available for aarch64"},
		{"os", config.LibvirtImage{Path: "/g.qcow2", OS: "plan9"}, "os", "not one of linux, windows"},
		{"linux with a windows runner_cmd", config.LibvirtImage{Path: "/g.qcow2", OS: "linux", RunnerCmd: `C:\actions-runner\run.cmd`}, "os", "set os: windows"},
		{"windows inferred", config.LibvirtImage{Path: "/g.qcow2", RunnerCmd: `C:\actions-runner\run.cmd`}, "", ""},
		{"arch", config.LibvirtImage{Path: "/g.qcow2", Arch: "riscv64"}, "arch", "not one of x86_64, aarch64"},
		{"domain_type", config.LibvirtImage{Path: "/g.qcow2", DomainType: "xen"}, "domain_type", "not one of auto, kvm, qemu"},
		{"network", config.LibvirtImage{Path: "/g.qcow2", Network: "a b"}, "network", "not a valid network name"},
		{"path with NUL", config.LibvirtImage{Path: "/g\x00.qcow2"}, "path", "NUL"},
		{"cmdline with NUL", config.LibvirtImage{Path: "/g.qcow2", Kernel: "/k", Cmdline: "a\x00"}, "cmdline", "NUL"},
		{"relative kernel", config.LibvirtImage{Path: "/g.qcow2", Kernel: "vmlinuz"}, "kernel", "absolute path"},
		{"initrd without kernel", config.LibvirtImage{Path: "/g.qcow2", Initrd: "/initrd"}, "initrd", "needs kernel"},
		{"cmdline without kernel", config.LibvirtImage{Path: "/g.qcow2", Cmdline: "quiet"}, "cmdline", "needs kernel"},
		{"agent_timeout", config.LibvirtImage{Path: "/g.qcow2", AgentTimeout: config.Duration(time.Millisecond)}, "agent_timeout", "between 1s and 1h0m0s"},
		{"forward with network", config.LibvirtImage{Path: "/g.qcow2", Network: "default", GuestForward: fwd("", "127.0.0.1:3128")}, "guest_forward", "cannot be combined with network"},
		{"forward guest outside", config.LibvirtImage{Path: "/g.qcow2", GuestForward: fwd("192.168.1.1:80", "127.0.0.1:3128")}, "guest_forward.guest", "10.0.2.0/24"},
		{"forward guest gateway", config.LibvirtImage{Path: "/g.qcow2", GuestForward: fwd("10.0.2.2:80", "127.0.0.1:3128")}, "guest_forward.guest", "the gateway"},
		{"forward guest port", config.LibvirtImage{Path: "/g.qcow2", GuestForward: fwd("10.0.2.100:080", "127.0.0.1:3128")}, "guest_forward.guest", "between 1 and 65535"},
		{"forward without host", config.LibvirtImage{Path: "/g.qcow2", GuestForward: fwd("", "")}, "guest_forward.host", "is required"},
		{"forward host with a comma", config.LibvirtImage{Path: "/g.qcow2", GuestForward: fwd("", "127.0.0.1,x:80")}, "guest_forward.host", "may only contain"},
		{"relative mount", config.LibvirtImage{Path: "/g.qcow2", Mounts: []config.LibvirtMount{{Source: "cache"}}}, "mounts[0].source", "absolute path"},
		{"duplicate tag", config.LibvirtImage{Path: "/g.qcow2", Mount: &config.LibvirtMount{Source: "/a/cache"}, Mounts: []config.LibvirtMount{{Source: "/b/cache/"}}}, "mounts[0]", `tag "cache" is already used by mount`},
		{"mount of / without a tag", config.LibvirtImage{Path: "/g.qcow2", Mounts: []config.LibvirtMount{{Source: "/"}}}, "mounts[0].tag", "not a usable virtiofs tag"},
		{"tag too long", config.LibvirtImage{Path: "/g.qcow2", Mounts: []config.LibvirtMount{{Source: "/" + strings.Repeat("a", 37)}}}, "mounts[0].tag", "longer than 36 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := tt.l
			(&config.RunnerConfig{Libvirt: &l}).ApplyBackendDefaults()
			ps := Check(&l)
			if tt.key == "" {
				if len(ps) != 0 {
					t.Fatalf("problems: %v", ps)
				}
				return
			}
			for _, p := range ps {
				if p.Key == tt.key && strings.Contains(p.Message, tt.msg) && p.Severity == config.SeverityError {
					return
				}
			}
			t.Fatalf("no error at %q containing %q in %v", tt.key, tt.msg, ps)
		})
	}
}

// FuzzCheckedBlockBuilds: every libvirt block that a configuration file
// may hold and that validation (config.Load with Check) accepts gives
// connection settings, a spec and a domain XML that parses back.
func FuzzCheckedBlockBuilds(f *testing.F) {
	f.Add("/var/lib/outrunner/golden.qcow2", "", "", "", "", "", "", "", "", "", "", "", "", "", 0, 0, "", false, "", "", "/srv/cache", "", true)
	f.Add("/g.qcow2", "C:\\run.cmd", "qemu+ssh://kvm1/system", "/run/lv.sock", "/srv/o/", "q35", "bios", "windows", "x86_64", "kvm", "default", "/vmlinuz", "/initrd", "console=ttyS0", 2, 64, "1s", false, "", "", "/", "root", false)
	f.Add("/g.qcow2", "", "", "", "", "virt", "efi", "linux", "aarch64", "qemu", "", "", "", "", 1, 128, "90s", true, "10.0.2.100:80", "[::1]:3128", "/srv/a,b", "", false)
	f.Add("g", " ", "x", "s", "o", "", "efi", "plan9", "riscv64", "xen", "a b", "k", "i", "c", -1, 1, "1ms", true, "10.0.2.2:80", "a b:80", "cache", "", false)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, path, runnerCmd, uri, socket, overlayDir, machine, firmware, osName, arch, domainType, network, kernel, initrd, cmdline string,
		cpus, memory int, agentTimeout string, forward bool, fwdGuest, fwdHost, mountSource, mountTag string, readOnly bool) {
		fields := []struct{ key, value string }{
			{"path", path}, {"runner_cmd", runnerCmd}, {"uri", uri}, {"socket", socket}, {"overlay_dir", overlayDir},
			{"machine", machine}, {"firmware", firmware}, {"os", osName}, {"arch", arch}, {"domain_type", domainType},
			{"network", network}, {"kernel", kernel}, {"initrd", initrd}, {"cmdline", cmdline}, {"agent_timeout", agentTimeout},
		}
		var b strings.Builder
		b.WriteString("\n    libvirt:\n")
		for _, fl := range fields {
			if fl.value != "" { // unset, as a file leaves it
				fmt.Fprintf(&b, "      %s: %s\n", fl.key, quote(fl.value))
			}
		}
		fmt.Fprintf(&b, "      cpus: %d\n      memory: %d\n", cpus, memory)
		fmt.Fprintf(&b, "      mounts: [{source: %s, tag: %s, read_only: %t}]\n", quote(mountSource), quote(mountTag), readOnly)
		if forward {
			fmt.Fprintf(&b, "      guest_forward: {guest: %s, host: %s}\n", quote(fwdGuest), quote(fwdHost))
		}
		block := b.String()
		rc, ok := loadRunner(t, dir, block)
		if !ok {
			return
		}
		if _, err := resolveConnSettings(rc.Libvirt); err != nil {
			t.Fatalf("validation accepted the block but New refuses it: %v\n%s", err, block)
		}
		s, err := specFromConfig("r-0123abcd", rc.Libvirt)
		if err != nil {
			t.Fatalf("validation accepted the block but specFromConfig refused it: %v\n%s", err, block)
		}
		if s.DomainType == "auto" {
			s.DomainType = "qemu" // resolved by Start
		}
		doc, err := domainXML(s)
		if err != nil {
			t.Fatalf("domain XML of an accepted block: %v\n%s", err, block)
		}
		var d libvirtxml.Domain
		if err := d.Unmarshal(doc); err != nil {
			t.Fatalf("domain XML does not parse back: %v\n%s", err, doc)
		}
	})
}

// loadRunner loads a file whose runner r has the given backend block, with
// the libvirt check, and returns the runner if validation accepts it.
func loadRunner(t *testing.T, dir, block string) (*config.RunnerConfig, bool) {
	t.Helper()
	p := filepath.Join(dir, "config.yml")
	text := "url: https://github.com/o\nrunners:\n  r:\n    labels: [l]" + block
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	check := func(rc *config.RunnerConfig) []config.Problem {
		var r config.Report
		if rc.Libvirt != nil {
			r.Add("libvirt", Check(rc.Libvirt))
		}
		return r.Problems()
	}
	res, err := config.Load(config.LoadOptions{Path: p, Environ: []string{}, SkipCredentialChecks: true, Check: check})
	if err != nil {
		return nil, false
	}
	rc, ok := res.Config.Runners["r"]
	if !ok || rc.Libvirt == nil {
		t.Fatalf("accepted without the libvirt runner: %+v\n%s", res.Config.Runners, text)
	}
	return &rc, true
}

// quote renders s as a YAML double-quoted scalar (JSON's escapes are YAML's).
func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
