package fleet

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"time"

	"go.etcd.io/etcd/api/v3/v3rpc/rpctypes"
	clientv3 "go.etcd.io/etcd/client/v3"
	"go.etcd.io/etcd/client/v3/concurrency"

	"github.com/outrunner/outrunner/internal/logkey"
)

func rpcLeaseNotFound() error { return rpctypes.ErrLeaseNotFound }

// electionPrefix is where the candidates for a scale set's leadership
// queue.
func (n *Node) electionPrefix(scaleSet string) string { return n.key("election", scaleSet) }

// refresh writes the node's record when it changed and reads the fleet:
// the live nodes, every scale set's candidates and placement, the
// registrations and this node's job messages.
func (n *Node) refresh(sess *concurrency.Session) error {
	ctx, cancel := context.WithTimeout(n.ctx, max(n.timing.Tick*2, time.Second))
	defer cancel()
	n.mu.Lock()
	rec, _ := json.Marshal(nodeRecord{Node: n.name, ScaleSets: n.offer})
	changed := string(rec) != n.registered
	n.mu.Unlock()
	if changed {
		if _, err := n.client.Put(ctx, n.key("nodes", n.name), string(rec), clientv3.WithLease(sess.Lease())); err != nil {
			return fmt.Errorf("registering the node: %w", err)
		}
	}
	// One read: every key of the fleet at one revision, so that a
	// placement and the job messages written with it are seen together.
	all, err := n.client.Get(ctx, n.prefix+"/", clientv3.WithPrefix())
	if err != nil {
		return fmt.Errorf("reading the fleet: %w", err)
	}
	v := parseView(n.prefix, n.name, all.Kvs, time.Now())
	n.mu.Lock()
	wasConnected := n.connected
	n.view, n.connected, n.lastErr, n.joined = v, true, "", true
	if changed {
		n.registered = string(rec)
	}
	n.mu.Unlock()
	if !wasConnected {
		n.log.Info("connected to the fleet", logkey.Count, len(v.nodes))
	}
	return nil
}

// decision is what the node does about one scale set on this tick.
type decision int

const (
	keep decision = iota
	campaign
	resign
	lost
)

// decideSeat decides for one scale set from the node's view: a leader
// whose key is gone lost it; a leader that is not in order (its backend
// cannot run runners while another node's can), or that leads more than
// its fair share (overShare) and is not the preferred node, hands over
// once a node of order (the preferred node) queues and it led for
// MinLead; a follower campaigns at once when it is the preferred node, or
// after rank steps without a leader, and never when it is not in order.
func decideSeat(me string, order []string, cands []candidate, st *seat, overShare bool, viewAt time.Time, noLeaderFor, step, minLead time.Duration, now time.Time) decision {
	if st.term != nil {
		if !viewAt.After(st.since) {
			// The view was read before the node won: it cannot show it.
			return keep
		}
		if len(cands) == 0 || cands[0].key != st.term.Key || cands[0].rev != st.term.Rev {
			return lost
		}
		// A leader whose backend cannot run runners hands the scale set to
		// a node that can, once one has queued.
		if len(order) > 0 && !slices.Contains(order, me) && now.Sub(st.since) >= minLead &&
			slices.ContainsFunc(cands, func(c candidate) bool { return slices.Contains(order, c.node) }) {
			return resign
		}
		if overShare && len(order) > 0 && order[0] != me && now.Sub(st.since) >= minLead &&
			slices.ContainsFunc(cands, func(c candidate) bool { return c.node == order[0] }) {
			return resign
		}
		return keep
	}
	if st.campaigning {
		return keep
	}
	r := rankOf(order, me)
	switch {
	case r == 0:
		return campaign
	case r > 0 && len(cands) == 0 && noLeaderFor >= time.Duration(r)*step:
		return campaign
	}
	return keep
}

