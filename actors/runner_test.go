package actors

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/messages"
)

func TestRunnerServesOneJob(t *testing.T) {
	rig := newRunnerRig(t)
	rig.provision()
	idle := rig.expect(messages.RunnerIdle)
	if idle.RunnerID != 1 || !rig.reg.registered(rig.name) {
		t.Fatalf("the runner did not report its registration: %+v", idle)
	}
	rig.send(&messages.JobStarted{RunnerName: rig.name, JobID: "7"})
	if tr := rig.expect(messages.RunnerRunning); !tr.RanJob {
		t.Errorf("the running transition does not say the runner ran a job: %+v", tr)
	}
	rig.prov.exit(rig.name, 0)
	rig.expectStopped()
	if rig.prov.running(rig.name) || rig.reg.registered(rig.name) {
		t.Error("the environment or the registration survived the teardown")
	}
}

func TestRunnerStartFailureFailsTheActor(t *testing.T) {
	rig := newRunnerRig(t)
	rig.prov.startErrs = []error{errors.New("engine unreachable")}
	rig.provision()
	f := rig.expectFailure()
	if f.runnerID != 1 || !strings.Contains(f.Error(), "engine unreachable") {
		t.Errorf("the failure does not carry the registration to remove: %+v", f)
	}
}

func TestRunnerReportsAPermanentFailure(t *testing.T) {
	rig := newRunnerRig(t)
	rig.prov.startErrs = []error{backends.Permanentf("no such image")}
	rig.provision()
	if f := rig.expectFailure(); !f.permanent || !strings.Contains(f.Error(), "no such image") {
		t.Errorf("the failure is not marked permanent: %+v", f)
	}
}

func TestRunnerKeptWhenGitHubRefusesTheRemoval(t *testing.T) {
	rig := newRunnerRig(t)
	rig.provision()
	rig.expect(messages.RunnerIdle)
	rig.reg.setBusy(true)
	rig.send(&messages.Deprovision{Reason: "scale down", Runner: rig.rc})
	rig.expect(messages.RunnerStopping)
	if tr := rig.expect(messages.RunnerRunning); !tr.Kept || !tr.RanJob {
		t.Errorf("the runner did not report that it stays: %+v", tr)
	}
	if !rig.prov.running(rig.name) {
		t.Error("the environment of a kept runner was stopped")
	}
	rig.reg.setBusy(false)
	rig.send(&messages.Deprovision{Reason: "job completed", Force: true, Facts: messages.RunnerFacts{JobCompleted: true}})
	rig.expectStopped()
}

func TestRunnerRunningAJobRefusesAGentleStop(t *testing.T) {
	rig := newRunnerRig(t)
	rig.provision()
	rig.expect(messages.RunnerIdle)
	rig.send(&messages.JobStarted{RunnerName: rig.name})
	rig.expect(messages.RunnerRunning)
	rig.send(&messages.Deprovision{Reason: "scale down"})
	if tr := rig.expect(messages.RunnerRunning); !tr.Kept {
		t.Errorf("a refused stop was not reported as kept: %+v", tr)
	}
	rig.send(&messages.Deprovision{Reason: "drain deadline", Force: true})
	rig.expectStopped()
	if rig.prov.running(rig.name) {
		t.Error("a forced stop left the environment running")
	}
}

func TestRunnerStopFailureFailsTheActor(t *testing.T) {
	rig := newRunnerRig(t)
	rig.provision()
	rig.expect(messages.RunnerIdle)
	rig.prov.stopErrs = []error{errors.New("engine unreachable")}
	rig.send(&messages.Deprovision{Reason: "drain", Force: true})
	if f := rig.expectFailure(); !strings.Contains(f.Error(), "stopping the environment") {
		t.Errorf("unexpected failure %v", f)
	}
}

func TestRunnerStopWhileStartingCancelsTheStart(t *testing.T) {
	rig := newRunnerRig(t)
	rig.prov.holdStart = true
	rig.provision()
	<-rig.prov.startedCh
	rig.send(&messages.Deprovision{Reason: "drain", Force: true})
	rig.expectStopped()
	if rig.reg.registered(rig.name) {
		t.Error("the registration of a cancelled start was kept")
	}
}

func TestRunnerEarlyExitIsAFailedStart(t *testing.T) {
	rig := newRunnerRig(t)
	rig.provision()
	rig.expect(messages.RunnerIdle)
	rig.prov.exit(rig.name, 1)
	if f := rig.expectFailure(); !strings.Contains(f.Error(), "before taking a job") {
		t.Errorf("unexpected failure %v", f)
	}
}

