package docker

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/api/types/image"
	"github.com/docker/docker/client"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/scrub"
	"github.com/outrunner/outrunner/internal/testutil/dockertest/engine"
	"github.com/outrunner/outrunner/internal/testutil/testlog"
)

// Integration tests run against the engine named by OUTRUNNER_TEST_DOCKER_HOST
// (scripts/testenv-docker.sh up writes it). Without it they skip, unless
// OUTRUNNER_REQUIRE_INTEGRATION=1 makes that a failure.
const (
	envTestHost       = "OUTRUNNER_TEST_DOCKER_HOST"
	envRequire        = "OUTRUNNER_REQUIRE_INTEGRATION"
	fakeRunnerImage   = "outrunner-test/fakerunner:latest"
	integrationBudget = 2 * time.Minute
)

var (
	fakeBinOnce sync.Once
	fakeBinPath string
	fakeBinErr  error

	importedMu sync.Mutex
	imported   = map[string]bool{}
)

func TestMain(m *testing.M) {
	code := m.Run()
	if fakeBinPath != "" {
		os.RemoveAll(filepath.Dir(fakeBinPath))
	}
	os.Exit(code)
}

// skipOrFail skips the test, or fails it when integration is required.
func skipOrFail(t testing.TB, format string, args ...any) {
	t.Helper()
	engine.SkipOrFail(t, format, args...)
}

// testEngine returns the test engine's host with the fake runner image
// imported, after checking that the engine answers.
func testEngine(t testing.TB) string {
	t.Helper()
	host := os.Getenv(envTestHost)
	if host == "" {
		skipOrFail(t, "docker integration test: %s is not set (run scripts/testenv-docker.sh up and source its env file)", envTestHost)
	}
	cli := rawClient(t, host)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := cli.Ping(ctx); err != nil {
		skipOrFail(t, "docker integration test: test engine %s does not answer: %v", host, err)
	}
	importFakeRunner(t, host)
	return host
}

// rawClient is a plain engine client for checks behind the provisioner's back.
func rawClient(t testing.TB, host string) *client.Client {
	t.Helper()
	return engine.Client(t, host)
}

// importFakeRunner builds testdata/fakerunner as a static binary (once) and
// imports it into the engine at host (once per engine).
func importFakeRunner(t testing.TB, host string) {
	t.Helper()
	fakeBinOnce.Do(func() {
		dir, err := os.MkdirTemp("", "outrunner-fakerunner-")
		if err != nil {
			fakeBinErr = err
			return
		}
		fakeBinPath = filepath.Join(dir, "fakerunner")
		cmd := exec.Command("go", "build", "-trimpath", "-o", fakeBinPath, "./testdata/fakerunner")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			fakeBinErr = fmt.Errorf("build fakerunner: %v\n%s", err, out)
		}
	})
	if fakeBinErr != nil {
		t.Fatal(fakeBinErr)
	}
	importedMu.Lock()
	defer importedMu.Unlock()
	if imported[host] {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := ImportBinaryImage(ctx, host, fakeBinPath, fakeRunnerImage); err != nil {
		t.Fatalf("import fake runner image: %v", err)
	}
	imported[host] = true
}

// randomHex returns n random bytes in hex.
func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// jit returns a fake JIT config that makes the fake runner behave as mode.
func jit(mode string) string { return mode + "." + randomHex(48) }

// fixture is a provisioner on the test engine with its own daemon ID; every
// container with that daemon ID is removed when the test ends.
type fixture struct {
	t     *testing.T
	host  string
	owner backends.Ownership
	p     *Provisioner
	cli   *client.Client
	logs  *testlog.Buffer
}

func newFixture(t *testing.T, host string) *fixture {
	t.Helper()
	f := &fixture{
		t:     t,
		host:  host,
		owner: backends.Ownership{DaemonID: "test-" + randomHex(4), ScaleSet: "linux"},
		cli:   rawClient(t, host),
		logs:  &testlog.Buffer{},
	}
	f.p = f.provisioner(f.owner, Options{StopGrace: 2 * time.Second})
	t.Cleanup(f.removeAll)
	return f
}

