package supervisor

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/testutil/dockertest"
	"github.com/outrunner/outrunner/internal/testutil/dockertest/engine"
	"github.com/outrunner/outrunner/internal/testutil/etcdtest"
	"github.com/outrunner/outrunner/messages"
)

// TestIntegrationFleetDockerEngineDownMovesTheScaleSet: two nodes serve
// one scale set, each on a Docker engine of its own. The leader's engine
// stops mid-run: its node offers no capacity, hands the scale set to the
// other node, whose engine runs the rest of the jobs. When the engine
// returns, its node removes what the outage left, and at the end neither
// engine holds a container.
func TestIntegrationFleetDockerEngineDownMovesTheScaleSet(t *testing.T) {
	dockertest.Host(t) // skips unless integration tests are on
	etcd := etcdtest.Start(t, 1)
	engines := map[string]*engine.Engine{"n1": engine.Start(t), "n2": engine.Start(t)}
	for _, e := range engines {
		dockertest.ImportSimRunner(t, e.Host)
	}
	h := newDockerHarness(t, engines["n1"].Host)
	runners := func(node string) runnerYAML {
		return runnerYAML{name: "fleet", extra: fmt.Sprintf(
			"    max_runners: 2\n    docker: {image: %q, runner_cmd: %q, network: host, pull_policy: never, host: %q}\n    retry: {budget: 1000, backoff_base: 100ms, backoff_cap: 1s}\n",
			dockertest.SimRunnerImage, dockertest.SimRunnerCmd, engines[node].Host)}
	}
	daemons := map[string]*Daemon{}
	for _, node := range []string{"n1", "n2"} {
		daemons[node] = h.start(h.fleetConfig(node, etcd.Endpoints(), runners(node)))
	}
	containers := func(node string) []string {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		list, err := dockertest.Containers(ctx, dockertest.Client(t, engines[node].Host), node)
		if err != nil {
			t.Fatalf("listing %s's containers: %v", node, err)
		}
		var out []string
		for _, c := range list {
			out = append(out, fmt.Sprintf("%v (%s)", c.Names, c.State))
		}
		return out
	}
	var leader string
	h.eventually("one leader with a session", 30*time.Second, func() bool {
		leader = h.sessionLeader(daemons["n1"], "fleet", 2)
		return leader != ""
	})
	peer := other(leader)
	labels := []string{"fleet"}
	h.enqueue(4, ghsim.JobSpec{Labels: labels, Duration: ms(200)})
	h.waitSim("4 jobs, placed on both engines", 3*time.Minute, allDone(4))

	// The leader's engine stops: its node offers no capacity, so nothing is
	// placed on it, and it hands the scale set over; the other node's
	// engine runs the next jobs.
	engines[leader].Stop()
	stopped := time.Now()
	h.eventually("the other node leading with a session", time.Minute, func() bool {
		return h.scaleSet(daemons[peer], "fleet").State == messages.StateActive && sessionOwnedBy(peer)(h.sim.State())
	})
	t.Logf("the scale set moved to %s %s after %s's engine stopped", peer, time.Since(stopped).Round(time.Millisecond), leader)
	h.enqueue(4, ghsim.JobSpec{Labels: labels, Duration: ms(200)})
	h.waitSim("4 more jobs on the other engine", 3*time.Minute, allDone(8))
	if c := h.sim.State().JobCounts(); c.Completed != 8 {
		t.Fatalf("jobs = %+v, want 8 completed", c)
	}
	// The node without an engine says why it serves nothing: its backend,
	// not only that another node leads.
	if got := h.scaleSet(daemons[leader], "fleet").State; got != messages.StateBackendDown {
		t.Errorf("the node without an engine is %s, want %s", got, messages.StateBackendDown)
	}

	// The engine returns: its node lists it again and removes what the
	// outage left; nothing is left on either engine, nor on GitHub.
	engines[leader].Start()
	h.eventually("no container left on either engine", 2*time.Minute, func() bool {
		return len(containers("n1")) == 0 && len(containers("n2")) == 0
	})
	for _, node := range []string{"n1", "n2"} {
		h.drain(daemons[node], 30*time.Second)
	}
	h.waitSim("no registration or session left", 30*time.Second, func(st ghsim.State) bool {
		return len(st.Registrations) == 0 && len(st.Sessions) == 0
	})
	if left := append(containers("n1"), containers("n2")...); len(left) != 0 {
		t.Fatalf("containers left: %v", left)
	}
}
