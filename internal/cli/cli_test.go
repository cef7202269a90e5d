package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run executes the command line in-process.
func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Execute(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func writeConfig(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config.yml")
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestValidate(t *testing.T) {
	t.Setenv("GITHUB_TOKEN", "ghp_from_env_for_tests")
	bad := writeConfig(t, `url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    max_runner: 3
    docker: {image: r}
    tart: {image: t}
`)
	share := t.TempDir()
	badBackends := writeConfig(t, `url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker:
      image: r
      mounts:
        - {source: /nonexistent/outrunner-cache, target: /cache}
  mac:
    labels: [mac]
    tart:
      image: ghcr.io/cirruslabs/macos-sequoia-xcode:latest
      mounts:
        - {name: "a,b", source: `+share+`}
        - {name: c, source: "/srv/a,b"}
`)
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  []string
		wantErr  []string
		notInAny []string
	}{
		{"example mixed", []string{"validate", "--config", "../../examples/mixed.yml"}, 0,
			[]string{"config OK: ../../examples/mixed.yml (4 runners)", "linux", "docker", "macos", "tart", "GITHUB_TOKEN"}, nil,
			[]string{"ghp_from_env_for_tests"}},
		{"all errors at once", []string{"validate", "--config", bad}, 1, nil,
			[]string{bad + `:5: runners.linux.max_runner: unknown key (did you mean "max_runners"?)`,
				bad + ":3: runners.linux: both docker and tart are set", "2 errors"}, nil},
		{"backend rules", []string{"validate", "--config", badBackends}, 1, nil,
			[]string{badBackends + ":8: runners.linux.docker.mounts[0].source: /nonexistent/outrunner-cache does not exist on this host",
				badBackends + `:14: runners.mac.tart.mounts[0].name: "a,b" must be letters, digits`,
				badBackends + `:15: runners.mac.tart.mounts[1].source: "/srv/a,b" contains ':' or ','`,
				"3 errors"}, nil},
		{"missing file", []string{"validate", "--config", "/nonexistent/outrunner.yml"}, 1, nil,
			[]string{"/nonexistent/outrunner.yml: the configuration file does not exist"}, nil},
		{"print redacts", []string{"validate", "--print", "--config", writeConfig(t, `url: https://github.com/o
runners:
  r:
    labels: [l]
    docker: {image: i, env: {API_TOKEN: hunter2-secret}}
`)}, 0, []string{"# effective configuration", "pull_policy: missing", "API_TOKEN: '[REDACTED]'"}, nil, []string{"hunter2-secret"}},
		{"flag overrides file", []string{"validate", "--max-runners", "7", "--config", writeConfig(t, `url: https://github.com/o
runners: {r: {labels: [l], sim: {}}}
`)}, 0, []string{"  r       sim      l       7"}, nil, nil},
		{"token flag warns", []string{"validate", "--token", "ghp_flag_value_123", "--config", "../../examples/sim.yml"}, 0,
			[]string{"--token"}, []string{"shows the token in the process list"}, []string{"ghp_flag_value_123"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(t, tc.args...)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.wantCode, out, errOut)
			}
			for _, w := range tc.wantOut {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tc.wantErr {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			for _, w := range tc.notInAny {
				if strings.Contains(out+errOut, w) {
					t.Errorf("output reveals %q", w)
				}
			}
		})
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		code, out, _ := run(t, args...)
		if code != 0 || !strings.HasPrefix(out, "outrunner ") {
			t.Errorf("%v: exit %d, %q", args, code, out)
		}
	}
}

func TestUnknownCommand(t *testing.T) {
	code, _, errOut := run(t, "frobnicate")
	if code != 1 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