// provisioner returns another provisioner on the same engine.
func (f *fixture) provisioner(owner backends.Ownership, opts Options) *Provisioner {
	opts.Owner = owner
	opts.Config = &config.DockerImage{Host: f.host}
	opts.Logger = slog.New(slog.NewTextHandler(f.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	return newTestProvisioner(f.t, opts)
}

// removeAll removes every container of the fixture's daemon ID.
func (f *fixture) removeAll() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	list, err := f.cli.ContainerList(ctx, container.ListOptions{All: true,
		Filters: filters.NewArgs(filters.Arg("label", backends.LabelDaemon+"="+f.owner.DaemonID))})
	if err != nil {
		f.t.Errorf("cleanup: list: %v", err)
		return
	}
	for _, c := range list {
		if err := f.cli.ContainerRemove(ctx, c.ID, container.RemoveOptions{Force: true, RemoveVolumes: true}); err != nil && !cerrdefs.IsNotFound(err) {
			f.t.Errorf("cleanup: remove %s: %v", c.ID, err)
		}
	}
}

func (f *fixture) ctx() context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), integrationBudget)
	f.t.Cleanup(cancel)
	return ctx
}

// name returns a unique runner name.
func (f *fixture) name(prefix string) string { return prefix + "-" + randomHex(3) }

// start starts a runner of the fake image in the given mode.
func (f *fixture) start(name, jitConfig string, mod func(*config.DockerImage)) {
	f.t.Helper()
	d := config.DockerImage{Image: fakeRunnerImage, Network: "none", PullPolicy: PullNever}
	if mod != nil {
		mod(&d)
	}
	if err := f.p.Start(f.ctx(), testRequestWith(name, jitConfig, d)); err != nil {
		f.t.Fatalf("Start %s: %v", name, err)
	}
}

// exists reports whether a container with that name exists.
func (f *fixture) exists(name string) bool {
	f.t.Helper()
	_, err := f.cli.ContainerInspect(f.ctx(), name)
	if cerrdefs.IsNotFound(err) {
		return false
	}
	if err != nil {
		f.t.Fatal(err)
	}
	return true
}

// noSecret fails the test when the JIT config appears in the provisioner's logs.
func (f *fixture) noSecret(secret string) {
	f.t.Helper()
	if strings.Contains(f.logs.String(), secret) {
		f.t.Fatalf("JIT config found in the provisioner's logs:\n%s", f.logs.String())
	}
}

func TestIntegrationStartWaitStop(t *testing.T) {
	f := newFixture(t, testEngine(t))
	ctx := f.ctx()
	name, secret := f.name("ok"), jit("exit0")
	f.start(name, secret, nil)

	info, err := f.cli.ContainerInspect(ctx, name)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range slices.Concat([]string{info.Path}, info.Args, info.Config.Cmd, info.Config.Entrypoint) {
		if strings.Contains(a, secret) {
			t.Fatalf("JIT config in the container's command line: %q %q", info.Path, info.Args)
		}
	}
	if !slices.Contains(info.Config.Env, JITConfigEnv+"="+secret) {
		t.Fatalf("JIT config not in the container environment")
	}
	for k, v := range f.owner.Labels(name) {
		if info.Config.Labels[k] != v {
			t.Errorf("label %s = %q, want %q", k, info.Config.Labels[k], v)
		}
	}
	if info.HostConfig.Privileged || !slices.Contains(info.HostConfig.SecurityOpt, "no-new-privileges:true") {
		t.Errorf("privileged=%v securityopt=%q", info.HostConfig.Privileged, info.HostConfig.SecurityOpt)
	}
	if info.HostConfig.AutoRemove {
		t.Error("AutoRemove is on")
	}

	st, err := f.p.Wait(ctx, name)
	if err != nil {
		t.Fatal(err)
	}
	if st.Code != 0 || st.Reason != "exited" || st.LogTail != "" {
		t.Fatalf("Wait = %+v, want a clean exit", st)
	}
	if err := f.p.Stop(ctx, name); err != nil {
		t.Fatal(err)
	}
	if f.exists(name) {
		t.Fatal("container still exists after Stop")
	}
	if err := f.p.Stop(ctx, name); err != nil {
		t.Fatalf("second Stop: %v", err)
	}
	if _, err := f.p.Wait(ctx, name); !errors.Is(err, backends.ErrNotFound) {
		t.Fatalf("Wait on a removed container: %v, want ErrNotFound", err)
	}
	f.noSecret(secret)
}

