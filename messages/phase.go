// Package messages holds every message exchanged between outrunner's actors
// and with its admin API, the runner phases, and the status snapshots. It is
// data only.
package messages

import "fmt"

// RunnerPhase represents the current lifecycle phase of a runner.
type RunnerPhase int

// Runner phases, in lifecycle order.
const (
	RunnerProvisioning RunnerPhase = iota
	RunnerIdle
	RunnerRunning
	RunnerStopping
	// RunnerWarm is a warm environment: booted, with no registration yet,
	// waiting to be bound to a runner registration when demand comes.
	RunnerWarm
)

var phaseNames = [...]string{"provisioning", "idle", "running", "stopping", "warm"}

// String returns the phase name in lower case.
func (p RunnerPhase) String() string {
	if p < 0 || int(p) >= len(phaseNames) {
		return fmt.Sprintf("phase(%d)", int(p))
	}
	return phaseNames[p]
}

// MarshalText writes the phase name.
func (p RunnerPhase) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText reads a phase name.
func (p *RunnerPhase) UnmarshalText(b []byte) error {
	for i, n := range phaseNames {
		if n == string(b) {
			*p = RunnerPhase(i)
			return nil
		}
	}
	return fmt.Errorf("unknown runner phase %q", b)
}

// Phases lists every phase, for tables and metrics.
func Phases() []RunnerPhase {
	return []RunnerPhase{RunnerProvisioning, RunnerIdle, RunnerRunning, RunnerStopping, RunnerWarm}
}
