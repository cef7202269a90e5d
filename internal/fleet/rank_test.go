package fleet

import (
	"fmt"
	"testing"
	"time"
)

func TestRankingSpreadsLeaderships(t *testing.T) {
	tests := []struct {
		name  string
		sets  []string
		nodes []string
		// most is the most preferred-leaderships one node may get.
		most int
	}{
		{"two sets, two nodes", []string{"a", "b"}, []string{"n1", "n2"}, 1},
		{"two sets, three nodes", []string{"linux", "windows"}, []string{"n1", "n2", "n3"}, 1},
		{"five sets, two nodes", []string{"a", "b", "c", "d", "e"}, []string{"x", "y"}, 3},
		{"one node", []string{"a", "b"}, []string{"solo"}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			serving := map[string][]string{}
			for _, s := range tc.sets {
				serving[s] = tc.nodes
			}
			got := ranking(serving)
			per := map[string]int{}
			for _, s := range tc.sets {
				order := got[s]
				if len(order) != len(tc.nodes) {
					t.Fatalf("%s: order %v lacks nodes of %v", s, order, tc.nodes)
				}
				per[order[0]]++
			}
			for n, c := range per {
				if c > tc.most {
					t.Errorf("node %s preferred for %d scale sets, at most %d: %v", n, c, tc.most, got)
				}
			}
			// Every node computes the same ranking, whatever the order
			// it learnt the nodes in.
			rev := map[string][]string{}
			for _, s := range tc.sets {
				var r []string
				for i := len(tc.nodes) - 1; i >= 0; i-- {
					r = append(r, tc.nodes[i])
				}
				rev[s] = r
			}
			if fmt.Sprint(ranking(rev)) != fmt.Sprint(got) {
				t.Errorf("ranking depends on input order: %v vs %v", ranking(rev), got)
			}
		})
	}
}

func TestDecideSeat(t *testing.T) {
	now := time.Now()
	step, minLead := time.Second, 5*time.Second
	led := &seat{term: &Term{Key: "k1", Rev: 7}, since: now.Add(-time.Minute)}
	fresh := &seat{term: &Term{Key: "k1", Rev: 7}, since: now.Add(-time.Second)}
	mine := []candidate{{key: "k1", rev: 7, node: "a"}}
	tests := []struct {
		name     string
		order    []string
		cands    []candidate
		st       *seat
		over     bool
		viewAt   time.Time
		noLeader time.Duration
		want     decision
	}{
		{"preferred follower campaigns at once", []string{"a", "b"}, nil, &seat{}, true, now, 0, campaign},
		{"preferred follower queues behind a leader", []string{"a", "b"}, []candidate{{key: "k2", rev: 3, node: "b"}}, &seat{}, true, now, 0, campaign},
		{"second waits for a leader", []string{"b", "a"}, nil, &seat{}, true, now, 500 * time.Millisecond, keep},
		{"second campaigns after a step without leader", []string{"b", "a"}, nil, &seat{}, true, now, step, campaign},
		{"second stays out while a leader leads", []string{"b", "a"}, []candidate{{key: "k2", rev: 3, node: "b"}}, &seat{}, true, now, time.Hour, keep},
		{"a campaign in flight is left alone", []string{"a"}, nil, &seat{campaigning: true}, true, now, 0, keep},
		{"leader keeps its key", []string{"a", "b"}, mine, led, true, now, 0, keep},
		{"leader whose key is gone lost", []string{"a", "b"}, nil, led, true, now, 0, lost},
		{"leader whose key was replaced lost", []string{"a", "b"}, []candidate{{key: "k1", rev: 9, node: "a"}}, led, true, now, 0, lost},
		{"a view older than the win proves nothing", []string{"a", "b"}, nil, fresh, true, now.Add(-2 * time.Second), 0, keep},
		{"leader hands over to the queued preferred node", []string{"b", "a"}, append(mine, candidate{key: "k3", rev: 8, node: "b"}), led, true, now, 0, resign},
		{"a leader within its fair share keeps it", []string{"b", "a"}, append(mine, candidate{key: "k3", rev: 8, node: "b"}), led, false, now, 0, keep},
		{"leader keeps it while the preferred node is not queued", []string{"b", "a"}, mine, led, true, now, 0, keep},
		{"a new leader leads MinLead before handing over", []string{"b", "a"}, append(mine, candidate{key: "k3", rev: 8, node: "b"}), fresh, true, now, 0, keep},
		{"a leader that cannot run runners hands over to a queued node that can", []string{"b"}, append(mine, candidate{key: "k3", rev: 8, node: "b"}), led, false, now, 0, resign},
		{"a leader that cannot run runners keeps it while no node that can has queued", []string{"b"}, mine, led, false, now, 0, keep},
		{"a leader that cannot run runners leads MinLead first", []string{"b"}, append(mine, candidate{key: "k3", rev: 8, node: "b"}), fresh, false, now, 0, keep},
		{"a follower that cannot run runners never campaigns", []string{"b"}, nil, &seat{}, false, now, time.Hour, keep},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := decideSeat("a", tc.order, tc.cands, tc.st, tc.over, tc.viewAt, tc.noLeader, step, minLead, now); got != tc.want {
				t.Errorf("decideSeat = %d, want %d", got, tc.want)
			}
		})
	}
}
