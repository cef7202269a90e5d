// Package supervisor boots outrunner's actor system and runs its root actor:
// one scale-set actor per configured runner entry, status snapshots of the
// whole tree, and the graceful drain on shutdown.
package supervisor

import (
	"log/slog"
	"sort"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/actors"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/messages"
)

// scaleSetPIDs answers messages.GetScaleSets.
type scaleSetPIDs struct {
	pids map[string]*actor.PID
}

// restartScaleSet restarts a scale set that failed (a bug: scale sets do
// no risky work).
type restartScaleSet struct{ pid *actor.PID }

// root is the top of the tree. It does no I/O, so it never fails.
type root struct {
	cfg      *config.Config
	deps     *actors.Deps
	logger   *slog.Logger
	onDone   func()
	children map[string]*actor.PID
	failures map[string]int
	draining bool
	done     bool
	system   *actor.ActorSystem
	self     *actor.PID
}

func newRootProps(cfg *config.Config, deps *actors.Deps, onDone func()) *actor.Props {
	return actor.PropsFromProducer(func() actor.Actor {
		return &root{cfg: cfg, deps: deps, logger: deps.Logger, onDone: onDone}
	})
}

// Receive handles the root's messages.
func (r *root) Receive(ctx actor.Context) {
	switch m := ctx.Message().(type) {
	case *actor.Started:
		r.system, r.self = ctx.ActorSystem(), ctx.Self()
		r.children = map[string]*actor.PID{}
		r.failures = map[string]int{}
		names := make([]string, 0, len(r.cfg.Runners))
		for name := range r.cfg.Runners {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			rc := r.cfg.Runners[name]
			r.spawn(ctx, name, &rc)
		}
	case *messages.GetScaleSets:
		pids := make(map[string]*actor.PID, len(r.children))
		for n, p := range r.children {
			pids[n] = p
		}
		ctx.Respond(&scaleSetPIDs{pids: pids})
	case *messages.Drain:
		r.draining = true
		for _, pid := range r.children {
			ctx.Send(pid, m)
		}
		r.maybeDone(ctx)
	case *restartScaleSet:
		ctx.(actor.Supervisor).RestartChildren(m.pid)
	case *actor.Terminated:
		for name, pid := range r.children {
			if pid.Equal(m.Who) {
				delete(r.children, name)
			}
		}
		r.maybeDone(ctx)
	}
}

func (r *root) spawn(ctx actor.Context, name string, rc *config.RunnerConfig) {
	pid, err := ctx.SpawnNamed(actors.NewScaleSetProps(actors.ScaleSetSpec{Name: name, Runner: rc, Deps: r.deps}), name)
	if err != nil {
		r.logger.Error("Cannot start scale set", "scaleSet", name, "err", err)
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
	delay := min(time.Duration(r.failures[name])*time.Second, 30*time.Second)
	r.logger.Error("Scale set failed; restarting it", "scaleSet", name, "reason", reason, "wait", delay)
	system, self := r.system, r.self
	time.AfterFunc(delay, func() { system.Root.Send(self, &restartScaleSet{pid: child}) })
}
