// Package ghpool gives outrunner's actors shared, bounded and rate-limited
// access to GitHub's scale set API. One Pool exists per (URL, credentials)
// pair; it holds several scaleset clients (a client serializes its calls, so
// each one is a lane) and a rate limiter that keeps runner registrations
// under GitHub's secondary rate limit and backs off when GitHub answers 429.
package ghpool

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/actions/scaleset"
	"golang.org/x/time/rate"

	"github.com/outrunner/outrunner/config"
)

// Observer receives one call per API operation, for metrics.
type Observer interface {
	// ObserveCall reports an operation's duration and result.
	ObserveCall(op string, d time.Duration, err error)
	// ObserveRateWait reports time spent waiting for the rate limiter.
	ObserveRateWait(d time.Duration)
}

// Options configures every pool of a Registry.
type Options struct {
	// Concurrency is the number of clients (lanes) per pool.
	Concurrency int
	// RateLimit and RateBurst bound runner registrations and removals per
	// second per pool. RateLimit <= 0 disables the limiter.
	RateLimit float64
	RateBurst int
	// RetryMax and RetryWaitMax configure each HTTP request's retries.
	RetryMax     int
	RetryWaitMax time.Duration
	// SystemInfo identifies outrunner in the User-Agent.
	SystemInfo scaleset.SystemInfo
	// Logger receives the HTTP layer's debug logs; nil discards them.
	Logger *slog.Logger
	// Observer receives metrics; may be nil.
	Observer Observer
	// HTTPOptions are extra scaleset client options (tests, custom CAs).
	HTTPOptions []scaleset.HTTPOption
}

// OptionsFromConfig returns pool options for the configuration's github keys.
func OptionsFromConfig(g config.GitHubAPI) Options {
	return Options{
		Concurrency:  g.Concurrency,
		RateLimit:    g.RateLimit,
		RateBurst:    g.RateBurst,
		RetryMax:     g.RetryMax,
		RetryWaitMax: g.RetryWaitMax.D(),
	}
}

// Pool is shared access to one GitHub target with one set of credentials.
type Pool struct {
	url         string
	fingerprint string
	lanes       chan *scaleset.Client
	limit       *limiter
	observer    Observer
	attempts    *attempts
}

// limiter is the rate limit of one credential, shared by every pool that
// uses it: GitHub's secondary rate limit counts per credential.
type limiter struct {
	rate *rate.Limiter // nil when unlimited
	refs int           // guarded by the Registry's mutex

	mu          sync.Mutex
	pausedUntil time.Time
	hits        int
}

func newLimiter(perSecond float64, burst int) *limiter {
	l := &limiter{}
	if perSecond > 0 {
		l.rate = rate.NewLimiter(rate.Limit(perSecond), max(burst, 1))
	}
	return l
}

// share sets the limiter to 1/nodes of perSecond and burst.
func (l *limiter) share(perSecond float64, burst, nodes int) {
	if l.rate == nil {
		return
	}
	l.rate.SetLimit(rate.Limit(perSecond / float64(max(nodes, 1))))
	l.rate.SetBurst(shareBurst(burst, nodes))
}

// shareBurst is a node's part of a burst: at least 1.
func shareBurst(burst, nodes int) int {
	return max((burst+max(nodes, 1)-1)/max(nodes, 1), 1)
}

func newPool(url string, creds config.Credentials, lim *limiter, o Options) (*Pool, error) {
	n := max(o.Concurrency, 1)
	p := &Pool{url: url, fingerprint: creds.Fingerprint(), lanes: make(chan *scaleset.Client, n), observer: o.Observer, limit: lim, attempts: &attempts{}}
	next := slog.DiscardHandler
	if o.Logger != nil {
		next = o.Logger.Handler()
	}
	logger := slog.New(&attemptHandler{next: next, attempts: p.attempts})
	opts := append([]scaleset.HTTPOption{
		scaleset.WithLogger(logger),
		scaleset.WithRetryMax(o.RetryMax),
		scaleset.WithRetryWaitMax(o.RetryWaitMax),
	}, o.HTTPOptions...)
	for range n {
		c, err := newClient(url, creds, o.SystemInfo, opts)
		if err != nil {
			return nil, err
		}
		p.lanes <- c
	}
	return p, nil
}

func newClient(url string, creds config.Credentials, info scaleset.SystemInfo, opts []scaleset.HTTPOption) (*scaleset.Client, error) {
	if creds.App != nil {
		return scaleset.NewClientWithGitHubApp(scaleset.ClientWithGitHubAppConfig{
			GitHubConfigURL: url,
			GitHubAppAuth: scaleset.GitHubAppAuth{
				ClientID:       creds.App.ClientID,
				InstallationID: creds.App.InstallationID,
				PrivateKey:     creds.App.PrivateKey,
			},
			SystemInfo: info,
		}, opts...)
	}
	if creds.Token == "" {
		// The scaleset client panics on its first call without credentials.
		return nil, errors.New("no GitHub token")
	}
	return scaleset.NewClientWithPersonalAccessToken(scaleset.NewClientWithPersonalAccessTokenConfig{
		GitHubConfigURL:     url,
		PersonalAccessToken: creds.Token,
		SystemInfo:          info,
	}, opts...)
}

