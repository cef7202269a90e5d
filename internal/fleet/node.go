// Package fleet makes a daemon one node of a fleet coordinated through
// etcd: it registers the node under a lease with its capacity and load per
// scale set, elects one leader per scale set (spread over the nodes), and
// fences every leader-only write by the election key, so that a leader
// that lost its lease (frozen, partitioned) can never write again. The
// daemon asks Leading before every leader action; the node answers false
// as soon as its lease may have expired, before etcd can elect another
// leader.
package fleet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math"
	"sort"
	"sync"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"
	"go.etcd.io/etcd/client/v3/concurrency"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/messages"
)

// ScaleSet is what a node offers for one scale set.
type ScaleSet struct {
	Name     string `json:"name"`
	Backend  string `json:"backend"`
	Capacity int    `json:"capacity"`
	Load     int    `json:"load"`
	// Warm counts the node's ready warm environments for the scale set.
	Warm int `json:"warm,omitempty"`
}

// Timing holds the node's intervals; tests shorten them.
type Timing struct {
	// Tick is how often the node reads the fleet and decides.
	Tick time.Duration
	// CampaignStep is how long the node of rank r waits for a leader
	// before it campaigns itself: r steps.
	CampaignStep time.Duration
	// MinLead is how long a leader leads before it hands a scale set to
	// the node preferred for it.
	MinLead time.Duration
	// Retry is the first wait before connecting again after a failure.
	Retry time.Duration
}

// DefaultTiming is the production timing.
func DefaultTiming() Timing {
	return Timing{Tick: 500 * time.Millisecond, CampaignStep: 2 * time.Second, MinLead: 5 * time.Second, Retry: 500 * time.Millisecond}
}

// Options configures a node.
type Options struct {
	// Cluster is the configuration's cluster section.
	Cluster *config.Cluster
	// Password is the etcd user's password ("" without a user).
	Password string
	// ScaleSets are the scale sets this node serves.
	ScaleSets []ScaleSet
	// Logger is the daemon's logger.
	Logger *slog.Logger
	// OnChange is called, from no lock, when the node's leadership of a
	// scale set, or the current placement of its runners, may have
	// changed.
	OnChange func(scaleSet string)
	// OnMessage is called, from no lock, with each job message the leader
	// of a scale set forwarded to this node (*messages.JobStarted or
	// *messages.JobCompleted), in the order the leader sent them.
	OnMessage func(scaleSet string, msg any)
	// Timing overrides DefaultTiming (tests); zero fields keep defaults.
	Timing Timing
}

// ErrNotLeader is returned by a fenced write that etcd refused: the node
// no longer holds the leadership the write was fenced on.
var ErrNotLeader = errors.New("not the leader of the scale set: the write was refused")

// Term is one leadership: the election key, its creation revision and the
// lease it lives on. Every leader write is fenced on it.
type Term struct {
	ScaleSet string
	Key      string
	Rev      int64
	Lease    clientv3.LeaseID
}

// seat is the node's election state for one scale set.
type seat struct {
	campaigning bool
	cancel      context.CancelFunc
	election    *concurrency.Election
	term        *Term // non-nil while elected
	since       time.Time
}

// Node is one daemon's membership of the fleet.
type Node struct {
	opts   Options
	name   string
	prefix string
	ttl    time.Duration
	timing Timing
	client *clientv3.Client
	log    *slog.Logger
	ctx    context.Context
	cancel context.CancelFunc
	done   chan struct{}
	regs   *Registrations
	placer *placer

	mu         sync.Mutex
	sess       *concurrency.Session
	deadline   time.Time // the lease is surely alive until then
	connected  bool
	lastErr    string
	seats      map[string]*seat
	offer      []ScaleSet
	registered string // the node record last written
	view       view
	noLeader   map[string]time.Time
	capable    map[string][]string // per scale set, the capable nodes in order
	followed   map[string]messages.Placement
	delivered  map[string]bool // inbox keys handed to the scale sets
	changes    int
	leaving    bool
	abandon    bool
	joined     bool // connected once, or failed to
	closeOnce  sync.Once
}

