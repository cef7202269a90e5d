package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/testutil/testlog"
	"github.com/outrunner/outrunner/messages"
)

// operated is a daemon binary run the way an operator runs it.
type operated struct {
	t      *testing.T
	bin    string
	sim    *ghsim.Server
	path   string // configuration file
	socket string
	state  string
	out    *testlog.Buffer
	cmd    *exec.Cmd
	exited chan error
}

// write replaces the configuration atomically with these scale sets
// (name → max_runners).
func (o *operated) write(sets ...string) {
	o.t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "url: %s\ndaemon_id: operate\nstate_dir: %s\nadmin: {socket: %s}\ndrain_timeout: 30s\nrunners:\n", o.sim.ConfigURL(), o.state, o.socket)
	for _, s := range sets {
		name, max, _ := strings.Cut(s, "=")
		fmt.Fprintf(&b, "  %s:\n    labels: [%s]\n    max_runners: %s\n    sim: {}\n", name, name, max)
	}
	tmp := o.path + ".tmp"
	if err := os.WriteFile(tmp, []byte(b.String()), 0o600); err != nil {
		o.t.Fatal(err)
	}
	if err := os.Rename(tmp, o.path); err != nil {
		o.t.Fatal(err)
	}
}

// status runs `outrunner status --json` against the socket. Exit code 3
// (a scale set does not serve) still prints the status.
func (o *operated) status() messages.Status {
	o.t.Helper()
	out, err := exec.Command(o.bin, "status", "--json", "--socket", o.socket).Output()
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == exitNotServing {
		err = nil
	}
	if err != nil {
		o.t.Fatalf("outrunner status --json: %v\n%s\ndaemon output:\n%s", err, out, o.out.String())
	}
	var st messages.Status
	if err := json.Unmarshal(out, &st); err != nil {
		o.t.Fatalf("status JSON: %v\n%s", err, out)
	}
	return st
}

func (o *operated) scaleSet(name string) (messages.ScaleSetSnapshot, bool) {
	for _, s := range o.status().ScaleSets {
		if s.Name == name {
			return s, true
		}
	}
	return messages.ScaleSetSnapshot{}, false
}

// eventually polls cond until it holds.
func (o *operated) eventually(what string, cond func() bool) {
	o.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			o.t.Fatalf("timed out waiting for %s\ndaemon output:\n%s", what, o.out.String())
		}
		select {
		case <-o.sim.Changed():
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// overSocket is an HTTP client that talks to the admin socket.
func overSocket(socket string) *http.Client {
	return &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "unix", socket)
	}}}
}

