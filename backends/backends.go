// Package backends defines the Provisioner interface that every runner
// environment backend (docker, libvirt, tart, sim) implements, the optional
// capabilities a backend may add, and the ownership labels every environment
// carries.
package backends

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/outrunner/outrunner/config"
)

// RunnerRequest contains everything a provisioner needs to start a runner.
type RunnerRequest struct {
	// Name is a unique identifier for this runner instance. It is also the
	// GitHub runner name and the environment's name.
	Name string
	// JITConfig is the encoded JIT configuration from GitHub. It is a
	// credential: pass it to the runner through its environment or stdin,
	// never on a host command line, and never log it or put it in an error.
	JITConfig string
	// Runner is the scale set's runner configuration at the time of the
	// request; backend settings are read from it.
	Runner *config.RunnerConfig
}

// Provisioner creates and destroys ephemeral runner environments.
type Provisioner interface {
	// Start provisions a new runner environment and starts the GitHub
	// Actions runner process inside it with the JIT config. It returns once
	// the runner process has been launched; it does not wait for the job.
	// On error Start leaves nothing behind, or leaves what Stop(name)
	// removes.
	Start(ctx context.Context, req *RunnerRequest) error
	// Stop tears down the runner environment. Stopping an environment that
	// does not exist succeeds.
	Stop(ctx context.Context, name string) error
	// Close releases resources held by the provisioner (clients, connections).
	Close() error
}

// Factory creates the provisioner of a scale set from its configuration.
// logger carries the scale set's attributes. It must not do slow I/O.
type Factory func(owner Ownership, rc *config.RunnerConfig, logger *slog.Logger) (Provisioner, error)

// Ownership identifies who owns an environment. Every environment a backend
// creates carries these values as labels or metadata, and List recognises
// owned environments by them, never by a name prefix.
type Ownership struct {
	// DaemonID is the daemon's stable identity (config daemon_id).
	DaemonID string
	// ScaleSet is the scale set (runners.<name> key). Empty in an Ownership
	// used for listing means every scale set of the daemon.
	ScaleSet string
}

// Label keys used by backends that support key/value labels.
const (
	LabelManaged  = "outrunner"          // "true" on every environment (gha-outrunner compatible)
	LabelName     = "outrunner.name"     // runner name (gha-outrunner compatible)
	LabelDaemon   = "outrunner.daemon"   // Ownership.DaemonID
	LabelScaleSet = "outrunner.scaleset" // Ownership.ScaleSet
)

// Labels returns the ownership labels for the named runner.
func (o Ownership) Labels(runner string) map[string]string {
	return map[string]string{
		LabelManaged:  "true",
		LabelName:     runner,
		LabelDaemon:   o.DaemonID,
		LabelScaleSet: o.ScaleSet,
	}
}

// Owns reports whether an environment with the given daemon and scale set
// labels belongs to this ownership (any scale set when o.ScaleSet is empty).
func (o Ownership) Owns(daemonID, scaleSet string) bool {
	if daemonID != o.DaemonID {
		return false
	}
	return o.ScaleSet == "" || scaleSet == o.ScaleSet
}

// EnvState is the coarse state of an environment as a backend sees it.
type EnvState string

// Environment states.
const (
	// EnvRunning: the environment exists and its runner may still be running.
	EnvRunning EnvState = "running"
	// EnvExited: the environment exists but its runner has ended.
	EnvExited EnvState = "exited"
	// EnvPartial: a half-created environment (e.g. a failed start).
	EnvPartial EnvState = "partial"
)

// Environment describes one environment that a backend found.
type Environment struct {
	// Name is the runner name.
	Name string
	// DaemonID and ScaleSet are the ownership labels the environment carries.
	DaemonID string
	ScaleSet string
	// State is the environment's state.
	State EnvState
	// CreatedAt is when the environment was created, if known.
	CreatedAt time.Time
	// Warm is set for an environment made by Binder.Prepare (LabelWarm).
	// It may have been bound since: the registration journal knows.
	Warm bool
}

// Lister is implemented by backends that can list the environments they own,
// for adoption after a restart and for orphan sweeps.
type Lister interface {
	// List returns every environment carrying the provisioner's ownership.
	List(ctx context.Context) ([]Environment, error)
}

// ExitStatus reports how an environment's runner ended.
type ExitStatus struct {
	// Code is the runner's exit code, or -1 when unknown (e.g. a crashed VM).
	Code int
	// Reason is a short human description ("exited", "killed", "domain crashed").
	Reason string
	// LogTail is the end of the runner's output, kept for diagnostics when
	// the runner failed. It never contains the JIT config.
	LogTail string
}

// Waiter is implemented by backends that can report when an environment's
// runner process has ended, so that the runner actor frees its slot at once.
type Waiter interface {
	// Wait blocks until the named environment's runner exits, the
	// environment disappears (ErrNotFound), or ctx ends.
	Wait(ctx context.Context, name string) (ExitStatus, error)
}

// HealthChecker is implemented by backends whose engine can be unreachable
// (a Docker engine, libvirtd). While Ping fails, the scale set advertises no
// capacity so that GitHub does not park jobs on a dead host.
type HealthChecker interface {
	// Ping checks that the engine answers.
	Ping(ctx context.Context) error
}

// CapacityReporter is implemented by backends with a host-wide limit on
// concurrent environments (Tart: two macOS VMs per host).
type CapacityReporter interface {
	// Capacity returns how many environments of this provisioner can exist
	// at once right now: its own live environments plus free host slots.
	Capacity() int
}

// ErrNotFound is returned (wrapped) when an environment does not exist.
var ErrNotFound = errors.New("environment not found")

// PermanentError marks a failure that retrying cannot fix (a missing image
// with pull policy never, an unreadable golden image, a bad setting).
type PermanentError struct{ Err error }

// Error returns the wrapped error's message.
func (e *PermanentError) Error() string { return e.Err.Error() }

// Unwrap returns the wrapped error.
func (e *PermanentError) Unwrap() error { return e.Err }

// Permanent wraps err as a PermanentError; nil stays nil.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return &PermanentError{Err: err}
}

// Permanentf formats a PermanentError.
func Permanentf(format string, args ...any) error {
	return &PermanentError{Err: fmt.Errorf(format, args...)}
}

// IsPermanent reports whether err (or an error it wraps) is permanent.
func IsPermanent(err error) bool {
	var p *PermanentError
	return errors.As(err, &p)
}

// LabelWarm marks an environment prepared without a runner registration:
// "true" on every environment made by Binder.Prepare. Backends whose labels
// cannot change keep it after binding; the registration journal tells a
// bound environment from an unbound one.
const LabelWarm = "outrunner.warm"

// Binder is implemented by backends that can boot an environment ahead of
// demand and start the runner inside it later (warm pools with late
// binding). Cold start is Prepare then Bind, back to back.
type Binder interface {
	// Prepare boots the named environment without a runner registration:
	// it carries the ownership labels and LabelWarm, and it is ready for
	// Bind when Prepare returns. On error Prepare leaves nothing behind,
	// or leaves what Stop(name) removes.
	Prepare(ctx context.Context, name string, rc *config.RunnerConfig) error
	// Bind starts the runner process inside the prepared environment
	// req.Name with req.JITConfig, passed through the process environment
	// or stdin, never a host command line. It returns once the runner
	// process has been launched.
	Bind(ctx context.Context, req *RunnerRequest) error
}
