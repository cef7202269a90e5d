package ghsim

import (
	"strings"
	"time"

	"github.com/actions/scaleset"
)

// jobState is where a job is in its lifecycle.
type jobState int

const (
	jobAvailable jobState = iota // waiting to be acquired (or for a matching scale set)
	jobAcquired                  // acquired by a scale set, not yet assigned
	jobAssigned                  // assigned to a scale set, waiting for a runner
	jobRunning                   // started on a runner
	jobCompleted                 // finished: succeeded, failed or canceled
)

var jobStateNames = [...]string{"available", "acquired", "assigned", "running", "completed"}

// String is the state's name as JobInfo.State reports it.
func (st jobState) String() string { return jobStateNames[st] }

// job is one workflow job.
type job struct {
	id              int64
	guid            string // jobId on the wire
	spec            JobSpec
	labels          []string // lower-cased spec.Labels
	state           jobState
	ss              *scaleSet // nil while no scale set matches
	result          string
	runner          *runner // while running
	runnerID        int
	runnerName      string
	queuedAt        time.Time
	acquiredAt      time.Time
	assignedAt      time.Time
	startedAt       time.Time
	completedAt     time.Time
	cancelRequested bool
	exitEarlyUsed   bool
	starts          int  // times the job started on a runner
	completions     int  // times the job completed
	runnerLost      bool // it completed because its runner was lost
}

// runnerStatus is the connection state of a registration.
type runnerStatus int

const (
	runnerOffline runnerStatus = iota // registered, not connected (or lost)
	runnerIdle                        // connected, waiting for a job
	runnerBusy                        // running a job
)

var runnerStatusNames = [...]string{"offline", "idle", "busy"}

// String is the status's name as RegistrationInfo.Status reports it.
func (st runnerStatus) String() string { return runnerStatusNames[st] }

// runner is a registration created by a JIT config.
type runner struct {
	id              int
	name            string
	ss              *scaleSet
	secret          string
	token           string // runner-protocol token, set on connect
	used            bool   // the JIT config was consumed
	status          runnerStatus
	job             *job
	jobDelivered    bool
	cancelDelivered bool
	exit            bool // told to exit before taking a job
	createdAt       time.Time
	connectedAt     time.Time
	lease           lease
	wake            signal
}

// scaleSet is a runner scale set and its live bookkeeping.
type scaleSet struct {
	rs         scaleset.RunnerScaleSet // without statistics
	acquireURL string
	labels     map[string]bool // lower-cased label names
	stats      scaleset.RunnerScaleSetStatistic
	session    *session
	waiting    []*job    // assigned jobs waiting for a runner, FIFO (stale entries skipped)
	idle       []*runner // idle runners, FIFO (stale entries skipped)
	byName     map[string]*runner
	// peakBusy and peakOnline are the most runners of the scale set that
	// were busy, and online (idle or busy), at once, counting only runners
	// connected at the time: a runner whose process died is not at work,
	// though it stays busy until the simulator notices it is lost.
	peakBusy, peakOnline int
}

func (ss *scaleSet) setLabels(ls []scaleset.Label) {
	ss.rs.Labels = ls
	ss.labels = make(map[string]bool, len(ls))
	for _, l := range ls {
		ss.labels[strings.ToLower(l.Name)] = true
	}
}

func (ss *scaleSet) matches(labels []string) bool {
	for _, l := range labels {
		if !ss.labels[l] {
			return false
		}
	}
	return true
}

// view is the scale set as the API returns it, with current statistics.
func (ss *scaleSet) view() scaleset.RunnerScaleSet {
	v := ss.rs
	v.Labels = append([]scaleset.Label(nil), ss.rs.Labels...)
	st := ss.stats
	v.Statistics = &st
	return v
}

func jobCounters(st *scaleset.RunnerScaleSetStatistic, state jobState, d int) {
	switch state {
	case jobAvailable:
		st.TotalAvailableJobs += d
	case jobAcquired:
		st.TotalAcquiredJobs += d
	case jobAssigned:
		st.TotalAssignedJobs += d
	case jobRunning:
		st.TotalAssignedJobs += d
		st.TotalRunningJobs += d
	}
}

func runnerCounters(st *scaleset.RunnerScaleSetStatistic, status runnerStatus, d int) {
	switch status {
	case runnerIdle:
		st.TotalIdleRunners += d
	case runnerBusy:
		st.TotalBusyRunners += d
	}
}

// setJobState moves j to another state, keeping its scale set's counters.
func (s *Server) setJobState(j *job, to jobState) {
	if j.ss != nil {
		jobCounters(&j.ss.stats, j.state, -1)
		jobCounters(&j.ss.stats, to, +1)
		s.statsChangedLocked(j.ss)
	}
	j.state = to
}

// setJobScaleSet moves j to another scale set (or none), keeping counters.
func (s *Server) setJobScaleSet(j *job, ss *scaleSet) {
	if j.ss != nil {
		jobCounters(&j.ss.stats, j.state, -1)
		s.statsChangedLocked(j.ss)
	}
	j.ss = ss
	if ss != nil {
		jobCounters(&ss.stats, j.state, +1)
		s.statsChangedLocked(ss)
	}
}

// notePeaksLocked updates the scale set's peaks of connected runners.
func (s *Server) notePeaksLocked(ss *scaleSet) {
	busy, online := 0, 0
	for _, r := range ss.byName {
		if r.lease.inflight == 0 {
			continue
		}
		switch r.status {
		case runnerBusy:
			busy++
			online++
		case runnerIdle:
			online++
		}
	}
	ss.peakBusy, ss.peakOnline = max(ss.peakBusy, busy), max(ss.peakOnline, online)
}

// setRunnerStatus changes a registration's status, keeping counters.
func (s *Server) setRunnerStatus(r *runner, to runnerStatus) {
	runnerCounters(&r.ss.stats, r.status, -1)
	runnerCounters(&r.ss.stats, to, +1)
	r.status = to
	s.notePeaksLocked(r.ss)
	if to == runnerIdle {
		r.ss.idle = append(r.ss.idle, r)
	}
	s.statsChangedLocked(r.ss)
}
