//go:build cgo && libvirt_dlopen

package simulate

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/simguest"
	"github.com/outrunner/outrunner/internal/testutil/testenv"
)

// TestIntegrationSimulateLibvirt runs simulate with every job in a fresh VM
// of the test guest on the real libvirtd.
func TestIntegrationSimulateLibvirt(t *testing.T) {
	unavailable := func(format string, args ...any) {
		t.Helper()
		if os.Getenv("OUTRUNNER_REQUIRE_INTEGRATION") == "1" {
			t.Fatalf(format, args...)
		}
		t.Skipf(format, args...)
	}
	if os.Getenv("OUTRUNNER_TEST_LIBVIRT_URI") == "" {
		unavailable("skipped: OUTRUNNER_TEST_LIBVIRT_URI is not set (run scripts/testenv-libvirt.sh up and source the env file it names)")
	}
	if _, err := simguest.Load(simguest.DefaultDir()); err != nil {
		unavailable("no test guest: %v (make test-guest)", err)
	}
	if _, err := exec.LookPath("nc"); err != nil {
		unavailable("nc (netcat-openbsd) is needed for guest_forward: %v", err)
	}
	testenv.LockLibvirtd(t, false)
	tests := []struct {
		name string
		o    Options
	}{
		{"cold", Options{Jobs: 3, Rate: 0}},
		{"warm", Options{Jobs: 2, Rate: 0.2, Warm: 1, WarmFirst: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := tt.o
			o.Backend, o.JobDuration, o.ScaleSets, o.MaxRunners, o.Timeout, o.StateDir = config.BackendLibvirt, 100*time.Millisecond, 1, 3, 10*time.Minute, t.TempDir()
			rep, err := Run(context.Background(), o)
			if err != nil {
				t.Fatal(err)
			}
			if !rep.Clean() || rep.Jobs.Succeeded != o.Jobs {
				t.Fatalf("report = %+v", rep)
			}
			if o.Warm > 0 && rep.Warm.Hits < 1 {
				t.Errorf("no job was served by a warm domain: %+v, served from %v", rep.Warm, rep.ServedFrom)
			}
		})
	}
}

func TestSimulateLibvirtNeedsTheGuest(t *testing.T) {
	_, err := Run(context.Background(), Options{Backend: config.BackendLibvirt, Jobs: 1, ScaleSets: 1, MaxRunners: 1,
		BackendImage: t.TempDir(), StateDir: t.TempDir()})
	if err == nil {
		t.Fatal("a missing test guest was accepted")
	}
	if want := "make test-guest"; !strings.Contains(err.Error(), want) {
		t.Fatalf("err = %v, want a hint to %s", err, want)
	}
}
