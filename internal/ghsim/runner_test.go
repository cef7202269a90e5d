package ghsim_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/actions/scaleset"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/ghsim/emurunner"
	"github.com/outrunner/outrunner/internal/ghsim/runnerproto"
)

// rawRunner speaks the runner protocol by hand, step by step.
type rawRunner struct {
	cfg   runnerproto.JITConfig
	token string
}

func newRawRunner(t *testing.T, jit string) *rawRunner {
	t.Helper()
	cfg, err := runnerproto.DecodeJITConfig(jit)
	if err != nil {
		t.Fatalf("decoding JIT config: %v", err)
	}
	return &rawRunner{cfg: cfg}
}

func (r *rawRunner) post(t *testing.T, path string, in, out any) int {
	t.Helper()
	b, _ := json.Marshal(in)
	req, _ := http.NewRequest(http.MethodPost, r.cfg.URL+path, bytes.NewReader(b))
	if r.token != "" {
		req.Header.Set("Authorization", "Bearer "+r.token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	defer resp.Body.Close()
	if out != nil {
		_ = json.NewDecoder(resp.Body).Decode(out)
	}
	return resp.StatusCode
}

func (r *rawRunner) connect(t *testing.T) {
	t.Helper()
	var resp runnerproto.ConnectResponse
	if code := r.post(t, runnerproto.PathConnect, runnerproto.ConnectRequest{RunnerID: r.cfg.RunnerID, Secret: r.cfg.Secret}, &resp); code != 200 {
		t.Fatalf("connect: status %d", code)
	}
	r.token = resp.Token
}

func (r *rawRunner) poll(t *testing.T) runnerproto.PollResponse {
	t.Helper()
	var resp runnerproto.PollResponse
	if code := r.post(t, runnerproto.PathPoll, struct{}{}, &resp); code != 200 {
		t.Fatalf("poll: status %d", code)
	}
	return resp
}

func (r *rawRunner) complete(t *testing.T, job int64, result string) {
	t.Helper()
	if code := r.post(t, runnerproto.PathComplete, runnerproto.CompleteRequest{JobID: job, Result: result}, &struct{}{}); code != 200 {
		t.Fatalf("complete: status %d", code)
	}
}

// runnerFixture is a server with one scale set ("emu") and a client.
type runnerFixture struct {
	s   *ghsim.Server
	c   *scaleset.Client
	set *scaleset.RunnerScaleSet
	n   int
}

func newRunnerFixture(t *testing.T, opts ghsim.Options) *runnerFixture {
	s := newServer(t, opts)
	c := patClient(t, s.ConfigURL(), s.Token())
	return &runnerFixture{s: s, c: c, set: createScaleSet(t, c, "emu")}
}

func (f *runnerFixture) jit(t *testing.T) *scaleset.RunnerScaleSetJitRunnerConfig {
	t.Helper()
	f.n++
	cfg, err := f.c.GenerateJitRunnerConfig(ctxT(t), &scaleset.RunnerScaleSetJitRunnerSetting{Name: fmt.Sprintf("emu-%d", f.n)}, f.set.ID)
	if err != nil {
		t.Fatalf("GenerateJitRunnerConfig: %v", err)
	}
	return cfg
}

// enqueueAssigned queues a job and acquires it the way a listener would.
func (f *runnerFixture) enqueueAssigned(t *testing.T, spec ghsim.JobSpec) int64 {
	t.Helper()
	spec.Labels = []string{"emu"}
	id, err := f.s.EnqueueJob(spec)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func runAsync(ctx context.Context, jit string) <-chan error {
	ch := make(chan error, 1)
	go func() { ch <- emurunner.Run(ctx, jit, emurunner.Options{}) }()
	return ch
}

func TestEmuRunnerResults(t *testing.T) {
	for _, result := range []string{ghsim.ResultSucceeded, ghsim.ResultFailed} {
		t.Run(result, func(t *testing.T) {
			f := newRunnerFixture(t, ghsim.Options{AssignWithoutAcquire: true})
			id := f.enqueueAssigned(t, ghsim.JobSpec{Duration: ghsim.Duration(30 * time.Millisecond), Result: result})
			cfg := f.jit(t)
			res, err := emurunner.RunJob(ctxT(t), cfg.EncodedJITConfig, emurunner.Options{})
			if err != nil || res.JobID != id || res.Result != result {
				t.Fatalf("RunJob: %+v, %v", res, err)
			}
			st := f.s.State()
			if j, _ := st.Job(id); j.Result != result || j.RunnerName != cfg.Runner.Name || j.CompletedAt.Sub(j.StartedAt) < 30*time.Millisecond {
				t.Fatalf("job: %+v", j)
			}
			if len(st.Registrations) != 0 || st.RemovedRegistrations != 1 {
				t.Fatalf("registration not removed after the job: %+v", st.Registrations)
			}
			if _, err := f.c.GetRunner(ctxT(t), cfg.Runner.ID); !errors.Is(err, scaleset.RunnerNotFoundError) {
				t.Fatalf("GetRunner after the job: %v", err)
			}
		})
	}
}

func TestJITConfigSingleUse(t *testing.T) {
	f := newRunnerFixture(t, ghsim.Options{AssignWithoutAcquire: true})
	cfg := f.jit(t)
	ctx, cancel := context.WithCancel(ctxT(t))
	first := runAsync(ctx, cfg.EncodedJITConfig)
	waitFor(t, f.s, "runner online", func(st ghsim.State) bool {
		return len(st.Registrations) == 1 && st.Registrations[0].Status == ghsim.RunnerIdle && st.Registrations[0].Used
	})
	if err := emurunner.Run(ctxT(t), cfg.EncodedJITConfig, emurunner.Options{}); !errors.Is(err, emurunner.ErrRegistrationUsed) {
		t.Fatalf("second use while registered: %v, want ErrRegistrationUsed", err)
	}
	id := f.enqueueAssigned(t, ghsim.JobSpec{})
	if err := <-first; err != nil {
		t.Fatalf("first runner: %v", err)
	}
	cancel()
	if j, _ := f.s.Job(id); j.Result != ghsim.ResultSucceeded {
		t.Fatalf("job: %+v", j)
	}
	if err := emurunner.Run(ctxT(t), cfg.EncodedJITConfig, emurunner.Options{}); !errors.Is(err, emurunner.ErrRegistrationRemoved) {
		t.Fatalf("use after the job: %v, want ErrRegistrationRemoved", err)
	}
	if err := emurunner.Run(ctxT(t), "not a jit config", emurunner.Options{}); !errors.Is(err, runnerproto.ErrInvalidJITConfig) {
		t.Fatalf("garbage JIT config: %v", err)
	}
}

func TestRunnerBehaviors(t *testing.T) {
	t.Run("crash", func(t *testing.T) {
		f := newRunnerFixture(t, ghsim.Options{AssignWithoutAcquire: true, RunnerLostTimeout: 500 * time.Millisecond})
		id := f.enqueueAssigned(t, ghsim.JobSpec{Behavior: ghsim.BehaviorCrash, Duration: ghsim.Duration(40 * time.Millisecond)})
		if err := emurunner.Run(ctxT(t), f.jit(t).EncodedJITConfig, emurunner.Options{}); !errors.Is(err, emurunner.ErrCrashed) {
			t.Fatalf("Run: %v, want ErrCrashed", err)
		}
		st := waitFor(t, f.s, "lost runner's job to fail", func(st ghsim.State) bool {
			j, _ := st.Job(id)
			return j.State == ghsim.JobCompleted
		})
		if j, _ := st.Job(id); j.Result != ghsim.ResultFailed || len(st.Registrations) != 0 {
			t.Fatalf("after crash: job %+v, registrations %+v", j, st.Registrations)
		}
	})
	t.Run("killed", func(t *testing.T) {
		f := newRunnerFixture(t, ghsim.Options{AssignWithoutAcquire: true, RunnerLostTimeout: 500 * time.Millisecond})
		id := f.enqueueAssigned(t, ghsim.JobSpec{Duration: ghsim.Duration(time.Hour)})
		ctx, kill := context.WithCancel(ctxT(t))
		done := runAsync(ctx, f.jit(t).EncodedJITConfig)
		waitFor(t, f.s, "job running", func(st ghsim.State) bool { j, _ := st.Job(id); return j.State == ghsim.JobRunning })
		kill()
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Fatalf("killed runner: %v", err)
		}
		st := waitFor(t, f.s, "killed runner's job to fail", func(st ghsim.State) bool { j, _ := st.Job(id); return j.State == ghsim.JobCompleted })
		if j, _ := st.Job(id); j.Result != ghsim.ResultFailed || len(st.Registrations) != 0 {
			t.Fatalf("after kill: job %+v, registrations %+v", j, st.Registrations)
		}
	})
	t.Run("hang then cancel", func(t *testing.T) {
		f := newRunnerFixture(t, ghsim.Options{AssignWithoutAcquire: true, RunnerLostTimeout: time.Second})
		id := f.enqueueAssigned(t, ghsim.JobSpec{Behavior: ghsim.BehaviorHang})
		done := runAsync(ctxT(t), f.jit(t).EncodedJITConfig)
		waitFor(t, f.s, "job running", func(st ghsim.State) bool { j, _ := st.Job(id); return j.State == ghsim.JobRunning })
		// The runner keeps its lease while it hangs: the job stays running past the lost timeout.
		ctx, cancel := context.WithTimeout(ctxT(t), 2500*time.Millisecond)
		_ = f.s.WaitFor(ctx, func(st ghsim.State) bool { j, _ := st.Job(id); return j.State != ghsim.JobRunning })
		cancel()
		if j, _ := f.s.Job(id); j.State != ghsim.JobRunning {
			t.Fatalf("hanging job left running: %+v", j)
		}
		if _, err := f.c.GetRunner(ctxT(t), f.s.State().Registrations[0].ID); err != nil {
			t.Fatalf("hanging runner lost its registration: %v", err)
		}
		if err := f.c.RemoveRunner(ctxT(t), int64(f.s.State().Registrations[0].ID)); !errors.Is(err, scaleset.JobStillRunningError) {
			t.Fatalf("RemoveRunner on a busy runner: %v, want JobStillRunningError", err)
		}
		if err := f.s.CancelJob(id); err != nil {
			t.Fatal(err)
		}
		if err := <-done; err != nil {
			t.Fatalf("canceled runner: %v", err)
		}
		if j, _ := f.s.Job(id); j.Result != ghsim.ResultCanceled || j.RunnerName == "" {
			t.Fatalf("canceled job: %+v", j)
		}
		if err := f.s.CancelJob(id); !errors.Is(err, ghsim.ErrJobCompleted) {
			t.Fatalf("cancel twice: %v", err)
		}
	})
	t.Run("exit_early", func(t *testing.T) {
		f := newRunnerFixture(t, ghsim.Options{AssignWithoutAcquire: true})
		id := f.enqueueAssigned(t, ghsim.JobSpec{Behavior: ghsim.BehaviorExitEarly})
		early := f.jit(t)
		if err := emurunner.Run(ctxT(t), early.EncodedJITConfig, emurunner.Options{}); !errors.Is(err, emurunner.ErrExitedEarly) {
			t.Fatalf("Run: %v, want ErrExitedEarly", err)
		}
		st := f.s.State()
		if j, _ := st.Job(id); j.State != ghsim.JobAssigned {
			t.Fatalf("job after an early exit: %+v", j)
		}
		if len(st.Registrations) != 1 || st.Registrations[0].Status != ghsim.RunnerOffline {
			t.Fatalf("registration of the runner that exited early: %+v", st.Registrations)
		}
		if err := f.c.RemoveRunner(ctxT(t), int64(early.Runner.ID)); err != nil {
			t.Fatalf("RemoveRunner: %v", err)
		}
		if err := emurunner.Run(ctxT(t), f.jit(t).EncodedJITConfig, emurunner.Options{}); err != nil {
			t.Fatalf("second runner: %v", err)
		}
		if j, _ := f.s.Job(id); j.Result != ghsim.ResultSucceeded {
			t.Fatalf("job: %+v", j)
		}
	})
}

func TestCancelBeforeStart(t *testing.T) {
	s := newServer(t, ghsim.Options{})
	c := patClient(t, s.ConfigURL(), s.Token())
	ctx := ctxT(t)
	set := createScaleSet(t, c, "cancel")
	sess, err := c.MessageSessionClient(ctx, set.ID, "host")
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close(context.Background())
	id, _ := s.EnqueueJob(ghsim.JobSpec{Labels: []string{"cancel"}})
	msg, _ := sess.GetMessage(ctx, 0, 1)
	_ = sess.DeleteMessage(ctx, msg.MessageID)
	if _, err := sess.AcquireJobs(ctx, []int64{id}); err != nil {
		t.Fatal(err)
	}
	if err := s.CancelJob(id); err != nil {
		t.Fatal(err)
	}
	var completed []*scaleset.JobCompleted
	last := msg.MessageID
	for len(completed) == 0 {
		m, err := sess.GetMessage(ctx, last, 1)
		if err != nil || m == nil {
			t.Fatalf("GetMessage: %+v, %v", m, err)
		}
		last = m.MessageID
		completed = m.JobCompletedMessages
		if len(completed) > 0 && *m.Statistics != (scaleset.RunnerScaleSetStatistic{}) {
			t.Fatalf("statistics after cancel: %+v", m.Statistics)
		}
	}
	if completed[0].Result != "canceled" || completed[0].RunnerName != "" || completed[0].RunnerID != 0 {
		t.Fatalf("JobCompleted of a job canceled before start: %+v", completed[0])
	}
	if err := s.CancelJob(12345); !errors.Is(err, ghsim.ErrUnknownJob) {
		t.Fatalf("cancel unknown: %v", err)
	}
}

func TestRunnerRegistrationErrors(t *testing.T) {
	f := newRunnerFixture(t, ghsim.Options{})
	ctx := ctxT(t)
	cfg := f.jit(t)
	if _, err := f.c.GenerateJitRunnerConfig(ctx, &scaleset.RunnerScaleSetJitRunnerSetting{Name: cfg.Runner.Name}, f.set.ID); !errors.Is(err, scaleset.RunnerExistsError) {
		t.Fatalf("duplicate name: %v, want RunnerExistsError", err)
	}
	if got, err := f.c.GetRunnerByName(ctx, cfg.Runner.Name); err != nil || got == nil || got.ID != cfg.Runner.ID || got.RunnerScaleSetID != f.set.ID {
		t.Fatalf("GetRunnerByName: %+v, %v", got, err)
	}
	if got, err := f.c.GetRunnerByName(ctx, "nobody"); err != nil || got != nil {
		t.Fatalf("GetRunnerByName unknown: %+v, %v", got, err)
	}
	if err := f.c.RemoveRunner(ctx, 999); !errors.Is(err, scaleset.RunnerNotFoundError) {
		t.Fatalf("RemoveRunner unknown: %v", err)
	}
	if err := f.c.RemoveRunner(ctx, int64(cfg.Runner.ID)); err != nil {
		t.Fatalf("RemoveRunner: %v", err)
	}
	// A registration the daemon removed before the runner connected is gone for the runner too.
	if err := emurunner.Run(ctx, cfg.EncodedJITConfig, emurunner.Options{}); !errors.Is(err, emurunner.ErrRegistrationRemoved) {
		t.Fatalf("runner of a removed registration: %v", err)
	}
	if _, err := f.c.GenerateJitRunnerConfig(ctx, &scaleset.RunnerScaleSetJitRunnerSetting{Name: "x"}, 999); err == nil {
		t.Fatal("JIT config for an unknown scale set: want an error")
	}
}

// TestIdleRunnerDeletedAndLost checks that deleting an idle runner's
// registration ends it, and that a lost idle runner goes offline.
func TestIdleRunnerDeletedAndLost(t *testing.T) {
	f := newRunnerFixture(t, ghsim.Options{RunnerLostTimeout: 500 * time.Millisecond})
	cfg := f.jit(t)
	done := runAsync(ctxT(t), cfg.EncodedJITConfig)
	waitFor(t, f.s, "runner idle", func(st ghsim.State) bool {
		return len(st.Registrations) == 1 && st.Registrations[0].Status == ghsim.RunnerIdle
	})
	if err := f.c.RemoveRunner(ctxT(t), int64(cfg.Runner.ID)); err != nil {
		t.Fatal(err)
	}
	if err := <-done; !errors.Is(err, emurunner.ErrRegistrationRemoved) {
		t.Fatalf("runner whose registration was deleted: %v", err)
	}

	lost := f.jit(t)
	r := newRawRunner(t, lost.EncodedJITConfig)
	r.connect(t)
	waitFor(t, f.s, "silent runner offline", func(st ghsim.State) bool {
		return len(st.Registrations) == 1 && st.Registrations[0].Status == ghsim.RunnerOffline
	})
	if st := f.s.State().ScaleSets[0].Statistics; st.TotalRegisteredRunners != 1 || st.TotalIdleRunners != 0 {
		t.Fatalf("statistics with an offline runner: %+v", st)
	}
}

// TestManyRunners runs many emulated runners at once in one process.
func TestManyRunners(t *testing.T) {
	const n = 200
	f := newRunnerFixture(t, ghsim.Options{AssignWithoutAcquire: true})
	ids, err := f.s.EnqueueJobs(ghsim.JobSpec{Labels: []string{"emu"}, Duration: ghsim.Duration(20 * time.Millisecond)}, n)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for range n {
		cfg := f.jit(t)
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- emurunner.Run(ctxT(t), cfg.EncodedJITConfig, emurunner.Options{})
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	st := f.s.State()
	if c := st.JobCounts(); c.Succeeded != n || len(st.Registrations) != 0 {
		t.Fatalf("after %d runners: %+v, %d registrations", n, c, len(st.Registrations))
	}
	for _, id := range ids {
		if j, _ := st.Job(id); j.QueueToStart() <= 0 {
			t.Fatalf("job %d has no queue-to-start latency: %+v", id, j)
		}
	}
}
