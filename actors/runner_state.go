package actors

import (
	"fmt"

	"github.com/outrunner/outrunner/messages"
)

// runnerState is a runner actor's place in its lifecycle. A failure is not
// a state: the actor panics and its scale set restarts it in runnerNew.
type runnerState int

const (
	// runnerNew waits for its first order (Provision, Adopt, Deprovision).
	runnerNew runnerState = iota
	// runnerStarting registers the runner and starts its environment.
	runnerStarting
	// runnerIdle waits for a job.
	runnerIdle
	// runnerRunning runs a job.
	runnerRunning
	// runnerCancelling was told to stop while starting; the start's result
	// begins the teardown.
	runnerCancelling
	// runnerStopping tears the environment and registration down.
	runnerStopping
	// runnerStopped is torn down; its scale set stops the actor.
	runnerStopped
	// runnerWarm is a prepared environment without a registration,
	// waiting for a Bind order.
	runnerWarm
)

var runnerStateNames = [...]string{"new", "starting", "idle", "running", "cancelling", "stopping", "stopped", "warm"}

// String names the state.
func (s runnerState) String() string {
	if s < 0 || int(s) >= len(runnerStateNames) {
		return fmt.Sprintf("state(%d)", int(s))
	}
	return runnerStateNames[s]
}

// phase is the phase a snapshot shows for the state.
func (s runnerState) phase() messages.RunnerPhase {
	switch s {
	case runnerIdle:
		return messages.RunnerIdle
	case runnerWarm:
		return messages.RunnerWarm
	case runnerRunning:
		return messages.RunnerRunning
	case runnerCancelling, runnerStopping, runnerStopped:
		return messages.RunnerStopping
	}
	return messages.RunnerProvisioning
}

// runnerTransitions lists every allowed transition.
var runnerTransitions = map[runnerState][]runnerState{
	// Provision; Adopt of a running environment; Deprovision or Adopt of
	// an exited one.
	runnerNew: {runnerStarting, runnerIdle, runnerStopping},
	// Started (idle, or running when JobStarted came first; warm when only
	// prepared); a stop request.
	runnerStarting: {runnerIdle, runnerRunning, runnerCancelling, runnerWarm},
	// Bind; a stop request, or the environment died.
	runnerWarm: {runnerStarting, runnerStopping},
	// JobStarted; a stop request, JobCompleted, or the runner's exit.
	runnerIdle: {runnerRunning, runnerStopping},
	// A forced stop, JobCompleted, or the runner's exit.
	runnerRunning: {runnerStopping},
	// The start's result arrived.
	runnerCancelling: {runnerStopping},
	// GitHub refused to remove a runner that just got a job (it stays);
	// the teardown finished.
	runnerStopping: {runnerRunning, runnerStopped},
}

// canTransition reports whether a runner may move from one state to another.
func canTransition(from, to runnerState) bool {
	for _, s := range runnerTransitions[from] {
		if s == to {
			return true
		}
	}
	return false
}
