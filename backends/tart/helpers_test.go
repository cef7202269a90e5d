//go:build unix

// The tests drive a stand-in tart that needs Unix process control.

package tart

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/testutil/testlog"
	"github.com/outrunner/outrunner/internal/testutil/testwait"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fakeTart is the stand-in tart executable built by TestMain.
var fakeTart string

// testImage is an OCI image the stand-in registry knows.
const testImage = "ghcr.io/cirruslabs/macos-sequoia-base:latest"

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "faketart-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fakeTart = filepath.Join(dir, "tart")
	build := exec.Command("go", "build", "-o", fakeTart, "github.com/outrunner/outrunner/backends/tart/internal/faketart")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building the stand-in tart:", err)
		os.Exit(1)
	}
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

// control mirrors the stand-in's control.json.
type control struct {
	Images               []string `json:"images"`
	CloneError           string   `json:"clone_error,omitempty"`
	CloneHang            bool     `json:"clone_hang,omitempty"`
	SetError             bool     `json:"set_error,omitempty"`
	RunError             string   `json:"run_error,omitempty"`
	ExecNotReady         int      `json:"exec_not_ready,omitempty"`
	ExecInteractiveError bool     `json:"exec_interactive_error,omitempty"`
	ExecNeedsTTY         bool     `json:"exec_needs_tty,omitempty"`
	StopHang             bool     `json:"stop_hang,omitempty"`
	DeleteError          bool     `json:"delete_error,omitempty"`
}

// testEnv is one test's stand-in Tart host and daemon state directory.
type testEnv struct {
	t       *testing.T
	home    string // FAKETART_HOME
	state   string // Options.StateDir
	scripts string // runner scripts ("inside the image")
	logs    *testlog.Buffer
	runner  string // default runner_cmd
	mu      sync.Mutex
	jits    []string
	provs   []*Provisioner
}

// runnerScript is the emulated actions runner: it records the JIT config it
// got in its environment, prints a little, and exits with the code a test
// writes into the guest's "finish" file.
const runnerScriptText = `#!/bin/sh
printf '%s' "$ACTIONS_RUNNER_INPUT_JITCONFIG" > jit.txt
echo "runner: listening for jobs"
echo "runner: a line on stderr" >&2
while [ ! -f finish ]; do sleep 0.02; done
exit "$(cat finish)"
`

func newEnv(t *testing.T) *testEnv {
	t.Helper()
	base := t.TempDir()
	e := &testEnv{
		t:       t,
		home:    filepath.Join(base, "tarthome"),
		state:   filepath.Join(base, "state"),
		scripts: filepath.Join(base, "scripts"),
		logs:    &testlog.Buffer{},
	}
	for _, d := range []string{e.home, e.scripts} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	e.runner = e.script("run.sh", runnerScriptText)
	e.setControl(control{})
	t.Cleanup(e.cleanup)
	return e
}

// script writes an executable script and returns its path.
func (e *testEnv) script(name, text string) string {
	e.t.Helper()
	path := filepath.Join(e.scripts, name)
	if err := os.WriteFile(path, []byte(text), 0o700); err != nil {
		e.t.Fatal(err)
	}
	return path
}

// setControl writes the stand-in's knobs; the test image is always known.
func (e *testEnv) setControl(c control) {
	e.t.Helper()
	c.Images = append(c.Images, testImage)
	b, err := json.Marshal(c)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(e.home, "control.json"), b, 0o600); err != nil {
		e.t.Fatal(err)
	}
}

