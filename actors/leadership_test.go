package actors

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/messages"
)

// fakeFleet answers like a fleet node named "me".
type fakeFleet struct {
	leading, connected, joined atomic.Bool
	pack                       bool
	peers                      []messages.FleetPeer
	placement                  *messages.Placement // the current one, if any
	owners                     map[string]string
	mu                         sync.Mutex
	placed                     []messages.Placement
	forwarded                  []string // node/message type
}

func (f *fakeFleet) Leading(string) bool { return f.leading.Load() }
func (f *fakeFleet) Connected() bool     { return f.connected.Load() }
func (f *fakeFleet) Joined() bool        { return f.joined.Load() }
func (f *fakeFleet) Name() string        { return "me" }
func (f *fakeFleet) PlacementPolicy() string {
	if f.pack {
		return config.PlacementPack
	}
	return config.PlacementSpread
}
func (f *fakeFleet) Peers(string) []messages.FleetPeer { return f.peers }
func (f *fakeFleet) Placement(string) (messages.Placement, bool) {
	if f.placement == nil {
		return messages.Placement{}, false
	}
	return *f.placement, true
}
func (f *fakeFleet) Owner(_, runner string) string { return f.owners[runner] }
func (f *fakeFleet) Place(_ string, p messages.Placement) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.placed = append(f.placed, p)
}
func (f *fakeFleet) Forward(_, node string, msg any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.forwarded = append(f.forwarded, fmt.Sprintf("%s/%T", node, msg))
}

func TestFollowerStartsNothing(t *testing.T) {
	tests := []struct {
		name                       string
		fleet                      bool
		leading, connected, joined bool
		wantTarget                 int
		wantAdvertised             int
		wantRetired                int
		wantFleetState             string
	}{
		{"single host", false, false, false, false, 3, 4, 0, ""},
		{"fleet leader", true, true, true, true, 3, 4, 0, ""},
		{"fleet follower", true, false, true, true, 0, 0, 1, messages.StateStandby},
		{"fleet node without etcd", true, false, false, true, 0, 0, 1, messages.StateFleetUnreachable},
		{"fleet node joining", true, false, false, false, 0, 0, 1, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			deps := testDeps(t)
			if tc.fleet {
				f := &fakeFleet{}
				f.leading.Store(tc.leading)
				f.connected.Store(tc.connected)
				f.joined.Store(tc.joined)
				deps.Fleet = f
			}
			rc := testRunnerConfig()
			rc.MinIdle = 1
			s := &scaleSet{name: "linux", rc: rc, deps: deps, log: deps.Logger, book: newRunnerBook(), healthy: true, assigned: 2, scaleSetID: 7}
			now := time.Now()
			s.place(now)
			in := s.policyInput(now)
			// One idle runner that a follower retires.
			in.Runners = []runnerView{{Name: "linux-1", CreatedAt: now.Add(-time.Minute), Idle: true}}
			plan := planScale(in)
			if got := scaleTarget(in); got != tc.wantTarget {
				t.Errorf("target = %d, want %d", got, tc.wantTarget)
			}
			if got := s.advertised(); got != tc.wantAdvertised {
				t.Errorf("advertised = %d, want %d", got, tc.wantAdvertised)
			}
			if len(plan.Retire) != tc.wantRetired || (tc.wantTarget == 0 && plan.Spawn > 0) {
				t.Errorf("plan = %+v, want %d retired", plan, tc.wantRetired)
			}
			if got := s.fleetState(); got != tc.wantFleetState {
				t.Errorf("fleet state = %q, want %q", got, tc.wantFleetState)
			}
		})
	}
}
