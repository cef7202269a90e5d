package messages

import (
	"encoding/json"
	"testing"
)

func TestPhaseText(t *testing.T) {
	for _, p := range Phases() {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var back RunnerPhase
		if err := json.Unmarshal(b, &back); err != nil || back != p {
			t.Errorf("%v round-trips to %v (%s), %v", p, back, b, err)
		}
	}
	if RunnerRunning.String() != "running" || RunnerPhase(9).String() != "phase(9)" {
		t.Errorf("String: %q %q", RunnerRunning, RunnerPhase(9))
	}
	var p RunnerPhase
	if err := p.UnmarshalText([]byte("sleeping")); err == nil {
		t.Error("an unknown phase was accepted")
	}
}

func TestRunnerCount(t *testing.T) {
	s := ScaleSetSnapshot{Runners: []RunnerSnapshot{{Phase: RunnerIdle}, {Phase: RunnerIdle}, {Phase: RunnerRunning}}}
	if s.RunnerCount(RunnerIdle) != 2 || s.RunnerCount(RunnerStopping) != 0 {
		t.Errorf("counts wrong")
	}
}
