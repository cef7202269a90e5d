package messages

import "time"

// RunnerSnapshot is a point-in-time copy of a runner's state.
type RunnerSnapshot struct {
	// Name is the runner (and environment) name.
	Name string `json:"name"`
	// RunnerID is GitHub's ID for the runner registration, 0 before it exists.
	RunnerID int `json:"runner_id"`
	// Phase is the lifecycle phase.
	Phase RunnerPhase `json:"phase"`
	// CreatedAt is when the runner was created (or adopted).
	CreatedAt time.Time `json:"created_at"`
	// StartedAt is when provisioning finished; zero before.
	StartedAt time.Time `json:"started_at,omitzero"`
	// PhaseSince is when the runner entered its current phase.
	PhaseSince time.Time `json:"phase_since"`
	// Attempts counts provisioning (or teardown) attempts so far.
	Attempts int `json:"attempts"`
	// LastError is the last failure, empty if none.
	LastError string `json:"last_error,omitempty"`
	// Cause is LastError's cause first, with what to do.
	Cause string `json:"cause,omitempty"`
	// BackingOff is true while the runner waits out a backoff before its
	// next attempt.
	BackingOff bool `json:"backing_off,omitempty"`
	// GaveUp is true for a runner that exhausted its retry budget.
	GaveUp bool `json:"gave_up,omitempty"`
	// Leaked is true when tearing the environment down failed past the
	// budget; the orphan sweep retries it.
	Leaked bool `json:"leaked,omitempty"`
	// Adopted is true for a runner found running when the daemon started.
	Adopted bool `json:"adopted,omitempty"`
	// JobID is the job the runner runs, when known.
	JobID string `json:"job_id,omitempty"`
	// RanJob is true once the runner took a job (ephemeral runners take one).
	RanJob bool `json:"ran_job,omitempty"`
}

// Statistics are the scale set statistics GitHub sent last.
type Statistics struct {
	AvailableJobs     int `json:"available_jobs"`
	AcquiredJobs      int `json:"acquired_jobs"`
	AssignedJobs      int `json:"assigned_jobs"`
	RunningJobs       int `json:"running_jobs"`
	RegisteredRunners int `json:"registered_runners"`
	BusyRunners       int `json:"busy_runners"`
	IdleRunners       int `json:"idle_runners"`
}

// ListenerState describes the scale set's message session.
type ListenerState string

// Listener states.
const (
	ListenerStarting  ListenerState = "starting"   // ensuring the scale set exists
	ListenerSession   ListenerState = "connecting" // creating the message session
	ListenerListening ListenerState = "listening"  // long-polling for messages
	ListenerBackoff   ListenerState = "backoff"    // waiting before a retry
	ListenerStopped   ListenerState = "stopped"
)

// ScaleSetSnapshot is a point-in-time copy of a scale set's state.
type ScaleSetSnapshot struct {
	// Name is the scale set name (runners.<name>).
	Name string `json:"name"`
	// State is StateActive when the scale set serves jobs, else one of the
	// states of state.go naming why not.
	State string `json:"state"`
	// Error explains a state other than active: the cause first, then the
	// whole error chain.
	Error string `json:"error,omitempty"`
	// Cause is the error's cause in a few words, e.g. "401 Bad credentials
	// from GitHub".
	Cause string `json:"cause,omitempty"`
	// Hint says what to do about the state.
	Hint string `json:"hint,omitempty"`
	// ScaleSetID is GitHub's ID, 0 until the scale set is ensured.
	ScaleSetID int `json:"scale_set_id"`
	// Backend is docker, libvirt, tart or sim.
	Backend string `json:"backend"`
	// BackendHealthy is false while the backend's engine is unreachable.
	BackendHealthy bool `json:"backend_healthy"`
	// BackendError is the last health probe failure.
	BackendError string `json:"backend_error,omitempty"`
	// Listener is the message session's state.
	Listener ListenerState `json:"listener"`
	// ListenerError is the listener's last failure.
	ListenerError string `json:"listener_error,omitempty"`
	// ListenerRestarts counts listener restarts.
	ListenerRestarts int `json:"listener_restarts"`
	// SessionID is the current message session, if any.
	SessionID string `json:"session_id,omitempty"`
	// Statistics are GitHub's last statistics.
	Statistics Statistics `json:"statistics"`
	// MaxRunners and MinIdle are the configured limits.
	MaxRunners int `json:"max_runners"`
	MinIdle    int `json:"min_idle"`
	// Capacity is the maximum advertised to GitHub right now.
	Capacity int `json:"capacity"`
	// NodeCapacity is how many runners this daemon can hold for the scale
	// set now: max_runners, or less when the backend says so (Tart: two
	// VMs); 0 while it drains, while its backend is down or its
	// configuration is unusable. In a fleet it is what the node offers.
	NodeCapacity int `json:"node_capacity"`
	// Desired is the runner count the scale set aims for.
	Desired int `json:"desired"`
	// Runners are the live runners.
	Runners []RunnerSnapshot `json:"runners"`
	// Failed are recent runners that gave up or leaked, newest first.
	Failed []RunnerSnapshot `json:"failed,omitempty"`
	// Counters since the scale set started.
	Provisioned      int `json:"provisioned"`
	StartFailures    int `json:"start_failures"`
	RunnerRestarts   int `json:"runner_restarts"`
	GaveUp           int `json:"gave_up"`
	JobsStarted      int `json:"jobs_started"`
	JobsCompleted    int `json:"jobs_completed"`
	UnknownRunnerMsg int `json:"unknown_runner_messages"`
	// JobMessagesForwarded counts, on a fleet's leader, job messages
	// passed to the node that runs their runner.
	JobMessagesForwarded int `json:"job_messages_forwarded,omitempty"`
	// The warm pool: its target size now (fixed or adaptive), jobs served
	// by a bound warm environment or by a cold start while a pool was
	// configured, and warm environments destroyed without being bound.
	// The warm environments themselves are the runners in phase warm.
	WarmTarget   int `json:"warm_target"`
	WarmHits     int `json:"warm_hits"`
	WarmMisses   int `json:"warm_misses"`
	WarmRecycled int `json:"warm_recycled"`
}

