//go:build cgo && libvirt_dlopen

package libvirte2e

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actions/scaleset"
	"gopkg.in/yaml.v3"

	"github.com/outrunner/outrunner/actors"
	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/libvirt"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/logging"
	"github.com/outrunner/outrunner/internal/simguest"
	"github.com/outrunner/outrunner/internal/testutil/testenv"
	"github.com/outrunner/outrunner/internal/testutil/testlog"
	"github.com/outrunner/outrunner/internal/testutil/testwait"
	"github.com/outrunner/outrunner/supervisor"
)

// scaleSetName is the scale set (and job label) of every test.
const scaleSetName = "vm"

// testTiming makes the runtime react quickly; VMs set the pace.
var testTiming = actors.Timing{
	ListenerBackoffBase: 50 * time.Millisecond,
	ListenerBackoffCap:  time.Second,
	HealthInterval:      time.Second,
	SweepInterval:       0,
	RequestTimeout:      10 * time.Second,
	SessionCloseTimeout: 5 * time.Second,
}

// env is what every test needs from the machine.
type env struct {
	uri   string
	guest *simguest.Guest
}

// requireEnv finds libvirtd, the test guest and netcat, skipping (or, with
// OUTRUNNER_REQUIRE_INTEGRATION=1, failing) when one is missing.
func requireEnv(t testing.TB) *env {
	t.Helper()
	unavailable := func(format string, args ...any) {
		t.Helper()
		if os.Getenv("OUTRUNNER_REQUIRE_INTEGRATION") == "1" {
			t.Fatalf(format, args...)
		}
		t.Skipf(format, args...)
	}
	uri := os.Getenv("OUTRUNNER_TEST_LIBVIRT_URI")
	if uri == "" {
		unavailable("libvirt end-to-end test skipped: OUTRUNNER_TEST_LIBVIRT_URI is not set (run scripts/testenv-libvirt.sh up and source the env file it names)")
	}
	g, err := simguest.Load(simguest.DefaultDir())
	if err != nil {
		unavailable("libvirt end-to-end test: no test guest: %v (make test-guest, or set %s)", err, simguest.DirEnv)
	}
	if _, err := exec.LookPath("nc"); err != nil {
		unavailable("libvirt end-to-end test: nc (netcat-openbsd) is needed on the host for guest_forward: %v", err)
	}
	p, err := libvirt.New(libvirt.Options{Owner: backends.Ownership{DaemonID: "e2e-probe"}, Config: &config.LibvirtImage{URI: uri}})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = p.Close() }()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := p.Ping(ctx); err != nil {
		unavailable("libvirt end-to-end test: %v", err)
	}
	// Keep the backend's libvirtd restart test from running meanwhile.
	testenv.LockLibvirtd(t, false)
	return &env{uri: uri, guest: g}
}

// startRecord is one Start call seen by the recording provisioner.
type startRecord struct {
	daemon   int // 1 for the test's first daemon, 2 for the next, ...
	name     string
	err      error
	duration time.Duration
}

// waitRecord is one Wait result seen by the recording provisioner.
type waitRecord struct {
	daemon int
	name   string
	status backends.ExitStatus
	err    error
}

// harness runs daemons with the libvirt backend against one simulator.
type harness struct {
	t          testing.TB
	env        *env
	sim        *ghsim.Server
	dir        string
	overlayDir string
	logs       *testlog.Buffer

	mu      sync.Mutex
	daemons int
	starts  []startRecord
	waits   []waitRecord
	// alterStart, when set, may change a request before it reaches the
	// backend (attempt counts Start calls from 1).
	alterStart func(attempt int, req *backends.RunnerRequest) *backends.RunnerRequest
	// afterStart, when set, is called after every Start.
	afterStart func(rec startRecord)
}

