package ghpool

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actions/scaleset"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghsim"
)

func newSim(t *testing.T, faults ghsim.Faults) *ghsim.Server {
	t.Helper()
	s, err := ghsim.New(ghsim.Options{Faults: faults})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func testOptions() Options {
	return Options{Concurrency: 4, RetryMax: 0, HTTPOptions: []scaleset.HTTPOption{scaleset.WithRetryWaitMax(5 * time.Millisecond)}}
}

func TestEnsureScaleSetCreatesReusesAndReconcilesLabels(t *testing.T) {
	s := newSim(t, ghsim.Faults{})
	r := NewRegistry(testOptions())
	p, err := r.Acquire(s.ConfigURL(), config.Credentials{Token: s.Token()})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	first, err := p.EnsureScaleSet(ctx, ScaleSetSpec{Name: "linux", RunnerGroup: "default", Labels: []string{"linux", "x64"}})
	if err != nil {
		t.Fatal(err)
	}
	again, err := p.EnsureScaleSet(ctx, ScaleSetSpec{Name: "linux", RunnerGroup: "default", Labels: []string{"x64", "linux"}})
	if err != nil || again.ID != first.ID {
		t.Fatalf("second ensure = %+v, %v; want the same scale set %d", again, err, first.ID)
	}
	changed, err := p.EnsureScaleSet(ctx, ScaleSetSpec{Name: "linux", RunnerGroup: "default", Labels: []string{"linux", "arm64"}})
	if err != nil || changed.ID != first.ID {
		t.Fatalf("relabel = %+v, %v", changed, err)
	}
	info, _ := s.State().ScaleSet("linux")
	if !LabelsMatch(labelsOf(info.Labels), []string{"linux", "arm64"}) {
		t.Errorf("labels on GitHub = %v", info.Labels)
	}
	// GitHub deleted the idle scale set: ensuring creates it again.
	if err := s.DeleteScaleSet(first.ID); err != nil {
		t.Fatal(err)
	}
	recreated, err := p.EnsureScaleSet(ctx, ScaleSetSpec{Name: "linux", RunnerGroup: "default", Labels: []string{"linux"}})
	if err != nil || recreated.ID == first.ID {
		t.Fatalf("recreate = %+v, %v", recreated, err)
	}
	if _, err := p.EnsureScaleSet(ctx, ScaleSetSpec{Name: "x", RunnerGroup: "no-such-group", Labels: []string{"x"}}); err == nil {
		t.Error("an unknown runner group was accepted")
	}
}

func labelsOf(names []string) []scaleset.Label {
	out := make([]scaleset.Label, len(names))
	for i, n := range names {
		out[i] = scaleset.Label{Name: n}
	}
	return out
}

func TestGenerateJITReplacesLeftoverRegistration(t *testing.T) {
	s := newSim(t, ghsim.Faults{})
	p, err := NewRegistry(testOptions()).Acquire(s.ConfigURL(), config.Credentials{Token: s.Token()})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	set, err := p.EnsureScaleSet(ctx, ScaleSetSpec{Name: "s", RunnerGroup: "default", Labels: []string{"s"}})
	if err != nil {
		t.Fatal(err)
	}
	a, err := p.GenerateJIT(ctx, set.ID, "s-1")
	if err != nil {
		t.Fatal(err)
	}
	b, err := p.GenerateJIT(ctx, set.ID, "s-1")
	if err != nil {
		t.Fatalf("a name left registered was not replaced: %v", err)
	}
	if a.Runner.ID == b.Runner.ID || len(s.State().Registrations) != 1 {
		t.Fatalf("registrations = %+v", s.State().Registrations)
	}
	if err := p.RemoveRunner(ctx, b.Runner.ID); err != nil {
		t.Fatal(err)
	}
	if err := p.RemoveRunner(ctx, b.Runner.ID); err != nil {
		t.Errorf("removing a runner twice: %v (GitHub no longer knowing it is success)", err)
	}
	if err := p.RemoveRunnerByName(ctx, "never-registered"); err != nil {
		t.Errorf("RemoveRunnerByName of an unknown name: %v", err)
	}
}

func TestRateLimitIsPerCredential(t *testing.T) {
	s := newSim(t, ghsim.Faults{})
	o := testOptions()
	o.RateLimit, o.RateBurst = 20, 1
	r := NewRegistry(o)
	creds := config.Credentials{Token: s.Token()}
	org, err := r.Acquire(s.OrgURL("one"), creds)
	if err != nil {
		t.Fatal(err)
	}
	repo, err := r.Acquire(s.RepoURL("two", "repo"), creds)
	if err != nil {
		t.Fatal(err)
	}
	if org.limit != repo.limit {
		t.Fatal("two URLs with one credential got separate rate limits")
	}
	other, err := r.Acquire(s.OrgURL("one"), config.Credentials{Token: "another-token-value"})
	if err != nil {
		t.Fatal(err)
	}
	if other.limit == org.limit {
		t.Fatal("another credential shares the rate limit")
	}
	// 11 limited waits at 20/s with burst 1 take at least 0.5 s.
	start := time.Now()
	var wg sync.WaitGroup
	for i := range 11 {
		p := org
		if i%2 == 1 {
			p = repo
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := p.waitRate(context.Background()); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if d := time.Since(start); d < 450*time.Millisecond {
		t.Fatalf("11 calls at 20/s passed in %v", d)
	}
	r.Release(org)
	r.Release(repo)
	r.Release(other)
	if r.Len() != 0 || len(r.limiters) != 0 {
		t.Errorf("pools %d, limiters %d left after release", r.Len(), len(r.limiters))
	}
}

func TestRateLimitedAnswersPauseTheCredential(t *testing.T) {
	s := newSim(t, ghsim.Faults{Endpoints: map[string]ghsim.EndpointFault{ghsim.EndpointJITConfig: {RateLimitRate: 1}}})
	p, err := NewRegistry(testOptions()).Acquire(s.ConfigURL(), config.Credentials{Token: s.Token()})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	set, err := p.EnsureScaleSet(ctx, ScaleSetSpec{Name: "s", RunnerGroup: "default", Labels: []string{"s"}})
	if err != nil {
		t.Fatal(err)
	}
	// The HTTP layer retries a 429 as GitHub asks, then gives up without
	// the status.
	if _, err = p.GenerateJIT(ctx, set.ID, "s-1"); err == nil || !strings.Contains(err.Error(), "giving up") {
		t.Fatalf("err = %v, want the HTTP layer giving up", err)
	}
	p.limit.mu.Lock()
	paused := time.Until(p.limit.pausedUntil)
	p.limit.mu.Unlock()
	if paused < 4*time.Second {
		t.Fatalf("pause after a 429 = %v", paused)
	}
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if err := p.waitRate(short); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("a paused credential let a call through: %v", err)
	}
}

func TestErrorClassifiers(t *testing.T) {
	tests := []struct {
		err            error
		limited, confl bool
	}{
		{fmt.Errorf(`request POST x failed(status="429 Too Many Requests")`), true, false},
		{errors.New("You have exceeded a secondary rate limit"), true, false},
		{errors.New(`status="409 Conflict": GitHub.DistributedTask.WebApi.TaskAgentSessionConflictException: busy`), false, true},
		{errors.New(`status="500 Internal Server Error"`), false, false},
		{nil, false, false},
	}
	for _, tc := range tests {
		if got := IsRateLimited(tc.err); got != tc.limited {
			t.Errorf("IsRateLimited(%v) = %v", tc.err, got)
		}
		if got := IsSessionConflict(tc.err); got != tc.confl {
			t.Errorf("IsSessionConflict(%v) = %v", tc.err, got)
		}
	}
}

func TestLabelsMatch(t *testing.T) {
	tests := []struct {
		have []string
		want []string
		ok   bool
	}{
		{[]string{"a", "b"}, []string{"b", "a"}, true},
		{[]string{"A"}, []string{"a"}, true},
		{[]string{"a"}, []string{"a", "b"}, false},
		{[]string{"a", "b"}, []string{"a", "c"}, false},
		{nil, nil, true},
	}
	for _, tc := range tests {
		if got := LabelsMatch(labelsOf(tc.have), tc.want); got != tc.ok {
			t.Errorf("LabelsMatch(%v, %v) = %v", tc.have, tc.want, got)
		}
	}
}

func TestNoTokenIsAnError(t *testing.T) {
	if _, err := NewRegistry(testOptions()).Acquire("https://github.com/o", config.Credentials{}); err == nil {
		t.Fatal("a pool without credentials was created (the client would panic on use)")
	}
}

func TestSetFleetShareDividesTheRateLimit(t *testing.T) {
	tests := []struct {
		name              string
		rate              float64
		burst, nodes      int
		wantRate          float64
		wantBurst         int
		acquireBeforehand bool
	}{
		{name: "single host", rate: 10, burst: 10, nodes: 1, wantRate: 10, wantBurst: 10},
		{name: "three nodes", rate: 9, burst: 10, nodes: 3, wantRate: 3, wantBurst: 4},
		{name: "a burst never under one", rate: 4, burst: 1, nodes: 4, wantRate: 1, wantBurst: 1},
		{name: "a pool acquired before the share", rate: 10, burst: 6, nodes: 2, wantRate: 5, wantBurst: 3, acquireBeforehand: true},
		{name: "no nodes counts as one", rate: 10, burst: 6, nodes: 0, wantRate: 10, wantBurst: 6},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := testOptions()
			o.RateLimit, o.RateBurst = tc.rate, tc.burst
			r := NewRegistry(o)
			creds := config.Credentials{Token: "a-token-value"}
			var p *Pool
			var err error
			if tc.acquireBeforehand {
				if p, err = r.Acquire("https://github.com/one", creds); err != nil {
					t.Fatal(err)
				}
			}
			r.SetFleetShare(tc.nodes)
			if p == nil {
				if p, err = r.Acquire("https://github.com/one", creds); err != nil {
					t.Fatal(err)
				}
			}
			defer r.Release(p)
			if got := float64(p.limit.rate.Limit()); got != tc.wantRate {
				t.Errorf("rate %v, want %v", got, tc.wantRate)
			}
			if got := p.limit.rate.Burst(); got != tc.wantBurst {
				t.Errorf("burst %d, want %d", got, tc.wantBurst)
			}
			if rate, burst := r.RateShare(); rate != tc.wantRate || burst != tc.wantBurst {
				t.Errorf("RateShare = %v, %d", rate, burst)
			}
		})
	}
}