// RunnerCount returns the number of runners in phase p.
func (s ScaleSetSnapshot) RunnerCount(p RunnerPhase) int {
	n := 0
	for _, r := range s.Runners {
		if r.Phase == p {
			n++
		}
	}
	return n
}

// Status is the whole daemon's state.
type Status struct {
	// DaemonID is the daemon's ownership identity.
	DaemonID string `json:"daemon_id"`
	// Version is the daemon's version.
	Version string `json:"version"`
	// PID is the daemon's process ID.
	PID int `json:"pid"`
	// StartedAt is when the daemon started.
	StartedAt time.Time `json:"started_at"`
	// Draining is true once a shutdown has begun.
	Draining bool `json:"draining"`
	// Config describes the configuration in force and the last reload.
	Config ConfigState `json:"config"`
	// ScaleSets are sorted by name.
	ScaleSets []ScaleSetSnapshot `json:"scale_sets"`
	// Actors are the live actors, sorted by path.
	Actors []ActorStats `json:"actors"`
	// Fleet is the daemon's view of its fleet; nil without a cluster
	// section.
	Fleet *FleetStatus `json:"fleet,omitempty"`
}

// ConfigState describes the configuration in force.
type ConfigState struct {
	// Path is the configuration file.
	Path string `json:"path"`
	// Watching is set when the daemon reloads Path by itself when it
	// changes.
	Watching bool `json:"watching,omitempty"`
	// Generation counts configurations applied, starting at 1; a reload
	// that changes nothing is not a new generation.
	Generation int `json:"generation"`
	// LoadedAt is when the configuration in force was applied (the last
	// reload that changed it).
	LoadedAt time.Time `json:"loaded_at"`
	// LastReload is when a reload was last attempted.
	LastReload time.Time `json:"last_reload,omitzero"`
	// LastReloadError lists why the last reload was refused; empty when it
	// was applied. The daemon keeps running on the last good configuration.
	LastReloadError string `json:"last_reload_error,omitempty"`
	// Pending lists changes that need a restart to take effect.
	Pending []string `json:"pending,omitempty"`
}

// ActorStats describes one actor of the supervision tree.
type ActorStats struct {
	// Path is the actor's place in the tree, e.g. root/linux/runner-linux-3fa2c1d0.
	Path string `json:"path"`
	// Kind is root, scaleset, listener or runner.
	Kind string `json:"kind"`
	// Messages counts messages the actor received.
	Messages uint64 `json:"messages"`
	// MailboxDepth is the number of messages waiting.
	MailboxDepth int64 `json:"mailbox_depth"`
	// ReceiveP50 and ReceiveP99 are message handling times.
	ReceiveP50 time.Duration `json:"receive_p50_ns"`
	ReceiveP99 time.Duration `json:"receive_p99_ns"`
	// Restarts counts restarts by its supervisor.
	Restarts int `json:"restarts"`
	// Failures counts failures (panics) of the actor.
	Failures int `json:"failures"`
	// LastFailure is the reason of the last failure.
	LastFailure string `json:"last_failure,omitempty"`
	// StartedAt is when the actor (first incarnation) started.
	StartedAt time.Time `json:"started_at"`
}
