package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/testutil/testlog"
	"github.com/outrunner/outrunner/internal/testutil/testwait"
)

// The terminal tests run the binary in a tmux pane of 80×24 and read the
// pane back. Without tmux they skip, unless
// OUTRUNNER_REQUIRE_INTEGRATION=1 (make test-integration, which installs
// it through scripts/testenv.sh; .ci/run installs it for make test too).

// paneWidth and paneHeight are the smallest terminal outrunner's output
// is made for.
const paneWidth, paneHeight = 80, 24

// tmuxPane is one detached tmux session on a private server.
type tmuxPane struct {
	t      *testing.T
	socket string
}

// newTmuxPane starts a detached 80×24 session running command under sh.
func newTmuxPane(t *testing.T, command string) *tmuxPane {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("OUTRUNNER_REQUIRE_INTEGRATION") == "1" {
			t.Fatalf("tmux is not installed: %v", err)
		}
		t.Skipf("terminal test skipped: tmux is not installed (%v)", err)
	}
	p := &tmuxPane{t: t, socket: filepath.Join(shortTempDir(t), "tmux")}
	p.tmux("-f", "/dev/null", "new-session", "-d", "-s", "test", "-x", fmt.Sprint(paneWidth), "-y", fmt.Sprint(paneHeight), command)
	t.Cleanup(func() { _ = exec.Command("tmux", "-S", p.socket, "kill-server").Run() })
	return p
}

