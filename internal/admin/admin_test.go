package admin

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/messages"
)

// fakeDaemon answers with canned values and records drains.
type fakeDaemon struct {
	mu        sync.Mutex
	status    *messages.Status
	statusErr error
	plan      config.Plan
	reloadErr error
	cfg       *config.Config
	fps       map[string]string
	drained   []string
}

func (f *fakeDaemon) Status(context.Context) (*messages.Status, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.status, f.statusErr
}

func (f *fakeDaemon) Reload(context.Context) (config.Plan, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.plan, f.reloadErr
}

// set changes the fake's answers while a server may be reading them.
func (f *fakeDaemon) set(change func(f *fakeDaemon)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	change(f)
}
func (f *fakeDaemon) RunningConfig() (*config.Config, map[string]string) { return f.cfg, f.fps }

func (f *fakeDaemon) DrainScaleSet(_ context.Context, name string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.cfg == nil || f.cfg.Runners[name].Name == "" {
		return fmt.Errorf("%w %q", ErrUnknownScaleSet, name)
	}
	f.drained = append(f.drained, name)
	return nil
}

func newFake(t *testing.T) *fakeDaemon {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config.yml")
	if err := os.WriteFile(p, []byte(`url: https://github.com/o
daemon_id: host-1
runners:
  linux:
    labels: [linux]
    docker: {image: r, env: {API_TOKEN: hunter2-secret}}
`), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.LoadConfig(p)
	if err != nil {
		t.Fatal(err)
	}
	return &fakeDaemon{
		status: &messages.Status{DaemonID: "host-1", PID: 42, ScaleSets: []messages.ScaleSetSnapshot{{
			Name: "linux", State: "active", Listener: messages.ListenerListening,
			Runners: []messages.RunnerSnapshot{{Name: "runner-linux-1", Phase: messages.RunnerIdle, RunnerID: 7}},
		}}, Actors: []messages.ActorStats{{Path: "root", Kind: "root", ReceiveP99: 3 * time.Millisecond}}},
		plan: config.Plan{Changes: []config.Change{{ScaleSet: "linux", Kinds: []config.ChangeKind{config.ChangeLimits},
			Details: []string{"max_runners 2 → 4 (live)"}}}, NeedRestart: []string{"log.format"}},
		cfg: cfg,
		fps: map[string]string{"linux": "https://github.com/o|pat:abc"},
	}
}

var metricsHandler = http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4")
	_, _ = io.WriteString(w, "# TYPE outrunner_up gauge\noutrunner_up 1\n")
})

func TestHandler(t *testing.T) {
	invalid := &config.ValidationError{Problems: []config.Problem{
		{Source: "/etc/outrunner/config.yml", Line: 5, Key: "runners.linux.max_runner", Message: "unknown key"},
		{Source: "/etc/outrunner/config.yml", Line: 3, Key: "runners.linux", Message: "both docker and tart are set"},
	}}
	tests := []struct {
		name     string
		method   string
		path     string
		setup    func(f *fakeDaemon)
		metrics  http.Handler
		code     int
		contains []string
		absent   []string
	}{
		{name: "status", method: "GET", path: "/v1/status", code: 200,
			contains: []string{`"daemon_id": "host-1"`, `"phase": "idle"`, `"receive_p99_ns": 3000000`}},
		{name: "status fails", method: "GET", path: "/v1/status", setup: func(f *fakeDaemon) { f.statusErr = errors.New("root does not answer") },
			code: 500, contains: []string{`"error": "root does not answer"`}},
		{name: "config redacts", method: "GET", path: "/v1/config", code: 200,
			contains: []string{`"credential_fingerprints"`, `pat:abc`, `API_TOKEN: '[REDACTED `, `image: r`},
			absent:   []string{"hunter2-secret"}},
		{name: "reload applies", method: "POST", path: "/v1/reload", code: 200,
			contains: []string{`"plan": "~ linux: max_runners 2 → 4 (live)\n! log.format changed: takes effect after a restart\n"`, `"kinds": [`, `"limits"`}},
		{name: "reload refused", method: "POST", path: "/v1/reload", setup: func(f *fakeDaemon) { f.reloadErr = invalid },
			code: 422, contains: []string{"keeps the last good one", "config.yml:5: runners.linux.max_runner: unknown key", "config.yml:3: runners.linux: both"}},
		{name: "reload fails otherwise", method: "POST", path: "/v1/reload", setup: func(f *fakeDaemon) { f.reloadErr = errors.New("draining") },
			code: 500, contains: []string{`"error": "draining"`}},
		{name: "drain", method: "POST", path: "/v1/scalesets/linux/drain", code: 202, contains: []string{`"state": "draining"`}},
		{name: "drain unknown", method: "POST", path: "/v1/scalesets/nope/drain", code: 404, contains: []string{`no such scale set is running \"nope\"`}},
		{name: "metrics", method: "GET", path: "/metrics", metrics: metricsHandler, code: 200, contains: []string{"outrunner_up 1"}},
		{name: "no metrics", method: "GET", path: "/metrics", code: 404, contains: []string{`"error": "this daemon serves no metrics"`}},
		{name: "unknown path", method: "GET", path: "/v2/nothing", code: 404, contains: []string{`"error": "no such endpoint: GET /v2/nothing"`}},
		{name: "wrong method", method: "DELETE", path: "/v1/status", code: 405, contains: []string{`method not allowed (use GET)`}},
		{name: "get reload", method: "GET", path: "/v1/reload", code: 405, contains: []string{`use POST`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t)
			if tc.setup != nil {
				tc.setup(f)
			}
			rec := httptest.NewRecorder()
			NewHandler(f, tc.metrics, nil).ServeHTTP(rec, httptest.NewRequest(tc.method, tc.path, nil))
			body := rec.Body.String()
			if rec.Code != tc.code {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.code, body)
			}
			if tc.path != "/metrics" || tc.code != 200 {
				if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
					t.Errorf("content type %q", ct)
				}
				if !json.Valid(rec.Body.Bytes()) {
					t.Errorf("not JSON: %s", body)
				}
			}
			for _, s := range tc.contains {
				if !strings.Contains(body, s) {
					t.Errorf("body lacks %q:\n%s", s, body)
				}
			}
			for _, s := range tc.absent {
				if strings.Contains(body, s) {
					t.Errorf("body reveals %q", s)
				}
			}
		})
	}
}

