//go:build unix

package supervisor

import (
	"encoding/json"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/tart"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghsim"
)

var (
	binariesOnce sync.Once
	binariesDir  string
	binariesErr  error
)

// testBinaries builds the stand-in tart and the static emulated runner once.
func testBinaries(t *testing.T) (fakeTart, simRunner string) {
	t.Helper()
	binariesOnce.Do(func() {
		binariesDir, binariesErr = os.MkdirTemp("", "outrunner-e2e-bin-")
		if binariesErr != nil {
			return
		}
		for out, pkg := range map[string]string{
			"tart":      "github.com/outrunner/outrunner/backends/tart/internal/faketart",
			"simrunner": "github.com/outrunner/outrunner/cmd/simrunner",
		} {
			cmd := exec.Command("go", "build", "-o", filepath.Join(binariesDir, out), pkg)
			cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
			if b, err := cmd.CombinedOutput(); err != nil {
				binariesErr = err
				binariesDir = string(b)
				return
			}
		}
	})
	if binariesErr != nil {
		t.Fatalf("building test binaries: %v\n%s", binariesErr, binariesDir)
	}
	return filepath.Join(binariesDir, "tart"), filepath.Join(binariesDir, "simrunner")
}

// TestTartEndToEnd runs jobs through the daemon with the Tart backend on the
// stand-in tart, whose "tart exec" runs the emulated runner on this host.
func TestTartEndToEnd(t *testing.T) {
	fakeTart, simRunner := testBinaries(t)
	const image = "ghcr.io/cirruslabs/macos-sequoia-base:latest"
	home := t.TempDir()
	control, _ := json.Marshal(map[string]any{"images": []string{image}})
	if err := os.WriteFile(filepath.Join(home, "control.json"), control, 0o600); err != nil {
		t.Fatal(err)
	}
	stateDir := t.TempDir()

	h := newHarness(t, ghsim.Options{})
	var mu sync.Mutex
	var provs []*tart.Provisioner
	h.factory = func(owner backends.Ownership, _ *config.RunnerConfig, logger *slog.Logger) (backends.Provisioner, error) {
		p, err := tart.New(tart.Options{
			Owner: owner, Logger: logger, TartPath: fakeTart, StateDir: stateDir,
			Env:              []string{"FAKETART_HOME=" + home},
			BootPollInterval: 10 * time.Millisecond, WaitPollInterval: 20 * time.Millisecond,
			StopGrace: time.Second, KillDelay: 2 * time.Second,
		})
		if err == nil {
			mu.Lock()
			provs = append(provs, p)
			mu.Unlock()
		}
		return p, err
	}
	d := h.start(h.config("d1", runnerYAML{name: "macos", extra: "    max_runners: 3\n    tart:\n      image: " + image +
		"\n      runner_cmd: " + simRunner + "\n      cpus: 4\n      memory: 8192\n      boot_timeout: 20s\n"}))

	h.enqueue(5, ghsim.JobSpec{Labels: []string{"macos"}, Duration: ms(100)})
	h.waitSim("5 jobs completed in Tart VMs", 90*time.Second, allDone(5))
	if c := h.sim.State().JobCounts(); c.Succeeded != 5 {
		t.Fatalf("jobs = %+v", c)
	}
	snap := h.scaleSet(d, "macos")
	if snap.Capacity > 2 {
		t.Errorf("advertised capacity %d above the two-VM host limit", snap.Capacity)
	}
	h.drain(d, 10*time.Second)
	h.assertNoLeaks()

	// No VM and no ownership marker is left on the stand-in host.
	vms, _ := os.ReadDir(filepath.Join(home, "vms"))
	if len(vms) != 0 {
		t.Errorf("VMs left: %v", vms)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range provs {
		envs, err := p.List(t.Context())
		if err != nil || len(envs) != 0 {
			t.Errorf("List after drain = %v, %v", envs, err)
		}
	}
}
