package cli

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"
	"go.uber.org/zap"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/testutil/etcdtest"
	"github.com/outrunner/outrunner/internal/testutil/testlog"
	"github.com/outrunner/outrunner/internal/testutil/testwait"
)

// fleetNode is one `outrunner run` process of a test fleet.
type fleetNode struct {
	name   string
	cmd    *exec.Cmd
	out    *testlog.Buffer
	exited <-chan error
}

// TestIntegrationFleetFrozenLeaderProcess freezes the leading daemon
// (SIGSTOP) past its lease: the other daemon takes the scale
// set over (deleting the frozen one's session, which GitHub would keep for
// minutes), and the frozen one, once resumed, holds no session and starts
// nothing: at no moment do two sessions exist.
func TestIntegrationFleetFrozenLeaderProcess(t *testing.T) {
	etcd := etcdtest.Start(t, 1)
	bin := outrunnerBinary(t)
	sim, err := ghsim.New(ghsim.Options{PollHold: 200 * time.Millisecond, RunnerLostTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	const ttl = 3 * time.Second
	start := func(name string) *fleetNode {
		cfg := writeConfig(t, fmt.Sprintf(`url: %s
daemon_id: %s
state_dir: %s
admin: {socket: ""}
cluster:
  endpoints: [%s]
  node_name: %s
  lease_ttl: %s
runners:
  fleet:
    labels: [fleet]
    max_runners: 2
    sim: {}
`, sim.ConfigURL(), name, t.TempDir(), etcd.Endpoint(0), name, ttl))
		cmd := exec.Command(bin, "run", "--config", cfg, "--log-level", "debug")
		cmd.Env = append(os.Environ(), "GITHUB_TOKEN="+sim.Token())
		out, exited := startProcess(t, cmd)
		return &fleetNode{name: name, cmd: cmd, out: out, exited: exited}
	}
	nodes := map[string]*fleetNode{"n1": start("n1"), "n2": start("n2")}
	logs := func() string { return "n1:\n" + nodes["n1"].out.String() + "\nn2:\n" + nodes["n2"].out.String() }
	owner := func(st ghsim.State) string {
		if len(st.Sessions) != 1 {
			return ""
		}
		o := st.Sessions[0].Owner
		return o[strings.LastIndex(o, "/")+1:]
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := sim.WaitFor(ctx, func(st ghsim.State) bool { return owner(st) != "" }); err != nil {
		t.Fatalf("no session: %v\n%s", err, logs())
	}
	leader := owner(sim.State())
	other := map[string]string{"n1": "n2", "n2": "n1"}[leader]
	// The leader records its session in etcd right after creating it; a
	// leader frozen between the two leaves a session no successor can
	// name (docs/fleet.md), so the freeze waits for the record.
	client, err := clientv3.New(clientv3.Config{Endpoints: []string{etcd.Endpoint(0)}, DialTimeout: 5 * time.Second, Logger: zap.NewNop()})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	testwait.Until(t, 10*time.Second, "the session recorded in etcd", func() bool {
		rctx, rcancel := context.WithTimeout(ctx, time.Second)
		defer rcancel()
		resp, err := client.Get(rctx, "/outrunner/scalesets/fleet/session")
		st := sim.State()
		return err == nil && len(resp.Kvs) == 1 && len(st.Sessions) == 1 &&
			strings.Contains(string(resp.Kvs[0].Value), st.Sessions[0].ID.String())
	})

	// Freeze the leader: it stays frozen until the other node has taken
	// over (so past its lease) and run jobs.
	frozen := nodes[leader]
	if err := frozen.cmd.Process.Signal(syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	frozeAt := time.Now()
	if !testwait.Within(2*ttl+20*time.Second, func() bool { return owner(sim.State()) == other }) {
		_ = frozen.cmd.Process.Signal(syscall.SIGCONT)
		t.Fatalf("%s did not take the session over from the frozen %s\n%s", other, leader, logs())
	}
	t.Logf("takeover %s after the freeze", time.Since(frozeAt).Round(time.Millisecond))
	if _, err := sim.EnqueueJobs(ghsim.JobSpec{Labels: []string{"fleet"}, Duration: ghsim.Duration(100 * time.Millisecond)}, 3); err != nil {
		t.Fatal(err)
	}
	if err := sim.WaitFor(ctx, func(st ghsim.State) bool { return st.JobCounts().Completed == 3 }); err != nil {
		t.Fatalf("jobs during the freeze: %v\n%s", err, logs())
	}
	if err := frozen.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}

	// Resumed, the old leader must not act: for two TTLs the simulator
	// sees exactly one session, the new leader's, and the old leader says
	// it no longer leads.
	var bad string
	testwait.Within(2*ttl, func() bool {
		if o := owner(sim.State()); o != other {
			bad = fmt.Sprintf("session owner %q (sessions %d) after the resume", o, len(sim.State().Sessions))
			return true
		}
		return false
	})
	if bad != "" {
		t.Fatalf("%s\n%s", bad, logs())
	}
	testwait.Until(t, 10*time.Second, "the resumed node saying it stopped its listener", func() bool {
		return strings.Contains(frozen.out.String(), "stopping the listener")
	})
	if _, err := sim.EnqueueJobs(ghsim.JobSpec{Labels: []string{"fleet"}, Duration: ghsim.Duration(100 * time.Millisecond)}, 3); err != nil {
		t.Fatal(err)
	}
	if err := sim.WaitFor(ctx, func(st ghsim.State) bool { return st.JobCounts().Completed == 6 }); err != nil {
		t.Fatalf("jobs after the resume: %v\n%s", err, logs())
	}

	for _, n := range nodes {
		_ = n.cmd.Process.Signal(syscall.SIGTERM)
	}
	for _, n := range nodes {
		select {
		case err := <-n.exited:
			if err != nil {
				t.Errorf("%s exited with %v", n.name, err)
			}
		case <-ctx.Done():
			t.Fatalf("%s did not exit after SIGTERM\n%s", n.name, logs())
		}
	}
	if err := sim.WaitFor(ctx, func(st ghsim.State) bool { return len(st.Registrations) == 0 && len(st.Sessions) == 0 }); err != nil {
		st := sim.State()
		t.Fatalf("left behind: %d registrations, %d sessions\n%s", len(st.Registrations), len(st.Sessions), logs())
	}
	if c := sim.State().JobCounts(); c.Completed != 6 {
		t.Errorf("jobs = %+v, want 6 completed once", c)
	}
}
