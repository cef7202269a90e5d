package actors

import (
	"testing"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/messages"
)

// TestScaleSetRenewsTheSessionForStrandedJobs: jobs GitHub counts as
// available (not acquired) for StrandedAfter while the scale set advertises
// capacity make it replace its listener (a new session, on which GitHub
// offers them again); jobs that are offered in time, or a scale set that
// advertises no capacity, do not.
func TestScaleSetRenewsTheSessionForStrandedJobs(t *testing.T) {
	for _, tc := range []struct {
		name  string
		stats []messages.Statistics // sent in order, the last one stays
		down  bool                  // the backend does not answer
		renew bool
	}{
		{name: "available with room", stats: []messages.Statistics{{AvailableJobs: 2, AssignedJobs: 1}}, renew: true},
		{name: "no job available", stats: []messages.Statistics{{AssignedJobs: 2}}},
		{name: "available, all runners busy", stats: []messages.Statistics{{AvailableJobs: 3, AssignedJobs: 4}}, renew: true},
		{name: "no capacity advertised", down: true, stats: []messages.Statistics{{AvailableJobs: 3}}},
		{name: "offered in time", stats: []messages.Statistics{{AvailableJobs: 1}, {AvailableJobs: 0, AssignedJobs: 1}}},
		{name: "offered, then another waits", stats: []messages.Statistics{{AvailableJobs: 1}, {}, {AvailableJobs: 1}}, renew: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHostedScaleSet(t)
			stops := make(chan any, 4)
			lst := h.system.Root.Spawn(actor.PropsFromFunc(func(ctx actor.Context) {
				if m, ok := ctx.Message().(*messages.StopListener); ok {
					stops <- m
				}
			}))
			h.do(func(actor.Context) {
				h.s.deps.Timing.StrandedAfter = 50 * time.Millisecond
				h.s.listener.spawned(lst)
				h.s.healthy = !tc.down
			})
			for _, st := range tc.stats {
				h.send(&messages.StatisticsUpdate{Statistics: st})
			}
			select {
			case <-stops:
				if !tc.renew {
					t.Fatal("renewed the session")
				}
			case <-time.After(time.Second):
				if tc.renew {
					t.Fatal("the session was not renewed")
				}
			}
		})
	}
}
