package supervisor

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/client"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/all"
	"github.com/outrunner/outrunner/backends/docker"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/ghsim/runnerproto"
	"github.com/outrunner/outrunner/internal/testutil/dockertest"
	"github.com/outrunner/outrunner/internal/testutil/dockertest/engine"
	"github.com/outrunner/outrunner/internal/testutil/testwait"
	"github.com/outrunner/outrunner/messages"
)

// The Docker tests run the daemon, the simulator and the real docker
// backend against the engine named by OUTRUNNER_TEST_DOCKER_HOST; runner
// containers run cmd/simrunner with the host's network, so that they reach
// the simulator on the loopback interface.

func TestMain(m *testing.M) {
	code := m.Run()
	dockertest.Cleanup()
	os.Exit(code)
}

// dockerHarness is a harness whose scale sets run on a Docker engine.
type dockerHarness struct {
	*harness
	host     string
	cli      *client.Client
	daemonID string
}

// newDockerHarness prepares a daemon for the engine at host; every
// container of its daemon ID is removed when the test ends.
func newDockerHarness(t testing.TB, host string) *dockerHarness {
	t.Helper()
	h := newHarness(t, ghsim.Options{})
	h.factory = all.New(all.Options{StateDir: h.dir})
	// Health probes with room for a loaded machine (a probe's timeout is
	// its interval).
	timing := testTiming
	timing.HealthInterval = 500 * time.Millisecond
	h.timing = &timing
	var id [4]byte
	_, _ = rand.Read(id[:])
	dh := &dockerHarness{harness: h, host: host, cli: dockertest.Client(t, host), daemonID: "docker-e2e-" + hex.EncodeToString(id[:])}
	dockertest.RemoveContainers(t, dh.cli, dh.daemonID)
	return dh
}

// runners is a scale set entry on the harness's engine.
func (h *dockerHarness) runners(name string, maxRunners int, extra string) runnerYAML {
	return runnerYAML{name: name, extra: fmt.Sprintf(
		"    max_runners: %d\n    docker: {image: %q, runner_cmd: %q, network: host, pull_policy: never, host: %q}\n%s",
		maxRunners, dockertest.SimRunnerImage, dockertest.SimRunnerCmd, h.host, extra)}
}

// containers lists the daemon's containers on the engine.
func (h *dockerHarness) containers() []string {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	list, err := dockertest.Containers(ctx, h.cli, h.daemonID)
	if err != nil {
		h.t.Fatalf("list containers: %v", err)
	}
	var out []string
	for _, c := range list {
		out = append(out, strings.Join(c.Names, ",")+" ("+c.State+")")
	}
	return out
}

// assertNothingLeft checks that the daemon left no container (looked up
// by its daemon label on the engine), registration or session.
func (h *dockerHarness) assertNothingLeft() {
	h.t.Helper()
	var st ghsim.State
	var left []string
	clean := func() bool {
		st, left = h.sim.State(), h.containers()
		return len(st.Registrations) == 0 && len(st.Sessions) == 0 && len(left) == 0
	}
	if !testwait.Within(30*time.Second, clean) {
		h.t.Fatalf("left behind: containers %v, registrations %+v, sessions %+v\nlogs:\n%s", left, st.Registrations, st.Sessions, h.logs.String())
	}
}

// dockerProbe wraps a scale set's docker provisioner with hooks around
// Start; every other method (List, Wait, Ping, ...) is the provisioner's.
type dockerProbe struct {
	*docker.Provisioner
	// beforeStart runs before the container is created; an error fails Start.
	beforeStart func(ctx context.Context, req *backends.RunnerRequest) error
	// afterStart runs after a successful Start.
	afterStart func(req *backends.RunnerRequest)
}

func (p *dockerProbe) Start(ctx context.Context, req *backends.RunnerRequest) error {
	if p.beforeStart != nil {
		if err := p.beforeStart(ctx, req); err != nil {
			return err
		}
	}
	if err := p.Provisioner.Start(ctx, req); err != nil {
		return err
	}
	if p.afterStart != nil {
		p.afterStart(req)
	}
	return nil
}

// probe makes the harness wrap its provisioners in dockerProbes.
func (h *dockerHarness) probe(before func(context.Context, *backends.RunnerRequest) error, after func(*backends.RunnerRequest)) {
	h.wrap = func(p backends.Provisioner) backends.Provisioner {
		return &dockerProbe{Provisioner: p.(*docker.Provisioner), beforeStart: before, afterStart: after}
	}
}