// options returns fast test settings for the given owner.
func (e *testEnv) options(owner backends.Ownership) Options {
	return Options{
		Owner:            owner,
		Logger:           slog.New(slog.NewTextHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		TartPath:         fakeTart,
		Env:              []string{"FAKETART_HOME=" + e.home},
		StateDir:         e.state,
		BootPollInterval: 10 * time.Millisecond,
		ProbeTimeout:     5 * time.Second,
		WaitPollInterval: 20 * time.Millisecond,
		StopGrace:        time.Second,
		KillDelay:        2 * time.Second,
		CleanupTimeout:   20 * time.Second,
	}
}

// provisioner builds a Provisioner; mutate may adjust the options.
func (e *testEnv) provisioner(owner backends.Ownership, mutate func(*Options)) *Provisioner {
	e.t.Helper()
	opts := e.options(owner)
	if mutate != nil {
		mutate(&opts)
	}
	p, err := New(opts)
	if err != nil {
		e.t.Fatal(err)
	}
	e.mu.Lock()
	e.provs = append(e.provs, p)
	e.mu.Unlock()
	return p
}

// request builds a runner request with a unique JIT config.
func (e *testEnv) request(name string, mutate func(*config.TartImage)) *backends.RunnerRequest {
	t := &config.TartImage{
		Image:       testImage,
		RunnerCmd:   e.runner,
		BootTimeout: config.Duration(10 * time.Second),
	}
	if mutate != nil {
		mutate(t)
	}
	rc := &config.RunnerConfig{Name: "mac", Tart: t}
	rc.ApplyBackendDefaults()
	jit := fmt.Sprintf("eyJKSVQtU0VDUkVULSVzIjp%s%d", strings.ReplaceAll(name, "-", ""), time.Now().UnixNano())
	e.mu.Lock()
	e.jits = append(e.jits, jit)
	e.mu.Unlock()
	return &backends.RunnerRequest{Name: name, JITConfig: jit, Runner: rc}
}

// guest returns the guest directory of a VM (the runner's working directory).
func (e *testEnv) guest(name string) string { return filepath.Join(e.home, "vms", name, "guest") }

// finish makes the emulated runner in the VM exit with code.
func (e *testEnv) finish(name string, code int) {
	e.t.Helper()
	if err := os.WriteFile(filepath.Join(e.guest(name), "finish"), []byte(strconv.Itoa(code)), 0o600); err != nil {
		e.t.Fatal(err)
	}
}

// crash makes the VM's "tart run" exit as if the VM crashed.
func (e *testEnv) crash(name string) {
	e.t.Helper()
	if err := os.WriteFile(filepath.Join(e.home, "vms", name, "crash"), nil, 0o600); err != nil {
		e.t.Fatal(err)
	}
}

// tart runs the stand-in directly, as another tool on the host would.
func (e *testEnv) tart(args ...string) (string, error) {
	cmd := exec.Command(fakeTart, args...)
	cmd.Env = append(os.Environ(), "FAKETART_HOME="+e.home)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// runForeign starts a VM that no outrunner marker describes.
func (e *testEnv) runForeign(name string) {
	e.t.Helper()
	if out, err := e.tart("clone", testImage, name); err != nil {
		e.t.Fatalf("clone %s: %v: %s", name, err, out)
	}
	cmd := exec.Command(fakeTart, "run", name, "--no-graphics")
	cmd.Env = append(os.Environ(), "FAKETART_HOME="+e.home)
	if err := cmd.Start(); err != nil {
		e.t.Fatal(err)
	}
	go func() { _ = cmd.Wait() }()
	e.eventually(func() bool { return e.running(name) }, "foreign VM %s running", name)
}

// running reports whether the stand-in shows the VM running.
func (e *testEnv) running(name string) bool {
	out, err := e.tart("list", "--source", "local", "--format", "json")
	if err != nil {
		e.t.Fatalf("tart list: %v: %s", err, out)
	}
	var rows []listEntry
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		e.t.Fatal(err)
	}
	for _, r := range rows {
		if r.Name == name {
			return r.running()
		}
	}
	return false
}

// vmDirs lists every VM directory in the stand-in, complete or not.
func (e *testEnv) vmDirs() []string {
	entries, err := os.ReadDir(filepath.Join(e.home, "vms"))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		e.t.Fatal(err)
	}
	var names []string
	for _, en := range entries {
		names = append(names, en.Name())
	}
	return names
}

// files lists the files in a state subdirectory.
func (e *testEnv) files(sub string) []string {
	entries, err := os.ReadDir(filepath.Join(e.state, sub))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		e.t.Fatal(err)
	}
	var names []string
	for _, en := range entries {
		names = append(names, en.Name())
	}
	return names
}

