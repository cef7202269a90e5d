package ghsim_test

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/actions/scaleset"
	"github.com/actions/scaleset/listener"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/ghsim/emurunner"
)

// testTimeout bounds every wait in these tests.
const testTimeout = 20 * time.Second

// newServer starts a simulator with fast test timings; opts may override them.
func newServer(t testing.TB, opts ghsim.Options) *ghsim.Server {
	t.Helper()
	if opts.PollHold == 0 {
		opts.PollHold = 100 * time.Millisecond
	}
	if opts.RunnerLostTimeout == 0 {
		opts.RunnerLostTimeout = 3 * time.Second
	}
	s, err := ghsim.New(opts)
	if err != nil {
		t.Fatalf("ghsim.New: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// fastOpts keeps the real client's retries from stalling tests.
func fastOpts(extra ...scaleset.HTTPOption) []scaleset.HTTPOption {
	return append([]scaleset.HTTPOption{scaleset.WithRetryMax(0), scaleset.WithRetryWaitMax(10 * time.Millisecond)}, extra...)
}

func patClient(t testing.TB, configURL, token string, extra ...scaleset.HTTPOption) *scaleset.Client {
	t.Helper()
	c, err := scaleset.NewClientWithPersonalAccessToken(scaleset.NewClientWithPersonalAccessTokenConfig{
		GitHubConfigURL: configURL, PersonalAccessToken: token,
		SystemInfo: scaleset.SystemInfo{System: "ghsim-test"},
	}, fastOpts(extra...)...)
	if err != nil {
		t.Fatalf("new PAT client: %v", err)
	}
	return c
}

// testApp is a GitHub App with a fresh RSA key.
type testApp struct {
	clientID       string
	installationID int64
	key            *rsa.PrivateKey
	pem            string
}

func newTestApp(t testing.TB) testApp {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	p := pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)})
	return testApp{clientID: "Iv1.simapp", installationID: 4242, key: key, pem: string(p)}
}

func (a testApp) option() ghsim.GitHubApp {
	return ghsim.GitHubApp{ClientID: a.clientID, AppID: 77, InstallationIDs: []int64{a.installationID}, PublicKey: &a.key.PublicKey}
}

func appClient(t testing.TB, configURL string, auth scaleset.GitHubAppAuth, extra ...scaleset.HTTPOption) *scaleset.Client {
	t.Helper()
	c, err := scaleset.NewClientWithGitHubApp(scaleset.ClientWithGitHubAppConfig{GitHubConfigURL: configURL, GitHubAppAuth: auth},
		fastOpts(extra...)...)
	if err != nil {
		t.Fatalf("new app client: %v", err)
	}
	return c
}

func ctxT(t testing.TB) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	t.Cleanup(cancel)
	return ctx
}

func waitFor(t testing.TB, s *ghsim.Server, what string, cond func(ghsim.State) bool) ghsim.State {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	var last ghsim.State
	if err := s.WaitFor(ctx, func(st ghsim.State) bool { last = st; return cond(st) }); err != nil {
		t.Fatalf("waiting for %s: %v\nstate: %+v", what, err, last)
	}
	return last
}

func createScaleSet(t testing.TB, c *scaleset.Client, name string, labels ...string) *scaleset.RunnerScaleSet {
	t.Helper()
	rs := &scaleset.RunnerScaleSet{Name: name, RunnerGroupID: 1, RunnerSetting: scaleset.RunnerSetting{DisableUpdate: true}}
	for _, l := range labels {
		rs.Labels = append(rs.Labels, scaleset.Label{Name: l})
	}
	out, err := c.CreateRunnerScaleSet(ctxT(t), rs)
	if err != nil {
		t.Fatalf("CreateRunnerScaleSet: %v", err)
	}
	return out
}

// recordingScaler is a listener.Scaler that provisions one emulated runner
// per assigned job and records every call.
type recordingScaler struct {
	t        testing.TB
	client   *scaleset.Client
	scaleSet int
	ctx      context.Context

	mu        sync.Mutex
	next      int
	live      int
	names     map[string]bool
	desired   []int
	started   []*scaleset.JobStarted
	completed []*scaleset.JobCompleted
	runErrs   []error
	changed   chan struct{} // closed and replaced at every record
	wg        sync.WaitGroup
}

// listening is the real scaleset listener running on its own message
// session with a recording scaler.
type listening struct {
	scaler *recordingScaler
	stop   context.CancelFunc // ends the listener
	done   <-chan error       // the listener's Run result
}

// listen opens a message session on scale set setID and runs the real
// listener (two runners at most) on it until stop is called or the test
// ends; the session is closed afterwards.
func listen(t testing.TB, c *scaleset.Client, setID int) listening {
	t.Helper()
	sess, err := c.MessageSessionClient(ctxT(t), setID, "host")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sess.Close(context.Background()) })
	ctx, stop := context.WithCancel(ctxT(t))
	scaler := newRecordingScaler(t, ctx, c, setID)
	t.Cleanup(stop)
	l, err := listener.New(sess, listener.Config{ScaleSetID: setID, MaxRunners: 2})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- l.Run(ctx, scaler) }()
	return listening{scaler: scaler, stop: stop, done: done}
}

