package cli

import (
	"os"
	"strings"
	"testing"

	"github.com/outrunner/outrunner/config"
)

// TestNoConfigFile checks what the daemon and validate say when there is no
// configuration file at the default path: where they looked and how to get
// one, as the only problem.
func TestNoConfigFile(t *testing.T) {
	if _, err := os.Stat(config.DefaultConfigPath); err == nil {
		t.Skip(config.DefaultConfigPath + " exists on this machine")
	}
	tests := []struct {
		name string
		args []string
	}{
		{"default command", nil},
		{"run", []string{"run"}},
		{"validate", []string{"validate"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := run(t, tc.args...)
			if code != 1 {
				t.Fatalf("exit %d, want 1\nstderr: %s", code, errOut)
			}
			for _, want := range []string{
				config.DefaultConfigPath + ": the configuration file does not exist (outrunner looked for it here, the default path; --config FILE reads another file)",
				"outrunner init --backend docker",
				"packaging/config.yml",
				"1 error",
			} {
				if !strings.Contains(errOut, want) {
					t.Errorf("stderr lacks %q:\n%s", want, errOut)
				}
			}
			if strings.Contains(errOut, "no runners configured") {
				t.Errorf("a missing file also reports its missing runners:\n%s", errOut)
			}
		})
	}
}