func TestIntegrationDockerJobsRunToCompletion(t *testing.T) {
	const jobs = 20
	h := newDockerHarness(t, dockertest.Host(t))
	d := h.start(h.config(h.daemonID, h.runners("linux", 4, "")))
	h.enqueue(jobs, ghsim.JobSpec{Labels: []string{"linux"}, Duration: ms(200)})
	h.waitSim("20 jobs completed", 5*time.Minute, allDone(jobs))

	st := h.sim.State()
	if c := st.JobCounts(); c.Succeeded != jobs {
		t.Fatalf("job counts = %+v, want %d succeeded", c, jobs)
	}
	ran := map[string]bool{}
	for _, j := range st.Jobs {
		ran[j.RunnerName] = true
	}
	if len(ran) != jobs {
		t.Fatalf("%d jobs ran on %d runners, want a runner (container) each", jobs, len(ran))
	}
	h.eventually("the scale set to count 20 completions", 30*time.Second, func() bool { return h.scaleSet(d, "linux").JobsCompleted >= jobs })
	snap := h.scaleSet(d, "linux")
	if snap.Backend != "docker" || snap.GaveUp != 0 || snap.StartFailures != 0 {
		t.Errorf("snapshot = %+v", snap)
	}
	h.drain(d, 30*time.Second)
	h.assertNothingLeft()
}

// cmdlineScan reads every process's command line on the host until
// stopped, and records command lines holding a secret.
type cmdlineScan struct {
	secrets func() [][]byte
	// program marks the processes to note in seen: their command line
	// starts with it.
	program []byte
	stop    chan struct{}
	done    chan struct{}

	// Read after done is closed.
	seen  map[int]bool // program's processes, checked against the secrets known when they ran
	found []string     // command lines holding a secret
	scans int
}

func startCmdlineScan(program string, secrets func() [][]byte) *cmdlineScan {
	s := &cmdlineScan{secrets: secrets, program: append([]byte(program), 0), stop: make(chan struct{}), done: make(chan struct{}), seen: map[int]bool{}}
	go s.run()
	return s
}