// shortDir returns a temporary directory with a short path: unix socket
// paths are limited to about 100 bytes.
func shortDir(t *testing.T) string {
	t.Helper()
	d, err := os.MkdirTemp("", "adm")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(d) })
	return d
}

func TestServerAndClientOverASocket(t *testing.T) {
	f := newFake(t)
	path := filepath.Join(shortDir(t), "run", "admin.sock") // parent missing
	s, err := Listen(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Serve(f, metricsHandler, nil)
	closed := false
	defer func() {
		if !closed {
			_ = s.Close()
		}
	}()
	for p, want := range map[string]os.FileMode{path: 0o600, filepath.Dir(path): 0o700} {
		info, err := os.Lstat(p)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != want {
			t.Errorf("%s: mode %04o, want %04o", p, info.Mode().Perm(), want)
		}
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("the socket directory holds %v, want only the socket", entries)
	}

	ctx := context.Background()
	c := NewClient(path)
	st, err := c.Status(ctx)
	if err != nil || st.DaemonID != "host-1" || len(st.ScaleSets) != 1 || st.ScaleSets[0].Runners[0].Phase != messages.RunnerIdle {
		t.Fatalf("status %+v, %v", st, err)
	}
	raw, err := c.StatusJSON(ctx)
	if err != nil || !json.Valid(raw) || !strings.Contains(string(raw), `"daemon_id": "host-1"`) {
		t.Fatalf("raw status %s, %v", raw, err)
	}
	rc, err := c.Config(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rc.Config.Runners["linux"].Name != "linux" || rc.Fingerprints["linux"] != "https://github.com/o|pat:abc" || strings.Contains(rc.YAML, "hunter2") {
		t.Fatalf("config %+v", rc)
	}
	if p := config.Diff(rc.Config, rc.Config, rc.Fingerprints, rc.Fingerprints); !p.Empty() {
		t.Errorf("a configuration differs from itself: %s", p)
	}
	res, err := c.Reload(ctx)
	if err != nil || len(res.Changes) != 1 || res.Changes[0].ScaleSet != "linux" || !strings.Contains(res.Plan, "max_runners 2 → 4") {
		t.Fatalf("reload %+v, %v", res, err)
	}
	f.set(func(f *fakeDaemon) {
		f.reloadErr = &config.ValidationError{Problems: []config.Problem{{Source: "c.yml", Line: 2, Key: "url", Message: "bad"}}}
	})
	_, err = c.Reload(ctx)
	var refused *ReloadRefusedError
	if !errors.As(err, &refused) || len(refused.Problems) != 1 || !strings.Contains(err.Error(), "c.yml:2: url: bad") {
		t.Fatalf("refused reload: %v", err)
	}
	if err := c.DrainScaleSet(ctx, "linux"); err != nil {
		t.Fatalf("drain: %v", err)
	}
	f.set(func(f *fakeDaemon) {
		if len(f.drained) != 1 || f.drained[0] != "linux" {
			t.Errorf("drained %v", f.drained)
		}
	})
	if err := c.DrainScaleSet(ctx, "nope"); !errors.Is(err, ErrUnknownScaleSet) || !strings.Contains(err.Error(), "nope") {
		t.Fatalf("drain unknown: %v", err)
	}
	m, err := c.Metrics(ctx)
	if err != nil || !strings.Contains(string(m), "outrunner_up 1") {
		t.Fatalf("metrics %q %v", m, err)
	}
	f.set(func(f *fakeDaemon) { f.statusErr = errors.New("boom") })
	var se *StatusError
	if _, err := c.Status(ctx); !errors.As(err, &se) || se.Code != 500 || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("status error: %v", err)
	}

	// A second daemon on the same socket is refused.
	if _, err := Listen(path); err == nil || !strings.Contains(err.Error(), "another outrunner daemon answers on "+path) {
		t.Fatalf("second Listen: %v", err)
	}
	closed = true
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("socket left behind: %v", err)
	}
	if _, err := c.Status(ctx); !errors.Is(err, ErrNoDaemon) || !strings.Contains(err.Error(), "the socket does not exist") || !strings.Contains(err.Error(), path) {
		t.Fatalf("after close: %v", err)
	}
}