func TestRunnerAdoption(t *testing.T) {
	t.Run("running", func(t *testing.T) {
		rig := newRunnerRig(t)
		rig.prov.envs[rig.name] = make(chan backends.ExitStatus, 1)
		rig.send(&messages.Adopt{Runner: rig.rc, Facts: messages.RunnerFacts{RunnerID: 9}, Running: true})
		if tr := rig.expect(messages.RunnerIdle); tr.RunnerID != 9 {
			t.Errorf("the adopted runner forgot its registration: %+v", tr)
		}
	})
	t.Run("exited", func(t *testing.T) {
		rig := newRunnerRig(t)
		rig.send(&messages.Adopt{Runner: rig.rc, Running: false})
		rig.expectStopped()
	})
	// A container the killed daemon created may be starting still: its
	// registration goes first, and if GitHub gave it a job it stays.
	t.Run("half-started without a job", func(t *testing.T) {
		rig := newRunnerRig(t)
		rig.reg.regs[rig.name] = 9
		rig.send(&messages.Adopt{Runner: rig.rc, Facts: messages.RunnerFacts{RunnerID: 9}, Partial: true})
		rig.expectStopped()
		if rig.reg.registered(rig.name) {
			t.Error("the registration of a half-started environment was kept")
		}
	})
	t.Run("half-started with a job", func(t *testing.T) {
		rig := newRunnerRig(t)
		rig.prov.envs[rig.name] = make(chan backends.ExitStatus, 1)
		rig.reg.setBusy(true)
		rig.send(&messages.Adopt{Runner: rig.rc, Facts: messages.RunnerFacts{RunnerID: 9}, Partial: true})
		rig.expect(messages.RunnerStopping)
		if tr := rig.expect(messages.RunnerRunning); !tr.Kept {
			t.Errorf("the runner with a job is not reported kept: %+v", tr)
		}
		if !rig.prov.running(rig.name) {
			t.Error("the environment of a runner with a job was stopped")
		}
	})
}

func TestRunnerStateMachineWalksEveryAllowedTransition(t *testing.T) {
	states := []runnerState{runnerNew, runnerStarting, runnerIdle, runnerRunning, runnerCancelling, runnerStopping, runnerStopped, runnerWarm}
	allowed := map[[2]runnerState]bool{
		{runnerNew, runnerStarting}: true, {runnerNew, runnerIdle}: true, {runnerNew, runnerStopping}: true,
		{runnerStarting, runnerIdle}: true, {runnerStarting, runnerRunning}: true,
		{runnerStarting, runnerCancelling}: true,
		{runnerIdle, runnerRunning}:        true, {runnerIdle, runnerStopping}: true,
		{runnerRunning, runnerStopping}:    true,
		{runnerCancelling, runnerStopping}: true,
		{runnerStopping, runnerRunning}:    true, {runnerStopping, runnerStopped}: true,
		{runnerStarting, runnerWarm}: true, {runnerWarm, runnerStarting}: true, {runnerWarm, runnerStopping}: true,
	}
	for _, from := range states {
		for _, to := range states {
			if got, want := canTransition(from, to), allowed[[2]runnerState{from, to}]; got != want {
				t.Errorf("%v → %v allowed = %v, want %v", from, to, got, want)
			}
		}
	}
	// Every state but the last is reachable from runnerNew.
	reached := map[runnerState]bool{runnerNew: true}
	for queue := []runnerState{runnerNew}; len(queue) > 0; queue = queue[1:] {
		for _, next := range runnerTransitions[queue[0]] {
			if !reached[next] {
				reached[next] = true
				queue = append(queue, next)
			}
		}
	}
	if len(reached) != len(states) {
		t.Errorf("reachable states %v, want all of %v", reached, states)
	}
}

func TestRunnerRefusesAnImpossibleTransition(t *testing.T) {
	var logs bytes.Buffer
	r := &runner{spec: &runnerSpec{logger: slog.New(slog.NewTextHandler(&logs, nil))}, state: runnerRunning}
	if r.to(nil, runnerIdle, news{}) {
		t.Fatal("running → idle was allowed")
	}
	if r.state != runnerRunning || !strings.Contains(logs.String(), "refusing an impossible runner transition") {
		t.Errorf("state %v, logs %q", r.state, logs.String())
	}
}

func TestPlanTeardown(t *testing.T) {
	tests := []struct {
		name  string
		facts messages.RunnerFacts
		force bool
		want  teardownPlan
	}{
		{"idle scale-down asks GitHub first", messages.RunnerFacts{RunnerID: 3}, false,
			teardownPlan{runnerID: 3, deregister: true, deregisterFirst: true}},
		{"forced stop removes after the environment", messages.RunnerFacts{RunnerID: 3}, true,
			teardownPlan{runnerID: 3, deregister: true}},
		{"a runner that ran a job is looked up", messages.RunnerFacts{RunnerID: 3, RanJob: true}, false,
			teardownPlan{runnerID: 3, deregister: true, lookUpFirst: true}},
		{"a completed job needs no removal", messages.RunnerFacts{RunnerID: 3, RanJob: true, JobCompleted: true}, true,
			teardownPlan{runnerID: 3, lookUpFirst: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := planTeardown(tt.facts, messages.Deprovision{Force: tt.force}, 0)
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestRunnerJobStartedWhileStartingRunsOnStart(t *testing.T) {
	rig := newRunnerRig(t)
	rig.prov.gate = make(chan struct{})
	rig.provision()
	<-rig.prov.startedCh
	// Queued before the start's result, which follows the gate.
	rig.send(&messages.JobStarted{RunnerName: rig.name})
	close(rig.prov.gate)
	if tr := rig.expect(messages.RunnerRunning); !tr.RanJob || tr.RunnerID != 1 {
		t.Errorf("unexpected %+v", tr)
	}
}
