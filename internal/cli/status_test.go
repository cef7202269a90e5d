package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/admin"
	"github.com/outrunner/outrunner/internal/testutil/testwait"
	"github.com/outrunner/outrunner/messages"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run go test -update to accept):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

// t0 is the fixed "now" of the rendering tests.
var t0 = time.Date(2026, 3, 30, 21, 8, 31, 0, time.UTC)

// sampleStatus is a daemon with two scale sets, runners in every phase, a
// refused reload and actors.
func sampleStatus() *messages.Status {
	return &messages.Status{
		DaemonID: "build-host-1", Version: "v1.4.0", PID: 4242, StartedAt: t0.Add(-3*time.Hour - 12*time.Minute),
		Config: messages.ConfigState{
			Path: "/etc/outrunner/config.yml", Generation: 3, LoadedAt: t0.Add(-time.Hour),
			LastReload:      t0.Add(-2 * time.Minute),
			LastReloadError: "/etc/outrunner/config.yml:5: runners.linux.max_runner: unknown key (did you mean \"max_runners\"?)\n/etc/outrunner/config.yml:9: runners.mac.tart.image: required",
			Pending:         []string{"metrics.listen"},
		},
		ScaleSets: []messages.ScaleSetSnapshot{
			{
				Name: "linux", State: "active", Backend: "docker", BackendHealthy: true, Listener: messages.ListenerListening,
				ListenerRestarts: 1, MaxRunners: 4, Capacity: 4, RunnerRestarts: 2,
				Statistics: messages.Statistics{AssignedJobs: 2, RunningJobs: 1},
				Runners: []messages.RunnerSnapshot{
					{Name: "linux-3fa2c1d0", RunnerID: 101, Phase: messages.RunnerRunning, PhaseSince: t0.Add(-4*time.Minute - 5*time.Second), Attempts: 1, JobID: "77"},
					{Name: "linux-9b07de11", RunnerID: 102, Phase: messages.RunnerIdle, PhaseSince: t0.Add(-30 * time.Second), Attempts: 1, Adopted: true},
					{Name: "linux-c0ffee00", Phase: messages.RunnerProvisioning, PhaseSince: t0.Add(-3 * time.Second), Attempts: 3, BackingOff: true,
						LastError: "docker: starting linux-c0ffee00: pulling ghcr.io/actions/actions-runner:latest: toomanyrequests: You have reached your pull rate limit"},
				},
			},
			{
				Name: "mac", State: "active", Backend: "tart", BackendHealthy: false, BackendError: "tart: executable not found in PATH",
				Listener: messages.ListenerBackoff, ListenerError: "session conflict\n(409)", MaxRunners: 2, Capacity: 0,
				Runners: []messages.RunnerSnapshot{{Name: "mac-00aa11bb", RunnerID: 7, Phase: messages.RunnerStopping, PhaseSince: t0.Add(-26 * time.Hour), Attempts: 1}},
				Failed:  []messages.RunnerSnapshot{{Name: "mac-deadbeef", Phase: messages.RunnerProvisioning, PhaseSince: t0.Add(-10 * time.Minute), Attempts: 5, GaveUp: true, LastError: "tart: clone failed"}},
			},
		},
		Actors: []messages.ActorStats{
			{Path: "root", Kind: "root", Messages: 12, ReceiveP50: 800 * time.Nanosecond, ReceiveP99: 15 * time.Microsecond},
			{Path: "root/linux/runner-linux-3fa2c1d0", Kind: "runner", Messages: 9, ReceiveP50: 21 * time.Microsecond, ReceiveP99: 1500 * time.Microsecond},
			{Path: "root/linux", Kind: "scaleset", Messages: 1530, MailboxDepth: 2, ReceiveP50: 40 * time.Microsecond, ReceiveP99: 2 * time.Millisecond, Restarts: 0},
			{Path: "root/linux-gpu", Kind: "scaleset", Messages: 3},
			{Path: "root/linux/listener", Kind: "listener", Messages: 88, ReceiveP50: 12 * time.Microsecond, ReceiveP99: 1200 * time.Millisecond,
				Restarts: 1, Failures: 1, LastFailure: "message session: 409 Conflict: a session already exists for this scale set"},
		},
	}
}