func TestIntegrationJITNotOnHostCommandLines(t *testing.T) {
	f := newFixture(t, testEngine(t))
	ctx := f.ctx()
	name, secret := f.name("ps"), jit("sleep")
	f.start(name, secret, nil)
	info, err := f.cli.ContainerInspect(ctx, name)
	if err != nil {
		t.Fatal(err)
	}
	if info.State == nil || !info.State.Running || info.State.Pid == 0 {
		t.Fatalf("container not running: %+v", info.State)
	}
	// The runner process runs now; no process on the host may carry the
	// JIT config in its arguments.
	procs, err := filepath.Glob("/proc/[0-9]*/cmdline")
	if err != nil {
		t.Fatal(err)
	}
	seen := false
	for _, p := range procs {
		b, err := os.ReadFile(p)
		if err != nil {
			continue // the process exited
		}
		if p == fmt.Sprintf("/proc/%d/cmdline", info.State.Pid) {
			seen = true
		}
		if bytes.Contains(b, []byte(secret)) {
			t.Fatalf("JIT config on a host command line: %s: %q", p, bytes.ReplaceAll(b, []byte{0}, []byte{' '}))
		}
	}
	if !seen {
		t.Fatalf("the runner process %d was not among the host's processes; the check proves nothing", info.State.Pid)
	}
	if err := f.p.Stop(ctx, name); err != nil {
		t.Fatal(err)
	}
	f.noSecret(secret)
}

func TestIntegrationFailureLogTail(t *testing.T) {
	f := newFixture(t, testEngine(t))
	ctx := f.ctx()
	name, secret := f.name("fail"), jit("fail")
	f.start(name, secret, nil)
	st, err := f.p.Wait(ctx, name)
	if err != nil {
		t.Fatal(err)
	}
	if st.Code != 3 || st.Reason != "exited with code 3" {
		t.Fatalf("Wait = %+v, want exit code 3", st)
	}
	tail := st.LogTail
	if strings.Contains(tail, secret) {
		t.Fatalf("JIT config in the log tail:\n%s", tail)
	}
	for _, want := range []string{"fakerunner: job failed", "line 80", "line 75: jitconfig=" + scrub.Redacted} {
		if !strings.Contains(tail, want) {
			t.Errorf("log tail lacks %q:\n%s", want, tail)
		}
	}
	// The runner wrote 82 lines; the tail keeps the last 50 the engine
	// logged (stdout and stderr interleave in the order the engine read them).
	if n := strings.Count(tail, "\n") + 1; n != LogTailLines {
		t.Errorf("log tail has %d lines, want %d:\n%s", n, LogTailLines, tail)
	}
	if !strings.Contains(f.logs.String(), "runner container failed") {
		t.Errorf("failure not logged:\n%s", f.logs.String())
	}
	if err := f.p.Stop(ctx, name); err != nil {
		t.Fatal(err)
	}
	if f.exists(name) {
		t.Fatal("failed container kept without keep_failed")
	}
	if n := strings.Count(f.logs.String(), "runner container failed"); n != 1 {
		t.Errorf("failure logged %d times, want once", n)
	}
	f.noSecret(secret)
}

