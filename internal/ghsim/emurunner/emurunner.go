// Package emurunner is an emulated GitHub Actions runner for the ghsim
// simulator. Run behaves like the actions runner started with a JIT config:
// it registers, takes exactly one job, works on it for the job's duration,
// reports the result and returns. It long-polls and starts no busy loops, so
// thousands of emulated runners can share one process.
package emurunner

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim/runnerproto"
	"github.com/outrunner/outrunner/internal/logkey"
)

// Errors Run returns (wrapped) besides context errors.
var (
	// ErrRegistrationUsed: the JIT config was already used by another runner.
	ErrRegistrationUsed = errors.New("runner registration already used")
	// ErrRegistrationRemoved: the registration is gone (deleted by the
	// daemon, or never existed).
	ErrRegistrationRemoved = errors.New("runner registration removed")
	// ErrCrashed: the job asked the runner to crash and it did.
	ErrCrashed = errors.New("runner crashed (simulated)")
	// ErrExitedEarly: the runner was told to exit before taking a job.
	ErrExitedEarly = errors.New("runner exited before taking a job (simulated)")
)

// Options tune Run. The zero value is usable.
type Options struct {
	// Logger receives the runner's logs; nil discards them. The JIT config is
	// never logged.
	Logger *slog.Logger
	// HTTPClient talks to the simulator; nil uses a shared client whose
	// connection pool suits thousands of runners.
	HTTPClient *http.Client
	// ServiceURL, when set, replaces the service URL of the JIT config: the
	// simulator as reached from where the runner runs (e.g. from inside a
	// VM whose only way out is a forward to the simulator's host port). It
	// must be an absolute http(s) URL.
	ServiceURL string
}

// Result describes the job a runner ran.
type Result struct {
	JobID  int64
	Result string
}

// Run runs one emulated runner with an encoded JIT config. It returns nil
// after it reported its job's result (also when the result is failed or
// canceled: the runner itself ran fine). It returns an error when the
// registration is rejected or removed, on protocol errors, when the job tells
// it to crash or exit early, and when ctx ends first; a runner whose ctx ends
// mid-job never reports success.
func Run(ctx context.Context, jitConfig string, opts Options) error {
	_, err := RunJob(ctx, jitConfig, opts)
	return err
}

// RunJob is Run that also tells which job the runner ran and its result.
func RunJob(ctx context.Context, jitConfig string, opts Options) (Result, error) {
	cfg, err := runnerproto.DecodeJITConfig(jitConfig)
	if err != nil {
		return Result{}, err
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With(logkey.Runner, cfg.RunnerName, logkey.RunnerID, cfg.RunnerID)
	if opts.ServiceURL != "" {
		u, err := url.Parse(opts.ServiceURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return Result{}, fmt.Errorf("service URL override %q is not an absolute http(s) URL", opts.ServiceURL)
		}
		cfg.URL = strings.TrimSuffix(opts.ServiceURL, "/")
	}
	c := &client{base: cfg.URL, http: opts.HTTPClient}
	if c.http == nil {
		c.http = sharedClient
	}
	if err := c.connect(ctx, cfg); err != nil {
		return Result{}, err
	}
	log.Info("runner online", logkey.ScaleSet, cfg.ScaleSetID)

	job, err := c.awaitJob(ctx)
	if err != nil {
		if errors.Is(err, ErrExitedEarly) {
			log.Warn("runner exiting before taking a job")
		}
		return Result{}, err
	}
	log.Info("job started", logkey.Job, job.ID, logkey.Name, job.DisplayName)
	result, err := c.work(ctx, job)
	if err != nil {
		log.Warn("runner stopped mid-job", logkey.Job, job.ID, logkey.Error, err)
		return Result{JobID: job.ID}, err
	}
	if err := c.complete(ctx, job.ID, result); err != nil {
		return Result{JobID: job.ID}, err
	}
	log.Info("job finished", logkey.Job, job.ID, logkey.Result, result)
	return Result{JobID: job.ID, Result: result}, nil
}

// awaitJob polls until the runner gets its job.
func (c *client) awaitJob(ctx context.Context) (*runnerproto.Job, error) {
	for {
		resp, err := c.pollRetry(ctx)
		switch {
		case err != nil:
			return nil, err
		case resp.Exit:
			return nil, ErrExitedEarly
		case resp.Job != nil:
			return resp.Job, nil
		}
	}
}

// work runs the job, polling alongside to keep the lease and hear of a
// cancellation. It returns the result to report.
func (c *client) work(ctx context.Context, job *runnerproto.Job) (string, error) {
	pollCtx, stopPolling := context.WithCancel(ctx)
	defer stopPolling()
	canceled := make(chan struct{})
	pollErr := make(chan error, 1)
	go func() {
		notified := false
		for {
			resp, err := c.pollRetry(pollCtx)
			if err != nil {
				pollErr <- err
				return
			}
			if resp.Cancel && !notified {
				notified = true
				close(canceled)
			}
		}
	}()

	d := time.Duration(job.DurationMS) * time.Millisecond
	var done <-chan time.Time
	switch job.Behavior {
	case runnerproto.BehaviorHang:
	case runnerproto.BehaviorCrash:
		t := time.NewTimer(d / 2)
		defer t.Stop()
		select {
		case <-t.C:
			return "", ErrCrashed
		case <-canceled:
			return runnerproto.ResultCanceled, nil
		case <-ctx.Done():
			return "", ctx.Err()
		case err := <-pollErr:
			return "", err
		}
	default:
		t := time.NewTimer(d)
		defer t.Stop()
		done = t.C
	}
	select {
	case <-done:
		result := job.Result
		if result == "" {
			result = runnerproto.ResultSucceeded
		}
		return result, nil
	case <-canceled:
		return runnerproto.ResultCanceled, nil
	case <-ctx.Done():
		return "", ctx.Err()
	case err := <-pollErr:
		return "", err
	}
}

// Describe returns a loggable description of a JIT config (without its secret).
func Describe(jitConfig string) (string, error) {
	cfg, err := runnerproto.DecodeJITConfig(jitConfig)
	if err != nil {
		return "", err
	}
	return fmt.Sprint(cfg), nil
}
