//go:build cgo && libvirt_dlopen

package libvirt

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	lv "libvirt.org/go/libvirt"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/testutil/testenv"
	"github.com/outrunner/outrunner/internal/testutil/testwait"
)

// integrationURI returns the libvirtd to test against, skipping (or, with
// OUTRUNNER_REQUIRE_INTEGRATION=1, failing) when there is none.
func integrationURI(tb testing.TB) string {
	tb.Helper()
	unavailable := func(format string, args ...any) {
		tb.Helper()
		if os.Getenv("OUTRUNNER_REQUIRE_INTEGRATION") == "1" {
			tb.Fatalf(format, args...)
		}
		tb.Skipf(format, args...)
	}
	uri := os.Getenv("OUTRUNNER_TEST_LIBVIRT_URI")
	if uri == "" {
		unavailable("libvirt integration test skipped: OUTRUNNER_TEST_LIBVIRT_URI is not set (run scripts/testenv-libvirt.sh up and source the env file it names)")
	}
	c, err := lv.NewConnect(uri)
	if err != nil {
		unavailable("libvirt integration test: libvirtd at %s is not usable: %v", uri, err)
	}
	_, _ = c.Close()
	return uri
}

// integEnv is a provisioner against a real libvirtd.
type integEnv struct {
	uri    string
	dir    string
	golden string
	owner  backends.Ownership
}

// newIntegEnv makes an empty 64 MiB golden image (it boots nothing) and an
// overlay directory.
func newIntegEnv(tb testing.TB) *integEnv {
	tb.Helper()
	uri := integrationURI(tb)
	base := tb.TempDir()
	golden := filepath.Join(base, "golden.qcow2")
	if out, err := exec.Command("qemu-img", "create", "-q", "-f", "qcow2", golden, "64M").CombinedOutput(); err != nil {
		tb.Fatalf("qemu-img create: %v: %s", err, out)
	}
	return &integEnv{
		uri: uri, dir: filepath.Join(base, "overlays"), golden: golden,
		owner: backends.Ownership{DaemonID: "it-" + nonNameRE.ReplaceAllString(strings.ToLower(tb.Name()), "-"), ScaleSet: "linux"},
	}
}

// provisioner returns a new Provisioner; agent nil means the real guest agent.
func (e *integEnv) provisioner(tb testing.TB, agent Agent) *Provisioner {
	tb.Helper()
	o := Options{Owner: e.owner, Config: &config.LibvirtImage{URI: e.uri, OverlayDir: e.dir}}
	if agent != nil {
		o.Agent = agent
	}
	p, err := New(o)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// request is a small no-NIC BIOS guest; KVM when /dev/kvm opens, else TCG.
func (e *integEnv) request(name string, agentTimeout time.Duration) *backends.RunnerRequest {
	rc := &config.RunnerConfig{Name: "linux", Libvirt: &config.LibvirtImage{
		Path: e.golden, OverlayDir: e.dir, CPUs: 1, MemoryMB: 128, Firmware: "bios",
		DomainType: "auto", AgentTimeout: config.Duration(agentTimeout),
	}}
	rc.ApplyBackendDefaults()
	return &backends.RunnerRequest{Name: name, JITConfig: testJIT, Runner: rc}
}

// domainState returns whether a domain exists on the real libvirtd and
// whether it is persistent.
func (e *integEnv) domain(tb testing.TB, name string) (exists, active, persistent bool) {
	tb.Helper()
	c, err := lv.NewConnect(e.uri)
	if err != nil {
		tb.Fatal(err)
	}
	defer func() { _, _ = c.Close() }()
	d, err := c.LookupDomainByName(name)
	if isLibvirtCode(err, lv.ERR_NO_DOMAIN) {
		return false, false, false
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer func() { _ = d.Free() }()
	active, _ = d.IsActive()
	persistent, _ = d.IsPersistent()
	return true, active, persistent
}

// overlayFiles lists the overlay directory (missing = empty).
func (e *integEnv) overlayFiles(tb testing.TB) []string {
	tb.Helper()
	ents, err := os.ReadDir(e.dir)
	if err != nil && !os.IsNotExist(err) {
		tb.Fatal(err)
	}
	var out []string
	for _, en := range ents {
		out = append(out, en.Name())
	}
	return out
}

// cleanupDomain destroys a test domain that a failed test left behind.
func (e *integEnv) cleanupDomain(tb testing.TB, p *Provisioner, name string) {
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = p.Stop(ctx, name)
	})
}

