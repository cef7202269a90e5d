package main

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/actions/scaleset"
	"github.com/outrunner/outrunner/internal/ghsim"
)

// buildSimrunner builds the static binary into a temporary directory.
func buildSimrunner(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "simrunner")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

type fixture struct {
	s   *ghsim.Server
	c   *scaleset.Client
	set int
	n   int
}

func newFixture(t *testing.T) *fixture {
	s, err := ghsim.New(ghsim.Options{PollHold: 100 * time.Millisecond, RunnerLostTimeout: 1500 * time.Millisecond, AssignWithoutAcquire: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	c, err := scaleset.NewClientWithPersonalAccessToken(scaleset.NewClientWithPersonalAccessTokenConfig{
		GitHubConfigURL: s.ConfigURL(), PersonalAccessToken: s.Token(),
	}, scaleset.WithRetryMax(0))
	if err != nil {
		t.Fatal(err)
	}
	set, err := c.CreateRunnerScaleSet(context.Background(), &scaleset.RunnerScaleSet{Name: "bin", RunnerGroupID: 1})
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{s: s, c: c, set: set.ID}
}

func (f *fixture) jit(t *testing.T) string {
	t.Helper()
	f.n++
	cfg, err := f.c.GenerateJitRunnerConfig(context.Background(), &scaleset.RunnerScaleSetJitRunnerSetting{Name: "bin-" + string(rune('a'+f.n))}, f.set)
	if err != nil {
		t.Fatal(err)
	}
	return cfg.EncodedJITConfig
}

// runBinary runs the binary with the JIT config in the environment and
// returns its exit code and stderr.
func runBinary(t *testing.T, bin, jit string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin)
	cmd.Env = append(os.Environ(), jitConfigEnv+"="+jit)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0, stderr.String()
	case errors.As(err, &exit):
		return exit.ExitCode(), stderr.String()
	default:
		t.Fatalf("running simrunner: %v", err)
		return -1, ""
	}
}

func TestBinary(t *testing.T) {
	bin := buildSimrunner(t)
	out, err := exec.Command("file", bin).Output()
	if err == nil && !strings.Contains(string(out), "statically linked") {
		t.Fatalf("simrunner is not static: %s", out)
	}
	f := newFixture(t)

	id, _ := f.s.EnqueueJob(ghsim.JobSpec{Labels: []string{"bin"}, Duration: ghsim.Duration(20 * time.Millisecond), Result: ghsim.ResultFailed})
	jit := f.jit(t)
	code, stderr := runBinary(t, bin, jit)
	if code != 0 {
		t.Fatalf("exit %d after a job: %s", code, stderr)
	}
	if strings.Contains(stderr, jit) {
		t.Fatal("the JIT config appears in the runner's log")
	}
	st := f.s.State()
	if j, _ := st.Job(id); j.Result != ghsim.ResultFailed || len(st.Registrations) != 0 {
		t.Fatalf("after the binary ran: job %+v, registrations %+v", j, st.Registrations)
	}
	if code, stderr := runBinary(t, bin, jit); code == 0 || !strings.Contains(stderr, "registration") {
		t.Fatalf("second use of a JIT config: exit %d: %s", code, stderr)
	}

	exitID, _ := f.s.EnqueueJob(ghsim.JobSpec{Labels: []string{"bin"}, Behavior: ghsim.BehaviorExitEarly})
	if code, stderr := runBinary(t, bin, f.jit(t)); code == 0 || !strings.Contains(stderr, "before taking a job") {
		t.Fatalf("exit_early: exit %d: %s", code, stderr)
	}
	if code, stderr := runBinary(t, bin, f.jit(t)); code != 0 {
		t.Fatalf("runner after an early exit: exit %d: %s", code, stderr)
	}
	if j, _ := f.s.Job(exitID); j.Result != ghsim.ResultSucceeded {
		t.Fatalf("job after an early exit: %+v", j)
	}

	crashID, _ := f.s.EnqueueJob(ghsim.JobSpec{Labels: []string{"bin"}, Behavior: ghsim.BehaviorCrash, Duration: ghsim.Duration(20 * time.Millisecond)})
	if code, stderr := runBinary(t, bin, f.jit(t)); code == 0 || !strings.Contains(stderr, "crashed") {
		t.Fatalf("crash: exit %d: %s", code, stderr)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := f.s.WaitFor(ctx, func(st ghsim.State) bool { j, _ := st.Job(crashID); return j.Result == ghsim.ResultFailed }); err != nil {
		t.Fatalf("crashed runner's job never failed: %v", err)
	}
}

func TestRunArguments(t *testing.T) {
	var stderr bytes.Buffer
	noEnv := func(string) string { return "" }
	if code := run(nil, noEnv, &stderr); code != 2 || !strings.Contains(stderr.String(), jitConfigEnv) {
		t.Fatalf("no config: exit %d: %s", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"--bogus"}, noEnv, &stderr); code != 2 {
		t.Fatalf("bad flag: exit %d", code)
	}
	stderr.Reset()
	if code := run([]string{"--jitconfig", "garbage"}, noEnv, &stderr); code != 1 || !strings.Contains(stderr.String(), "invalid JIT config") {
		t.Fatalf("bad config: exit %d: %s", code, stderr.String())
	}
	f := newFixture(t)
	_, _ = f.s.EnqueueJob(ghsim.JobSpec{Labels: []string{"bin"}})
	stderr.Reset()
	env := func(k string) string {
		if k == jitConfigEnv {
			return f.jit(t)
		}
		return ""
	}
	// The environment wins over the flag.
	if code := run([]string{"--jitconfig", "garbage", "--verbose"}, env, &stderr); code != 0 {
		t.Fatalf("config from the environment: exit %d: %s", code, stderr.String())
	}
}

func TestServiceURLOverride(t *testing.T) {
	f := newFixture(t)
	target, err := url.Parse(f.s.URL())
	if err != nil {
		t.Fatal(err)
	}
	// A relay in front of the simulator stands for the VM's forward.
	var relayed atomic.Int64
	proxy := httputil.NewSingleHostReverseProxy(target)
	relay := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		relayed.Add(1)
		proxy.ServeHTTP(w, r)
	}))
	defer relay.Close()

	id, _ := f.s.EnqueueJob(ghsim.JobSpec{Labels: []string{"bin"}, Duration: ghsim.Duration(20 * time.Millisecond)})
	jit := f.jit(t)
	env := func(k string) string {
		switch k {
		case jitConfigEnv:
			return jit
		case serviceURLEnv:
			return relay.URL + "/"
		}
		return ""
	}
	var stderr bytes.Buffer
	if code := run(nil, env, &stderr); code != 0 {
		t.Fatalf("runner through the relay: exit %d: %s", code, stderr.String())
	}
	if relayed.Load() < 3 {
		t.Fatalf("only %d requests went through the override URL", relayed.Load())
	}
	if j, _ := f.s.Job(id); j.Result != ghsim.ResultSucceeded {
		t.Fatalf("job = %+v", j)
	}

	for _, bad := range []string{"10.0.2.100:80", "ftp://host/", "http://"} {
		stderr.Reset()
		env := func(k string) string {
			switch k {
			case jitConfigEnv:
				return f.jit(t)
			case serviceURLEnv:
				return bad
			}
			return ""
		}
		if code := run(nil, env, &stderr); code != 1 || !strings.Contains(stderr.String(), "service URL override") {
			t.Errorf("override %q: exit %d: %s", bad, code, stderr.String())
		}
	}
}
