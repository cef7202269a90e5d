package supervisor

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/testutil/etcdtest"
	"github.com/outrunner/outrunner/messages"
)

// fleetTTL is the test nodes' lease TTL.
const fleetTTL = 3 * time.Second

// fleetConfig is a test configuration of one fleet node.
func (h *harness) fleetConfig(node string, endpoints []string, runners ...runnerYAML) *config.Config {
	h.t.Helper()
	text := h.configText(node, runners...) + fmt.Sprintf("cluster:\n  endpoints: [%s]\n  node_name: %s\n  lease_ttl: %s\n  prefix: /fleet-test\n",
		strings.Join(endpoints, ", "), node, fleetTTL)
	return h.configFrom(text)
}

// twoNodes starts an etcd and two fleet daemons, n1 and n2, serving rs
// with the production listener timing (GitHub's default session TTL: a
// takeover cannot wait for it).
func twoNodes(t *testing.T, rs runnerYAML) (*harness, map[string]*Daemon) {
	etcd := etcdtest.Start(t, 1)
	h := newHarness(t, ghsim.Options{})
	h.timing = productionListenerTiming()
	return h, map[string]*Daemon{
		"n1": h.start(h.fleetConfig("n1", etcd.Endpoints(), rs)),
		"n2": h.start(h.fleetConfig("n2", etcd.Endpoints(), rs)),
	}
}

// other is the other node of twoNodes.
func other(node string) string { return map[string]string{"n1": "n2", "n2": "n1"}[node] }

// fleetStates returns each daemon's state of scaleSet.
func (h *harness) fleetStates(scaleSet string, ds ...*Daemon) []string {
	var out []string
	for _, d := range ds {
		out = append(out, h.scaleSet(d, scaleSet).State)
	}
	return out
}

// sessionLeader returns the node that d sees leading scaleSet in a fleet
// of nodes nodes, once that node holds the simulator's only session; ""
// until then.
func (h *harness) sessionLeader(d *Daemon, scaleSet string, nodes int) string {
	st := h.status(d)
	if st.Fleet == nil || len(st.Fleet.Nodes) != nodes {
		return ""
	}
	leader := st.Fleet.Leaders[scaleSet]
	if leader == "" || !sessionOwnedBy(leader)(h.sim.State()) {
		return ""
	}
	return leader
}

// sessionOwnedBy reports whether the simulator holds exactly one session,
// owned by daemon ID node.
func sessionOwnedBy(node string) func(ghsim.State) bool {
	return func(st ghsim.State) bool {
		return len(st.Sessions) == 1 && strings.HasSuffix(st.Sessions[0].Owner, "/"+node)
	}
}

func TestIntegrationFleetDaemonsShareAScaleSet(t *testing.T) {
	h, daemons := twoNodes(t, runnerYAML{name: "fleet", extra: "    max_runners: 2\n"})
	d1, d2 := daemons["n1"], daemons["n2"]

	// One node leads and holds the only session; the other stands by.
	var leader string
	h.eventually("one leader with a session, one standby", 20*time.Second, func() bool {
		s := h.fleetStates("fleet", d1, d2)
		st := h.status(d1)
		if st.Fleet == nil || len(st.Fleet.Nodes) != 2 {
			return false
		}
		leader = st.Fleet.Leaders["fleet"]
		want := map[string][]string{"n1": {messages.StateActive, messages.StateStandby}, "n2": {messages.StateStandby, messages.StateActive}}[leader]
		return len(want) == 2 && s[0] == want[0] && s[1] == want[1] && sessionOwnedBy(leader)(h.sim.State())
	})
	follower := other(leader)
	h.enqueue(3, ghsim.JobSpec{Labels: []string{"fleet"}, Duration: ms(100)})
	h.waitSim("3 jobs done", 20*time.Second, allDone(3))

	// The leader dies without a word: its lease expires, the other node
	// leads, deletes the dead session (recorded in etcd) and opens its own
	// at once, long before GitHub would expire it.
	daemons[leader].Kill()
	killed := time.Now()
	h.waitSim("the follower holding the session", 2*fleetTTL+10*time.Second, sessionOwnedBy(follower))
	t.Logf("takeover: %s after the leader was killed", time.Since(killed).Round(time.Millisecond))
	h.enqueue(3, ghsim.JobSpec{Labels: []string{"fleet"}, Duration: ms(100)})
	h.waitSim("3 more jobs done", 20*time.Second, allDone(6))
	if c := h.sim.State().JobCounts(); c.Completed != 6 {
		t.Fatalf("jobs = %+v, want 6 completed", c)
	}
	h.eventually("the status showing the follower alone, leading", 2*fleetTTL, func() bool {
		f := h.status(daemons[follower]).Fleet
		return f.Leaders["fleet"] == follower && len(f.Nodes) == 1 && f.Nodes[0].Name == follower
	})
}

