package all

import (
	"fmt"
	"strings"
	"testing"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/sim"
	"github.com/outrunner/outrunner/config"
)

func TestFactoryPicksTheConfiguredBackend(t *testing.T) {
	owner := backends.Ownership{DaemonID: "d", ScaleSet: "s"}
	f := New(Options{Sim: sim.New(sim.Options{}), StateDir: t.TempDir()})
	tests := []struct {
		name string
		rc   config.RunnerConfig
		want string // type name of the provisioner, or an error substring
	}{
		{"sim", config.RunnerConfig{Name: "s", Sim: &config.SimImage{}}, "*sim.Provisioner"},
		{"docker", config.RunnerConfig{Name: "s", Docker: &config.DockerImage{Image: "i", Host: "unix:///nonexistent.sock"}}, "*docker.Provisioner"},
		{"tart", config.RunnerConfig{Name: "s", Tart: &config.TartImage{Image: "i"}}, "*tart.Provisioner"},
		{"none", config.RunnerConfig{Name: "s"}, "no backend"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rc := tc.rc
			rc.ApplyBackendDefaults()
			p, err := f(owner, &rc, nil)
			got := ""
			if err != nil {
				got = err.Error()
			} else {
				got = typeName(p)
				_ = p.Close()
			}
			if !strings.Contains(got, tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
	noSim := New(Options{})
	if _, err := noSim(owner, &config.RunnerConfig{Name: "s", Sim: &config.SimImage{}}, nil); !backends.IsPermanent(err) {
		t.Fatalf("sim without a backend = %v", err)
	}
}

func typeName(p backends.Provisioner) string { return fmt.Sprintf("%T", p) }
