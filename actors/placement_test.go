package actors

import (
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/outrunner/outrunner/messages"
)

func TestSplitDemand(t *testing.T) {
	three := []messages.FleetPeer{{Node: "a", Capacity: 4}, {Node: "b", Capacity: 4}, {Node: "c", Capacity: 4}}
	tests := []struct {
		name      string
		prev      map[string]int
		demand    int
		nodes     []messages.FleetPeer
		pack      bool
		freed     map[string]int
		want      map[string]int
		wantFreed map[string]int
	}{
		{name: "spread from nothing", demand: 5, nodes: three, want: map[string]int{"a": 2, "b": 2, "c": 1}},
		{name: "pack from nothing", demand: 5, nodes: three, pack: true, want: map[string]int{"a": 4, "b": 1}},
		{name: "demand beyond the fleet's capacity", demand: 20, nodes: three, want: map[string]int{"a": 4, "b": 4, "c": 4}},
		{name: "nothing wanted", prev: map[string]int{"a": 2}, demand: 0, nodes: three, want: map[string]int{}},
		{name: "growing keeps what is placed", prev: map[string]int{"c": 3}, demand: 4, nodes: three, want: map[string]int{"a": 1, "c": 3}},
		{name: "spread shrinks the largest share", prev: map[string]int{"a": 1, "b": 3, "c": 1}, demand: 4, nodes: three, want: map[string]int{"a": 1, "b": 2, "c": 1}},
		{name: "pack shrinks the last node", prev: map[string]int{"a": 4, "b": 2}, demand: 5, nodes: three, pack: true, want: map[string]int{"a": 4, "b": 1}},
		{name: "a finished job shrinks its node first", prev: map[string]int{"a": 1, "b": 3, "c": 1}, demand: 4, nodes: three,
			freed: map[string]int{"c": 1}, want: map[string]int{"a": 1, "b": 3}, wantFreed: map[string]int{"c": 1}},
		{name: "freed beyond the shrink is kept", prev: map[string]int{"a": 2, "b": 2}, demand: 4, nodes: three,
			freed: map[string]int{"a": 1}, want: map[string]int{"a": 2, "b": 2}, wantFreed: map[string]int{}},
		{name: "a departed node's share moves", prev: map[string]int{"a": 1, "gone": 2}, demand: 3, nodes: three, want: map[string]int{"a": 1, "b": 1, "c": 1}},
		{name: "a node without capacity gets nothing", prev: map[string]int{"a": 2}, demand: 3,
			nodes: []messages.FleetPeer{{Node: "a", Capacity: 0}, {Node: "b", Capacity: 4}}, want: map[string]int{"b": 3}},
		{name: "busy runners past a share take room", demand: 4,
			nodes: []messages.FleetPeer{{Node: "a", Capacity: 4, Load: 3}, {Node: "b", Capacity: 4}}, want: map[string]int{"a": 1, "b": 3}},
		{name: "no room anywhere leaves the rest unplaced", demand: 4,
			nodes: []messages.FleetPeer{{Node: "a", Capacity: 2, Load: 2}, {Node: "b", Capacity: 2, Load: 1}}, want: map[string]int{"b": 1}},
		{name: "warm environments first", demand: 2,
			nodes: []messages.FleetPeer{{Node: "a", Capacity: 4}, {Node: "b", Capacity: 4, Warm: 2}}, pack: true, want: map[string]int{"b": 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, used := splitDemand(tc.prev, tc.demand, tc.nodes, tc.pack, tc.freed)
			if !maps.Equal(got, tc.want) {
				t.Errorf("shares = %v, want %v", got, tc.want)
			}
			if tc.wantFreed != nil && !maps.Equal(used, tc.wantFreed) {
				t.Errorf("freed used = %v, want %v", used, tc.wantFreed)
			}
		})
	}
}

// TestSplitDemandIsMonotone checks that growing the demand one runner at
// a time never takes a runner from a node (no runner is retired on one
// node to be started on another).
func TestSplitDemandIsMonotone(t *testing.T) {
	nodes := []messages.FleetPeer{{Node: "a", Capacity: 3}, {Node: "b", Capacity: 5}, {Node: "c", Capacity: 2, Warm: 1}}
	for _, pack := range []bool{false, true} {
		prev := map[string]int{}
		for demand := 0; demand <= 12; demand++ {
			next, _ := splitDemand(prev, demand, nodes, pack, nil)
			for n, v := range prev {
				if next[n] < v {
					t.Fatalf("pack=%v demand %d: %s went from %d to %d", pack, demand, n, v, next[n])
				}
			}
			sum := 0
			for _, v := range next {
				sum += v
			}
			if sum != min(demand, 10) {
				t.Fatalf("pack=%v demand %d: placed %d", pack, demand, sum)
			}
			prev = next
		}
	}
}

