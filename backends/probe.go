package backends

import (
	"context"

	"github.com/outrunner/outrunner/config"
)

// ProbeStatus is the outcome of one probe check.
type ProbeStatus string

// Probe outcomes.
const (
	// ProbeOK: the check passed.
	ProbeOK ProbeStatus = "ok"
	// ProbeWarning: the check could not pass now but runners may still
	// work (an image that will be pulled, a check that was not possible).
	ProbeWarning ProbeStatus = "warning"
	// ProbeFailed: runners of the scale set cannot start as configured.
	ProbeFailed ProbeStatus = "failed"
)

// ProbeResult is one check of a probe.
type ProbeResult struct {
	// Check names what was checked, e.g. "docker engine" or "image".
	Check string
	// Status is the outcome.
	Status ProbeStatus
	// Detail says what was found, and for a failure or warning, what to do.
	Detail string
}

// Prober is implemented by provisioners that can check, read-only, that
// what a scale set needs is reachable on this host: the engine answers,
// the image is there or can be pulled. A probe never creates, pulls or
// changes anything.
type Prober interface {
	// Probe checks what rc needs and returns one result per check.
	Probe(ctx context.Context, rc *config.RunnerConfig) []ProbeResult
}

// ProbeOf returns the ProbeResult of one check.
func ProbeOf(check string, status ProbeStatus, detail string) ProbeResult {
	return ProbeResult{Check: check, Status: status, Detail: detail}
}