// newHarness starts a simulator on the loopback interface.
func newHarness(t testing.TB, e *env) *harness {
	t.Helper()
	// A killed daemon's message session blocks its successor until it
	// expires, as on GitHub; a short TTL keeps restart tests brief.
	s, err := ghsim.New(ghsim.Options{Listen: "127.0.0.1:0", RunnerLostTimeout: 20 * time.Second, SessionTTL: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	dir := t.TempDir()
	return &harness{t: t, env: e, sim: s, dir: dir, overlayDir: filepath.Join(dir, "overlays"), logs: &testlog.Buffer{}}
}

// image is the libvirt block of the test's runners.
func (h *harness) image() *config.LibvirtImage {
	h.t.Helper()
	img, err := h.env.guest.LibvirtImage(h.sim.URL())
	if err != nil {
		h.t.Fatal(err)
	}
	img.URI = h.env.uri
	img.OverlayDir = h.overlayDir
	return img
}

// config loads a configuration with one libvirt scale set.
func (h *harness) config(daemonID string, maxRunners int, img *config.LibvirtImage) *config.Config {
	h.t.Helper()
	block, err := yaml.Marshal(img)
	if err != nil {
		h.t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "url: %s\ndaemon_id: %s\nstate_dir: %s\ngithub: {rate_limit: 1000, rate_burst: 1000, retry_max: 1, retry_wait_max: 10ms}\nrunners:\n",
		h.sim.ConfigURL(), daemonID, filepath.Join(h.dir, "state-"+daemonID))
	fmt.Fprintf(&b, "  %s:\n    labels: [%s]\n    max_runners: %d\n    start_timeout: 5m\n    stop_timeout: 2m\n    retry: {budget: 4, backoff_base: 100ms, backoff_cap: 1s}\n    libvirt:\n",
		scaleSetName, scaleSetName, maxRunners)
	for _, line := range strings.Split(strings.TrimRight(string(block), "\n"), "\n") {
		b.WriteString("      " + line + "\n")
	}
	p := filepath.Join(h.t.TempDir(), "config.yml")
	if err := os.WriteFile(p, []byte(b.String()), 0o600); err != nil {
		h.t.Fatal(err)
	}
	res, err := config.Load(config.LoadOptions{Path: p, Environ: []string{}})
	if err != nil {
		h.t.Fatalf("test config invalid: %v\n%s", err, b.String())
	}
	return res.Config
}

// recorder wraps the libvirt provisioner to record Start and Wait.
type recorder struct {
	*libvirt.Provisioner
	h      *harness
	daemon int
}

func (r *recorder) Start(ctx context.Context, req *backends.RunnerRequest) error {
	r.h.mu.Lock()
	attempt := len(r.h.starts) + 1
	alter := r.h.alterStart
	r.h.mu.Unlock()
	if alter != nil {
		req = alter(attempt, req)
	}
	began := time.Now()
	err := r.Provisioner.Start(ctx, req)
	rec := startRecord{daemon: r.daemon, name: req.Name, err: err, duration: time.Since(began)}
	r.h.mu.Lock()
	r.h.starts = append(r.h.starts, rec)
	after := r.h.afterStart
	r.h.mu.Unlock()
	if after != nil {
		after(rec)
	}
	return err
}

func (r *recorder) Wait(ctx context.Context, name string) (backends.ExitStatus, error) {
	es, err := r.Provisioner.Wait(ctx, name)
	if ctx.Err() == nil {
		r.h.mu.Lock()
		r.h.waits = append(r.h.waits, waitRecord{daemon: r.daemon, name: name, status: es, err: err})
		r.h.mu.Unlock()
	}
	return es, err
}

// startDaemon starts a daemon whose scale sets use the libvirt backend. It
// is drained when the test ends unless the test stops it first.
func (h *harness) startDaemon(cfg *config.Config) *supervisor.Daemon {
	h.t.Helper()
	timing := testTiming
	h.mu.Lock()
	h.daemons++
	incarnation := h.daemons
	h.mu.Unlock()
	d, err := supervisor.Start(supervisor.Options{
		Config:    cfg,
		FlagToken: h.sim.Token(),
		Logger:    logging.New(h.logs, logging.Options{Level: slog.LevelDebug}),
		Backends: func(owner backends.Ownership, rc *config.RunnerConfig, logger *slog.Logger) (backends.Provisioner, error) {
			p, err := libvirt.New(libvirt.Options{Owner: owner, Config: rc.Libvirt, Logger: logger})
			if err != nil {
				return nil, err
			}
			return &recorder{Provisioner: p, h: h, daemon: incarnation}, nil
		},
		Timing:       &timing,
		LibraryLevel: slog.LevelWarn,
		HTTPOptions:  []scaleset.HTTPOption{scaleset.WithRetryWaitMax(10 * time.Millisecond)},
	})
	if err != nil {
		h.t.Fatal(err)
	}
	h.t.Cleanup(func() {
		d.Drain(time.Now().Add(30 * time.Second))
		select {
		case <-d.Done():
		case <-time.After(2 * time.Minute):
			h.t.Errorf("daemon did not drain; logs:\n%s", h.logs.String())
		}
	})
	return d
}

// drain drains a daemon and waits until it is done.
func (h *harness) drain(d *supervisor.Daemon) {
	h.t.Helper()
	d.Drain(time.Now().Add(30 * time.Second))
	select {
	case <-d.Done():
	case <-time.After(2 * time.Minute):
		h.t.Fatalf("daemon did not drain; logs:\n%s", h.logs.String())
	}
}

// checker is a provisioner of the daemon's identity (every scale set) used
// to look at its environments and to clean up after a failed test.
func (h *harness) checker(daemonID string) *libvirt.Provisioner {
	h.t.Helper()
	p, err := libvirt.New(libvirt.Options{Owner: backends.Ownership{DaemonID: daemonID}, Config: &config.LibvirtImage{URI: h.env.uri, OverlayDir: h.overlayDir}})
	if err != nil {
		h.t.Fatal(err)
	}
	h.t.Cleanup(func() {
		// Never leave VMs behind, whatever the test's outcome.
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		if envs, err := p.List(ctx); err == nil {
			for _, e := range envs {
				_ = p.Stop(ctx, e.Name)
			}
		}
		_ = p.Close()
	})
	return p
}

// environments lists the daemon's environments.
func (h *harness) environments(p *libvirt.Provisioner) []backends.Environment {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	envs, err := p.List(ctx)
	if err != nil {
		h.t.Fatal(err)
	}
	return envs
}

// waitSim waits for a simulator condition.
func (h *harness) waitSim(what string, timeout time.Duration, cond func(ghsim.State) bool) {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := h.sim.WaitFor(ctx, cond); err != nil {
		st := h.sim.State()
		h.t.Fatalf("waiting for %s: %v\njobs: %+v\nregistrations: %+v\nlogs:\n%s", what, err, st.JobCounts(), st.Registrations, h.logs.String())
	}
}

// eventually polls cond every 100 ms until it holds or the timeout passes.
func (h *harness) eventually(what string, timeout time.Duration, cond func() bool) {
	h.t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			h.t.Fatalf("timed out waiting for %s; logs:\n%s", what, h.logs.String())
		}
		select {
		case <-h.sim.Changed():
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// enqueue enqueues count jobs for the test's scale set.
func (h *harness) enqueue(count int, spec ghsim.JobSpec) []int64 {
	h.t.Helper()
	spec.Labels = []string{scaleSetName}
	ids, err := h.sim.EnqueueJobs(spec, count)
	if err != nil {
		h.t.Fatal(err)
	}
	return ids
}

// startsSoFar returns a copy of the recorded Start calls.
func (h *harness) startsSoFar() []startRecord {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]startRecord(nil), h.starts...)
}

// waitsSoFar returns a copy of the recorded Wait results.
func (h *harness) waitsSoFar() []waitRecord {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]waitRecord(nil), h.waits...)
}