func TestFleetPlacementOfAScaleSet(t *testing.T) {
	tests := []struct {
		name       string
		leading    bool
		placement  *messages.Placement
		assigned   int
		wantTarget int
		wantPlaced map[string]int
		wantAdv    int
	}{
		{name: "the leader places over its peers", leading: true, assigned: 5, wantTarget: 3,
			wantPlaced: map[string]int{"me": 3, "b": 1, "c": 1}, wantAdv: 4 + 3 + 3},
		{name: "a follower holds its share", placement: &messages.Placement{ScaleSetID: 7, Leader: "b", Shares: map[string]int{"me": 3, "b": 1}},
			wantTarget: 3},
		{name: "a follower without a current placement starts nothing", wantTarget: 0},
		{name: "a placement without the scale set's ID starts nothing", placement: &messages.Placement{Leader: "b", Shares: map[string]int{"me": 3}},
			wantTarget: 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			deps := testDeps(t)
			f := &fakeFleet{peers: []messages.FleetPeer{{Node: "b", Capacity: 3}, {Node: "c", Capacity: 3}}, placement: tc.placement}
			f.leading.Store(tc.leading)
			f.connected.Store(true)
			f.joined.Store(true)
			deps.Fleet = f
			rc := testRunnerConfig()
			rc.MinIdle = 0
			s := &scaleSet{name: "linux", rc: rc, deps: deps, log: deps.Logger, book: newRunnerBook(), healthy: true, assigned: tc.assigned}
			if tc.leading {
				s.scaleSetID = 7
			}
			now := time.Now()
			s.follow()
			s.place(now)
			if got := scaleTarget(s.policyInput(now)); got != tc.wantTarget {
				t.Errorf("target = %d, want %d", got, tc.wantTarget)
			}
			if got := s.advertised(); got != tc.wantAdv {
				t.Errorf("advertised = %d, want %d", got, tc.wantAdv)
			}
			if tc.wantPlaced != nil {
				if len(f.placed) != 1 || !maps.Equal(f.placed[0].Shares, tc.wantPlaced) || f.placed[0].ScaleSetID != 7 || f.placed[0].Leader != "me" {
					t.Errorf("placed %+v, want one placement of %v", f.placed, tc.wantPlaced)
				}
				// Nothing changed: nothing is published again.
				s.place(now)
				if len(f.placed) != 1 {
					t.Errorf("placed again: %+v", f.placed)
				}
			} else if len(f.placed) != 0 {
				t.Errorf("a follower placed %+v", f.placed)
			}
			if tc.placement != nil && tc.placement.ScaleSetID != 0 && s.scaleSetID != tc.placement.ScaleSetID {
				t.Errorf("scale set ID = %d, want the placement's", s.scaleSetID)
			}
		})
	}
}

func TestTheLeaderForwardsJobMessagesOfOtherNodes(t *testing.T) {
	deps := testDeps(t)
	f := &fakeFleet{owners: map[string]string{"linux-b1": "b", "linux-me": "me"}}
	f.leading.Store(true)
	f.connected.Store(true)
	deps.Fleet = f
	s := &scaleSet{name: "linux", rc: testRunnerConfig(), deps: deps, log: deps.Logger, book: newRunnerBook(), healthy: true}
	for _, tc := range []struct {
		runner string
		msg    any
		since  time.Time
		want   bool
	}{
		{"linux-b1", &messages.JobStarted{RunnerName: "linux-b1"}, time.Time{}, true},
		{"linux-b1", &messages.JobCompleted{RunnerName: "linux-b1"}, time.Time{}, true},
		// This node's own runner: not forwarded.
		{"linux-me", &messages.JobStarted{RunnerName: "linux-me"}, time.Time{}, false},
		// No record after waiting for one: an unknown runner here.
		{"linux-nobody", &messages.JobStarted{RunnerName: "linux-nobody"}, time.Now().Add(-ownerWait), false},
	} {
		if got := s.forwarded(nil, tc.runner, tc.msg, tc.since); got != tc.want {
			t.Errorf("forwarded(%s, %T) = %v, want %v", tc.runner, tc.msg, got, tc.want)
		}
	}
	want := []string{"b/*messages.JobStarted", "b/*messages.JobCompleted"}
	if !slices.Equal(f.forwarded, want) {
		t.Errorf("forwarded %v, want %v", f.forwarded, want)
	}
	if len(s.freed) != 1 || s.freed[0].node != "b" {
		t.Errorf("freed %+v, want node b once", s.freed)
	}
	if s.counters.Forwarded != 2 {
		t.Errorf("forwarded counter %d", s.counters.Forwarded)
	}
	// A follower forwards nothing.
	f.leading.Store(false)
	if s.forwarded(nil, "linux-b1", &messages.JobStarted{RunnerName: "linux-b1"}, time.Time{}) {
		t.Error("a follower forwarded a job message")
	}
}
