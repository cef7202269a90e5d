//go:build cgo && libvirt_dlopen

package libvirt

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	lv "libvirt.org/go/libvirt"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/testutil/testlog"
	"github.com/outrunner/outrunner/internal/testutil/testwait"
)

const testJIT = "eyJqaXQiOiJURVNULUpJVC1DT05GSUctc2VjcmV0In0="

// requireLibvirt0 skips when libvirt.so.0 cannot be loaded.
func requireLibvirt0(t *testing.T) {
	t.Helper()
	c, err := lv.NewConnect("test:///default")
	if err != nil {
		if strings.Contains(err.Error(), "libvirt.so.0") {
			t.Skipf("libvirt0 (libvirt.so.0) is not installed, skipping tests against libvirt's test driver (apt-get install -y libvirt0): %v", err)
		}
		t.Fatalf("open test:///default: %v", err)
	}
	t.Cleanup(func() { _, _ = c.Close() })
}

// testConn opens a connection to the test driver for direct inspection.
func testConn(t *testing.T) *lv.Connect {
	t.Helper()
	c, err := lv.NewConnect("test:///default")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _, _ = c.Close() })
	return c
}

// testEnv is a provisioner on the test driver with a fake guest agent.
type testEnv struct {
	p      *Provisioner
	agent  *fakeQGA
	dir    string
	golden string
	logs   *testlog.Buffer
	owner  backends.Ownership
}

// newTestEnv builds a provisioner for daemon/scaleset on test:///default.
// Overlays are plain files (the test driver opens no disks).
func newTestEnv(t *testing.T, owner backends.Ownership, dir string) *testEnv {
	t.Helper()
	requireLibvirt0(t)
	if dir == "" {
		dir = t.TempDir()
	}
	golden := filepath.Join(t.TempDir(), "golden.qcow2")
	if err := os.WriteFile(golden, append(append([]byte(nil), qcow2Magic...), make([]byte, 508)...), 0o600); err != nil {
		t.Fatal(err)
	}
	logs := &testlog.Buffer{}
	agent := newFakeQGA()
	p, err := New(Options{
		Owner:  owner,
		Config: &config.LibvirtImage{URI: "test:///default", OverlayDir: dir},
		Logger: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Agent:  agent,
	})
	if err != nil {
		t.Fatal(err)
	}
	p.agentInterval = 5 * time.Millisecond
	p.pollInterval = 10 * time.Millisecond
	p.makeOverlay = func(_ context.Context, g, overlay string) error {
		if g != golden {
			return fmt.Errorf("overlay on %s, want %s", g, golden)
		}
		return os.WriteFile(overlay, qcow2Magic, 0o600)
	}
	t.Cleanup(func() { _ = p.Close() })
	return &testEnv{p: p, agent: agent, dir: dir, golden: golden, logs: logs, owner: owner}
}

// request builds a start request; mod may change the libvirt block.
func (e *testEnv) request(name string, mod func(*config.LibvirtImage)) *backends.RunnerRequest {
	rc := &config.RunnerConfig{Name: e.owner.ScaleSet, Libvirt: &config.LibvirtImage{
		Path: e.golden, OverlayDir: e.dir, CPUs: 1, MemoryMB: 128,
		AgentTimeout: config.Duration(2 * time.Second),
	}}
	if mod != nil {
		mod(rc.Libvirt)
	}
	rc.ApplyBackendDefaults()
	return &backends.RunnerRequest{Name: name, JITConfig: testJIT, Runner: rc}
}

