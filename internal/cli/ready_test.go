package cli

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/testutil/testlog"
	"github.com/outrunner/outrunner/internal/testutil/testwait"
	"github.com/outrunner/outrunner/messages"
)

// TestStatusExitsNonZeroWhenAScaleSetDoesNotServe runs the daemon with a
// wrong token, and with an unreachable URL: it says it is ready without
// claiming that every scale set serves, `outrunner status` (and --json)
// exits 3, and the table's LAST ERROR leads with the cause.
func TestStatusExitsNonZeroWhenAScaleSetDoesNotServe(t *testing.T) {
	bin := outrunnerBinary(t)
	sim, err := ghsim.New(ghsim.Options{PollHold: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String() + "/acme"
	_ = ln.Close()
	tests := []struct {
		name, url, token string
		state, cause     string
	}{
		{"wrong token", sim.ConfigURL(), "ghp_wrong", messages.StateAuthFailed, "401 Bad credentials from GitHub"},
		{"unreachable URL", closed, sim.Token(), messages.StateUnreachable, "connection refused"},
		{"no credentials", sim.ConfigURL(), "", messages.StateAuthFailed, "no GitHub credentials"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			socket := filepath.Join(dir, "admin.sock")
			cfg := fmt.Sprintf("url: %s\ndaemon_id: ready\nstate_dir: %s\nadmin: {socket: %s}\nrunners:\n  linux:\n    labels: [linux]\n    sim: {}\n",
				tt.url, filepath.Join(dir, "state"), socket)
			path := filepath.Join(dir, "config.yml")
			if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
				t.Fatal(err)
			}
			out := &testlog.Buffer{}
			cmd := exec.Command(bin, "run", "--config", path)
			cmd.Env = withoutToken(os.Environ())
			if tt.token != "" {
				cmd.Env = append(cmd.Env, "GITHUB_TOKEN="+tt.token)
			}
			cmd.Stdout, cmd.Stderr = out, out
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()

			if !testwait.Within(5*time.Second, func() bool {
				return strings.Contains(out.String(), "ready, but not every scale set is serving")
			}) {
				t.Fatalf("no readiness line within 5 s; output:\n%s", out.String())
			}
			if strings.Contains(out.String(), "ready: every scale set is serving") {
				t.Errorf("the daemon claims every scale set serves:\n%s", out.String())
			}
			for _, args := range [][]string{{"status"}, {"status", "--json"}} {
				text, err := exec.Command(bin, append(args, "--socket", socket)...).Output()
				var exit *exec.ExitError
				if !errors.As(err, &exit) || exit.ExitCode() != exitNotServing {
					t.Errorf("outrunner %s: %v, want exit status %d\n%s", strings.Join(args, " "), err, exitNotServing, text)
				}
				if !strings.Contains(string(text), tt.state) || !strings.Contains(string(text), tt.cause) {
					t.Errorf("outrunner %s does not show %s and %q:\n%s", strings.Join(args, " "), tt.state, tt.cause, text)
				}
				if len(args) == 1 {
					t.Logf("outrunner status:\n%s", text)
				}
			}
		})
	}
}

// withoutToken returns env without GITHUB_TOKEN.
func withoutToken(env []string) []string {
	var out []string
	for _, e := range env {
		if !strings.HasPrefix(e, "GITHUB_TOKEN=") {
			out = append(out, e)
		}
	}
	return out
}

func TestServingSummary(t *testing.T) {
	tests := []struct {
		name string
		sets []messages.ScaleSetSnapshot
		all  bool
		want string
	}{
		{"none", nil, true, "0 of 0 scale sets serving"},
		{"all", []messages.ScaleSetSnapshot{{Name: "a", State: messages.StateActive}}, true, "1 of 1 scale sets serving"},
		{"one not", []messages.ScaleSetSnapshot{
			{Name: "a", State: messages.StateActive},
			{Name: "linux", State: messages.StateAuthFailed, Cause: "401 Bad credentials from GitHub"},
			{Name: "mac", State: messages.StateStarting},
		}, false, "1 of 3 scale sets serving; not serving: linux (auth_failed: 401 Bad credentials from GitHub), mac (starting)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum := summarize(&messages.Status{ScaleSets: tt.sets})
			if sum.all() != tt.all || sum.String() != tt.want {
				t.Errorf("summary = %q (all %v), want %q (all %v)", sum.String(), sum.all(), tt.want, tt.all)
			}
		})
	}
}
