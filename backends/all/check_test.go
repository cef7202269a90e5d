package all

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/outrunner/outrunner/config"
)

// TestCheckProblems loads files with Check: every backend rule is
// reported with the file, line and key path of the setting.
func TestCheckProblems(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		key  string
		msg  string
		line int
	}{
		{"empty image", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker: {image: ""}
`, "runners.linux.docker.image", "must not be empty", 6},
		{"empty docker block", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker:
`, "runners.linux.docker.image", "required", 6},
		{"empty libvirt path", `
url: https://github.com/my-org
runners:
  vm:
    labels: [kvm]
    libvirt: {cpus: 2}
`, "runners.vm.libvirt.path", "required", 6},
		{"absurd memory", `
url: https://github.com/my-org
runners:
  vm:
    labels: [kvm]
    libvirt: {path: /img.qcow2, memory: 99999999}
`, "runners.vm.libvirt.memory", "between 64 and", 6},
		{"relative docker mount source", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker:
      image: r
      mounts:
        - {source: cache, target: /cache}
`, "runners.linux.docker.mounts[0].source", "absolute path", 9},
		{"relative docker mount target", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker:
      image: r
      mounts:
        - {source: /cache, target: cache}
`, "runners.linux.docker.mounts[0].target", "absolute path", 9},
		{"relative libvirt mount", `
url: https://github.com/my-org
runners:
  vm:
    labels: [kvm]
    libvirt:
      path: /img.qcow2
      mount: {source: share}
`, "runners.vm.libvirt.mount.source", "absolute path", 8},
		{"relative tart mount", `
url: https://github.com/my-org
runners:
  mac:
    labels: [macos]
    tart:
      image: i
      mounts:
        - {name: cache, source: ./cache}
`, "runners.mac.tart.mounts[0].source", "absolute path", 9},
		{"bad pull policy with suggestion", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker: {image: r, pull_policy: allways}
`, "runners.linux.docker.pull_policy", `did you mean "always"?`, 6},
		{"reserved env", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker:
      image: r
      env: {ACTIONS_RUNNER_INPUT_JITCONFIG: x}
`, "runners.linux.docker.env.ACTIONS_RUNNER_INPUT_JITCONFIG", "reserved", 8},
		{"initrd without kernel", `
url: https://github.com/my-org
runners:
  vm:
    labels: [kvm]
    libvirt: {path: /img.qcow2, initrd: /boot/initrd}
`, "runners.vm.libvirt.initrd", "needs kernel", 6},
		{"guest_forward without host", `
url: https://github.com/my-org
runners:
  vm:
    labels: [kvm]
    libvirt: {path: /img.qcow2, guest_forward: {guest: 10.0.2.100:80}}
`, "runners.vm.libvirt.guest_forward.host", "required", 6},
		{"guest_forward host with a comma", `
url: https://github.com/my-org
runners:
  vm:
    labels: [kvm]
    libvirt: {path: /img.qcow2, guest_forward: {host: "127.0.0.1,x:80"}}
`, "runners.vm.libvirt.guest_forward.host", "may only contain", 6},
		{"guest_forward host port out of range", `
url: https://github.com/my-org
runners:
  vm:
    labels: [kvm]
    libvirt: {path: /img.qcow2, guest_forward: {host: "127.0.0.1:70000"}}
`, "runners.vm.libvirt.guest_forward.host", "between 1 and 65535", 6},
		{"guest_forward guest outside the user network", `
url: https://github.com/my-org
runners:
  vm:
    labels: [kvm]
    libvirt: {path: /img.qcow2, guest_forward: {guest: "192.168.1.1:80", host: "127.0.0.1:3128"}}
`, "runners.vm.libvirt.guest_forward.guest", "10.0.2.0/24", 6},
		{"guest_forward guest on the gateway", `
url: https://github.com/my-org
runners:
  vm:
    labels: [kvm]
    libvirt: {path: /img.qcow2, guest_forward: {guest: "10.0.2.2:80", host: "127.0.0.1:3128"}}
`, "runners.vm.libvirt.guest_forward.guest", "the gateway", 6},
		{"guest_forward with a network", `
url: https://github.com/my-org
runners:
  vm:
    labels: [kvm]
    libvirt: {path: /img.qcow2, network: default, guest_forward: {host: "127.0.0.1:3128"}}
`, "runners.vm.libvirt.guest_forward", "cannot be combined with network", 6},
		{"sim failure rate above one", `
url: https://github.com/my-org
runners:
  s:
    labels: [l]
    sim: {start_failure_rate: 1.5}
`, "runners.s.sim.start_failure_rate", "probability", 6},
		{"docker mount source missing", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker:
      image: r
      mounts:
        - {source: /nonexistent/outrunner-cache, target: /cache}
`, "runners.linux.docker.mounts[0].source", "does not exist on this host", 9},
		{"docker mount target twice", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker:
      image: r
      mounts:
        - {source: TMPDIR, target: /cache}
        - {source: TMPDIR, target: /cache/}
`, "runners.linux.docker.mounts[1].target", "already mounted by mounts[0].target", 10},
		{"docker remote engine", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker:
      image: r
      host: "tcp://"
`, "runners.linux.docker.host", "names no host", 8},
		{"tart mount name with a comma", `
url: https://github.com/my-org
runners:
  mac:
    labels: [mac]
    tart:
      image: ghcr.io/cirruslabs/macos-sonoma-xcode:latest
      mounts:
        - {name: "a,b", source: TMPDIR}
`, "runners.mac.tart.mounts[0].name", "must be letters, digits", 9},
		{"tart mount source with a comma", `
url: https://github.com/my-org
runners:
  mac:
    labels: [mac]
    tart:
      image: ghcr.io/cirruslabs/macos-sonoma-xcode:latest
      mounts:
        - name: cache
          source: /srv/a,b
`, "runners.mac.tart.mounts[0].source", "contains ':' or ','", 10},
		{"tart mount source missing", `
url: https://github.com/my-org
runners:
  mac:
    labels: [mac]
    tart:
      image: ghcr.io/cirruslabs/macos-sonoma-xcode:latest
      mounts:
        - {name: cache, source: /nonexistent/outrunner-cache}
`, "runners.mac.tart.mounts[0].source", "does not exist on this host", 9},
		{"tart image like an option", `
url: https://github.com/my-org
runners:
  mac:
    labels: [mac]
    tart: {image: --insecure}
`, "runners.mac.tart.image", "tart option", 6},
		{"libvirt bios on aarch64", `
url: https://github.com/my-org
runners:
  vm:
    labels: [kvm]
    libvirt: {path: /img.qcow2, arch: aarch64, firmware: bios}
`, "runners.vm.libvirt.firmware", "not available for aarch64", 6},
		{"libvirt mount of /", `
url: https://github.com/my-org
runners:
  vm:
    labels: [kvm]
    libvirt:
      path: /img.qcow2
      mounts: [{source: /}]
`, "runners.vm.libvirt.mounts[0].tag", "not a usable virtiofs tag", 8},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "config.yml")
			text := strings.ReplaceAll(tc.yaml, "TMPDIR", dir)
			if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := config.Load(config.LoadOptions{Path: p, Environ: []string{}, Check: Check})
			var verr *config.ValidationError
			if !errors.As(err, &verr) {
				t.Fatalf("err = %v, want a *config.ValidationError", err)
			}
			for _, pr := range verr.Problems {
				if pr.Key == tc.key && strings.Contains(pr.Message, tc.msg) {
					if pr.Line != tc.line || pr.Source != p {
						t.Errorf("located at %s:%d, want %s:%d (%s)", pr.Source, pr.Line, p, tc.line, pr)
					}
					return
				}
			}
			t.Fatalf("no problem with key %q containing %q in:\n%v", tc.key, tc.msg, err)
		})
	}
}

// TestCheckAcceptsValidBlocks loads a file with one valid runner of each
// backend and no problem.
func TestCheckAcceptsValidBlocks(t *testing.T) {
	dir := t.TempDir()
	text := strings.ReplaceAll(`
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker:
      image: ghcr.io/actions/actions-runner:latest
      mounts: [{source: DIR, target: /cache}]
      tmpfs: {/tmp: size=1g}
  vm:
    labels: [kvm]
    libvirt:
      path: /var/lib/outrunner/golden.qcow2
      mounts: [{source: /srv/share}]
  mac:
    labels: [mac]
    tart:
      image: ghcr.io/cirruslabs/macos-sonoma-xcode:latest
      mounts: [{name: cache, source: DIR, read_only: true}]
  s:
    labels: [sim]
    sim: {start_failure_rate: 0.5}
`, "DIR", dir)
	p := filepath.Join(dir, "config.yml")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	res, err := config.Load(config.LoadOptions{Path: p, Environ: []string{}, Check: Check})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) != 0 {
		t.Errorf("warnings: %v", res.Warnings)
	}
}

// TestExamplesPassTheChecks: every example follows the backend rules; the
// only problems allowed are mount sources that this machine lacks.
func TestExamplesPassTheChecks(t *testing.T) {
	files, err := filepath.Glob("../../examples/*.yml")
	if err != nil || len(files) == 0 {
		t.Fatalf("examples: %v %v", files, err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			_, err := config.Load(config.LoadOptions{Path: f, Environ: []string{}, Check: Check})
			if err == nil {
				return
			}
			var verr *config.ValidationError
			if !errors.As(err, &verr) {
				t.Fatal(err)
			}
			for _, p := range verr.Problems {
				if !strings.Contains(p.Message, "does not exist on this host") {
					t.Errorf("%s", p)
				}
			}
		})
	}
}