func TestIntegrationLifecycleAndAdoption(t *testing.T) {
	e := newIntegEnv(t)
	agent := newFakeQGA() // the empty disk has no guest agent; see TestIntegrationAgentTimeout
	p1 := e.provisioner(t, agent)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	name := "it-lifecycle-r1"
	e.cleanupDomain(t, p1, name)

	if err := p1.Start(ctx, e.request(name, 5*time.Second)); err != nil {
		t.Fatal(err)
	}
	if exists, active, persistent := e.domain(t, name); !exists || !active || persistent {
		t.Fatalf("domain exists=%v active=%v persistent=%v; want a running transient domain", exists, active, persistent)
	}
	if f := strings.Join(e.overlayFiles(t), ","); !strings.Contains(f, name+".qcow2") || !strings.Contains(f, name+sidecarSuffix) {
		t.Errorf("overlay dir: %s", f)
	}
	envs, err := p1.List(ctx)
	if err != nil || len(envs) != 1 || envs[0].Name != name || envs[0].State != backends.EnvRunning {
		t.Fatalf("List = %+v, %v", envs, err)
	}

	// Simulated crash: p1 is dropped without Stop; a new instance adopts.
	p2 := e.provisioner(t, agent)
	defer func() { _ = p2.Close() }()
	envs, err = p2.List(ctx)
	if err != nil || len(envs) != 1 || envs[0].Name != name || envs[0].State != backends.EnvRunning || envs[0].DaemonID != e.owner.DaemonID {
		t.Fatalf("List after restart = %+v, %v", envs, err)
	}
	wctx, wcancel := context.WithTimeout(ctx, 300*time.Millisecond)
	if _, err := p2.Wait(wctx, name); err != context.DeadlineExceeded {
		t.Errorf("Wait on a running adopted runner = %v, want it to block until ctx ends", err)
	}
	wcancel()

	if err := p2.Stop(ctx, name); err != nil {
		t.Fatal(err)
	}
	if exists, _, _ := e.domain(t, name); exists {
		t.Error("domain left after Stop")
	}
	if f := e.overlayFiles(t); len(f) != 0 {
		t.Errorf("files left after Stop: %v", f)
	}
	if err := p2.Stop(ctx, name); err != nil {
		t.Errorf("second Stop: %v", err)
	}
	_ = p1.Close()
}

func TestIntegrationAgentTimeout(t *testing.T) {
	e := newIntegEnv(t)
	p := e.provisioner(t, nil) // libvirt's real guest agent call
	defer func() { _ = p.Close() }()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	name := "it-agent-timeout"
	e.cleanupDomain(t, p, name)

	start := time.Now()
	err := p.Start(ctx, e.request(name, 3*time.Second))
	took := time.Since(start)
	if err == nil || !strings.Contains(err.Error(), "guest agent did not answer within 3s") {
		t.Fatalf("want an agent timeout, got %v", err)
	}
	if backends.IsPermanent(err) {
		t.Error("agent timeout must be retryable")
	}
	assertNoSecret(t, "the error", err.Error())
	if took < 3*time.Second || took > 60*time.Second {
		t.Errorf("Start took %s; want about the 3s agent timeout", took)
	}
	if exists, _, _ := e.domain(t, name); exists {
		t.Error("domain not destroyed after the agent timeout")
	}
	if f := e.overlayFiles(t); len(f) != 0 {
		t.Errorf("overlay files left: %v", f)
	}
	t.Logf("agent timeout after %s: %v", took.Round(time.Millisecond), err)
}

