package actors

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/actions/scaleset"
	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/journal"
	"github.com/outrunner/outrunner/messages"
)

// fakeProv is an in-memory provisioner that fails like a real one: Start
// and Stop take their errors from queues, Stop of a missing environment
// succeeds, and Wait reports an environment's exit or its absence.
type fakeProv struct {
	mu        sync.Mutex
	startErrs []error
	stopErrs  []error
	// holdStart, when set, makes Start wait until its context ends.
	holdStart bool
	// gate, when set, makes Start wait until it is closed.
	gate      chan struct{}
	envs      map[string]chan backends.ExitStatus
	startedCh chan string // receives a name when a Start call begins
	// bound holds the JIT config each warm environment was bound with.
	bound map[string]string
}

func newFakeProv() *fakeProv {
	return &fakeProv{envs: map[string]chan backends.ExitStatus{}, startedCh: make(chan string, 16), bound: map[string]string{}}
}

// Prepare makes a warm environment (the Binder capability).
func (p *fakeProv) Prepare(_ context.Context, name string, _ *config.RunnerConfig) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := pop(&p.startErrs); err != nil {
		return err
	}
	p.envs[name] = make(chan backends.ExitStatus, 1)
	return nil
}

// Bind starts the runner in a warm environment, once.
func (p *fakeProv) Bind(_ context.Context, req *backends.RunnerRequest) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.envs[req.Name]; !ok {
		return backends.ErrNotFound
	}
	if _, twice := p.bound[req.Name]; twice {
		return fmt.Errorf("%s bound twice", req.Name)
	}
	p.bound[req.Name] = req.JITConfig
	return nil
}

func pop(q *[]error) error {
	if len(*q) == 0 {
		return nil
	}
	err := (*q)[0]
	*q = (*q)[1:]
	return err
}

func (p *fakeProv) Start(ctx context.Context, req *backends.RunnerRequest) error {
	p.mu.Lock()
	err := pop(&p.startErrs)
	hold, gate := p.holdStart, p.gate
	p.mu.Unlock()
	p.startedCh <- req.Name
	if gate != nil {
		<-gate
	}
	if hold {
		<-ctx.Done()
		return ctx.Err()
	}
	if err != nil {
		return err
	}
	p.mu.Lock()
	p.envs[req.Name] = make(chan backends.ExitStatus, 1)
	p.mu.Unlock()
	return nil
}

func (p *fakeProv) Stop(_ context.Context, name string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := pop(&p.stopErrs); err != nil {
		return err
	}
	delete(p.envs, name)
	return nil
}

func (p *fakeProv) Close() error { return nil }

func (p *fakeProv) Wait(ctx context.Context, name string) (backends.ExitStatus, error) {
	p.mu.Lock()
	ch := p.envs[name]
	p.mu.Unlock()
	if ch == nil {
		return backends.ExitStatus{}, backends.ErrNotFound
	}
	select {
	case st := <-ch:
		return st, nil
	case <-ctx.Done():
		return backends.ExitStatus{}, ctx.Err()
	}
}

// exit ends the runner process of environment name.
func (p *fakeProv) exit(name string, code int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.envs[name] <- backends.ExitStatus{Code: code, Reason: "exited"}
}

func (p *fakeProv) running(name string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, ok := p.envs[name]
	return ok
}

// fakeRegistry is an in-memory GitHub registry of runners.
type fakeRegistry struct {
	mu     sync.Mutex
	nextID int
	regs   map[string]int
	// removals counts removal requests.
	removals int
	// busy makes removals fail as GitHub does for a runner with a job.
	busy bool
}

func newFakeRegistry() *fakeRegistry { return &fakeRegistry{regs: map[string]int{}} }

func (g *fakeRegistry) URL() string { return "https://github.example/org" }

func (g *fakeRegistry) GenerateJIT(_ context.Context, _ int, name string) (*scaleset.RunnerScaleSetJitRunnerConfig, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.nextID++
	g.regs[name] = g.nextID
	return &scaleset.RunnerScaleSetJitRunnerConfig{Runner: &scaleset.RunnerReference{ID: g.nextID, Name: name}, EncodedJITConfig: "secret"}, nil
}

func (g *fakeRegistry) RemoveRunner(_ context.Context, id int) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.removals++
	if g.busy {
		return fmt.Errorf("removing runner %d: %w", id, scaleset.JobStillRunningError)
	}
	for name, have := range g.regs {
		if have == id {
			delete(g.regs, name)
		}
	}
	return nil
}

func (g *fakeRegistry) RemoveRunnerByName(_ context.Context, name string) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.removals++
	if g.busy {
		return fmt.Errorf("removing runner %s: %w", name, scaleset.JobStillRunningError)
	}
	delete(g.regs, name)
	return nil
}

func (g *fakeRegistry) registered(name string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	_, ok := g.regs[name]
	return ok
}

func (g *fakeRegistry) setBusy(b bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.busy = b
}

