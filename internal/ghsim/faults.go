package ghsim

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

// AllEndpoints is the Faults.Endpoints key that applies to every endpoint
// without an entry of its own.
const AllEndpoints = "*"

// Faults describes the faults in force. The zero value injects none.
type Faults struct {
	// Endpoints maps an endpoint identifier (see Endpoints) or AllEndpoints to
	// the faults of that endpoint.
	Endpoints map[string]EndpointFault `json:"endpoints,omitempty"`
	// SessionConflicts makes the next N session creations answer 409
	// TaskAgentSessionConflictException.
	SessionConflicts int `json:"session_conflicts,omitempty"`
	// QueueTokenExpiries makes the next N message polls find their queue token
	// expired (401); the client refreshes the session and polls again.
	QueueTokenExpiries int `json:"queue_token_expiries,omitempty"`
	// Messages perturbs the job messages delivered to sessions.
	Messages MessageFaults `json:"messages,omitzero"`
	// JITRateLimit is GitHub's secondary rate limit on JIT config generation,
	// per credential. A zero PerSecond means unlimited.
	JITRateLimit RateLimit `json:"jit_rate_limit,omitzero"`
}

// EndpointFault is the set of faults of one endpoint. Rates are probabilities
// in [0, 1] drawn per request from the seeded source.
type EndpointFault struct {
	// Latency is added to every request; Jitter adds a uniform extra in [0, Jitter).
	Latency Duration `json:"latency,omitempty"`
	Jitter  Duration `json:"jitter,omitempty"`
	// ErrorRate answers ErrorStatus (default 500; 500-599) without handling.
	ErrorRate   float64 `json:"error_rate,omitempty"`
	ErrorStatus int     `json:"error_status,omitempty"`
	// RateLimitRate answers 429 with a Retry-After of RetryAfter (whole seconds,
	// rounded up; zero sends "0").
	RateLimitRate float64  `json:"rate_limit_rate,omitempty"`
	RetryAfter    Duration `json:"retry_after,omitempty"`
	// ExceptionRate answers ExceptionStatus (default 400) with an
	// Actions-service error body whose typeName is Exception, e.g.
	// "GitHub.DistributedTask.WebApi.AgentExistsException".
	ExceptionRate   float64 `json:"exception_rate,omitempty"`
	Exception       string  `json:"exception,omitempty"`
	ExceptionStatus int     `json:"exception_status,omitempty"`
}

// MessageFaults perturbs job messages (JobAvailable, JobAssigned, JobStarted,
// JobCompleted) on their way to a session. Rates are per job message.
type MessageFaults struct {
	// DropRate loses a job message.
	DropRate float64 `json:"drop_rate,omitempty"`
	// DuplicateRate delivers a job message again in the next queue message.
	DuplicateRate float64 `json:"duplicate_rate,omitempty"`
	// ReorderRate holds a job message back: it is delivered in the queue
	// message after the next one that carries later job messages (or after one
	// poll hold when nothing else comes), so it arrives out of order.
	ReorderRate float64 `json:"reorder_rate,omitempty"`
	// DropStartedRate loses only JobStarted messages, so a JobCompleted arrives
	// without its JobStarted.
	DropStartedRate float64 `json:"drop_started_rate,omitempty"`
}

// RateLimit is a token bucket: PerSecond sustained, Burst at once.
type RateLimit struct {
	PerSecond float64 `json:"per_second,omitempty"`
	Burst     int     `json:"burst,omitempty"`
}

func (f *Faults) validate() error {
	rate01 := func(name string, v float64) error {
		if v < 0 || v > 1 || v != v {
			return fmt.Errorf("%s must be within [0, 1]", name)
		}
		return nil
	}
	for id, e := range f.Endpoints {
		if id != AllEndpoints && !knownEndpoint(id) {
			return fmt.Errorf("unknown endpoint %q", id)
		}
		for name, v := range map[string]float64{"error_rate": e.ErrorRate, "rate_limit_rate": e.RateLimitRate, "exception_rate": e.ExceptionRate} {
			if err := rate01(id+"."+name, v); err != nil {
				return err
			}
		}
		if e.ErrorStatus != 0 && (e.ErrorStatus < 500 || e.ErrorStatus > 599) {
			return fmt.Errorf("%s.error_status must be 5xx", id)
		}
		if e.ExceptionStatus != 0 && (e.ExceptionStatus < 400 || e.ExceptionStatus > 599) {
			return fmt.Errorf("%s.exception_status must be 4xx or 5xx", id)
		}
		if e.ExceptionRate > 0 && e.Exception == "" {
			return fmt.Errorf("%s.exception is required with exception_rate", id)
		}
		if e.Latency < 0 || e.Jitter < 0 || e.RetryAfter < 0 {
			return fmt.Errorf("%s: durations must not be negative", id)
		}
	}
	if f.SessionConflicts < 0 || f.QueueTokenExpiries < 0 {
		return fmt.Errorf("fault counts must not be negative")
	}
	m := f.Messages
	for name, v := range map[string]float64{"drop_rate": m.DropRate, "duplicate_rate": m.DuplicateRate, "reorder_rate": m.ReorderRate, "drop_started_rate": m.DropStartedRate} {
		if err := rate01("messages."+name, v); err != nil {
			return err
		}
	}
	if f.JITRateLimit.PerSecond < 0 || f.JITRateLimit.Burst < 0 || f.JITRateLimit.PerSecond != f.JITRateLimit.PerSecond {
		return fmt.Errorf("jit_rate_limit must not be negative")
	}
	return nil
}

