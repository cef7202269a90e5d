package messages

import (
	"errors"
	"time"

	"github.com/outrunner/outrunner/config"
)

// Messages from the listener to its scale set.

// DesiredRunners asks the scale set to converge on the number of jobs GitHub
// has assigned to it. The scale set answers DesiredRunnersResult.
type DesiredRunners struct {
	// AssignedJobs is statistics.totalAssignedJobs.
	AssignedJobs int
	// ReceivedAt is when the listener got the message behind the request.
	ReceivedAt time.Time
}

// DesiredRunnersResult answers DesiredRunners with the scale set's target.
type DesiredRunnersResult struct {
	Target int
}

// JobStarted reports that a runner of the scale set started a job.
type JobStarted struct {
	RunnerName string
	RunnerID   int
	JobID      string
	// QueuedAt is when GitHub queued the job, for start latency.
	QueuedAt time.Time
}

// JobCompleted reports that a runner's job finished.
type JobCompleted struct {
	RunnerName string
	RunnerID   int
	JobID      string
	Result     string
}

// StatisticsUpdate carries the statistics of a message from GitHub.
type StatisticsUpdate struct {
	Statistics Statistics
}

// ScaleSetReady tells the scale set its GitHub ID once the listener has
// ensured the scale set exists (created or found, labels reconciled).
type ScaleSetReady struct {
	ScaleSetID int
}

// ListenerStatus reports the listener's state changes to its scale set.
type ListenerStatus struct {
	State     ListenerState
	SessionID string
	Error     string
}

// SetCapacity tells the listener the capacity to advertise to GitHub.
type SetCapacity struct {
	Capacity int
}

// StopListener asks the listener to close its session and stop.
type StopListener struct{}

// Messages from a scale set to its runners.

// Provision starts (or retries) provisioning a runner.
type Provision struct {
	// Attempt is 1 for the first try.
	Attempt int
	// ScaleSetID is GitHub's scale set ID.
	ScaleSetID int
	// Runner is the scale set's configuration for this runner.
	Runner *config.RunnerConfig
	// PrevRunnerID is the registration of a failed earlier attempt, to
	// remove before a new one is made.
	PrevRunnerID int
	// DemandAt is when the GitHub message that asked for this runner
	// arrived; zero when the runner replaces another.
	DemandAt time.Time
}

// Adopt attaches a runner actor to an environment found at start-up.
type Adopt struct {
	ScaleSetID int
	Runner     *config.RunnerConfig
	// RunnerID is the registration, if the journal knows it.
	RunnerID int
	// Running is false for an environment whose runner has ended.
	Running bool
}

// Deprovision tears a runner down: its environment and, unless its job
// completed, its registration.
type Deprovision struct {
	// Reason is logged ("scale down", "drain", "config changed", ...).
	Reason string
	// Force stops a runner even while it runs a job.
	Force bool
	// Attempt is 1 for the first try of a teardown.
	Attempt int
	// RunnerID is the registration to remove when the actor has none.
	RunnerID int
	// Registered says a registration may exist on GitHub even without a
	// known RunnerID (it is then looked up by name).
	Registered bool
}

// Messages from runners to their scale set.

// RunnerUpdate reports a runner's new state.
type RunnerUpdate struct {
	Snapshot RunnerSnapshot
}

// RunnerGaveUp reports that a runner exhausted its retry budget or hit a
// permanent error and cleaned up; it stops right after.
type RunnerGaveUp struct {
	Name  string
	Error string
}

// RunnerStayed reports that a scale-down Deprovision found the runner busy
// (GitHub refused to remove a runner with a job), so it keeps running.
type RunnerStayed struct {
	Name string
}

// Messages from the root to scale sets, and status requests.

// Drain stops a scale set: no new jobs, idle runners removed, running jobs
// allowed to finish until Deadline, then everything is torn down.
type Drain struct {
	Deadline time.Time
}

// Target is where a scale set registers: its GitHub URL and credentials,
// resolved by the daemon (it reads files; actors do not).
type Target struct {
	URL   string
	Creds config.Credentials
	// Err explains why the URL or credentials could not be resolved.
	Err error
}

// Fingerprint identifies the target without revealing its credentials.
func (t Target) Fingerprint() string {
	if t.Err != nil {
		return "error: " + t.Err.Error()
	}
	return config.ScaleSetFingerprint(t.URL, t.Creds)
}

// UpdateConfig applies a changed configuration to a running scale set.
type UpdateConfig struct {
	Runner *config.RunnerConfig
	Target Target
	Change config.Change
}

// GetSnapshot asks a scale set for its ScaleSetSnapshot.
type GetSnapshot struct{}

// GetScaleSets asks the root for the scale set actors' names and PIDs.
type GetScaleSets struct{}

// ErrUnknownScaleSet is returned for a scale set that is not running.
var ErrUnknownScaleSet = errors.New("no such scale set is running")
