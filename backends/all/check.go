package all

import (
	"github.com/outrunner/outrunner/backends/docker"
	"github.com/outrunner/outrunner/backends/libvirt"
	"github.com/outrunner/outrunner/backends/sim"
	"github.com/outrunner/outrunner/backends/tart"
	"github.com/outrunner/outrunner/config"
)

// Check is the config.RunnerCheck of every backend: it runs the check of
// each backend block the runner sets, with keys relative to the runner
// entry (docker.mounts[0].source). Pass it as config.LoadOptions.Check
// wherever a configuration is loaded to be run.
func Check(rc *config.RunnerConfig) []config.Problem {
	var r config.Report
	if rc.Docker != nil {
		r.Add(config.BackendDocker, docker.Check(rc.Docker))
	}
	if rc.Libvirt != nil {
		r.Add(config.BackendLibvirt, libvirt.Check(rc.Libvirt))
	}
	if rc.Tart != nil {
		r.Add(config.BackendTart, tart.Check(rc.Tart))
	}
	if rc.Sim != nil {
		r.Add(config.BackendSim, sim.Check(rc.Sim))
	}
	return r.Problems()
}

// Compile-time check that Check fits LoadOptions.Check.
var _ config.RunnerCheck = Check
