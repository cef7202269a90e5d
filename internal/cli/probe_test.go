package cli

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim"
)

// TestValidateProbeGitHub probes a sim scale set against the in-process
// simulator with a good and a bad token.
func TestValidateProbeGitHub(t *testing.T) {
	sim, err := ghsim.New(ghsim.Options{PollHold: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	cfg := writeConfig(t, fmt.Sprintf("url: %s\nstate_dir: %s\nrunners:\n  linux:\n    labels: [linux]\n    sim: {}\n", sim.ConfigURL(), t.TempDir()))
	tests := []struct {
		name     string
		token    string
		wantCode int
		wantOut  []string
	}{
		{"good token", sim.Token(), 0, []string{"probe runners.linux:", "ok      sim:", "ok      github: " + sim.ConfigURL() + " answers"}},
		{"bad token", "not-the-token", 1, []string{"failed  github: " + sim.ConfigURL(), "401"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("GITHUB_TOKEN", tc.token)
			code, out, errOut := run(t, "validate", "--config", cfg, "--probe")
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.wantCode, out, errOut)
			}
			for _, w := range tc.wantOut {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}
