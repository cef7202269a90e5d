package ghsim_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/actions/scaleset"
	"github.com/actions/scaleset/listener"
	"github.com/outrunner/outrunner/internal/ghsim"
)

// TestLifecycle drives the real client and listener through the whole
// lifecycle for every scope and both kinds of credentials.
func TestLifecycle(t *testing.T) {
	app := newTestApp(t)
	type urlFunc func(*ghsim.Server) string
	scopes := map[string]urlFunc{
		"org":        func(s *ghsim.Server) string { return s.ConfigURL() },
		"repo":       func(s *ghsim.Server) string { return s.RepoURL("sim-org", "sim-repo") },
		"enterprise": func(s *ghsim.Server) string { return s.EnterpriseURL("sim-enterprise") },
	}
	for scope, url := range scopes {
		for _, auth := range []string{"pat", "app"} {
			t.Run(scope+"/"+auth, func(t *testing.T) {
				t.Parallel()
				s := newServer(t, ghsim.Options{Apps: []ghsim.GitHubApp{app.option()}})
				var c *scaleset.Client
				if auth == "pat" {
					c = patClient(t, url(s), s.Token())
				} else {
					c = appClient(t, url(s), scaleset.GitHubAppAuth{ClientID: app.clientID, InstallationID: app.installationID, PrivateKey: app.pem})
				}
				runLifecycle(t, s, c)
			})
		}
	}
}

