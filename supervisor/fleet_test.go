package supervisor

import (
	"fmt"
	"testing"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/messages"
)

func TestFleetOffer(t *testing.T) {
	cfg := &config.Config{Runners: map[string]config.RunnerConfig{
		"linux": {MaxRunners: 4, Sim: &config.SimImage{}},
		"mac":   {MaxRunners: 2, Sim: &config.SimImage{}},
	}}
	runners := []messages.RunnerSnapshot{{Name: "linux-1"}, {Name: "linux-2"}, {Name: "linux-3", Phase: messages.RunnerWarm}}
	tests := []struct {
		name string
		st   *messages.Status
		want string
	}{
		{"at start, everything configured", nil, "[{linux sim 4 0 0} {mac sim 2 0 0}]"},
		{"load and a backend down", &messages.Status{ScaleSets: []messages.ScaleSetSnapshot{
			{Name: "linux", State: messages.StateActive, BackendHealthy: true, Runners: runners, NodeCapacity: 4},
			{Name: "mac", State: messages.StateBackendDown},
		}}, "[{linux sim 4 2 1} {mac sim 0 0 0}]"},
		{"a draining scale set is not offered", &messages.Status{ScaleSets: []messages.ScaleSetSnapshot{
			{Name: "linux", State: messages.StateDraining, BackendHealthy: true, Runners: runners},
			{Name: "mac", State: messages.StateStandby, BackendHealthy: true, NodeCapacity: 1},
		}}, "[{mac sim 1 0 0}]"},
		{"a drained (stopped) scale set is not offered", &messages.Status{ScaleSets: []messages.ScaleSetSnapshot{
			{Name: "mac", State: messages.StateActive, BackendHealthy: true, NodeCapacity: 2},
		}}, "[{mac sim 2 0 0}]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := fmt.Sprint(fleetOffer(cfg, tc.st)); got != tc.want {
				t.Errorf("offer = %s, want %s", got, tc.want)
			}
		})
	}
}