func TestIntegrationKilledFromOutside(t *testing.T) {
	f := newFixture(t, testEngine(t))
	ctx := f.ctx()
	name := f.name("kill")
	f.start(name, jit("sleep"), nil)

	type result struct {
		st  backends.ExitStatus
		err error
	}
	done := make(chan result, 1)
	go func() {
		st, err := f.p.Wait(ctx, name)
		done <- result{st, err}
	}()
	if err := f.cli.ContainerKill(ctx, name, "KILL"); err != nil {
		t.Fatal(err)
	}
	select {
	case r := <-done:
		if r.err != nil || r.st.Code != 137 || r.st.Reason != "killed (SIGKILL)" {
			t.Fatalf("Wait = %+v, %v; want code 137 killed", r.st, r.err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Wait did not return after the container was killed")
	}
	if err := f.p.Stop(ctx, name); err != nil {
		t.Fatal(err)
	}
}

func TestIntegrationStop(t *testing.T) {
	f := newFixture(t, testEngine(t))
	ctx := f.ctx()
	if err := f.p.Stop(ctx, "never-existed-"+randomHex(3)); err != nil {
		t.Fatalf("Stop of a missing container: %v", err)
	}

	// A runner that exits on SIGTERM stops gracefully.
	graceful := f.name("term")
	f.start(graceful, jit("sleep"), nil)
	if err := f.p.Stop(ctx, graceful); err != nil {
		t.Fatal(err)
	}
	if f.exists(graceful) {
		t.Fatal("container still exists after Stop")
	}

	// A runner that ignores SIGTERM is killed after the grace period.
	stubborn := f.name("stubborn")
	f.start(stubborn, jit("ignoreterm"), nil)
	begin := time.Now()
	if err := f.p.Stop(ctx, stubborn); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(begin); d > 15*time.Second {
		t.Errorf("Stop took %s with a 2s grace period", d)
	}
	if f.exists(stubborn) {
		t.Fatal("container still exists after Stop")
	}

	// A short deadline skips the grace period instead of overrunning.
	hurried := f.name("hurried")
	f.start(hurried, jit("ignoreterm"), nil)
	slow := f.provisioner(f.owner, Options{StopGrace: time.Minute})
	sctx, cancel := context.WithTimeout(ctx, 6*time.Second)
	defer cancel()
	if err := slow.Stop(sctx, hurried); err != nil {
		t.Fatalf("Stop within a 6s deadline and a 1m grace period: %v", err)
	}
	if f.exists(hurried) {
		t.Fatal("container still exists after Stop")
	}

	// Concurrent Stops of one runner all succeed.
	twice := f.name("twice")
	f.start(twice, jit("sleep"), nil)
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	for range 3 {
		wg.Go(func() { errs <- f.p.Stop(ctx, twice) })
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("concurrent Stop: %v", err)
		}
	}

	// A container that is not ours is left alone.
	foreign := f.name("foreign")
	created, err := f.cli.ContainerCreate(ctx, &container.Config{Image: fakeRunnerImage,
		Labels: map[string]string{backends.LabelDaemon: f.owner.DaemonID}}, &container.HostConfig{NetworkMode: "none"}, nil, nil, foreign)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.p.Stop(ctx, foreign); err == nil || !backends.IsPermanent(err) {
		t.Fatalf("Stop of a foreign container: %v, want a permanent error", err)
	}
	if _, err := f.cli.ContainerInspect(ctx, created.ID); err != nil {
		t.Fatalf("foreign container touched: %v", err)
	}
}

func TestIntegrationListAndAdopt(t *testing.T) {
	f := newFixture(t, testEngine(t))
	ctx := f.ctx()
	running, exited := f.name("run"), f.name("done")
	f.start(running, jit("sleep"), nil)
	f.start(exited, jit("exit0"), nil)
	if _, err := f.p.Wait(ctx, exited); err != nil {
		t.Fatal(err)
	}
	// A half-created container of ours, one of another scale set, and
	// look-alikes without our labels.
	partial := f.name("partial")
	mustCreate := func(name string, labels map[string]string) {
		t.Helper()
		if _, err := f.cli.ContainerCreate(ctx, &container.Config{Image: fakeRunnerImage, Labels: labels},
			&container.HostConfig{NetworkMode: "none"}, nil, nil, name); err != nil {
			t.Fatal(err)
		}
	}
	mustCreate(partial, f.owner.Labels(partial))
	other := backends.Ownership{DaemonID: f.owner.DaemonID, ScaleSet: "windows"}
	otherName := f.name("other")
	mustCreate(otherName, other.Labels(otherName))
	mustCreate(running+"-lookalike", map[string]string{"outrunner.name": running + "-lookalike"})
	defer f.cli.ContainerRemove(ctx, running+"-lookalike", container.RemoveOptions{Force: true})

	// A second provisioner with the same ownership (a restarted daemon)
	// finds the first one's containers.
	p2 := f.provisioner(f.owner, Options{})
	envs, err := p2.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]backends.EnvState{}
	for _, e := range envs {
		got[e.Name] = e.State
		if e.DaemonID != f.owner.DaemonID || e.ScaleSet != "linux" || e.CreatedAt.IsZero() {
			t.Errorf("environment %+v lacks ownership or creation time", e)
		}
	}
	want := map[string]backends.EnvState{running: backends.EnvRunning, exited: backends.EnvExited, partial: backends.EnvPartial}
	if !mapsEqual(got, want) {
		t.Fatalf("List = %v, want %v", got, want)
	}

	all := f.provisioner(backends.Ownership{DaemonID: f.owner.DaemonID}, Options{})
	if envs, err := all.List(ctx); err != nil || len(envs) != 4 {
		t.Fatalf("List of every scale set = %v, %v; want 4", envs, err)
	}
	stranger := f.provisioner(backends.Ownership{DaemonID: "someone-else", ScaleSet: "linux"}, Options{})
	if envs, err := stranger.List(ctx); err != nil || len(envs) != 0 {
		t.Fatalf("another daemon lists %v, %v", envs, err)
	}

	// The adopting provisioner waits for and stops the adopted runners.
	if st, err := p2.Wait(ctx, exited); err != nil || st.Code != 0 {
		t.Fatalf("adopted Wait = %+v, %v", st, err)
	}
	if st, err := p2.Wait(ctx, partial); err != nil || st.Code != -1 {
		t.Fatalf("Wait on a never-started container = %+v, %v; want code -1", st, err)
	}
	for _, n := range []string{running, exited, partial} {
		if err := p2.Stop(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
	if envs, err := f.p.List(ctx); err != nil || len(envs) != 0 {
		t.Fatalf("List after Stop = %v, %v; want none", envs, err)
	}
}

func mapsEqual[K comparable, V comparable](a, b map[K]V) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if bv, ok := b[k]; !ok || bv != v {
			return false
		}
	}
	return true
}

