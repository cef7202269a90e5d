//go:build cgo && libvirt_dlopen

package libvirte2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/simguest"
)

func seconds(n int) ghsim.Duration { return ghsim.Duration(time.Duration(n) * time.Second) }

// allDone reports whether total jobs finished.
func allDone(total int) func(ghsim.State) bool {
	return func(st ghsim.State) bool {
		c := st.JobCounts()
		return c.Completed+c.Canceled >= total
	}
}

func TestIntegrationFiveJobsInFiveFreshVMs(t *testing.T) {
	e := requireEnv(t)
	h := newHarness(t, e)
	const daemonID = "e2e-five"
	check := h.checker(daemonID)
	d := h.startDaemon(h.config(daemonID, 2, h.image()))

	ids := h.enqueue(5, ghsim.JobSpec{Duration: seconds(2)})
	h.waitSim("5 jobs completed", 5*time.Minute, allDone(5))

	st := h.sim.State()
	if c := st.JobCounts(); c.Succeeded != 5 {
		t.Fatalf("job counts = %+v\nlogs:\n%s", c, h.logs.String())
	}
	runners := map[string]bool{}
	for _, id := range ids {
		j, _ := st.Job(id)
		runners[j.RunnerName] = true
		t.Logf("job %d: assigned to running on %s in %s", id, j.RunnerName, j.StartedAt.Sub(j.AssignedAt).Round(time.Millisecond))
	}
	started := map[string]bool{}
	for _, s := range h.startsSoFar() {
		if s.err != nil {
			t.Errorf("start of %s failed: %v", s.name, s.err)
			continue
		}
		started[s.name] = true
		t.Logf("VM %s: Start took %s", s.name, s.duration.Round(time.Millisecond))
	}
	for name := range runners {
		if !started[name] {
			t.Errorf("job ran on %s, which is not a VM this daemon started (started: %v)", name, started)
		}
	}
	if len(runners) != 5 {
		t.Errorf("5 jobs ran on %d runners (%v), want one fresh VM each", len(runners), runners)
	}
	// A runner's exit usually loses the race with GitHub's JobCompleted
	// (which stops the VM first); an exit that was seen must be clean.
	for _, w := range h.waitsSoFar() {
		if w.err != nil || w.status.Code != 0 {
			t.Errorf("runner %s in its VM ended with %+v, %v", w.name, w.status, w.err)
		}
	}
	h.drain(d)
	h.assertNoLeaks(check)
}

func TestIntegrationAgentThatNeverStartsIsRetried(t *testing.T) {
	e := requireEnv(t)
	h := newHarness(t, e)
	const daemonID = "e2e-noagent"
	check := h.checker(daemonID)

	// The first VM boots with the agent switched off, and a short agent
	// timeout; later attempts are normal.
	h.alterStart = func(attempt int, req *backends.RunnerRequest) *backends.RunnerRequest {
		if attempt != 1 {
			return req
		}
		rc := *req.Runner
		l := *rc.Libvirt
		l.Cmdline += " " + simguest.NoAgentFlag
		l.AgentTimeout = config.Duration(20 * time.Second)
		rc.Libvirt = &l
		out := *req
		out.Runner = &rc
		return &out
	}
	// Right after the failed start, nothing of that VM may be left.
	type failure struct {
		start     startRecord
		leftovers []backends.Environment
		listErr   error
	}
	failures := make(chan failure, 1)
	h.afterStart = func(rec startRecord) {
		if rec.err == nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		envs, err := check.List(ctx)
		select {
		case failures <- failure{start: rec, leftovers: envs, listErr: err}:
		default:
		}
	}
	d := h.startDaemon(h.config(daemonID, 1, h.image()))
	h.enqueue(1, ghsim.JobSpec{Duration: seconds(1)})

	var f failure
	select {
	case f = <-failures:
	case <-time.After(5 * time.Minute):
		t.Fatalf("no start failed; starts %+v\nlogs:\n%s", h.startsSoFar(), h.logs.String())
	}
	if !strings.Contains(f.start.err.Error(), "guest agent did not answer within 20s") {
		t.Fatalf("failed start: %v, want the agent timeout", f.start.err)
	}
	if f.listErr != nil || len(f.leftovers) != 0 {
		t.Errorf("after the failed start of %s: environments %+v (%v), want none", f.start.name, f.leftovers, f.listErr)
	}

	h.waitSim("the job completed on a retry", 5*time.Minute, allDone(1))
	if c := h.sim.State().JobCounts(); c.Succeeded != 1 {
		t.Fatalf("job counts = %+v", c)
	}
	starts := h.startsSoFar()
	if len(starts) < 2 || starts[len(starts)-1].err != nil {
		t.Fatalf("starts = %+v, want a successful retry after the failure", starts)
	}
	h.drain(d)
	h.assertNoLeaks(check)
}

