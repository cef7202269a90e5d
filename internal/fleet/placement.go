package fleet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"sort"
	"sync"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"

	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/messages"
)

// maxTxnOps keeps a transaction under etcd's default limit of 128
// operations.
const maxTxnOps = 100

// placementKey holds a scale set's placement: its runners per node, as
// its leader decided (fenced, outside any lease, so that the next leader
// starts from it).
func (n *Node) placementKey(scaleSet string) string {
	return n.key("scalesets", scaleSet, "placement")
}

// inboxPrefix is where the leader of scaleSet leaves job messages for the
// runners of node, under node's lease.
func (n *Node) inboxPrefix(scaleSet, node string) string {
	return n.key("scalesets", scaleSet, "inbox", node)
}

// envelope is a job message on its way from a scale set's leader to the
// node that runs the runner it names.
type envelope struct {
	Started   *messages.JobStarted   `json:"started,omitempty"`
	Completed *messages.JobCompleted `json:"completed,omitempty"`
}

// inboxEntry is an envelope for this node, as read.
type inboxEntry struct {
	key      string
	rev      int64
	scaleSet string
	msg      any
}

// open returns the envelope's message, or nil for one it does not know.
func (e envelope) open() any {
	switch {
	case e.Started != nil:
		return e.Started
	case e.Completed != nil:
		return e.Completed
	}
	return nil
}

// Peers returns the other nodes that can run scaleSet's runners (an offer
// of capacity above 0), in the fleet's order for it, with what they offer.
func (n *Node) Peers(scaleSet string) []messages.FleetPeer {
	n.mu.Lock()
	defer n.mu.Unlock()
	var out []messages.FleetPeer
	for _, node := range n.capable[scaleSet] {
		if node == n.name {
			continue
		}
		for _, s := range n.view.nodes[node].ScaleSets {
			if s.Name == scaleSet && s.Capacity > 0 {
				out = append(out, messages.FleetPeer{Node: node, Capacity: s.Capacity, Load: s.Load, Warm: s.Warm})
			}
		}
	}
	return out
}

// Placement returns the placement last read for scaleSet, and whether it
// is current: placed by the node that leads the scale set now (or, while
// no node leads it, by the last leader, for at most two lease TTLs, so
// that a failover does not retire the runners it will want again). A
// node out of touch with etcd has no current placement.
func (n *Node) Placement(scaleSet string) (messages.Placement, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	p, ok := n.view.placements[scaleSet]
	return p, ok && n.currentLocked(scaleSet, p)
}

func (n *Node) currentLocked(scaleSet string, p messages.Placement) bool {
	if !n.connected || n.sess == nil || !time.Now().Before(n.deadline) {
		return false
	}
	if c := n.view.candidates[scaleSet]; len(c) > 0 {
		return c[0].node == p.Leader
	}
	since, ok := n.noLeader[scaleSet]
	return ok && time.Since(since) < 2*n.ttl
}

// Owner returns the node whose registration record names runner, "" when
// none does.
func (n *Node) Owner(scaleSet, runner string) string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.view.owners[scaleSet][runner]
}

// Place publishes the leader's placement of scaleSet's runners; it returns
// at once and is written behind, fenced on the leadership.
func (n *Node) Place(scaleSet string, p messages.Placement) {
	n.placer.queue(scaleSet, func(w *pendingWrites) { w.placement = &p })
}

// Forward leaves a job message (*messages.JobStarted or
// *messages.JobCompleted) for node, which runs the runner it names; it
// returns at once and is written behind, fenced on the leadership, in
// order with the placements.
func (n *Node) Forward(scaleSet, node string, msg any) {
	var e envelope
	switch m := msg.(type) {
	case *messages.JobStarted:
		e.Started = m
	case *messages.JobCompleted:
		e.Completed = m
	default:
		return
	}
	n.placer.queue(scaleSet, func(w *pendingWrites) { w.forwards = append(w.forwards, forward{node: node, env: e}) })
}

