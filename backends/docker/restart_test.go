package docker

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

// privateEngine is a dockerd of the test's own, started and stopped by the
// test, configured like scripts/testenv-docker.sh's engine.
type privateEngine struct {
	t    *testing.T
	dir  string
	host string
	cmd  *exec.Cmd
	done chan struct{}
}

// startPrivateEngine starts a dockerd with its own state directory. It
// needs root and dockerd, which an engine from scripts/testenv-docker.sh
// implies.
func startPrivateEngine(t *testing.T) *privateEngine {
	t.Helper()
	if os.Geteuid() != 0 {
		skipOrFail(t, "engine restart test: it starts its own dockerd and needs root")
	}
	if _, err := exec.LookPath("dockerd"); err != nil {
		skipOrFail(t, "engine restart test: dockerd is not installed (scripts/testenv-docker.sh up installs it)")
	}
	// A short path: the engine's sockets live below it.
	dir, err := os.MkdirTemp("", "ortest-engine-")
	if err != nil {
		t.Fatal(err)
	}
	e := &privateEngine{t: t, dir: dir, host: "unix://" + filepath.Join(dir, "docker.sock")}
	t.Cleanup(func() {
		e.stop()
		unmountBelow(t, dir)
		os.RemoveAll(dir)
	})
	e.start()
	return e
}

// start launches dockerd and waits until it answers.
func (e *privateEngine) start() {
	e.t.Helper()
	log, err := os.OpenFile(filepath.Join(e.dir, "dockerd.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		e.t.Fatal(err)
	}
	defer log.Close()
	e.cmd = exec.Command("dockerd", "-H", e.host,
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
	cli := rawClient(e.t, e.host)
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
			e.t.Fatalf("dockerd exited during start-up; see %s", filepath.Join(e.dir, "dockerd.log"))
		default:
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("dockerd did not answer within 60s: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// stop terminates dockerd (SIGKILL after 30 s) and waits for it.
func (e *privateEngine) stop() {
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

// unmountBelow unmounts whatever is still mounted below dir, deepest first.
func unmountBelow(t *testing.T, dir string) {
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

// TestIntegrationEngineRestart stops the engine under a running provisioner
// and starts it again: calls fail with ErrEngineUnreachable while it is
// down, a pending Wait survives, and the same provisioner works again
// afterwards.
func TestIntegrationEngineRestart(t *testing.T) {
	testEngine(t) // skip unless integration tests are enabled
	e := startPrivateEngine(t)
	importFakeRunner(t, e.host)
	f := newFixture(t, e.host)
	ctx := f.ctx()

	first := f.name("before")
	f.start(first, jit("sleep"), nil)
	type result struct {
		st  backends.ExitStatus
		err error
	}
	waited := make(chan result, 1)
	go func() {
		st, err := f.p.Wait(ctx, first)
		waited <- result{st, err}
	}()

	e.stop()
	// A Wait that starts while the engine is down keeps trying.
	waitedDown := make(chan result, 1)
	go func() {
		st, err := f.p.Wait(ctx, first)
		waitedDown <- result{st, err}
	}()
	if err := f.p.Ping(ctx); !errors.Is(err, ErrEngineUnreachable) || !strings.Contains(err.Error(), e.host) {
		t.Fatalf("Ping with the engine down: %v, want ErrEngineUnreachable naming %s", err, e.host)
	}
	down := f.name("down")
	err := f.p.Start(ctx, testRequestWith(down, jit("sleep"), config.DockerImage{Image: fakeRunnerImage, Network: "none"}))
	if !errors.Is(err, ErrEngineUnreachable) || backends.IsPermanent(err) {
		t.Fatalf("Start with the engine down: %v, want a retryable ErrEngineUnreachable", err)
	}
	if _, err := f.p.List(ctx); !errors.Is(err, ErrEngineUnreachable) {
		t.Fatalf("List with the engine down: %v", err)
	}

	e.start()
	eventually(t, 30*time.Second, "Ping to succeed after the restart", func() bool { return f.p.Ping(ctx) == nil })

	// The engine stopped the runner when it shut down; both Waits report that.
	for _, c := range []chan result{waited, waitedDown} {
		select {
		case r := <-c:
			if r.err != nil || (r.st.Code != 143 && r.st.Code != 137) {
				t.Fatalf("Wait across the restart = %+v, %v; want the runner's termination", r.st, r.err)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("Wait did not return after the engine restarted")
		}
	}
	if !strings.Contains(f.logs.String(), "engine unreachable; retrying") {
		t.Errorf("the Wait started during the outage did not retry:\n%s", f.logs.String())
	}

	after := f.name("after")
	f.start(after, jit("sleep"), nil)
	envs, err := f.p.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]backends.EnvState{}
	for _, env := range envs {
		got[env.Name] = env.State
	}
	want := map[string]backends.EnvState{first: backends.EnvExited, after: backends.EnvRunning}
	if !mapsEqual(got, want) {
		t.Fatalf("List after the restart = %v, want %v", got, want)
	}
	for _, n := range []string{first, after} {
		if err := f.p.Stop(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
}
