package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInitWritesAConfigThatValidates runs init for every backend, then
// validate on what it wrote.
func TestInitWritesAConfigThatValidates(t *testing.T) {
	t.Setenv("GITHUB_TOKEN", "ghp_from_env_for_tests")
	t.Setenv("DOCKER_HOST", "unix://"+filepath.Join(t.TempDir(), "no-engine.sock"))
	t.Setenv("PATH", t.TempDir()) // no tart
	tests := []struct {
		backend string
		wantOut []string
	}{
		{"docker", []string{"warning docker engine:", "GITHUB_TOKEN=... outrunner run --config"}},
		{"libvirt", []string{"libvirt", "outrunner validate --config"}},
		{"tart", []string{"warning tart:", "outrunner validate --config"}},
		{"sim", []string{"ok      sim:", "outrunner simulate server", "GITHUB_TOKEN=sim-token outrunner run --config"}},
	}
	for _, tc := range tests {
		t.Run(tc.backend, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "etc", "config.yml")
			code, out, errOut := run(t, "init", "--backend", tc.backend, "--config", path)
			if code != 0 {
				t.Fatalf("init exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
			}
			for _, w := range append(tc.wantOut, "wrote "+path, "outrunner validate --config "+path) {
				if !strings.Contains(out, w) {
					t.Errorf("init output lacks %q:\n%s", w, out)
				}
			}
			code, out, errOut = run(t, "validate", "--config", path)
			if code != 0 || !strings.Contains(out, "config OK") {
				t.Fatalf("validate of the starter: exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
			}
		})
	}
}

func TestInitRefusesToOverwrite(t *testing.T) {
	path := writeConfig(t, "# mine\n")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
		wantFile string // prefix of the file afterwards
	}{
		{"without --force", nil, 1, path + " already exists; not overwriting it (pass --force to replace it)", "# mine"},
		{"unknown backend", []string{"--backend", "podman", "--force"}, 1, `unknown backend "podman"`, "# mine"},
		{"with --force", []string{"--backend", "sim", "--force"}, 0, "", "# outrunner configuration"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := run(t, append([]string{"init", "--config", path}, tc.args...)...)
			if code != tc.wantCode || !strings.Contains(errOut, tc.wantErr) {
				t.Fatalf("exit %d, stderr %q; want %d and %q", code, errOut, tc.wantCode, tc.wantErr)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(b), tc.wantFile) {
				t.Fatalf("file starts %q, want %q", string(b)[:min(len(b), 40)], tc.wantFile)
			}
		})
	}
}