type forward struct {
	node string
	env  envelope
}

// pendingWrites are a scale set's leader writes not yet in etcd.
type pendingWrites struct {
	placement *messages.Placement
	forwards  []forward
}

// placer writes the leaders' placements and forwarded job messages behind
// the scale sets, one fenced transaction per scale set and round.
type placer struct {
	n    *Node
	mu   sync.Mutex
	todo map[string]*pendingWrites
	// written is the last placement written per scale set.
	written map[string]messages.Placement
	seq     uint64
	wake    chan struct{}
	done    chan struct{}
}

func newPlacer(n *Node) *placer {
	return &placer{n: n, todo: map[string]*pendingWrites{}, written: map[string]messages.Placement{},
		wake: make(chan struct{}, 1), done: make(chan struct{})}
}

func (p *placer) queue(scaleSet string, f func(*pendingWrites)) {
	p.mu.Lock()
	w := p.todo[scaleSet]
	if w == nil {
		w = &pendingWrites{}
		p.todo[scaleSet] = w
	}
	f(w)
	p.mu.Unlock()
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// run writes until the node closes; a write etcd did not answer stays
// pending and is tried again, one it refused (the node no longer leads)
// is dropped.
func (p *placer) run() {
	defer close(p.done)
	var retry <-chan time.Time
	for {
		select {
		case <-p.n.ctx.Done():
			return
		case <-p.wake:
		case <-retry:
		}
		retry = nil
		p.mu.Lock()
		todo := p.todo
		p.todo = map[string]*pendingWrites{}
		p.mu.Unlock()
		names := make([]string, 0, len(todo))
		for s := range todo {
			names = append(names, s)
		}
		sort.Strings(names)
		for _, s := range names {
			if err := p.write(s, todo[s]); err != nil {
				p.n.log.Debug("cannot write the placement or job messages of a scale set; retrying", logkey.ScaleSet, s, logkey.Error, err)
				p.requeue(s, todo[s])
				retry = time.After(p.n.timing.Retry)
			}
		}
	}
}

// requeue puts back writes that failed in front of any queued since.
func (p *placer) requeue(scaleSet string, w *pendingWrites) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if cur := p.todo[scaleSet]; cur != nil {
		if cur.placement == nil {
			cur.placement = w.placement
		}
		cur.forwards = append(w.forwards, cur.forwards...)
		return
	}
	p.todo[scaleSet] = w
}

// write writes one scale set's pending writes, fenced on its leadership.
func (p *placer) write(scaleSet string, w *pendingWrites) error {
	t, ok := p.n.CurrentTerm(scaleSet)
	if !ok {
		p.n.log.Debug("no longer leading; dropping the scale set's placement and job messages", logkey.ScaleSet, scaleSet, logkey.Count, len(w.forwards))
		return nil
	}
	// Each operation remembers what it writes, so that a failure leaves
	// exactly the rest pending.
	type item struct {
		op  clientv3.Op
		fwd *forward // nil for the placement
	}
	var items []item
	if w.placement != nil {
		if prev, ok := p.written[scaleSet]; !ok || !samePlacement(prev, *w.placement) {
			b, err := json.Marshal(w.placement)
			if err != nil {
				return fmt.Errorf("encoding the placement: %w", err)
			}
			items = append(items, item{op: clientv3.OpPut(p.n.placementKey(scaleSet), string(b))})
		}
	}
	p.n.mu.Lock()
	leases := maps.Clone(p.n.view.leases)
	p.n.mu.Unlock()
	for i := range w.forwards {
		f := &w.forwards[i]
		lease, ok := leases[f.node]
		if !ok {
			p.n.log.Debug("a job message's node left the fleet; dropping it", logkey.ScaleSet, scaleSet, logkey.Node, f.node)
			continue
		}
		b, err := json.Marshal(f.env)
		if err != nil {
			return fmt.Errorf("encoding a job message: %w", err)
		}
		p.seq++
		key := fmt.Sprintf("%s/%016x-%08x-%s", p.n.inboxPrefix(scaleSet, f.node), time.Now().UnixNano(), p.seq, p.n.name)
		items = append(items, item{op: clientv3.OpPut(key, string(b), clientv3.WithLease(lease)), fwd: f})
	}
	for len(items) > 0 {
		chunk := items[:min(len(items), maxTxnOps)]
		ops := make([]clientv3.Op, 0, len(chunk))
		for _, it := range chunk {
			ops = append(ops, it.op)
		}
		err := p.n.Fenced(p.n.ctx, t, nil, ops...)
		if errors.Is(err, ErrNotLeader) {
			p.n.log.Debug("the fleet refused the placement: no longer leading", logkey.ScaleSet, scaleSet)
			return nil
		}
		if err != nil {
			// What was written is written; the rest stays pending.
			rest := &pendingWrites{}
			for _, it := range items {
				if it.fwd == nil {
					rest.placement = w.placement
				} else {
					rest.forwards = append(rest.forwards, *it.fwd)
				}
			}
			*w = *rest
			return err
		}
		if chunk[0].fwd == nil {
			p.written[scaleSet] = *w.placement
		}
		items = items[len(chunk):]
	}
	return nil
}

