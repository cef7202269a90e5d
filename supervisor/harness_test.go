package supervisor

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/outrunner/outrunner/actors"
	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/all"
	"github.com/outrunner/outrunner/backends/sim"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/ghsim/emurunner"
	"github.com/outrunner/outrunner/internal/logging"
	"github.com/outrunner/outrunner/internal/testutil/testlog"
	"github.com/outrunner/outrunner/messages"
)

// testTiming makes the runtime react in milliseconds.
var testTiming = actors.Timing{
	ListenerBackoffBase: 10 * time.Millisecond,
	ListenerBackoffCap:  200 * time.Millisecond,
	HealthInterval:      50 * time.Millisecond,
	SweepInterval:       0,
	RequestTimeout:      5 * time.Second,
	SessionCloseTimeout: 2 * time.Second,
}

// harness runs a daemon against the simulator with the sim backend, or
// with the backends that factory makes.
type harness struct {
	t       testing.TB
	sim     *ghsim.Server
	backend *sim.Backend
	dir     string
	logs    *testlog.Buffer

	mu     sync.Mutex
	events []messages.Event
	// wrap, when set, wraps every provisioner the factory makes.
	wrap func(backends.Provisioner) backends.Provisioner
	// factory, when set, makes the provisioners instead of the sim backend.
	factory backends.Factory
	// timing, when set, replaces testTiming.
	timing *actors.Timing
	// token, when set, replaces the simulator's token (a wrong one).
	token string
	// logLevel, when set, replaces the debug level of the daemon's log,
	// and protoactor's lines get the level `outrunner run` gives them.
	logLevel *slog.Level
}

// newHarness starts a simulator and a shared sim backend.
func newHarness(t testing.TB, simOpts ghsim.Options) *harness {
	t.Helper()
	if simOpts.PollHold == 0 {
		simOpts.PollHold = 200 * time.Millisecond
	}
	if simOpts.RunnerLostTimeout == 0 {
		simOpts.RunnerLostTimeout = time.Second
	}
	s, err := ghsim.New(simOpts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	h := &harness{t: t, sim: s, dir: t.TempDir(), logs: &testlog.Buffer{}}
	h.backend = sim.New(sim.Options{Seed: 1, Run: func(ctx context.Context, jit string) error {
		return emurunner.Run(ctx, jit, emurunner.Options{})
	}})
	return h
}

// runnerYAML is one runners.<name> entry of a test configuration.
type runnerYAML struct {
	name  string
	extra string // extra YAML lines at runner level, indented by 4
}

// config writes and loads a configuration with the given runner entries.
func (h *harness) config(daemonID string, runners ...runnerYAML) *config.Config {
	h.t.Helper()
	p := filepath.Join(h.t.TempDir(), "config.yml")
	h.writeConfig(p, daemonID, runners...)
	res, err := config.Load(config.LoadOptions{Path: p, Environ: []string{}})
	if err != nil {
		b, _ := os.ReadFile(p)
		h.t.Fatalf("test config invalid: %v\n%s", err, b)
	}
	return res.Config
}

// configFrom writes and loads a configuration text.
func (h *harness) configFrom(text string) *config.Config {
	h.t.Helper()
	p := filepath.Join(h.t.TempDir(), "config.yml")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		h.t.Fatal(err)
	}
	res, err := config.Load(config.LoadOptions{Path: p, Environ: []string{}})
	if err != nil {
		h.t.Fatalf("test config invalid: %v\n%s", err, text)
	}
	return res.Config
}

// configText renders a test configuration.
func (h *harness) configText(daemonID string, runners ...runnerYAML) string {
	var b strings.Builder
	fmt.Fprintf(&b, "url: %s\ndaemon_id: %s\nstate_dir: %s\ngithub: {rate_limit: 1000, rate_burst: 1000, retry_max: 1, retry_wait_max: 10ms}\nrunners:\n",
		h.sim.ConfigURL(), daemonID, filepath.Join(h.dir, daemonID))
	for _, r := range runners {
		fmt.Fprintf(&b, "  %s:\n    labels: [%s]\n%s", r.name, r.name, r.extra)
		if !strings.Contains(r.extra, "retry:") {
			b.WriteString("    retry: {budget: 3, backoff_base: 10ms, backoff_cap: 50ms}\n")
		}
		hasBackend := false
		for _, key := range []string{"    sim:", "    docker:", "    libvirt:", "    tart:"} {
			hasBackend = hasBackend || strings.Contains(r.extra, key)
		}
		if !hasBackend {
			b.WriteString("    sim: {}\n")
		}
	}
	return b.String()
}

// writeConfig writes a test configuration atomically (write, then rename).
func (h *harness) writeConfig(path, daemonID string, runners ...runnerYAML) {
	h.t.Helper()
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(h.configText(daemonID, runners...)), 0o600); err != nil {
		h.t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		h.t.Fatal(err)
	}
}

// start starts a daemon; it is drained (and checked) when the test ends
// unless the test drains it itself.
func (h *harness) start(cfg *config.Config) *Daemon {
	h.t.Helper()
	return h.startWith(Options{Config: cfg})
}

