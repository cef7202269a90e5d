package timeline

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/messages"
)

var t0 = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func at(s float64) time.Time { return t0.Add(time.Duration(s * float64(time.Second))) }

// feed plays a job served by runner r: queued at 0, demand seen at 0.5,
// held at max_runners 2 until 10, provisioning at 10, JIT at 11 (0.4 s of
// it waiting for the rate limiter), ready at 13, started at 14, completed
// at 20, torn down at 21.
func feed(s *Store, id, r string) {
	info := &messages.JobInfo{ID: id, QueuedAt: at(0), Repository: "octo/app", DisplayName: "build"}
	for _, e := range []messages.Event{
		{Kind: messages.EventCapacityHeld, ScaleSet: "linux", Hold: messages.HoldMaxRunners, Limit: 2, At: at(-5)},
		{Kind: messages.EventDemand, ScaleSet: "linux", Assigned: 3, At: at(-1)},
		{Kind: messages.EventDemand, ScaleSet: "linux", Assigned: 3, At: at(0.5)},
		{Kind: messages.EventCapacityHeld, ScaleSet: "linux", Hold: messages.HoldNone, At: at(10)},
		{Kind: messages.EventProvisioning, ScaleSet: "linux", Runner: r, Attempt: 1, At: at(10)},
		{Kind: messages.EventRegistered, ScaleSet: "linux", Runner: r, APITime: time.Second, RateWait: 400 * time.Millisecond, At: at(11)},
		{Kind: messages.EventProvisioned, ScaleSet: "linux", Runner: r, At: at(13)},
		{Kind: messages.EventJobStarted, ScaleSet: "linux", Runner: r, Job: info, At: at(14)},
		{Kind: messages.EventJobCompleted, ScaleSet: "linux", Runner: r, Job: info, Result: "succeeded", At: at(20)},
		{Kind: messages.EventStopped, ScaleSet: "linux", Runner: r, At: at(21)},
	} {
		s.Observe(e)
	}
}

func TestStorePhases(t *testing.T) {
	var completed []Job
	s := New(Options{OnCompleted: func(j Job) { completed = append(completed, j) }})
	feed(s, "42", "linux-a")
	j, ok := s.Get("42")
	if !ok {
		t.Fatal("job 42 not found")
	}
	want := map[string]float64{
		PhaseGitHubQueue: 0.5, PhaseCapacityWait: 9.5, PhaseFailedStarts: 0, PhaseGitHubWait: 0.4,
		PhaseRegistration: 0.6, PhaseEnvironmentStart: 2, PhaseEnvironmentBound: 0, PhaseRunnerConnect: 1, PhaseJob: 6,
	}
	sum := 0.0
	for _, p := range j.Phases {
		if math.Abs(p.Seconds-want[p.Name]) > 1e-6 {
			t.Errorf("phase %s = %v s, want %v", p.Name, p.Seconds, want[p.Name])
		}
		sum += p.Seconds
	}
	if math.Abs(sum-j.TotalSeconds) > 1e-6 || j.TotalSeconds != 20 {
		t.Errorf("phases add up to %v, total %v, want 20", sum, j.TotalSeconds)
	}
	if len(j.Holds) != 1 || j.Holds[0].Reason != messages.HoldMaxRunners || j.Holds[0].Seconds != 9.5 {
		t.Errorf("holds = %+v", j.Holds)
	}
	if j.State != StateCompleted || j.Result != "succeeded" || j.TeardownSeconds != 1 || j.GitHub.Repository != "octo/app" {
		t.Errorf("job = %+v", j)
	}
	if len(completed) != 1 {
		t.Errorf("OnCompleted called %d times", len(completed))
	}
	if byRunner, ok := s.Get("linux-a"); !ok || byRunner.ID != "42" {
		t.Errorf("Get by runner = %+v, %v", byRunner, ok)
	}
}

func TestStoreFilterAndBound(t *testing.T) {
	s := New(Options{Keep: 3})
	for i, id := range []string{"1", "2", "3", "4"} {
		feed(s, id, "r"+id)
		_ = i
	}
	tests := []struct {
		name string
		f    Filter
		want int
	}{
		{"all kept", Filter{}, 3},
		{"scale set", Filter{ScaleSet: "linux"}, 3},
		{"other scale set", Filter{ScaleSet: "mac"}, 0},
		{"state", Filter{State: StateRunning}, 0},
		{"repo by full name", Filter{Repo: "octo/app"}, 3},
		{"repo by name", Filter{Repo: "app"}, 3},
		{"other repo", Filter{Repo: "pp"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := s.List(tt.f); len(got) != tt.want {
				t.Errorf("List = %d jobs, want %d", len(got), tt.want)
			}
		})
	}
	if got := s.List(Filter{}); got[0].ID != "4" {
		t.Errorf("newest first: got %s", got[0].ID)
	}
	if _, ok := s.Get("1"); ok {
		t.Error("the oldest job was kept beyond Keep")
	}
}