func runLifecycle(t *testing.T, s *ghsim.Server, c *scaleset.Client) {
	ctx := ctxT(t)
	group, err := c.GetRunnerGroupByName(ctx, "default")
	if err != nil || group.ID != 1 || !group.IsDefault {
		t.Fatalf("default runner group: %+v, %v", group, err)
	}
	if _, err := c.GetRunnerGroupByName(ctx, "no-such-group"); err == nil {
		t.Fatal("unknown runner group: want an error")
	}
	if got, err := c.GetRunnerScaleSet(ctx, 1, "linux-set"); err != nil || got != nil {
		t.Fatalf("scale set before creation: %+v, %v", got, err)
	}
	set := createScaleSet(t, c, "linux-set", "linux", "x64")
	if set.ID == 0 || set.RunnerGroupName != "default" || len(set.Labels) != 2 || set.Labels[0].Type != "System" {
		t.Fatalf("created scale set: %+v", set)
	}
	if got, err := c.GetRunnerScaleSet(ctx, 1, "linux-set"); err != nil || got == nil || got.ID != set.ID {
		t.Fatalf("scale set by name: %+v, %v", got, err)
	}
	if got, err := c.GetRunnerScaleSetByID(ctx, set.ID); err != nil || got == nil || got.Name != "linux-set" {
		t.Fatalf("scale set by id: %+v, %v", got, err)
	}
	if got, err := c.GetRunnerScaleSetByID(ctx, 999); err != nil || got != nil {
		t.Fatalf("unknown scale set by id: %+v, %v", got, err)
	}

	sess, err := c.MessageSessionClient(ctx, set.ID, "host-1")
	if err != nil {
		t.Fatalf("MessageSessionClient: %v", err)
	}
	if _, err := c.MessageSessionClient(ctx, set.ID, "host-2"); err == nil || !strings.Contains(err.Error(), "TaskAgentSessionConflictException") {
		t.Fatalf("second session: want 409 TaskAgentSessionConflictException, got %v", err)
	}

	lctx, stop := context.WithCancel(ctx)
	defer stop()
	scaler := newRecordingScaler(t, lctx, c, set.ID)
	stats := &statsRecorder{}
	l, err := listener.New(sess, listener.Config{ScaleSetID: set.ID, MaxRunners: 5}, listener.WithMetricsRecorder(stats))
	if err != nil {
		t.Fatal(err)
	}
	runErr := make(chan error, 1)
	go func() { runErr <- l.Run(lctx, scaler) }()

	ids, err := s.EnqueueJobs(ghsim.JobSpec{Labels: []string{"linux"}, Duration: ghsim.Duration(50 * time.Millisecond)}, 2)
	if err != nil {
		t.Fatal(err)
	}
	failedID, err := s.EnqueueJob(ghsim.JobSpec{Labels: []string{"LINUX", "x64"}, Result: ghsim.ResultFailed})
	if err != nil {
		t.Fatal(err)
	}
	st := waitFor(t, s, "three completed jobs", func(st ghsim.State) bool {
		c := st.JobCounts()
		return c.Succeeded == 2 && c.Failed == 1
	})
	// The runners that ran jobs lost their registrations; the scaler may
	// have started spare runners on statistics that were stale by the time it
	// handled them, and those stay registered and idle.
	for _, r := range st.Registrations {
		if r.JobID != 0 || r.Status != ghsim.RunnerIdle {
			t.Errorf("registration left after the jobs: %+v", r)
		}
		for _, j := range st.Jobs {
			if j.RunnerID == r.ID {
				t.Errorf("runner %s ran job %d and is still registered", r.Name, j.ID)
			}
		}
	}
	for _, id := range append(ids, failedID) {
		j, _ := st.Job(id)
		if j.ScaleSetID != set.ID || j.RunnerName == "" || j.AcquiredAt.IsZero() || j.AssignedAt.IsZero() ||
			j.StartedAt.Before(j.AssignedAt) || j.CompletedAt.Before(j.StartedAt) || j.QueueToStart() <= 0 {
			t.Errorf("job %d timestamps or runner wrong: %+v", id, j)
		}
	}
	// The listener learns of the completions before it is stopped.
	scaler.wait(t, func(r scalerRecord) bool { return len(r.completed) == 3 })
	stop()
	if err := <-runErr; !errors.Is(err, context.Canceled) {
		t.Fatalf("listener.Run: %v", err)
	}
	rec := scaler.snapshot()
	if len(rec.started) != 3 {
		t.Errorf("JobStarted calls: %d, want 3", len(rec.started))
	}
	results := map[string]int{}
	for _, jc := range rec.completed {
		results[jc.Result]++
		if jc.RunnerName == "" || jc.RunnerID == 0 || jc.JobID == "" || jc.RepositoryName != "sim-repo" || jc.OwnerName != "sim-org" ||
			jc.QueueTime.IsZero() || jc.FinishTime.IsZero() || len(jc.RequestLabels) == 0 {
			t.Errorf("JobCompleted lacks fields: %+v", jc)
		}
	}
	if results["succeeded"] != 2 || results["failed"] != 1 {
		t.Errorf("JobCompleted results: %v", results)
	}
	for _, err := range rec.runErrs {
		if err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("emulated runner: %v", err)
		}
	}
	all := stats.all()
	for _, st := range all {
		checkStats(t, st)
	}
	if last := all[len(all)-1]; last.TotalAssignedJobs != 0 || last.TotalRunningJobs != 0 || last.TotalAvailableJobs != 0 || last.TotalBusyRunners != 0 {
		t.Errorf("final statistics: %+v, want no jobs", last)
	}
	if err := sess.Close(context.Background()); err != nil {
		t.Fatalf("closing session: %v", err)
	}
	if err := c.DeleteRunnerScaleSet(ctx, set.ID); err != nil {
		t.Fatalf("DeleteRunnerScaleSet: %v", err)
	}
	waitFor(t, s, "no sessions and no scale sets", func(st ghsim.State) bool {
		return len(st.Sessions) == 0 && len(st.ScaleSets) == 0
	})
}

