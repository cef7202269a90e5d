package ghsim

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/actions/scaleset"
	"github.com/google/uuid"
	"github.com/outrunner/outrunner/internal/logkey"
)

// Path prefixes of the simulated services.
const (
	actionsPrefix = "/_actions"
	queuePrefix   = "/_queue"
)

// Server is a running simulator. Create it with New and stop it with Close.
// All methods are safe for concurrent use.
type Server struct {
	opts    Options
	log     *slog.Logger
	ln      net.Listener
	srv     *http.Server
	base    string
	done    chan struct{}
	closing sync.Once
	faults  *faultEngine
	metrics map[string]*endpointMetrics // fixed after New
	reqID   atomic.Uint64
	jwtKey  []byte

	tokMu         sync.RWMutex
	regTokens     map[string]credToken
	installTokens map[string]credToken
	adminTokens   map[string]credToken

	mu             sync.Mutex
	closed         bool
	changed        chan struct{}
	groups         []scaleset.RunnerGroup
	scaleSets      map[int]*scaleSet
	nextScaleSetID int
	runners        map[int]*runner
	runnerTokens   map[string]*runner
	nextRunnerID   int
	removed        int
	jobs           map[int64]*job
	jobList        []*job
	unmatched      []*job
	nextJobID      int64
	sessions       map[uuid.UUID]*session
}

// credToken is an issued token and the credential behind it.
type credToken struct {
	credential string
	expires    time.Time
}

// New validates opts, starts listening on opts.Listen and serves until Close.
func New(opts Options) (*Server, error) {
	opts.applyDefaults()
	if err := opts.validate(); err != nil {
		return nil, fmt.Errorf("ghsim: %w", err)
	}
	ln, err := net.Listen("tcp", opts.Listen)
	if err != nil {
		return nil, fmt.Errorf("ghsim: listen: %w", err)
	}
	s := &Server{
		opts:          opts,
		log:           opts.Logger,
		ln:            ln,
		base:          advertisedURL(opts.AdvertiseURL, ln.Addr()),
		done:          make(chan struct{}),
		faults:        newFaultEngine(opts.Seed, opts.Faults),
		metrics:       map[string]*endpointMetrics{},
		jwtKey:        []byte(randomToken(32)),
		regTokens:     map[string]credToken{},
		installTokens: map[string]credToken{},
		adminTokens:   map[string]credToken{},
		changed:       make(chan struct{}),
		scaleSets:     map[int]*scaleSet{},
		runners:       map[int]*runner{},
		runnerTokens:  map[string]*runner{},
		jobs:          map[int64]*job{},
		sessions:      map[uuid.UUID]*session{},
	}
	s.groups = append(s.groups, scaleset.RunnerGroup{ID: 1, Name: scaleset.DefaultRunnerGroup, IsDefault: true})
	for i, g := range opts.RunnerGroups {
		s.groups = append(s.groups, scaleset.RunnerGroup{ID: i + 2, Name: g})
	}
	s.srv = &http.Server{Handler: s.routes(), ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(s.log.Handler(), slog.LevelDebug)}
	go func() {
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("simulator stopped serving", logkey.Error, err)
		}
	}()
	s.log.Info("simulator listening", logkey.URL, s.base)
	return s, nil
}

// advertisedURL is the base URL handed out: the configured one, or the
// listen address with an unspecified host replaced by loopback.
func advertisedURL(configured string, addr net.Addr) string {
	if configured != "" {
		return configured
	}
	host, port, err := net.SplitHostPort(addr.String())
	if ip := net.ParseIP(host); err == nil && ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port)
}

// URL is the server's advertised base URL, e.g. http://127.0.0.1:41557.
func (s *Server) URL() string { return s.base }

// Addr is the address the server listens on.
func (s *Server) Addr() net.Addr { return s.ln.Addr() }

// ConfigURL is the GitHub config URL of the default organization (sim-org),
// to pass to the scaleset client as GitHubConfigURL.
func (s *Server) ConfigURL() string { return s.OrgURL(DefaultOrg) }

// OrgURL is the GitHub config URL of an organization.
func (s *Server) OrgURL(org string) string { return s.base + "/" + org }

// RepoURL is the GitHub config URL of a repository.
func (s *Server) RepoURL(owner, repo string) string { return s.base + "/" + owner + "/" + repo }

// EnterpriseURL is the GitHub config URL of an enterprise.
func (s *Server) EnterpriseURL(enterprise string) string {
	return s.base + "/enterprises/" + enterprise
}

// Token is the personal access token the server accepts.
func (s *Server) Token() string { return s.opts.Token }

