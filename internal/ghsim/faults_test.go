package ghsim_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/actions/scaleset"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/ghsim/emurunner"
)

func TestForcedSessionConflict(t *testing.T) {
	s := newServer(t, ghsim.Options{Faults: ghsim.Faults{SessionConflicts: 2}})
	c := patClient(t, s.ConfigURL(), s.Token())
	set := createScaleSet(t, c, "conflict")
	for i := range 2 {
		if _, err := c.MessageSessionClient(ctxT(t), set.ID, "host"); err == nil || !strings.Contains(err.Error(), "TaskAgentSessionConflictException") || !strings.Contains(err.Error(), "409") {
			t.Fatalf("session %d: want 409 conflict, got %v", i, err)
		}
	}
	sess, err := c.MessageSessionClient(ctxT(t), set.ID, "host")
	if err != nil {
		t.Fatalf("third session: %v", err)
	}
	defer sess.Close(context.Background())
	if hits := s.Metrics().FaultHits["session_create:conflict"]; hits != 2 {
		t.Fatalf("conflict hits: %d", hits)
	}
	if f := s.Faults(); f.SessionConflicts != 0 {
		t.Fatalf("remaining conflicts: %d", f.SessionConflicts)
	}
}

// TestQueueTokenExpiry checks 401 → PATCH refresh → retry, both from the
// fault and from the token TTL, with the listener running through it.
func TestQueueTokenExpiry(t *testing.T) {
	t.Run("fault", func(t *testing.T) {
		s := newServer(t, ghsim.Options{})
		c := patClient(t, s.ConfigURL(), s.Token())
		set := createScaleSet(t, c, "expiry")
		sess, err := c.MessageSessionClient(ctxT(t), set.ID, "host")
		if err != nil {
			t.Fatal(err)
		}
		defer sess.Close(context.Background())
		before := sess.Session().MessageQueueAccessToken
		if err := s.SetFaults(ghsim.Faults{QueueTokenExpiries: 1}); err != nil {
			t.Fatal(err)
		}
		id, _ := s.EnqueueJob(ghsim.JobSpec{Labels: []string{"expiry"}})
		msg, err := sess.GetMessage(ctxT(t), 0, 1)
		if err != nil || msg == nil || msg.JobAvailableMessages[0].RunnerRequestID != id {
			t.Fatalf("GetMessage through a token expiry: %+v, %v", msg, err)
		}
		m := s.Metrics()
		if m.Endpoints[ghsim.EndpointSessionRefresh].Calls != 1 || m.Endpoints[ghsim.EndpointMessageGet].Errors != 1 {
			t.Fatalf("want one 401 and one refresh: %+v", m.Endpoints)
		}
		if sess.Session().MessageQueueAccessToken == before {
			t.Fatal("refresh kept the old queue token")
		}
	})
	t.Run("ttl with listener", func(t *testing.T) {
		s := newServer(t, ghsim.Options{QueueTokenTTL: 400 * time.Millisecond, AssignWithoutAcquire: true})
		c := patClient(t, s.ConfigURL(), s.Token())
		set := createScaleSet(t, c, "ttl")
		ln := listen(t, c, set.ID)
		waitFor(t, s, "a refresh", func(ghsim.State) bool { return s.Metrics().Endpoints[ghsim.EndpointSessionRefresh].Calls >= 2 })
		id, _ := s.EnqueueJob(ghsim.JobSpec{Labels: []string{"ttl"}})
		waitFor(t, s, "job done", func(st ghsim.State) bool { j, _ := st.Job(id); return j.State == ghsim.JobCompleted })
		ln.stop()
		if err := <-ln.done; !errors.Is(err, context.Canceled) {
			t.Fatalf("listener stopped with %v", err)
		}
	})
}

