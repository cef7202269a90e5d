//go:build unix

package tart

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
)

// envSummary renders environments as "name:state" sorted by name.
func envSummary(envs []backends.Environment) string {
	var parts []string
	for _, e := range envs {
		parts = append(parts, e.Name+":"+string(e.State))
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

// TestAdoptionAfterRestart: a new Provisioner with the same state directory
// and daemon ID (a restarted daemon) lists the VMs of the old one by their
// markers — per scale set, or all of them — but never another daemon's VMs
// or VMs without a marker. It waits for adopted VMs by polling and stops
// them.
func TestAdoptionAfterRestart(t *testing.T) {
	e := newEnv(t)
	limit := func(o *Options) { o.HostLimit = 10 }
	old := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "s1"}, limit)
	oldS2 := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "s2"}, limit)
	otherDaemon := e.provisioner(backends.Ownership{DaemonID: "d2", ScaleSet: "s1"}, limit)
	for _, s := range []struct {
		p    *Provisioner
		name string
	}{{old, "a1"}, {old, "a2"}, {oldS2, "b1"}, {otherDaemon, "x1"}} {
		if err := s.p.Start(ctxFor(t, 30*time.Second), e.request(s.name, nil)); err != nil {
			t.Fatal(err)
		}
	}
	e.runForeign("stray")

	// The daemon "restarts": the old provisioners go away, the VMs stay.
	for _, p := range []*Provisioner{old, oldS2} {
		if err := p.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if err := old.Start(ctxFor(t, 5*time.Second), e.request("after-close", nil)); err == nil {
		t.Fatal("Start after Close succeeded")
	}
	if !e.running("a1") || !e.running("b1") {
		t.Fatal("Close stopped VMs")
	}

	newS1 := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "s1"}, limit)
	newAll := e.provisioner(backends.Ownership{DaemonID: "d1"}, limit)
	envs, err := newS1.List(ctxFor(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := envSummary(envs), "a1:running a2:running"; got != want {
		t.Errorf("List of d1/s1 = %q, want %q", got, want)
	}
	envs, err = newAll.List(ctxFor(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := envSummary(envs), "a1:running a2:running b1:running"; got != want {
		t.Errorf("List of d1 = %q, want %q", got, want)
	}
	for _, env := range envs {
		if env.DaemonID != "d1" || env.CreatedAt.IsZero() {
			t.Errorf("environment %+v lacks its ownership or creation time", env)
		}
	}
	// Adopted VMs hold host slots of the provisioner that listed them; x1
	// holds one of the other daemon's provisioner, and stray runs without.
	if got := newS1.Capacity(); got != 2+(10-5) {
		t.Errorf("Capacity of d1/s1 = %d, want 7 (own a1 and a2, 5 free)", got)
	}

	// Wait notices an adopted runner's tart exec process going away.
	m, err := newS1.readMarker("a1")
	if err != nil || m.ExecPID == 0 {
		t.Fatalf("marker of a1 = %+v, %v; want the runner's PID", m, err)
	}
	waited := make(chan backends.ExitStatus, 1)
	go func() {
		st, err := newS1.Wait(ctxFor(t, 10*time.Second), "a1")
		if err != nil {
			t.Error(err)
		}
		waited <- st
	}()
	if err := syscall.Kill(m.ExecPID, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	st := <-waited
	if st.Code != -1 || !strings.Contains(st.Reason, "exit code unknown") || !strings.Contains(st.LogTail, "runner: listening for jobs") {
		t.Errorf("Wait(a1) = %+v, want code -1, exit code unknown, the runner's output", st)
	}
	envs, err = newS1.List(ctxFor(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := envSummary(envs), "a1:exited a2:running"; got != want {
		t.Errorf("List after a1's runner ended = %q, want %q", got, want)
	}

	// Wait notices an adopted VM stopping.
	go func() {
		st, err := newS1.Wait(ctxFor(t, 10*time.Second), "a2")
		if err != nil {
			t.Error(err)
		}
		waited <- st
	}()
	if out, err := e.tart("stop", "a2"); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	st = <-waited
	if st.Code != -1 || !strings.Contains(st.Reason, "VM stopped") {
		t.Errorf("Wait(a2) = %+v, want code -1, VM stopped", st)
	}

	// A marker whose VM vanished is a partial environment.
	if out, err := e.tart("delete", "a2"); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	envs, err = newS1.List(ctxFor(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := envSummary(envs), "a1:exited a2:partial"; got != want {
		t.Errorf("List = %q, want %q", got, want)
	}
	if _, err := newS1.Wait(ctxFor(t, 10*time.Second), "a2"); !errors.Is(err, backends.ErrNotFound) {
		t.Errorf("Wait on a vanished VM = %v, want ErrNotFound", err)
	}
	// Not ours: another daemon's VM and a VM without marker.
	for _, name := range []string{"x1", "stray", "never-existed"} {
		if _, err := newAll.Wait(ctxFor(t, 10*time.Second), name); !errors.Is(err, backends.ErrNotFound) {
			t.Errorf("Wait(%s) = %v, want ErrNotFound", name, err)
		}
	}

	for _, name := range []string{"a1", "a2", "b1"} {
		if err := newAll.Stop(ctxFor(t, 30*time.Second), name); err != nil {
			t.Fatalf("Stop(%s): %v", name, err)
		}
		e.assertClean(newAll, name)
	}
	if err := otherDaemon.Stop(ctxFor(t, 30*time.Second), "x1"); err != nil {
		t.Fatal(err)
	}
	if got := e.vmDirs(); strings.Join(got, " ") != "stray" {
		t.Errorf("VMs left = %v, want only the stray one", got)
	}
	if got := e.files("markers"); len(got) != 0 {
		t.Errorf("markers left = %v", got)
	}
}

// TestListIgnoresBadMarkers: an unreadable marker or one that is not an
// outrunner marker does not make List fail and is not listed.
func TestListIgnoresBadMarkers(t *testing.T) {
	e := newEnv(t)
	p := e.provisioner(backends.Ownership{DaemonID: "d1"}, nil)
	dir := filepath.Join(e.state, "markers")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"garbage.json": "{not json",
		"forged.json":  `{"managed_by":"someone-else","name":"forged","daemon_id":"d1"}`,
		"renamed.json": `{"managed_by":"outrunner","name":"other-name","daemon_id":"d1"}`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	envs, err := p.List(ctxFor(t, 10*time.Second))
	if err != nil || len(envs) != 0 {
		t.Fatalf("List = %+v, %v; want nothing", envs, err)
	}
}