// TestOperateTheDaemon is the operator's scenario end to end through the
// real binary: status, hot reload by file changes, a broken file, a deleted
// file, a removed scale set with a running job, metrics, and SIGTERM.
func TestOperateTheDaemon(t *testing.T) {
	bin := outrunnerBinary(t)
	// GitHub fails a job whose runner vanished once it misses it for a
	// while; here after a second.
	sim, err := ghsim.New(ghsim.Options{PollHold: 200 * time.Millisecond, RunnerLostTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	dir := t.TempDir()
	o := &operated{t: t, bin: bin, sim: sim, path: filepath.Join(dir, "config.yml"), socket: filepath.Join(dir, "run", "admin.sock"),
		state: filepath.Join(dir, "state"), out: &testlog.Buffer{}, exited: make(chan error, 1)}
	o.write("alpha=2", "beta=1")
	o.cmd = exec.Command(bin, "run", "--config", o.path)
	o.cmd.Env = append(os.Environ(), "GITHUB_TOKEN="+sim.Token())
	o.cmd.Stdout, o.cmd.Stderr = o.out, o.out
	if err := o.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { o.exited <- o.cmd.Wait() }()
	defer func() { _ = o.cmd.Process.Kill() }()

	o.eventually("the admin socket", func() bool {
		return exec.Command(o.bin, "status", "--json", "--socket", o.socket).Run() == nil
	})
	o.eventually("two scale sets listening", func() bool {
		st := o.status()
		n := 0
		for _, s := range st.ScaleSets {
			if s.Listener == messages.ListenerListening {
				n++
			}
		}
		return n == 2
	})
	if info, err := os.Stat(o.socket); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("admin socket mode = %v, %v", info.Mode(), err)
	}

	// Jobs show in the status.
	if _, err := sim.EnqueueJobs(ghsim.JobSpec{Labels: []string{"alpha"}, Duration: ghsim.Duration(time.Hour)}, 2); err != nil {
		t.Fatal(err)
	}
	o.eventually("two runners running jobs", func() bool {
		s, _ := o.scaleSet("alpha")
		return s.RunnerCount(messages.RunnerRunning) == 2
	})
	beta, _ := o.scaleSet("beta")

	// A scale set added by an atomic replace appears; the others keep their
	// sessions and runners.
	alpha, _ := o.scaleSet("alpha")
	o.write("alpha=2", "beta=1", "gamma=1")
	o.eventually("gamma listening", func() bool {
		s, ok := o.scaleSet("gamma")
		return ok && s.Listener == messages.ListenerListening
	})
	for _, before := range []messages.ScaleSetSnapshot{alpha, beta} {
		after, _ := o.scaleSet(before.Name)
		if after.SessionID != before.SessionID || len(after.Runners) != len(before.Runners) {
			t.Errorf("%s was disturbed by the reload: session %s → %s, runners %d → %d",
				before.Name, before.SessionID, after.SessionID, len(before.Runners), len(after.Runners))
		}
	}

	// A broken file written in place keeps the last good configuration.
	if err := os.WriteFile(o.path, []byte("runners:\n  alpha:\n    labels: [alpha]\n    max_runner: 5\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	o.eventually("the reload error in status", func() bool { return o.status().Config.LastReloadError != "" })
	if st := o.status(); !strings.Contains(st.Config.LastReloadError, "max_runner") || len(st.ScaleSets) != 3 {
		t.Fatalf("after a broken file: %+v", st.Config)
	}
	o.eventually("the rejection in the logs", func() bool {
		return strings.Contains(o.out.String(), "configuration rejected; keeping the last good one")
	})

	// Deleted and created again: the watch still works, and the new
	// max_runners reaches GitHub on the next poll.
	if err := os.Remove(o.path); err != nil {
		t.Fatal(err)
	}
	o.eventually("the missing file reported", func() bool { return strings.Contains(o.status().Config.LastReloadError, "does not exist") })
	o.write("alpha=2", "beta=3", "gamma=1")
	o.eventually("beta's new capacity sent", func() bool {
		st := sim.State()
		set, ok := st.ScaleSet("beta")
		if !ok {
			return false
		}
		for _, s := range st.Sessions {
			if s.ScaleSetID == set.ID && s.MaxCapacity == 3 {
				return true
			}
		}
		return false
	})

	// A scale set removed with a running job: the job finishes, then it
	// is gone.
	if _, err := sim.EnqueueJobs(ghsim.JobSpec{Labels: []string{"gamma"}, Duration: ghsim.Duration(time.Second)}, 1); err != nil {
		t.Fatal(err)
	}
	o.eventually("gamma's job running", func() bool {
		s, _ := o.scaleSet("gamma")
		return s.RunnerCount(messages.RunnerRunning) == 1
	})
	o.write("alpha=2", "beta=3")
	o.eventually("gamma drained away", func() bool { _, ok := o.scaleSet("gamma"); return !ok })
	if c := sim.State().JobCounts(); c.Succeeded != 1 || c.Failed != 0 {
		t.Fatalf("gamma's job did not finish cleanly: %+v", c)
	}

	// Metrics parse and hold outrunner's and protoactor's series.
	resp, err := overSocket(o.socket).Get("http://outrunner/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(strings.NewReader(string(body)))
	if err != nil {
		t.Fatalf("metrics do not parse: %v", err)
	}
	for _, name := range []string{"outrunner_runners", "outrunner_config_reloads_total", "outrunner_jobs_started_total", "protoactor_actor_message_receive_duration_seconds"} {
		if _, ok := families[name]; !ok {
			t.Errorf("metric %s missing", name)
		}
	}

	// The human status renders the three tables.
	human, err := exec.Command(bin, "status", "--socket", o.socket).Output()
	if err != nil {
		t.Fatalf("outrunner status: %v", err)
	}
	for _, want := range []string{"alpha", "beta", "listener", "runner-alpha-"} {
		if !strings.Contains(string(human), want) {
			t.Errorf("status output lacks %q:\n%s", want, human)
		}
	}

	// Two SIGTERMs: the drain, then at once. The hour-long jobs are
	// stopped, and nothing is left.
	if err := o.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// Signals of one kind are not queued: send the second once the first
	// has been taken.
	o.eventually("the drain", func() bool { return strings.Contains(o.out.String(), "draining: no new jobs") })
	if err := o.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-o.exited:
		if err != nil {
			t.Fatalf("exit: %v\n%s", err, o.out.String())
		}
	case <-time.After(60 * time.Second):
		t.Fatalf("no exit after SIGTERM\n%s", o.out.String())
	}
	if n := len(sim.State().Sessions); n != 0 {
		t.Fatalf("%d sessions left open", n)
	}
	// The registrations of the killed jobs go once GitHub misses their
	// runners; the daemon kept them in its journal for the next start.
	o.eventually("no registrations left", func() bool { return len(sim.State().Registrations) == 0 })
	if _, err := os.Stat(o.socket); !os.IsNotExist(err) {
		t.Errorf("the admin socket was not removed: %v", err)
	}
}
