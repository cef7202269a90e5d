package actors

import (
	"testing"

	"github.com/outrunner/outrunner/messages"
)

func TestRunnerWarmEnvironment(t *testing.T) {
	tests := []struct {
		name string
		// then acts on the warm runner and checks the outcome.
		then func(t *testing.T, rig *runnerRig)
	}{
		{"a bind registers the runner and starts it inside the environment", func(t *testing.T, rig *runnerRig) {
			rig.send(&messages.Bind{ScaleSetID: 1, Runner: rig.rc})
			rig.expect(messages.RunnerProvisioning)
			tr := rig.expect(messages.RunnerIdle)
			if !rig.reg.registered(rig.name) || tr.RunnerID == 0 {
				t.Errorf("bound runner not registered (runner ID %d)", tr.RunnerID)
			}
			rig.prov.mu.Lock()
			jit := rig.prov.bound[rig.name]
			rig.prov.mu.Unlock()
			if jit != "secret" {
				t.Errorf("bound with JIT config %q", jit)
			}
		}},
		{"a stop destroys it without touching GitHub", func(t *testing.T, rig *runnerRig) {
			rig.send(&messages.Deprovision{Reason: "drain", Runner: rig.rc})
			rig.expectStopped()
		}},
		{"one that dies while waiting is torn down without touching GitHub", func(t *testing.T, rig *runnerRig) {
			rig.prov.exit(rig.name, 137)
			rig.expectStopped()
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rig := newRunnerRig(t)
			rig.send(&messages.Provision{Attempt: 1, ScaleSetID: 1, Runner: rig.rc, Warm: true})
			rig.expect(messages.RunnerWarm)
			if rig.reg.registered(rig.name) {
				t.Fatal("a warm environment has a registration")
			}
			tt.then(t, rig)
			rig.reg.mu.Lock()
			defer rig.reg.mu.Unlock()
			if tt.name != tests[0].name && (rig.reg.removals != 0 || rig.reg.nextID != 0) {
				t.Errorf("GitHub was called for an unbound environment: %d removals, %d registrations", rig.reg.removals, rig.reg.nextID)
			}
		})
	}
}
