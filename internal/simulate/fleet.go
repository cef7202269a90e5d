package simulate

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/admin"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/timeline"
	"github.com/outrunner/outrunner/messages"
)

// FleetReport is what simulate --nodes did to the fleet and what held.
type FleetReport struct {
	// Nodes is the number of daemon processes, one fleet node each.
	Nodes int `json:"nodes"`
	// LeaseTTLS is the nodes' etcd lease TTL in seconds.
	LeaseTTLS float64 `json:"lease_ttl_s"`
	// LeaderKills counts SIGKILLs of a leading node (--kill-leader);
	// NodeFreezes SIGSTOPs of one for longer than the lease (--freeze-node).
	LeaderKills int `json:"leader_kills"`
	NodeFreezes int `json:"node_freezes"`
	// LeaderChanges counts the times a scale set's leadership passed to
	// another node or term, as the nodes reported it.
	LeaderChanges int `json:"leader_changes"`
	// TakeoverS is the time from a leader's kill or freeze to the first
	// job started by a scale set it led, in seconds.
	TakeoverS TakeoverReport `json:"takeover_s"`
	// JobsByNode counts the completed jobs each node's runners ran;
	// JobsUnattributed those whose runner no node reported.
	JobsByNode       map[string]int `json:"jobs_by_node"`
	JobsUnattributed int            `json:"jobs_unattributed"`
	// DoubleLeadership counts the times two nodes reported leading the
	// same scale set over overlapping intervals; it must be 0.
	DoubleLeadership int `json:"double_leadership"`
	// LostJobs completed failed because their runner died with its node.
	LostJobs int `json:"lost_jobs"`
	// InvariantViolations lists every invariant that did not hold.
	InvariantViolations []string `json:"invariant_violations"`
	// Logs is the directory of the nodes' and etcd's logs, kept when an
	// invariant did not hold.
	Logs string `json:"logs,omitempty"`
}

// fleetNode is one daemon process of the fleet.
type fleetNode struct {
	name     string
	stateDir string
	daemon   *daemonProcess
	status   *admin.Client
	// down is set while the node is killed or frozen: the monitor does
	// not ask it.
	down bool
}

// leadership is a scale set's leader as the nodes report it.
type leadership struct {
	node string
	term int64
}

// fleetRun is one simulate --nodes run's state.
type fleetRun struct {
	o      *Options
	c      *chaos // the violations and the end-of-run checks
	server *ghsim.Server
	nodes  []*fleetNode
	mu     sync.Mutex
	rep    FleetReport
	// leaders is the last leadership seen per scale set; doubles the
	// overlapping pairs already counted.
	leaders map[string]leadership
	doubles map[string]bool
	// runnerNode maps the runner names the nodes reported to the node.
	runnerNode map[string]string
	samples    []time.Duration
	// maxRunners are the scale sets each node serves, with its limit.
	maxRunners map[string]config.RunnerConfig
	// overLimit are the (node, scale set) pairs seen above max_runners.
	overLimit map[string]bool
}

// fleetPrefix is the etcd prefix of a run: its own, so that a shared
// etcd (--etcd) is not touched outside it.
func fleetPrefix() string {
	return fmt.Sprintf("/outrunner-simulate/%d-%d", os.Getpid(), time.Now().UnixNano())
}