// Start connects to etcd (without waiting for it: an unreachable etcd is a
// state the node reports and recovers from) and starts the node.
func Start(o Options) (*Node, error) {
	c := o.Cluster
	if c == nil {
		return nil, errors.New("no cluster section")
	}
	cc, err := clientConfig(c, o.Password)
	if err != nil {
		return nil, err
	}
	client, err := clientv3.New(cc)
	if err != nil {
		return nil, fmt.Errorf("etcd client: %w", err)
	}
	t := DefaultTiming()
	if o.Timing.Tick > 0 {
		t.Tick = o.Timing.Tick
	}
	if o.Timing.CampaignStep > 0 {
		t.CampaignStep = o.Timing.CampaignStep
	}
	if o.Timing.MinLead > 0 {
		t.MinLead = o.Timing.MinLead
	}
	if o.Timing.Retry > 0 {
		t.Retry = o.Timing.Retry
	}
	logger := o.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := &Node{
		opts: o, name: c.NodeName, prefix: c.Prefix, ttl: c.LeaseTTL.D(), timing: t, client: client,
		log: logger.With(logkey.Node, c.NodeName), ctx: ctx, cancel: cancel, done: make(chan struct{}),
		seats: map[string]*seat{}, offer: append([]ScaleSet(nil), o.ScaleSets...), noLeader: map[string]time.Time{},
		capable: map[string][]string{}, followed: map[string]messages.Placement{}, delivered: map[string]bool{},
	}
	for _, s := range o.ScaleSets {
		n.seats[s.Name] = &seat{}
	}
	n.regs = newRegistrations(n)
	n.placer = newPlacer(n)
	go n.run()
	go n.regs.run()
	go n.placer.run()
	return n, nil
}

// Name is the node's name.
func (n *Node) Name() string { return n.name }

// ttlSeconds is the lease TTL in whole seconds, rounded up.
func (n *Node) ttlSeconds() int64 { return int64(math.Ceil(n.ttl.Seconds())) }

func (n *Node) key(parts ...string) string {
	k := n.prefix
	for _, p := range parts {
		k += "/" + p
	}
	return k
}

// run keeps the node in the fleet: it takes a lease, registers, and runs
// the decision loop until the lease is lost, then starts over.
func (n *Node) run() {
	defer close(n.done)
	wait := n.timing.Retry
	for n.ctx.Err() == nil {
		err := n.serve()
		if n.ctx.Err() != nil {
			return
		}
		n.setDisconnected(err)
		select {
		case <-n.ctx.Done():
			return
		case <-time.After(wait):
		}
		if err != nil {
			wait = min(wait*2, n.ttl)
		} else {
			wait = n.timing.Retry
		}
	}
}

// serve runs one lease's life: it returns when the lease is lost (nil
// after a lease that was held) or could not be had.
func (n *Node) serve() error {
	sent := time.Now()
	gctx, cancel := context.WithTimeout(n.ctx, n.ttl)
	grant, err := n.client.Grant(gctx, n.ttlSeconds())
	cancel()
	if err != nil {
		return fmt.Errorf("granting a lease: %w", err)
	}
	sess, err := concurrency.NewSession(n.client, concurrency.WithLease(grant.ID), concurrency.WithContext(n.ctx))
	if err != nil {
		return fmt.Errorf("starting the etcd session: %w", err)
	}
	n.mu.Lock()
	n.sess, n.deadline = sess, sent.Add(time.Duration(grant.TTL)*time.Second)
	n.registered = ""
	n.mu.Unlock()
	n.log.Info("joined the fleet", logkey.Lease, fmt.Sprintf("%x", grant.ID), logkey.Wait, n.ttl)
	defer n.endSession(sess)
	stopWatchdog := make(chan struct{})
	defer close(stopWatchdog)
	go n.watchdog(sess, stopWatchdog)

	tick := time.NewTicker(n.timing.Tick)
	defer tick.Stop()
	var lastRenew time.Time
	for {
		if time.Since(lastRenew) >= n.ttl/3 {
			lastRenew = time.Now()
			renewed, err := n.renew(sess)
			if err != nil {
				return err
			}
			if !renewed {
				// Try again on the next tick, not a third of the TTL
				// later: the deadline runs meanwhile.
				lastRenew = time.Time{}
			}
		}
		if !n.alive(sess) {
			return errors.New("the lease expired before it was renewed")
		}
		if err := n.refresh(sess); err != nil {
			n.noteError(err)
		}
		n.decide(sess)
		n.followPlacements()
		select {
		case <-n.ctx.Done():
			return nil
		case <-sess.Done():
			return errors.New("the etcd session ended (lease lost)")
		case <-tick.C:
		}
	}
}

// watchdog tells the scale sets the moment the lease may have expired
// unrenewed, without waiting for the decision loop (which may be stuck
// in a call to an etcd that does not answer): they ask Leading again and
// hear false.
func (n *Node) watchdog(sess *concurrency.Session, stop <-chan struct{}) {
	for {
		n.mu.Lock()
		wait := time.Until(n.deadline)
		n.mu.Unlock()
		select {
		case <-stop:
			return
		case <-time.After(wait + time.Millisecond):
		}
		if n.alive(sess) {
			continue // renewed meanwhile
		}
		var leading []string
		n.mu.Lock()
		for name, st := range n.seats {
			if st.term != nil {
				leading = append(leading, name)
			}
		}
		n.mu.Unlock()
		sort.Strings(leading)
		for _, s := range leading {
			n.log.Warn("the etcd lease may have expired unrenewed; no longer leading", logkey.ScaleSet, s)
			n.notify(s)
		}
		return
	}
}