// testenvScript returns the testenv script and checks that the libvirtd
// under test is the one it manages (so the test may stop and start it).
func testenvScript(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("OUTRUNNER_TESTENV_DIR")
	pid, err := os.ReadFile(filepath.Join(dir, "libvirt", "libvirtd.pid"))
	if dir == "" || err != nil || len(pid) == 0 {
		msg := "libvirtd restart test skipped: the libvirtd under test was not started by scripts/testenv-libvirt.sh (OUTRUNNER_TESTENV_DIR unset or no libvirtd.pid)"
		if os.Getenv("OUTRUNNER_REQUIRE_INTEGRATION") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	script, err := filepath.Abs(filepath.Join("..", "..", "scripts", "testenv-libvirt.sh"))
	if err != nil {
		t.Fatal(err)
	}
	return script
}

func runScript(t *testing.T, script, arg string) {
	t.Helper()
	out, err := exec.Command(script, arg).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", script, arg, err, out)
	}
}

func TestIntegrationLibvirtdRestart(t *testing.T) {
	e := newIntegEnv(t)
	// Other packages' tests (the VM end-to-end tests) wait meanwhile.
	testenv.LockLibvirtd(t, true)
	script := testenvScript(t)
	t.Cleanup(func() { runScript(t, script, "start-libvirtd") }) // never leave libvirtd down
	p := e.provisioner(t, newFakeQGA())
	defer func() { _ = p.Close() }()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	first, second, third := "it-restart-r1", "it-restart-r2", "it-restart-r3"
	for _, n := range []string{first, second, third} {
		e.cleanupDomain(t, p, n)
	}

	if err := p.Start(ctx, e.request(first, 5*time.Second)); err != nil {
		t.Fatal(err)
	}
	runScript(t, script, "stop-libvirtd")

	if err := p.Ping(ctx); err == nil || !strings.Contains(err.Error(), e.uri) {
		t.Fatalf("Ping with libvirtd down = %v; want an error naming %s", err, e.uri)
	}
	start := time.Now()
	err := p.Start(ctx, e.request(second, 5*time.Second))
	if err == nil || backends.IsPermanent(err) || !strings.Contains(err.Error(), e.uri) || !strings.Contains(err.Error(), second) {
		t.Fatalf("Start with libvirtd down = %v; want a retryable error naming the runner and %s", err, e.uri)
	}
	if time.Since(start) > 10*time.Second {
		t.Errorf("Start took %s with libvirtd down; want fail-fast", time.Since(start))
	}
	if f := strings.Join(e.overlayFiles(t), ","); strings.Contains(f, second) {
		t.Errorf("failed Start left files: %s", f)
	}
	if _, err := p.List(ctx); err == nil {
		t.Error("List succeeded with libvirtd down")
	}
	if err := p.Stop(ctx, first); err == nil {
		t.Error("Stop claimed success with libvirtd down")
	}

	runScript(t, script, "start-libvirtd")
	testwait.Until(t, 30*time.Second, "Ping to recover after libvirtd came back", func() bool { return p.Ping(ctx) == nil })
	envs, err := p.List(ctx)
	if err != nil || len(envs) != 1 || envs[0].Name != first || envs[0].State != backends.EnvRunning {
		t.Fatalf("List after recovery = %+v, %v; want the domain started before the restart", envs, err)
	}
	if err := p.Start(ctx, e.request(third, 5*time.Second)); err != nil {
		t.Fatalf("Start after recovery: %v", err)
	}
	for _, n := range []string{first, third} {
		if err := p.Stop(ctx, n); err != nil {
			t.Fatal(err)
		}
		if exists, _, _ := e.domain(t, n); exists {
			t.Errorf("%s left after Stop", n)
		}
	}
	if f := e.overlayFiles(t); len(f) != 0 {
		t.Errorf("files left: %v", f)
	}
}

