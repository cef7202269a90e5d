package supervisor

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghsim"
)

// TestSecondDaemonOnStateDirRefused starts a daemon, then a second one with
// the same daemon_id and state_dir but another admin socket: the second
// must refuse to start, naming the first one's PID and admin socket, and
// leave the first one's runner alone. Once the first has stopped, the
// state directory is free again.
func TestSecondDaemonOnStateDirRefused(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	cfg := h.config("d1", runnerYAML{name: "locked", extra: "    max_runners: 2\n    min_idle: 1\n"})
	cfg.Admin.Socket = "/run/outrunner-first.sock"
	d1 := h.start(cfg)
	h.waitSim("the idle runner registered", 20*time.Second, func(st ghsim.State) bool { return len(st.Registrations) == 1 })
	h.eventually("the idle runner's environment up", 20*time.Second, func() bool { return h.backend.Live() == 1 })

	second := *cfg
	second.Admin.Socket = "/run/outrunner-second.sock"
	_, err := Start(Options{Config: &second, Backends: func(backends.Ownership, *config.RunnerConfig, *slog.Logger) (backends.Provisioner, error) {
		return nil, errors.New("the second daemon must not create provisioners")
	}})
	want := fmt.Sprintf("state_dir %s is in use by another outrunner (pid %d, admin socket /run/outrunner-first.sock); stop it, or give this daemon its own state_dir",
		cfg.StateDir, os.Getpid())
	if err == nil || err.Error() != want {
		t.Fatalf("second daemon: %v\nwant %s", err, want)
	}
	if live := h.backend.Live(); live != 1 {
		t.Errorf("%d environments live after the refused start, want the first daemon's 1", live)
	}

	h.drain(d1, 10*time.Second)
	d2 := h.start(cfg)
	h.drain(d2, 10*time.Second)
	h.assertNoLeaks()
}