// renew renews the lease once and moves the deadline to the time the
// renewal was sent plus the TTL granted: a conservative bound, since etcd
// counts the TTL from when it received the renewal.
//
// A renewal counts only when a quorum read made after it answers in the
// same raft term. With etcd 3.4.23, a node whose etcd member had been
// frozen got a renewal answered, when the member woke, for a lease the
// rest of etcd had already expired, and believed it led next to its
// successor; most likely the member still thought it was etcd's leader
// and renewed on its own (compare etcd-io/etcd#15247). Such a member
// cannot serve the quorum read until it has heard of the newer term.
// It reports whether the lease was renewed; an error means it is gone.
func (n *Node) renew(sess *concurrency.Session) (bool, error) {
	sent := time.Now()
	ctx, cancel := context.WithTimeout(n.ctx, max(n.ttl/3, time.Second))
	defer cancel()
	resp, err := n.client.KeepAliveOnce(ctx, sess.Lease())
	switch {
	case errors.Is(err, rpcLeaseNotFound()):
		return false, errors.New("the lease expired")
	case err != nil:
		n.noteError(fmt.Errorf("renewing the lease: %w", err))
		return false, nil
	case resp.TTL <= 0:
		return false, errors.New("the lease expired")
	}
	read, err := n.client.Get(ctx, n.key("nodes", n.name), clientv3.WithCountOnly())
	if err != nil {
		n.noteError(fmt.Errorf("confirming the lease renewal: %w", err))
		return false, nil
	}
	if resp.ResponseHeader == nil || read.Header.RaftTerm != resp.ResponseHeader.RaftTerm {
		n.log.Debug("a lease renewal answered in an older etcd term is not trusted",
			logkey.From, resp.ResponseHeader.GetRaftTerm(), logkey.To, read.Header.RaftTerm)
		return false, nil
	}
	n.mu.Lock()
	if d := sent.Add(time.Duration(resp.TTL) * time.Second); d.After(n.deadline) {
		n.deadline = d
	}
	n.mu.Unlock()
	return true, nil
}

// alive reports whether sess is current and its lease surely alive.
func (n *Node) alive(sess *concurrency.Session) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.sess == sess && time.Now().Before(n.deadline)
}

// endSession steps down from every leadership of a lost or closed
// session: the scale sets hear of it before anything else happens.
func (n *Node) endSession(sess *concurrency.Session) {
	var lost []string
	n.mu.Lock()
	for name, st := range n.seats {
		if st.cancel != nil {
			st.cancel()
			st.cancel = nil
		}
		st.campaigning = false
		if st.term != nil {
			lost = append(lost, name)
			st.term, st.election = nil, nil
			n.changes++
		}
	}
	if n.sess == sess {
		n.sess = nil
		n.connected = false
	}
	leaving := n.leaving
	n.mu.Unlock()
	sort.Strings(lost)
	for _, s := range lost {
		if leaving {
			n.log.Info("stepped down from leading the scale set: the node leaves the fleet", logkey.ScaleSet, s)
		} else {
			n.log.Warn("lost the leadership of a scale set with the etcd lease", logkey.ScaleSet, s)
		}
		n.notify(s)
	}
	// A lease that is still alive (shutdown) is revoked, so that the
	// others take over at once; a lost one is gone already.
	n.mu.Lock()
	abandon := n.abandon
	n.mu.Unlock()
	if !abandon {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_, _ = n.client.Revoke(ctx, sess.Lease())
	}
	sess.Orphan()
}

func (n *Node) notify(scaleSet string) {
	if n.opts.OnChange != nil {
		n.opts.OnChange(scaleSet)
	}
}

func (n *Node) noteError(err error) {
	n.mu.Lock()
	n.lastErr, n.joined = err.Error(), true
	wasConnected := n.connected
	n.connected = false
	n.mu.Unlock()
	if wasConnected {
		n.log.Warn("etcd does not answer; running jobs go on, leaderships last until the lease would expire", logkey.Error, err)
	}
}

func (n *Node) setDisconnected(err error) {
	n.mu.Lock()
	was := n.connected || n.lastErr == ""
	n.connected = false
	if err != nil {
		n.lastErr, n.joined = err.Error(), true
	}
	n.mu.Unlock()
	if was && err != nil {
		n.log.Warn("out of the fleet; retrying", logkey.Error, err)
	}
}

