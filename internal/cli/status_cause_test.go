package cli

import (
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/causes"
	"github.com/outrunner/outrunner/messages"
)

// notServingStatus has one scale set that serves and one that GitHub
// refuses, with a runner that gave up on a missing image.
func notServingStatus() *messages.Status {
	badToken := `ensuring the scale set exists: runner group "default": request POST http://gh/x failed(status="401 Unauthorized"): Bad credentials`
	c := causes.Text(badToken)
	return &messages.Status{DaemonID: "h", PID: 1, StartedAt: t0.Add(-time.Minute),
		ScaleSets: []messages.ScaleSetSnapshot{
			{Name: "good", State: messages.StateActive, BackendHealthy: true, Listener: messages.ListenerListening},
			{Name: "linux", State: messages.StateAuthFailed, Error: c.String(), Cause: c.Summary, Hint: c.Hint, BackendHealthy: true,
				Listener: messages.ListenerBackoff, ListenerError: badToken,
				Failed: []messages.RunnerSnapshot{{Name: "linux-deadbeef", Phase: messages.RunnerProvisioning, Attempts: 1, GaveUp: true,
					LastError: "starting the environment: docker: start runner linux-deadbeef: image img-never:1 is not present on the engine and pull_policy is never"}}},
		}}
}

func TestStatusExitCodeAndCauses(t *testing.T) {
	serving := notServingStatus()
	serving.ScaleSets = serving.ScaleSets[:1]
	tests := []struct {
		name     string
		status   *messages.Status
		args     []string
		code     int
		contains []string
	}{
		{"every scale set serves", serving, nil, 0, []string{"good", "active"}},
		{"tables", notServingStatus(), nil, exitNotServing, []string{
			"auth_failed", "401 Bad credentials from GitHub: the token is wrong",
			"image img-never:1 is missing and pull_policy is never"}},
		{"json", notServingStatus(), []string{"--json"}, exitNotServing, []string{
			`"state": "auth_failed"`, `"cause": "401 Bad credentials from GitHub"`, `"hint": "the token is wrong`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sock := serveAdmin(t, &statusDaemon{st: tt.status})
			code, out, errOut := execute(t, newStatusCommand, &globalFlags{configPath: "/nonexistent.yml"}, append(tt.args, "--socket", sock)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out, errOut)
			}
			for _, s := range tt.contains {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
		})
	}
}