func TestEndpointFaults(t *testing.T) {
	t.Run("5xx retried then given up", func(t *testing.T) {
		s := newServer(t, ghsim.Options{Faults: ghsim.Faults{Endpoints: map[string]ghsim.EndpointFault{
			ghsim.EndpointJITConfig: {ErrorRate: 1, ErrorStatus: 503},
		}}})
		c := patClient(t, s.ConfigURL(), s.Token(), scaleset.WithRetryMax(2))
		set := createScaleSet(t, c, "fail")
		_, err := c.GenerateJitRunnerConfig(ctxT(t), &scaleset.RunnerScaleSetJitRunnerSetting{Name: "r"}, set.ID)
		if err == nil || !strings.Contains(err.Error(), "giving up after 3 attempt") {
			t.Fatalf("want retries to give up, got %v", err)
		}
		m := s.Metrics()
		if m.Endpoints[ghsim.EndpointJITConfig].Calls != 3 || m.FaultHits["jit_config:error"] != 3 {
			t.Fatalf("calls %+v hits %v", m.Endpoints[ghsim.EndpointJITConfig], m.FaultHits)
		}
		if len(s.State().Registrations) != 0 {
			t.Fatal("a failed JIT call registered a runner")
		}
	})
	t.Run("5xx retried to success", func(t *testing.T) {
		s := newServer(t, ghsim.Options{Seed: 7, Faults: ghsim.Faults{Endpoints: map[string]ghsim.EndpointFault{
			ghsim.EndpointScaleSetsList: {ErrorRate: 0.5},
		}}})
		c := patClient(t, s.ConfigURL(), s.Token(), scaleset.WithRetryMax(20))
		for range 5 {
			if _, err := c.GetRunnerScaleSet(ctxT(t), 1, "x"); err != nil {
				t.Fatalf("GetRunnerScaleSet with retries: %v", err)
			}
		}
		m := s.Metrics()
		if hits := uint64(m.FaultHits["scalesets_list:error"]); hits == 0 || m.Endpoints[ghsim.EndpointScaleSetsList].Calls != 5+hits {
			t.Fatalf("calls %+v, hits %d", m.Endpoints[ghsim.EndpointScaleSetsList], hits)
		}
	})
	t.Run("429 Retry-After honoured", func(t *testing.T) {
		s := newServer(t, ghsim.Options{Faults: ghsim.Faults{Endpoints: map[string]ghsim.EndpointFault{
			ghsim.EndpointRunnerGroups: {RateLimitRate: 1, RetryAfter: ghsim.Duration(time.Second)},
		}}})
		c := patClient(t, s.ConfigURL(), s.Token(), scaleset.WithRetryMax(1))
		start := time.Now()
		_, err := c.GetRunnerGroupByName(ctxT(t), "default")
		if err == nil || time.Since(start) < time.Second {
			t.Fatalf("want a failure after waiting Retry-After (1s): %v after %v", err, time.Since(start))
		}
		if calls := s.Metrics().Endpoints[ghsim.EndpointRunnerGroups].Calls; calls != 2 {
			t.Fatalf("calls: %d, want 2", calls)
		}
	})
	t.Run("latency", func(t *testing.T) {
		s := newServer(t, ghsim.Options{Faults: ghsim.Faults{Endpoints: map[string]ghsim.EndpointFault{
			ghsim.AllEndpoints: {Latency: ghsim.Duration(40 * time.Millisecond), Jitter: ghsim.Duration(10 * time.Millisecond)},
		}}})
		c := patClient(t, s.ConfigURL(), s.Token())
		start := time.Now()
		if _, err := c.GetRunnerScaleSetByID(ctxT(t), 1); err != nil {
			t.Fatal(err)
		}
		// Bootstrap (registration token, runner-registration) plus the call itself.
		if d := time.Since(start); d < 120*time.Millisecond {
			t.Fatalf("three calls took %v, want at least 120ms", d)
		}
		if p50 := s.Metrics().Endpoints[ghsim.EndpointScaleSetsGet].P50; p50 < 32*time.Millisecond {
			t.Fatalf("p50 %v", p50)
		}
	})
	t.Run("typed exception on JIT", func(t *testing.T) {
		s := newServer(t, ghsim.Options{Faults: ghsim.Faults{Endpoints: map[string]ghsim.EndpointFault{
			ghsim.EndpointJITConfig: {ExceptionRate: 1, Exception: "GitHub.DistributedTask.WebApi.AgentExistsException", ExceptionStatus: 409},
		}}})
		c := patClient(t, s.ConfigURL(), s.Token())
		set := createScaleSet(t, c, "exc")
		if _, err := c.GenerateJitRunnerConfig(ctxT(t), &scaleset.RunnerScaleSetJitRunnerSetting{Name: "r"}, set.ID); !errors.Is(err, scaleset.RunnerExistsError) {
			t.Fatalf("want RunnerExistsError, got %v", err)
		}
	})
}

func TestJITSecondaryRateLimit(t *testing.T) {
	s := newServer(t, ghsim.Options{Faults: ghsim.Faults{JITRateLimit: ghsim.RateLimit{PerSecond: 0.5, Burst: 3}}})
	c := patClient(t, s.ConfigURL(), s.Token())
	set := createScaleSet(t, c, "rl")
	for i := range 3 {
		if _, err := c.GenerateJitRunnerConfig(ctxT(t), &scaleset.RunnerScaleSetJitRunnerSetting{Name: "r" + string(rune('a'+i))}, set.ID); err != nil {
			t.Fatalf("within the burst: %v", err)
		}
	}
	// The client retries 429 and, with retries exhausted, reports no status.
	if _, err := c.GenerateJitRunnerConfig(ctxT(t), &scaleset.RunnerScaleSetJitRunnerSetting{Name: "over"}, set.ID); err == nil {
		t.Fatal("over the limit: want an error")
	}
	// On the wire: 429, Retry-After in whole seconds, GitHub's message.
	resp := rawCall(t, "POST", s.URL()+"/_actions/_apis/runtime/runnerscalesets/1/generatejitconfig", adminToken(t, s), `{"name":"raw"}`)
	if resp.status != 429 || resp.header.Get("Retry-After") != "2" || !strings.Contains(resp.body, "secondary rate limit") {
		t.Fatalf("rate-limited answer: %+v", resp)
	}
	if hits := s.Metrics().FaultHits["jit_config:secondary_rate_limit"]; hits != 2 {
		t.Fatalf("rate limit hits: %d", hits)
	}
	if n := len(s.State().Registrations); n != 3 {
		t.Fatalf("registrations: %d, want 3", n)
	}
}

