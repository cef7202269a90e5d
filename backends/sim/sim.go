// Package sim is the in-process backend used with the simulator: each
// environment is a goroutine running an emulated actions runner. One Backend
// holds the environments of every scale set (and of several daemon
// instances, as a real Docker engine would), so that a restarted daemon can
// adopt them. Start latency and start and stop failures are configurable per
// scale set (config.SimImage), reproducibly with a seed.
package sim

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"sync"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/scrub"
)

// RunnerFunc runs one emulated runner with a JIT config until its job is
// done or ctx ends. A nil error means the runner exited normally.
type RunnerFunc func(ctx context.Context, jitConfig string) error

// Options configures a Backend.
type Options struct {
	// Run runs the emulated runner of an environment.
	Run RunnerFunc
	// Seed makes injected failures reproducible.
	Seed uint64
}

// Backend is the shared store of simulated environments.
type Backend struct {
	run RunnerFunc

	mu   sync.Mutex
	rng  *rand.Rand
	envs map[string]*env

	changed chan struct{} // closed and replaced on every change
}

// env is one simulated environment.
type env struct {
	name      string
	owner     backends.Ownership
	createdAt time.Time
	cancel    context.CancelFunc
	done      chan struct{} // closed when the runner goroutine ends
	status    backends.ExitStatus
	// warm is set for an environment made by Prepare; bind receives its
	// JIT config once, and bound records that it did.
	warm  bool
	bind  chan string
	bound bool
}

// New returns an empty backend.
func New(o Options) *Backend {
	return &Backend{
		run:     o.Run,
		rng:     rand.New(rand.NewPCG(o.Seed, o.Seed^0x5eed)),
		envs:    map[string]*env{},
		changed: make(chan struct{}),
	}
}

// Provisioner returns a provisioner for one owner (daemon and scale set).
// cfg sets the stop failure rate; start settings come from each request.
func (b *Backend) Provisioner(owner backends.Ownership, cfg *config.SimImage) *Provisioner {
	p := &Provisioner{b: b, owner: owner}
	if cfg != nil {
		p.stopFailureRate = cfg.StopFailureRate
	}
	return p
}

// Live returns the number of environments that exist, running or not.
func (b *Backend) Live() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.envs)
}

