package fleet

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/journal"
	"github.com/outrunner/outrunner/internal/testutil/etcdtest"
	"github.com/outrunner/outrunner/internal/testutil/testwait"
)

// testTTL is the lease TTL of the tests' nodes; etcd's own minimum with
// the test members' election timeout is 2 s.
const testTTL = 3 * time.Second

// takeoverWithin bounds a failover: the lease runs out, and a change of
// etcd's own raft leader may renew it once more.
//
// The failover test freezes the leader's etcd member, which may be etcd's
// raft leader: once thawed it can answer a lease renewal on its own,
// which the node must not trust (see Node.renew).
const takeoverWithin = 2*testTTL + 5*time.Second

var testTiming = Timing{Tick: 100 * time.Millisecond, CampaignStep: 300 * time.Millisecond, MinLead: time.Second, Retry: 100 * time.Millisecond}

// startNode starts a node on endpoints serving scaleSets; it is closed
// when the test ends.
func startNode(t *testing.T, name string, endpoints []string, scaleSets ...string) *Node {
	t.Helper()
	var sets []ScaleSet
	for _, s := range scaleSets {
		sets = append(sets, ScaleSet{Name: s, Backend: "sim", Capacity: 2})
	}
	n, err := Start(Options{
		Cluster: &config.Cluster{Endpoints: endpoints, Prefix: "/test", NodeName: name, LeaseTTL: config.Duration(testTTL),
			DialTimeout: config.Duration(time.Second), Placement: config.PlacementSpread},
		ScaleSets: sets,
		Timing:    testTiming,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Close)
	return n
}

// leaders returns the nodes that say they lead scaleSet.
func leaders(scaleSet string, nodes ...*Node) []*Node {
	var out []*Node
	for _, n := range nodes {
		if n.Leading(scaleSet) {
			out = append(out, n)
		}
	}
	return out
}

// watchDoubleLeadership samples the nodes until the test ends and fails
// it if two nodes ever lead scaleSet at once. Each round reads every
// node's term, then every node's term again: a node with the same term in
// both reads led all along between them, and two such nodes overlapped
// (reading the nodes one after the other could otherwise catch a leader
// just before it stepped down and its successor just after it won).
func watchDoubleLeadership(t *testing.T, scaleSet string, nodes ...*Node) {
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
			}
			first := make([]Term, len(nodes))
			held := make([]bool, len(nodes))
			for i, n := range nodes {
				first[i], held[i] = n.CurrentTerm(scaleSet)
			}
			var both []string
			for i, n := range nodes {
				if t2, ok := n.CurrentTerm(scaleSet); ok && held[i] && t2 == first[i] {
					both = append(both, n.Name())
				}
			}
			if len(both) > 1 {
				t.Errorf("%v lead %s at once (terms %+v)", both, scaleSet, first)
				return
			}
		}
	}()
	t.Cleanup(func() { close(stop); wg.Wait() })
}

func nodeNames(st []string) []string { slices.Sort(st); return st }

func TestIntegrationFleetMembershipFollowsTheLease(t *testing.T) {
	c := etcdtest.Start(t, 3)
	a := startNode(t, "a", []string{c.Endpoint(0)}, "linux")
	b := startNode(t, "b", []string{c.Endpoint(1)}, "linux")
	members := func(n *Node) []string {
		var out []string
		for _, fn := range n.Status().Nodes {
			out = append(out, fn.Name)
		}
		return nodeNames(out)
	}
	testwait.Until(t, 10*time.Second, "both nodes registered", func() bool { return slices.Equal(members(a), []string{"a", "b"}) })
	st := a.Status()
	if !st.Connected || st.Nodes[1].ScaleSets[0].Name != "linux" || st.Nodes[1].ScaleSets[0].Capacity != 2 {
		t.Fatalf("status = %+v", st)
	}
	// b's etcd member freezes: b renews nothing, its lease expires and
	// its record goes.
	c.Freeze(1)
	testwait.Until(t, takeoverWithin, "b gone from the fleet", func() bool { return slices.Equal(members(a), []string{"a"}) })
	testwait.Until(t, time.Second, "b knowing it is out", func() bool { return !b.Connected() })
	c.Thaw(1)
	testwait.Until(t, takeoverWithin, "b back in the fleet", func() bool { return slices.Equal(members(a), []string{"a", "b"}) })
}