// files lists the overlay directory.
func (e *testEnv) files(t *testing.T) []string {
	t.Helper()
	ents, err := os.ReadDir(e.dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, en := range ents {
		out = append(out, en.Name())
	}
	return out
}

// domainExists reports whether the test driver has a domain of that name.
func domainExists(t *testing.T, c *lv.Connect, name string) bool {
	t.Helper()
	d, err := c.LookupDomainByName(name)
	if isLibvirtCode(err, lv.ERR_NO_DOMAIN) {
		return false
	}
	if err != nil {
		t.Fatal(err)
	}
	_ = d.Free()
	return true
}

// uniq makes names unique per test: the test driver's state is shared.
func uniq(t *testing.T, s string) string {
	return strings.Trim(nonNameRE.ReplaceAllString(strings.ToLower(t.Name()), "-"), "-") + "-" + s
}

var nonNameRE = regexp.MustCompile(`[^a-z0-9-]+`)

// assertNoSecret fails if the JIT config appears in s.
func assertNoSecret(t *testing.T, what, s string) {
	t.Helper()
	if strings.Contains(s, testJIT) || strings.Contains(s, "TEST-JIT-CONFIG") {
		t.Errorf("the JIT config leaked into %s: %s", what, s)
	}
}

func TestStartListWaitStop(t *testing.T) {
	owner := backends.Ownership{DaemonID: uniq(t, "d"), ScaleSet: "linux"}
	e := newTestEnv(t, owner, "")
	c := testConn(t)
	ctx := context.Background()
	name := uniq(t, "r1")

	if err := e.p.Start(ctx, e.request(name, nil)); err != nil {
		t.Fatal(err)
	}
	if !domainExists(t, c, name) {
		t.Fatal("no domain after Start")
	}
	d, err := c.LookupDomainByName(name)
	if err != nil {
		t.Fatal(err)
	}
	persistent, _ := d.IsPersistent()
	raw, err := d.GetMetadata(lv.DOMAIN_METADATA_ELEMENT, MetadataNamespace, lv.DOMAIN_AFFECT_LIVE)
	_ = d.Free()
	if err != nil {
		t.Fatal(err)
	}
	if persistent {
		t.Error("the domain is persistent; want transient")
	}
	m, err := parseOwnerMeta(raw)
	if err != nil {
		t.Fatal(err)
	}
	pid := e.agent.lastPID()
	if m.Daemon != owner.DaemonID || m.ScaleSet != "linux" || m.Runner != name || m.PID != pid ||
		m.Overlay != filepath.Join(e.dir, name+".qcow2") || time.Since(m.Created) > time.Minute {
		t.Errorf("metadata: %+v (pid %d)", m, pid)
	}
	if got := e.files(t); len(got) != 2 {
		t.Errorf("overlay dir holds %v, want the overlay and its sidecar", got)
	}

	envs, err := e.p.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(envs) != 1 || envs[0].Name != name || envs[0].State != backends.EnvRunning || envs[0].DaemonID != owner.DaemonID {
		t.Fatalf("List = %+v", envs)
	}

	// The runner got its JIT config through the environment only.
	cmds, execs := e.agent.snapshot()
	if len(execs) != 1 || execs[0].Path != config.DefaultLibvirtRunnerCmd || len(execs[0].Arg) != 0 || !execs[0].CaptureOutput {
		t.Fatalf("guest-exec calls: %+v", execs)
	}
	if !strings.Contains(strings.Join(execs[0].Env, "\n"), jitEnvVar+"="+testJIT) {
		t.Error("the JIT config is not in the runner's environment")
	}
	if n := strings.Count(strings.Join(cmds, "\n"), testJIT); n != 1 {
		t.Errorf("the JIT config was sent %d times to the agent", n)
	}

	done := make(chan backends.ExitStatus, 1)
	go func() {
		es, err := e.p.Wait(ctx, name)
		if err != nil {
			t.Error(err)
		}
		done <- es
	}()
	e.agent.exit(pid, 0, "job done\n", "")
	select {
	case es := <-done:
		if es.Code != 0 || es.Reason != "exited" || es.LogTail != "" {
			t.Errorf("Wait = %+v", es)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Wait did not return after the runner exited")
	}
	// A second Wait answers from the cache (qemu-ga forgets exited PIDs).
	if es, err := e.p.Wait(ctx, name); err != nil || es.Code != 0 {
		t.Errorf("second Wait = %+v, %v", es, err)
	}
	if envs, _ := e.p.List(ctx); len(envs) != 1 || envs[0].State != backends.EnvExited {
		t.Errorf("List after exit = %+v", envs)
	}

	if err := e.p.Stop(ctx, name); err != nil {
		t.Fatal(err)
	}
	if domainExists(t, c, name) {
		t.Error("domain left after Stop")
	}
	if got := e.files(t); len(got) != 0 {
		t.Errorf("files left after Stop: %v", got)
	}
	if err := e.p.Stop(ctx, name); err != nil {
		t.Errorf("second Stop: %v", err)
	}
	if envs, _ := e.p.List(ctx); len(envs) != 0 {
		t.Errorf("List after Stop = %+v", envs)
	}
	if _, err := e.p.Wait(ctx, name); !errors.Is(err, backends.ErrNotFound) {
		t.Errorf("Wait after Stop: %v, want ErrNotFound", err)
	}
	assertNoSecret(t, "logs", e.logs.String())
}

// defineForeign creates a transient domain with the given metadata element
// (empty = none) directly on the test driver.
func defineForeign(t *testing.T, c *lv.Connect, name, meta string, persistent bool) {
	t.Helper()
	md := ""
	if meta != "" {
		md = "<metadata>" + meta + "</metadata>"
	}
	x := `<domain type='test'><name>` + name + `</name>` + md + `<memory unit='MiB'>64</memory><os><type>hvm</type></os></domain>`
	var d *lv.Domain
	var err error
	if persistent {
		d, err = c.DomainDefineXML(x)
		if err == nil {
			err = d.Create()
		}
	} else {
		d, err = c.DomainCreateXML(x, 0)
	}
	if err != nil {
		t.Fatal(err)
	}
	_ = d.Free()
	t.Cleanup(func() {
		if d, err := c.LookupDomainByName(name); err == nil {
			_ = d.Destroy()
			_ = d.Undefine()
			_ = d.Free()
		}
	})
}

// metaFor renders an ownership element as found in a domain definition.
func metaFor(t *testing.T, daemon, scaleSet, runner, overlay string) string {
	t.Helper()
	s, err := ownerMeta{Daemon: daemon, ScaleSet: scaleSet, Runner: runner, Overlay: overlay, Created: time.Now()}.namespaced()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestListByOwnership(t *testing.T) {
	daemon := uniq(t, "d")
	e := newTestEnv(t, backends.Ownership{DaemonID: daemon, ScaleSet: "a"}, "")
	c := testConn(t)
	ctx := context.Background()

	mine := uniq(t, "mine")
	otherSet := uniq(t, "other-set")
	otherDaemon := uniq(t, "other-daemon")
	noMeta := uniq(t, "no-meta")
	otherNS := uniq(t, "other-ns")
	defineForeign(t, c, mine, metaFor(t, daemon, "a", mine, filepath.Join(e.dir, mine+".qcow2")), false)
	defineForeign(t, c, otherSet, metaFor(t, daemon, "b", otherSet, ""), false)
	defineForeign(t, c, otherDaemon, metaFor(t, daemon+"-x", "a", otherDaemon, ""), false)
	defineForeign(t, c, noMeta, "", false)
	defineForeign(t, c, otherNS, `<x:owner xmlns:x="urn:example:other"><daemon>`+daemon+`</daemon><scaleset>a</scaleset></x:owner>`, false)

	names := func(p *Provisioner) []string {
		envs, err := p.List(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range envs {
			out = append(out, e.Name)
		}
		return out
	}
	if got := names(e.p); len(got) != 1 || got[0] != mine {
		t.Errorf("scale set a lists %v, want only %s", got, mine)
	}
	all := newTestEnv(t, backends.Ownership{DaemonID: daemon}, "")
	if got := names(all.p); len(got) != 2 || !strings.Contains(strings.Join(got, ","), otherSet) {
		t.Errorf("the whole daemon lists %v, want %s and %s", got, mine, otherSet)
	}

	// Stop never touches a domain that is not ours.
	for _, n := range []string{otherDaemon, noMeta, otherNS} {
		if err := e.p.Stop(ctx, n); err != nil {
			t.Errorf("Stop(%s): %v", n, err)
		}
		if !domainExists(t, c, n) {
			t.Errorf("Stop destroyed foreign domain %s", n)
		}
	}
	if err := e.p.Stop(ctx, mine); err != nil || domainExists(t, c, mine) {
		t.Errorf("Stop(own) = %v, exists=%v", err, domainExists(t, c, mine))
	}
}

func TestStopPersistentLeftover(t *testing.T) {
	daemon := uniq(t, "d")
	e := newTestEnv(t, backends.Ownership{DaemonID: daemon, ScaleSet: "a"}, "")
	c := testConn(t)
	ctx := context.Background()
	name := uniq(t, "persist")
	overlay := filepath.Join(e.dir, name+".qcow2")
	if err := os.WriteFile(overlay, qcow2Magic, 0o600); err != nil {
		t.Fatal(err)
	}
	defineForeign(t, c, name, metaFor(t, daemon, "a", name, overlay), true)
	d, err := c.LookupDomainByName(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Destroy(); err != nil { // a defined but stopped leftover
		t.Fatal(err)
	}
	_ = d.Free()
	envs, err := e.p.List(ctx)
	if err != nil || len(envs) != 1 || envs[0].State != backends.EnvExited {
		t.Fatalf("List = %+v, %v; want one exited environment", envs, err)
	}
	if es, err := e.p.Wait(ctx, name); err != nil || es.Code != -1 || es.Reason != "domain shut down" {
		t.Errorf("Wait on a stopped domain = %+v, %v", es, err)
	}
	if err := e.p.Stop(ctx, name); err != nil {
		t.Fatal(err)
	}
	if domainExists(t, c, name) {
		t.Error("persistent domain still defined after Stop")
	}
	if _, err := os.Stat(overlay); !os.IsNotExist(err) {
		t.Errorf("overlay left: %v", err)
	}
}

func TestOrphanOverlays(t *testing.T) {
	daemon := uniq(t, "d")
	dir := t.TempDir()
	owner := backends.Ownership{DaemonID: daemon, ScaleSet: "a"}
	ctx := context.Background()
	write := func(o ownerMeta) {
		if err := writeSidecar(o); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(o.Overlay, qcow2Magic, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	orphan := uniq(t, "orphan")
	foreign := uniq(t, "foreign")
	write(ownerMeta{Daemon: daemon, ScaleSet: "a", Runner: orphan, Overlay: filepath.Join(dir, orphan+".qcow2"), Created: time.Now()})
	write(ownerMeta{Daemon: "someone-else", ScaleSet: "a", Runner: foreign, Overlay: filepath.Join(dir, foreign+".qcow2"), Created: time.Now()})
	if err := os.WriteFile(filepath.Join(dir, "garbage"+sidecarSuffix), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}

	// A fresh provisioner (a restarted daemon) finds the orphan.
	e := newTestEnv(t, owner, dir)
	envs, err := e.p.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(envs) != 1 || envs[0].Name != orphan || envs[0].State != backends.EnvPartial {
		t.Fatalf("List = %+v, want the orphan overlay as partial", envs)
	}
	if err := e.p.Stop(ctx, orphan); err != nil {
		t.Fatal(err)
	}
	if err := e.p.Stop(ctx, foreign); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(e.files(t), ",")
	if strings.Contains(got, orphan) || !strings.Contains(got, foreign+".qcow2") || !strings.Contains(got, foreign+sidecarSuffix) {
		t.Errorf("after Stop the overlay dir holds %s; want the orphan gone and the foreign overlay kept", got)
	}
}

func TestAgentNeverAnswers(t *testing.T) {
	e := newTestEnv(t, backends.Ownership{DaemonID: uniq(t, "d"), ScaleSet: "a"}, "")
	e.agent.silent = true
	c := testConn(t)
	name := uniq(t, "r")
	start := time.Now()
	err := e.p.Start(context.Background(), e.request(name, func(l *config.LibvirtImage) {
		l.AgentTimeout = config.Duration(time.Second) // the shortest allowed
	}))
	if err == nil || !strings.Contains(err.Error(), "guest agent did not answer within 1s") || !strings.Contains(err.Error(), name) {
		t.Fatalf("want an agent timeout naming the runner, got %v", err)
	}
	if backends.IsPermanent(err) {
		t.Error("an agent timeout must be retryable")
	}
	if time.Since(start) > 10*time.Second {
		t.Errorf("Start took %s", time.Since(start))
	}
	if domainExists(t, c, name) || len(e.files(t)) != 0 {
		t.Errorf("left behind: domain=%v files=%v", domainExists(t, c, name), e.files(t))
	}
}

func TestExecFailureIsRedacted(t *testing.T) {
	for _, replies := range []bool{false, true} {
		t.Run(fmt.Sprint("errorReplies=", replies), func(t *testing.T) {
			e := newTestEnv(t, backends.Ownership{DaemonID: uniq(t, "d"), ScaleSet: "a"}, "")
			e.agent.errorReplies = replies
			// An agent that echoes the whole command in its error.
			e.agent.execError = "bad command {\"env\":[\"" + jitEnvVar + "=" + testJIT + "\"]}"
			c := testConn(t)
			name := uniq(t, "r")
			err := e.p.Start(context.Background(), e.request(name, nil))
			if err == nil || !strings.Contains(err.Error(), "[REDACTED]") || !strings.Contains(err.Error(), "guest-exec") {
				t.Fatalf("want a redacted guest-exec error, got %v", err)
			}
			assertNoSecret(t, "the error", err.Error())
			for e2 := errors.Unwrap(err); e2 != nil; e2 = errors.Unwrap(e2) {
				assertNoSecret(t, "the wrapped error", e2.Error())
			}
			assertNoSecret(t, "logs", e.logs.String())
			if domainExists(t, c, name) || len(e.files(t)) != 0 {
				t.Errorf("left behind: domain=%v files=%v", domainExists(t, c, name), e.files(t))
			}
		})
	}
}

func TestGoldenImageProblemsArePermanent(t *testing.T) {
	e := newTestEnv(t, backends.Ownership{DaemonID: uniq(t, "d"), ScaleSet: "a"}, "")
	notQcow := filepath.Join(t.TempDir(), "raw.img")
	if err := os.WriteFile(notQcow, []byte("not a qcow2 image"), 0o600); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		"/nonexistent/golden.qcow2": "does not exist",
		notQcow:                     "is not a qcow2 image",
		t.TempDir():                 "not readable",
	} {
		err := e.p.Start(context.Background(), e.request(uniq(t, "r"), func(l *config.LibvirtImage) { l.Path = path }))
		if !backends.IsPermanent(err) || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), path) {
			t.Errorf("golden %s: want a permanent error %q naming the path, got %v", path, want, err)
		}
	}
	if err := e.p.Start(context.Background(), e.request("bad/name", nil)); !backends.IsPermanent(err) {
		t.Errorf("bad runner name: %v", err)
	}
	if err := e.p.Start(context.Background(), &backends.RunnerRequest{Name: "x", Runner: &config.RunnerConfig{}}); !backends.IsPermanent(err) {
		t.Errorf("missing libvirt block: %v", err)
	}
	if len(e.files(t)) != 0 {
		t.Errorf("files created: %v", e.files(t))
	}
}

func TestPartialStartCleansUp(t *testing.T) {
	daemon := uniq(t, "d")
	e := newTestEnv(t, backends.Ownership{DaemonID: daemon, ScaleSet: "a"}, "")
	c := testConn(t)
	ctx := context.Background()

	t.Run("create fails", func(t *testing.T) {
		name := uniq(t, "taken")
		defineForeign(t, c, name, metaFor(t, "another-daemon", "a", name, ""), false)
		err := e.p.Start(ctx, e.request(name, nil))
		if err == nil || !strings.Contains(err.Error(), "create domain") {
			t.Fatalf("want a create error, got %v", err)
		}
		if !domainExists(t, c, name) {
			t.Error("the foreign domain was destroyed")
		}
		if len(e.files(t)) != 0 {
			t.Errorf("files left: %v", e.files(t))
		}
	})
	t.Run("overlay fails", func(t *testing.T) {
		name := uniq(t, "r")
		e.p.makeOverlay = func(context.Context, string, string) error { return errors.New("disk full") }
		defer func() {
			e.p.makeOverlay = func(_ context.Context, _, o string) error { return os.WriteFile(o, qcow2Magic, 0o600) }
		}()
		if err := e.p.Start(ctx, e.request(name, nil)); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Fatalf("want the overlay error, got %v", err)
		}
		if domainExists(t, c, name) || len(e.files(t)) != 0 {
			t.Errorf("left behind: files=%v", e.files(t))
		}
	})
	t.Run("domain dies while booting", func(t *testing.T) {
		name := uniq(t, "dies")
		e.agent.set(func(f *fakeQGA) { f.silent = true })
		defer e.agent.set(func(f *fakeQGA) { f.silent = false })
		errc := make(chan error, 1)
		go func() {
			errc <- e.p.Start(ctx, e.request(name, func(l *config.LibvirtImage) { l.AgentTimeout = config.Duration(time.Minute) }))
		}()
		testwait.Until(t, 10*time.Second, "domain "+name+" to exist", func() bool { return domainExists(t, c, name) })
		d, err := c.LookupDomainByName(name)
		if err != nil {
			t.Fatal(err)
		}
		_ = d.Destroy()
		_ = d.Free()
		select {
		case err := <-errc:
			if err == nil || !strings.Contains(err.Error(), "stopped while booting") {
				t.Fatalf("want a boot failure, got %v", err)
			}
		case <-time.After(20 * time.Second):
			t.Fatal("Start did not notice the dead domain")
		}
		if len(e.files(t)) != 0 {
			t.Errorf("files left: %v", e.files(t))
		}
	})
	t.Run("retry replaces leftovers", func(t *testing.T) {
		name := uniq(t, "again")
		if err := e.p.Start(ctx, e.request(name, nil)); err != nil {
			t.Fatal(err)
		}
		if err := e.p.Start(ctx, e.request(name, nil)); err != nil {
			t.Fatalf("a second Start of the same runner: %v", err)
		}
		if err := e.p.Stop(ctx, name); err != nil || domainExists(t, c, name) || len(e.files(t)) != 0 {
			t.Errorf("Stop: %v files=%v", err, e.files(t))
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		name := uniq(t, "cancel")
		e.agent.set(func(f *fakeQGA) { f.silent = true })
		defer e.agent.set(func(f *fakeQGA) { f.silent = false })
		cctx, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
		defer cancel()
		err := e.p.Start(cctx, e.request(name, func(l *config.LibvirtImage) { l.AgentTimeout = config.Duration(time.Minute) }))
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("want the context's error, got %v", err)
		}
		if domainExists(t, c, name) || len(e.files(t)) != 0 {
			t.Errorf("left behind: files=%v", e.files(t))
		}
	})
}

func TestWaitOutcomes(t *testing.T) {
	e := newTestEnv(t, backends.Ownership{DaemonID: uniq(t, "d"), ScaleSet: "a"}, "")
	c := testConn(t)
	ctx := context.Background()
	start := func(t *testing.T, name string) int64 {
		t.Helper()
		if err := e.p.Start(ctx, e.request(name, nil)); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = e.p.Stop(ctx, name) })
		return e.agent.lastPID()
	}

	t.Run("failure keeps a redacted log tail", func(t *testing.T) {
		name := uniq(t, "fail")
		pid := start(t, name)
		e.agent.exit(pid, 2, "Listening for Jobs\n", "token "+testJIT+" rejected\n")
		es, err := e.p.Wait(ctx, name)
		if err != nil || es.Code != 2 || !strings.Contains(es.LogTail, "rejected") {
			t.Fatalf("Wait = %+v, %v", es, err)
		}
		assertNoSecret(t, "the log tail", es.LogTail)
	})
	t.Run("domain vanished", func(t *testing.T) {
		name := uniq(t, "gone")
		start(t, name)
		errc := make(chan error, 1)
		go func() { _, err := e.p.Wait(ctx, name); errc <- err }()
		d, err := c.LookupDomainByName(name)
		if err != nil {
			t.Fatal(err)
		}
		_ = d.Destroy()
		_ = d.Free()
		select {
		case err := <-errc:
			if !errors.Is(err, backends.ErrNotFound) {
				t.Fatalf("want ErrNotFound, got %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("Wait did not notice the vanished domain")
		}
	})
	t.Run("agent forgot the runner", func(t *testing.T) {
		name := uniq(t, "lost")
		start(t, name)
		e.agent.forget()
		es, err := e.p.Wait(ctx, name)
		if err != nil || es.Code != -1 || !strings.Contains(es.Reason, "runner process lost") {
			t.Fatalf("Wait = %+v, %v", es, err)
		}
	})
	t.Run("agent silent keeps waiting until ctx ends", func(t *testing.T) {
		name := uniq(t, "silent")
		start(t, name)
		e.agent.set(func(f *fakeQGA) { f.silent = true })
		defer e.agent.set(func(f *fakeQGA) { f.silent = false })
		wctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
		defer cancel()
		if _, err := e.p.Wait(wctx, name); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("want DeadlineExceeded, got %v", err)
		}
	})
	t.Run("adopted by a new provisioner", func(t *testing.T) {
		name := uniq(t, "adopt")
		pid := start(t, name)
		// A restarted daemon: a new provisioner that shares the guest agent.
		p2, err := New(Options{Owner: e.owner, Config: &config.LibvirtImage{URI: "test:///default", OverlayDir: e.dir}, Agent: e.agent})
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = p2.Close() }()
		p2.pollInterval = 10 * time.Millisecond
		envs, err := p2.List(ctx)
		if err != nil || len(envs) != 1 || envs[0].Name != name || envs[0].State != backends.EnvRunning {
			t.Fatalf("List on the new provisioner = %+v, %v", envs, err)
		}
		e.agent.exit(pid, 0, "", "")
		if es, err := p2.Wait(ctx, name); err != nil || es.Code != 0 {
			t.Fatalf("Wait via metadata PID = %+v, %v", es, err)
		}
		if err := p2.Stop(ctx, name); err != nil || domainExists(t, c, name) || len(e.files(t)) != 0 {
			t.Fatalf("Stop on the new provisioner: %v files=%v", err, e.files(t))
		}
	})
}

func TestUnreachableLibvirtd(t *testing.T) {
	requireLibvirt0(t)
	dir := t.TempDir()
	sock := filepath.Join(t.TempDir(), "no-libvirtd.sock")
	p, err := New(Options{
		Owner:  backends.Ownership{DaemonID: "d", ScaleSet: "a"},
		Config: &config.LibvirtImage{Socket: sock, OverlayDir: dir},
		Agent:  newFakeQGA(),
	})
	if err != nil {
		t.Fatalf("New must not need libvirtd: %v", err)
	}
	defer func() { _ = p.Close() }()
	if !strings.Contains(p.URI(), "socket=") {
		t.Errorf("socket not in URI: %s", p.URI())
	}
	ctx := context.Background()
	err = p.Ping(ctx)
	if err == nil || !strings.Contains(err.Error(), "unreachable") || !strings.Contains(err.Error(), p.URI()) {
		t.Fatalf("Ping = %v", err)
	}
	golden := filepath.Join(t.TempDir(), "g.qcow2")
	if err := os.WriteFile(golden, qcow2Magic, 0o600); err != nil {
		t.Fatal(err)
	}
	rc := &config.RunnerConfig{Libvirt: &config.LibvirtImage{Path: golden, OverlayDir: dir}}
	rc.ApplyBackendDefaults()
	start := time.Now()
	err = p.Start(ctx, &backends.RunnerRequest{Name: "r1", JITConfig: testJIT, Runner: rc})
	if err == nil || backends.IsPermanent(err) || !strings.Contains(err.Error(), "unreachable") || !strings.Contains(err.Error(), "r1") {
		t.Fatalf("Start = %v; want a retryable unreachable error naming the runner", err)
	}
	if time.Since(start) > 5*time.Second {
		t.Errorf("Start took %s; want fail-fast", time.Since(start))
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("Start left files: %v", ents)
	}
	if _, err := p.List(ctx); err == nil {
		t.Error("List succeeded without libvirtd")
	}
	if err := p.Stop(ctx, "r1"); err == nil {
		t.Error("Stop claimed success without libvirtd")
	}
}

func TestConnectErrors(t *testing.T) {
	err := connectError("qemu:///system", lv.Error{Code: lv.ERR_INTERNAL_ERROR, Message: "libvirt.so.0: cannot open shared object file: No such file or directory"})
	if !strings.Contains(err.Error(), "libvirt0 is not installed") || !backends.IsPermanent(err) {
		t.Errorf("missing library: %v", err)
	}
	err = connectError("qemu:///system", lv.Error{Code: lv.ERR_SYSTEM_ERROR, Message: "Failed to connect socket"})
	if !strings.Contains(err.Error(), "libvirtd at qemu:///system is unreachable") || backends.IsPermanent(err) {
		t.Errorf("unreachable: %v", err)
	}
}

func TestNewValidation(t *testing.T) {
	for _, o := range []Options{
		{},
		{Owner: backends.Ownership{DaemonID: "d"}, Config: &config.LibvirtImage{OverlayDir: "relative"}},
		{Owner: backends.Ownership{DaemonID: "d"}, Config: &config.LibvirtImage{URI: "::"}},
	} {
		if _, err := New(o); err == nil {
			t.Errorf("New(%+v) accepted", o)
		}
	}
	p, err := New(Options{Owner: backends.Ownership{DaemonID: "d"}})
	if err != nil {
		t.Fatal(err)
	}
	if p.URI() != config.DefaultLibvirtURI || p.settings.overlayDir != config.DefaultLibvirtOverlayDir {
		t.Errorf("defaults: %s %s", p.URI(), p.settings.overlayDir)
	}
	_ = p.Close()
	if err := p.Ping(context.Background()); !errors.Is(err, errClosed) {
		t.Errorf("Ping after Close: %v", err)
	}
}

func TestDomainTypeFromCaps(t *testing.T) {
	caps := `<capabilities><host><cpu><arch>x86_64</arch></cpu></host>
<guest><os_type>hvm</os_type><arch name='x86_64'><domain type='qemu'/><domain type='kvm'/></arch></guest>
<guest><os_type>hvm</os_type><arch name='aarch64'><domain type='qemu'/></arch></guest></capabilities>`
	for arch, want := range map[string]string{"x86_64": "kvm", "aarch64": "qemu"} {
		got, err := domainTypeFromCaps(caps, arch)
		if err != nil || got != want {
			t.Errorf("%s: %s, %v; want %s", arch, got, err, want)
		}
	}
	if _, err := domainTypeFromCaps("<", "x86_64"); err == nil {
		t.Error("bad capabilities parsed")
	}
}

func TestPVMOnly(t *testing.T) {
	tests := []struct {
		modules []string
		want    bool
	}{
		{[]string{"kvm", "kvm_pvm"}, true},
		{[]string{"kvm", "kvm_pvm", "kvm_amd"}, false},
		{[]string{"kvm", "kvm_intel"}, false},
		{nil, false},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		for _, m := range tt.modules {
			if err := os.Mkdir(filepath.Join(dir, m), 0o755); err != nil {
				t.Fatal(err)
			}
		}
		if got := pvmOnly(dir); got != tt.want {
			t.Errorf("modules %v: pvmOnly = %v, want %v", tt.modules, got, tt.want)
		}
	}
}

func TestCreateOverlayWithQemuImg(t *testing.T) {
	if _, err := exec.LookPath("qemu-img"); err != nil {
		t.Skip("qemu-img is not installed (apt-get install -y qemu-utils)")
	}
	dir := t.TempDir()
	golden := filepath.Join(dir, "golden.qcow2")
	if out, err := exec.Command("qemu-img", "create", "-q", "-f", "qcow2", golden, "16M").CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if err := checkGolden(golden); err != nil {
		t.Fatal(err)
	}
	overlay := filepath.Join(dir, "o", "r1.qcow2")
	if err := ensureOverlayDir(filepath.Dir(overlay)); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(filepath.Dir(overlay)); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("overlay dir mode: %v %v", fi.Mode(), err)
	}
	ctx := context.Background()
	if err := createOverlay(ctx, golden, overlay); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("qemu-img", "info", "--output=json", overlay).Output()
	if err != nil || !strings.Contains(string(out), golden) {
		t.Errorf("overlay does not back onto the golden image: %s %v", out, err)
	}
	if err := createOverlay(ctx, filepath.Join(dir, "missing.qcow2"), filepath.Join(dir, "o", "r2.qcow2")); err == nil {
		t.Error("overlay on a missing golden image succeeded")
	}
	if _, err := os.Stat(filepath.Join(dir, "o", "r2.qcow2")); !os.IsNotExist(err) {
		t.Error("a failed overlay creation left a file")
	}
	if err := ensureOverlayDir(golden); !backends.IsPermanent(err) {
		t.Errorf("a file as overlay_dir: %v", err)
	}
}

