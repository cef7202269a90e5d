package actors

import (
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/messages"
)

// strandedTick checks, Timing.StrandedAfter after since, whether jobs
// still wait unoffered.
type strandedTick struct{ since time.Time }

// statistics takes GitHub's statistics and watches for stranded jobs:
// jobs GitHub counts as available, not acquired, for StrandedAfter.
// The listener acquires jobs only from the JobAvailable messages of its
// session; one that never arrived (lost between GitHub and the daemon)
// leaves its job waiting until a new session, which GitHub opens with the
// jobs still available.
func (s *scaleSet) statistics(ctx actor.Context, st messages.Statistics) {
	s.stats = st
	if !s.stranding() {
		s.strandedSince = time.Time{}
		return
	}
	if s.strandedSince.IsZero() && s.deps.Timing.StrandedAfter > 0 {
		s.strandedSince = time.Now()
		s.after(ctx, s.deps.Timing.StrandedAfter, &strandedTick{since: s.strandedSince})
	}
}

// stranding reports whether jobs wait available while the scale set
// advertises capacity. The listener acquires every job offered to it,
// whether or not a runner is free for it at once, so a job that stays
// available was not offered; a scale set that advertises none (its
// backend is down, it drains) is offered nothing and renews nothing.
func (s *scaleSet) stranding() bool {
	return s.stats.AvailableJobs > 0 && s.advertised() > 0
}

// strandedCheck renews the message session when jobs have waited
// unoffered, with capacity advertised, since m.since.
func (s *scaleSet) strandedCheck(ctx actor.Context, m *strandedTick) {
	if !m.since.Equal(s.strandedSince) {
		return // the wait ended (and maybe began again) since
	}
	s.strandedSince = time.Time{}
	if !s.stranding() || s.listener.state != slotRunning {
		return
	}
	// Statistics come with messages only, so the last ones may predate
	// an acquisition: then this renewal is one too many, and the new
	// session's statistics say so. It takes another minute of available
	// jobs to renew again.
	s.log.Warn("jobs wait unoffered although there is room for them; renewing the message session so that GitHub offers them again",
		logkey.JobsAvailable, s.stats.AvailableJobs, logkey.Wait, time.Since(m.since).Round(time.Second))
	s.stopListener(ctx, s.listener.replace())
}
