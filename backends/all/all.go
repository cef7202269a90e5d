// Package all maps a runner configuration to the backend that serves it:
// the daemon's factory of provisioners.
package all

import (
	"fmt"
	"log/slog"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/libvirt"
	"github.com/outrunner/outrunner/backends/sim"
	"github.com/outrunner/outrunner/config"
)

// Options holds what backends share across scale sets.
type Options struct {
	// Sim is the shared in-process backend for sim runners; nil makes
	// sim runners an error.
	Sim *sim.Backend
}

// Factory creates a scale set's provisioner.
type Factory func(owner backends.Ownership, rc *config.RunnerConfig, logger *slog.Logger) (backends.Provisioner, error)

// New returns the factory of provisioners for every backend.
func New(o Options) Factory {
	return func(owner backends.Ownership, rc *config.RunnerConfig, logger *slog.Logger) (backends.Provisioner, error) {
		switch rc.ProviderType() {
		case config.BackendSim:
			if o.Sim == nil {
				return nil, backends.Permanentf("the sim backend only runs inside outrunner simulate or next to a simulator")
			}
			return o.Sim.Provisioner(owner, rc.Sim), nil
		case config.BackendLibvirt:
			return libvirt.New(libvirt.Options{Owner: owner, Config: rc.Libvirt, Logger: logger})
		}
		return nil, fmt.Errorf("runners.%s: no backend is configured", rc.Name)
	}
}