// TestStatisticsEveryStep checks the statistics of every queue message
// against the exact state after each step of one job's life.
func TestStatisticsEveryStep(t *testing.T) {
	s := newServer(t, ghsim.Options{})
	c := patClient(t, s.ConfigURL(), s.Token())
	ctx := ctxT(t)
	set := createScaleSet(t, c, "steps")
	sess, err := c.MessageSessionClient(ctx, set.ID, "host")
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close(context.Background())
	if st := sess.Session().Statistics; st == nil || *st != (scaleset.RunnerScaleSetStatistic{}) {
		t.Fatalf("initial statistics: %+v", st)
	}
	last := 0
	next := func(want scaleset.RunnerScaleSetStatistic) *scaleset.RunnerScaleSetMessage {
		t.Helper()
		msg, err := sess.GetMessage(ctx, last, 5)
		if err != nil || msg == nil {
			t.Fatalf("GetMessage: %v, %v", msg, err)
		}
		if *msg.Statistics != want {
			t.Fatalf("message %d statistics: %+v, want %+v", msg.MessageID, *msg.Statistics, want)
		}
		if err := sess.DeleteMessage(ctx, msg.MessageID); err != nil {
			t.Fatal(err)
		}
		last = msg.MessageID
		return msg
	}

	id, _ := s.EnqueueJob(ghsim.JobSpec{Labels: []string{"steps"}, Duration: ghsim.Duration(time.Hour)})
	msg := next(scaleset.RunnerScaleSetStatistic{TotalAvailableJobs: 1})
	if len(msg.JobAvailableMessages) != 1 || msg.JobAvailableMessages[0].RunnerRequestID != id || msg.JobAvailableMessages[0].AcquireJobURL == "" {
		t.Fatalf("JobAvailable: %+v", msg.JobAvailableMessages)
	}
	got, err := sess.AcquireJobs(ctx, []int64{id, 9999})
	if err != nil || len(got) != 1 || got[0] != id {
		t.Fatalf("AcquireJobs: %v, %v", got, err)
	}
	msg = next(scaleset.RunnerScaleSetStatistic{TotalAssignedJobs: 1})
	if len(msg.JobAssignedMessages) != 1 || msg.JobAssignedMessages[0].ScaleSetAssignTime.IsZero() {
		t.Fatalf("JobAssigned: %+v", msg.JobAssignedMessages)
	}
	cfg, err := c.GenerateJitRunnerConfig(ctx, &scaleset.RunnerScaleSetJitRunnerSetting{Name: "r1"}, set.ID)
	if err != nil {
		t.Fatal(err)
	}
	next(scaleset.RunnerScaleSetStatistic{TotalAssignedJobs: 1, TotalRegisteredRunners: 1})

	rc := newRawRunner(t, cfg.EncodedJITConfig)
	rc.connect(t)
	// Connecting makes the runner idle and hands it the job at once.
	msg = next(scaleset.RunnerScaleSetStatistic{TotalAssignedJobs: 1, TotalRunningJobs: 1, TotalRegisteredRunners: 1, TotalBusyRunners: 1})
	if len(msg.JobStartedMessages) != 1 || msg.JobStartedMessages[0].RunnerName != "r1" || msg.JobStartedMessages[0].RunnerID != cfg.Runner.ID {
		t.Fatalf("JobStarted: %+v", msg.JobStartedMessages)
	}
	job := rc.poll(t).Job
	if job == nil || job.ID != id {
		t.Fatalf("runner got %+v, want job %d", job, id)
	}
	rc.complete(t, id, "succeeded")
	msg = next(scaleset.RunnerScaleSetStatistic{})
	if len(msg.JobCompletedMessages) != 1 || msg.JobCompletedMessages[0].Result != "succeeded" || msg.JobCompletedMessages[0].RunnerName != "r1" {
		t.Fatalf("JobCompleted: %+v", msg.JobCompletedMessages)
	}
	if m, err := sess.GetMessage(ctx, last, 5); err != nil || m != nil {
		t.Fatalf("nothing left: got %+v, %v", m, err)
	}
}