func TestIntegrationFleetDaemonWithoutEtcd(t *testing.T) {
	etcd := etcdtest.Start(t, 1)
	h := newHarness(t, ghsim.Options{})
	rs := runnerYAML{name: "alone", extra: "    max_runners: 2\n"}
	d := h.start(h.fleetConfig("n1", etcd.Endpoints(), rs))
	h.eventually("leading and active", 20*time.Second, func() bool { return h.scaleSet(d, "alone").State == messages.StateActive })
	h.waitSim("a session", 5*time.Second, func(st ghsim.State) bool { return len(st.Sessions) == 1 })
	checkFleetMetrics(t, d, "n1", "alone")

	// etcd goes away: once the lease may have expired the node stops
	// leading, closes its session and says why it does not serve.
	etcd.Stop(0)
	h.eventually("fleet_unreachable", fleetTTL+5*time.Second, func() bool {
		return h.scaleSet(d, "alone").State == messages.StateFleetUnreachable
	})
	h.waitSim("the session closed", 5*time.Second, func(st ghsim.State) bool { return len(st.Sessions) == 0 })
	if st := h.status(d); st.Fleet.Connected || st.Fleet.Error == "" || messages.Serving(h.scaleSet(d, "alone").State) {
		t.Fatalf("without etcd: fleet %+v, state %s", st.Fleet, h.scaleSet(d, "alone").State)
	}

	// etcd returns: the node leads again and takes jobs.
	etcd.Restart(0)
	h.eventually("active again", 30*time.Second, func() bool { return h.scaleSet(d, "alone").State == messages.StateActive })
	h.enqueue(2, ghsim.JobSpec{Labels: []string{"alone"}, Duration: ms(100)})
	h.waitSim("2 jobs done", 20*time.Second, allDone(2))
}

// checkFleetMetrics checks that the fleet's metrics carry the node, say
// that it leads scaleSet, and are documented.
func checkFleetMetrics(t *testing.T, d *Daemon, node, scaleSet string) {
	t.Helper()
	rec := httptest.NewRecorder()
	d.MetricsHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(rec.Body)
	if err != nil {
		t.Fatalf("metrics do not parse: %v", err)
	}
	doc, err := os.ReadFile("../docs/reference/metrics.md")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"outrunner_fleet_connected": 1, "outrunner_fleet_nodes": 1, "outrunner_fleet_leader": 1}
	for name, v := range want {
		f, ok := families[name]
		if !ok || len(f.GetMetric()) != 1 {
			t.Fatalf("metric %s: %v", name, f)
		}
		m := f.GetMetric()[0]
		labels := map[string]string{}
		for _, l := range m.GetLabel() {
			labels[l.GetName()] = l.GetValue()
		}
		if labels["node"] != node || m.GetGauge().GetValue() != v || (name == "outrunner_fleet_leader" && labels["scale_set"] != scaleSet) {
			t.Errorf("%s = %v %v, want %v on node %s", name, labels, m.GetGauge().GetValue(), v, node)
		}
	}
	for name := range families {
		if strings.HasPrefix(name, "outrunner_fleet") && !strings.Contains(string(doc), "`"+name+"`") {
			t.Errorf("metric %s is not documented in docs/reference/metrics.md", name)
		}
	}
	if _, ok := families["outrunner_fleet_leader_changes_total"]; !ok {
		t.Error("outrunner_fleet_leader_changes_total is missing")
	}
}