// startFile starts a daemon on a configuration file that it watches and
// reloads as the daemon does, with every backend's checks.
func (h *harness) startFile(path string) *Daemon {
	h.t.Helper()
	load := func() (*config.Result, error) {
		return config.Load(config.LoadOptions{Path: path, Environ: []string{}, Check: all.Check})
	}
	res, err := load()
	if err != nil {
		h.t.Fatal(err)
	}
	return h.startWith(Options{Config: res.Config, ConfigPath: path, Reload: load, WatchConfig: true})
}

// startWith starts a daemon with test settings added to o.
func (h *harness) startWith(o Options) *Daemon {
	h.t.Helper()
	timing := testTiming
	if h.timing != nil {
		timing = *h.timing
	}
	level, libraryLevel := slog.LevelDebug, slog.LevelWarn
	if h.logLevel != nil {
		level, libraryLevel = *h.logLevel, max(*h.logLevel, slog.LevelWarn)
	}
	d, err := Start(Options{
		Config:      o.Config,
		ConfigPath:  o.ConfigPath,
		Reload:      o.Reload,
		WatchConfig: o.WatchConfig,
		FlagToken:   cmp.Or(h.token, h.sim.Token()),
		Logger:      logging.New(h.logs, logging.Options{Level: level}),
		Backends: func(owner backends.Ownership, rc *config.RunnerConfig, logger *slog.Logger) (backends.Provisioner, error) {
			var p backends.Provisioner
			if h.factory != nil {
				var err error
				if p, err = h.factory(owner, rc, logger); err != nil {
					return nil, err
				}
			} else {
				p = h.backend.Provisioner(owner, rc.Sim)
			}
			if h.wrap != nil {
				p = h.wrap(p)
			}
			return p, nil
		},
		Timing:       &timing,
		LibraryLevel: libraryLevel,
		Events: func(e messages.Event) {
			h.mu.Lock()
			h.events = append(h.events, e)
			h.mu.Unlock()
		},
	})
	if err != nil {
		h.t.Fatal(err)
	}
	h.t.Cleanup(func() {
		d.Drain(time.Now().Add(5 * time.Second))
		select {
		case <-d.Done():
		case <-time.After(30 * time.Second):
			h.t.Errorf("daemon did not drain; logs:\n%s", h.logs.String())
		}
	})
	return d
}

// countEvents returns how many events of a kind were seen.
func (h *harness) countEvents(kind messages.EventKind) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for _, e := range h.events {
		if e.Kind == kind {
			n++
		}
	}
	return n
}

// waitSim waits for a simulator condition.
func (h *harness) waitSim(what string, timeout time.Duration, cond func(ghsim.State) bool) {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := h.sim.WaitFor(ctx, cond); err != nil {
		st := h.sim.State()
		h.t.Fatalf("waiting for %s: %v\njobs: %+v\nregistrations: %d sessions: %d envs: %v\nlogs:\n%s",
			what, err, st.JobCounts(), len(st.Registrations), len(st.Sessions), h.backend.Names(), h.logs.String())
	}
}

// eventually polls cond until it holds or the timeout passes.
func (h *harness) eventually(what string, timeout time.Duration, cond func() bool) {
	h.t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			h.t.Fatalf("timed out waiting for %s; logs:\n%s", what, h.logs.String())
		}
		select {
		case <-h.sim.Changed():
		case <-h.backend.Changed():
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// status returns the daemon's status.
func (h *harness) status(d *Daemon) *messages.Status {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	st, err := d.Status(ctx)
	if err != nil {
		h.t.Fatal(err)
	}
	return st
}

// scaleSet returns one scale set's snapshot.
func (h *harness) scaleSet(d *Daemon, name string) messages.ScaleSetSnapshot {
	h.t.Helper()
	for _, s := range h.status(d).ScaleSets {
		if s.Name == name {
			return s
		}
	}
	h.t.Fatalf("no scale set %q in status", name)
	return messages.ScaleSetSnapshot{}
}

// drain drains the daemon and waits until it is done.
func (h *harness) drain(d *Daemon, deadline time.Duration) {
	h.t.Helper()
	d.Drain(time.Now().Add(deadline))
	select {
	case <-d.Done():
	case <-time.After(deadline + 30*time.Second):
		h.t.Fatalf("daemon did not drain; logs:\n%s", h.logs.String())
	}
}

// assertNoLeaks checks that nothing is left in the simulator or backend.
func (h *harness) assertNoLeaks() {
	h.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		st := h.sim.State()
		if len(st.Registrations) == 0 && len(st.Sessions) == 0 && h.backend.Live() == 0 {
			return
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("leaked: registrations %+v, sessions %+v, environments %v\nlogs:\n%s", st.Registrations, st.Sessions, h.backend.Names(), h.logs.String())
		}
		select {
		case <-h.sim.Changed():
		case <-h.backend.Changed():
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// enqueue enqueues count jobs for labels.
func (h *harness) enqueue(count int, spec ghsim.JobSpec) []int64 {
	h.t.Helper()
	ids, err := h.sim.EnqueueJobs(spec, count)
	if err != nil {
		h.t.Fatal(err)
	}
	return ids
}

// allDone reports whether every job finished (completed or canceled).
func allDone(total int) func(ghsim.State) bool {
	return func(st ghsim.State) bool {
		c := st.JobCounts()
		return c.Completed+c.Canceled >= total
	}
}

// backendsOwner is the ownership of a test scale set's environments.
func backendsOwner(daemonID, scaleSet string) backends.Ownership {
	return backends.Ownership{DaemonID: daemonID, ScaleSet: scaleSet}
}