func TestIntegrationRunnerCrashInGuestFreesTheSlot(t *testing.T) {
	e := requireEnv(t)
	h := newHarness(t, e)
	const daemonID = "e2e-crash"
	check := h.checker(daemonID)
	d := h.startDaemon(h.config(daemonID, 1, h.image()))

	crash := h.enqueue(1, ghsim.JobSpec{Duration: seconds(4), Behavior: ghsim.BehaviorCrash})[0]
	h.waitSim("the crashing job to start", 5*time.Minute, func(st ghsim.State) bool {
		j, _ := st.Job(crash)
		return j.State == ghsim.JobRunning || j.State == ghsim.JobCompleted
	})
	next := h.enqueue(1, ghsim.JobSpec{Duration: seconds(1)})[0]

	// max_runners is 1: the second job runs only once the crashed
	// runner's VM is gone.
	h.waitSim("the next job completed", 5*time.Minute, func(st ghsim.State) bool {
		j, _ := st.Job(next)
		return j.State == ghsim.JobCompleted
	})
	st := h.sim.State()
	if j, _ := st.Job(next); j.Result != ghsim.ResultSucceeded {
		t.Fatalf("job after the crash = %+v", j)
	}
	crashed, _ := st.Job(crash)
	var exit *waitRecord
	for _, w := range h.waitsSoFar() {
		if w.name == crashed.RunnerName {
			w := w
			exit = &w
		}
	}
	if exit == nil || exit.err != nil || exit.status.Code == 0 || !strings.Contains(exit.status.LogTail, "crashed") {
		t.Fatalf("Wait for the crashed runner %s = %+v; want a non-zero exit whose log tail tells of the crash", crashed.RunnerName, exit)
	}
	h.drain(d)
	h.assertNoLeaks(check)
	h.waitSim("the crashed job to fail", time.Minute, func(st ghsim.State) bool {
		j, _ := st.Job(crash)
		return j.State == ghsim.JobCompleted && j.Result == ghsim.ResultFailed
	})
}

func TestIntegrationDaemonRestartAdoptsRunningVM(t *testing.T) {
	e := requireEnv(t)
	h := newHarness(t, e)
	const daemonID = "e2e-restart"
	check := h.checker(daemonID)
	cfg := h.config(daemonID, 1, h.image())
	d1 := h.startDaemon(cfg)

	id := h.enqueue(1, ghsim.JobSpec{Duration: seconds(30)})[0]
	h.waitSim("the job running in its VM", 5*time.Minute, func(st ghsim.State) bool {
		j, _ := st.Job(id)
		return j.State == ghsim.JobRunning
	})
	j, _ := h.sim.Job(id)

	d1.Kill()
	envs := h.environments(check)
	if len(envs) != 1 || envs[0].Name != j.RunnerName || envs[0].State != backends.EnvRunning {
		t.Fatalf("after the kill, environments = %+v; want %s running", envs, j.RunnerName)
	}

	d2 := h.startDaemon(cfg)
	h.waitSim("the job completed after the restart", 5*time.Minute, allDone(1))
	done, _ := h.sim.Job(id)
	if done.Result != ghsim.ResultSucceeded || done.RunnerName != j.RunnerName {
		t.Fatalf("job = %+v, want it succeeded on %s", done, j.RunnerName)
	}
	for _, s := range h.startsSoFar() {
		if s.daemon == 2 {
			t.Errorf("the restarted daemon started %s; it should only have adopted %s", s.name, j.RunnerName)
		}
	}
	h.drain(d2)
	h.assertNoLeaks(check)
}

// BenchmarkJobToRunnerInVM measures, one job at a time on an idle scale
// set (max_runners 1), the time from the daemon acquiring a job (the
// simulator's AssignedAt) until simrunner inside a fresh VM takes it
// (StartedAt): JIT registration, overlay, domain, boot, guest agent, exec
// and the runner's start-up in the guest.
func BenchmarkJobToRunnerInVM(b *testing.B) {
	e := requireEnv(b)
	h := newHarness(b, e)
	const daemonID = "e2e-bench"
	check := h.checker(daemonID)
	d := h.startDaemon(h.config(daemonID, 1, h.image()))
	var assigned, queued time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		id := h.enqueue(1, ghsim.JobSpec{Duration: ghsim.Duration(100 * time.Millisecond)})[0]
		h.waitSim("the job completed", 5*time.Minute, func(st ghsim.State) bool {
			j, _ := st.Job(id)
			return j.State == ghsim.JobCompleted
		})
		j, _ := h.sim.Job(id)
		if j.Result != ghsim.ResultSucceeded {
			b.Fatalf("job = %+v", j)
		}
		assigned += j.StartedAt.Sub(j.AssignedAt)
		queued += j.StartedAt.Sub(j.QueuedAt)
		// The next job must find the slot free.
		h.eventually("the VM gone", time.Minute, func() bool { return len(h.environments(check)) == 0 })
	}
	b.StopTimer()
	b.ReportMetric(float64(assigned)/float64(time.Millisecond)/float64(b.N), "assigned-to-started-ms/op")
	b.ReportMetric(float64(queued)/float64(time.Millisecond)/float64(b.N), "queued-to-started-ms/op")
	h.drain(d)
	h.assertNoLeaks(check)
}
