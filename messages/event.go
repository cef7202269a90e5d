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
	// ServedFrom, for EventJobStarted, says where the job's runner came
	// from: ServedIdle, ServedWarm or ServedCold.
	ServedFrom string
}

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
	EventStarting       EventKind = "starting"
	EventProvisioned    EventKind = "provisioned"
	EventStartFailed    EventKind = "start_failed"
	EventRunnerRestart  EventKind = "runner_restart"
	EventGaveUp         EventKind = "gave_up"
	EventLeaked         EventKind = "leaked"
	EventStopped        EventKind = "stopped"
	EventUnknownRunner  EventKind = "unknown_runner"
	EventJobStarted     EventKind = "job_started"
	EventJobCompleted   EventKind = "job_completed"
	EventListenerFailed EventKind = "listener_failed"
	// EventWarmReady: a warm environment is prepared (Latency: how long).
	EventWarmReady EventKind = "warm_ready"
	// EventWarmRecycled: an unbound warm environment was destroyed (too
	// old, made from changed settings, surplus, or it died).
	EventWarmRecycled EventKind = "warm_recycled"
	// EventBound: a warm environment was bound. Latency is the backend's
	// Bind call (until the runner process started in the environment);
	// APITime is the JIT config request before it.
	EventBound EventKind = "bound"
	// EventEnvIdle: an environment stopped waiting (warm or idle without a
	// job); Latency is how long it waited.
	EventEnvIdle EventKind = "env_idle"
)
