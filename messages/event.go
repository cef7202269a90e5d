package messages

import "time"

// Event is a notable runtime event that the actors report to the daemon
// (for metrics, simulate's report and tests).
type Event struct {
	ScaleSet string
	Runner   string
	Kind     EventKind
	Err      string
	// Backend is the scale set's backend, for provisioning events.
	Backend string
	// Result is a completed job's result.
	Result string
	// At is when the event happened.
	At time.Time
	// Latency is, for EventStarting, the time from the arrival of the
	// GitHub message that raised the demand to the Provisioner.Start call;
	// for EventProvisioned and EventStartFailed, the duration of the
	// attempt; for EventJobStarted, the time since GitHub queued the job.
	Latency time.Duration
	// APITime, for EventStarting, is the part of Latency spent registering
	// the runner with GitHub (the JIT config call, waits for a free client
	// and the rate limiter included).
	APITime time.Duration
	// LaneWait and RateWait, for EventRegistered, are the parts of APITime
	// spent waiting for a free GitHub client and for the rate limiter.
	LaneWait time.Duration
	RateWait time.Duration
	// Attempt is, for EventProvisioning, the provisioning attempt (1 first).
	Attempt int
	// Assigned is, for EventDemand, the jobs GitHub has assigned to the
	// scale set (its statistics' totalAssignedJobs).
	Assigned int
	// Hold is, for EventCapacityHeld, why the scale set holds back runners
	// that its demand asks for; HoldNone when it no longer does.
	Hold HoldReason
	// Limit is, for EventCapacityHeld, the limit that holds it back
	// (max_runners or the advertised capacity).
	Limit int
	// Job is GitHub's description of the job, for EventJobStarted and
	// EventJobCompleted.
	Job *JobInfo
	// ServedFrom, for EventJobStarted, says where the job's runner came
	// from: ServedIdle, ServedWarm or ServedCold.
	ServedFrom string
}

// JobInfo is what GitHub's job messages say about a job.
type JobInfo struct {
	ID            string    `json:"id"`
	RunnerID      int       `json:"runner_id,omitempty"`
	RunnerName    string    `json:"runner_name,omitempty"`
	Repository    string    `json:"repository,omitempty"`
	WorkflowRef   string    `json:"workflow_ref,omitempty"`
	WorkflowRunID int64     `json:"workflow_run_id,omitempty"`
	DisplayName   string    `json:"display_name,omitempty"`
	EventName     string    `json:"event_name,omitempty"`
	Labels        []string  `json:"labels,omitempty"`
	QueuedAt      time.Time `json:"queued_at,omitzero"`
	// AssignedAt is when GitHub assigned the job to a runner.
	AssignedAt time.Time `json:"assigned_at,omitzero"`
	// FinishedAt is when GitHub saw the job finish.
	FinishedAt time.Time `json:"finished_at,omitzero"`
}

// HoldReason says why a scale set provisions fewer runners than its demand
// asks for.
type HoldReason string

// Hold reasons.
const (
	HoldNone HoldReason = ""
	// HoldMaxRunners: every slot up to max_runners is taken.
	HoldMaxRunners HoldReason = "max_runners"
	// HoldBackendCapacity: the backend's own capacity (Tart's two VMs) is
	// below max_runners and taken.
	HoldBackendCapacity HoldReason = "backend_capacity"
	// HoldBackendDown: the backend's health probe fails (capacity 0).
	HoldBackendDown HoldReason = "backend_down"
	// HoldBackoff: spawns wait out a backoff after runners gave up.
	HoldBackoff HoldReason = "backoff"
	// HoldDraining: the scale set drains.
	HoldDraining HoldReason = "draining"
)

// Where a job's runner came from (Event.ServedFrom).
const (
	// ServedIdle: a registered runner already waiting (min_idle).
	ServedIdle = "idle"
	// ServedWarm: a warm environment bound for the job.
	ServedWarm = "warm"
	// ServedCold: an environment booted for the job.
	ServedCold = "cold"
)

// EventKind names an Event.
type EventKind string

// Event kinds.
const (
	EventDemand        EventKind = "demand"
	EventCapacityHeld  EventKind = "capacity_held"
	EventProvisioning  EventKind = "provisioning"
	EventRegistered    EventKind = "registered"
	EventStarting      EventKind = "starting"
	EventProvisioned   EventKind = "provisioned"
	EventStartFailed   EventKind = "start_failed"
	EventRunnerRestart EventKind = "runner_restart"
	EventGaveUp        EventKind = "gave_up"
	EventLeaked        EventKind = "leaked"
	EventStopped       EventKind = "stopped"
	EventUnknownRunner EventKind = "unknown_runner"
	// EventJobForwarded: the leader of a fleet passed a job message to the
	// node that runs its runner.
	EventJobForwarded   EventKind = "job_forwarded"
	EventJobStarted     EventKind = "job_started"
	EventJobCompleted   EventKind = "job_completed"
	EventListenerFailed EventKind = "listener_failed"
	// EventWarmReady: a warm environment is prepared (Latency: how long).
	EventWarmReady EventKind = "warm_ready"
	// EventWarmRecycled: an unbound warm environment was destroyed (too
	// old, made from changed settings, surplus, or it died).
	EventWarmRecycled EventKind = "warm_recycled"
	// EventBound: a warm (pre-booted) environment was bound; its runner
	// then serves a job like any other. Latency is the backend's Bind call
	// (until the runner process started in the environment); APITime is
	// the JIT config request before it.
	EventBound EventKind = "environment_bound"
	// EventEnvIdle: an environment stopped waiting (warm or idle without a
	// job); Latency is how long it waited.
	EventEnvIdle EventKind = "env_idle"
)
