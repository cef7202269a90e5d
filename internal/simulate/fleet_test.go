package simulate

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/scrub"
	"github.com/outrunner/outrunner/internal/testutil/etcdtest"
)

func TestFleetOptions(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		want string // a part of the error; "" for none
	}{
		{"no fleet", Options{}, ""},
		{"fleet", Options{Nodes: 3, KillLeader: true, FreezeNode: true}, ""},
		{"kill without nodes", Options{KillLeader: true}, "go with --nodes"},
		{"etcd without nodes", Options{Etcd: "http://127.0.0.1:2379"}, "go with --nodes"},
		{"one node cannot fail over", Options{Nodes: 1, KillLeader: true}, "--nodes 2 or more"},
		{"negative", Options{Nodes: -1}, "1 or more"},
		{"chaos", Options{Nodes: 2, Chaos: true}, "excludes --chaos"},
		{"docker", Options{Nodes: 2, Backend: "docker"}, "supports --backend sim"},
		{"dashboard", Options{Nodes: 2, Dashboard: "127.0.0.1:0"}, "drop --config and --dashboard"},
		{"etcd address without scheme", Options{Nodes: 2, Etcd: "127.0.0.1:2379"}, "give the client URL"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := tc.opts
			o.Jobs, o.ScaleSets, o.MaxRunners = 1, 1, 1
			err := o.defaults()
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("error %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("error %v, want one saying %q", err, tc.want)
			case tc.want == "" && o.Nodes > 0 && o.LeaseTTL <= 0:
				t.Fatalf("lease TTL not defaulted: %v", o.LeaseTTL)
			}
		})
	}
}

func TestFleetJudgesLeaderships(t *testing.T) {
	type round = map[string][]leadership
	tests := []struct {
		name        string
		rounds      []round
		wantChanges int
		wantDoubles int
	}{
		{"steady", []round{{"a": {{"n1", 5}}}, {"a": {{"n1", 5}}}}, 0, 0},
		{"handover", []round{{"a": {{"n1", 5}}}, {}, {"a": {{"n2", 9}}}}, 1, 0},
		{"re-elected on a new term", []round{{"a": {{"n1", 5}}}, {"a": {{"n1", 12}}}}, 1, 0},
		{"double, counted once", []round{{"a": {{"n1", 5}, {"n2", 9}}}, {"a": {{"n1", 5}, {"n2", 9}}}}, 0, 1},
		{"two doubles", []round{{"a": {{"n1", 5}, {"n2", 9}}}, {"b": {{"n1", 6}, {"n3", 8}}}}, 0, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := &fleetRun{o: &Options{}, leaders: map[string]leadership{}, doubles: map[string]bool{}, c: &chaos{o: &Options{}}}
			for _, r := range tc.rounds {
				f.judge(r)
			}
			if f.rep.LeaderChanges != tc.wantChanges || f.rep.DoubleLeadership != tc.wantDoubles {
				t.Fatalf("changes %d, doubles %d; want %d, %d", f.rep.LeaderChanges, f.rep.DoubleLeadership, tc.wantChanges, tc.wantDoubles)
			}
			if len(f.c.rep.InvariantViolations) != tc.wantDoubles {
				t.Fatalf("violations %q, want one per double leadership", f.c.rep.InvariantViolations)
			}
		})
	}
}

// TestIntegrationSimulateFleet runs simulate --nodes 3 with a leader
// killed and then one frozen for longer than its lease: the real binary
// as three processes, one etcd started from PATH, one simulator.
func TestIntegrationSimulateFleet(t *testing.T) {
	etcdtest.Binary(t) // skips (or fails under make test-integration) without etcd
	const ttl = 3 * time.Second
	o := Options{Jobs: 120, Rate: 10, JobDuration: time.Second, ScaleSets: 2, MaxRunners: 4, Seed: 1,
		Nodes: 3, KillLeader: true, FreezeNode: true, LeaseTTL: ttl, Executable: outrunnerBinary(t), Timeout: 5 * time.Minute}
	rep, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	f := rep.Fleet
	if f == nil {
		t.Fatal("no fleet report")
	}
	t.Logf("jobs %+v; fleet %+v", rep.Jobs, *f)
	if !rep.Clean() {
		tail := ""
		if f.Logs != "" {
			for _, n := range []string{"node1", "node2", "node3"} {
				tail += n + ":\n" + scrub.FileTail(f.Logs+"/"+n+"/daemon.log", 3000, "") + "\n"
			}
		}
		t.Fatalf("violations %q, jobs %+v, leaks %+v\n%s", f.InvariantViolations, rep.Jobs, rep.Leaks, tail)
	}
	if f.LeaderKills != 1 || f.NodeFreezes != 1 || f.DoubleLeadership != 0 {
		t.Errorf("kills %d, freezes %d, double leaderships %d; want 1, 1, 0", f.LeaderKills, f.NodeFreezes, f.DoubleLeadership)
	}
	if len(f.TakeoverS.Samples) == 0 || f.TakeoverS.Max > (ttl+5*time.Second).Seconds() {
		t.Errorf("takeovers %v, want some, all under the lease TTL + 5 s", f.TakeoverS.Samples)
	}
	ran := 0
	for _, n := range f.JobsByNode {
		if n > 0 {
			ran++
		}
	}
	// The leaders place runners on every node with room.
	if ran != 3 {
		t.Errorf("jobs by node %v: want every node to run jobs", f.JobsByNode)
	}
}
