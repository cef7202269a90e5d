package config

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestValueProblemNamesItsSource checks that a bad value set by an
// environment variable or a flag is reported against that variable or
// flag, not against a line of the file.
func TestValueProblemNamesItsSource(t *testing.T) {
	tests := []struct {
		name    string
		env     []string
		flags   []string
		want    string
		wantKey string
	}{
		{"environment", []string{"OUTRUNNER_LOG_LEVEL=verbose"}, nil,
			"environment", "OUTRUNNER_LOG_LEVEL"},
		{"flag", nil, []string{"--log-level=verbose"},
			"command line", "--log-level"},
		{"flag over environment", []string{"OUTRUNNER_LOG_LEVEL=loud"}, []string{"--log-level=verbose"},
			"command line", "--log-level"},
		{"environment format", []string{"OUTRUNNER_LOG_FORMAT=xml"}, nil,
			"environment", "OUTRUNNER_LOG_FORMAT"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), "c.yml", validDocker, 0o600)
			fs := testFlags()
			if err := fs.Parse(tc.flags); err != nil {
				t.Fatal(err)
			}
			env := tc.env
			if env == nil {
				env = []string{}
			}
			_, err := Load(LoadOptions{Path: p, Environ: env, Flags: fs})
			ps := problemsOf(t, err)
			if len(ps) != 1 {
				t.Fatalf("want exactly one problem, got %d:\n%v", len(ps), err)
			}
			if got := ps[0]; got.Source != tc.want || got.Key != tc.wantKey || got.Line != 0 {
				t.Errorf("got %s (source %q, key %q, line %d), want source %q and key %q", got, got.Source, got.Key, got.Line, tc.want, tc.wantKey)
			}
		})
	}
}

func TestLoadConfigSeedAPI(t *testing.T) {
	p := writeFile(t, t.TempDir(), "c.yml", validDocker, 0o600)
	c, err := LoadConfig(p)
	if err != nil || c.Runners["linux"].Docker.Image != "runner:latest" {
		t.Fatalf("LoadConfig = %+v, %v", c, err)
	}
	if _, err := LoadConfig(filepath.Join(t.TempDir(), "absent.yml")); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("missing file error = %v", err)
	}
}