func TestIntegrationImagePolicy(t *testing.T) {
	f := newFixture(t, testEngine(t))
	ctx := f.ctx()
	missing := "outrunner-test/missing-" + randomHex(3) + ":never"
	err := f.p.Start(ctx, testRequestWith(f.name("never"), jit("exit0"), config.DockerImage{Image: missing, PullPolicy: PullNever, Network: "none"}))
	if !backends.IsPermanent(err) || !strings.Contains(err.Error(), missing) || !strings.Contains(err.Error(), "never") {
		t.Fatalf("missing image with pull_policy never: %v, want a permanent error naming the image", err)
	}
	err = f.p.Start(ctx, testRequestWith(f.name("bad"), jit("exit0"), config.DockerImage{Image: "Not//A:Valid:Ref", Network: "none"}))
	if !backends.IsPermanent(err) {
		t.Fatalf("invalid image reference: %v, want a permanent error", err)
	}
	t.Logf("invalid reference: %v", err)
	if envs, err := f.p.List(ctx); err != nil || len(envs) != 0 {
		t.Fatalf("failed starts left %v, %v", envs, err)
	}
}

// fakeRegistry is a registry on loopback (the engine trusts 127.0.0.0/8
// over plain HTTP) that knows no image: repositories under "down/" answer
// 503, every other manifest is unknown.
func fakeRegistry(t *testing.T) (addr string, hits *atomic.Int32) {
	t.Helper()
	hits = &atomic.Int32{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Docker-Distribution-API-Version", "registry/2.0")
		w.Header().Set("Content-Type", "application/json")
		switch {
		case r.URL.Path == "/v2/":
			fmt.Fprint(w, "{}")
		case strings.HasPrefix(r.URL.Path, "/v2/down/"):
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprint(w, `{"errors":[{"code":"UNAVAILABLE","message":"service unavailable"}]}`)
		default:
			w.WriteHeader(http.StatusNotFound)
			fmt.Fprint(w, `{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}`)
		}
	}))
	t.Cleanup(srv.Close)
	return strings.TrimPrefix(srv.URL, "http://"), hits
}