func TestRunningJobBeforeProvisioning(t *testing.T) {
	// A runner ready before its job was queued contributes nothing before
	// the queue time: the whole wait is GitHub's assignment.
	now := at(30)
	s := New(Options{Now: func() time.Time { return now }})
	s.Observe(messages.Event{Kind: messages.EventProvisioning, Runner: "idle", At: at(-20)})
	s.Observe(messages.Event{Kind: messages.EventProvisioned, Runner: "idle", At: at(-10)})
	s.Observe(messages.Event{Kind: messages.EventJobStarted, ScaleSet: "linux", Runner: "idle", Job: &messages.JobInfo{ID: "7", QueuedAt: at(0)}, At: at(2)})
	j, _ := s.Get("7")
	if j.State != StateRunning || j.Phase(PhaseRunnerConnect) != 2*time.Second || j.Phase(PhaseJob) != 28*time.Second || j.TotalSeconds != 30 {
		t.Errorf("job = %+v", j.Phases)
	}
}

func TestHistoryRotates(t *testing.T) {
	probe := New(Options{})
	feed(probe, "1", "r1")
	j, _ := probe.Get("1")
	line, _ := json.Marshal(j)
	path := filepath.Join(t.TempDir(), HistoryFile)
	// Two lines fit, the third rotates the file.
	h, err := OpenHistory(path, int64(len(line))*5/2)
	if err != nil {
		t.Fatal(err)
	}
	s := New(Options{History: h})
	for _, id := range []string{"1", "2", "3"} {
		feed(s, id, "r"+id)
	}
	if err := h.Close(); err != nil || h.Err() != nil {
		t.Fatal(err, h.Err())
	}
	lines := func(p string) int {
		f, err := os.Open(p)
		if err != nil {
			return 0
		}
		defer f.Close()
		n := 0
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if !strings.Contains(sc.Text(), `"id"`) {
				t.Errorf("history line: %s", sc.Text())
			}
			n++
		}
		return n
	}
	if n, old := lines(path), lines(path+".1"); n+old != 3 || old == 0 {
		t.Errorf("history holds %d lines and %d rotated, want 3 with a rotation", n, old)
	}
}

func TestExplain(t *testing.T) {
	phases := func(name string, s float64, job float64) []Phase {
		return []Phase{{Name: name, Seconds: s}, {Name: PhaseJob, Seconds: job}}
	}
	tests := []struct {
		name string
		job  Job
		want string
	}{
		{"no wait", Job{Phases: phases(PhaseRunnerConnect, 0.01, 5)}, "the job started without waiting"},
		{"max runners", Job{Phases: phases(PhaseCapacityWait, 41, 5), Holds: []Hold{{Reason: messages.HoldMaxRunners, Limit: 4, Seconds: 41}}},
			"waited 41 s at max_runners 4: raise max_runners or add a warm pool"},
		{"backend down", Job{Phases: phases(PhaseCapacityWait, 3, 5), Holds: []Hold{{Reason: messages.HoldBackendDown, Seconds: 3}}},
			"waited 3.0 s while the backend was down"},
		{"busy runners", Job{Phases: phases(PhaseCapacityWait, 3, 5)}, "served earlier jobs"},
		{"rate limit", Job{Phases: phases(PhaseGitHubWait, 12, 5), RateWaitSeconds: 12}, "waited 12 s for GitHub's JIT rate limit"},
		{"lanes", Job{Phases: phases(PhaseGitHubWait, 2, 5), LaneWaitSeconds: 2}, "raise github.concurrency"},
		{"failed starts", Job{Phases: phases(PhaseFailedStarts, 8, 5), StartFailures: []string{"a", "image not found\ndetail"}},
			"environment start failed twice, costing 8.0 s: image not found"},
		{"environment", Job{Phases: phases(PhaseEnvironmentStart, 0.35, 5)}, "the environment took 350 ms to start"},
		{"github queue", Job{Phases: phases(PhaseGitHubQueue, 2, 5)}, "before the scale set heard of the job"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Explain(tt.job); !strings.Contains(got, tt.want) {
				t.Errorf("Explain = %q, want it to contain %q", got, tt.want)
			}
		})
	}
}

func TestWarmEnvironmentBound(t *testing.T) {
	// A warm pool's environment was ready long before the job; binding it
	// to the demand is the environment_bound phase.
	s := New(Options{})
	info := &messages.JobInfo{ID: "9", QueuedAt: at(0)}
	for _, e := range []messages.Event{
		{Kind: messages.EventProvisioning, ScaleSet: "linux", Runner: "warm", At: at(-20)},
		{Kind: messages.EventRegistered, ScaleSet: "linux", Runner: "warm", APITime: time.Second, At: at(-19)},
		{Kind: messages.EventProvisioned, ScaleSet: "linux", Runner: "warm", At: at(-10)},
		{Kind: messages.EventDemand, ScaleSet: "linux", At: at(0.5)},
		{Kind: messages.EventBound, ScaleSet: "linux", Runner: "warm", At: at(3)},
		{Kind: messages.EventJobStarted, ScaleSet: "linux", Runner: "warm", Job: info, At: at(4)},
		{Kind: messages.EventJobCompleted, ScaleSet: "linux", Runner: "warm", Job: info, Result: "succeeded", At: at(10)},
	} {
		s.Observe(e)
	}
	j, _ := s.Get("9")
	want := map[string]time.Duration{PhaseGitHubQueue: 500 * time.Millisecond, PhaseCapacityWait: 0, PhaseEnvironmentStart: 0,
		PhaseEnvironmentBound: 2500 * time.Millisecond, PhaseRunnerConnect: time.Second, PhaseJob: 6 * time.Second}
	for name, d := range want {
		if got := j.Phase(name); got != d {
			t.Errorf("%s = %v, want %v", name, got, d)
		}
	}
}
