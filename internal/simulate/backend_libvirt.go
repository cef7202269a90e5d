package simulate

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/libvirt"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/simguest"
)

// libvirtPingTimeout bounds the check that libvirtd answers.
const libvirtPingTimeout = 10 * time.Second

func init() {
	backendSetups[config.BackendLibvirt] = newLibvirtSetup
}

// libvirtSetup runs every simulated runner in a fresh VM of the test guest
// (make test-guest), whose only network path is a guest_forward to the
// simulator.
type libvirtSetup struct {
	yaml     string
	overlays string
}

func newLibvirtSetup(ctx context.Context, o *Options, server *ghsim.Server) (backendSetup, error) {
	if o.StartFailureRate != 0 {
		return nil, errors.New("--start-failure-rate only applies to --backend sim")
	}
	dir := o.BackendImage
	if dir == "" {
		dir = simguest.DefaultDir()
	}
	img, err := simguest.LibvirtImage(dir, server.URL())
	if err != nil {
		return nil, fmt.Errorf("test guest in %s: %w (build it with make test-guest, or pass --image DIR)", dir, err)
	}
	overlays, err := os.MkdirTemp("", "outrunner-simulate-overlays-")
	if err != nil {
		return nil, err
	}
	img.OverlayDir = overlays
	if uri := os.Getenv("OUTRUNNER_TEST_LIBVIRT_URI"); uri != "" {
		img.URI = uri
	}
	rc := &config.RunnerConfig{Libvirt: img}
	rc.ApplyBackendDefaults()
	// A provisioner only to check that libvirtd answers, as the daemon's will.
	p, err := libvirt.New(libvirt.Options{Owner: backends.Ownership{DaemonID: "simulate"}, Config: img})
	if err != nil {
		_ = os.RemoveAll(overlays)
		return nil, err
	}
	pctx, cancel := context.WithTimeout(ctx, libvirtPingTimeout)
	err = p.Ping(pctx)
	cancel()
	_ = p.Close()
	if err != nil {
		_ = os.RemoveAll(overlays)
		return nil, fmt.Errorf("%w\n--backend libvirt needs a running libvirtd with QEMU at %s (scripts/testenv-libvirt.sh up starts one)", err, img.URI)
	}
	b, err := yaml.Marshal(map[string]*config.LibvirtImage{"libvirt": rc.Libvirt})
	if err != nil {
		return nil, err
	}
	var block strings.Builder
	for _, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		block.WriteString("    " + line + "\n")
	}
	return &libvirtSetup{yaml: block.String(), overlays: filepath.Clean(overlays)}, nil
}

func (s *libvirtSetup) block() string { return s.yaml }

func (s *libvirtSetup) close() { _ = os.RemoveAll(s.overlays) }