func TestIntegrationPullErrors(t *testing.T) {
	f := newFixture(t, testEngine(t))
	ctx := f.ctx()
	reg, hits := fakeRegistry(t)
	start := func(image, policy string) error {
		return f.p.Start(ctx, testRequestWith(f.name("pull"), jit("exit0"), config.DockerImage{Image: image, PullPolicy: policy, Network: "none"}))
	}

	// The registry answers and does not have the image: permanent.
	err := start(reg+"/outrunner/nonexistent:1", PullMissing)
	if !backends.IsPermanent(err) {
		t.Fatalf("pull of an image the registry does not have: %v, want a permanent error", err)
	}
	t.Logf("unknown image: %v", err)
	if hits.Load() == 0 {
		t.Fatal("the engine never asked the fake registry; the test proves nothing")
	}
	// The registry fails: retryable.
	err = start(reg+"/down/runner:1", PullMissing)
	if err == nil || backends.IsPermanent(err) {
		t.Fatalf("pull from a failing registry: %v, want a retryable error", err)
	}
	t.Logf("failing registry: %v", err)
	// Nothing listens: a network error, retryable.
	closed := "127.0.0.1:1/outrunner/runner:1"
	err = start(closed, PullMissing)
	if err == nil || backends.IsPermanent(err) {
		t.Fatalf("pull from an unreachable registry: %v, want a retryable error", err)
	}
	t.Logf("unreachable registry: %v", err)
	if !strings.Contains(f.logs.String(), "pulling image") || !strings.Contains(f.logs.String(), "image pull failed") {
		t.Errorf("pulls not logged:\n%s", f.logs.String())
	}

	// pull_policy always pulls even when the image is present; missing
	// uses the local copy.
	local := reg + "/outrunner/fakerunner:local"
	if err := f.cli.ImageTag(ctx, fakeRunnerImage, local); err != nil {
		t.Fatal(err)
	}
	defer f.cli.ImageRemove(ctx, local, image.RemoveOptions{})
	before := hits.Load()
	if err := start(local, PullAlways); err == nil {
		t.Fatal("pull_policy always started from the local copy without pulling")
	}
	if hits.Load() == before {
		t.Fatal("pull_policy always did not ask the registry")
	}
	before = hits.Load()
	if err := start(local, PullMissing); err != nil {
		t.Fatalf("pull_policy missing with a local image: %v", err)
	}
	if hits.Load() != before {
		t.Fatal("pull_policy missing asked the registry for a local image")
	}
}

func TestIntegrationStartFailureLeavesNothing(t *testing.T) {
	f := newFixture(t, testEngine(t))
	ctx := f.ctx()
	tests := []struct {
		name string
		mod  func(*config.DockerImage)
	}{
		// Fails at ContainerStart: the image has no such user.
		{"user", func(d *config.DockerImage) { d.User = "nosuchuser" }},
		// Fails at ContainerCreate: the bind source does not exist.
		{"mount", func(d *config.DockerImage) {
			d.Mounts = []config.DockerMount{{Source: "/nonexistent/" + randomHex(4), Target: "/x"}}
		}},
		// Fails at ContainerCreate or ContainerStart: no such network.
		{"network", func(d *config.DockerImage) { d.Network = "no-such-network-" + randomHex(3) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, secret := f.name(tt.name), jit("sleep")
			d := config.DockerImage{Image: fakeRunnerImage, Network: "none", PullPolicy: PullNever}
			tt.mod(&d)
			err := f.p.Start(ctx, testRequestWith(name, secret, d))
			if err == nil {
				t.Fatal("Start succeeded")
			}
			if !backends.IsPermanent(err) {
				t.Errorf("Start: %v, want a permanent error", err)
			}
			t.Logf("Start: %v", err)
			if !strings.Contains(err.Error(), name) || strings.Contains(err.Error(), secret) {
				t.Errorf("error %q must name the runner and not hold the JIT config", err)
			}
			if f.exists(name) {
				t.Fatal("failed Start left its container behind")
			}
			f.noSecret(secret)
		})
	}
}

func TestIntegrationReplaceStale(t *testing.T) {
	f := newFixture(t, testEngine(t))
	ctx := f.ctx()
	// An earlier attempt of the same runner left a container: replaced.
	name := f.name("retry")
	f.start(name, jit("exit0"), nil)
	if _, err := f.p.Wait(ctx, name); err != nil {
		t.Fatal(err)
	}
	f.start(name, jit("sleep"), nil)
	info, err := f.cli.ContainerInspect(ctx, name)
	if err != nil || !info.State.Running {
		t.Fatalf("replacement not running: %v", err)
	}
	// A foreign container with the runner's name: permanent error, kept.
	foreign := f.name("taken")
	created, err := f.cli.ContainerCreate(ctx, &container.Config{Image: fakeRunnerImage}, &container.HostConfig{NetworkMode: "none"}, nil, nil, foreign)
	if err != nil {
		t.Fatal(err)
	}
	defer f.cli.ContainerRemove(ctx, created.ID, container.RemoveOptions{Force: true})
	err = f.p.Start(ctx, testRequest(foreign, fakeRunnerImage, jit("exit0")))
	if !backends.IsPermanent(err) || !strings.Contains(err.Error(), "not owned") {
		t.Fatalf("Start over a foreign container: %v", err)
	}
	if _, err := f.cli.ContainerInspect(ctx, created.ID); err != nil {
		t.Fatalf("foreign container removed: %v", err)
	}
}