func TestIntegrationFleetLeaderFailoverAndFencing(t *testing.T) {
	c := etcdtest.Start(t, 3)
	nodes := []*Node{
		startNode(t, "a", []string{c.Endpoint(0)}, "linux"),
		startNode(t, "b", []string{c.Endpoint(1)}, "linux"),
		startNode(t, "c", []string{c.Endpoint(2)}, "linux"),
	}
	watchDoubleLeadership(t, "linux", nodes...)
	testwait.Until(t, 10*time.Second, "one leader", func() bool { return len(leaders("linux", nodes...)) == 1 })
	old := leaders("linux", nodes...)[0]
	oldIdx := slices.Index(nodes, old)
	term, _ := old.CurrentTerm("linux")
	if err := old.Sessions().Put(journal.Session{ScaleSet: "linux", ScaleSetID: 1, SessionID: "s-old"}); err != nil {
		t.Fatalf("the leader's fenced write: %v", err)
	}

	// Freeze the leader's etcd member: the leader is cut off as by a
	// partition. It must stop leading before anyone else leads.
	frozeAt := time.Now()
	c.Freeze(oldIdx)
	testwait.Until(t, takeoverWithin, "a new leader", func() bool {
		l := leaders("linux", nodes...)
		return len(l) == 1 && l[0] != old
	})
	t.Logf("takeover after %s", time.Since(frozeAt).Round(time.Millisecond))
	next := leaders("linux", nodes...)[0]
	if rec, ok := next.Sessions().Get("linux"); !ok || rec.SessionID != "s-old" {
		t.Fatalf("the new leader reads the session record %+v, %v; want s-old", rec, ok)
	}
	if err := next.Sessions().Put(journal.Session{ScaleSet: "linux", ScaleSetID: 1, SessionID: "s-new"}); err != nil {
		t.Fatalf("the new leader's fenced write: %v", err)
	}
	c.Thaw(oldIdx)
	// The woken node reconnects, as a follower.
	testwait.Until(t, takeoverWithin, "the old leader back", func() bool { return old.Connected() })

	// The deposed leader's write, fenced on the term it held, is refused:
	// nothing it sends after waking changes what the new leader wrote.
	err := old.Fenced(context.Background(), term, nil, clientv3.OpPut("/test/scalesets/linux/session", `{"scale_set":"linux","session_id":"s-stale"}`))
	if !errors.Is(err, ErrNotLeader) {
		t.Fatalf("a deposed leader's write = %v, want ErrNotLeader", err)
	}
	if rec, _ := next.Sessions().Get("linux"); rec.SessionID != "s-new" {
		t.Fatalf("session record = %+v after the stale write, want s-new", rec)
	}
	// The woken node may lead again later, but only by a new election:
	// never on the term it held.
	if now, ok := old.CurrentTerm("linux"); ok && now == term {
		t.Fatalf("the deposed leader still holds its old term %+v", term)
	}
}

func TestIntegrationFleetSpreadsLeaderships(t *testing.T) {
	tests := []struct {
		name  string
		nodes []string
	}{
		{"two nodes", []string{"a", "b"}},
		{"three nodes", []string{"a", "b", "c"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := etcdtest.Start(t, 1)
			var nodes []*Node
			// The first node starts alone and leads both; the others
			// join and the leaderships spread.
			for i, name := range tc.nodes {
				nodes = append(nodes, startNode(t, name, c.Endpoints(), "linux", "windows"))
				if i == 0 {
					testwait.Until(t, 10*time.Second, "the first node leading both", func() bool {
						return nodes[0].Leading("linux") && nodes[0].Leading("windows")
					})
				}
			}
			watchDoubleLeadership(t, "linux", nodes...)
			watchDoubleLeadership(t, "windows", nodes...)
			testwait.Until(t, 20*time.Second, "each scale set led by a different node", func() bool {
				l, w := leaders("linux", nodes...), leaders("windows", nodes...)
				return len(l) == 1 && len(w) == 1 && l[0] != w[0]
			})
			testwait.Until(t, 5*time.Second, "the status naming both leaders", func() bool {
				st := nodes[0].Status()
				return st.Leaders["linux"] == leaders("linux", nodes...)[0].Name() && st.Leaders["windows"] == leaders("windows", nodes...)[0].Name()
			})
		})
	}
}

func TestIntegrationFleetCloseHandsOverAtOnce(t *testing.T) {
	c := etcdtest.Start(t, 1)
	a := startNode(t, "a", c.Endpoints(), "linux")
	testwait.Until(t, 10*time.Second, "a leading", func() bool { return a.Leading("linux") })
	b := startNode(t, "b", c.Endpoints(), "linux")
	testwait.Until(t, 10*time.Second, "b registered", func() bool { return len(a.Status().Nodes) == 2 })
	if !a.Leading("linux") && !b.Leading("linux") {
		t.Fatal("no leader")
	}
	leader, other := a, b
	if b.Leading("linux") {
		leader, other = b, a
	}
	closedAt := time.Now()
	leader.Close()
	testwait.Until(t, testTTL, "the other node leading before the lease would have expired", func() bool { return other.Leading("linux") })
	t.Logf("handed over in %s", time.Since(closedAt).Round(time.Millisecond))
}

func TestIntegrationFleetSurvivesEtcdRestart(t *testing.T) {
	c := etcdtest.Start(t, 1)
	changes := make(chan string, 100)
	n, err := Start(Options{
		Cluster: &config.Cluster{Endpoints: c.Endpoints(), Prefix: "/test", NodeName: "a", LeaseTTL: config.Duration(testTTL),
			DialTimeout: config.Duration(time.Second), Placement: config.PlacementSpread},
		ScaleSets: []ScaleSet{{Name: "linux", Backend: "sim", Capacity: 1}},
		Timing:    testTiming,
		OnChange:  func(s string) { changes <- s },
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Close)
	testwait.Until(t, 10*time.Second, "leading", func() bool { return n.Leading("linux") })
	stoppedAt := time.Now()
	c.Stop(0)
	testwait.Until(t, testTTL+time.Second, "no leadership without etcd", func() bool { return !n.Leading("linux") })
	if since := time.Since(stoppedAt); since > testTTL+500*time.Millisecond {
		t.Errorf("still leading %s after etcd stopped; the lease is %s", since, testTTL)
	}
	testwait.Until(t, time.Second, "the change announced", func() bool { return len(changes) >= 2 })
	st := n.Status()
	if st.Connected || st.Error == "" || len(st.Leading) != 0 {
		t.Errorf("status without etcd = %+v", st)
	}
	c.Restart(0)
	testwait.Until(t, 20*time.Second, "leading again", func() bool { return n.Leading("linux") && n.Connected() })
}
