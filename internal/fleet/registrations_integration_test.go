package fleet

import (
	"context"
	"slices"
	"testing"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"

	"github.com/outrunner/outrunner/internal/journal"
	"github.com/outrunner/outrunner/internal/testutil/etcdtest"
	"github.com/outrunner/outrunner/internal/testutil/testwait"
)

// orphanNames returns the names of n's orphans of scaleSet, nil on error.
func orphanNames(t *testing.T, n *Node, scaleSet string) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	left, err := n.Registrations().Orphans(ctx, scaleSet)
	if err != nil {
		t.Logf("orphans: %v", err)
		return nil
	}
	names := []string{}
	for _, e := range left {
		names = append(names, e.Name)
	}
	return names
}

func TestIntegrationFleetRegistrationsOfADepartedNode(t *testing.T) {
	c := etcdtest.Start(t, 1)
	a := startNode(t, "a", c.Endpoints(), "linux")
	b := startNode(t, "b", c.Endpoints(), "linux")
	testwait.Until(t, 10*time.Second, "both nodes in the fleet", func() bool { return len(a.Status().Nodes) == 2 })
	a.Registrations().Add(journal.Entry{ScaleSet: "linux", Name: "linux-a1", RunnerID: 1})
	b.Registrations().Add(journal.Entry{ScaleSet: "linux", Name: "linux-b1", RunnerID: 2})
	b.Registrations().Add(journal.Entry{ScaleSet: "linux", Name: "linux-b2", RunnerID: 3})
	b.Registrations().Add(journal.Entry{ScaleSet: "windows", Name: "windows-b1", RunnerID: 4})
	b.Registrations().Remove("linux", "linux-b2")
	// Both nodes live: nobody's registrations are orphans, and a node never
	// counts its own.
	testwait.Until(t, 5*time.Second, "the records written", func() bool {
		resp, err := a.client.Get(context.Background(), "/test/registrations/", clientv3.WithPrefix())
		return err == nil && len(resp.Kvs) == 3
	})
	if got := orphanNames(t, a, "linux"); len(got) != 0 {
		t.Fatalf("orphans with every node alive: %v", got)
	}
	// b dies without a word: once its lease runs out its registrations
	// of linux are a's to remove, and only those.
	b.Abandon()
	testwait.Until(t, takeoverWithin, "b's registrations orphaned", func() bool {
		return slices.Equal(orphanNames(t, a, "linux"), []string{"linux-b1"})
	})
	if got := orphanNames(t, a, "windows"); !slices.Equal(got, []string{"windows-b1"}) {
		t.Fatalf("windows orphans = %v", got)
	}
	// The leader removed it: the record goes.
	a.Registrations().Remove("linux", "linux-b1")
	testwait.Until(t, 5*time.Second, "the record removed", func() bool { return len(orphanNames(t, a, "linux")) == 0 })
}
