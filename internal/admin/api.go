// Package admin is the daemon's admin API: HTTP over an owner-only unix
// socket (admin.socket), serving the status, the running configuration,
// reloads, scale set drains and Prometheus metrics, and the Client that the
// CLI (outrunner status, validate --diff-against-running, cleanup) uses.
package admin

import (
	"context"
	"errors"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/messages"
)

// Daemon is what the admin API serves.
type Daemon interface {
	// Status returns the daemon's state (messages.Status).
	Status(ctx context.Context) (*messages.Status, error)
	// Reload re-reads and applies the config file; the error lists every
	// problem (config.ValidationError) and the daemon keeps the last good
	// config.
	Reload(ctx context.Context) (config.Plan, error)
	// DrainScaleSet drains one scale set; it wraps ErrUnknownScaleSet for
	// names not running.
	DrainScaleSet(ctx context.Context, name string) error
	// RunningConfig returns the configuration in force and, per scale set,
	// the non-secret fingerprint of its URL and credentials
	// (config.ScaleSetFingerprint).
	RunningConfig() (cfg *config.Config, credentialFingerprints map[string]string)
}

// ErrUnknownScaleSet is wrapped by Daemon.DrainScaleSet for a scale set
// that is not running; the API answers 404.
var ErrUnknownScaleSet = messages.ErrUnknownScaleSet

// ErrNoDaemon is wrapped by Client errors when nothing answers on the
// socket: it does not exist, or refuses connections (a stale socket).
var ErrNoDaemon = errors.New("no outrunner daemon is running")

// RunningConfig is the body of GET /v1/config.
type RunningConfig struct {
	// YAML is the configuration in force as config.ComparableYAML renders
	// it: credential files by path, secret-looking container environment
	// values as a digest.
	YAML string `json:"yaml"`
	// Fingerprints maps each scale set to the non-secret fingerprint of its
	// URL and credentials (config.ScaleSetFingerprint).
	Fingerprints map[string]string `json:"credential_fingerprints"`
	// Config is YAML parsed; the Client fills it in.
	Config *config.Config `json:"-"`
}

// ReloadResult is the body of a successful POST /v1/reload.
type ReloadResult struct {
	// Plan is the applied plan for people (config.Plan.String).
	Plan string `json:"plan"`
	// Changes lists the scale sets that changed.
	Changes []PlanChange `json:"changes"`
	// NeedRestart lists changed global keys that take effect after a
	// restart.
	NeedRestart []string `json:"need_restart,omitempty"`
}

// PlanChange is one scale set's change in a ReloadResult.
type PlanChange struct {
	ScaleSet string              `json:"scale_set"`
	Kinds    []config.ChangeKind `json:"kinds"`
	Details  []string            `json:"details"`
}

// newReloadResult converts an applied plan.
func newReloadResult(p config.Plan) ReloadResult {
	r := ReloadResult{Plan: p.String(), Changes: []PlanChange{}, NeedRestart: p.NeedRestart}
	for _, c := range p.Changes {
		r.Changes = append(r.Changes, PlanChange{ScaleSet: c.ScaleSet, Kinds: c.Kinds, Details: c.Details})
	}
	return r
}

// ErrorBody is the body of every error answer.
type ErrorBody struct {
	// Error says what went wrong.
	Error string `json:"error"`
	// Problems lists every problem of a refused reload (422).
	Problems []string `json:"problems,omitempty"`
}

// ReloadRefusedError is returned by Client.Reload when the daemon refused
// the configuration file; it keeps running on the last good one.
type ReloadRefusedError struct {
	// Problems lists every problem, "file:line: key: message".
	Problems []string
}

// Error lists the problems, one per line.
func (e *ReloadRefusedError) Error() string {
	msg := "the daemon refused the configuration and keeps the last good one:"
	for _, p := range e.Problems {
		msg += "\n" + p
	}
	return msg
}