// testRunnerConfig is a runner configuration with short timeouts.
func testRunnerConfig() *config.RunnerConfig {
	return &config.RunnerConfig{
		Name: "linux", Labels: []string{"linux"}, MaxRunners: 4,
		StartTimeout: config.Duration(5 * time.Second), StopTimeout: config.Duration(5 * time.Second),
		Retry: config.Retry{Budget: 3, BackoffBase: config.Duration(time.Millisecond), BackoffCap: config.Duration(10 * time.Millisecond)},
		Sim:   &config.SimImage{},
	}
}

// testDeps are the dependencies of actors under test.
func testDeps(t *testing.T) *Deps {
	t.Helper()
	j, err := journal.Open(filepath.Join(t.TempDir(), "registrations.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	return &Deps{DaemonID: "test", Journal: j, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Timing: DefaultTiming()}
}

// parent stands in for a scale set: it spawns one runner and passes what
// it hears to events — transitions, the runner's failures (the runner is
// then stopped) and its termination. It stops the runner on its last
// transition.
type parent struct {
	spec   *runnerSpec
	child  *actor.PID
	pid    chan *actor.PID
	events chan any
}

func (p *parent) Receive(ctx actor.Context) {
	switch m := ctx.Message().(type) {
	case *actor.Started:
		p.child = ctx.Spawn(newRunnerProps(p.spec))
		p.pid <- p.child
	case *messages.RunnerTransition:
		p.events <- m
		if m.Done {
			// As a scale set does once it applied the last transition.
			ctx.Stop(p.child)
		}
	case *actor.Terminated:
		p.events <- m
	}
}

func (p *parent) HandleFailure(_ *actor.ActorSystem, sup actor.Supervisor, child *actor.PID, _ *actor.RestartStatistics, reason, _ any) {
	p.events <- reason
	sup.StopChildren(child)
}

// runnerRig runs one runner actor under a parent in a real actor system,
// with an in-memory provisioner and registry.
type runnerRig struct {
	t      *testing.T
	system *actor.ActorSystem
	prov   *fakeProv
	reg    *fakeRegistry
	rc     *config.RunnerConfig
	name   string
	pid    *actor.PID
	events chan any
}

func newRunnerRig(t *testing.T) *runnerRig {
	t.Helper()
	system := actor.NewActorSystem(actor.WithLoggerFactory(func(*actor.ActorSystem) *slog.Logger {
		return slog.New(slog.NewTextHandler(io.Discard, nil))
	}))
	rig := &runnerRig{t: t, system: system, prov: newFakeProv(), reg: newFakeRegistry(), rc: testRunnerConfig(), name: "linux-0001", events: make(chan any, 64)}
	deps := testDeps(t)
	spec := &runnerSpec{name: rig.name, scaleSet: "linux", prov: rig.prov, registry: rig.reg, journal: deps.Journal, logger: deps.Logger, deps: deps}
	p := &parent{spec: spec, pid: make(chan *actor.PID, 1), events: rig.events}
	ppid := system.Root.Spawn(actor.PropsFromProducer(func() actor.Actor { return p }))
	t.Cleanup(func() { _ = system.Root.StopFuture(ppid).Wait() })
	rig.pid = <-p.pid
	return rig
}

func (r *runnerRig) send(msg any) { r.system.Root.Send(r.pid, msg) }

// next returns the next event, failing the test after a while.
func (r *runnerRig) next() any {
	r.t.Helper()
	select {
	case e := <-r.events:
		return e
	case <-time.After(5 * time.Second):
		r.t.Fatal("timed out waiting for the runner")
		return nil
	}
}

// expect waits for a transition to phase p and returns it.
func (r *runnerRig) expect(p messages.RunnerPhase) *messages.RunnerTransition {
	r.t.Helper()
	e := r.next()
	tr, ok := e.(*messages.RunnerTransition)
	if !ok || tr.Phase != p {
		r.t.Fatalf("want a transition to %v, got %#v", p, e)
	}
	return tr
}

// expectFailure waits for the runner to fail and returns its failure. A
// failure may overtake the transitions sent before it (it is a system
// message): those are skipped.
func (r *runnerRig) expectFailure() *runnerFailure {
	r.t.Helper()
	e := r.next()
	for {
		if _, ok := e.(*messages.RunnerTransition); !ok {
			break
		}
		e = r.next()
	}
	var f *runnerFailure
	err, ok := e.(error)
	if !ok || !errors.As(err, &f) {
		r.t.Fatalf("want a runner failure, got %#v", e)
	}
	return f
}

// expectStopped waits for the runner's last transition (Done), then for
// the actor to terminate; transitions to stopping may come first.
func (r *runnerRig) expectStopped() {
	r.t.Helper()
	done := false
	for {
		switch e := r.next().(type) {
		case *actor.Terminated:
			if !done {
				r.t.Fatal("the runner terminated before its last transition")
			}
			return
		case *messages.RunnerTransition:
			if e.Phase != messages.RunnerStopping || done {
				r.t.Fatalf("want the runner to stop, got a transition %+v", e)
			}
			done = e.Done
		default:
			r.t.Fatalf("want the runner to stop, got %#v", e)
		}
	}
}

func (r *runnerRig) provision() {
	r.send(&messages.Provision{Attempt: 1, ScaleSetID: 1, Runner: r.rc})
}