func newRecordingScaler(t testing.TB, ctx context.Context, c *scaleset.Client, scaleSetID int) *recordingScaler {
	sc := &recordingScaler{t: t, client: c, scaleSet: scaleSetID, ctx: ctx, names: map[string]bool{}, changed: make(chan struct{})}
	t.Cleanup(sc.wg.Wait)
	return sc
}

func (sc *recordingScaler) HandleDesiredRunnerCount(ctx context.Context, count int) (int, error) {
	sc.mu.Lock()
	sc.desired = append(sc.desired, count)
	sc.notifyLocked()
	var toStart []string
	for sc.live < count {
		sc.next++
		sc.live++
		name := fmt.Sprintf("runner-%d-%d", sc.scaleSet, sc.next)
		sc.names[name] = true
		toStart = append(toStart, name)
	}
	sc.mu.Unlock()
	for _, name := range toStart {
		cfg, err := sc.client.GenerateJitRunnerConfig(ctx, &scaleset.RunnerScaleSetJitRunnerSetting{Name: name}, sc.scaleSet)
		if err != nil {
			return 0, fmt.Errorf("generate JIT config: %w", err)
		}
		sc.wg.Add(1)
		go func() {
			defer sc.wg.Done()
			err := emurunner.Run(sc.ctx, cfg.EncodedJITConfig, emurunner.Options{})
			sc.mu.Lock()
			sc.live--
			sc.runErrs = append(sc.runErrs, err)
			sc.notifyLocked()
			sc.mu.Unlock()
		}()
	}
	return count, nil
}

func (sc *recordingScaler) HandleJobStarted(ctx context.Context, j *scaleset.JobStarted) error {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if !sc.names[j.RunnerName] {
		return fmt.Errorf("JobStarted names unknown runner %q", j.RunnerName)
	}
	sc.started = append(sc.started, j)
	sc.notifyLocked()
	return nil
}

func (sc *recordingScaler) HandleJobCompleted(ctx context.Context, j *scaleset.JobCompleted) error {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	sc.completed = append(sc.completed, j)
	sc.notifyLocked()
	return nil
}

func (sc *recordingScaler) notifyLocked() {
	close(sc.changed)
	sc.changed = make(chan struct{})
}

// wait blocks until cond holds for the scaler's record.
func (sc *recordingScaler) wait(t testing.TB, cond func(scalerRecord) bool) scalerRecord {
	t.Helper()
	deadline := time.NewTimer(testTimeout)
	defer deadline.Stop()
	for {
		sc.mu.Lock()
		ch := sc.changed
		sc.mu.Unlock()
		rec := sc.snapshot()
		if cond(rec) {
			return rec
		}
		select {
		case <-ch:
		case <-deadline.C:
			t.Fatalf("scaler never reached the expected calls: %+v", rec)
		}
	}
}

type scalerRecord struct {
	desired   []int
	started   []*scaleset.JobStarted
	completed []*scaleset.JobCompleted
	runErrs   []error
}

func (sc *recordingScaler) snapshot() scalerRecord {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	return scalerRecord{
		desired:   append([]int(nil), sc.desired...),
		started:   append([]*scaleset.JobStarted(nil), sc.started...),
		completed: append([]*scaleset.JobCompleted(nil), sc.completed...),
		runErrs:   append([]error(nil), sc.runErrs...),
	}
}

// statsRecorder is a listener.MetricsRecorder that keeps every statistics
// the listener saw.
type statsRecorder struct {
	mu    sync.Mutex
	stats []scaleset.RunnerScaleSetStatistic
}

func (r *statsRecorder) RecordStatistics(s *scaleset.RunnerScaleSetStatistic) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stats = append(r.stats, *s)
}
func (r *statsRecorder) RecordJobStarted(*scaleset.JobStarted)     {}
func (r *statsRecorder) RecordJobCompleted(*scaleset.JobCompleted) {}
func (r *statsRecorder) RecordDesiredRunners(int)                  {}

func (r *statsRecorder) all() []scaleset.RunnerScaleSetStatistic {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]scaleset.RunnerScaleSetStatistic(nil), r.stats...)
}

// checkStats fails on statistics that cannot describe one moment.
func checkStats(t testing.TB, st scaleset.RunnerScaleSetStatistic) {
	t.Helper()
	ok := st.TotalAvailableJobs >= 0 && st.TotalAcquiredJobs >= 0 && st.TotalRunningJobs >= 0 &&
		st.TotalAssignedJobs >= st.TotalRunningJobs && st.TotalBusyRunners == st.TotalRunningJobs &&
		st.TotalIdleRunners >= 0 && st.TotalRegisteredRunners >= st.TotalBusyRunners+st.TotalIdleRunners
	if !ok {
		t.Errorf("inconsistent statistics: %+v", st)
	}
}