// staleSocket leaves a socket file nobody listens on at path.
func staleSocket(t *testing.T, path string) {
	t.Helper()
	ln, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false)
	_ = ln.Close()
}

func TestListenReplacesAStaleSocket(t *testing.T) {
	path := filepath.Join(shortDir(t), "admin.sock")
	staleSocket(t, path)
	_, err := NewClient(path).Status(context.Background())
	if !errors.Is(err, ErrNoDaemon) || !strings.Contains(err.Error(), "connection refused") {
		t.Fatalf("stale socket: %v", err)
	}
	s, err := Listen(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.Serve(newFake(t), nil, nil)
	if _, err := NewClient(path).Status(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestListenRefuses(t *testing.T) {
	dir := shortDir(t)
	file := filepath.Join(dir, "plain")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	long := filepath.Join(dir, strings.Repeat("x", 100))
	for _, tc := range []struct{ path, want string }{
		{file, "exists and is not a socket"},
		{long, "too long for a unix socket"},
		{"", "no socket path"},
	} {
		if s, err := Listen(tc.path); err == nil || !strings.Contains(err.Error(), tc.want) {
			if s != nil {
				_ = s.Close()
			}
			t.Errorf("Listen(%q) = %v, want %q", tc.path, err, tc.want)
		}
	}
	if _, err := os.Stat(file); err != nil {
		t.Errorf("the plain file was removed: %v", err)
	}
}

func TestCloseLeavesAReplacedSocket(t *testing.T) {
	path := filepath.Join(shortDir(t), "admin.sock")
	s, err := Listen(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Serve(newFake(t), nil, nil)
	// Someone replaced the socket (e.g. removed it by hand and another
	// daemon started): Close must not remove theirs.
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	staleSocket(t, path)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(path); err != nil {
		t.Fatalf("Close removed a socket it did not create: %v", err)
	}
}

func TestConnectErrors(t *testing.T) {
	c := NewClient("/run/x/admin.sock")
	dial := func(errno syscall.Errno) error {
		return &net.OpError{Op: "dial", Net: "unix", Err: os.NewSyscallError("connect", errno)}
	}
	tests := []struct {
		err    error
		noDmn  bool
		wantIs error
		want   string
	}{
		{dial(syscall.ENOENT), true, ErrNoDaemon, "no outrunner daemon is running at /run/x/admin.sock: the socket does not exist"},
		{dial(syscall.ECONNREFUSED), true, ErrNoDaemon, "connection refused"},
		{dial(syscall.EACCES), false, fs.ErrPermission, "cannot connect to the daemon at /run/x/admin.sock: permission denied"},
		{fmt.Errorf("get: %w", context.DeadlineExceeded), false, context.DeadlineExceeded, "did not answer"},
		{errors.New("EOF"), false, nil, "talking to the daemon at /run/x/admin.sock: EOF"},
	}
	for _, tc := range tests {
		got := c.connectError(tc.err)
		if errors.Is(got, ErrNoDaemon) != tc.noDmn || (tc.wantIs != nil && !errors.Is(got, tc.wantIs)) || !strings.Contains(got.Error(), tc.want) {
			t.Errorf("connectError(%v) = %v", tc.err, got)
		}
	}
}

func TestListenBeforeServe(t *testing.T) {
	path := filepath.Join(shortDir(t), "admin.sock")
	s, err := Listen(path)
	if err != nil {
		t.Fatal(err)
	}
	// The daemon is still starting: a second daemon is refused already,
	// and clients wait for answers.
	if _, err := Listen(path); err == nil || !strings.Contains(err.Error(), "another outrunner daemon answers") {
		t.Fatalf("second Listen before Serve: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, err := NewClient(path).Status(ctx); err == nil || !strings.Contains(err.Error(), "did not answer") {
		t.Fatalf("status before Serve: %v", err)
	}
	// Closing without serving removes the socket too.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("socket left behind: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
}
