// Package docker is outrunner's Docker backend: it runs every runner in its
// own container, started from the scale set's image with the JIT config in
// the container environment, and removes the container when the runner is
// done.
//
// Containers carry the ownership labels of backends.Ownership; List finds
// them by those labels only. The engine is reached over unix://, tcp:// or
// ssh:// (see ResolveHost); the connection is made lazily and survives
// engine restarts, so New never fails because the engine is down.
package docker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/docker/docker/client"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/logkey"
)

// DefaultStopGrace is how long Stop waits after SIGTERM before it kills.
const DefaultStopGrace = 10 * time.Second

// cleanupTimeout bounds removing a container after a failed Start when the
// caller's context has already ended.
const cleanupTimeout = 30 * time.Second

// Interface checks.
var (
	_ backends.Provisioner   = (*Provisioner)(nil)
	_ backends.Lister        = (*Provisioner)(nil)
	_ backends.Waiter        = (*Provisioner)(nil)
	_ backends.HealthChecker = (*Provisioner)(nil)
)

// Options configures a Provisioner.
type Options struct {
	// Owner labels every container; List returns the containers that carry
	// it (every scale set of the daemon when Owner.ScaleSet is empty).
	// Owner.DaemonID is required.
	Owner backends.Ownership
	// Config is the scale set's docker block. New reads only its engine
	// setting (Host); container settings are read from every request's
	// Runner.Docker, so a changed image applies to the next runner. Nil
	// means the default engine resolution.
	Config *config.DockerImage
	// StopGrace is how long Stop waits between SIGTERM and SIGKILL.
	// Zero means DefaultStopGrace.
	StopGrace time.Duration
	// Logger receives the backend's logs; nil discards them. The caller's
	// logger carries the backend attribute (logkey.Backend); the backend
	// does not add it again.
	Logger *slog.Logger
}

// Provisioner runs runners in Docker containers. It is safe for concurrent
// use by many runners.
type Provisioner struct {
	owner     backends.Ownership
	stopGrace time.Duration
	log       *slog.Logger
	env       resolveEnv

	mu      sync.Mutex
	ep      Endpoint
	cli     *client.Client
	reprobe bool // re-resolve a probed socket before the next call
	closed  bool

	pulls puller

	// logged holds runners whose failure log tail was already logged by
	// Wait, so that Stop does not log it again.
	loggedMu sync.Mutex
	logged   map[string]bool

	// execs holds the runner process (a docker exec) of each bound warm
	// container.
	execsMu sync.Mutex
	execs   map[string]string
}

// New validates opts and returns a Provisioner. It does not contact the
// engine; it fails only on invalid settings.
func New(opts Options) (*Provisioner, error) {
	return newProvisioner(opts, osResolveEnv)
}

func newProvisioner(opts Options, env resolveEnv) (*Provisioner, error) {
	if opts.Owner.DaemonID == "" {
		return nil, errors.New("docker: Options.Owner.DaemonID is required")
	}
	if opts.StopGrace < 0 {
		return nil, errors.New("docker: Options.StopGrace must not be negative")
	}
	var host string
	if opts.Config != nil {
		host = opts.Config.Host
	}
	ep, err := resolveHost(host, env)
	if err != nil {
		return nil, fmt.Errorf("docker: %w", err)
	}
	cli, err := newClient(ep)
	if err != nil {
		return nil, fmt.Errorf("docker: %w", err)
	}
	p := &Provisioner{
		owner:     opts.Owner,
		stopGrace: opts.StopGrace,
		log:       opts.Logger,
		env:       env,
		ep:        ep,
		cli:       cli,
		logged:    make(map[string]bool),
		execs:     make(map[string]string),
	}
	if p.stopGrace == 0 {
		p.stopGrace = DefaultStopGrace
	}
	if p.log == nil {
		p.log = slog.New(slog.DiscardHandler)
	}
	p.log.Debug("docker engine resolved", logkey.Engine, ep.String())
	return p, nil
}

// Endpoint returns the engine endpoint in use.
func (p *Provisioner) Endpoint() Endpoint {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.ep
}

// api returns the client to use. After the engine was unreachable at a
// socket found by probing, the probe runs again, so that an engine that
// came up at another well-known socket is found.
func (p *Provisioner) api() (*client.Client, Endpoint, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, p.ep, errors.New("docker: provisioner is closed")
	}
	if p.reprobe && (p.ep.Source == SourceSocket || p.ep.Source == SourceDefault) {
		p.reprobe = false
		if ep, err := resolveHost("", p.env); err == nil && ep.Host != p.ep.Host {
			if cli, err := newClient(ep); err == nil {
				p.log.Info("docker engine socket changed", logkey.From, p.ep.Host, logkey.To, ep.Host)
				_ = p.cli.Close()
				p.ep, p.cli = ep, cli
			}
		}
	}
	return p.cli, p.ep, nil
}

// engineErr turns a transport error into an EngineUnreachableError naming
// the engine; other errors pass unchanged.
func (p *Provisioner) engineErr(ep Endpoint, err error) error {
	if !isUnreachable(err) {
		return err
	}
	p.mu.Lock()
	p.reprobe = true
	p.mu.Unlock()
	return &EngineUnreachableError{Host: ep.Host, Err: err}
}

// Ping checks that the engine answers.
func (p *Provisioner) Ping(ctx context.Context) error {
	cli, ep, err := p.api()
	if err != nil {
		return err
	}
	_, err = cli.Ping(ctx)
	switch {
	case err == nil:
		return nil
	case isContextErr(err):
		// No answer within the caller's deadline.
		return &EngineUnreachableError{Host: ep.Host, Err: err}
	case isUnreachable(err):
		return p.engineErr(ep, err)
	default:
		return fmt.Errorf("docker engine at %s: %w", ep.Host, err)
	}
}

// owns reports whether labels carry this provisioner's ownership.
func (p *Provisioner) owns(labels map[string]string) bool {
	return labels[backends.LabelManaged] == "true" &&
		p.owner.Owns(labels[backends.LabelDaemon], labels[backends.LabelScaleSet])
}

// Close releases the engine client. Containers are left running.
func (p *Provisioner) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil
	}
	p.closed = true
	return p.cli.Close()
}

// shortID returns the first 12 characters of a container ID.
func shortID(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}