// argv returns every recorded tart invocation.
func (e *testEnv) argv() [][]string {
	b, err := os.ReadFile(filepath.Join(e.home, "argv.log"))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		e.t.Fatal(err)
	}
	var out [][]string
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if line == "" {
			continue
		}
		var args []string
		if err := json.Unmarshal([]byte(line), &args); err != nil {
			e.t.Fatal(err)
		}
		out = append(out, args)
	}
	return out
}

// invoked reports whether a tart subcommand was ever called with this VM name.
func (e *testEnv) invoked(sub, name string) bool {
	for _, a := range e.argv() {
		if len(a) > 0 && a[0] == sub && contains(a, name) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// eventually polls cond until it holds or five seconds pass.
func (e *testEnv) eventually(cond func() bool, format string, args ...any) {
	e.t.Helper()
	testwait.Until(e.t, 5*time.Second, fmt.Sprintf(format, args...), cond)
}

// assertClean checks that nothing of the named runner is left: no VM
// directory, no marker, no output file, no host slot, no record.
func (e *testEnv) assertClean(p *Provisioner, name string) {
	e.t.Helper()
	if contains(e.vmDirs(), name) {
		e.t.Errorf("VM %s was left behind", name)
	}
	for _, sub := range []string{"markers", "output"} {
		for _, f := range e.files(sub) {
			if strings.HasPrefix(f, name+".") {
				e.t.Errorf("%s/%s was left behind", sub, f)
			}
		}
	}
	host.mu.Lock()
	_, held := host.held[name]
	host.mu.Unlock()
	if held {
		e.t.Errorf("host slot of %s was left behind", name)
	}
	p.mu.Lock()
	_, known := p.vms[name]
	p.mu.Unlock()
	if known {
		e.t.Errorf("provisioner still tracks %s", name)
	}
}

// assertNoJIT checks that no JIT config handed out in this test appears in
// any recorded tart argument list, in the logs, or in any file of the state
// directory or the stand-in's home — except inside a VM's guest directory,
// where the emulated runner stores what it received.
func (e *testEnv) assertNoJIT() {
	e.t.Helper()
	e.mu.Lock()
	jits := append([]string(nil), e.jits...)
	e.mu.Unlock()
	logs := e.logs.String()
	for _, jit := range jits {
		for _, a := range e.argv() {
			for _, arg := range a {
				if strings.Contains(arg, jit) {
					e.t.Errorf("JIT config on a tart command line: %q", a)
				}
			}
		}
		if strings.Contains(logs, jit) {
			e.t.Errorf("JIT config in the logs")
		}
	}
	for _, root := range []string{e.state, e.home} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			if rel, _ := filepath.Rel(e.home, path); strings.Contains(rel, string(filepath.Separator)+"guest"+string(filepath.Separator)) {
				return nil
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for _, jit := range jits {
				if bytes.Contains(b, []byte(jit)) {
					e.t.Errorf("JIT config in file %s", path)
				}
			}
			return nil
		})
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			e.t.Error(err)
		}
	}
}

// cleanup checks for leaked credentials, then stops whatever a failed test
// left running and gives up the test's host slots.
func (e *testEnv) cleanup() {
	e.assertNoJIT()
	for _, name := range e.vmDirs() {
		if b, err := os.ReadFile(filepath.Join(e.home, "vms", name, "run.pid")); err == nil {
			if pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil && pid > 0 {
				_ = syscall.Kill(pid, syscall.SIGKILL)
			}
		}
	}
	e.mu.Lock()
	provs := e.provs
	e.mu.Unlock()
	for _, p := range provs {
		p.mu.Lock()
		var names []string
		for n := range p.vms {
			names = append(names, n)
		}
		p.mu.Unlock()
		for _, n := range names {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			_ = p.Stop(ctx, n)
			cancel()
		}
		_ = p.Close()
	}
	for _, name := range e.vmDirs() {
		host.release(name)
	}
	host.mu.Lock()
	host.foreign = nil
	host.observed = time.Time{}
	host.mu.Unlock()
}

// ctx returns a context that ends with the test or after d.
func ctxFor(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// isNotFound reports whether err wraps backends.ErrNotFound.
func isNotFound(err error) bool { return errors.Is(err, backends.ErrNotFound) }
