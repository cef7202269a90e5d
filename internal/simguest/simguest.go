// Package simguest finds outrunner's libvirt test guest, the small Linux VM
// that scripts/build-test-guest.sh (make test-guest) builds from Debian
// packages, and turns it into the libvirt configuration of runners that
// reach a simulator (internal/ghsim) listening on the host's loopback.
//
// The guest boots directly from its kernel and initramfs (the qcow2 golden
// image is a blank disk the backend overlays as usual), starts qemu-ga, and
// runs the static simrunner as its runner command. Its only network path is
// the libvirt backend's guest_forward: a restricted QEMU user-mode NIC on
// which every connection to GuestServiceAddr is relayed to the simulator's
// host port. The kernel command line tells the runner to use that address
// instead of the simulator URL in its JIT config.
package simguest

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/outrunner/outrunner/config"
)

// DirEnv names the environment variable that points at the test guest's
// directory; scripts/build-test-guest.sh writes there when it is set.
const DirEnv = "OUTRUNNER_TEST_GUEST_DIR"

// GuestServiceAddr is the address inside the guest that is forwarded to the
// simulator on the host.
const GuestServiceAddr = config.DefaultLibvirtGuestForwardGuest

// Kernel command line flags the guest's init honours.
const (
	// NoAgentFlag keeps the guest from starting qemu-ga (for tests of an
	// agent that never answers).
	NoAgentFlag = "outrunner.noagent"
	// serviceURLFlag carries the simulator URL as seen from the guest.
	serviceURLFlag = "outrunner.service_url="
)

// Files of a built guest.
const (
	kernelFile   = "vmlinux"
	initrdFile   = "initrd.img"
	goldenFile   = "golden.qcow2"
	manifestFile = "manifest.txt"
)

// Guest is a built test guest.
type Guest struct {
	// Dir is the guest's directory.
	Dir string
	// Kernel, Initrd and Golden are the absolute paths of its files.
	Kernel, Initrd, Golden string
	// RunnerCmd is the runner command inside the guest.
	RunnerCmd string
	// Cmdline is the base kernel command line.
	Cmdline string
	// Key is the build's cache key (a hash of the build's inputs).
	Key string
}

// DefaultDir is where the build script puts the guest: $OUTRUNNER_TEST_GUEST_DIR,
// else $OUTRUNNER_CACHE_DIR/test-guest, else ~/.cache/outrunner/test-guest.
func DefaultDir() string {
	if d := os.Getenv(DirEnv); d != "" {
		return d
	}
	cache := os.Getenv("OUTRUNNER_CACHE_DIR")
	if cache == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			home = "/root"
		}
		cache = filepath.Join(home, ".cache", "outrunner")
	}
	return filepath.Join(cache, "test-guest")
}

// ErrNotBuilt is wrapped by Load when the directory holds no complete guest.
var ErrNotBuilt = errors.New("test guest not built (run make test-guest)")

// Load checks that dir holds a complete test guest and reads its manifest.
func Load(dir string) (*Guest, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("test guest directory %s: %w", dir, err)
	}
	g := &Guest{
		Dir:    abs,
		Kernel: filepath.Join(abs, kernelFile),
		Initrd: filepath.Join(abs, initrdFile),
		Golden: filepath.Join(abs, goldenFile),
	}
	f, err := os.Open(filepath.Join(abs, manifestFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", abs, ErrNotBuilt)
	}
	if err != nil {
		return nil, fmt.Errorf("test guest manifest: %w", err)
	}
	defer func() { _ = f.Close() }()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), "=")
		if !ok {
			continue
		}
		switch k {
		case "key":
			g.Key = v
		case "runner_cmd":
			g.RunnerCmd = v
		case "cmdline":
			g.Cmdline = v
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("test guest manifest: %w", err)
	}
	if g.Key == "" || g.RunnerCmd == "" || g.Cmdline == "" {
		return nil, fmt.Errorf("test guest manifest %s is incomplete (rebuild with make test-guest)", filepath.Join(abs, manifestFile))
	}
	for _, p := range []string{g.Kernel, g.Initrd, g.Golden} {
		fi, err := os.Stat(p)
		if err != nil || fi.Size() == 0 {
			return nil, fmt.Errorf("%s is missing or empty: %w", p, ErrNotBuilt)
		}
	}
	return g, nil
}

// LibvirtImage loads the guest in dir and returns the libvirt block of
// runners in it that reach the simulator at simURL (its base URL on the
// hypervisor host, e.g. http://127.0.0.1:41557). See Guest.LibvirtImage.
func LibvirtImage(dir, simURL string) (*config.LibvirtImage, error) {
	g, err := Load(dir)
	if err != nil {
		return nil, err
	}
	return g.LibvirtImage(simURL)
}

// LibvirtImage returns the libvirt block of runners in this guest that reach
// the simulator at simURL: direct kernel boot of the guest's kernel and
// initramfs over an overlay of its blank golden disk, 1 vCPU and 256 MiB,
// BIOS, domain_type auto, a 2 minute agent timeout (enough for software
// emulation), and a guest_forward from GuestServiceAddr to the simulator's
// host:port. Connection settings (uri, overlay_dir) are left empty for the
// caller; defaults apply to them.
func (g *Guest) LibvirtImage(simURL string) (*config.LibvirtImage, error) {
	u, err := url.Parse(simURL)
	if err != nil || u.Scheme != "http" || u.Port() == "" {
		return nil, fmt.Errorf("simulator URL %q must be http://host:port", simURL)
	}
	if ip := net.ParseIP(u.Hostname()); ip == nil && u.Hostname() != "localhost" {
		return nil, fmt.Errorf("simulator URL %q must name an IP address or localhost", simURL)
	}
	return &config.LibvirtImage{
		Path:         g.Golden,
		RunnerCmd:    g.RunnerCmd,
		Kernel:       g.Kernel,
		Initrd:       g.Initrd,
		Cmdline:      g.Cmdline + " " + serviceURLFlag + "http://" + GuestServiceAddr,
		CPUs:         1,
		MemoryMB:     256,
		Firmware:     "bios",
		DomainType:   "auto",
		AgentTimeout: config.Duration(2 * time.Minute),
		GuestForward: &config.LibvirtGuestForward{Guest: GuestServiceAddr, Host: u.Host},
	}, nil
}