// fleetStatus is a fleet node that stands by for one scale set, then the
// same node cut off from etcd.
func fleetStatus() *messages.Status {
	st := &messages.Status{DaemonID: "host-b", PID: 7, StartedAt: t0.Add(-time.Hour),
		Config: messages.ConfigState{Path: "/c.yml", Generation: 1, LoadedAt: t0.Add(-time.Hour)},
		ScaleSets: []messages.ScaleSetSnapshot{
			{Name: "linux", State: messages.StateActive, Backend: "docker", BackendHealthy: true, Listener: messages.ListenerListening, MaxRunners: 4, Capacity: 4},
			{Name: "windows", State: messages.StateStandby, Backend: "libvirt", BackendHealthy: true, MaxRunners: 2},
		},
		Fleet: &messages.FleetStatus{Node: "host-b", Connected: true, LeaseTTL: 10 * time.Second, Leading: []string{"linux"}, LeaderChanges: 3,
			Leaders:         map[string]string{"linux": "host-b", "windows": "host-a", "gpu": ""},
			GitHubRateLimit: 5, GitHubRateBurst: 5,
			Placements: map[string]map[string]int{"linux": {"host-a": 1, "host-b": 3}, "windows": {"host-a": 2}},
			Nodes: []messages.FleetNode{
				{Name: "host-a", ScaleSets: []messages.FleetScaleSet{{Name: "linux", Backend: "docker", Capacity: 4, Load: 1}, {Name: "windows", Backend: "libvirt", Capacity: 2, Load: 2}}},
				{Name: "host-b", ScaleSets: []messages.FleetScaleSet{{Name: "linux", Backend: "docker", Capacity: 4, Load: 3}, {Name: "windows", Backend: "libvirt", Capacity: 0, Load: 0}}},
			}},
	}
	return st
}

func TestRenderStatus(t *testing.T) {
	tests := []struct {
		name   string
		status *messages.Status
	}{
		{"status.golden", sampleStatus()},
		{"status-fleet.golden", fleetStatus()},
		{"status-empty.golden", &messages.Status{DaemonID: "h", PID: 1, StartedAt: t0.Add(-5 * time.Second), Draining: true,
			Config: messages.ConfigState{Path: "/c.yml", Generation: 1, LoadedAt: t0.Add(-5 * time.Second)}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			renderStatus(&b, tc.status, t0)
			golden(t, tc.name, b.String())
		})
	}
}