// tmux runs a tmux command against the pane's server.
func (p *tmuxPane) tmux(args ...string) string {
	p.t.Helper()
	cmd := exec.Command("tmux", append([]string{"-u", "-S", p.socket}, args...)...)
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8")
	out, err := cmd.CombinedOutput()
	if err != nil {
		p.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// screen is what the pane shows now.
func (p *tmuxPane) screen() string { return p.tmux("capture-pane", "-p", "-t", "test") }

// history is the pane's scrolled-off lines and its screen.
func (p *tmuxPane) history() string { return p.tmux("capture-pane", "-p", "-S", "-", "-t", "test") }

// format reads a tmux format variable of the pane.
func (p *tmuxPane) format(f string) string {
	return strings.TrimSpace(p.tmux("display-message", "-p", "-t", "test", f))
}

// waitFor waits until the screen shows s, and returns the screen.
func (p *tmuxPane) waitFor(timeout time.Duration, s string) string {
	p.t.Helper()
	var screen string
	if !testwait.Within(timeout, func() bool { screen = p.screen(); return strings.Contains(screen, s) }) {
		p.t.Fatalf("timed out after %s waiting for %q in the pane:\n%s", timeout, s, p.history())
	}
	return screen
}

// checkWidth fails on any line wider than the pane.
func checkWidth(t *testing.T, what, text string) {
	t.Helper()
	for line := range strings.Lines(text) {
		line = strings.TrimRight(line, "\n")
		if n := utf8.RuneCountInString(line); n > paneWidth {
			t.Errorf("%s: a line of %d characters: %q", what, n, line)
		}
	}
}

// progressLine matches a line of simulate's progress.
var progressLine = regexp.MustCompile(`^\s*\d+\.\ds\s+jobs \d+/\d+`)

func TestIntegrationTerminalSimulateAt80x24(t *testing.T) {
	bin := outrunnerBinary(t)
	p := newTmuxPane(t, bin+" simulate --jobs 30 --rate 10 --job-duration 200ms --scale-sets 2 --max-runners 4 --seed 7; echo simulate-exit=$?; exec sleep 600")
	p.waitFor(2*time.Minute, "simulate-exit=")
	hist := p.history()
	t.Logf("pane (80×24, with history):\n%s", hist)
	checkWidth(t, "simulate", hist)

	progress := 0
	for line := range strings.Lines(hist) {
		if progressLine.MatchString(line) {
			progress++
		}
	}
	// Redrawn in place: the last progress line stays, nothing scrolls.
	if progress < 1 || progress > 2 {
		t.Errorf("%d progress lines in the history, want 1 (redrawn in place)", progress)
	}
	if n := len(strings.Split(strings.TrimSpace(hist), "\n")); n > 15 {
		t.Errorf("%d lines in the history, want the progress line and the summary", n)
	}
	for _, prefix := range []string{"Simulation summary (sim backend, 2 scale sets, ", "  jobs           30/30 completed: ",
		"  queue → start  p50 ", "  daemon's own   p50 ", "  github         ", "  runners        ", "  leaks          0 registrations, 0 environments, 0 sessions",
		"  throughput     ", "OK: every job completed, nothing leaked", "simulate-exit=0"} {
		found := 0
		for line := range strings.Lines(hist) {
			if strings.HasPrefix(line, prefix) {
				found++
			}
		}
		if found != 1 {
			t.Errorf("%d summary lines start with %q, want 1", found, prefix)
		}
	}
}

func TestIntegrationTerminalStatusWatchAt80x24(t *testing.T) {
	bin := outrunnerBinary(t)
	sim, err := ghsim.New(ghsim.Options{PollHold: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	dir := shortTempDir(t)
	socket := filepath.Join(dir, "admin.sock")
	var cfg strings.Builder
	fmt.Fprintf(&cfg, "url: %s\ndaemon_id: terminal\nstate_dir: %s\nadmin: {socket: %s}\nrunners:\n", sim.ConfigURL(), filepath.Join(dir, "state"), socket)
	for _, name := range []string{"alpha", "beta", "gamma"} {
		fmt.Fprintf(&cfg, "  %s:\n    labels: [%s]\n    max_runners: 8\n    sim: {}\n", name, name)
	}
	daemon := exec.Command(bin, "run", "--config", writeConfig(t, cfg.String()))
	daemon.Env = append(os.Environ(), "GITHUB_TOKEN="+sim.Token())
	var logs testlog.Buffer
	daemon.Stdout, daemon.Stderr = &logs, &logs
	if err := daemon.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = daemon.Process.Kill(); _ = daemon.Wait() }()
	testwait.Until(t, time.Minute, "three sessions", func() bool { return len(sim.State().Sessions) == 3 })
	// 24 busy runners: more rows than 24 lines hold.
	for _, name := range []string{"alpha", "beta", "gamma"} {
		if _, err := sim.EnqueueJobs(ghsim.JobSpec{Labels: []string{name}, Duration: ghsim.Duration(time.Hour)}, 8); err != nil {
			t.Fatal(err)
		}
	}
	testwait.Until(t, time.Minute, "24 running jobs", func() bool { return sim.State().JobCounts().Running == 24 })

	p := newTmuxPane(t, "PS1='test$ ' exec sh")
	// Keys typed before the prompt would be echoed ahead of it.
	p.waitFor(30*time.Second, "test$")
	for i, stop := range []struct {
		name string
		stop func()
	}{
		{"Ctrl-C", func() { p.tmux("send-keys", "-t", "test", "C-c") }},
		{"SIGTERM", func() {
			shell := p.format("#{pane_pid}")
			children, err := os.ReadFile("/proc/" + shell + "/task/" + shell + "/children")
			pid, convErr := strconv.Atoi(strings.TrimSpace(string(children)))
			if err != nil || convErr != nil {
				t.Fatalf("the shell's child: %q, %v, %v", children, err, convErr)
			}
			if err := syscall.Kill(pid, syscall.SIGTERM); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		marker := fmt.Sprintf("before-watch-%d", i)
		p.tmux("send-keys", "-t", "test", "echo "+marker, "Enter")
		p.waitFor(30*time.Second, "\n"+marker)
		p.tmux("send-keys", "-t", "test", bin+" status --watch --socket "+socket, "Enter")
		frame := p.waitFor(30*time.Second, "RUNNER")
		t.Logf("status --watch (80×24):\n%s", frame)
		lines := strings.Split(strings.TrimRight(frame, "\n"), "\n")
		if !strings.HasPrefix(lines[0], "Every 2s: outrunner status (Ctrl-C to stop)") {
			t.Errorf("the header is not on the first line:\n%s", frame)
		}
		checkWidth(t, "status --watch", frame)
		// "daemon_id" alone: a long version (a dirty tree's +dirty) cuts the
		// header line before the ID itself.
		for _, want := range []string{"daemon_id", "SCALE SET", "alpha", "RUNNER", " more"} {
			if !strings.Contains(frame, want) {
				t.Errorf("the frame lacks %q:\n%s", want, frame)
			}
		}
		if p.format("#{alternate_on}") != "1" {
			t.Errorf("status --watch does not draw in the alternate screen")
		}
		if hist := p.history(); strings.Contains(hist, marker) {
			t.Errorf("the frame is drawn over the shell's screen:\n%s", hist)
		}

		stop.stop()
		testwait.Until(t, 30*time.Second, "the normal screen back after "+stop.name, func() bool { return p.format("#{alternate_on}") == "0" })
		p.tmux("send-keys", "-t", "test", "echo watch-exit=$?", "Enter")
		// The output line, not the typed command that also holds the text.
		after := p.waitFor(30*time.Second, "\nwatch-exit=")
		t.Logf("after %s:\n%s", stop.name, after)
		if !strings.Contains(after, "\n"+marker) || strings.Contains(after, "Every 2s") || strings.Contains(after, "SCALE SET") {
			t.Errorf("%s: the screen is not restored:\n%s", stop.name, after)
		}
		if !strings.Contains(after, "watch-exit=0") {
			t.Errorf("status --watch did not exit 0 on %s:\n%s", stop.name, after)
		}
		if p.format("#{cursor_flag}") != "1" {
			t.Errorf("%s: the cursor is still hidden", stop.name)
		}
	}
}