// runFleet runs Nodes daemon processes as one fleet against the
// simulator and one etcd, kills or freezes a leader when asked, and checks
// the invariants.
func runFleet(ctx context.Context, o Options, server *ghsim.Server, setup backendSetup) (*Report, error) {
	bin, files, err := o.childRun("outrunner-fleet-")
	if err != nil {
		return nil, err
	}
	defer files.remove()
	runDir := files.dir
	endpoint := o.Etcd
	if endpoint == "" {
		e, err := startEtcd(ctx, runDir)
		if err != nil {
			return nil, err
		}
		defer e.stop()
		endpoint = e.endpoint
	}
	prefix := fleetPrefix()
	f := &fleetRun{o: &o, server: server, leaders: map[string]leadership{}, doubles: map[string]bool{}, runnerNode: map[string]string{},
		overLimit: map[string]bool{}, c: &chaos{o: &o, server: server}}
	f.rep.Nodes, f.rep.LeaseTTLS = o.Nodes, o.LeaseTTL.Seconds()
	var cfg *config.Config
	for i := 1; i <= o.Nodes; i++ {
		n := &fleetNode{name: fmt.Sprintf("node%d", i)}
		dir := filepath.Join(runDir, n.name)
		if err := os.Mkdir(dir, 0o700); err != nil {
			return nil, err
		}
		n.stateDir = filepath.Join(dir, "state")
		socket := filepath.Join(dir, "admin.sock")
		cfgPath := filepath.Join(dir, "outrunner.yml")
		cluster := fmt.Sprintf("cluster: {endpoints: [%q], prefix: %q, node_name: %s, lease_ttl: %s}\n", endpoint, prefix, n.name, o.LeaseTTL)
		if cfg, err = o.configurationAt(server, n.stateDir, socket, cfgPath, cluster, setup); err != nil {
			return nil, err
		}
		if n.daemon, err = newDaemonProcess(bin, cfgPath, filepath.Join(dir, "daemon.log"), server.Token()); err != nil {
			return nil, err
		}
		defer n.daemon.close()
		n.status = admin.NewClient(socket)
		f.nodes = append(f.nodes, n)
	}
	f.maxRunners = cfg.Runners
	labels, jobs, err := o.plannedJobs(cfg)
	if err != nil {
		return nil, err
	}
	o.Jobs = len(jobs)
	start := time.Now()
	for _, n := range f.nodes {
		if err := n.daemon.start(); err != nil {
			return nil, err
		}
	}
	go generate(ctx, server, o, jobs, labels)
	runCtx, stopRun := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); f.monitor(runCtx) }()
	go func() { defer wg.Done(); f.disrupt(runCtx) }()
	progress := newProgress(o.Progress, o.Interactive, o.Width, len(jobs))
	waitErr := waitForJobs(ctx, server, f, progress, len(jobs))
	progress.done()
	stopRun()
	wg.Wait()
	for _, n := range f.nodes {
		if n.daemon.pid() == 0 {
			_ = n.daemon.start()
		}
	}
	for _, n := range f.nodes {
		awaitAdmin(ctx, n.status, 30*time.Second)
	}
	// Every node drains at once, as a fleet being stopped does.
	var drains sync.WaitGroup
	for _, n := range f.nodes {
		drains.Add(1)
		go func() {
			defer drains.Done()
			if err := n.daemon.stop(90 * time.Second); err != nil {
				f.c.violation("%s: %v", n.name, err)
			}
		}()
	}
	drains.Wait()
	elapsed := time.Since(start)

	rep, st := o.childReport(server, cfg, elapsed)
	// Each node runs up to max_runners of a scale set (the monitor checks
	// that), so the scale set as GitHub sees it runs up to that many per
	// node: a frozen node's runners keep their jobs while its successor
	// starts its own.
	fleetWide := map[string]config.RunnerConfig{}
	for name, rc := range cfg.Runners {
		rc.MaxRunners *= o.Nodes
		fleetWide[name] = rc
	}
	f.c.finish(st, fleetWide, rep)
	for _, n := range f.nodes {
		for _, v := range checkStateDir(n.stateDir, true) {
			f.c.violation("%s after the drain: %s", n.name, v)
		}
	}
	f.attribute(st)
	f.rep.TakeoverS = takeovers(f.samples)
	f.rep.LostJobs = f.c.rep.LostJobs
	f.rep.InvariantViolations = f.c.rep.InvariantViolations
	if f.rep.InvariantViolations == nil {
		f.rep.InvariantViolations = []string{}
	}
	rep.Fleet = &f.rep
	if len(f.rep.InvariantViolations) > 0 || !rep.Clean() {
		files.keep = true
		rep.Fleet.Logs = runDir
	}
	if waitErr != nil && !errors.Is(waitErr, context.DeadlineExceeded) {
		return rep, waitErr
	}
	return rep, nil
}

// monitor reads every node's status until ctx ends, follows the
// leaderships and counts double ones: each round reads every node twice,
// and two nodes that report the same leadership (term) of a scale set in
// both reads led it over overlapping intervals.
func (f *fleetRun) monitor(ctx context.Context) {
	for sleep(ctx, 50*time.Millisecond) {
		first := f.readAll(ctx)
		second := f.readAll(ctx)
		holders := map[string][]leadership{}
		for i, n := range f.nodes {
			a, b := first[i], second[i]
			if a == nil || b == nil || a.Fleet == nil || b.Fleet == nil {
				continue
			}
			for s, term := range b.Fleet.Terms {
				if a.Fleet.Terms[s] == term {
					holders[s] = append(holders[s], leadership{node: n.name, term: term})
				}
			}
			f.noteRunners(n.name, b)
		}
		f.judge(holders)
	}
}

// Status merges the statuses of the nodes that answer, for the progress
// lines: every node's scale sets, with the runners it runs.
func (f *fleetRun) Status(ctx context.Context) (*messages.Status, error) {
	merged := &messages.Status{}
	for _, st := range f.readAll(ctx) {
		if st != nil {
			merged.ScaleSets = append(merged.ScaleSets, st.ScaleSets...)
		}
	}
	return merged, nil
}

// readAll reads every node's status; a node that is down or does not
// answer at once reads as nil.
func (f *fleetRun) readAll(ctx context.Context) []*messages.Status {
	out := make([]*messages.Status, len(f.nodes))
	for i, n := range f.nodes {
		f.mu.Lock()
		down := n.down
		f.mu.Unlock()
		if down {
			continue
		}
		sctx, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
		out[i], _ = n.status.Status(sctx)
		cancel()
	}
	return out
}

