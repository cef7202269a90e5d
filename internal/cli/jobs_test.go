package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/admin"
	"github.com/outrunner/outrunner/internal/dashboard"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/testutil/testlog"
	"github.com/outrunner/outrunner/internal/timeline"
	"github.com/outrunner/outrunner/messages"
)

// TestJobsAndExplainAgainstTheDaemon runs the binary against a simulator
// with more jobs than max_runners: outrunner jobs --json lists every job
// with its phases, and outrunner explain of a job that waited at
// max_runners names that wait as the dominant one.
func TestJobsAndExplainAgainstTheDaemon(t *testing.T) {
	bin := outrunnerBinary(t)
	sim, err := ghsim.New(ghsim.Options{PollHold: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	dir := t.TempDir()
	o := &operated{t: t, bin: bin, sim: sim, path: filepath.Join(dir, "config.yml"), socket: filepath.Join(dir, "run", "admin.sock"),
		state: filepath.Join(dir, "state"), out: &testlog.Buffer{}, exited: make(chan error, 1)}
	o.write("alpha=1")
	// The dashboard too, on a free port the log names.
	f, err := os.OpenFile(o.path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = f.WriteString("dashboard: {listen: \"127.0.0.1:0\"}\n")
	_ = f.Close()
	o.cmd = exec.Command(bin, "run", "--config", o.path)
	o.cmd.Env = append(os.Environ(), "GITHUB_TOKEN="+sim.Token())
	o.cmd.Stdout, o.cmd.Stderr = o.out, o.out
	if err := o.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { o.exited <- o.cmd.Wait() }()
	defer func() { _ = o.cmd.Process.Kill() }()
	o.eventually("the scale set listening", func() bool {
		if exec.Command(o.bin, "status", "--json", "--socket", o.socket).Run() != nil {
			return false
		}
		s, ok := o.scaleSet("alpha")
		return ok && s.Listener == messages.ListenerListening
	})

	if _, err := sim.EnqueueJobs(ghsim.JobSpec{Labels: []string{"alpha"}, Duration: ghsim.Duration(300 * time.Millisecond)}, 3); err != nil {
		t.Fatal(err)
	}
	var jobs []timeline.Job
	o.eventually("three completed jobs in outrunner jobs", func() bool {
		out, err := exec.Command(bin, "jobs", "--json", "--state", "completed", "--socket", o.socket).Output()
		if err != nil {
			t.Fatalf("outrunner jobs --json: %v", err)
		}
		var l admin.JobList
		if err := json.Unmarshal(out, &l); err != nil {
			t.Fatalf("jobs JSON: %v\n%s", err, out)
		}
		jobs = l.Jobs
		return len(jobs) == 3
	})
	// The job that waited longest for capacity: with max_runners 1 the
	// later jobs wait for the earlier ones; the first may wait a few ms.
	waited, longest := "", time.Duration(0)
	for _, j := range jobs {
		if len(j.Phases) != len(timeline.PhaseNames()) || j.Runner == "" || j.ScaleSet != "alpha" {
			t.Errorf("job %s: %+v", j.ID, j)
		}
		if name, d, _ := timeline.Dominant(j); name == timeline.PhaseCapacityWait && d > longest {
			waited, longest = j.ID, d
		}
	}
	if waited == "" {
		t.Fatalf("no job waited mostly for capacity: %+v", jobs)
	}
	out, err := exec.Command(bin, "explain", waited, "--socket", o.socket).Output()
	if err != nil {
		t.Fatalf("outrunner explain %s: %v\n%s", waited, err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "waited ") || !strings.Contains(last, "at max_runners 1: raise max_runners") {
		t.Errorf("explain does not name the wait at max_runners:\n%s", out)
	}
	table, err := exec.Command(bin, "jobs", "--socket", o.socket, "--scale-set", "alpha").Output()
	if err != nil || !strings.Contains(string(table), "WAITED MOST") || !strings.Contains(string(table), waited) {
		t.Errorf("outrunner jobs: %v\n%s", err, table)
	}
	if err := exec.Command(bin, "explain", "no-such-job", "--socket", o.socket).Run(); err == nil {
		t.Error("explain of an unknown job succeeded")
	}
	addr := regexp.MustCompile(`serving the dashboard listen=(127\.0\.0\.1:\d+)`).FindStringSubmatch(o.out.String())
	if addr == nil {
		t.Fatalf("the daemon does not say where the dashboard is:\n%s", o.out.String())
	}
	var page dashboard.JobList
	getJSON(t, "http://"+addr[1]+"/api/jobs", &page)
	if page.Total != 3 {
		t.Errorf("the dashboard shows %d jobs, want 3", page.Total)
	}

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
	history, err := os.ReadFile(filepath.Join(o.state, timeline.HistoryFile))
	if err != nil || strings.Count(string(history), "\n") != 3 {
		t.Errorf("job history: %v\n%s", err, history)
	}
}

func TestRenderJobsAndExplain(t *testing.T) {
	t0 := time.Date(2026, 3, 30, 12, 0, 0, 0, time.UTC)
	waited := timeline.Job{ID: "1042", ScaleSet: "linux", Runner: "linux-3fa2c1d0", State: timeline.StateCompleted, Result: "succeeded",
		GitHub: messages.JobInfo{Repository: "octo/app", WorkflowRef: "octo/app/.github/workflows/ci.yml@refs/heads/main", DisplayName: "build", WorkflowRunID: 77},
		Marks:  timeline.Marks{Queued: t0},
		Phases: []timeline.Phase{{Name: timeline.PhaseGitHubQueue, Start: t0, Seconds: 0.2}, {Name: timeline.PhaseCapacityWait, Start: t0, Seconds: 41},
			{Name: timeline.PhaseRegistration, Start: t0, Seconds: 0}, {Name: timeline.PhaseJob, Start: t0, Seconds: 8}},
		TotalSeconds: 49.2, Holds: []timeline.Hold{{Reason: messages.HoldMaxRunners, Limit: 4, Seconds: 41}},
		StartFailures: []string{"image not found"}}
	running := timeline.Job{ID: "1043", ScaleSet: "mac", State: timeline.StateRunning}
	tests := []struct {
		name string
		out  func(*strings.Builder)
		want []string
		not  []string
	}{
		{"no jobs", func(b *strings.Builder) { renderJobs(b, nil) }, []string{"no jobs yet"}, nil},
		{"jobs table", func(b *strings.Builder) { renderJobs(b, []timeline.Job{running, waited}) },
			[]string{"JOB", "WAITED MOST", "1042", "completed (succeeded)", "octo/app", "capacity_wait 41 s", "1043", "running"}, nil},
		{"explain", func(b *strings.Builder) {
			renderExplain(b, &admin.JobDetail{Job: waited, Explanation: timeline.Explain(waited)})
		}, []string{"job 1042 on linux, runner linux-3fa2c1d0: completed (succeeded)", "workflow octo/app/.github/workflows/ci.yml@refs/heads/main",
			"run 77", "capacity_wait", "83%", "capacity wait: 41 s held by max_runners 4", "failed start 1: image not found",
			"waited 41 s at max_runners 4: raise max_runners or add a warm pool"}, []string{"registration"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			tt.out(&b)
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, b.String())
				}
			}
			for _, w := range tt.not {
				if strings.Contains(b.String(), w) {
					t.Errorf("output has %q (a zero phase):\n%s", w, b.String())
				}
			}
		})
	}
}

// TestSimulateReportHoldsEveryTimeline runs the acceptance command of the
// job timelines through the binary (shorter jobs, to be quick): the JSON
// report holds all 50 timelines, and every job's phases add up to its time
// from queueing to completion within 1%.
func TestSimulateReportHoldsEveryTimeline(t *testing.T) {
	bin := outrunnerBinary(t)
	report := filepath.Join(t.TempDir(), "r.json")
	cmd := exec.Command(bin, "simulate", "--jobs", "50", "--scale-sets", "2", "--max-runners", "2", "--json", "--report", report,
		"--job-duration", "100ms", "--rate", "50")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("simulate: %v\n%s", err, out)
	}
	b, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Timelines []timeline.Job `json:"timelines"`
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Timelines) != 50 {
		t.Fatalf("%d timelines, want 50", len(rep.Timelines))
	}
	for _, j := range rep.Timelines {
		sum := 0.0
		for _, p := range j.Phases {
			sum += p.Seconds
		}
		total := j.Marks.Completed.Sub(j.Marks.Queued).Seconds()
		if total <= 0 || sum < 0.99*total || sum > 1.01*total {
			t.Errorf("job %s: phases add up to %v s, queue to completion %v s", j.ID, sum, total)
		}
	}
}