// URL returns the GitHub URL the pool talks to.
func (p *Pool) URL() string { return p.url }

// do runs f on a free lane; limited calls also wait for the rate limiter.
func (p *Pool) do(ctx context.Context, op string, limited bool, f func(*scaleset.Client) error) error {
	var c *scaleset.Client
	asked := time.Now()
	select {
	case c = <-p.lanes:
	case <-ctx.Done():
		return ctx.Err()
	}
	laneWait := time.Since(asked)
	// The rate limiter is asked with a lane in hand, so that a request
	// leaves as soon as it is allowed: waiting for a lane afterwards would
	// bunch requests up and overrun GitHub's limit.
	if limited {
		err := p.waitRate(ctx)
		if w := waitsFrom(ctx); w != nil {
			w.add(laneWait, time.Since(asked)-laneWait)
		}
		if err != nil {
			p.lanes <- c
			return err
		}
	} else if w := waitsFrom(ctx); w != nil {
		w.add(laneWait, 0)
	}
	start := time.Now()
	err := f(c)
	p.lanes <- c
	if p.observer != nil {
		p.observer.ObserveCall(op, time.Since(start), err)
	}
	p.noteRateLimit(err)
	return err
}

// waitRate waits out a 429 pause, then for a limiter token.
func (p *Pool) waitRate(ctx context.Context) error {
	start := time.Now()
	defer func() {
		if p.observer != nil {
			if d := time.Since(start); d > time.Millisecond {
				p.observer.ObserveRateWait(d)
			}
		}
	}()
	p.limit.mu.Lock()
	pause := time.Until(p.limit.pausedUntil)
	p.limit.mu.Unlock()
	if pause > 0 {
		t := time.NewTimer(pause)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		}
	}
	if p.limit.rate == nil {
		return nil
	}
	return p.limit.rate.Wait(ctx)
}

// noteRateLimit pauses the credential after GitHub refused a request for
// rate limiting, or kept failing it until the HTTP layer gave up (which
// honours Retry-After between its retries, and then reports neither the
// status nor the body): a GitHub in trouble is not helped by more requests.
// Pauses grow with repeated failures; a success resets them.
func (p *Pool) noteRateLimit(err error) {
	l := p.limit
	l.mu.Lock()
	defer l.mu.Unlock()
	if err == nil {
		l.hits = 0
		return
	}
	if !IsRateLimited(err) && !strings.Contains(err.Error(), "giving up after") {
		return
	}
	l.hits++
	pause := min(time.Duration(l.hits)*5*time.Second, time.Minute)
	if until := time.Now().Add(pause); until.After(l.pausedUntil) {
		l.pausedUntil = until
	}
}

// IsRateLimited reports whether err is GitHub refusing a request for rate
// limiting.
func IsRateLimited(err error) bool {
	if err == nil {
		return false
	}
	s := err.Error()
	return strings.Contains(s, `status="429`) || strings.Contains(s, "secondary rate limit")
}

// GenerateJIT registers a runner and returns its JIT configuration. It counts
// against the rate limit. A name that is already registered (a leftover of an
// earlier attempt) is removed and the registration retried once.
func (p *Pool) GenerateJIT(ctx context.Context, scaleSetID int, name string) (*scaleset.RunnerScaleSetJitRunnerConfig, error) {
	var out *scaleset.RunnerScaleSetJitRunnerConfig
	gen := func() error {
		return p.do(ctx, "generate_jit_config", true, func(c *scaleset.Client) error {
			var err error
			out, err = c.GenerateJitRunnerConfig(ctx, &scaleset.RunnerScaleSetJitRunnerSetting{Name: name}, scaleSetID)
			return err
		})
	}
	err := gen()
	if errors.Is(err, scaleset.RunnerExistsError) {
		if rmErr := p.RemoveRunnerByName(ctx, name); rmErr != nil {
			return nil, fmt.Errorf("runner %s is already registered and removing it failed: %w", name, rmErr)
		}
		err = gen()
	}
	if err != nil {
		return nil, err
	}
	if out == nil || out.Runner == nil || out.EncodedJITConfig == "" {
		return nil, fmt.Errorf("GitHub returned an empty JIT configuration for runner %s", name)
	}
	return out, nil
}

// RemoveRunner deregisters a runner. A runner GitHub no longer knows is
// already gone: that is success.
func (p *Pool) RemoveRunner(ctx context.Context, runnerID int) error {
	err := p.do(ctx, "remove_runner", true, func(c *scaleset.Client) error {
		return c.RemoveRunner(ctx, int64(runnerID))
	})
	if errors.Is(err, scaleset.RunnerNotFoundError) || isNotFound(err) {
		return nil
	}
	return err
}