// relays lists the host's netcat relays that QEMU started for this
// simulator (one per open guest connection).
func (h *harness) relays() []string {
	port := h.sim.URL()[strings.LastIndex(h.sim.URL(), ":")+1:]
	var out []string
	procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, p := range procs {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		args := strings.Split(strings.TrimRight(string(b), "\x00"), "\x00")
		if len(args) >= 2 && filepath.Base(args[0]) == "nc" && args[len(args)-1] == port {
			out = append(out, strings.Join(args, " "))
		}
	}
	return out
}

// assertNoLeaks checks that no domain, overlay file, registration, session
// or relay process of the daemon is left.
func (h *harness) assertNoLeaks(p *libvirt.Provisioner) {
	h.t.Helper()
	var envs []backends.Environment
	var files []string
	var relays []string
	var st ghsim.State
	ok := func() bool {
		envs = h.environments(p)
		files = nil
		ents, _ := os.ReadDir(h.overlayDir)
		for _, e := range ents {
			files = append(files, e.Name())
		}
		relays = h.relays()
		st = h.sim.State()
		return len(envs) == 0 && len(files) == 0 && len(relays) == 0 && len(st.Registrations) == 0 && len(st.Sessions) == 0
	}
	if !testwait.Within(time.Minute, ok) {
		h.t.Fatalf("leaked: environments %+v, overlay files %v, relays %v, registrations %+v, sessions %+v\nlogs:\n%s",
			envs, files, relays, st.Registrations, st.Sessions, h.logs.String())
	}
}
