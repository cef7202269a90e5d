package sim

import (
	"context"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

// Probe has nothing to reach: the sim backend runs in the daemon's process.
func (p *Provisioner) Probe(context.Context, *config.RunnerConfig) []backends.ProbeResult {
	return []backends.ProbeResult{backends.ProbeOf("sim", backends.ProbeOK, "runs in-process; nothing to reach")}
}

var _ backends.Prober = (*Provisioner)(nil)
