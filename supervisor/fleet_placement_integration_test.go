package supervisor

import (
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim"
)

// TestIntegrationFleetPlacesRunnersOnEveryNode runs more jobs at once than
// one node can hold: the leader places the rest on the other node, which
// provisions them with its own JIT configs, and passes GitHub's job
// messages for them there.
func TestIntegrationFleetPlacesRunnersOnEveryNode(t *testing.T) {
	h, daemons := twoNodes(t, runnerYAML{name: "fleet", extra: "    max_runners: 2\n"})
	d1, d2 := daemons["n1"], daemons["n2"]
	var leader string
	h.eventually("a leader holding the session", 20*time.Second, func() bool {
		leader = h.sessionLeader(d1, "fleet", 2)
		return leader != ""
	})
	follower := other(leader)
	h.eventually("the leader advertising both nodes' capacity", 10*time.Second, func() bool {
		return h.scaleSet(daemons[leader], "fleet").Capacity == 4
	})

	// Four jobs that outlast their placement: two runners on each node.
	h.enqueue(4, ghsim.JobSpec{Labels: []string{"fleet"}, Duration: ms(3000)})
	h.eventually("both nodes running two jobs' runners", 20*time.Second, func() bool {
		f := h.status(daemons[follower]).Fleet
		return f != nil && f.Placements["fleet"][leader] == 2 && f.Placements["fleet"][follower] == 2 &&
			len(h.scaleSet(daemons[follower], "fleet").Runners) == 2
	})
	h.waitSim("4 jobs done", 30*time.Second, allDone(4))

	lead, foll := h.scaleSet(daemons[leader], "fleet"), h.scaleSet(daemons[follower], "fleet")
	h.eventually("every job counted once, by the node that ran it", 10*time.Second, func() bool {
		lead, foll = h.scaleSet(daemons[leader], "fleet"), h.scaleSet(daemons[follower], "fleet")
		return lead.JobsCompleted+foll.JobsCompleted == 4 && foll.JobsCompleted > 0 && lead.JobsCompleted > 0
	})
	if lead.UnknownRunnerMsg != 0 || foll.UnknownRunnerMsg != 0 {
		t.Errorf("unknown runner messages: leader %d, follower %d", lead.UnknownRunnerMsg, foll.UnknownRunnerMsg)
	}
	if lead.JobMessagesForwarded != 2*foll.JobsCompleted {
		t.Errorf("the leader forwarded %d job messages for %d jobs on the follower", lead.JobMessagesForwarded, foll.JobsCompleted)
	}
	if foll.JobsStarted != foll.JobsCompleted {
		t.Errorf("the follower heard of %d starts and %d completions", foll.JobsStarted, foll.JobsCompleted)
	}
	// Once the demand is gone, nothing is placed and nothing is left.
	h.eventually("no runner and no registration left", 20*time.Second, func() bool {
		st := h.sim.State()
		return len(st.Registrations) == 0 && len(h.scaleSet(d1, "fleet").Runners) == 0 && len(h.scaleSet(d2, "fleet").Runners) == 0
	})
}
