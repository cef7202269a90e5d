package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/testutil/testbin"
	"github.com/outrunner/outrunner/internal/testutil/testlog"
)

// startProcess starts cmd with its output in a buffer, and returns the
// buffer and a channel that receives cmd's exit; cmd is killed when the test
// ends.
func startProcess(t *testing.T, cmd *exec.Cmd) (*testlog.Buffer, <-chan error) {
	t.Helper()
	out := &testlog.Buffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	return out, exited
}

// outrunnerBinary builds the real binary once for the tests that run it.
func outrunnerBinary(t *testing.T) string {
	t.Helper()
	return testbin.Outrunner(t)
}

// TestRunAgainstSimulateServerDrainsOnSIGTERM is the daemon as users run
// it: the binary against a simulator, jobs posted to the control API, and
// SIGTERM at the end.
func TestRunAgainstSimulateServerDrainsOnSIGTERM(t *testing.T) {
	bin := outrunnerBinary(t)
	sim, err := ghsim.New(ghsim.Options{PollHold: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	cfg := writeConfig(t, fmt.Sprintf(`url: %s
daemon_id: cli-test
state_dir: %s
admin: {socket: ""}
runners:
  linux:
    labels: [linux]
    max_runners: 3
    sim: {}
`, sim.ConfigURL(), t.TempDir()))
	cmd := exec.Command(bin, "run", "--config", cfg)
	cmd.Env = append(os.Environ(), "GITHUB_TOKEN="+sim.Token())
	out, exited := startProcess(t, cmd)

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := sim.WaitFor(ctx, func(st ghsim.State) bool { return len(st.Sessions) == 1 }); err != nil {
		t.Fatalf("the daemon never opened a session: %v\n%s", err, out.String())
	}
	resp, err := http.Post(sim.URL()+"/_sim/jobs", "application/json",
		strings.NewReader(`{"labels":["linux"],"count":5,"duration":"200ms","result":"succeeded"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("POST /_sim/jobs = %s", resp.Status)
	}
	if err := sim.WaitFor(ctx, func(st ghsim.State) bool { return st.JobCounts().Succeeded == 5 }); err != nil {
		t.Fatalf("jobs did not complete: %v\n%s", err, out.String())
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("exit after SIGTERM: %v\n%s", err, out.String())
		}
	case <-ctx.Done():
		t.Fatalf("no exit after SIGTERM\n%s", out.String())
	}
	st := sim.State()
	if len(st.Registrations) != 0 || len(st.Sessions) != 0 {
		t.Fatalf("left behind: %d registrations, %d sessions", len(st.Registrations), len(st.Sessions))
	}
	logs := out.String()
	for _, want := range []string{"INFO loaded config", "listening for jobs", "draining", "stopped"} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %q:\n%s", want, logs)
		}
	}
	if strings.Contains(logs, sim.Token()) {
		t.Errorf("the token appears in the logs")
	}
}

// TestSimulateServerControlAPI starts the standalone simulator and uses
// its control API as the documentation shows.
func TestSimulateServerControlAPI(t *testing.T) {
	bin := outrunnerBinary(t)
	cmd := exec.Command(bin, "simulate", "server", "--listen", "127.0.0.1:0")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	sc := bufio.NewScanner(stdout)
	var base, configURL string
	for sc.Scan() && configURL == "" {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "Simulator listening on "); ok {
			base = rest
		}
		if rest, ok := strings.CutPrefix(line, "Config URL: "); ok {
			configURL = rest
		}
	}
	if base == "" || !strings.HasPrefix(configURL, base+"/") {
		t.Fatalf("printed base %q, config URL %q", base, configURL)
	}
	go func() { _, _ = io.Copy(io.Discard, stdout) }()
	resp, err := http.Post(base+"/_sim/jobs", "application/json", strings.NewReader(`{"labels":["linux"],"count":5,"duration":"2s","result":"succeeded"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	resp, err = http.Get(base + "/_sim/state")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var state struct {
		Jobs          map[string]int `json:"jobs"`
		Registrations int            `json:"registrations"`
		Sessions      int            `json:"sessions"`
		ScaleSets     []any          `json:"scale_sets"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&state); err != nil {
		t.Fatal(err)
	}
	if state.Jobs["queued"] != 5 || state.Registrations != 0 || state.Sessions != 0 {
		t.Fatalf("state = %+v", state)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
}