// TestMessageFaults checks that duplicated, reordered and dropped job
// messages reach the client as such.
func TestMessageFaults(t *testing.T) {
	t.Run("duplicate", func(t *testing.T) {
		s := newServer(t, ghsim.Options{Faults: ghsim.Faults{Messages: ghsim.MessageFaults{DuplicateRate: 1}}})
		c := patClient(t, s.ConfigURL(), s.Token())
		set := createScaleSet(t, c, "dup")
		ln := listen(t, c, set.ID)
		id, _ := s.EnqueueJob(ghsim.JobSpec{Labels: []string{"dup"}})
		rec := ln.scaler.wait(t, func(r scalerRecord) bool { return len(r.completed) == 2 })
		if len(rec.started) != 2 || rec.started[0].RunnerRequestID != id || rec.started[1].RunnerRequestID != id {
			t.Fatalf("JobStarted: %+v", rec.started)
		}
		if calls := s.Metrics().Endpoints[ghsim.EndpointAcquireJobs].Calls; calls != 2 {
			t.Fatalf("acquirejobs calls for a duplicated JobAvailable: %d", calls)
		}
		if j, _ := s.Job(id); j.Result != ghsim.ResultSucceeded {
			t.Fatalf("job: %+v", j)
		}
	})
	t.Run("JobCompleted without JobStarted", func(t *testing.T) {
		s := newServer(t, ghsim.Options{Faults: ghsim.Faults{Messages: ghsim.MessageFaults{DropStartedRate: 1}}})
		c := patClient(t, s.ConfigURL(), s.Token())
		set := createScaleSet(t, c, "nostart")
		ln := listen(t, c, set.ID)
		_, _ = s.EnqueueJob(ghsim.JobSpec{Labels: []string{"nostart"}})
		rec := ln.scaler.wait(t, func(r scalerRecord) bool { return len(r.completed) == 1 })
		if len(rec.started) != 0 {
			t.Fatalf("JobStarted delivered: %+v", rec.started)
		}
	})
	t.Run("drop and reorder", func(t *testing.T) {
		s := newServer(t, ghsim.Options{Faults: ghsim.Faults{Messages: ghsim.MessageFaults{DropRate: 1}}})
		c := patClient(t, s.ConfigURL(), s.Token())
		ctx := ctxT(t)
		set := createScaleSet(t, c, "drop")
		sess, err := c.MessageSessionClient(ctx, set.ID, "host")
		if err != nil {
			t.Fatal(err)
		}
		defer sess.Close(context.Background())
		id, _ := s.EnqueueJob(ghsim.JobSpec{Labels: []string{"drop"}, Duration: ghsim.Duration(time.Hour)})
		msg, err := sess.GetMessage(ctx, 0, 1)
		if err != nil || msg == nil || len(msg.JobAvailableMessages) != 0 || msg.Statistics.TotalAvailableJobs != 1 {
			t.Fatalf("dropped JobAvailable: want statistics only, got %+v, %v", msg, err)
		}
		last := msg.MessageID
		_ = sess.DeleteMessage(ctx, last)
		// JobAssigned is held back; JobStarted overtakes it.
		if err := s.SetFaults(ghsim.Faults{Messages: ghsim.MessageFaults{ReorderRate: 1}}); err != nil {
			t.Fatal(err)
		}
		if _, err := sess.AcquireJobs(ctx, []int64{id}); err != nil {
			t.Fatal(err)
		}
		cfg, _ := c.GenerateJitRunnerConfig(ctx, &scaleset.RunnerScaleSetJitRunnerSetting{Name: "r"}, set.ID)
		acquired := s.State()
		if acquired.Sessions[0].PendingJobEvents != 1 {
			t.Fatalf("held JobAssigned: %+v", acquired.Sessions[0])
		}
		if err := s.SetFaults(ghsim.Faults{}); err != nil {
			t.Fatal(err)
		}
		rctx, kill := context.WithCancel(ctx)
		defer kill()
		done := make(chan error, 1)
		go func() { done <- emurunner.Run(rctx, cfg.EncodedJITConfig, emurunner.Options{}) }()
		waitFor(t, s, "job started", func(st ghsim.State) bool { j, _ := st.Job(id); return j.State == ghsim.JobRunning })
		var order []string
		for len(order) < 2 {
			m, err := sess.GetMessage(ctx, last, 1)
			if err != nil || m == nil {
				t.Fatalf("GetMessage: %+v, %v", m, err)
			}
			last = m.MessageID
			_ = sess.DeleteMessage(ctx, last)
			for range m.JobStartedMessages {
				order = append(order, "started")
			}
			for range m.JobAssignedMessages {
				order = append(order, "assigned")
			}
		}
		if order[0] != "started" || order[1] != "assigned" {
			t.Fatalf("order: %v, want started before assigned", order)
		}
		kill()
		<-done
		hits := s.Metrics().FaultHits
		if hits["messages:drop"] != 1 || hits["messages:reorder"] != 1 {
			t.Fatalf("fault hits: %v", hits)
		}
	})
}