// RemoveRunnerByName deregisters the named runner if GitHub still has it.
func (p *Pool) RemoveRunnerByName(ctx context.Context, name string) error {
	var ref *scaleset.RunnerReference
	err := p.do(ctx, "get_runner_by_name", false, func(c *scaleset.Client) error {
		var err error
		ref, err = c.GetRunnerByName(ctx, name)
		return err
	})
	if err != nil {
		return err
	}
	if ref == nil {
		return nil
	}
	return p.RemoveRunner(ctx, ref.ID)
}

// isNotFound recognises a 404 answer.
func isNotFound(err error) bool {
	return err != nil && strings.Contains(err.Error(), `status="404`)
}

// ScaleSetSpec describes the scale set to ensure.
type ScaleSetSpec struct {
	Name        string
	RunnerGroup string
	Labels      []string
}

// EnsureScaleSet finds the scale set by name in its runner group, creating
// it when missing (GitHub deletes idle scale sets), and reconciles its
// labels. The runner group is looked up by name.
func (p *Pool) EnsureScaleSet(ctx context.Context, spec ScaleSetSpec) (*scaleset.RunnerScaleSet, error) {
	var out *scaleset.RunnerScaleSet
	err := p.do(ctx, "ensure_scale_set", false, func(c *scaleset.Client) error {
		groupID, err := runnerGroupID(ctx, c, spec.RunnerGroup)
		if err != nil {
			return err
		}
		set, err := c.GetRunnerScaleSet(ctx, groupID, spec.Name)
		if err != nil {
			return fmt.Errorf("looking up scale set %q: %w", spec.Name, err)
		}
		labels := make([]scaleset.Label, len(spec.Labels))
		for i, l := range spec.Labels {
			labels[i] = scaleset.Label{Type: "User", Name: l}
		}
		if set == nil {
			out, err = c.CreateRunnerScaleSet(ctx, &scaleset.RunnerScaleSet{
				Name:          spec.Name,
				RunnerGroupID: groupID,
				Labels:        labels,
				RunnerSetting: scaleset.RunnerSetting{DisableUpdate: true},
			})
			if err != nil {
				return fmt.Errorf("creating scale set %q: %w", spec.Name, err)
			}
			return nil
		}
		if LabelsMatch(set.Labels, spec.Labels) {
			out = set
			return nil
		}
		set.Labels = labels
		out, err = c.UpdateRunnerScaleSet(ctx, set.ID, set)
		if err != nil {
			return fmt.Errorf("updating the labels of scale set %q: %w", spec.Name, err)
		}
		return nil
	})
	return out, err
}

// defaultRunnerGroupID is the ID GitHub gives every organization's and
// repository's default runner group.
const defaultRunnerGroupID = 1

// runnerGroupID looks the runner group up by name. The default group always
// has ID 1; it is used when a service does not list it by the lower-case
// name "default".
func runnerGroupID(ctx context.Context, c *scaleset.Client, name string) (int, error) {
	group, err := c.GetRunnerGroupByName(ctx, name)
	if err == nil {
		return group.ID, nil
	}
	if strings.EqualFold(name, scaleset.DefaultRunnerGroup) && strings.Contains(err.Error(), "no runner group found") {
		return defaultRunnerGroupID, nil
	}
	return 0, fmt.Errorf("runner group %q: %w", name, err)
}

// LabelsMatch reports whether a scale set's labels are exactly want (as a
// set, ignoring case and label type).
func LabelsMatch(have []scaleset.Label, want []string) bool {
	h := map[string]bool{}
	for _, l := range have {
		h[strings.ToLower(l.Name)] = true
	}
	w := map[string]bool{}
	for _, l := range want {
		w[strings.ToLower(l)] = true
	}
	if len(h) != len(w) {
		return false
	}
	for l := range w {
		if !h[l] {
			return false
		}
	}
	return true
}

// OpenSession creates a message session for the scale set. A second
// session for one scale set gets a conflict until the first expires.
func (p *Pool) OpenSession(ctx context.Context, scaleSetID int, owner string) (*scaleset.MessageSessionClient, error) {
	var s *scaleset.MessageSessionClient
	err := p.do(ctx, "create_session", false, func(c *scaleset.Client) error {
		var err error
		s, err = c.MessageSessionClient(ctx, scaleSetID, owner)
		return err
	})
	return s, err
}

// IsSessionConflict reports whether err is GitHub refusing a second session.
func IsSessionConflict(err error) bool {
	return err != nil && strings.Contains(err.Error(), "SessionConflictException")
}

// CheckAccess makes one read-only call with the credentials: it looks the
// runner group up by name at url. A nil error means GitHub answers and
// accepts the credentials there. Retries follow o.
func CheckAccess(ctx context.Context, url string, creds config.Credentials, runnerGroup string, o Options) error {
	opts := append([]scaleset.HTTPOption{
		scaleset.WithRetryMax(o.RetryMax),
		scaleset.WithRetryWaitMax(o.RetryWaitMax),
	}, o.HTTPOptions...)
	if o.Logger != nil {
		opts = append(opts, scaleset.WithLogger(o.Logger))
	}
	c, err := newClient(url, creds, o.SystemInfo, opts)
	if err != nil {
		return err
	}
	_, err = runnerGroupID(ctx, c, runnerGroup)
	return err
}