// Names returns the names of every environment, sorted.
func (b *Backend) Names() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := make([]string, 0, len(b.envs))
	for n := range b.envs {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Changed returns a channel closed at the next change of the environments.
func (b *Backend) Changed() <-chan struct{} {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.changed
}

// notify wakes waiters on Changed; callers hold mu.
func (b *Backend) notify() {
	close(b.changed)
	b.changed = make(chan struct{})
}

// Kill ends the runner of an environment from outside, as when a container
// is killed, leaving the environment behind with exit code 137.
func (b *Backend) Kill(name string) bool {
	b.mu.Lock()
	e, ok := b.envs[name]
	b.mu.Unlock()
	if ok {
		e.cancel()
	}
	return ok
}

// chance draws from the shared seeded source.
func (b *Backend) chance(p float64) bool {
	if p <= 0 {
		return false
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.rng.Float64() < p
}

// Provisioner is the backends.Provisioner of one scale set.
type Provisioner struct {
	b               *Backend
	owner           backends.Ownership
	stopFailureRate float64
}

var (
	_ backends.Provisioner = (*Provisioner)(nil)
	_ backends.Lister      = (*Provisioner)(nil)
	_ backends.Waiter      = (*Provisioner)(nil)
	_ backends.Binder      = (*Provisioner)(nil)
)

// errSimulated marks an injected failure.
var errSimulated = errors.New("simulated failure")

// Start creates an environment and launches its emulated runner: Prepare
// and Bind back to back.
func (p *Provisioner) Start(ctx context.Context, req *backends.RunnerRequest) error {
	if err := p.create(ctx, req.Name, req.Runner, false); err != nil {
		return err
	}
	return p.Bind(ctx, req)
}

// Prepare creates an environment that waits, unbound, for Bind. It takes
// the configured start latency (the boot time) and may fail as configured.
func (p *Provisioner) Prepare(ctx context.Context, name string, rc *config.RunnerConfig) error {
	return p.create(ctx, name, rc, true)
}

// create boots an environment whose runner waits for its JIT config.
func (p *Provisioner) create(ctx context.Context, name string, rc *config.RunnerConfig, warm bool) error {
	if p.b.run == nil {
		return backends.Permanentf("sim backend: no emulated runner configured")
	}
	cfg := rc.Sim
	if cfg != nil && cfg.StartLatency > 0 {
		t := time.NewTimer(cfg.StartLatency.D())
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("sim: starting %s: %w", name, ctx.Err())
		}
	}
	if cfg != nil && p.b.chance(cfg.StartFailureRate) {
		return fmt.Errorf("sim: starting %s: %w (start_failure_rate)", name, errSimulated)
	}
	runCtx, cancel := context.WithCancel(context.Background())
	e := &env{name: name, owner: p.owner, createdAt: time.Now(), cancel: cancel, done: make(chan struct{}), warm: warm, bind: make(chan string, 1)}
	p.b.mu.Lock()
	if _, exists := p.b.envs[name]; exists {
		p.b.mu.Unlock()
		cancel()
		return fmt.Errorf("sim: an environment named %s already exists", name)
	}
	p.b.envs[name] = e
	p.b.notify()
	p.b.mu.Unlock()
	go p.b.runEnv(runCtx, e)
	return nil
}

// runEnv waits for the environment's JIT config, runs its emulated runner
// and records how it ended.
func (b *Backend) runEnv(ctx context.Context, e *env) {
	var jit string
	status := backends.ExitStatus{Code: 137, Reason: "killed"}
	select {
	case jit = <-e.bind:
		err := b.run(ctx, jit)
		switch {
		case ctx.Err() != nil:
		case err != nil:
			status = backends.ExitStatus{Code: 1, Reason: "exited with an error", LogTail: scrub.String(err.Error(), jit)}
		default:
			status = backends.ExitStatus{Code: 0, Reason: "exited"}
		}
	case <-ctx.Done():
	}
	b.mu.Lock()
	e.status = status
	close(e.done)
	b.notify()
	b.mu.Unlock()
}

// Bind starts the emulated runner of a prepared environment. An
// environment is bound at most once.
func (p *Provisioner) Bind(_ context.Context, req *backends.RunnerRequest) error {
	p.b.mu.Lock()
	defer p.b.mu.Unlock()
	e, ok := p.b.envs[req.Name]
	if !ok {
		return fmt.Errorf("sim: binding %s: %w", req.Name, backends.ErrNotFound)
	}
	if e.bound {
		return fmt.Errorf("sim: %s is bound already", req.Name)
	}
	select {
	case <-e.done:
		return fmt.Errorf("sim: binding %s: the environment has exited", req.Name)
	default:
	}
	e.bound = true
	e.bind <- req.JITConfig
	return nil
}

// Stop kills the emulated runner and removes the environment. A missing
// environment is already stopped.
func (p *Provisioner) Stop(ctx context.Context, name string) error {
	p.b.mu.Lock()
	e, ok := p.b.envs[name]
	p.b.mu.Unlock()
	if !ok {
		return nil
	}
	if p.b.chance(p.stopFailureRate) {
		return fmt.Errorf("sim: stopping %s: %w (stop_failure_rate)", name, errSimulated)
	}
	e.cancel()
	select {
	case <-e.done:
	case <-ctx.Done():
		return fmt.Errorf("sim: stopping %s: %w", name, ctx.Err())
	}
	p.b.mu.Lock()
	if p.b.envs[name] == e {
		delete(p.b.envs, name)
		p.b.notify()
	}
	p.b.mu.Unlock()
	return nil
}

// List returns the environments of the provisioner's owner.
func (p *Provisioner) List(context.Context) ([]backends.Environment, error) {
	p.b.mu.Lock()
	defer p.b.mu.Unlock()
	var out []backends.Environment
	for _, e := range p.b.envs {
		if !p.owner.Owns(e.owner.DaemonID, e.owner.ScaleSet) {
			continue
		}
		state := backends.EnvRunning
		select {
		case <-e.done:
			state = backends.EnvExited
		default:
		}
		out = append(out, backends.Environment{Name: e.name, DaemonID: e.owner.DaemonID, ScaleSet: e.owner.ScaleSet, State: state, CreatedAt: e.createdAt, Warm: e.warm})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Wait blocks until the environment's runner ends.
func (p *Provisioner) Wait(ctx context.Context, name string) (backends.ExitStatus, error) {
	p.b.mu.Lock()
	e, ok := p.b.envs[name]
	p.b.mu.Unlock()
	if !ok {
		return backends.ExitStatus{}, fmt.Errorf("sim: %s: %w", name, backends.ErrNotFound)
	}
	select {
	case <-e.done:
		p.b.mu.Lock()
		defer p.b.mu.Unlock()
		return e.status, nil
	case <-ctx.Done():
		return backends.ExitStatus{}, ctx.Err()
	}
}

// Close releases nothing: environments belong to the shared Backend.
func (p *Provisioner) Close() error { return nil }
