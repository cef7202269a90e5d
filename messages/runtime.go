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
	// Job is GitHub's description of the job.
	Job *JobInfo
}

// JobCompleted reports that a runner's job finished.
type JobCompleted struct {
	RunnerName string
	RunnerID   int
	JobID      string
	Result     string
	// Job is GitHub's description of the job.
	Job *JobInfo
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

// RunnerFacts are the durable facts about a runner that its scale set's
// record owns and hands down with every order, so that a restarted runner
// actor knows them.
type RunnerFacts struct {
	// RunnerID is GitHub's registration ID; 0 when unknown (a registration
	// may still exist and is then looked up by name).
	RunnerID int
	// RanJob is set once the runner took a job.
	RanJob bool
	// JobCompleted is set once GitHub reported the job completed: GitHub
	// removes an ephemeral runner's registration itself.
	JobCompleted bool
}

// Provision starts (or retries) provisioning a runner.
type Provision struct {
	// Attempt is 1 for the first try.
	Attempt int
	// ScaleSetID is GitHub's scale set ID.
	ScaleSetID int
	// Runner is the scale set's configuration for this runner.
	Runner *config.RunnerConfig
	// Facts are what the record knows; on a retry Facts.RunnerID is the
	// registration of the failed attempt, removed before a new one is made.
	Facts RunnerFacts
	// DemandAt is when the GitHub message that asked for this runner
	// arrived; zero when the runner replaces another.
	DemandAt time.Time
	// Warm prepares a warm environment only: no registration, no runner
	// process, until a Bind order.
	Warm bool
}

// Bind turns a warm environment into a runner: it registers the runner
// with GitHub and starts the runner process inside the environment.
type Bind struct {
	// ScaleSetID is GitHub's scale set ID.
	ScaleSetID int
	// Runner is the scale set's configuration.
	Runner *config.RunnerConfig
	// DemandAt is when the GitHub message that asked for this runner
	// arrived; zero when it was not demand.
	DemandAt time.Time
}

// Adopt attaches a runner actor to an environment found at start-up.
type Adopt struct {
	// Runner is the scale set's configuration.
	Runner *config.RunnerConfig
	// Facts holds the registration, if the journal knows it.
	Facts RunnerFacts
	// Running is false for an environment whose runner has ended.
	Running bool
	// Partial marks an environment that was created but not seen running:
	// a start the killed daemon left may still be under way, so its
	// registration is removed first, and a runner GitHub gave a job is
	// kept.
	Partial bool
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
	// Runner is the scale set's configuration (the stop timeout).
	Runner *config.RunnerConfig
	// Facts are what the record knows about the runner.
	Facts RunnerFacts
	// RecheckAfter, for a registration whose ID is unknown (a journal
	// entry of a daemon killed during its JIT call, which GitHub may
	// still be completing), looks the name up again after this long when
	// the first lookup found nothing; 0 looks once.
	RecheckAfter time.Duration
}

// Messages from runners to their scale set.

// RunnerTransition reports that a runner moved to a new phase, with the
// facts it learnt on the way. With Kept it may also report that a runner
// running a job refused a gentle stop and stays in its phase.
type RunnerTransition struct {
	// Name is the runner's name.
	Name string
	// Phase is the runner's new phase.
	Phase RunnerPhase
	// At is when the runner entered the phase.
	At time.Time
	// RunnerID is the registration learnt from the JIT config; 0 if none.
	RunnerID int
	// RanJob is set when the runner learnt that it took a job.
	RanJob bool
	// Kept is set when a stop that was not forced found the runner busy
	// with a job (GitHub refused to remove it): it keeps running.
	Kept bool
	// Done is set when the runner is torn down: its scale set, having
	// applied the transition, stops the actor.
	Done bool
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
