package actors

import (
	"context"
	"fmt"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/causes"
	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/messages"
)

// startAdoption lists the backend's environments and the journal's
// registrations, off-mailbox, so that runners from before a restart are
// adopted or cleaned up.
//
// The leader of a scale set in a fleet also takes over the registrations
// of nodes that left the fleet: each is torn down as a registration
// without an environment (deregistered; there is nothing of it here).
func (s *scaleSet) startAdoption(ctx actor.Context) {
	lister, ok := s.prov.(backends.Lister)
	entries := s.deps.Journal.Entries(s.name)
	orphans := s.deps.Registrations
	if orphans != nil && !s.leads() {
		orphans = nil
	}
	if !ok && len(entries) == 0 && orphans == nil {
		s.adopted = true
		return
	}
	system, self := ctx.ActorSystem(), ctx.Self()
	timeout := s.rc.StartTimeout.D()
	s.listing = true
	go func() {
		var envs []backends.Environment
		var err error
		if lister != nil {
			lctx, cancel := context.WithTimeout(context.Background(), timeout)
			envs, err = lister.List(lctx)
			cancel()
		}
		if orphans != nil && err == nil {
			octx, cancel := context.WithTimeout(context.Background(), timeout)
			left, oerr := orphans.Orphans(octx, s.name)
			cancel()
			if oerr != nil {
				err = fmt.Errorf("reading the registrations of nodes that left the fleet: %w", oerr)
			}
			entries = append(entries, left...)
		}
		system.Root.Send(self, &adoption{envs: envs, journal: entries, err: err})
	}()
}

// adopt spawns a runner for every environment and registration that no
// record owns: running environments are adopted, the rest torn down.
func (s *scaleSet) adopt(ctx actor.Context, m *adoption) {
	s.listing = false
	if m.err != nil {
		// Demand is served meanwhile; the listing is retried when the
		// backend answers again, or after a while.
		s.log.Warn("cannot list the backend's environments; retrying", logkey.Error, causes.Of(m.err).Short())
		s.fullError(m.err.Error())
		s.adopted, s.cleanupOwed = true, true
		if s.draining {
			// What is left stays in the journal for the next start.
			s.finishDrain(ctx)
			return
		}
		s.scheduleSweep(ctx, s.deps.Timing.ListenerBackoffCap)
		s.reconcile(ctx, time.Time{})
		return
	}
	s.cleanupOwed = false
	ids := map[string]int{}
	for _, e := range m.journal {
		ids[e.Name] = e.RunnerID
	}
	seen := map[string]bool{}
	for _, env := range m.envs {
		seen[env.Name] = true
		if _, exists := s.book.runners[env.Name]; exists {
			continue
		}
		rec := s.spawnRunner(ctx, env.Name, true)
		if rec == nil {
			continue
		}
		rec.facts.RunnerID = ids[env.Name]
		if _, bound := ids[env.Name]; env.Warm && !bound {
			// Never bound (binding journals first): nothing of it can be
			// trusted to be unused, so it is destroyed and the pool refills.
			s.warmRecycled(rec)
			s.requestStop(ctx, rec, messages.Deprovision{Reason: "unbound warm environment from before the restart", Force: true})
			continue
		}
		ctx.Send(rec.pid, &messages.Adopt{Runner: s.rc, Facts: rec.facts, Running: env.State == backends.EnvRunning, Partial: env.State == backends.EnvPartial})
	}
	for _, e := range m.journal {
		if seen[e.Name] || s.book.runners[e.Name] != nil {
			continue
		}
		// A registration whose environment never came up (or is gone).
		rec := s.spawnRunner(ctx, e.Name, false)
		if rec == nil {
			continue
		}
		rec.facts.RunnerID = e.RunnerID
		s.requestStop(ctx, rec, messages.Deprovision{Reason: "registration without environment", Force: true, RecheckAfter: s.deps.Timing.RegistrationRecheck})
	}
	if n := len(s.book.runners); n > 0 {
		s.log.Info("recovered runners from before the restart", logkey.Runners, n)
	}
	s.adopted = true
	if s.draining {
		s.stopForDrain(ctx)
		s.finishDrain(ctx)
		return
	}
	s.reconcile(ctx, time.Time{})
}

// sweep looks for environments and registrations no runner owns.
func (s *scaleSet) sweep(ctx actor.Context) {
	if s.draining {
		return
	}
	if !s.listing {
		s.startAdoption(ctx)
	}
	s.scheduleSweep(ctx, s.deps.Timing.SweepInterval)
}

// scheduleSweep makes the next sweep due after d (none when d is 0),
// replacing the one that was due.
func (s *scaleSet) scheduleSweep(ctx actor.Context, d time.Duration) {
	if s.sweepTimer != nil {
		s.sweepTimer.Stop()
		s.sweepTimer = nil
	}
	if d > 0 {
		s.sweepTimer = s.after(ctx, d, &sweepTick{})
	}
}

// owesCleanup reports whether environments or registrations may be left
// that no runner owns: a listing or teardown failed since the last
// listing, or the journal holds a registration no record owns (GitHub
// held it when its runner stopped).
func (s *scaleSet) owesCleanup() bool {
	if s.cleanupOwed {
		return true
	}
	for _, e := range s.deps.Journal.Entries(s.name) {
		if s.book.runners[e.Name] == nil {
			return true
		}
	}
	return false
}

// probeHealth pings the backend, off-mailbox.
func (s *scaleSet) probeHealth(ctx actor.Context) {
	hc, ok := s.prov.(backends.HealthChecker)
	if !ok {
		return
	}
	system, self := ctx.ActorSystem(), ctx.Self()
	timeout := min(s.deps.Timing.HealthInterval, 10*time.Second)
	go func() {
		pctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		system.Root.Send(self, &healthResult{err: hc.Ping(pctx)})
	}()
}

// healthResult applies a probe's answer: an unreachable backend gets no
// capacity.
func (s *scaleSet) healthResult(ctx actor.Context, err error) {
	was := s.healthy
	s.healthy = err == nil
	s.healthErr = ""
	if err != nil {
		s.healthErr = err.Error()
	}
	switch {
	case was && !s.healthy:
		s.log.Error("the backend is unreachable; advertising no capacity until it answers", logkey.Error, causes.Of(err).Short())
		s.fullError(err.Error())
	case !was && s.healthy:
		s.log.Info("the backend answers again")
		if s.cleanupOwed && !s.listing && !s.draining {
			// Environments the outage kept from being listed or torn
			// down are cleaned up now, not at the next sweep.
			s.startAdoption(ctx)
		}
	}
	s.reconcile(ctx, time.Time{})
	s.healthTimer = s.after(ctx, s.deps.Timing.HealthInterval, &healthTick{})
}