// decide applies decideSeat to every scale set the node serves.
func (n *Node) decide(sess *concurrency.Session) {
	now := time.Now()
	var changed []string
	n.mu.Lock()
	if n.leaving {
		n.mu.Unlock()
		return
	}
	serving, capable := map[string][]string{}, map[string][]string{}
	for _, r := range n.view.nodes {
		for _, s := range r.ScaleSets {
			serving[s.Name] = append(serving[s.Name], r.Node)
			if s.Capacity > 0 {
				capable[s.Name] = append(capable[s.Name], r.Node)
			}
		}
	}
	// The node serves its scale sets even before it reads its own record.
	for name := range n.seats {
		if !slices.Contains(serving[name], n.name) {
			serving[name] = append(serving[name], n.name)
		}
	}
	// A scale set's leadership goes to the nodes whose backend can run its
	// runners (an offer of capacity 0 says the backend is down): only when
	// none can do all the nodes that serve it stay in the running.
	orders := ranking(serving)
	n.capable = ranking(capable)
	for s, nodes := range n.capable {
		orders[s] = nodes
	}
	// A node hands scale sets over only while it leads more than its
	// fair share, so that a node coming back does not take leaderships
	// from a fleet that is already balanced.
	nodes := map[string]bool{n.name: true}
	for _, r := range n.view.nodes {
		nodes[r.Node] = true
	}
	fair := (len(serving) + len(nodes) - 1) / len(nodes)
	leading := 0
	for _, st := range n.seats {
		if st.term != nil {
			leading++
		}
	}
	names := make([]string, 0, len(n.seats))
	for name := range n.seats {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		st := n.seats[name]
		cands := n.view.candidates[name]
		if len(cands) > 0 {
			delete(n.noLeader, name)
		} else if _, ok := n.noLeader[name]; !ok {
			n.noLeader[name] = now
		}
		switch decideSeat(n.name, orders[name], cands, st, leading > fair, n.view.at, now.Sub(n.noLeader[name]), n.timing.CampaignStep, n.timing.MinLead, now) {
		case campaign:
			n.campaignLocked(sess, name, st)
		case lost:
			n.log.Warn("lost the leadership of a scale set: its election key is gone", logkey.ScaleSet, name)
			st.term, st.election = nil, nil
			n.changes++
			changed = append(changed, name)
		case resign:
			n.log.Info("handing the scale set to the node preferred for it", logkey.ScaleSet, name, logkey.Target, orders[name][0])
			leading--
			e := st.election
			st.term, st.election = nil, nil
			n.changes++
			changed = append(changed, name)
			go func() {
				ctx, cancel := context.WithTimeout(n.ctx, n.ttl)
				defer cancel()
				_ = e.Resign(ctx)
			}()
		}
	}
	n.mu.Unlock()
	for _, s := range changed {
		n.notify(s)
	}
}

// campaignLocked starts a campaign for scaleSet in the background; the
// node leads once it returns.
func (n *Node) campaignLocked(sess *concurrency.Session, scaleSet string, st *seat) {
	ctx, cancel := context.WithCancel(n.ctx)
	st.campaigning, st.cancel = true, cancel
	e := concurrency.NewElection(sess, n.electionPrefix(scaleSet))
	go func() {
		err := e.Campaign(ctx, n.name)
		cancel()
		n.mu.Lock()
		if n.seats[scaleSet] != st || !st.campaigning || st.cancel == nil {
			n.mu.Unlock()
			return
		}
		st.campaigning, st.cancel = false, nil
		if err != nil || n.sess != sess || n.leaving || !time.Now().Before(n.deadline) {
			n.mu.Unlock()
			if err == nil {
				rctx, rcancel := context.WithTimeout(context.Background(), time.Second)
				_ = e.Resign(rctx)
				rcancel()
			}
			return
		}
		st.election = e
		st.term = &Term{ScaleSet: scaleSet, Key: e.Key(), Rev: e.Rev(), Lease: sess.Lease()}
		st.since = time.Now()
		n.changes++
		n.mu.Unlock()
		n.log.Info("leading the scale set", logkey.ScaleSet, scaleSet)
		n.notify(scaleSet)
	}()
}
