// Package timeline keeps every job's timeline: when GitHub queued it, when
// the scale set learned of the demand, how long it waited for capacity and
// for GitHub, how long its environment took to start and its runner to
// connect, the job itself, and the teardown. The daemon feeds it runtime
// events (messages.Event); actors never hold timelines.
//
// The model is honest about what is known when. GitHub assigns a job to
// any idle runner of its scale set, and says which one only in JobStarted.
// A job's phases therefore join two timelines: the scale set's demand
// timeline (when demand messages arrived, and why the scale set held back
// runners: max_runners, backend capacity, a backend down, a backoff) and
// the provisioning timeline of the runner that served it. Marks are put in
// order and clamped between the job's queueing and its completion, so the
// phases always add up to the job's total; a runner that was ready before
// its job was queued contributes nothing before it (the wait is then
// GitHub's assignment, in runner_connect).
package timeline

import (
	"time"

	"github.com/outrunner/outrunner/messages"
)

// Phase names, in the order they happen.
const (
	// PhaseGitHubQueue runs from GitHub's queue time to the first demand
	// message the scale set received after it.
	PhaseGitHubQueue = "github_queue"
	// PhaseCapacityWait runs from then to the first provisioning attempt of
	// the runner that served the job: the scale set held runners back.
	PhaseCapacityWait = "capacity_wait"
	// PhaseFailedStarts runs from the first attempt to the last one.
	PhaseFailedStarts = "failed_starts"
	// PhaseGitHubWait is the last attempt's wait for a free GitHub client
	// and for the rate limiter.
	PhaseGitHubWait = "github_wait"
	// PhaseRegistration is the JIT configuration call itself.
	PhaseRegistration = "registration"
	// PhaseEnvironmentStart runs from the JIT configuration to the
	// environment being ready.
	PhaseEnvironmentStart = "environment_start"
	// PhaseEnvironmentBound is reserved for warm pools: a pre-booted
	// environment bound to the demand. Zero without a pool.
	PhaseEnvironmentBound = "environment_bound"
	// PhaseRunnerConnect runs to JobStarted: the runner connects and GitHub
	// assigns it the job.
	PhaseRunnerConnect = "runner_connect"
	// PhaseJob is the job itself, to JobCompleted.
	PhaseJob = "job"
)

// PhaseNames lists the phases in order.
func PhaseNames() []string {
	return []string{PhaseGitHubQueue, PhaseCapacityWait, PhaseFailedStarts, PhaseGitHubWait, PhaseRegistration,
		PhaseEnvironmentStart, PhaseEnvironmentBound, PhaseRunnerConnect, PhaseJob}
}

// Job states.
const (
	StateRunning   = "running"
	StateCompleted = "completed"
)

// Phase is one interval of a job's timeline.
type Phase struct {
	Name  string    `json:"name"`
	Start time.Time `json:"start"`
	// Seconds is the phase's duration.
	Seconds float64 `json:"seconds"`
}

// Duration returns the phase's duration.
func (p Phase) Duration() time.Duration { return time.Duration(p.Seconds * float64(time.Second)) }

// Marks are the instants a job's phases run between; a zero mark is
// unknown.
type Marks struct {
	Queued      time.Time `json:"queued,omitzero"`
	DemandSeen  time.Time `json:"demand_seen,omitzero"`
	FirstBegun  time.Time `json:"provisioning_begun,omitzero"`
	LastBegun   time.Time `json:"last_attempt_begun,omitzero"`
	RequestSent time.Time `json:"registration_sent,omitzero"`
	JITReceived time.Time `json:"jit_config_received,omitzero"`
	// EnvStarting is when Provisioner.Start was called (just after the JIT
	// configuration).
	EnvStarting time.Time `json:"environment_start_begun,omitzero"`
	EnvReady    time.Time `json:"environment_ready,omitzero"`
	Bound       time.Time `json:"environment_bound,omitzero"`
	Started     time.Time `json:"job_started,omitzero"`
	Completed   time.Time `json:"job_completed,omitzero"`
	// TornDown is when the environment was destroyed and the registration
	// removed (after the job: not part of its total).
	TornDown time.Time `json:"torn_down,omitzero"`
}

// Hold is a span of the capacity wait attributed to a reason.
type Hold struct {
	Reason  messages.HoldReason `json:"reason"`
	Limit   int                 `json:"limit,omitempty"`
	Seconds float64             `json:"seconds"`
}

// Job is one job's timeline.
type Job struct {
	ID       string `json:"id"`
	ScaleSet string `json:"scale_set"`
	Runner   string `json:"runner,omitempty"`
	State    string `json:"state"`
	Result   string `json:"result,omitempty"`
	// GitHub is what GitHub's job messages said about the job.
	GitHub messages.JobInfo `json:"github"`
	Marks  Marks            `json:"marks"`
	// Phases partition the job's time from queueing to completion (to now
	// while it runs).
	Phases []Phase `json:"phases"`
	// TotalSeconds is from queueing to completion (or now).
	TotalSeconds float64 `json:"total_seconds"`
	// Holds attribute the capacity wait to the scale set's reasons.
	Holds []Hold `json:"holds,omitempty"`
	// StartFailures are the errors of the runner's failed attempts.
	StartFailures []string `json:"start_failures,omitempty"`
	// LaneWaitSeconds and RateWaitSeconds split github_wait.
	LaneWaitSeconds float64 `json:"lane_wait_seconds,omitempty"`
	RateWaitSeconds float64 `json:"rate_wait_seconds,omitempty"`
	// TeardownSeconds is from completion to the teardown's end.
	TeardownSeconds float64 `json:"teardown_seconds,omitempty"`

	written bool // to the history
}

// Phase returns the named phase's duration.
func (j *Job) Phase(name string) time.Duration {
	for _, p := range j.Phases {
		if p.Name == name {
			return p.Duration()
		}
	}
	return 0
}

// computePhases fills Phases and TotalSeconds from the marks; end is the
// completion, or now for a running job.
func (j *Job) computePhases(end time.Time) {
	m := j.Marks
	start := m.Queued
	if start.IsZero() {
		start = firstNonZero(m.Started, end)
	}
	if end.Before(start) {
		end = start
	}
	ends := []time.Time{m.DemandSeen, m.FirstBegun, m.LastBegun, m.RequestSent, m.JITReceived, m.EnvReady, m.Bound, m.Started, end}
	names := PhaseNames()
	j.Phases = make([]Phase, 0, len(names))
	prev := start
	for i, name := range names {
		at := ends[i]
		switch {
		case at.IsZero() || at.Before(prev):
			at = prev
		case at.After(end):
			at = end
		}
		j.Phases = append(j.Phases, Phase{Name: name, Start: prev, Seconds: at.Sub(prev).Seconds()})
		prev = at
	}
	j.TotalSeconds = end.Sub(start).Seconds()
	if !m.TornDown.IsZero() && !m.Completed.IsZero() && m.TornDown.After(m.Completed) {
		j.TeardownSeconds = m.TornDown.Sub(m.Completed).Seconds()
	}
}

func firstNonZero(ts ...time.Time) time.Time {
	for _, t := range ts {
		if !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}