// judge counts leader changes and double leaderships from one round.
func (f *fleetRun) judge(holders map[string][]leadership) {
	f.mu.Lock()
	defer f.mu.Unlock()
	names := make([]string, 0, len(holders))
	for s := range holders {
		names = append(names, s)
	}
	sort.Strings(names)
	for _, s := range names {
		h := holders[s]
		if len(h) > 1 {
			var who []string
			for _, l := range h {
				who = append(who, fmt.Sprintf("%s (term %d)", l.node, l.term))
			}
			key := s + " " + strings.Join(who, ", ")
			if !f.doubles[key] {
				f.doubles[key] = true
				f.rep.DoubleLeadership++
				f.c.violation("double leadership of %s: %s", s, strings.Join(who, " and "))
			}
			continue
		}
		if last, ok := f.leaders[s]; ok && last != h[0] {
			f.rep.LeaderChanges++
		}
		f.leaders[s] = h[0]
	}
}

// noteRunners remembers which node runs each runner it reports, and
// checks that the node runs no more jobs of a scale set at once than its
// max_runners.
func (f *fleetRun) noteRunners(node string, st *messages.Status) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, ss := range st.ScaleSets {
		busy := ss.RunnerCount(messages.RunnerRunning)
		key := node + "/" + ss.Name
		if rc, ok := f.maxRunners[ss.Name]; ok && busy > rc.MaxRunners && !f.overLimit[key] {
			f.overLimit[key] = true
			f.c.violation("%s ran %d jobs of %s at once; max_runners is %d", node, busy, ss.Name, rc.MaxRunners)
		}
		for _, r := range ss.Runners {
			f.runnerNode[r.Name] = node
		}
	}
}

// leader returns the node that leads the most scale sets, with them, or
// nil when none leads.
func (f *fleetRun) leader() (*fleetNode, []string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	led := map[string][]string{}
	for s, l := range f.leaders {
		led[l.node] = append(led[l.node], s)
	}
	var best *fleetNode
	for _, n := range f.nodes {
		if !n.down && len(led[n.name]) > 0 && (best == nil || len(led[n.name]) > len(led[best.name])) {
			best = n
		}
	}
	if best == nil {
		return nil, nil
	}
	sets := led[best.name]
	sort.Strings(sets)
	return best, sets
}

// setDown marks a node killed or frozen (the monitor skips it) or back.
func (f *fleetRun) setDown(n *fleetNode, down bool) {
	f.mu.Lock()
	n.down = down
	f.mu.Unlock()
}

// attribute counts the completed jobs by the node that ran their runner:
// as the nodes' statuses showed it, or as their job histories recorded it.
func (f *fleetRun) attribute(st ghsim.State) {
	for _, n := range f.nodes {
		for runner := range historyRunners(filepath.Join(n.stateDir, timeline.HistoryFile)) {
			if _, ok := f.runnerNode[runner]; !ok {
				f.runnerNode[runner] = n.name
			}
		}
	}
	f.rep.JobsByNode = map[string]int{}
	for _, n := range f.nodes {
		f.rep.JobsByNode[n.name] = 0
	}
	for _, j := range st.Jobs {
		if j.State != ghsim.JobCompleted {
			continue
		}
		if node, ok := f.runnerNode[j.RunnerName]; ok && j.RunnerName != "" {
			f.rep.JobsByNode[node]++
		} else {
			f.rep.JobsUnattributed++
		}
	}
}

// historyRunners returns the runners of a job history file; a missing or
// torn file gives what it holds.
func historyRunners(path string) map[string]bool {
	out := map[string]bool{}
	file, err := os.Open(path)
	if err != nil {
		return out
	}
	defer func() { _ = file.Close() }()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for sc.Scan() {
		var j timeline.Job
		if json.Unmarshal(sc.Bytes(), &j) == nil && j.Runner != "" {
			out[j.Runner] = true
		}
	}
	return out
}

// rows are the fleet's lines of the summary; none without a fleet.
func (r *FleetReport) rows() [][2]string {
	if r == nil {
		return nil
	}
	var byNode []string
	for _, n := range sortedKeys(r.JobsByNode) {
		byNode = append(byNode, fmt.Sprintf("%s %d", n, r.JobsByNode[n]))
	}
	if r.JobsUnattributed > 0 {
		byNode = append(byNode, fmt.Sprintf("unattributed %d", r.JobsUnattributed))
	}
	rows := [][2]string{
		{"fleet", fmt.Sprintf("%d nodes, lease %g s, %d leader kills, %d freezes, %d jobs lost with a node",
			r.Nodes, r.LeaseTTLS, r.LeaderKills, r.NodeFreezes, r.LostJobs)},
		{"leadership", fmt.Sprintf("%d changes, %d double", r.LeaderChanges, r.DoubleLeadership)},
		{"takeover", fmt.Sprintf("p50 %.2f s, max %.2f s over %d kills and freezes", r.TakeoverS.P50, r.TakeoverS.Max, len(r.TakeoverS.Samples))},
		{"jobs by node", strings.Join(byNode, ", ")},
	}
	for _, v := range r.InvariantViolations {
		rows = append(rows, [2]string{"violated", v})
	}
	if r.Logs != "" {
		rows = append(rows, [2]string{"node logs", r.Logs})
	}
	return rows
}

// sortedKeys returns m's keys in order.
func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
