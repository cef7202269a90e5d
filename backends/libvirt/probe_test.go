package libvirt

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/outrunner/outrunner/backends"
)

func TestProbeImage(t *testing.T) {
	dir := t.TempDir()
	golden := filepath.Join(dir, "golden.qcow2")
	if err := os.WriteFile(golden, []byte("qcow2"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		uri    string
		path   string
		want   backends.ProbeStatus
		detail string
	}{
		{"exists", "qemu:///system", golden, backends.ProbeOK, "exists"},
		{"exists, socket URI", "qemu:///system?socket=/run/libvirt/sock", golden, backends.ProbeOK, "exists"},
		{"missing", "qemu:///system", filepath.Join(dir, "none.qcow2"), backends.ProbeFailed, "does not exist"},
		{"a directory", "qemu:///system", dir, backends.ProbeFailed, "not a regular file"},
		{"remote host", "qemu+ssh://hv/system", filepath.Join(dir, "none.qcow2"), backends.ProbeWarning, "another host"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := probeImage(tc.uri, tc.path)
			if got.Status != tc.want || !strings.Contains(got.Detail, tc.detail) {
				t.Fatalf("got %+v, want %s with %q", got, tc.want, tc.detail)
			}
		})
	}
}
