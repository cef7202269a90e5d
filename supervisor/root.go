// Package supervisor boots outrunner's actor system and runs its root actor:
// one scale-set actor per configured runner entry, configuration changes
// applied as a diff to the tree, status snapshots, and the graceful drain
// on shutdown.
package supervisor

import (
	"fmt"
	"log/slog"
	"sort"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/actors"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/messages"
)

// scaleSetPIDs answers messages.GetScaleSets.
type scaleSetPIDs struct {
	pids map[string]*actor.PID
}

// restartScaleSet restarts a scale set that failed (a bug: scale sets do
// no risky work).
type restartScaleSet struct{ pid *actor.PID }

// applyConfig applies a new configuration to the tree; the root answers
// with configApplied.
type applyConfig struct {
	cfg     *config.Config
	targets map[string]messages.Target
	plan    config.Plan
}

// configApplied answers applyConfig.
type configApplied struct{}

// drainScaleSet drains one scale set on an operator's request; the root
// answers with drainAnswer.
type drainScaleSet struct{ name string }

// drainAnswer answers drainScaleSet; err wraps messages.ErrUnknownScaleSet when no such
// scale set runs.
type drainAnswer struct{ err error }

// root is the top of the tree. It does no I/O, so it never fails.
type root struct {
	cfg      *config.Config
	targets  map[string]messages.Target
	deps     *actors.Deps
	logger   *slog.Logger
	onDone   func()
	children map[string]*actor.PID
	// leaving are scale sets being drained away (removed from the
	// configuration or drained by an operator).
	leaving map[string]bool
	// respawn are scale sets to start again once their old actor is gone.
	respawn  map[string]bool
	failures map[string]int
	draining bool
	done     bool
	system   *actor.ActorSystem
	self     *actor.PID
}

func newRootProps(cfg *config.Config, targets map[string]messages.Target, deps *actors.Deps, onDone func()) *actor.Props {
	producer := func() actor.Actor {
		return &root{cfg: cfg, targets: targets, deps: deps, logger: deps.Logger, onDone: onDone}
	}
	if deps.Stats != nil {
		return actor.PropsFromProducer(producer, deps.Stats.PropsOptions()...)
	}
	return actor.PropsFromProducer(producer)
}

// Receive handles the root's messages.
func (r *root) Receive(ctx actor.Context) {
	switch m := ctx.Message().(type) {
	case *actor.Started:
		r.system, r.self = ctx.ActorSystem(), ctx.Self()
		r.children = map[string]*actor.PID{}
		r.leaving = map[string]bool{}
		r.respawn = map[string]bool{}
		r.failures = map[string]int{}
		names := make([]string, 0, len(r.cfg.Runners))
		for name := range r.cfg.Runners {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			r.spawn(ctx, name)
		}
	case *messages.GetScaleSets:
		pids := make(map[string]*actor.PID, len(r.children))
		for n, p := range r.children {
			pids[n] = p
		}
		ctx.Respond(&scaleSetPIDs{pids: pids})
	case *applyConfig:
		r.apply(ctx, m)
		ctx.Respond(&configApplied{})
	case *drainScaleSet:
		pid, ok := r.children[m.name]
		if !ok || r.leaving[m.name] {
			ctx.Respond(&drainAnswer{err: fmt.Errorf("%w: %s", messages.ErrUnknownScaleSet, m.name)})
			return
		}
		r.logger.Info("draining scale set on request", logkey.ScaleSet, m.name)
		r.leaving[m.name] = true
		ctx.Send(pid, &messages.Drain{Deadline: time.Now().Add(r.cfg.DrainTimeout.D())})
		ctx.Respond(&drainAnswer{})
	case *messages.Drain:
		r.draining = true
		for _, pid := range r.children {
			ctx.Send(pid, m)
		}
		r.maybeDone(ctx)
	case *fleetMessage:
		if pid, ok := r.children[m.scaleSet]; ok {
			ctx.Send(pid, m.msg)
		}
	case *fleetChanged:
		for name, pid := range r.children {
			if m.scaleSet == "" || m.scaleSet == name {
				ctx.Send(pid, &messages.Leadership{})
			}
		}
	case *restartScaleSet:
		ctx.(actor.Supervisor).RestartChildren(m.pid)
		// The new incarnation was born with the configuration of its
		// spawn: bring it up to date.
		for name, pid := range r.children {
			if pid.Equal(m.pid) {
				rc := r.cfg.Runners[name]
				ctx.Send(pid, &messages.UpdateConfig{Runner: &rc, Target: r.targets[name]})
			}
		}
	case *actor.Terminated:
		for name, pid := range r.children {
			if pid.Equal(m.Who) {
				delete(r.children, name)
				delete(r.leaving, name)
				if r.respawn[name] && !r.draining {
					delete(r.respawn, name)
					r.spawn(ctx, name)
				}
			}
		}
		r.maybeDone(ctx)
	}
}

// apply turns a configuration plan into changes of the tree. Scale sets
// the plan does not name are not touched.
func (r *root) apply(ctx actor.Context, m *applyConfig) {
	r.cfg, r.targets = m.cfg, m.targets
	if r.draining {
		return
	}
	for _, c := range m.plan.Changes {
		name := c.ScaleSet
		pid, running := r.children[name]
		switch {
		case c.Has(config.ChangeRemoved):
			if running && !r.leaving[name] {
				r.logger.Info("scale set removed from the configuration; draining it", logkey.ScaleSet, name)
				r.leaving[name] = true
				ctx.Send(pid, &messages.Drain{Deadline: time.Now().Add(r.cfg.DrainTimeout.D())})
			}
			delete(r.respawn, name)
		case running && r.leaving[name]:
			// Still draining away: start it afresh once it is gone.
			r.respawn[name] = true
		case running:
			rc := r.cfg.Runners[name]
			ctx.Send(pid, &messages.UpdateConfig{Runner: &rc, Target: r.targets[name], Change: c})
		default:
			r.spawn(ctx, name)
		}
	}
}

func (r *root) spawn(ctx actor.Context, name string) {
	rc := r.cfg.Runners[name]
	spec := actors.ScaleSetSpec{Name: name, Runner: &rc, Target: r.targets[name], Deps: r.deps}
	pid, err := ctx.SpawnNamed(actors.NewScaleSetProps(spec), name)
	if err != nil {
		r.logger.Error("cannot start scale set", logkey.ScaleSet, name, logkey.Error, err)
		return
	}
	r.children[name] = pid
}

func (r *root) maybeDone(ctx actor.Context) {
	if r.draining && len(r.children) == 0 && !r.done {
		r.done = true
		r.onDone()
		ctx.Stop(ctx.Self())
	}
}

// HandleFailure restarts a failed scale set after a short backoff. Its
// runners are stopped by the restart (without touching their
// environments) and adopted again by the new incarnation.
func (r *root) HandleFailure(_ *actor.ActorSystem, _ actor.Supervisor, child *actor.PID, _ *actor.RestartStatistics, reason, _ any) {
	name := child.Id
	for n, pid := range r.children {
		if pid.Equal(child) {
			name = n
		}
	}
	r.failures[name]++
	if r.deps.Stats != nil {
		r.deps.Stats.Failed(child.Id, fmt.Sprint(reason))
	}
	delay := min(time.Duration(r.failures[name])*time.Second, 30*time.Second)
	r.logger.Error("scale set failed; restarting it", logkey.ScaleSet, name, logkey.Reason, reason, logkey.Wait, delay)
	system, self := r.system, r.self
	time.AfterFunc(delay, func() { system.Root.Send(self, &restartScaleSet{pid: child}) })
}
