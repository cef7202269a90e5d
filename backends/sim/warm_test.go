package sim

import (
	"context"
	"testing"

	"github.com/outrunner/outrunner/backends"
)

func TestPrepareBind(t *testing.T) {
	tests := []struct {
		name string
		// then acts on a prepared environment; wantCode is its runner's end.
		then     func(t *testing.T, b *Backend, p *Provisioner)
		wantCode int
	}{
		{"bound once, its runner runs with the JIT config", func(t *testing.T, b *Backend, p *Provisioner) {
			if err := p.Bind(context.Background(), request("w-1", nil)); err != nil {
				t.Fatal(err)
			}
			if err := p.Bind(context.Background(), request("w-1", nil)); err == nil {
				t.Fatal("an environment was bound twice")
			}
		}, 0},
		{"killed while it waits", func(t *testing.T, b *Backend, p *Provisioner) {
			b.Kill("w-1")
			if st, _ := p.Wait(context.Background(), "w-1"); st.Code != 137 {
				t.Fatalf("a killed environment ended with %+v", st)
			}
			if err := p.Bind(context.Background(), request("w-1", nil)); err == nil {
				t.Fatal("a dead environment was bound")
			}
		}, 137},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			b := New(Options{Run: func(_ context.Context, jit string) error { got = jit; return nil }})
			p := b.Provisioner(backends.Ownership{DaemonID: "d", ScaleSet: "s"}, nil)
			if err := p.Prepare(context.Background(), "w-1", request("w-1", nil).Runner); err != nil {
				t.Fatal(err)
			}
			envs, _ := p.List(context.Background())
			if len(envs) != 1 || !envs[0].Warm || envs[0].State != backends.EnvRunning {
				t.Fatalf("List = %+v, want one running warm environment", envs)
			}
			tt.then(t, b, p)
			st, err := p.Wait(context.Background(), "w-1")
			if err != nil || st.Code != tt.wantCode {
				t.Fatalf("Wait = %+v, %v; want code %d", st, err, tt.wantCode)
			}
			if tt.wantCode == 0 && got != "jit-w-1" {
				t.Errorf("the runner got JIT config %q", got)
			}
			if err := p.Stop(context.Background(), "w-1"); err != nil || b.Live() != 0 {
				t.Fatalf("Stop = %v, %d environments left", err, b.Live())
			}
		})
	}
}
