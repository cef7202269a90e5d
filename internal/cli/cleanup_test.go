package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/outrunner/outrunner/internal/journal"
	"github.com/outrunner/outrunner/internal/statelock"
	"github.com/outrunner/outrunner/messages"
)

func TestCleanupCommand(t *testing.T) {
	t.Setenv("GITHUB_TOKEN", "ghp_cleanup_test_token")
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	dir := shortTempDir(t)
	live := serveAdmin(t, &statusDaemon{st: &messages.Status{DaemonID: "host-1"}})
	cfg := func(socket, stateDir string) string {
		return writeConfig(t, `url: https://github.com/o
daemon_id: host-1
state_dir: `+stateDir+`
admin: {socket: "`+socket+`"}
github: {retry_max: 0}
runners: {linux: {labels: [linux], sim: {}}}
`)
	}
	emptyState := filepath.Join(dir, "empty")
	failingState := filepath.Join(dir, "failing")
	if err := os.MkdirAll(failingState, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(journal.Path(failingState), []byte(
		`{"op":"+","scale_set":"linux","name":"runner-linux-x","url":"http://127.0.0.1:1/o","runner_id":5,"created_at":"2026-03-30T21:08:31Z"}`+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	noDaemon := filepath.Join(dir, "none.sock")
	lockedState := filepath.Join(dir, "locked")
	lock, err := statelock.Acquire(lockedState, statelock.Holder{PID: 4242, Role: statelock.RoleDaemon, AdminSocket: "/run/other.sock"})
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()
	inUse := "state_dir " + lockedState + " is in use by another outrunner (pid 4242, admin socket /run/other.sock)"

	tests := []struct {
		name     string
		config   string
		args     []string
		code     int
		contains []string
		errs     []string
	}{
		{"refuses while a daemon answers", cfg(live, emptyState), nil, 1, nil,
			[]string{"a daemon answers on " + live + " (pid 1, daemon_id host-1)", "Stop it first"}},
		{"refuses without a socket", cfg("", emptyState), nil, 1, nil,
			[]string{"the admin API is disabled", "pass --force"}},
		{"nothing to do", cfg(noDaemon, emptyState), []string{"--dry-run"}, 0,
			[]string{"Dry run: nothing is removed.", "Environments of daemon_id host-1:", "sim environments live inside the daemon process",
				"none (no journal)", "Dry run: would remove 0 environments and 0 registrations."}, nil},
		{"forced", cfg("", emptyState), []string{"--force", "--dry-run"}, 0, []string{"would remove 0 environments"}, nil},
		{"refuses while another outrunner holds state_dir", cfg(noDaemon, lockedState), []string{"--dry-run"}, 1, nil,
			[]string{inUse, "Stop it first"}},
		{"refuses a held state_dir even forced", cfg("", lockedState), []string{"--force"}, 1, nil,
			[]string{inUse, "Stop it first"}},
		{"dry run lists the journal", cfg(noDaemon, failingState), []string{"--dry-run"}, 0,
			[]string{"runner-linux-x  scale set linux  runner ID 5  http://127.0.0.1:1/o", "would remove 0 environments and 1 registration."}, nil},
		{"reports what it could not remove", cfg(noDaemon, failingState), nil, 1,
			[]string{"FAILED to remove registration runner-linux-x: removing it from http://127.0.0.1:1/o", "1 problem:"}, nil},
		{"invalid config", writeConfig(t, "runners: {linux: {labels: [l]}}\n"), nil, 1, nil, []string{"the configuration is invalid"}},
		{"backend settings a runner could not start with", writeConfig(t, `url: https://github.com/o
daemon_id: host-1
state_dir: `+emptyState+`
admin: {socket: "`+noDaemon+`"}
runners: {linux: {labels: [linux], sim: {start_failure_rate: 2}}}
`), []string{"--dry-run"}, 0, []string{"would remove 0 environments"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := execute(t, newCleanupCommand, &globalFlags{configPath: tc.config}, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, out, errOut)
			}
			for _, s := range tc.contains {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tc.errs {
				if !strings.Contains(errOut, s) {
					t.Errorf("stderr lacks %q:\n%s", s, errOut)
				}
			}
			if strings.Contains(out+errOut, "ghp_cleanup_test_token") {
				t.Error("output reveals the token")
			}
		})
	}
}
