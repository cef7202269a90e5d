package ghsim

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/actions/scaleset"
	"github.com/outrunner/outrunner/internal/ghsim/runnerproto"
	"github.com/outrunner/outrunner/internal/logkey"
)

// Job results and runner behaviours, re-exported from runnerproto.
const (
	ResultSucceeded   = runnerproto.ResultSucceeded
	ResultFailed      = runnerproto.ResultFailed
	ResultCanceled    = runnerproto.ResultCanceled
	BehaviorCrash     = runnerproto.BehaviorCrash
	BehaviorHang      = runnerproto.BehaviorHang
	BehaviorExitEarly = runnerproto.BehaviorExitEarly
)

// maxJobsPerRequest bounds how many jobs one EnqueueJobs call may create.
const maxJobsPerRequest = 100000

// Errors of the job API.
var (
	ErrUnknownJob   = errors.New("unknown job")
	ErrJobCompleted = errors.New("job already completed")
	ErrClosed       = errors.New("simulator closed")
)

// JobSpec describes a workflow job to enqueue.
type JobSpec struct {
	// Labels are the job's runs-on labels (required). A job goes to the scale
	// set whose labels contain all of them (case-insensitively); when several
	// match, to the one with the lowest id.
	Labels []string `json:"labels"`
	// Duration is how long the runner works on the job.
	Duration Duration `json:"duration,omitempty"`
	// Result is the outcome the runner reports: "succeeded" (default) or "failed".
	Result string `json:"result,omitempty"`
	// Behavior makes the runner misbehave: "crash", "hang" or "exit_early".
	Behavior string `json:"behavior,omitempty"`
	// Repository is "owner/name" (default sim-org/sim-repo).
	Repository string `json:"repository,omitempty"`
	// DisplayName is the job's name (default "job-<id>").
	DisplayName string `json:"display_name,omitempty"`
	// EventName is the triggering event (default "push").
	EventName string `json:"event_name,omitempty"`
}

func (sp *JobSpec) normalize() error {
	if len(sp.Labels) == 0 {
		return errors.New("a job needs at least one label")
	}
	for _, l := range sp.Labels {
		if strings.TrimSpace(l) == "" {
			return errors.New("job labels must not be empty")
		}
	}
	if sp.Duration < 0 {
		return errors.New("job duration must not be negative")
	}
	switch sp.Result {
	case "":
		sp.Result = ResultSucceeded
	case ResultSucceeded, ResultFailed:
	default:
		return fmt.Errorf("job result must be %q or %q", ResultSucceeded, ResultFailed)
	}
	switch sp.Behavior {
	case "", BehaviorCrash, BehaviorHang, BehaviorExitEarly:
	default:
		return fmt.Errorf("unknown job behavior %q", sp.Behavior)
	}
	if sp.Repository == "" {
		sp.Repository = DefaultRepository
	}
	if o, r, ok := strings.Cut(sp.Repository, "/"); !ok || o == "" || r == "" || strings.Contains(r, "/") {
		return fmt.Errorf("repository must be owner/name")
	}
	if sp.EventName == "" {
		sp.EventName = "push"
	}
	sp.Labels = slices.Clone(sp.Labels)
	return nil
}

// EnqueueJob queues one job and returns its id (the runnerRequestId).
func (s *Server) EnqueueJob(spec JobSpec) (int64, error) {
	ids, err := s.EnqueueJobs(spec, 1)
	if err != nil {
		return 0, err
	}
	return ids[0], nil
}

// EnqueueJobs queues count jobs of one spec and returns their ids.
func (s *Server) EnqueueJobs(spec JobSpec, count int) ([]int64, error) {
	if count < 1 || count > maxJobsPerRequest {
		return nil, fmt.Errorf("count must be within [1, %d]", maxJobsPerRequest)
	}
	if err := spec.normalize(); err != nil {
		return nil, err
	}
	lower := make([]string, len(spec.Labels))
	for i, l := range spec.Labels {
		lower[i] = strings.ToLower(l)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, ErrClosed
	}
	now := time.Now()
	ids := make([]int64, 0, count)
	for range count {
		s.nextJobID++
		j := &job{id: s.nextJobID, guid: jobGUID(s.nextJobID), spec: spec, labels: lower, queuedAt: now}
		if j.spec.DisplayName == "" {
			j.spec.DisplayName = fmt.Sprintf("job-%d", j.id)
		}
		s.jobs[j.id] = j
		s.jobList = append(s.jobList, j)
		s.routeLocked(j, now)
		ids = append(ids, j.id)
	}
	s.notifyLocked()
	s.log.Debug("jobs enqueued", logkey.Count, count, logkey.Labels, spec.Labels, logkey.First, ids[0])
	return ids, nil
}

// CancelJob cancels a job. Before it starts it completes at once with result
// canceled and no runner; once running, its runner is told to stop and the
// job completes canceled when the runner reports (or is lost).
func (s *Server) CancelJob(id int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	j := s.jobs[id]
	switch {
	case j == nil:
		return ErrUnknownJob
	case j.state == jobCompleted:
		return ErrJobCompleted
	case j.state == jobRunning:
		j.cancelRequested = true
		j.runner.wake.fire()
	default:
		s.completeJobLocked(j, ResultCanceled, time.Now())
	}
	s.notifyLocked()
	return nil
}