// Close stops the server: pending long polls return, connections close and
// timers stop. It is safe to call more than once.
func (s *Server) Close() error {
	var err error
	s.closing.Do(func() {
		close(s.done)
		s.mu.Lock()
		s.closed = true
		for _, r := range s.runners {
			r.lease.stop()
		}
		for _, se := range s.sessions {
			se.lease.stop()
		}
		s.notifyLocked()
		s.mu.Unlock()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err = s.srv.Shutdown(ctx); err != nil {
			err = s.srv.Close()
		}
	})
	return err
}

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	h := func(pattern, endpoint string, fn http.HandlerFunc) {
		m := s.metrics[endpoint]
		if m == nil {
			m = &endpointMetrics{}
			s.metrics[endpoint] = m
		}
		mux.Handle(pattern, s.instrument(endpoint, m, fn))
	}
	h("POST /api/v3/orgs/{org}/actions/runners/registration-token", EndpointRegistrationToken, s.handleRegistrationToken)
	h("POST /api/v3/repos/{owner}/{repo}/actions/runners/registration-token", EndpointRegistrationToken, s.handleRegistrationToken)
	h("POST /api/v3/enterprises/{enterprise}/actions/runners/registration-token", EndpointRegistrationToken, s.handleRegistrationToken)
	h("POST /api/v3/app/installations/{id}/access_tokens", EndpointAppToken, s.handleAppToken)
	h("POST /api/v3/actions/runner-registration", EndpointRunnerRegistration, s.handleRunnerRegistration)

	a := actionsPrefix + "/_apis/"
	h("GET "+a+"runtime/runnergroups/{$}", EndpointRunnerGroups, s.admin(s.handleRunnerGroups))
	h("GET "+a+"runtime/runnerscalesets", EndpointScaleSetsList, s.admin(s.handleScaleSetList))
	h("POST "+a+"runtime/runnerscalesets", EndpointScaleSetCreate, s.admin(s.handleScaleSetCreate))
	h("GET "+a+"runtime/runnerscalesets/{id}", EndpointScaleSetsGet, s.admin(s.handleScaleSetGet))
	h("PATCH "+a+"runtime/runnerscalesets/{id}", EndpointScaleSetUpdate, s.admin(s.handleScaleSetUpdate))
	h("DELETE "+a+"runtime/runnerscalesets/{id}", EndpointScaleSetDelete, s.admin(s.handleScaleSetDelete))
	h("POST "+a+"runtime/runnerscalesets/{id}/generatejitconfig", EndpointJITConfig, s.admin(s.handleJITConfig))
	h("POST "+a+"runtime/runnerscalesets/{id}/sessions", EndpointSessionCreate, s.admin(s.handleSessionCreate))
	h("PATCH "+a+"runtime/runnerscalesets/{id}/sessions/{sid}", EndpointSessionRefresh, s.admin(s.handleSessionRefresh))
	h("DELETE "+a+"runtime/runnerscalesets/{id}/sessions/{sid}", EndpointSessionDelete, s.admin(s.handleSessionDelete))
	h("POST "+a+"runtime/runnerscalesets/{id}/acquirejobs", EndpointAcquireJobs, s.handleAcquireJobs)
	h("GET "+a+"distributedtask/pools/0/agents/{id}", EndpointRunnerGet, s.admin(s.handleRunnerGet))
	h("GET "+a+"distributedtask/pools/0/agents", EndpointRunnerList, s.admin(s.handleRunnerList))
	h("DELETE "+a+"distributedtask/pools/0/agents/{id}", EndpointRunnerDelete, s.admin(s.handleRunnerDelete))

	h("GET "+queuePrefix+"/{sid}", EndpointMessageGet, s.handleMessageGet)
	h("DELETE "+queuePrefix+"/{sid}/{mid}", EndpointMessageDelete, s.handleMessageDelete)

	h("POST /_runner/connect", EndpointRunnerConnect, s.handleRunnerConnect)
	h("POST /_runner/poll", EndpointRunnerPoll, s.handleRunnerPoll)
	h("POST /_runner/complete", EndpointRunnerComplete, s.handleRunnerComplete)

	s.controlRoutes(mux)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeGitHubError(w, http.StatusNotFound, "Not Found")
	})
	return mux
}

// statusWriter records the status code for metrics.
type statusWriter struct {
	http.ResponseWriter
	status int
}

// WriteHeader records the status and passes it on.
func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

// instrument wraps an endpoint handler with request ids, fault injection and metrics.
func (s *Server) instrument(endpoint string, m *endpointMetrics, fn http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		id := strconv.FormatUint(s.reqID.Add(1), 10)
		sw.Header().Set("X-GitHub-Request-Id", "SIM:"+id)
		sw.Header().Set("ActivityId", "sim-"+id)
		r.Body = http.MaxBytesReader(sw, r.Body, maxBody)
		defer func() { m.observe(sw.status, time.Since(start)) }()

		d := s.faults.decide(endpoint)
		if d.latency > 0 {
			t := time.NewTimer(d.latency)
			select {
			case <-t.C:
			case <-r.Context().Done():
				t.Stop()
				return
			case <-s.done:
				t.Stop()
			}
		}
		switch d.kind {
		case "error":
			writeActionsError(sw, d.status, excServer, "injected server error")
		case "rate_limit":
			sw.Header().Set("Retry-After", retryAfterSeconds(d.retryAfter))
			writeGitHubErrorDoc(sw, http.StatusTooManyRequests, "API rate limit exceeded (injected).", docsRateLimits)
		case "exception":
			writeActionsError(sw, d.status, d.exception, "injected exception")
		default:
			fn(sw, r)
		}
	})
}

// notifyLocked wakes everything waiting for a state change. Call with s.mu held.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Changed returns a channel that is closed at the next state change.
func (s *Server) Changed() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.changed
}

func randomToken(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