// TestAssignWithoutAcquire checks the older flow: JobAssigned without
// JobAvailable and without an acquirejobs call.
func TestAssignWithoutAcquire(t *testing.T) {
	s := newServer(t, ghsim.Options{AssignWithoutAcquire: true})
	c := patClient(t, s.ConfigURL(), s.Token())
	ctx := ctxT(t)
	set := createScaleSet(t, c, "old")
	id, _ := s.EnqueueJob(ghsim.JobSpec{Labels: []string{"old"}})
	sess, err := c.MessageSessionClient(ctx, set.ID, "host")
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close(context.Background())
	if st := sess.Session().Statistics; st.TotalAssignedJobs != 1 || st.TotalAvailableJobs != 0 {
		t.Fatalf("session statistics: %+v", st)
	}
	lctx, stop := context.WithCancel(ctx)
	defer stop()
	scaler := newRecordingScaler(t, lctx, c, set.ID)
	l, _ := listener.New(sess, listener.Config{ScaleSetID: set.ID, MaxRunners: 2})
	go func() { _ = l.Run(lctx, scaler) }()
	waitFor(t, s, "job done", func(st ghsim.State) bool { j, _ := st.Job(id); return j.Result == "succeeded" })
	j, _ := s.Job(id)
	if !j.AcquiredAt.IsZero() || j.AssignedAt.IsZero() {
		t.Errorf("job acquired without acquire call: %+v", j)
	}
	if calls := s.Metrics().Endpoints[ghsim.EndpointAcquireJobs].Calls; calls != 0 {
		t.Errorf("acquirejobs calls: %d, want 0", calls)
	}
}

// TestJobsWaitForSessionAndScaleSet checks that jobs wait for a matching scale
// set, then for its session, and go to the lowest matching scale set id.
func TestJobsWaitForSessionAndScaleSet(t *testing.T) {
	s := newServer(t, ghsim.Options{})
	c := patClient(t, s.ConfigURL(), s.Token())
	ctx := ctxT(t)
	id, _ := s.EnqueueJob(ghsim.JobSpec{Labels: []string{"gpu"}})
	if j, _ := s.Job(id); j.State != ghsim.JobAvailable || j.ScaleSetID != 0 {
		t.Fatalf("unmatched job: %+v", j)
	}
	first := createScaleSet(t, c, "gpu-a", "gpu")
	createScaleSet(t, c, "gpu-b", "gpu", "big")
	if j, _ := s.Job(id); j.ScaleSetID != first.ID {
		t.Fatalf("job went to scale set %d, want the lowest id %d", j.ScaleSetID, first.ID)
	}
	sess, err := c.MessageSessionClient(ctx, first.ID, "host")
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close(context.Background())
	if sess.Session().Statistics.TotalAvailableJobs != 1 {
		t.Fatalf("session statistics: %+v", sess.Session().Statistics)
	}
	msg, err := sess.GetMessage(ctx, 0, 1)
	if err != nil || msg == nil || len(msg.JobAvailableMessages) != 1 || msg.JobAvailableMessages[0].RunnerRequestID != id {
		t.Fatalf("waiting job not delivered to the new session: %+v, %v", msg, err)
	}
}

