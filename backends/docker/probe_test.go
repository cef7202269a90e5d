package docker

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

// fakeEngine serves the part of the Docker API a probe uses on a unix
// socket: _ping, and image inspect for the images in present.
func fakeEngine(t *testing.T, present ...string) string {
	t.Helper()
	sock := filepath.Join(t.TempDir(), "docker.sock")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Api-Version", "1.45")
		w.Header().Set("Content-Type", "application/json")
		switch {
		case strings.HasSuffix(r.URL.Path, "/_ping"):
			_, _ = w.Write([]byte("OK"))
		case strings.Contains(r.URL.Path, "/images/") && strings.HasSuffix(r.URL.Path, "/json"):
			ref := r.URL.Path[strings.Index(r.URL.Path, "/images/")+len("/images/") : len(r.URL.Path)-len("/json")]
			for _, p := range present {
				if p == ref {
					_, _ = w.Write([]byte(`{"Id":"sha256:0123"}`))
					return
				}
			}
			w.WriteHeader(http.StatusNotFound)
			_, _ = w.Write([]byte(`{"message":"No such image: ` + ref + `"}`))
		default:
			http.NotFound(w, r)
		}
	}))
	srv.Listener = ln
	srv.Start()
	t.Cleanup(srv.Close)
	return "unix://" + sock
}

func TestProbe(t *testing.T) {
	host := fakeEngine(t, "runner:present")
	tests := []struct {
		name   string
		host   string
		image  string
		policy string
		want   []backends.ProbeStatus // engine, then image
		detail string                 // in the last result
	}{
		{"image present", host, "runner:present", PullNever, []backends.ProbeStatus{backends.ProbeOK, backends.ProbeOK}, "is present"},
		{"missing, pull_policy never", host, "runner:missing", PullNever, []backends.ProbeStatus{backends.ProbeOK, backends.ProbeFailed}, "pull_policy is never"},
		{"missing, pull_policy missing", host, "runner:missing", PullMissing, []backends.ProbeStatus{backends.ProbeOK, backends.ProbeWarning}, "will be pulled"},
		{"missing, pull_policy always", host, "runner:missing", PullAlways, []backends.ProbeStatus{backends.ProbeOK, backends.ProbeWarning}, "will be pulled"},
		{"engine down", "unix://" + filepath.Join(t.TempDir(), "none.sock"), "runner:present", PullNever, []backends.ProbeStatus{backends.ProbeFailed}, "unreachable"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := config.DockerImage{Image: tc.image, Host: tc.host, PullPolicy: tc.policy}
			p := newTestProvisioner(t, Options{Owner: testOwner, Config: &d})
			rc := &config.RunnerConfig{Name: testOwner.ScaleSet, Docker: &d}
			rc.ApplyBackendDefaults()
			got := p.Probe(context.Background(), rc)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d results %+v, want %d", len(got), got, len(tc.want))
			}
			for i, r := range got {
				if r.Status != tc.want[i] {
					t.Errorf("result %d = %+v, want status %s", i, r, tc.want[i])
				}
			}
			if last := got[len(got)-1]; !strings.Contains(last.Detail, tc.detail) {
				t.Errorf("detail %q does not say %q", last.Detail, tc.detail)
			}
		})
	}
}
