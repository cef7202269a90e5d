package ghsim

import (
	"context"
	"slices"
	"time"

	"github.com/actions/scaleset"
	"github.com/google/uuid"
)

// Job states as JobInfo.State reports them.
const (
	JobAvailable = "available"
	JobAcquired  = "acquired"
	JobAssigned  = "assigned"
	JobRunning   = "running"
	JobCompleted = "completed"
)

// Registration statuses as RegistrationInfo.Status reports them.
const (
	RunnerOffline = "offline"
	RunnerIdle    = "idle"
	RunnerBusy    = "busy"
)

// JobInfo is a snapshot of one job.
type JobInfo struct {
	ID              int64     `json:"id"`
	Labels          []string  `json:"labels"`
	State           string    `json:"state"`
	Result          string    `json:"result,omitempty"`
	Behavior        string    `json:"behavior,omitempty"`
	Duration        Duration  `json:"duration"`
	Repository      string    `json:"repository"`
	DisplayName     string    `json:"display_name"`
	ScaleSetID      int       `json:"scale_set_id,omitempty"`
	RunnerID        int       `json:"runner_id,omitempty"`
	RunnerName      string    `json:"runner_name,omitempty"`
	CancelRequested bool      `json:"cancel_requested,omitempty"`
	QueuedAt        time.Time `json:"queued_at"`
	AcquiredAt      time.Time `json:"acquired_at,omitzero"`
	AssignedAt      time.Time `json:"assigned_at,omitzero"`
	StartedAt       time.Time `json:"started_at,omitzero"`
	CompletedAt     time.Time `json:"completed_at,omitzero"`
	// Starts counts the times the job started on a runner, Completions the
	// times it completed: 1 each for a job run exactly once.
	Starts      int `json:"starts,omitempty"`
	Completions int `json:"completions,omitempty"`
	// RunnerLost says the job completed (failed) because its runner was
	// lost mid-job, as GitHub fails the job of a runner that disappears.
	RunnerLost bool `json:"runner_lost,omitempty"`
}

// QueueToStart is the time from queueing to start, or 0 if it never started.
func (j JobInfo) QueueToStart() time.Duration {
	if j.StartedAt.IsZero() {
		return 0
	}
	return j.StartedAt.Sub(j.QueuedAt)
}

// RegistrationInfo is a snapshot of one live runner registration.
type RegistrationInfo struct {
	ID          int       `json:"id"`
	Name        string    `json:"name"`
	ScaleSetID  int       `json:"scale_set_id"`
	Status      string    `json:"status"`
	Used        bool      `json:"used"`
	JobID       int64     `json:"job_id,omitempty"`
	CreatedAt   time.Time `json:"created_at"`
	ConnectedAt time.Time `json:"connected_at,omitzero"`
}

// SessionInfo is a snapshot of one live message session.
type SessionInfo struct {
	ID                uuid.UUID `json:"id"`
	ScaleSetID        int       `json:"scale_set_id"`
	Owner             string    `json:"owner"`
	CreatedAt         time.Time `json:"created_at"`
	LastPoll          time.Time `json:"last_poll"`
	Polling           bool      `json:"polling"`
	MaxCapacity       int       `json:"max_capacity"`
	PendingJobEvents  int       `json:"pending_job_events"`
	UnackedMessages   int       `json:"unacked_messages"`
	DeliveredMessages int       `json:"delivered_messages"`
}

// ScaleSetInfo is a snapshot of one scale set.
type ScaleSetInfo struct {
	ID              int                              `json:"id"`
	Name            string                           `json:"name"`
	RunnerGroupID   int                              `json:"runner_group_id"`
	RunnerGroupName string                           `json:"runner_group_name"`
	Labels          []string                         `json:"labels"`
	Statistics      scaleset.RunnerScaleSetStatistic `json:"statistics"`
	SessionID       string                           `json:"session_id,omitempty"`
	// PeakBusyRunners is the most runners of the scale set that ran a job
	// at once; PeakOnlineRunners the most that were online (idle or busy)
	// at once. Both count only runners connected at the time (polling), so
	// a runner whose process died does not count while the simulator has
	// yet to notice it is lost.
	PeakBusyRunners   int `json:"peak_busy_runners"`
	PeakOnlineRunners int `json:"peak_online_runners"`
}

// State is a consistent snapshot of the simulator, ordered by id.
type State struct {
	ScaleSets     []ScaleSetInfo     `json:"scale_sets"`
	Sessions      []SessionInfo      `json:"sessions"`
	Registrations []RegistrationInfo `json:"registrations"`
	// RemovedRegistrations counts registrations removed so far.
	RemovedRegistrations int       `json:"removed_registrations"`
	Jobs                 []JobInfo `json:"jobs"`
}

// JobCounts counts jobs by the control API's categories.
type JobCounts struct {
	// Queued jobs are available or acquired but not yet assigned.
	Queued    int `json:"queued"`
	Assigned  int `json:"assigned"`
	Running   int `json:"running"`
	Completed int `json:"completed"` // succeeded or failed
	Canceled  int `json:"canceled"`
	Succeeded int `json:"succeeded"`
	Failed    int `json:"failed"`
}