// routeLocked sends an available job to the matching scale set with the
// lowest id, or parks it until one appears.
func (s *Server) routeLocked(j *job, now time.Time) {
	var best *scaleSet
	for _, ss := range s.scaleSets {
		if ss.matches(j.labels) && (best == nil || ss.rs.ID < best.rs.ID) {
			best = ss
		}
	}
	if best == nil {
		s.unmatched = append(s.unmatched, j)
		return
	}
	s.setJobScaleSet(j, best)
	if s.opts.AssignWithoutAcquire {
		s.assignLocked(j, now)
		return
	}
	s.emitLocked(best, s.jobAvailable(j))
}

// rerouteUnmatchedLocked routes parked jobs after the scale sets changed.
func (s *Server) rerouteUnmatchedLocked(now time.Time) {
	parked := s.unmatched
	s.unmatched = nil
	for _, j := range parked {
		if j.ss == nil && j.state == jobAvailable {
			s.routeLocked(j, now)
		}
	}
}

// acquireLocked moves an available job of ss to acquired and then assigned.
func (s *Server) acquireLocked(j *job, now time.Time) {
	s.setJobState(j, jobAcquired)
	j.acquiredAt = now
	s.assignLocked(j, now)
}

// assignLocked assigns a job to its scale set and offers it to runners.
func (s *Server) assignLocked(j *job, now time.Time) {
	s.setJobState(j, jobAssigned)
	j.assignedAt = now
	j.ss.waiting = append(j.ss.waiting, j)
	s.emitLocked(j.ss, &scaleset.JobAssigned{JobMessageBase: s.jobBase(j, scaleset.MessageTypeJobAssigned)})
	s.dispatchLocked(j.ss, now)
}

// dispatchLocked hands waiting jobs of ss to idle runners, oldest first.
func (s *Server) dispatchLocked(ss *scaleSet, now time.Time) {
	for len(ss.waiting) > 0 {
		j := ss.waiting[0]
		if j.state != jobAssigned || j.ss != ss {
			ss.waiting = ss.waiting[1:]
			continue
		}
		r := s.popIdleLocked(ss)
		if r == nil {
			return
		}
		if j.spec.Behavior == BehaviorExitEarly && !j.exitEarlyUsed {
			j.exitEarlyUsed = true
			r.exit = true
			s.setRunnerStatus(r, runnerOffline)
			r.wake.fire()
			continue
		}
		ss.waiting = ss.waiting[1:]
		s.startJobLocked(j, r, now)
	}
}

func (s *Server) popIdleLocked(ss *scaleSet) *runner {
	for len(ss.idle) > 0 {
		r := ss.idle[0]
		ss.idle = ss.idle[1:]
		if r.status == runnerIdle && r.ss == ss && s.runners[r.id] == r {
			return r
		}
	}
	return nil
}

func (s *Server) startJobLocked(j *job, r *runner, now time.Time) {
	s.setRunnerStatus(r, runnerBusy)
	r.job, r.jobDelivered = j, false
	j.runner, j.runnerID, j.runnerName = r, r.id, r.name
	j.startedAt = now
	j.starts++
	s.setJobState(j, jobRunning)
	s.emitLocked(j.ss, &scaleset.JobStarted{RunnerID: r.id, RunnerName: r.name, JobMessageBase: s.jobBase(j, scaleset.MessageTypeJobStarted)})
	r.wake.fire()
	s.log.Debug("job started", logkey.Job, j.id, logkey.Runner, r.name)
}

// completeJobLocked finishes a job; its runner's registration goes with it.
func (s *Server) completeJobLocked(j *job, result string, now time.Time) {
	s.setJobState(j, jobCompleted)
	j.result, j.completedAt = result, now
	j.completions++
	if j.ss != nil {
		s.emitLocked(j.ss, &scaleset.JobCompleted{Result: result, RunnerID: j.runnerID, RunnerName: j.runnerName,
			JobMessageBase: s.jobBase(j, scaleset.MessageTypeJobCompleted)})
	}
	if r := j.runner; r != nil {
		j.runner = nil
		r.job = nil
		s.removeRunnerLocked(r)
	}
	s.log.Debug("job completed", logkey.Job, j.id, logkey.Result, result)
}

func (s *Server) jobAvailable(j *job) *scaleset.JobAvailable {
	return &scaleset.JobAvailable{
		AcquireJobURL:  j.ss.acquireURL,
		JobMessageBase: s.jobBase(j, scaleset.MessageTypeJobAvailable),
	}
}

// jobBase fills every field the client parses from a job message.
func (s *Server) jobBase(j *job, t scaleset.MessageType) scaleset.JobMessageBase {
	owner, repo, _ := strings.Cut(j.spec.Repository, "/")
	return scaleset.JobMessageBase{
		JobMessageType:     scaleset.JobMessageType{MessageType: t},
		RunnerRequestID:    j.id,
		RepositoryName:     repo,
		OwnerName:          owner,
		JobID:              j.guid,
		JobWorkflowRef:     j.spec.Repository + "/.github/workflows/sim.yml@refs/heads/main",
		JobDisplayName:     j.spec.DisplayName,
		WorkflowRunID:      j.id,
		EventName:          j.spec.EventName,
		RequestLabels:      j.spec.Labels,
		QueueTime:          j.queuedAt,
		ScaleSetAssignTime: j.assignedAt,
		RunnerAssignTime:   j.startedAt,
		FinishTime:         j.completedAt,
	}
}

// jobGUID is the job's jobId: a GUID-shaped string derived from its id.
func jobGUID(id int64) string {
	return fmt.Sprintf("00000000-0000-4000-8000-%012d", id)
}