func TestIntegrationKeepFailed(t *testing.T) {
	f := newFixture(t, testEngine(t))
	ctx := f.ctx()
	keep := func(d *config.DockerImage) { d.KeepFailed = true }

	failedName, secret := f.name("kept"), jit("fail")
	f.start(failedName, secret, keep)
	if st, err := f.p.Wait(ctx, failedName); err != nil || st.Code != 3 {
		t.Fatalf("Wait = %+v, %v", st, err)
	}
	okName := f.name("fine")
	f.start(okName, jit("exit0"), keep)
	if st, err := f.p.Wait(ctx, okName); err != nil || st.Code != 0 {
		t.Fatalf("Wait = %+v, %v", st, err)
	}
	runningName := f.name("busy")
	f.start(runningName, jit("sleep"), keep)

	for _, n := range []string{failedName, okName, runningName} {
		if err := f.p.Stop(ctx, n); err != nil {
			t.Fatalf("Stop %s: %v", n, err)
		}
	}
	if f.exists(failedName) || f.exists(okName) || f.exists(runningName) {
		t.Fatal("a container kept its runner's name after Stop")
	}
	keptName := failedName + "-failed"
	if !f.exists(keptName) {
		t.Fatalf("failed container not kept as %s", keptName)
	}
	if envs, err := f.p.List(ctx); err != nil || len(envs) != 0 {
		t.Fatalf("List = %v, %v; a kept container is no live runner", envs, err)
	}
	kept, err := f.p.ListKept(ctx)
	if err != nil || len(kept) != 1 || kept[0].Name != keptName || kept[0].State != backends.EnvExited {
		t.Fatalf("ListKept = %+v, %v; want %s", kept, err, keptName)
	}
	// Stop with the runner's name again is a no-op; with the kept name it
	// removes the container.
	if err := f.p.Stop(ctx, failedName); err != nil || !f.exists(keptName) {
		t.Fatalf("Stop of the runner name again: %v (kept container exists: %v)", err, f.exists(keptName))
	}
	if err := f.p.Stop(ctx, keptName); err != nil {
		t.Fatal(err)
	}
	if f.exists(keptName) {
		t.Fatal("Stop of the kept name did not remove it")
	}
	f.noSecret(secret)
}

func TestIntegrationSSH(t *testing.T) {
	host := testEngine(t)
	dockerCLI, err := exec.LookPath("docker")
	if err != nil {
		skipOrFail(t, "ssh test: the docker CLI is not installed")
	}
	// A stand-in ssh runs the remote command (docker system dial-stdio)
	// locally against the test engine, so the test exercises the ssh://
	// connection helper without an ssh server.
	bin := t.TempDir()
	script := fmt.Sprintf("#!/bin/sh\nexec %q -H %q system dial-stdio\n", dockerCLI, host)
	if err := os.WriteFile(filepath.Join(bin, "ssh"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))

	f := newFixture(t, host)
	ctx := f.ctx()
	p := newTestProvisioner(t, Options{Owner: f.owner, Config: &config.DockerImage{Host: "ssh://ci@build-host"}})
	if err := p.Ping(ctx); err != nil {
		t.Fatalf("Ping over ssh: %v", err)
	}
	name := f.name("ssh")
	if err := p.Start(ctx, testRequestWith(name, jit("exit0"), config.DockerImage{Image: fakeRunnerImage, Network: "none", PullPolicy: PullNever})); err != nil {
		t.Fatal(err)
	}
	if st, err := p.Wait(ctx, name); err != nil || st.Code != 0 {
		t.Fatalf("Wait over ssh = %+v, %v", st, err)
	}
	if err := p.Stop(ctx, name); err != nil {
		t.Fatal(err)
	}
	if f.exists(name) {
		t.Fatal("container left after Stop over ssh")
	}
}

