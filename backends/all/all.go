// Package all maps a runner configuration to the backend that serves it:
// the daemon's factory of provisioners.
package all

import (
	"fmt"
	"log/slog"
	"path/filepath"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/docker"
	"github.com/outrunner/outrunner/backends/libvirt"
	"github.com/outrunner/outrunner/backends/sim"
	"github.com/outrunner/outrunner/backends/tart"
	"github.com/outrunner/outrunner/config"
)

// Options holds what backends share across scale sets.
type Options struct {
	// Sim is the shared in-process backend for sim runners; nil makes
	// sim runners an error.
	Sim *sim.Backend
	// StateDir is the daemon's state directory; backends keep their own
	// state below it (Tart's ownership markers in <StateDir>/tart).
	StateDir string
}

// New returns the factory of provisioners for every backend.
func New(o Options) backends.Factory {
	return func(owner backends.Ownership, rc *config.RunnerConfig, logger *slog.Logger) (backends.Provisioner, error) {
		switch rc.ProviderType() {
		case config.BackendSim:
			if o.Sim == nil {
				return nil, backends.Permanentf("the sim backend only runs inside outrunner simulate or next to a simulator")
			}
			return o.Sim.Provisioner(owner, rc.Sim), nil
		case config.BackendDocker:
			return docker.New(docker.Options{Owner: owner, Config: rc.Docker, Logger: logger})
		case config.BackendLibvirt:
			return libvirt.New(libvirt.Options{Owner: owner, Config: rc.Libvirt, Logger: logger})
		case config.BackendTart:
			var dir string
			if o.StateDir != "" {
				dir = filepath.Join(o.StateDir, "tart")
			}
			return tart.New(tart.Options{Owner: owner, Logger: logger, StateDir: dir})
		}
		return nil, fmt.Errorf("runners.%s: no backend is configured", rc.Name)
	}
}