// TestClusterReloadNeedsARestart: a cluster section added (or changed) by
// a reload is listed as waiting for a restart and not applied at all: the
// daemon keeps serving as before and never connects to etcd.
func TestClusterReloadNeedsARestart(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	path := filepath.Join(t.TempDir(), "config.yml")
	rs := runnerYAML{name: "single", extra: "    max_runners: 2\n"}
	h.writeConfig(path, "d1", rs)
	d := h.startFile(path)
	h.eventually("active", 10*time.Second, func() bool { return h.scaleSet(d, "single").State == messages.StateActive })

	// Were the section applied, the status would show a fleet node (not
	// connected: nothing listens on that endpoint).
	text := h.configText("d1", rs) + "cluster:\n  endpoints: [http://127.0.0.1:1]\n  node_name: n1\n"
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Reload(context.Background()); err != nil {
		t.Fatal(err)
	}
	st := h.status(d)
	if !slices.Contains(st.Config.Pending, "cluster") || st.Fleet != nil {
		t.Fatalf("after the reload: pending %v, fleet %+v", st.Config.Pending, st.Fleet)
	}
	if cfg, _ := d.RunningConfig(); cfg.Cluster != nil {
		t.Fatalf("the cluster section was applied: %+v", cfg.Cluster)
	}
	if s := h.scaleSet(d, "single"); s.State != messages.StateActive {
		t.Fatalf("state after the reload = %s", s.State)
	}
	h.enqueue(2, ghsim.JobSpec{Labels: []string{"single"}, Duration: ms(10)})
	h.waitSim("jobs completed", 10*time.Second, allDone(2))
}

// TestIntegrationFleetDrainedScaleSetMovesToAnotherNode: an operator
// drains a scale set on its leader; the leader stops offering it, resigns,
// and the other node serves it.
func TestIntegrationFleetDrainedScaleSetMovesToAnotherNode(t *testing.T) {
	etcd := etcdtest.Start(t, 1)
	h := newHarness(t, ghsim.Options{})
	rs := runnerYAML{name: "moved", extra: "    max_runners: 2\n"}
	daemons := map[string]*Daemon{
		"n1": h.start(h.fleetConfig("n1", etcd.Endpoints(), rs)),
		"n2": h.start(h.fleetConfig("n2", etcd.Endpoints(), rs)),
	}
	var leader string
	h.eventually("a leader with the session", 20*time.Second, func() bool {
		st := h.sim.State()
		if len(st.Sessions) != 1 {
			return false
		}
		o := st.Sessions[0].Owner
		leader = o[strings.LastIndex(o, "/")+1:]
		return daemons[leader] != nil
	})
	follower := other(leader)
	if err := daemons[leader].DrainScaleSet(context.Background(), "moved"); err != nil {
		t.Fatal(err)
	}
	h.waitSim("the other node holding the session", 20*time.Second, sessionOwnedBy(follower))
	h.enqueue(2, ghsim.JobSpec{Labels: []string{"moved"}, Duration: ms(100)})
	h.waitSim("2 jobs done", 20*time.Second, allDone(2))
}

// TestIntegrationFleetLeaderRemovesADeadNodesRegistrations kills the
// leader while it keeps idle runners registered: once its lease expires,
// the node that takes the scale set over removes those registrations from
// GitHub (they were recorded in etcd), where nothing would before the dead
// node came back.
func TestIntegrationFleetLeaderRemovesADeadNodesRegistrations(t *testing.T) {
	// Three idle runners: two or three on the leader (it may place them
	// before it sees the other node), the rest on the other.
	h, daemons := twoNodes(t, runnerYAML{name: "fleet", extra: "    max_runners: 3\n    min_idle: 3\n"})
	var leader string
	var theirs []string
	h.eventually("a leader with two or more idle runners registered", 30*time.Second, func() bool {
		if leader = h.sessionLeader(daemons["n1"], "fleet", 2); leader == "" {
			return false
		}
		idle := map[string]bool{}
		for _, r := range h.sim.State().Registrations {
			if r.Status == ghsim.RunnerIdle {
				idle[r.Name] = true
			}
		}
		theirs = nil
		for _, r := range h.scaleSet(daemons[leader], "fleet").Runners {
			if idle[r.Name] {
				theirs = append(theirs, r.Name)
			}
		}
		return len(theirs) >= 2
	})
	follower := other(leader)

	daemons[leader].Kill()
	killed := time.Now()
	h.waitSim("the dead leader's registrations removed", 2*fleetTTL+20*time.Second, func(st ghsim.State) bool {
		for _, r := range st.Registrations {
			if slices.Contains(theirs, r.Name) {
				return false
			}
		}
		return sessionOwnedBy(follower)(st)
	})
	t.Logf("the dead leader's %d registrations removed %s after the kill", len(theirs), time.Since(killed).Round(time.Millisecond))
	// The new leader serves on: its own idle runners, and jobs.
	h.enqueue(2, ghsim.JobSpec{Labels: []string{"fleet"}, Duration: ms(100)})
	h.waitSim("2 jobs done", 20*time.Second, allDone(2))
}
