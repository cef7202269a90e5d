//go:build unix

package tart

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
)

// TestHostLimitAcrossProvisioners: two Provisioners share the host limit of
// two VMs. A third Start fails fast (before any clone) with a retryable
// ErrHostFull, Capacity reflects the limit, and freeing a slot allows a
// start again.
func TestHostLimitAcrossProvisioners(t *testing.T) {
	e := newEnv(t)
	p1 := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "s1"}, nil)
	p2 := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "s2"}, nil)
	if got := p1.Capacity(); got != 2 {
		t.Errorf("Capacity before any VM = %d, want 2", got)
	}
	if err := p1.Start(ctxFor(t, 30*time.Second), e.request("lim-a", nil)); err != nil {
		t.Fatal(err)
	}
	if err := p2.Start(ctxFor(t, 30*time.Second), e.request("lim-b", nil)); err != nil {
		t.Fatal(err)
	}
	if c1, c2 := p1.Capacity(), p2.Capacity(); c1 != 1 || c2 != 1 {
		t.Errorf("Capacity = %d, %d; want 1, 1 (own VM, no free slot)", c1, c2)
	}

	began := time.Now()
	err := p1.Start(ctxFor(t, 30*time.Second), e.request("lim-c", nil))
	if !errors.Is(err, ErrHostFull) || backends.IsPermanent(err) {
		t.Fatalf("third Start = %v, want a retryable ErrHostFull", err)
	}
	if !strings.Contains(err.Error(), "limit 2") || !strings.Contains(err.Error(), "lim-a, lim-b") {
		t.Errorf("error %q does not explain the limit and who holds it", err)
	}
	if e.invoked("clone", "lim-c") {
		t.Error("the third Start cloned a VM")
	}
	if d := time.Since(began); d > 5*time.Second {
		t.Errorf("the third Start took %s", d)
	}
	e.assertClean(p1, "lim-c")

	if err := p2.Stop(ctxFor(t, 30*time.Second), "lim-b"); err != nil {
		t.Fatal(err)
	}
	if c1, c2 := p1.Capacity(), p2.Capacity(); c1 != 2 || c2 != 1 {
		t.Errorf("Capacity after a Stop = %d, %d; want 2, 1", c1, c2)
	}
	if err := p1.Start(ctxFor(t, 30*time.Second), e.request("lim-c", nil)); err != nil {
		t.Fatalf("Start after a slot freed: %v", err)
	}
	for _, name := range []string{"lim-a", "lim-c"} {
		if err := p1.Stop(ctxFor(t, 30*time.Second), name); err != nil {
			t.Fatal(err)
		}
		e.assertClean(p1, name)
	}
}

// TestHostLimitCountsOtherVMs: a running VM that this daemon did not start
// takes a host slot too; Capacity notices it (refreshing in the background)
// and Start refuses to exceed the limit.
func TestHostLimitCountsOtherVMs(t *testing.T) {
	e := newEnv(t)
	p := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "s1"}, nil)
	e.runForeign("someone-elses")
	e.eventually(func() bool { return p.Capacity() == 1 }, "Capacity to count the other VM")
	if err := p.Start(ctxFor(t, 30*time.Second), e.request("own-1", nil)); err != nil {
		t.Fatal(err)
	}
	err := p.Start(ctxFor(t, 30*time.Second), e.request("own-2", nil))
	if !errors.Is(err, ErrHostFull) || !strings.Contains(err.Error(), "other running VMs: someone-elses") {
		t.Fatalf("Start = %v, want ErrHostFull naming the other VM", err)
	}
	if got := p.Capacity(); got != 1 {
		t.Errorf("Capacity = %d, want 1 (own VM, no free slot)", got)
	}
	if err := p.Stop(ctxFor(t, 30*time.Second), "own-1"); err != nil {
		t.Fatal(err)
	}
	if out, err := e.tart("stop", "someone-elses"); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	e.eventually(func() bool { return p.Capacity() == 2 }, "Capacity to see the other VM gone")
	e.assertClean(p, "own-1")
}
