package docker

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

// writeContext stores a docker CLI context named name with the given docker
// endpoint host under configDir, as `docker context create` does.
func writeContext(t *testing.T, configDir, name, host string) {
	t.Helper()
	sum := sha256.Sum256([]byte(name))
	dir := filepath.Join(configDir, "contexts", "meta", hex.EncodeToString(sum[:]))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	meta := fmt.Sprintf(`{"Name":%q,"Metadata":{},"Endpoints":{"docker":{"Host":%q,"SkipTLSVerify":false}}}`, name, host)
	if err := os.WriteFile(filepath.Join(dir, "meta.json"), []byte(meta), 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestResolveHost(t *testing.T) {
	type setup struct {
		home       string
		env        map[string]string
		sockets    []string
		configured string
	}
	tests := []struct {
		name       string
		prepare    func(t *testing.T, s *setup)
		wantHost   string
		wantSource string
		wantErr    string
	}{
		{
			name: "config wins over everything",
			prepare: func(t *testing.T, s *setup) {
				s.configured = "ssh://ci@build-host"
				s.env["DOCKER_HOST"] = "tcp://10.0.0.1:2375"
				writeFile(t, filepath.Join(s.home, ".docker", "config.json"), `{"currentContext":"colima"}`)
				writeContext(t, filepath.Join(s.home, ".docker"), "colima", "unix:///c.sock")
				s.sockets = []string{"/var/run/docker.sock"}
			},
			wantHost: "ssh://ci@build-host", wantSource: SourceConfig,
		},
		{
			name: "DOCKER_HOST over context",
			prepare: func(t *testing.T, s *setup) {
				s.env["DOCKER_HOST"] = "unix:///run/user/1000/docker.sock"
				writeFile(t, filepath.Join(s.home, ".docker", "config.json"), `{"currentContext":"colima"}`)
				writeContext(t, filepath.Join(s.home, ".docker"), "colima", "unix:///c.sock")
			},
			wantHost: "unix:///run/user/1000/docker.sock", wantSource: SourceDockerHost,
		},
		{
			name: "current context from config.json",
			prepare: func(t *testing.T, s *setup) {
				writeFile(t, filepath.Join(s.home, ".docker", "config.json"), `{"auths":{},"currentContext":"colima"}`)
				writeContext(t, filepath.Join(s.home, ".docker"), "colima", "unix:///Users/me/.colima/default/docker.sock")
				s.sockets = []string{"/var/run/docker.sock"}
			},
			wantHost: "unix:///Users/me/.colima/default/docker.sock", wantSource: SourceContext,
		},
		{
			name: "DOCKER_CONTEXT and DOCKER_CONFIG",
			prepare: func(t *testing.T, s *setup) {
				cfg := filepath.Join(s.home, "elsewhere")
				s.env["DOCKER_CONFIG"] = cfg
				s.env["DOCKER_CONTEXT"] = "remote"
				writeFile(t, filepath.Join(cfg, "config.json"), `{"currentContext":"colima"}`)
				writeContext(t, cfg, "remote", "ssh://me@remote")
			},
			wantHost: "ssh://me@remote", wantSource: SourceContext,
		},
		{
			name: "default context falls through to sockets",
			prepare: func(t *testing.T, s *setup) {
				writeFile(t, filepath.Join(s.home, ".docker", "config.json"), `{"currentContext":"default"}`)
				s.sockets = []string{filepath.Join(s.home, ".colima", "default", "docker.sock")}
			},
			wantHost: "unix://" + "HOME/.colima/default/docker.sock", wantSource: SourceSocket,
		},
		{
			name: "system socket first",
			prepare: func(t *testing.T, s *setup) {
				s.sockets = []string{"/var/run/docker.sock", filepath.Join(s.home, ".docker", "run", "docker.sock")}
			},
			wantHost: "unix:///var/run/docker.sock", wantSource: SourceSocket,
		},
		{
			name: "docker desktop",
			prepare: func(t *testing.T, s *setup) {
				s.sockets = []string{filepath.Join(s.home, ".docker", "run", "docker.sock")}
			},
			wantHost: "unix://HOME/.docker/run/docker.sock", wantSource: SourceSocket,
		},
		{
			name: "rootless podman",
			prepare: func(t *testing.T, s *setup) {
				s.env["XDG_RUNTIME_DIR"] = "/run/user/1000"
				s.sockets = []string{"/run/user/1000/podman/podman.sock", "/run/podman/podman.sock"}
			},
			wantHost: "unix:///run/user/1000/podman/podman.sock", wantSource: SourceSocket,
		},
		{
			name: "rootful podman",
			prepare: func(t *testing.T, s *setup) {
				s.sockets = []string{"/run/podman/podman.sock"}
			},
			wantHost: "unix:///run/podman/podman.sock", wantSource: SourceSocket,
		},
		{
			name:     "nothing found",
			prepare:  func(t *testing.T, s *setup) {},
			wantHost: DefaultHost, wantSource: SourceDefault,
		},
		{
			name: "missing context is an error",
			prepare: func(t *testing.T, s *setup) {
				writeFile(t, filepath.Join(s.home, ".docker", "config.json"), `{"currentContext":"gone"}`)
			},
			wantErr: `docker context "gone"`,
		},
		{
			name: "corrupt config.json is an error",
			prepare: func(t *testing.T, s *setup) {
				writeFile(t, filepath.Join(s.home, ".docker", "config.json"), `{`)
			},
			wantErr: "config.json",
		},
		{
			name:    "bad scheme",
			prepare: func(t *testing.T, s *setup) { s.configured = "http://localhost:2375" },
			wantErr: "scheme must be",
		},
		{
			name:    "unix without path",
			prepare: func(t *testing.T, s *setup) { s.env["DOCKER_HOST"] = "unix://" },
			wantErr: "DOCKER_HOST",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &setup{home: t.TempDir(), env: map[string]string{}}
			s.env["HOME"] = s.home
			tt.prepare(t, s)
			env := resolveEnv{
				getenv: func(k string) string { return s.env[k] },
				isSocket: func(p string) bool {
					for _, x := range s.sockets {
						if x == p {
							return true
						}
					}
					return false
				},
			}
			ep, err := resolveHost(s.configured, env)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want it to mention %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want := strings.Replace(tt.wantHost, "HOME", s.home, 1)
			if ep.Host != want || ep.Source != tt.wantSource {
				t.Errorf("got %s from %s, want %s from %s", ep.Host, ep.Source, want, tt.wantSource)
			}
		})
	}
}

func TestResolveHostTLS(t *testing.T) {
	home := t.TempDir()
	env := map[string]string{"HOME": home, "DOCKER_HOST": "tcp://engine:2376", "DOCKER_TLS_VERIFY": "1"}
	ep, err := resolveHost("", resolveEnv{getenv: func(k string) string { return env[k] }, isSocket: func(string) bool { return false }})
	if err != nil {
		t.Fatal(err)
	}
	if ep.TLSDir != filepath.Join(home, ".docker") || !ep.TLSVerify {
		t.Errorf("TLS = %q verify=%v, want ~/.docker verified", ep.TLSDir, ep.TLSVerify)
	}
	env = map[string]string{"HOME": home, "DOCKER_CERT_PATH": "/certs"}
	ep, err = resolveHost("unix:///var/run/docker.sock", resolveEnv{getenv: func(k string) string { return env[k] }, isSocket: func(string) bool { return false }})
	if err != nil {
		t.Fatal(err)
	}
	if ep.TLSDir != "" {
		t.Errorf("TLS applied to a unix socket: %q", ep.TLSDir)
	}
}

func TestNewClientSSH(t *testing.T) {
	cli, err := newClient(Endpoint{Host: "ssh://ci@build-host:2222", Source: SourceConfig})
	if err != nil {
		t.Fatal(err)
	}
	cli.Close()
	if _, err := newClient(Endpoint{Host: "ssh://", Source: SourceConfig}); err == nil {
		t.Error("ssh:// without a host accepted")
	}
}

func TestNewNeedsDaemonID(t *testing.T) {
	if _, err := New(Options{}); err == nil {
		t.Fatal("New accepted an empty DaemonID")
	}
}

// TestUnreachableEngine needs no engine: a socket that does not exist gives
// a fast, clear, retryable error from every call, and New still succeeds.
func TestUnreachableEngine(t *testing.T) {
	host := "unix://" + filepath.Join(t.TempDir(), "nonexistent.sock")
	p := newTestProvisioner(t, Options{Owner: testOwner, Config: dockerConfig(config.DockerImage{Host: host})})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	begin := time.Now()
	err := p.Ping(ctx)
	if !errors.Is(err, ErrEngineUnreachable) {
		t.Fatalf("Ping: %v, want ErrEngineUnreachable", err)
	}
	var ue *EngineUnreachableError
	if !errors.As(err, &ue) || ue.Host != host || !strings.Contains(err.Error(), host) || !strings.Contains(err.Error(), "unreachable") {
		t.Fatalf("Ping error %q does not name the engine %s as unreachable", err, host)
	}
	req := testRequest("r1", "img:1", testJIT)
	err = p.Start(ctx, req)
	if !errors.Is(err, ErrEngineUnreachable) || backends.IsPermanent(err) {
		t.Fatalf("Start: %v, want a retryable ErrEngineUnreachable", err)
	}
	if strings.Contains(err.Error(), testJIT) {
		t.Fatal("Start error contains the JIT config")
	}
	if err := p.Stop(ctx, "r1"); !errors.Is(err, ErrEngineUnreachable) {
		t.Fatalf("Stop: %v, want ErrEngineUnreachable", err)
	}
	if _, err := p.List(ctx); !errors.Is(err, ErrEngineUnreachable) {
		t.Fatalf("List: %v, want ErrEngineUnreachable", err)
	}
	if d := time.Since(begin); d > 5*time.Second {
		t.Fatalf("unreachable engine took %s to report", d)
	}
	// Wait keeps trying while the engine is unreachable, until ctx ends.
	wctx, wcancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer wcancel()
	if _, err := p.Wait(wctx, "r1"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Wait: %v, want the context's deadline", err)
	}
}

// TestReprobeSocket: an engine found by probing the well-known sockets is
// looked for again after it became unreachable, so that an engine that came
// up at another well-known socket (Docker Desktop started after the daemon)
// is used without a restart.
func TestReprobeSocket(t *testing.T) {
	home, err := os.MkdirTemp("", "orhome-") // short: unix socket paths are limited
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(home)
	colima := filepath.Join(home, ".colima", "default", "docker.sock")
	desktop := filepath.Join(home, ".docker", "run", "docker.sock")
	if err := os.MkdirAll(filepath.Dir(desktop), 0o755); err != nil {
		t.Fatal(err)
	}
	// A stand-in engine that answers pings at the Docker Desktop socket.
	ln, err := net.Listen("unix", desktop)
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Api-Version", "1.41")
		if strings.HasSuffix(r.URL.Path, "/_ping") {
			fmt.Fprint(w, "OK")
			return
		}
		http.NotFound(w, r)
	})}
	go srv.Serve(ln)
	defer srv.Close()

	var desktopUp atomic.Bool
	env := resolveEnv{
		getenv: func(k string) string {
			if k == "HOME" {
				return home
			}
			return ""
		},
		// Colima's socket file is claimed to exist (nothing listens) until
		// Docker Desktop comes up.
		isSocket: func(p string) bool {
			if desktopUp.Load() {
				return p == desktop
			}
			return p == colima
		},
	}
	p, err := newProvisioner(Options{Owner: testOwner}, env)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if ep := p.Endpoint(); ep.Host != "unix://"+colima || ep.Source != SourceSocket {
		t.Fatalf("endpoint = %v, want the colima socket", ep)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := p.Ping(ctx); !errors.Is(err, ErrEngineUnreachable) {
		t.Fatalf("Ping: %v, want ErrEngineUnreachable", err)
	}
	desktopUp.Store(true)
	if err := p.Ping(ctx); err != nil {
		t.Fatalf("Ping after Docker Desktop came up: %v", err)
	}
	if ep := p.Endpoint(); ep.Host != "unix://"+desktop {
		t.Fatalf("endpoint = %v, want the Docker Desktop socket", ep)
	}

	// An explicitly configured engine is never swapped.
	cfg, err := newProvisioner(Options{Owner: testOwner, Config: &config.DockerImage{Host: "unix://" + colima}}, env)
	if err != nil {
		t.Fatal(err)
	}
	defer cfg.Close()
	for range 2 {
		if err := cfg.Ping(ctx); !errors.Is(err, ErrEngineUnreachable) {
			t.Fatalf("Ping of the configured engine: %v, want ErrEngineUnreachable", err)
		}
	}
}
