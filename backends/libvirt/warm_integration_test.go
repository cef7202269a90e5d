//go:build cgo && libvirt_dlopen

package libvirt

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/testutil/testenv"
)

func TestIntegrationWarmPrepareBind(t *testing.T) {
	e := newIntegEnv(t)
	testenv.LockLibvirtd(t, false)
	agent := newFakeQGA() // the empty disk has no guest agent
	p := e.provisioner(t, agent)
	defer func() { _ = p.Close() }()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	name := "it-warm-r1"
	e.cleanupDomain(t, p, name)
	req := e.request(name, 5*time.Second)

	if err := p.Prepare(ctx, name, req.Runner); err != nil {
		t.Fatal(err)
	}
	if _, execs := agent.snapshot(); len(execs) != 0 {
		t.Fatalf("a warm domain started a process: %+v", execs)
	}
	envs, err := p.List(ctx)
	if err != nil || len(envs) != 1 || !envs[0].Warm || envs[0].State != backends.EnvRunning {
		t.Fatalf("List = %+v, %v; want one running warm domain", envs, err)
	}
	wctx, wcancel := context.WithTimeout(ctx, 300*time.Millisecond)
	if _, err := p.Wait(wctx, name); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Wait on an unbound warm domain = %v, want it to block", err)
	}
	wcancel()

	if err := p.Bind(ctx, req); err != nil {
		t.Fatal(err)
	}
	if err := p.Bind(ctx, req); err == nil {
		t.Fatal("a domain was bound twice")
	}
	_, execs := agent.snapshot()
	if len(execs) != 1 || strings.Contains(strings.Join(execs[0].Arg, " "), testJIT) || !strings.Contains(strings.Join(execs[0].Env, " "), testJIT) {
		t.Fatalf("guest-exec calls %+v: want one, the JIT config in its environment only", execs)
	}
	// A new instance (a restarted daemon) sees a bound domain, not a warm one to bind.
	p2 := e.provisioner(t, agent)
	defer func() { _ = p2.Close() }()
	if err := p2.Bind(ctx, req); err == nil {
		t.Fatal("a restarted provisioner bound a bound domain")
	}
	agent.exit(agent.lastPID(), 0, "done", "")
	if st, err := p.Wait(ctx, name); err != nil || st.Code != 0 {
		t.Fatalf("Wait = %+v, %v; want a clean exit", st, err)
	}
	if err := p.Stop(ctx, name); err != nil {
		t.Fatal(err)
	}
	if exists, _, _ := e.domain(t, name); exists {
		t.Error("domain left after Stop")
	}
	if f := e.overlayFiles(t); len(f) != 0 {
		t.Errorf("files left after Stop: %v", f)
	}
}
