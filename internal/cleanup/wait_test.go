package cleanup

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/actions/scaleset"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghpool"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/ghsim/emurunner"
	"github.com/outrunner/outrunner/internal/journal"
)

// TestCleanupWaitsForJobsStillRunning is cleanup right after a kill -9:
// the journal's runner died mid-job, and GitHub refuses to remove its
// registration until it notices (RunnerLostTimeout here). Cleanup retries
// for up to Wait, then names what is left and why.
func TestCleanupWaitsForJobsStillRunning(t *testing.T) {
	tests := []struct {
		name        string
		lostTimeout time.Duration
		wait        time.Duration
		removed     bool
		wantOut     []string
	}{
		{"released within the wait", 500 * time.Millisecond, time.Minute, true,
			[]string{"registration busy-1: GitHub still shows its job running", "waiting up to 1m0s (--wait)", "removed registration busy-1", "Removed 0 of 0 environments and 1 of 1 registration."}},
		{"still running after the wait", time.Hour, 300 * time.Millisecond, false,
			[]string{"waiting up to 300ms (--wait)", "FAILED to remove registration busy-1: GitHub still shows its job running after waiting 300ms", "run outrunner cleanup again"}},
		{"no wait", time.Hour, 0, false,
			[]string{"FAILED to remove registration busy-1: GitHub still shows its job running after waiting 0s"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("GITHUB_TOKEN", "")
			t.Setenv("CREDENTIALS_DIRECTORY", "")
			gh, err := ghsim.New(ghsim.Options{AssignWithoutAcquire: true, RunnerLostTimeout: tc.lostTimeout})
			if err != nil {
				t.Fatal(err)
			}
			defer gh.Close()
			dir := t.TempDir()
			cfgPath := filepath.Join(dir, "config.yml")
			if err := os.WriteFile(cfgPath, []byte("url: "+gh.ConfigURL()+"\ndaemon_id: host-1\nstate_dir: "+dir+
				"\ngithub: {retry_max: 0}\nrunners:\n  linux: {labels: [linux], sim: {}}\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			cfg, err := config.LoadConfig(cfgPath)
			if err != nil {
				t.Fatal(err)
			}

			// The dead daemon's runner: registered, journaled, and killed
			// while it ran a job.
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			pool, err := ghpool.NewRegistry(ghpool.Options{Concurrency: 1}).Acquire(gh.ConfigURL(), config.Credentials{Token: gh.Token()})
			if err != nil {
				t.Fatal(err)
			}
			ss, err := pool.EnsureScaleSet(ctx, ghpool.ScaleSetSpec{Name: "linux", RunnerGroup: "default", Labels: []string{"linux"}})
			if err != nil {
				t.Fatal(err)
			}
			jit, err := pool.GenerateJIT(ctx, ss.ID, "busy-1")
			if err != nil {
				t.Fatal(err)
			}
			j, err := journal.Open(journal.Path(dir))
			if err != nil {
				t.Fatal(err)
			}
			if err := j.Add(journal.Entry{ScaleSet: "linux", Name: "busy-1", URL: gh.ConfigURL(), RunnerID: jit.Runner.ID}); err != nil {
				t.Fatal(err)
			}
			_ = j.Close()
			id, err := gh.EnqueueJob(ghsim.JobSpec{Labels: []string{"linux"}, Duration: ghsim.Duration(time.Hour)})
			if err != nil {
				t.Fatal(err)
			}
			rctx, kill := context.WithCancel(ctx)
			done := make(chan error, 1)
			go func() { done <- emurunner.Run(rctx, jit.EncodedJITConfig, emurunner.Options{}) }()
			if err := gh.WaitFor(ctx, func(st ghsim.State) bool { j, _ := st.Job(id); return j.State == ghsim.JobRunning }); err != nil {
				t.Fatalf("job never ran: %v", err)
			}
			kill()
			if err := <-done; !errors.Is(err, context.Canceled) {
				t.Fatalf("killed runner: %v", err)
			}

			var out bytes.Buffer
			res := Run(ctx, Options{Config: cfg, FlagToken: gh.Token(), Out: &out, Wait: tc.wait, RetryInterval: 20 * time.Millisecond,
				HTTPOptions: []scaleset.HTTPOption{scaleset.WithRetryWaitMax(5 * time.Millisecond)}})
			for _, w := range tc.wantOut {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
			if removed := len(res.Problems) == 0; removed != tc.removed {
				t.Fatalf("problems %v, want removed=%v\n%s", res.Problems, tc.removed, out.String())
			}
			left := slices.ContainsFunc(gh.State().Registrations, func(r ghsim.RegistrationInfo) bool { return r.Name == "busy-1" })
			if left == tc.removed {
				t.Errorf("registration left on GitHub: %v, want %v", left, !tc.removed)
			}
		})
	}
}
