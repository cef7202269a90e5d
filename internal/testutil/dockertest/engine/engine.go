// Package engine starts private Docker engines for integration tests and
// gives tests engine clients, with the skip-or-fail rule of the integration
// tier. It does not depend on outrunner's docker backend, so that the
// backend's own tests can use it.
package engine

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/docker/docker/client"
)

// EnvRequire makes a missing engine a failure instead of a skip.
const EnvRequire = "OUTRUNNER_REQUIRE_INTEGRATION"

// Engine is a dockerd of the test's own, with its own state directory,
// configured like scripts/testenv-docker.sh's engine (no bridge, no
// iptables rules). The test may stop and start it; it is stopped and its
// directory removed when the test ends.
type Engine struct {
	// Host is the engine's unix:// endpoint.
	Host string

	t    testing.TB
	dir  string
	cmd  *exec.Cmd
	done chan struct{}
}

// Start starts a private engine. It needs root and dockerd, which an
// engine from scripts/testenv-docker.sh implies; call it after Host so
// that the test skips when integration tests are off.
func Start(t testing.TB) *Engine {
	t.Helper()
	if os.Geteuid() != 0 {
		SkipOrFail(t, "private docker engine: starting dockerd needs root")
	}
	if _, err := exec.LookPath("dockerd"); err != nil {
		SkipOrFail(t, "private docker engine: dockerd is not installed (scripts/testenv-docker.sh up installs it)")
	}
	// A short path: the engine's sockets live below it.
	dir, err := os.MkdirTemp("", "ortest-dockerd-")
	if err != nil {
		t.Fatal(err)
	}
	e := &Engine{t: t, dir: dir, Host: "unix://" + filepath.Join(dir, "docker.sock")}
	t.Cleanup(func() {
		e.Stop()
		unmountBelow(t, dir)
		os.RemoveAll(dir)
	})
	e.Start()
	return e
}

// Start launches dockerd and waits until it answers.
func (e *Engine) Start() {
	e.t.Helper()
	log, err := os.OpenFile(e.LogPath(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		e.t.Fatal(err)
	}
	defer log.Close()
	e.cmd = exec.Command("dockerd", "-H", e.Host,
		"--data-root", filepath.Join(e.dir, "data"), "--exec-root", filepath.Join(e.dir, "exec"),
		"--pidfile", filepath.Join(e.dir, "dockerd.pid"),
		"--bridge=none", "--iptables=false", "--ip6tables=false", "--ip-forward=false", "--ip-masq=false")
	e.cmd.Stdout, e.cmd.Stderr = log, log
	// Should the test binary die, the engine goes with it.
	e.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
	if err := e.cmd.Start(); err != nil {
		e.t.Fatal(err)
	}
	e.done = make(chan struct{})
	go func(cmd *exec.Cmd, done chan struct{}) {
		cmd.Wait()
		close(done)
	}(e.cmd, e.done)
	cli := Client(e.t, e.Host)
	deadline := time.Now().Add(60 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		_, err := cli.Ping(ctx)
		cancel()
		if err == nil {
			return
		}
		select {
		case <-e.done:
			e.t.Fatalf("dockerd exited during start-up; see %s", e.LogPath())
		default:
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("dockerd did not answer within 60s: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Stop terminates dockerd (SIGKILL after 30 s) and waits for it. Stopping
// a stopped engine does nothing.
func (e *Engine) Stop() {
	if e.cmd == nil {
		return
	}
	e.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-e.done:
	case <-time.After(30 * time.Second):
		e.cmd.Process.Kill()
		<-e.done
	}
	e.cmd = nil
}

// LogPath is dockerd's log file.
func (e *Engine) LogPath() string { return filepath.Join(e.dir, "dockerd.log") }

// unmountBelow unmounts whatever is still mounted below dir, deepest first.
func unmountBelow(t testing.TB, dir string) {
	f, err := os.Open("/proc/mounts")
	if err != nil {
		return
	}
	defer f.Close()
	var mounts []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) > 1 && strings.HasPrefix(fields[1], dir) {
			mounts = append(mounts, fields[1])
		}
	}
	slices.SortFunc(mounts, func(a, b string) int { return len(b) - len(a) })
	for _, m := range mounts {
		if err := syscall.Unmount(m, 0); err != nil {
			if err := syscall.Unmount(m, syscall.MNT_DETACH); err != nil {
				t.Errorf("unmount %s: %v", m, err)
			}
		}
	}
}

// SkipOrFail skips the test, or fails it when integration tests are
// required.
func SkipOrFail(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv(EnvRequire) == "1" {
		t.Fatalf("%s, and %s=1 requires integration tests", msg, EnvRequire)
	}
	t.Skip("skipped: " + msg)
}

// Client returns an engine client that is closed when the test ends.
func Client(t testing.TB, host string) *client.Client {
	t.Helper()
	cli, err := client.NewClientWithOpts(client.WithHost(host), client.WithAPIVersionNegotiation())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cli.Close() })
	return cli
}