func (s *cmdlineScan) run() {
	defer close(s.done)
	for {
		paths, _ := filepath.Glob("/proc/[0-9]*/cmdline")
		lines := make(map[int][]byte, len(paths))
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				continue // the process exited
			}
			pid, _ := strconv.Atoi(filepath.Base(filepath.Dir(p)))
			lines[pid] = b
		}
		// The secrets are read after the command lines: a runner's secret
		// is known before its process starts, so every process read above
		// is checked against its own runner's secret.
		secrets := s.secrets()
		for pid, b := range lines {
			if bytes.HasPrefix(b, s.program) {
				s.seen[pid] = true
			}
			for _, sec := range secrets {
				if bytes.Contains(b, sec) {
					s.found = append(s.found, fmt.Sprintf("pid %d: %q", pid, bytes.ReplaceAll(b, []byte{0}, []byte{' '})))
				}
			}
		}
		s.scans++
		select {
		case <-s.stop:
			return
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func (s *cmdlineScan) finish() {
	close(s.stop)
	<-s.done
}

func TestIntegrationDockerJITConfigStaysSecret(t *testing.T) {
	const jobs = 6
	h := newDockerHarness(t, dockertest.Host(t))
	var (
		mu      sync.Mutex
		secrets = map[string][]string{} // runner → encoded JIT config and its secret
		pids    = map[string]int{}      // runner → its process on the host
	)
	h.probe(func(_ context.Context, req *backends.RunnerRequest) error {
		cfg, err := runnerproto.DecodeJITConfig(req.JITConfig)
		if err != nil || len(cfg.Secret) < 16 {
			t.Errorf("runner %s: the JIT config does not decode to a secret: %v", req.Name, err)
			return err
		}
		mu.Lock()
		secrets[req.Name] = []string{req.JITConfig, cfg.Secret}
		mu.Unlock()
		return nil
	}, func(req *backends.RunnerRequest) {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		info, err := h.cli.ContainerInspect(ctx, req.Name)
		if err != nil {
			t.Errorf("inspect %s: %v", req.Name, err)
			return
		}
		for _, a := range slices.Concat([]string{info.Path}, info.Args, info.Config.Cmd, info.Config.Entrypoint) {
			if strings.Contains(a, req.JITConfig) {
				t.Errorf("runner %s: JIT config in the container's command: %q %q", req.Name, info.Path, info.Args)
			}
		}
		if info.State == nil || !info.State.Running || info.State.Pid == 0 {
			t.Errorf("runner %s: container not running after Start: %+v", req.Name, info.State)
			return
		}
		// The secret is where it belongs: in the runner's environment.
		// This also shows that the needles searched for below are right.
		// (Until runc's init has executed the runner, the process has
		// runc's environment: look again for a moment.)
		want := []byte(docker.JITConfigEnv + "=" + req.JITConfig)
		var env []byte
		testwait.Within(10*time.Second, func() bool {
			env, err = os.ReadFile(fmt.Sprintf("/proc/%d/environ", info.State.Pid))
			return err != nil || bytes.Contains(env, want)
		})
		if !bytes.Contains(env, want) {
			t.Errorf("runner %s: JIT config not in the environment of process %d (%v)", req.Name, info.State.Pid, err)
		}
		mu.Lock()
		pids[req.Name] = info.State.Pid
		mu.Unlock()
	})
	scan := startCmdlineScan("/simrunner", func() [][]byte {
		mu.Lock()
		defer mu.Unlock()
		var out [][]byte
		for _, s := range secrets {
			for _, v := range s {
				out = append(out, []byte(v))
			}
		}
		return out
	})
	d := h.start(h.config(h.daemonID, h.runners("secret", 3, "")))
	// Jobs long enough for several scans while each runner runs.
	h.enqueue(jobs, ghsim.JobSpec{Labels: []string{"secret"}, Duration: ms(1500)})
	h.waitSim("the jobs completed", 5*time.Minute, allDone(jobs))
	h.drain(d, 30*time.Second)
	scan.finish()
	h.assertNothingLeft()

	if c := h.sim.State().JobCounts(); c.Succeeded != jobs {
		t.Fatalf("job counts = %+v", c)
	}
	if len(scan.found) > 0 {
		t.Fatalf("JIT config on host command lines:\n%s", strings.Join(scan.found, "\n"))
	}
	mu.Lock()
	defer mu.Unlock()
	if len(pids) < jobs {
		t.Fatalf("%d runner processes recorded for %d jobs", len(pids), jobs)
	}
	for name, pid := range pids {
		if !scan.seen[pid] {
			t.Errorf("runner %s (pid %d) was never among the scanned processes (%d scans); the scan proves nothing", name, pid, scan.scans)
		}
	}
	logs := h.logs.String()
	for name, s := range secrets {
		if !strings.Contains(logs, name) {
			t.Errorf("the daemon's logs never mention runner %s; the log check proves nothing", name)
		}
		for _, v := range s {
			if strings.Contains(logs, v) {
				t.Fatalf("the daemon's logs hold runner %s's JIT config or secret", name)
			}
		}
	}
}

func TestIntegrationDockerKilledContainerFreesSlot(t *testing.T) {
	h := newDockerHarness(t, dockertest.Host(t))
	d := h.start(h.config(h.daemonID, h.runners("solo", 1, "")))
	labels := []string{"solo"}
	long := h.enqueue(1, ghsim.JobSpec{Labels: labels, Duration: ghsim.Duration(time.Hour)})[0]
	var victim string
	h.waitSim("the long job running", 2*time.Minute, func(st ghsim.State) bool {
		j, _ := st.Job(long)
		victim = j.RunnerName
		return j.State == ghsim.JobRunning
	})
	// max_runners is 1: the next job can only run once the slot is free.
	next := h.enqueue(1, ghsim.JobSpec{Labels: labels, Duration: ms(100)})[0]
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := h.cli.ContainerKill(ctx, victim, "KILL"); err != nil {
		t.Fatalf("kill %s: %v", victim, err)
	}
	h.waitSim("the next job to complete and the killed one to fail", 2*time.Minute, func(st ghsim.State) bool {
		n, _ := st.Job(next)
		l, _ := st.Job(long)
		return n.State == ghsim.JobCompleted && l.State == ghsim.JobCompleted
	})
	st := h.sim.State()
	n, _ := st.Job(next)
	l, _ := st.Job(long)
	if n.Result != ghsim.ResultSucceeded || n.RunnerName == victim || n.RunnerName == "" {
		t.Fatalf("next job = %+v, want success on a new runner", n)
	}
	if l.Result != ghsim.ResultFailed {
		t.Fatalf("killed runner's job = %+v, want failed", l)
	}
	h.eventually("the killed container removed", 30*time.Second, func() bool {
		_, err := h.cli.ContainerInspect(ctx, victim)
		return cerrdefs.IsNotFound(err)
	})
	for _, r := range h.scaleSet(d, "solo").Runners {
		if r.Name == victim {
			t.Fatalf("the killed runner is still in the scale set: %+v", r)
		}
	}
	if !strings.Contains(h.logs.String(), "killed (SIGKILL)") {
		t.Errorf("the runner's exit was not logged as a kill:\n%s", h.logs.String())
	}
	h.drain(d, 30*time.Second)
	h.assertNothingLeft()
}

func TestIntegrationDockerEngineDownAndBack(t *testing.T) {
	dockertest.Host(t) // skips unless integration tests are on
	e := engine.Start(t)
	dockertest.ImportSimRunner(t, e.Host)
	h := newDockerHarness(t, e.Host)
	var armed atomic.Bool
	held, release := make(chan string, 1), make(chan struct{})
	// An armed probe holds the next Start until released: that runner
	// then meets the stopped engine.
	h.probe(func(ctx context.Context, req *backends.RunnerRequest) error {
		if !armed.CompareAndSwap(true, false) {
			return nil
		}
		held <- req.Name
		select {
		case <-release:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}, nil)
	d := h.start(h.config(h.daemonID, h.runners("linux", 2, "    retry: {budget: 1000, backoff_base: 100ms, backoff_cap: 1s}\n")))
	labels := []string{"linux"}
	snapshot := func() string { return fmt.Sprintf("%+v", h.scaleSet(d, "linux")) }

	h.enqueue(3, ghsim.JobSpec{Labels: labels, Duration: ms(100)})
	h.waitSim("3 jobs before the outage", 3*time.Minute, allDone(3))
	h.eventually("a healthy backend advertising 2", 30*time.Second, func() bool {
		s := h.scaleSet(d, "linux")
		return s.BackendHealthy && s.Capacity == 2
	})
	h.eventually("the first runners' containers removed", 30*time.Second, func() bool { return len(h.containers()) == 0 })

	armed.Store(true)
	h.enqueue(1, ghsim.JobSpec{Labels: labels, Duration: ms(100)})
	var name string
	select {
	case name = <-held:
	case <-time.After(2 * time.Minute):
		t.Fatalf("no runner started; logs:\n%s", h.logs.String())
	}
	e.Stop()
	h.eventually("capacity 0 while the engine is down", 30*time.Second, func() bool {
		s := h.scaleSet(d, "linux")
		return !s.BackendHealthy && s.Capacity == 0 && strings.Contains(s.BackendError, "unreachable")
	})
	// Polled: a poll's capacity header does not signal a simulator change.
	h.eventually("the session to advertise capacity 0", 30*time.Second, func() bool {
		st := h.sim.State()
		return len(st.Sessions) == 1 && st.Sessions[0].MaxCapacity == 0
	})
	close(release)
	// The held runner's Start meets the stopped engine: it fails, backs
	// off and tries again, without taking anything else down.
	h.eventually("the runner to fail and retry with backoff", time.Minute, func() bool {
		for _, r := range h.scaleSet(d, "linux").Runners {
			if r.Name == name && r.Attempts >= 3 && strings.Contains(r.LastError, "unreachable") {
				return true
			}
		}
		return false
	})
	h.enqueue(2, ghsim.JobSpec{Labels: labels, Duration: ms(100)})
	select {
	case <-d.Done():
		t.Fatalf("the daemon stopped while the engine was down; logs:\n%s", h.logs.String())
	default:
	}
	if s := h.scaleSet(d, "linux"); s.Listener != messages.ListenerListening || s.Capacity != 0 || s.BackendHealthy {
		t.Fatalf("while the engine is down: %s", snapshot())
	}
	if n := h.countEvents(messages.EventStartFailed); n < 2 {
		t.Fatalf("%d start failures while the engine was down, want retries", n)
	}

	e.Start()
	h.eventually("the backend healthy again, advertising 2", time.Minute, func() bool {
		s := h.scaleSet(d, "linux")
		st := h.sim.State()
		return s.BackendHealthy && s.Capacity == 2 && len(st.Sessions) == 1 && st.Sessions[0].MaxCapacity == 2
	})
	h.waitSim("every job after the outage", 3*time.Minute, allDone(6))
	if c := h.sim.State().JobCounts(); c.Succeeded != 6 {
		t.Fatalf("job counts = %+v; %s", c, snapshot())
	}
	if n := h.countEvents(messages.EventGaveUp); n != 0 {
		t.Fatalf("%d runners gave up", n)
	}
	h.drain(d, 30*time.Second)
	h.assertNothingLeft()
}
