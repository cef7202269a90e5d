package actors

import (
	"maps"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/messages"
)

// freedSlot is a runner that finished its job on a node, which the next
// placement that shrinks takes away from that node first.
type freedSlot struct {
	node string
	at   time.Time
}

// splitDemand places demand runners over nodes (the leader first, then
// its peers in the fleet's order), starting from prev so that runners
// stay where they are. Shrinking takes first from the nodes in freed (a
// job ended there), then from the node with the most (spread) or the
// last one holding any (pack). Growing gives first to nodes with ready
// warm environments, then to the node with the most room (spread) or the
// first with room (pack); a node's room is its capacity less its share
// and less the runners it holds past its share (busy ones).
// It returns the shares (nodes with none left out) and how many of freed
// each node used.
func splitDemand(prev map[string]int, demand int, nodes []messages.FleetPeer, pack bool, freed map[string]int) (map[string]int, map[string]int) {
	cur := make(map[string]int, len(nodes))
	total, capacity := 0, 0
	for _, n := range nodes {
		cur[n.Node] = max(min(prev[n.Node], n.Capacity), 0)
		total += cur[n.Node]
		capacity += max(n.Capacity, 0)
	}
	demand = max(min(demand, capacity), 0)
	used := map[string]int{}
	for total > demand {
		pick := -1
		for i, n := range nodes { // a node where a job just ended
			if freed[n.Node] > used[n.Node] && cur[n.Node] > 0 {
				pick = i
				used[n.Node]++
				break
			}
		}
		if pick < 0 {
			for i, n := range nodes {
				if cur[n.Node] > 0 && (pick < 0 || pack || cur[n.Node] >= cur[nodes[pick].Node]) {
					pick = i
				}
			}
		}
		cur[nodes[pick].Node]--
		total--
	}
	// Runners a node holds past its share (busy ones whose share went)
	// take room too.
	excess := make(map[string]int, len(nodes))
	for _, n := range nodes {
		excess[n.Node] = max(n.Load-cur[n.Node], 0)
	}
	added := map[string]int{}
	room := func(n messages.FleetPeer) int { return n.Capacity - cur[n.Node] - excess[n.Node] }
	for total < demand {
		pick := -1
		for i, n := range nodes {
			if n.Warm > added[n.Node] && room(n) > 0 {
				pick = i
				break
			}
		}
		if pick < 0 {
			for i, n := range nodes {
				if room(n) > 0 && (pick < 0 || (!pack && room(n) > room(nodes[pick]))) {
					pick = i
					if pack {
						break
					}
				}
			}
		}
		if pick < 0 {
			break // no room anywhere: the rest waits for runners to end
		}
		cur[nodes[pick].Node]++
		added[nodes[pick].Node]++
		total++
	}
	maps.DeleteFunc(cur, func(_ string, v int) bool { return v == 0 })
	return cur, used
}

// ownCapacity is how many runners this node can hold for the scale set:
// max_runners, or less when the backend says so; none while it drains,
// while its backend is down or its configuration unusable.
func (s *scaleSet) ownCapacity() int {
	if s.draining || !s.healthy || s.setupErr != nil {
		return 0
	}
	c := s.rc.MaxRunners
	if cr, ok := s.prov.(backends.CapacityReporter); ok {
		c = min(c, cr.Capacity())
	}
	return c
}

// place, on the leader of a fleet, spreads the scale set's demand (its
// assigned jobs and min_idle) over the nodes that can run its runners,
// and publishes the placement when it changed; every node then holds its
// share. Elsewhere it forgets the last placement.
func (s *scaleSet) place(now time.Time) {
	f := s.deps.Fleet
	if f == nil || !s.leads() {
		s.placed, s.freed, s.unplaced = nil, nil, 0
		return
	}
	me := f.Name()
	if s.placed == nil {
		// Start from the last leader's placement: its runners stay.
		p, _ := f.Placement(s.name)
		s.placed = maps.Clone(p.Shares)
	}
	self := messages.FleetPeer{Node: me, Capacity: s.ownCapacity(), Load: s.book.active(), Warm: s.book.readyWarm()}
	nodes := append([]messages.FleetPeer{self}, f.Peers(s.name)...)
	demand := s.assigned + s.rc.MinIdle
	if s.draining {
		demand = 0
	}
	freed := map[string]int{}
	kept := s.freed[:0]
	for _, slot := range s.freed {
		if now.Sub(slot.at) <= awaitingTTL {
			freed[slot.node]++
			kept = append(kept, slot)
		}
	}
	shares, used := splitDemand(s.placed, demand, nodes, f.PlacementPolicy() == config.PlacementPack, freed)
	s.freed = kept[:0]
	for _, slot := range kept {
		if used[slot.node] > 0 {
			used[slot.node]--
			continue
		}
		s.freed = append(s.freed, slot)
	}
	s.unplaced = demand
	for _, n := range shares {
		s.unplaced -= n
	}
	if maps.Equal(shares, s.placed) && s.placedID == s.scaleSetID {
		return
	}
	s.placed, s.placedID = shares, s.scaleSetID
	if s.scaleSetID != 0 {
		s.log.Debug("placing the scale set's runners", logkey.Demand, demand, logkey.Shares, shares)
		f.Place(s.name, messages.Placement{ScaleSetID: s.scaleSetID, Leader: me, Shares: maps.Clone(shares)})
	}
}

