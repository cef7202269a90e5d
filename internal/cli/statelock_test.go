package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim"
)

// TestSecondDaemonOnStateDirExits runs two real daemons with the same
// daemon_id and state_dir but their own admin sockets: the second exits
// non-zero naming the first one's PID and admin socket, and the first
// keeps serving and drains cleanly.
func TestSecondDaemonOnStateDirExits(t *testing.T) {
	bin := outrunnerBinary(t)
	sim, err := ghsim.New(ghsim.Options{PollHold: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	dir := shortTempDir(t)
	stateDir := filepath.Join(dir, "state")
	config := func(socket string) string {
		return writeConfig(t, fmt.Sprintf(`url: %s
daemon_id: lock-test
state_dir: %s
admin: {socket: %s}
runners:
  linux:
    labels: [linux]
    max_runners: 1
    min_idle: 1
    sim: {}
`, sim.ConfigURL(), stateDir, socket))
	}
	firstSocket, secondSocket := filepath.Join(dir, "first.sock"), filepath.Join(dir, "second.sock")
	env := append(os.Environ(), "GITHUB_TOKEN="+sim.Token())

	first := exec.Command(bin, "run", "--config", config(firstSocket))
	first.Env = env
	firstOut, exited := startProcess(t, first)

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := sim.WaitFor(ctx, func(st ghsim.State) bool { return len(st.Sessions) == 1 && len(st.Registrations) == 1 }); err != nil {
		t.Fatalf("the first daemon never served: %v\n%s", err, firstOut.String())
	}

	second := exec.CommandContext(ctx, bin, "run", "--config", config(secondSocket))
	second.Env = env
	out, err := second.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() == 0 {
		t.Fatalf("second daemon: %v, want a non-zero exit\n%s", err, out)
	}
	t.Logf("second daemon:\n%s", out)
	want := fmt.Sprintf("state_dir %s is in use by another outrunner (pid %d, admin socket %s); stop it, or give this daemon its own state_dir",
		stateDir, first.Process.Pid, firstSocket)
	if !strings.Contains(string(out), want) {
		t.Errorf("second daemon's output lacks %q:\n%s", want, out)
	}

	if err := first.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("first daemon's exit: %v\n%s", err, firstOut.String())
		}
	case <-ctx.Done():
		t.Fatalf("the first daemon did not exit after SIGTERM\n%s", firstOut.String())
	}
	if st := sim.State(); len(st.Registrations) != 0 || len(st.Sessions) != 0 {
		t.Fatalf("left behind: %d registrations, %d sessions", len(st.Registrations), len(st.Sessions))
	}
}