// BenchmarkDomainLifecycle compares create (define+start) and destroy
// (destroy+undefine) of one transient domain through the provisioner's own
// steps with the same sequence done by virsh on the same XML, and adds a
// full Start/Stop (overlay, domain, fake guest agent) for reference.
//
//	scripts/testenv-libvirt.sh up && . /tmp/outrunner-testenv/libvirt/env
//	go test -tags libvirt_dlopen -run '^$' -bench DomainLifecycle -benchtime 10x ./backends/libvirt/
func BenchmarkDomainLifecycle(b *testing.B) {
	e := newIntegEnv(b)
	p := e.provisioner(b, newFakeQGA())
	defer func() { _ = p.Close() }()
	ctx := context.Background()
	name := "bench-lifecycle"
	e.cleanupDomain(b, p, name)

	req := e.request(name, 5*time.Second)
	spec, err := specFromConfig(name, req.Runner.Libvirt)
	if err != nil {
		b.Fatal(err)
	}
	if spec.DomainType, err = p.resolveDomainType(ctx, spec.Arch, spec.DomainType); err != nil {
		b.Fatal(err)
	}
	spec.Owner = ownerMeta{Daemon: e.owner.DaemonID, ScaleSet: e.owner.ScaleSet, Runner: name, Overlay: spec.Overlay, Created: time.Now()}
	if err := ensureOverlayDir(spec.OverlayDir); err != nil {
		b.Fatal(err)
	}
	if err := createOverlay(ctx, spec.Golden, spec.Overlay); err != nil {
		b.Fatal(err)
	}
	defer func() { _ = os.Remove(spec.Overlay) }()
	xmlDoc, err := domainXML(spec)
	if err != nil {
		b.Fatal(err)
	}
	destroy := func() {
		r, err := p.findDomain(ctx, name)
		if err == nil {
			err = p.destroy(ctx, name, r)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	if err := p.createDomain(ctx, xmlDoc); err != nil {
		if spec.DomainType != "kvm" || !isArchCapabilitiesFailure(err) {
			b.Fatal(err)
		}
		spec.DisabledCPUFeatures = []string{"arch-capabilities"}
		if xmlDoc, err = domainXML(spec); err != nil {
			b.Fatal(err)
		}
		p.hideArchCapabilities.Store(true)
	} else {
		destroy()
	}
	xmlFile := filepath.Join(b.TempDir(), "domain.xml")
	if err := os.WriteFile(xmlFile, []byte(xmlDoc), 0o600); err != nil {
		b.Fatal(err)
	}
	b.Logf("domain type %s, uri %s", spec.DomainType, p.URI())

	// report adds the average create and destroy latencies as metrics.
	report := func(b *testing.B, create, destroy time.Duration) {
		b.ReportMetric(float64(create.Milliseconds())/float64(b.N), "create-ms/op")
		b.ReportMetric(float64(destroy.Milliseconds())/float64(b.N), "destroy-ms/op")
	}
	b.Run("provisioner", func(b *testing.B) {
		var tc, td time.Duration
		for range b.N {
			t0 := time.Now()
			if err := p.createDomain(ctx, xmlDoc); err != nil {
				b.Fatal(err)
			}
			t1 := time.Now()
			destroy()
			tc, td = tc+t1.Sub(t0), td+time.Since(t1)
		}
		report(b, tc, td)
	})
	b.Run("virsh", func(b *testing.B) {
		var tc, td time.Duration
		for range b.N {
			t0 := time.Now()
			if out, err := exec.Command("virsh", "-c", e.uri, "create", xmlFile).CombinedOutput(); err != nil {
				b.Fatalf("virsh create: %v: %s", err, out)
			}
			t1 := time.Now()
			if out, err := exec.Command("virsh", "-c", e.uri, "destroy", name).CombinedOutput(); err != nil {
				b.Fatalf("virsh destroy: %v: %s", err, out)
			}
			tc, td = tc+t1.Sub(t0), td+time.Since(t1)
		}
		report(b, tc, td)
	})
	b.Run("start-stop", func(b *testing.B) {
		for range b.N {
			if err := p.Start(ctx, req); err != nil {
				b.Fatal(err)
			}
			if err := p.Stop(ctx, name); err != nil {
				b.Fatal(err)
			}
		}
	})
}