// fleetHold is why the leader of a fleet holds back runners: the local
// reason, unless the fleet had no room for part of the demand, which the
// fleet's capacity (every capable node's) holds back.
func (s *scaleSet) fleetHold(reason messages.HoldReason, limit int) (messages.HoldReason, int) {
	if reason != messages.HoldNone || s.unplaced <= 0 || s.deps.Fleet == nil || !s.leads() {
		return reason, limit
	}
	return messages.HoldMaxRunners, s.ownCapacity() + s.fleetCapacity()
}

// fleetInput fits the scaling policy's input to the fleet: a node holds
// its share of the scale set's runners, the leader's from its own
// placement, a follower's from the leader's; the demand behind it counts
// min_idle already. Without a current placement (no leader, or etcd out
// of reach) a follower starts nothing and retires its idle runners; busy
// ones finish their jobs.
func (s *scaleSet) fleetInput(in *scaleInput) {
	f := s.deps.Fleet
	if f == nil {
		return
	}
	if s.leads() {
		in.Assigned, in.MinIdle, in.Capacity = s.placed[f.Name()], 0, s.ownCapacity()
		return
	}
	p, ok := f.Placement(s.name)
	if !ok || p.ScaleSetID == 0 {
		in.Assigned, in.MinIdle, in.WarmTarget, in.Capacity = 0, 0, 0, 0
		return
	}
	in.Assigned, in.MinIdle, in.Capacity = p.Shares[f.Name()], 0, s.ownCapacity()
}

// follow takes the scale set's GitHub ID from the leader's placement, for
// the JIT configs of this node's share.
func (s *scaleSet) follow() {
	if s.deps.Fleet == nil || s.leads() {
		return
	}
	if p, ok := s.deps.Fleet.Placement(s.name); ok && p.ScaleSetID != 0 {
		s.scaleSetID = p.ScaleSetID
	}
}

// fleetCapacity is what the leader advertises beyond its own capacity:
// the capacity of the other nodes that can run the scale set's runners.
func (s *scaleSet) fleetCapacity() int {
	if s.deps.Fleet == nil {
		return 0
	}
	c := 0
	for _, p := range s.deps.Fleet.Peers(s.name) {
		c += p.Capacity
	}
	return c
}

// ownerWait bounds how long the leader of a fleet waits for the record of
// the node that registered a runner a job message names: the record is
// written behind the registration and read every fleet tick, and a runner
// can take its job within a second of registering.
const ownerWait = 10 * time.Second

// unrouted is a job message, for a runner of no known node yet, that the
// leader tries to route again.
type unrouted struct {
	name  string
	msg   any
	since time.Time
}

// forwarded passes a job message that names another node's runner to that
// node (the leader hears of every job of the scale set; the node that runs
// the runner acts on it and counts it). It reports whether it took the
// message: passed on, or held until the runner's node is known (for up to
// ownerWait, in order with the runner's other messages).
func (s *scaleSet) forwarded(ctx actor.Context, name string, msg any, since time.Time) bool {
	f := s.deps.Fleet
	if f == nil || !s.leads() || s.book.runners[name] != nil || s.book.retired.has(name) {
		return false
	}
	owner := f.Owner(s.name, name)
	if owner == f.Name() {
		return false
	}
	if owner == "" || (since.IsZero() && s.unrouted[name] > 0) {
		if since.IsZero() {
			since = time.Now()
		}
		if time.Since(since) >= ownerWait {
			return false // no node registered it: an unknown runner
		}
		if s.unrouted == nil {
			s.unrouted = map[string]int{}
		}
		s.unrouted[name]++
		s.after(ctx, 250*time.Millisecond, &unrouted{name: name, msg: msg, since: since})
		return true
	}
	if _, done := msg.(*messages.JobCompleted); done {
		s.freed = append(s.freed, freedSlot{node: owner, at: time.Now()})
	}
	s.counters.Forwarded++
	s.deps.emit(messages.Event{ScaleSet: s.name, Runner: name, Kind: messages.EventJobForwarded})
	f.Forward(s.name, owner, msg)
	return true
}

// routeAgain retries a held job message.
func (s *scaleSet) routeAgain(ctx actor.Context, u *unrouted) {
	if s.unrouted[u.name]--; s.unrouted[u.name] <= 0 {
		delete(s.unrouted, u.name)
	}
	switch m := u.msg.(type) {
	case *messages.JobStarted:
		s.jobStarted(ctx, m, u.since)
	case *messages.JobCompleted:
		s.jobCompleted(ctx, m, u.since)
	}
}

// jobEnded notes, on the leader of a fleet, that one of its own runners
// finished its job: the placement shrinks here first.
func (s *scaleSet) jobEnded() {
	if s.deps.Fleet != nil && s.leads() {
		s.freed = append(s.freed, freedSlot{node: s.deps.Fleet.Name(), at: time.Now()})
	}
}
