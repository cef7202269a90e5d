//go:build unix

package tart

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

func TestProbe(t *testing.T) {
	e := newEnv(t)
	clone := exec.Command(fakeTart, "clone", testImage, "golden")
	clone.Env = append(clone.Environ(), "FAKETART_HOME="+e.home)
	if out, err := clone.CombinedOutput(); err != nil {
		t.Fatalf("clone: %v\n%s", err, out)
	}
	tests := []struct {
		name     string
		tartPath string
		image    string
		want     []backends.ProbeStatus // tart, then image
		detail   string                 // in the last result
	}{
		{"local VM listed", fakeTart, "golden", []backends.ProbeStatus{backends.ProbeOK, backends.ProbeOK}, "is listed"},
		{"local VM missing", fakeTart, "silver", []backends.ProbeStatus{backends.ProbeOK, backends.ProbeFailed}, "no local VM named silver"},
		{"OCI image not pulled", fakeTart, "ghcr.io/cirruslabs/macos-other:latest", []backends.ProbeStatus{backends.ProbeOK, backends.ProbeWarning}, "tart clone pulls it"},
		{"no tart", filepath.Join(t.TempDir(), "tart"), "golden", []backends.ProbeStatus{backends.ProbeFailed}, "install Tart"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "s1"}, func(o *Options) { o.TartPath = tc.tartPath })
			rc := &config.RunnerConfig{Name: "s1", Tart: &config.TartImage{Image: tc.image}}
			got := p.Probe(context.Background(), rc)
			if len(got) != len(tc.want) {
				t.Fatalf("got %+v, want %d results", got, len(tc.want))
			}
			for i, r := range got {
				if r.Status != tc.want[i] {
					t.Errorf("result %d = %+v, want %s", i, r, tc.want[i])
				}
			}
			if last := got[len(got)-1]; !strings.Contains(last.Detail, tc.detail) {
				t.Errorf("detail %q lacks %q", last.Detail, tc.detail)
			}
		})
	}
}