func (f Faults) clone() Faults {
	c := f
	if f.Endpoints != nil {
		c.Endpoints = make(map[string]EndpointFault, len(f.Endpoints))
		for k, v := range f.Endpoints {
			c.Endpoints[k] = v
		}
	}
	return c
}

// faultEngine decides, from a seeded source behind a mutex, which fault hits.
type faultEngine struct {
	active atomic.Bool // any endpoint fault configured: fast path when false
	mu     sync.Mutex
	rng    *rand.Rand
	cfg    Faults
	hits   map[string]int
	limits map[string]*rate.Limiter
}

func newFaultEngine(seed uint64, f Faults) *faultEngine {
	e := &faultEngine{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), hits: map[string]int{}}
	e.set(f)
	return e
}

func (e *faultEngine) set(f Faults) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.cfg = f.clone()
	e.limits = map[string]*rate.Limiter{}
	e.active.Store(len(f.Endpoints) > 0)
}

func (e *faultEngine) get() Faults {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.cfg.clone()
}

func (e *faultEngine) hitCounts() map[string]int {
	e.mu.Lock()
	defer e.mu.Unlock()
	out := make(map[string]int, len(e.hits))
	for k, v := range e.hits {
		out[k] = v
	}
	return out
}

// decision is what the engine chose for one request.
type decision struct {
	latency    time.Duration
	status     int // 0: handle normally
	retryAfter time.Duration
	exception  string
	kind       string
}

func (e *faultEngine) decide(endpoint string) decision {
	var d decision
	if !e.active.Load() {
		return d
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	ef, ok := e.cfg.Endpoints[endpoint]
	if !ok {
		if ef, ok = e.cfg.Endpoints[AllEndpoints]; !ok {
			return d
		}
	}
	d.latency = time.Duration(ef.Latency)
	if ef.Jitter > 0 {
		d.latency += time.Duration(e.rng.Int64N(int64(ef.Jitter)))
	}
	if d.latency > 0 {
		e.hits[endpoint+":latency"]++
	}
	switch {
	case ef.ErrorRate > 0 && e.rng.Float64() < ef.ErrorRate:
		d.status, d.kind = ef.ErrorStatus, "error"
		if d.status == 0 {
			d.status = 500
		}
	case ef.RateLimitRate > 0 && e.rng.Float64() < ef.RateLimitRate:
		d.status, d.kind, d.retryAfter = 429, "rate_limit", time.Duration(ef.RetryAfter)
	case ef.ExceptionRate > 0 && e.rng.Float64() < ef.ExceptionRate:
		d.status, d.kind, d.exception = ef.ExceptionStatus, "exception", ef.Exception
		if d.status == 0 {
			d.status = 400
		}
	}
	if d.kind != "" {
		e.hits[endpoint+":"+d.kind]++
	}
	return d
}

// take consumes one unit of a counted fault and reports whether it hit.
func (e *faultEngine) take(counter *int, name string) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	if *counter <= 0 {
		return false
	}
	*counter--
	e.hits[name]++
	return true
}

func (e *faultEngine) takeSessionConflict() bool {
	return e.take(&e.cfg.SessionConflicts, EndpointSessionCreate+":conflict")
}

func (e *faultEngine) takeQueueTokenExpiry() bool {
	return e.take(&e.cfg.QueueTokenExpiries, EndpointMessageGet+":token_expired")
}

// messageFate is what happens to one job message.
type messageFate struct {
	drop, duplicate, reorder bool
}

func (e *faultEngine) messageFate(started bool) messageFate {
	var f messageFate
	e.mu.Lock()
	defer e.mu.Unlock()
	m := e.cfg.Messages
	if m == (MessageFaults{}) {
		return f
	}
	roll := func(p float64, name string) bool {
		if p > 0 && e.rng.Float64() < p {
			e.hits["messages:"+name]++
			return true
		}
		return false
	}
	if started && roll(m.DropStartedRate, "drop_started") {
		f.drop = true
		return f
	}
	if roll(m.DropRate, "drop") {
		f.drop = true
		return f
	}
	f.duplicate = roll(m.DuplicateRate, "duplicate")
	f.reorder = roll(m.ReorderRate, "reorder")
	return f
}

// jitAllowed applies the JIT rate limit for a credential; when it refuses, it
// returns how long the caller should wait.
func (e *faultEngine) jitAllowed(credential string) (bool, time.Duration) {
	e.mu.Lock()
	defer e.mu.Unlock()
	rl := e.cfg.JITRateLimit
	if rl.PerSecond <= 0 {
		return true, 0
	}
	lim := e.limits[credential]
	if lim == nil {
		burst := rl.Burst
		if burst < 1 {
			burst = 1
		}
		lim = rate.NewLimiter(rate.Limit(rl.PerSecond), burst)
		e.limits[credential] = lim
	}
	now := time.Now()
	r := lim.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		e.hits[EndpointJITConfig+":secondary_rate_limit"]++
		return false, d
	}
	return true, 0
}