func TestStartReplacesOwnOrphanInRequestOverlayDir(t *testing.T) {
	daemon := uniq(t, "d")
	e := newTestEnv(t, backends.Ownership{DaemonID: daemon, ScaleSet: "a"}, "")
	other := t.TempDir() // the request's overlay_dir differs from the provisioner's
	name := uniq(t, "r")
	o := ownerMeta{Daemon: daemon, ScaleSet: "a", Runner: name, Overlay: filepath.Join(other, name+".qcow2"), Created: time.Now()}
	if err := writeSidecar(o); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	req := e.request(name, func(l *config.LibvirtImage) { l.OverlayDir = other })
	if err := e.p.Start(ctx, req); err != nil {
		t.Fatalf("Start over an own orphan sidecar: %v", err)
	}
	if err := e.p.Stop(ctx, name); err != nil {
		t.Fatal(err)
	}
	if ents, _ := os.ReadDir(other); len(ents) != 0 {
		t.Errorf("files left: %v", ents)
	}

	foreign := uniq(t, "foreign")
	if err := writeSidecar(ownerMeta{Daemon: "other", Runner: foreign, Overlay: filepath.Join(e.dir, foreign+".qcow2")}); err != nil {
		t.Fatal(err)
	}
	err := e.p.Start(ctx, e.request(foreign, nil))
	if err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("Start over a foreign sidecar = %v", err)
	}
	if _, err := os.Stat(filepath.Join(e.dir, foreign+sidecarSuffix)); err != nil {
		t.Errorf("the foreign sidecar was removed: %v", err)
	}
}