// TestDeleteScaleSetGC checks GitHub-style deletion of an idle scale set:
// the daemon's session is gone, jobs return to unmatched, and re-creating the
// scale set brings them back.
func TestDeleteScaleSetGC(t *testing.T) {
	s := newServer(t, ghsim.Options{})
	c := patClient(t, s.ConfigURL(), s.Token())
	ctx := ctxT(t)
	set := createScaleSet(t, c, "gc")
	sess, err := c.MessageSessionClient(ctx, set.ID, "host")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.GenerateJitRunnerConfig(ctx, &scaleset.RunnerScaleSetJitRunnerSetting{Name: "idle"}, set.ID); err != nil {
		t.Fatal(err)
	}
	id, _ := s.EnqueueJob(ghsim.JobSpec{Labels: []string{"gc"}})
	if err := s.DeleteScaleSet(set.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteScaleSet(set.ID); !errors.Is(err, ghsim.ErrUnknownScaleSet) {
		t.Fatalf("second delete: %v", err)
	}
	st := s.State()
	if len(st.ScaleSets) != 0 || len(st.Sessions) != 0 || len(st.Registrations) != 0 {
		t.Fatalf("after GC: %+v", st)
	}
	if j, _ := st.Job(id); j.State != ghsim.JobAvailable || j.ScaleSetID != 0 {
		t.Fatalf("job after GC: %+v", j)
	}
	if _, err := sess.GetMessage(ctx, 0, 1); err == nil || !strings.Contains(err.Error(), "404") {
		t.Fatalf("polling a deleted scale set's session: %v", err)
	}
	if got, err := c.GetRunnerScaleSet(ctx, 1, "gc"); err != nil || got != nil {
		t.Fatalf("lookup after GC: %+v, %v", got, err)
	}
	again := createScaleSet(t, c, "gc")
	if j, _ := s.Job(id); j.ScaleSetID != again.ID {
		t.Fatalf("job not routed to the re-created scale set: %+v", j)
	}
}

// TestSessionExpires checks that an unpolled session expires and unblocks a new one.
func TestSessionExpires(t *testing.T) {
	const ttl = time.Second
	s := newServer(t, ghsim.Options{SessionTTL: ttl})
	c := patClient(t, s.ConfigURL(), s.Token())
	ctx := ctxT(t)
	set := createScaleSet(t, c, "ttl")
	if _, err := c.MessageSessionClient(ctx, set.ID, "crashed-daemon"); err != nil {
		t.Fatal(err)
	}
	if _, err := c.MessageSessionClient(ctx, set.ID, "new-daemon"); err == nil {
		t.Fatal("second session while the first lives: want 409")
	}
	waitFor(t, s, "session expiry", func(st ghsim.State) bool { return len(st.Sessions) == 0 })
	sess, err := c.MessageSessionClient(ctx, set.ID, "new-daemon")
	if err != nil {
		t.Fatalf("session after expiry: %v", err)
	}
	// A session that is polled stays alive beyond its TTL.
	for start := time.Now(); time.Since(start) < 3*ttl/2; {
		if _, err := sess.GetMessage(ctx, 0, 1); err != nil {
			t.Fatalf("GetMessage: %v", err)
		}
	}
	if n := len(s.State().Sessions); n != 1 {
		t.Fatalf("polled session expired: %d sessions", n)
	}
}

// TestScaleSetUpdateReroutes checks PATCH: labels change which jobs match.
func TestScaleSetUpdateReroutes(t *testing.T) {
	s := newServer(t, ghsim.Options{RunnerGroups: []string{"special"}})
	c := patClient(t, s.ConfigURL(), s.Token())
	ctx := ctxT(t)
	g, err := c.GetRunnerGroupByName(ctx, "special")
	if err != nil || g.ID != 2 {
		t.Fatalf("extra runner group: %+v, %v", g, err)
	}
	set := createScaleSet(t, c, "upd", "a")
	id, _ := s.EnqueueJob(ghsim.JobSpec{Labels: []string{"b"}})
	upd, err := c.UpdateRunnerScaleSet(ctx, set.ID, &scaleset.RunnerScaleSet{RunnerGroupID: g.ID, Labels: []scaleset.Label{{Name: "b"}}})
	if err != nil || upd.RunnerGroupName != "special" || upd.Labels[0].Name != "b" || upd.Name != "upd" {
		t.Fatalf("UpdateRunnerScaleSet: %+v, %v", upd, err)
	}
	if j, _ := s.Job(id); j.ScaleSetID != set.ID {
		t.Fatalf("job not routed after label change: %+v", j)
	}
	if _, err := c.UpdateRunnerScaleSet(ctx, 999, &scaleset.RunnerScaleSet{Name: "x"}); err == nil || !strings.Contains(err.Error(), "404") {
		t.Fatalf("updating an unknown scale set: %v", err)
	}
}
