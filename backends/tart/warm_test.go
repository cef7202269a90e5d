//go:build unix

package tart

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
)

func TestWarmPrepareBind(t *testing.T) {
	tests := []struct {
		name string
		// then acts on a prepared VM and checks the outcome.
		then func(t *testing.T, e *testEnv, p *Provisioner, req *backends.RunnerRequest)
	}{
		{"a bind launches the runner with the JIT config on stdin", func(t *testing.T, e *testEnv, p *Provisioner, req *backends.RunnerRequest) {
			if err := p.Bind(ctxFor(t, 30*time.Second), req); err != nil {
				t.Fatalf("Bind: %v", err)
			}
			if err := p.Bind(ctxFor(t, 10*time.Second), req); err == nil {
				t.Fatal("a VM was bound twice")
			}
			jitFile := filepath.Join(e.guest(req.Name), "jit.txt")
			e.eventually(func() bool {
				b, err := os.ReadFile(jitFile)
				return err == nil && string(b) == req.JITConfig
			}, "the runner to receive the JIT config")
			e.finish(req.Name, 0)
			if st, err := p.Wait(ctxFor(t, 10*time.Second), req.Name); err != nil || st.Code != 0 {
				t.Fatalf("Wait = %+v, %v; want a clean exit", st, err)
			}
		}},
		{"a warm VM that dies ends its wait", func(t *testing.T, e *testEnv, p *Provisioner, req *backends.RunnerRequest) {
			e.crash(req.Name)
			if st, err := p.Wait(ctxFor(t, 10*time.Second), req.Name); err != nil || st.Code != -1 {
				t.Fatalf("Wait = %+v, %v; want the VM's end", st, err)
			}
		}},
		{"a restarted provisioner lists it warm and does not bind it", func(t *testing.T, e *testEnv, p *Provisioner, req *backends.RunnerRequest) {
			p2 := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "mac"}, nil)
			envs, err := p2.List(ctxFor(t, 10*time.Second))
			if err != nil || len(envs) != 1 || !envs[0].Warm || envs[0].State != backends.EnvRunning {
				t.Fatalf("List = %+v, %v; want one running warm VM", envs, err)
			}
			if err := p2.Bind(ctxFor(t, 10*time.Second), req); err == nil {
				t.Fatal("a restarted provisioner bound a VM it did not prepare")
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			p := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "mac"}, nil)
			req := e.request("warm-1", nil)
			if err := p.Prepare(ctxFor(t, 30*time.Second), req.Name, req.Runner); err != nil {
				t.Fatalf("Prepare: %v", err)
			}
			if e.invoked("exec", req.Name) && fileExists(filepath.Join(e.guest(req.Name), "jit.txt")) {
				t.Fatal("a warm VM started a runner")
			}
			if p.Capacity() != p.opts.HostLimit {
				t.Errorf("capacity = %d; a warm VM is one of this provisioner's", p.Capacity())
			}
			tt.then(t, e, p, req)
			if err := p.Stop(ctxFor(t, 30*time.Second), req.Name); err != nil {
				t.Fatalf("Stop: %v", err)
			}
			e.assertClean(p, req.Name)
			e.assertNoJIT()
		})
	}
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
