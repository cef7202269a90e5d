package docker

import (
	"slices"
	"strings"
	"testing"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

func TestIntegrationWarmPrepareBind(t *testing.T) {
	tests := []struct {
		name     string
		mode     string
		wantCode int
	}{
		{"a runner that finishes its job", "exit0", 0},
		{"a runner that fails", "fail", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, testEngine(t))
			importFakeRunner(t, f.host)
			ctx := f.ctx()
			name, secret := f.name("warm"), jit(tt.mode)
			req := testRequestWith(name, secret, config.DockerImage{Image: fakeRunnerImage, Network: "none", PullPolicy: PullNever, WarmCmd: "--hold"})
			if err := f.p.Prepare(ctx, name, req.Runner); err != nil {
				t.Fatal(err)
			}
			envs, err := f.p.List(ctx)
			if err != nil || len(envs) != 1 || !envs[0].Warm || envs[0].State != backends.EnvRunning {
				t.Fatalf("List = %+v, %v; want one running warm environment", envs, err)
			}
			info, err := f.cli.ContainerInspect(ctx, name)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range info.Config.Env {
				if strings.HasPrefix(e, JITConfigEnv+"=") {
					t.Fatal("a warm container has a JIT config")
				}
			}
			if err := f.p.Bind(ctx, req); err != nil {
				t.Fatal(err)
			}
			if err := f.p.Bind(ctx, req); err == nil {
				t.Fatal("a container was bound twice")
			}
			info, err = f.cli.ContainerInspect(ctx, name)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range slices.Concat([]string{info.Path}, info.Args, info.Config.Cmd, info.Config.Entrypoint) {
				if strings.Contains(a, secret) {
					t.Fatalf("JIT config on the container's command line: %q", a)
				}
			}
			st, err := f.p.Wait(ctx, name)
			if err != nil || st.Code != tt.wantCode {
				t.Fatalf("Wait = %+v, %v; want code %d", st, err, tt.wantCode)
			}
			if err := f.p.Stop(ctx, name); err != nil {
				t.Fatal(err)
			}
			if f.exists(name) {
				t.Fatal("container left after Stop")
			}
			f.noSecret(secret)
		})
	}
}
