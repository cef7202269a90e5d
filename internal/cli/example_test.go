package cli

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/admin"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/messages"
)

// nobody is the user the example runs as when the tests run as root.
const nobody = 65534

// userHome makes a home directory with XDG state and runtime directories
// owned by the user the example runs as, and returns its environment.
func userHome(t *testing.T, uid int) []string {
	t.Helper()
	home, err := os.MkdirTemp("", "outrunner-home-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(home) })
	runtime := filepath.Join(home, "run")
	for _, d := range []string{home, runtime} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.Chown(d, uid, uid); err != nil {
			t.Fatal(err)
		}
	}
	return []string{"HOME=" + home, "XDG_STATE_HOME=" + filepath.Join(home, "state"), "XDG_RUNTIME_DIR=" + runtime}
}

// TestSimExampleRunsAsAnOrdinaryUser validates examples/sim.yml and runs
// the daemon on it as an ordinary user (nobody when the tests run as root)
// against an in-process simulator: it serves, answers on the user's admin
// socket, and stops cleanly on SIGTERM.
func TestSimExampleRunsAsAnOrdinaryUser(t *testing.T) {
	bin := outrunnerBinary(t)
	uid := os.Geteuid()
	var cred *syscall.Credential
	if uid == 0 {
		uid = nobody
		cred = &syscall.Credential{Uid: nobody, Gid: nobody}
		if err := os.Chmod(filepath.Dir(bin), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	env0 := userHome(t, uid)
	// The user reads its own copy: the checkout may not be open to it
	// (a clone in a mktemp -d directory is 0700).
	content, err := os.ReadFile("../../examples/sim.yml")
	if err != nil {
		t.Fatal(err)
	}
	example := filepath.Join(strings.TrimPrefix(env0[0], "HOME="), "sim.yml")
	if err := os.WriteFile(example, content, 0o644); err != nil {
		t.Fatal(err)
	}
	sim, err := ghsim.New(ghsim.Options{PollHold: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	env := append(env0, "GITHUB_TOKEN="+sim.Token(), "PATH="+os.Getenv("PATH"))
	socket := filepath.Join(strings.TrimPrefix(env[2], "XDG_RUNTIME_DIR="), "outrunner.sock")
	command := func(args ...string) *exec.Cmd {
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		cmd.Dir = filepath.Dir(example)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
		return cmd
	}

	if out, err := command("validate", "--config", example).CombinedOutput(); err != nil {
		t.Fatalf("validate: %v\n%s", err, out)
	}

	cmd := command("run", "--config", example, "--url", sim.ConfigURL())
	out, exited := startProcess(t, cmd)

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c := admin.NewClient(socket)
	listening := func() bool {
		st, err := c.Status(ctx)
		return err == nil && len(st.ScaleSets) == 1 && st.ScaleSets[0].Listener == messages.ListenerListening
	}
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for !listening() {
		select {
		case err := <-exited:
			t.Fatalf("the daemon exited (%v) before listening\n%s", err, out.String())
		case <-ctx.Done():
			t.Fatalf("the admin socket %s never showed the scale set listening\n%s", socket, out.String())
		case <-tick.C:
		}
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("exit after SIGTERM: %v\n%s", err, out.String())
		}
	case <-ctx.Done():
		t.Fatalf("no exit after SIGTERM\n%s", out.String())
	}
	if strings.Contains(out.String(), "permission denied") {
		t.Errorf("the daemon hit a permission problem:\n%s", out.String())
	}
}