// samePlacement reports whether two placements say the same.
func samePlacement(a, b messages.Placement) bool {
	return a.ScaleSetID == b.ScaleSetID && a.Leader == b.Leader && maps.Equal(a.Shares, b.Shares)
}

// followPlacements tells the scale sets whose current placement changed
// since the last tick, and delivers this node's job messages, in the
// order the leader wrote them, then deletes them.
func (n *Node) followPlacements() {
	var changed []string
	n.mu.Lock()
	for name := range n.seats {
		p, ok := n.view.placements[name]
		cur := ok && n.currentLocked(name, p)
		prev, had := n.followed[name]
		switch {
		case cur && (!had || !samePlacement(prev, p)):
			n.followed[name] = p
			changed = append(changed, name)
		case !cur && had:
			delete(n.followed, name)
			changed = append(changed, name)
		}
	}
	var deliver []inboxEntry
	present := map[string]bool{}
	for _, e := range n.view.inbox {
		present[e.key] = true
		if !n.delivered[e.key] {
			n.delivered[e.key] = true
			deliver = append(deliver, e)
		}
	}
	for k := range n.delivered {
		if !present[k] {
			delete(n.delivered, k)
		}
	}
	n.mu.Unlock()
	sort.Strings(changed)
	for _, s := range changed {
		n.notify(s)
	}
	if len(deliver) == 0 {
		return
	}
	keys := make([]string, 0, len(deliver))
	for _, e := range deliver {
		if n.opts.OnMessage != nil {
			n.opts.OnMessage(e.scaleSet, e.msg)
		}
		keys = append(keys, e.key)
	}
	ctx, cancel := context.WithTimeout(n.ctx, writeTimeout)
	defer cancel()
	for len(keys) > 0 {
		chunk := keys[:min(len(keys), maxTxnOps)]
		ops := make([]clientv3.Op, 0, len(chunk))
		for _, k := range chunk {
			ops = append(ops, clientv3.OpDelete(k))
		}
		if _, err := n.client.Txn(ctx).Then(ops...).Commit(); err != nil {
			// Left in place; the next read skips what was delivered.
			n.log.Debug("cannot delete delivered job messages", logkey.Error, err)
			return
		}
		keys = keys[len(chunk):]
	}
}

// PlacementPolicy is the cluster's placement: config.PlacementSpread or
// config.PlacementPack.
func (n *Node) PlacementPolicy() string { return n.opts.Cluster.Placement }

// Size is the number of live nodes the node last read, itself included.
func (n *Node) Size() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	size := len(n.view.nodes)
	if _, ok := n.view.nodes[n.name]; !ok {
		size++
	}
	return size
}