// BenchmarkStartStop compares Provisioner.Start (settings, image check,
// create, start: until the runner process runs) with the bare engine calls
// ContainerCreate+ContainerStart on the same image. Each iteration does one
// of each, interleaved so that both see the same machine load, and removes
// both containers (untimed). It reports the mean time of each start and
// their ratio.
func BenchmarkStartStop(b *testing.B) {
	host := testEngine(b)
	cli := rawClient(b, host)
	owner := backends.Ownership{DaemonID: "bench-" + randomHex(4), ScaleSet: "linux"}
	p := newTestProvisioner(b, Options{Owner: owner, Config: &config.DockerImage{Host: host}})
	ctx := context.Background()
	req := testRequestWith("", "", config.DockerImage{Image: fakeRunnerImage, Network: "none"})
	var provisioner, raw time.Duration
	n := 0
	for b.Loop() {
		r := *req
		r.Name, r.JITConfig = fmt.Sprintf("bench-p-%d-%s", n, randomHex(2)), jit("sleep")
		begin := time.Now()
		if err := p.Start(ctx, &r); err != nil {
			b.Fatal(err)
		}
		provisioner += time.Since(begin)

		name := fmt.Sprintf("bench-r-%d-%s", n, randomHex(2))
		begin = time.Now()
		c, err := cli.ContainerCreate(ctx, &container.Config{Image: fakeRunnerImage, Env: []string{JITConfigEnv + "=" + jit("sleep")}},
			&container.HostConfig{NetworkMode: "none"}, nil, nil, name)
		if err != nil {
			b.Fatal(err)
		}
		if err := cli.ContainerStart(ctx, c.ID, container.StartOptions{}); err != nil {
			b.Fatal(err)
		}
		raw += time.Since(begin)
		n++

		b.StopTimer()
		for _, id := range []string{r.Name, c.ID} {
			if err := cli.ContainerRemove(ctx, id, container.RemoveOptions{Force: true}); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
	}
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) / float64(n) }
	b.ReportMetric(ms(provisioner), "provisioner-ms/start")
	b.ReportMetric(ms(raw), "raw-ms/start")
	b.ReportMetric(float64(provisioner)/float64(raw), "ratio")
}

func TestIntegrationImportBinaryImage(t *testing.T) {
	host := testEngine(t)
	cli := rawClient(t, host)
	ctx, cancel := context.WithTimeout(context.Background(), integrationBudget)
	defer cancel()
	bin := filepath.Join(t.TempDir(), "runner")
	data, err := os.ReadFile(fakeBinPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	ref := "outrunner-test/import-" + randomHex(3) + ":1"
	defer cli.ImageRemove(ctx, ref, image.RemoveOptions{Force: true})

	if err := ImportBinaryImage(ctx, host, bin, ref); err != nil {
		t.Fatal(err)
	}
	first, err := cli.ImageInspect(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(first.Config.Entrypoint, []string{"/runner"}) || first.Config.Labels[LabelBinarySHA256] == "" {
		t.Fatalf("image config: entrypoint %q labels %v", first.Config.Entrypoint, first.Config.Labels)
	}
	// The same executable again: nothing new.
	if err := ImportBinaryImage(ctx, host, bin, ref); err != nil {
		t.Fatal(err)
	}
	if again, err := cli.ImageInspect(ctx, ref); err != nil || again.ID != first.ID {
		t.Fatalf("re-import of the same executable made a new image: %v", err)
	}
	// A changed executable replaces the image, and the old one goes.
	if err := os.WriteFile(bin, append(data, 0), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := ImportBinaryImage(ctx, host, bin, ref); err != nil {
		t.Fatal(err)
	}
	changed, err := cli.ImageInspect(ctx, ref)
	if err != nil || changed.ID == first.ID {
		t.Fatalf("changed executable not imported: %v", err)
	}
	if _, err := cli.ImageInspect(ctx, first.ID); !cerrdefs.IsNotFound(err) {
		t.Fatalf("the replaced image is still there: %v", err)
	}
	if err := ImportBinaryImage(ctx, host, filepath.Dir(bin), ref); err == nil {
		t.Fatal("a directory was imported as an executable")
	}
}
