package simulate

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghsim"
)

// backendSetup prepares one backend for simulated runners.
type backendSetup interface {
	// block returns the backend block of a generated runner entry: YAML
	// lines indented by four spaces, ending in a newline.
	block() string
	// close releases what the setup prepared.
	close()
}

// backendSetups maps a backend name to its preparation. Backends register
// themselves in their own file.
var backendSetups = map[string]func(ctx context.Context, o *Options, server *ghsim.Server) (backendSetup, error){
	config.BackendSim: newSimSetup,
}

// Backends lists the backends simulate supports.
func Backends() []string {
	out := make([]string, 0, len(backendSetups))
	for name := range backendSetups {
		out = append(out, name)
	}
	slices.Sort(out)
	return out
}

// simSetup runs emulated runners in-process.
type simSetup struct {
	startFailureRate float64
	bootTime         time.Duration
}

func newSimSetup(_ context.Context, o *Options, _ *ghsim.Server) (backendSetup, error) {
	return &simSetup{startFailureRate: o.StartFailureRate, bootTime: o.BootTime}, nil
}

func (s *simSetup) block() string {
	return fmt.Sprintf("    sim: {start_failure_rate: %g, start_latency: %s}\n", s.startFailureRate, s.bootTime)
}

func (s *simSetup) close() {}

// findSimRunner returns the simrunner binary to put in containers and VMs:
// o.SimRunner, else "simrunner" next to the running executable.
func findSimRunner(o *Options) (string, error) {
	if o.SimRunner != "" {
		return o.SimRunner, nil
	}
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	p := filepath.Join(filepath.Dir(exe), "simrunner")
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("no simrunner binary next to %s (make build creates bin/simrunner; or pass --simrunner)", exe)
	}
	return p, nil
}