func TestStatusFormatting(t *testing.T) {
	for _, tc := range []struct {
		got, want string
	}{
		{age(t0, t0.Add(time.Second)), "0s"},
		{age(t0, t0.Add(-59*time.Second)), "59s"},
		{age(t0, t0.Add(-61*time.Minute)), "1h01m"},
		{age(t0, t0.Add(-49*time.Hour)), "2d1h"},
		{age(t0, time.Time{}), "-"},
		{latency(0), "-"},
		{latency(999 * time.Nanosecond), "999ns"},
		{latency(2500 * time.Microsecond), "2.5ms"},
		{latency(3 * time.Second), "3.00s"},
		{cut("a\nb"), "a b"},
		{cut(strings.Repeat("é", 70)), strings.Repeat("é", 59) + "…"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

// statusDaemon serves a status through admin.Daemon.
type statusDaemon struct {
	mu    sync.Mutex
	st    *messages.Status
	calls int
}

func (d *statusDaemon) Status(context.Context) (*messages.Status, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.calls++
	cp := *d.st
	cp.PID = d.calls // tells refreshes apart
	return &cp, nil
}

func (d *statusDaemon) Reload(context.Context) (config.Plan, error) { return config.Plan{}, nil }

func (d *statusDaemon) DrainScaleSet(context.Context, string) error { return admin.ErrUnknownScaleSet }

func (d *statusDaemon) RunningConfig() (*config.Config, map[string]string) { return nil, nil }

// shortTempDir is a temporary directory short enough for unix sockets.
func shortTempDir(t *testing.T) string {
	t.Helper()
	d, err := os.MkdirTemp("", "cli")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(d) })
	return d
}

// serveAdmin starts an admin API for d and returns its socket.
func serveAdmin(t *testing.T, d admin.Daemon) string {
	t.Helper()
	return serveAdminAt(t, filepath.Join(shortTempDir(t), "admin.sock"), d)
}

// serveAdminAt starts an admin API for d on sock.
func serveAdminAt(t *testing.T, sock string, d admin.Daemon) string {
	t.Helper()
	s, err := admin.Listen(sock)
	if err != nil {
		t.Fatal(err)
	}
	s.Serve(d, nil, nil)
	t.Cleanup(func() { _ = s.Close() })
	return sock
}

// execute runs one command (not yet registered on the root) as Execute
// would, with g's global flags.
func execute(t *testing.T, newCmd func(*globalFlags) *cobra.Command, g *globalFlags, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cmd := newCmd(g)
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs(args)
	cmd.SilenceUsage, cmd.SilenceErrors = true, true
	err := cmd.Execute()
	var exit *exitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		code = exit.code
	default:
		errOut.WriteString(err.Error())
		code = 1
	}
	return code, out.String(), errOut.String()
}

func TestStatusCommand(t *testing.T) {
	d := &statusDaemon{st: sampleStatus()}
	sock := serveAdmin(t, d)
	cfgWithSocket := writeConfig(t, "url: https://github.com/o\nadmin: {socket: "+sock+"}\nrunners: {r: {labels: [l], sim: {}}}\n")
	missing := filepath.Join(shortTempDir(t), "none.sock")

	tests := []struct {
		name     string
		config   string
		args     []string
		code     int
		contains []string
		errs     []string
	}{
		{"tables via --socket", "/nonexistent.yml", []string{"--socket", sock}, 0,
			[]string{"daemon_id build-host-1", "SCALE SET", "linux-3fa2c1d0", "  listener"}, nil},
		{"socket from the config", cfgWithSocket, nil, 0, []string{"daemon_id build-host-1"}, nil},
		{"json", cfgWithSocket, []string{"--json"}, 0, []string{`"daemon_id": "build-host-1"`, `"phase": "running"`, `"receive_p99_ns": 1200000000`}, nil},
		{"no daemon, flag", "/nonexistent.yml", []string{"--socket", missing}, 1, nil,
			[]string{"no outrunner daemon is running at " + missing + ": the socket does not exist", "(socket from --socket)"}},
		{"no daemon, config", writeConfig(t, "url: https://github.com/o\nadmin: {socket: "+missing+"}\nrunners: {r: {labels: [l], sim: {}}}\n"), nil, 1, nil,
			[]string{"no outrunner daemon is running at " + missing, "socket from admin.socket in "}},
		{"no daemon, default", "/nonexistent.yml", nil, 1, nil,
			[]string{config.CurrentUserDefaults().AdminSocket, "socket from the default; /nonexistent.yml did not load"}},
		{"admin API disabled", writeConfig(t, "url: https://github.com/o\nadmin: {socket: \"\"}\nrunners: {r: {labels: [l], sim: {}}}\n"), nil, 1, nil,
			[]string{"the admin API is disabled (admin.socket is empty"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "no daemon, default" {
				if _, err := os.Stat(config.CurrentUserDefaults().AdminSocket); err == nil {
					t.Skip("a daemon's socket exists at the default path on this machine")
				}
			}
			code, out, errOut := execute(t, newStatusCommand, &globalFlags{configPath: tc.config}, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, out, errOut)
			}
			for _, s := range tc.contains {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tc.errs {
				if !strings.Contains(errOut, s) {
					t.Errorf("stderr lacks %q:\n%s", s, errOut)
				}
			}
			if tc.name == "json" && !json.Valid([]byte(out)) {
				t.Errorf("not JSON: %s", out)
			}
		})
	}
}

