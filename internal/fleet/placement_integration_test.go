package fleet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/journal"
	"github.com/outrunner/outrunner/internal/testutil/etcdtest"
	"github.com/outrunner/outrunner/internal/testutil/testwait"
	"github.com/outrunner/outrunner/messages"
)

// inbox collects the job messages a node is given.
type inbox struct {
	mu   sync.Mutex
	msgs []string
}

func (b *inbox) add(scaleSet string, msg any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch m := msg.(type) {
	case *messages.JobStarted:
		b.msgs = append(b.msgs, fmt.Sprintf("%s started %s", scaleSet, m.RunnerName))
	case *messages.JobCompleted:
		b.msgs = append(b.msgs, fmt.Sprintf("%s completed %s", scaleSet, m.RunnerName))
	}
}

func (b *inbox) got() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.msgs...)
}

func TestIntegrationFleetPlacementAndForwardedJobMessages(t *testing.T) {
	etcd := etcdtest.Start(t, 1)
	start := func(name string, box *inbox) *Node {
		n, err := Start(Options{
			Cluster: &config.Cluster{Endpoints: etcd.Endpoints(), Prefix: "/test", NodeName: name, LeaseTTL: config.Duration(testTTL),
				DialTimeout: config.Duration(time.Second), Placement: config.PlacementPack},
			ScaleSets: []ScaleSet{{Name: "linux", Backend: "sim", Capacity: 2}},
			Timing:    testTiming,
			OnMessage: box.add,
		})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(n.Close)
		return n
	}
	boxes := map[string]*inbox{"a": {}, "b": {}}
	nodes := map[string]*Node{"a": start("a", boxes["a"]), "b": start("b", boxes["b"])}
	var leader, follower *Node
	testwait.Until(t, 20*time.Second, "a leader that sees its peer", func() bool {
		for name, n := range nodes {
			if n.Leading("linux") && len(n.Peers("linux")) == 1 {
				leader, follower = n, nodes[map[string]string{"a": "b", "b": "a"}[name]]
				return true
			}
		}
		return false
	})
	if got := leader.PlacementPolicy(); got != config.PlacementPack {
		t.Errorf("placement policy %q", got)
	}
	if p := leader.Peers("linux"); p[0].Node != follower.Name() || p[0].Capacity != 2 {
		t.Errorf("peers %+v", p)
	}

	// The leader places runners on the follower and passes it the job
	// messages of a runner it registered, in order.
	follower.Registrations().Add(journal.Entry{ScaleSet: "linux", Name: "linux-f1", RunnerID: 11})
	testwait.Until(t, 10*time.Second, "the leader seeing who registered linux-f1", func() bool {
		return leader.Owner("linux", "linux-f1") == follower.Name()
	})
	want := messages.Placement{ScaleSetID: 7, Leader: leader.Name(), Shares: map[string]int{leader.Name(): 2, follower.Name(): 1}}
	leader.Place("linux", want)
	leader.Forward("linux", follower.Name(), &messages.JobStarted{RunnerName: "linux-f1"})
	leader.Forward("linux", follower.Name(), &messages.JobCompleted{RunnerName: "linux-f1", Result: "succeeded"})
	testwait.Until(t, 10*time.Second, "the follower following the placement and given both messages", func() bool {
		p, ok := follower.Placement("linux")
		return ok && samePlacement(p, want) && len(boxes[follower.Name()].got()) == 2
	})
	if got := boxes[follower.Name()].got(); got[0] != "linux started linux-f1" || got[1] != "linux completed linux-f1" {
		t.Errorf("follower got %q", got)
	}
	if st := follower.Status(); st.Placements["linux"][follower.Name()] != 1 {
		t.Errorf("status placements %v", st.Placements)
	}
	// Delivered messages are deleted.
	testwait.Until(t, 5*time.Second, "the inbox emptied", func() bool {
		resp, err := leader.client.Get(context.Background(), leader.key("scalesets", "linux", "inbox")+"/", clientv3.WithPrefix(), clientv3.WithCountOnly())
		return err == nil && resp.Count == 0
	})

	// A write fenced on a leadership that does not hold is refused.
	t0, _ := leader.CurrentTerm("linux")
	stale, _ := json.Marshal(messages.Placement{ScaleSetID: 7, Leader: follower.Name(), Shares: map[string]int{follower.Name(): 2}})
	if err := follower.Fenced(context.Background(), Term{ScaleSet: "linux", Key: t0.Key + "x", Rev: t0.Rev, Lease: t0.Lease}, nil,
		clientv3.OpPut(follower.placementKey("linux"), string(stale))); !errors.Is(err, ErrNotLeader) {
		t.Errorf("a write fenced on a term that does not hold: %v, want ErrNotLeader", err)
	}
	if p, ok := follower.Placement("linux"); !ok || !samePlacement(p, want) {
		t.Errorf("placement %+v (current %v), want the leader's", p, ok)
	}

	// When the leader goes, its placement stays current for a while (no
	// one leads), then the next leader's takes its place.
	leader.Close()
	testwait.Until(t, 3*testTTL, "the follower leading, the old placement no longer current", func() bool {
		_, current := follower.Placement("linux")
		return follower.Leading("linux") && !current
	})
}