// JobCounts counts the snapshot's jobs.
func (st State) JobCounts() JobCounts {
	var c JobCounts
	for _, j := range st.Jobs {
		switch j.State {
		case JobAvailable, JobAcquired:
			c.Queued++
		case JobAssigned:
			c.Assigned++
		case JobRunning:
			c.Running++
		case JobCompleted:
			switch j.Result {
			case ResultCanceled:
				c.Canceled++
			case ResultSucceeded:
				c.Completed++
				c.Succeeded++
			default:
				c.Completed++
				c.Failed++
			}
		}
	}
	return c
}

// Job returns the job with the id.
func (st State) Job(id int64) (JobInfo, bool) {
	i, ok := slices.BinarySearchFunc(st.Jobs, id, func(j JobInfo, id int64) int { return int(j.ID - id) })
	if !ok {
		return JobInfo{}, false
	}
	return st.Jobs[i], true
}

// JobsIn returns the jobs in a state (JobAvailable ... JobCompleted).
func (st State) JobsIn(state string) []JobInfo {
	var out []JobInfo
	for _, j := range st.Jobs {
		if j.State == state {
			out = append(out, j)
		}
	}
	return out
}

// ScaleSet returns the scale set with the name.
func (st State) ScaleSet(name string) (ScaleSetInfo, bool) {
	for _, ss := range st.ScaleSets {
		if ss.Name == name {
			return ss, true
		}
	}
	return ScaleSetInfo{}, false
}

// ScaleSetByID returns the scale set with the id.
func (st State) ScaleSetByID(id int) (ScaleSetInfo, bool) {
	for _, ss := range st.ScaleSets {
		if ss.ID == id {
			return ss, true
		}
	}
	return ScaleSetInfo{}, false
}

// State returns a snapshot of everything.
func (s *Server) State() State {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stateLocked()
}

func (s *Server) stateLocked() State {
	st := State{RemovedRegistrations: s.removed, Jobs: make([]JobInfo, 0, len(s.jobList))}
	for _, ss := range s.sortedScaleSetsLocked() {
		info := ScaleSetInfo{ID: ss.rs.ID, Name: ss.rs.Name, RunnerGroupID: ss.rs.RunnerGroupID,
			RunnerGroupName: ss.rs.RunnerGroupName, Statistics: ss.stats, PeakBusyRunners: ss.peakBusy, PeakOnlineRunners: ss.peakOnline}
		for _, l := range ss.rs.Labels {
			info.Labels = append(info.Labels, l.Name)
		}
		if ss.session != nil {
			info.SessionID = ss.session.id.String()
		}
		st.ScaleSets = append(st.ScaleSets, info)
	}
	for _, se := range s.sessions {
		st.Sessions = append(st.Sessions, SessionInfo{
			ID: se.id, ScaleSetID: se.ss.rs.ID, Owner: se.owner, CreatedAt: se.createdAt, LastPoll: se.lastPoll,
			Polling: se.lease.inflight > 0, MaxCapacity: se.maxCapacity, PendingJobEvents: len(se.queue.pending) + len(se.queue.held),
			UnackedMessages: len(se.queue.msgs), DeliveredMessages: se.queue.delivered,
		})
	}
	slices.SortFunc(st.Sessions, func(a, b SessionInfo) int { return a.ScaleSetID - b.ScaleSetID })
	for _, r := range s.runners {
		ri := RegistrationInfo{ID: r.id, Name: r.name, ScaleSetID: r.ss.rs.ID, Status: r.status.String(), Used: r.used,
			CreatedAt: r.createdAt, ConnectedAt: r.connectedAt}
		if r.job != nil {
			ri.JobID = r.job.id
		}
		st.Registrations = append(st.Registrations, ri)
	}
	slices.SortFunc(st.Registrations, func(a, b RegistrationInfo) int { return a.ID - b.ID })
	for _, j := range s.jobList {
		st.Jobs = append(st.Jobs, jobInfo(j))
	}
	return st
}

func jobInfo(j *job) JobInfo {
	info := JobInfo{
		ID: j.id, Labels: slices.Clone(j.spec.Labels), State: j.state.String(), Result: j.result, Behavior: j.spec.Behavior,
		Duration: j.spec.Duration, Repository: j.spec.Repository, DisplayName: j.spec.DisplayName,
		RunnerID: j.runnerID, RunnerName: j.runnerName, CancelRequested: j.cancelRequested,
		QueuedAt: j.queuedAt, AcquiredAt: j.acquiredAt, AssignedAt: j.assignedAt, StartedAt: j.startedAt, CompletedAt: j.completedAt,
		Starts: j.starts, Completions: j.completions, RunnerLost: j.runnerLost,
	}
	if j.ss != nil {
		info.ScaleSetID = j.ss.rs.ID
	}
	return info
}

// Job returns a snapshot of one job.
func (s *Server) Job(id int64) (JobInfo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	j := s.jobs[id]
	if j == nil {
		return JobInfo{}, ErrUnknownJob
	}
	return jobInfo(j), nil
}

// WaitFor blocks until cond holds for a snapshot of the state, re-checking
// at every state change, or until ctx ends (returning its error).
func (s *Server) WaitFor(ctx context.Context, cond func(State) bool) error {
	for {
		s.mu.Lock()
		st := s.stateLocked()
		changed := s.changed
		closed := s.closed
		s.mu.Unlock()
		if cond(st) {
			return nil
		}
		if closed {
			return ErrClosed
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