// blockWriter counts --watch refreshes and ends the watch after n.
type blockWriter struct {
	mu     sync.Mutex
	b      bytes.Buffer
	writes int
	n      int
	cancel context.CancelFunc
}

func (w *blockWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.writes++
	if w.writes == w.n {
		w.cancel()
	}
	return w.b.Write(p)
}

func TestStatusWatch(t *testing.T) {
	tests := []struct {
		name  string
		view  statusView
		check func(t *testing.T, out string)
	}{
		{"terminal redraws", statusView{watch: true, interactive: true}, func(t *testing.T, out string) {
			if strings.Count(out, clearScreen) != 3 || !strings.HasPrefix(out, enterFullScreen+clearScreen) || !strings.Contains(out, "Every 10ms") {
				t.Errorf("want 3 redraws in the alternate screen:\n%q", out)
			}
			if !strings.HasSuffix(out, leaveFullScreen) || strings.Count(out, leaveFullScreen) != 1 {
				t.Errorf("want the screen restored at the end:\n%q", out)
			}
		}},
		{"pipe prints blocks", statusView{watch: true}, func(t *testing.T, out string) {
			if strings.Contains(out, "\x1b") || strings.Count(out, "\n--- ") != 2 || !strings.HasPrefix(out, "--- ") {
				t.Errorf("want 3 plain blocks:\n%s", out)
			}
			for _, pid := range []string{"pid 1 ", "pid 2 ", "pid 3 "} {
				if !strings.Contains(out, pid) {
					t.Errorf("refresh with %q missing", pid)
				}
			}
		}},
		{"json lines", statusView{watch: true, json: true}, func(t *testing.T, out string) {
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) != 3 {
				t.Fatalf("want 3 JSON lines:\n%s", out)
			}
			for _, l := range lines {
				var st messages.Status
				if err := json.Unmarshal([]byte(l), &st); err != nil || st.DaemonID != "build-host-1" {
					t.Errorf("line %q: %v", l, err)
				}
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sock := serveAdmin(t, &statusDaemon{st: sampleStatus()})
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			w := &blockWriter{n: 3, cancel: cancel}
			var errOut bytes.Buffer
			if err := runStatus(ctx, w, &errOut, adminSocket{path: sock, source: "test"}, tc.view, 10*time.Millisecond); err != nil {
				t.Fatalf("%v %s", err, errOut.String())
			}
			tc.check(t, w.b.String())
		})
	}
}

func TestStatusWatchSurvivesADaemonRestart(t *testing.T) {
	dir := shortTempDir(t)
	sock := filepath.Join(dir, "admin.sock")
	s, err := admin.Listen(sock)
	if err != nil {
		t.Fatal(err)
	}
	s.Serve(&statusDaemon{st: sampleStatus()}, nil, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := &blockWriter{n: 1000, cancel: cancel}
	done := make(chan error, 1)
	go func() {
		done <- runStatus(ctx, w, &bytes.Buffer{}, adminSocket{path: sock, source: "test"}, statusView{watch: true}, 10*time.Millisecond)
	}()
	contains := func(s string) func() bool {
		return func() bool {
			w.mu.Lock()
			defer w.mu.Unlock()
			return strings.Contains(w.b.String(), s)
		}
	}
	testwait.Until(t, 10*time.Second, "the status view", contains("daemon_id build-host-1"))
	_ = s.Close()
	testwait.Until(t, 10*time.Second, "the lost-daemon notice", contains("the daemon does not answer: no outrunner daemon is running at "+sock))
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