// Leading reports whether the node leads scaleSet now: elected, on a lease
// that is surely alive. It never blocks on etcd.
func (n *Node) Leading(scaleSet string) bool {
	_, ok := n.CurrentTerm(scaleSet)
	return ok
}

// CurrentTerm returns the node's leadership of scaleSet, if it leads it.
func (n *Node) CurrentTerm(scaleSet string) (Term, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	st := n.seats[scaleSet]
	if st == nil || st.term == nil || n.sess == nil || !time.Now().Before(n.deadline) {
		return Term{}, false
	}
	return *st.term, true
}

// Connected reports whether the node holds a live lease and reads the
// fleet.
func (n *Node) Connected() bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.connected && n.sess != nil && time.Now().Before(n.deadline)
}

// Joined reports whether the node has tried etcd yet: it connected once,
// or failed to.
func (n *Node) Joined() bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.joined
}

// SetLoad updates what the node offers per scale set (capacity and load);
// the node record is rewritten on the next tick when it changed. A scale
// set new to the node (added by a reload) is campaigned for; one it no
// longer serves is resigned.
func (n *Node) SetLoad(sets []ScaleSet) {
	var gone []string
	n.mu.Lock()
	n.offer = append([]ScaleSet(nil), sets...)
	keep := map[string]bool{}
	for _, s := range sets {
		keep[s.Name] = true
		if n.seats[s.Name] == nil {
			n.seats[s.Name] = &seat{}
		}
	}
	for name, st := range n.seats {
		if keep[name] {
			continue
		}
		if st.cancel != nil {
			st.cancel()
		}
		if st.term != nil {
			e := st.election
			go func() {
				ctx, cancel := context.WithTimeout(n.ctx, n.ttl)
				defer cancel()
				_ = e.Resign(ctx)
			}()
			n.changes++
			gone = append(gone, name)
		}
		delete(n.seats, name)
	}
	n.mu.Unlock()
	for _, s := range gone {
		n.notify(s)
	}
}

// Close leaves the fleet: it stops campaigning, steps down from every
// leadership and revokes the lease, so that other nodes take over at once.
// It may be called more than once.
func (n *Node) Close() { n.stop(false) }

// Abandon stops the node as a crash would: the lease is left to expire
// (tests of crash recovery).
func (n *Node) Abandon() { n.stop(true) }

func (n *Node) stop(abandon bool) {
	n.closeOnce.Do(func() {
		n.mu.Lock()
		n.leaving, n.abandon = true, abandon
		n.mu.Unlock()
		n.cancel()
		<-n.done
		<-n.regs.done
		<-n.placer.done
		_ = n.client.Close()
	})
}

// Status returns the node's view of the fleet.
func (n *Node) Status() messages.FleetStatus {
	n.mu.Lock()
	defer n.mu.Unlock()
	st := messages.FleetStatus{Node: n.name, LeaseTTL: n.ttl, Leaders: map[string]string{}, LeaderChanges: n.changes,
		Connected: n.connected && n.sess != nil && time.Now().Before(n.deadline)}
	if !st.Connected {
		st.Error = n.lastErr
	}
	for _, rec := range n.view.nodes {
		fn := messages.FleetNode{Name: rec.Node}
		for _, s := range rec.ScaleSets {
			fn.ScaleSets = append(fn.ScaleSets, messages.FleetScaleSet{Name: s.Name, Backend: s.Backend, Capacity: s.Capacity, Load: s.Load})
		}
		st.Nodes = append(st.Nodes, fn)
	}
	sort.Slice(st.Nodes, func(a, b int) bool { return st.Nodes[a].Name < st.Nodes[b].Name })
	for name := range n.seats {
		st.Leaders[name] = ""
		if c := n.view.candidates[name]; len(c) > 0 {
			st.Leaders[name] = c[0].node
		}
	}
	for name, c := range n.view.candidates {
		if len(c) > 0 {
			st.Leaders[name] = c[0].node
		}
	}
	for name, s := range n.seats {
		if s.term != nil && st.Connected {
			// The node knows its own win before its next read shows it.
			st.Leading = append(st.Leading, name)
			st.Leaders[name] = n.name
			if st.Terms == nil {
				st.Terms = map[string]int64{}
			}
			st.Terms[name] = s.term.Rev
		}
	}
	sort.Strings(st.Leading)
	for name, p := range n.view.placements {
		if n.currentLocked(name, p) && len(p.Shares) > 0 {
			if st.Placements == nil {
				st.Placements = map[string]map[string]int{}
			}
			st.Placements[name] = maps.Clone(p.Shares)
		}
	}
	return st
}
