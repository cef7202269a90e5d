package timeline

import (
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/outrunner/outrunner/messages"
)

// DefaultKeep is how many recent jobs a Store keeps.
const DefaultKeep = 1000

// Options configures a Store.
type Options struct {
	// Keep bounds the jobs kept in memory (DefaultKeep when 0); the oldest
	// are forgotten first.
	Keep int
	// History, when set, receives every finished timeline (a JSON-lines
	// file: see OpenHistory).
	History *History
	// OnCompleted is called with the timeline of every job that completes
	// (for metrics), outside the store's lock.
	OnCompleted func(Job)
	// Now is the clock (tests); time.Now when nil.
	Now func() time.Time
}

// Store keeps the timelines of recent jobs, fed by runtime events. It is
// safe for concurrent use.
type Store struct {
	opts Options

	mu        sync.Mutex
	jobs      map[string]*Job
	order     []string // job IDs, oldest first
	runners   map[string]*runnerLine
	scaleSets map[string]*demandLine
}

// runnerLine is one runner's provisioning timeline.
type runnerLine struct {
	firstBegun, lastBegun   time.Time
	requestSent, jit, ready time.Time
	bound                   time.Time // a warm environment bound to demand
	tornDown                time.Time
	lane, rate              time.Duration
	failures                []string
	jobID                   string
	touched                 time.Time
}

// demandLine is a scale set's demand timeline: the arrivals of demand
// messages and the changes of the reason it held runners back.
type demandLine struct {
	demand []time.Time
	holds  []holdMark
}

type holdMark struct {
	at     time.Time
	reason messages.HoldReason
	limit  int
}

// lineCap bounds each scale set's demand and hold marks.
const lineCap = 8192

// New returns an empty Store.
func New(o Options) *Store {
	if o.Keep <= 0 {
		o.Keep = DefaultKeep
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return &Store{opts: o, jobs: map[string]*Job{}, runners: map[string]*runnerLine{}, scaleSets: map[string]*demandLine{}}
}

// Observe feeds a runtime event to the store.
func (s *Store) Observe(e messages.Event) {
	if e.At.IsZero() {
		e.At = s.opts.Now()
	}
	var done *Job
	s.mu.Lock()
	switch e.Kind {
	case messages.EventDemand:
		d := s.line(e.ScaleSet)
		d.demand = appendCapped(d.demand, e.At)
	case messages.EventCapacityHeld:
		d := s.line(e.ScaleSet)
		d.holds = appendCapped(d.holds, holdMark{at: e.At, reason: e.Hold, limit: e.Limit})
	case messages.EventProvisioning:
		r := s.runner(e.Runner, e.At)
		if r.firstBegun.IsZero() {
			r.firstBegun = e.At
		}
		r.lastBegun = e.At
	case messages.EventRegistered:
		r := s.runner(e.Runner, e.At)
		r.jit = e.At
		r.lane, r.rate = e.LaneWait, e.RateWait
		r.requestSent = e.At.Add(-e.APITime).Add(e.LaneWait + e.RateWait)
	case messages.EventProvisioned:
		s.runner(e.Runner, e.At).ready = e.At
	case messages.EventBound:
		s.runner(e.Runner, e.At).bound = e.At
	case messages.EventStartFailed:
		r := s.runner(e.Runner, e.At)
		r.failures = append(r.failures, e.Err)
	case messages.EventJobStarted:
		if j := s.job(e); j != nil {
			j.Marks.Started = e.At
		}
	case messages.EventJobCompleted:
		if j := s.job(e); j != nil {
			j.Marks.Completed = e.At
			j.State = StateCompleted
			j.Result = e.Result
			if r := s.runners[j.Runner]; r != nil && !r.tornDown.IsZero() {
				j.Marks.TornDown = r.tornDown
			}
			c := s.render(j)
			done = &c
			if !j.Marks.TornDown.IsZero() {
				s.finish(j)
			}
		}
	case messages.EventStopped:
		r := s.runner(e.Runner, e.At)
		r.tornDown = e.At
		if j := s.jobs[r.jobID]; j != nil {
			j.Marks.TornDown = e.At
			if j.State == StateCompleted {
				s.finish(j)
			}
		}
	}
	s.mu.Unlock()
	if done != nil && s.opts.OnCompleted != nil {
		s.opts.OnCompleted(*done)
	}
}

func appendCapped[T any](s []T, v T) []T {
	if len(s) >= lineCap {
		s = append(s[:0], s[len(s)-lineCap/2:]...)
	}
	return append(s, v)
}

func (s *Store) line(name string) *demandLine {
	d := s.scaleSets[name]
	if d == nil {
		d = &demandLine{}
		s.scaleSets[name] = d
	}
	return d
}

func (s *Store) runner(name string, at time.Time) *runnerLine {
	r := s.runners[name]
	if r == nil {
		r = &runnerLine{}
		s.runners[name] = r
		if len(s.runners) > 4*s.opts.Keep {
			s.forgetRunners()
		}
	}
	r.touched = at
	return r
}

// forgetRunners drops the oldest half of the runner timelines.
func (s *Store) forgetRunners() {
	names := make([]string, 0, len(s.runners))
	for n := range s.runners {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return s.runners[names[i]].touched.Before(s.runners[names[j]].touched) })
	for _, n := range names[:len(names)/2] {
		delete(s.runners, n)
	}
}

// job finds or creates the job of a job event, with its GitHub metadata.
func (s *Store) job(e messages.Event) *Job {
	if e.Job == nil || e.Job.ID == "" {
		return nil
	}
	j := s.jobs[e.Job.ID]
	if j == nil {
		j = &Job{ID: e.Job.ID, State: StateRunning}
		s.jobs[j.ID] = j
		s.order = append(s.order, j.ID)
		for len(s.order) > s.opts.Keep {
			delete(s.jobs, s.order[0])
			s.order = s.order[1:]
		}
	}
	j.ScaleSet, j.Runner = e.ScaleSet, e.Runner
	mergeInfo(&j.GitHub, e.Job)
	if j.Marks.Queued.IsZero() {
		j.Marks.Queued = e.Job.QueuedAt
	}
	if r := s.runners[e.Runner]; r != nil {
		r.jobID = j.ID
	}
	return j
}

// mergeInfo fills what dst lacks from src.
func mergeInfo(dst, src *messages.JobInfo) {
	set := func(d *string, v string) {
		if v != "" {
			*d = v
		}
	}
	set(&dst.ID, src.ID)
	set(&dst.RunnerName, src.RunnerName)
	set(&dst.Repository, src.Repository)
	set(&dst.WorkflowRef, src.WorkflowRef)
	set(&dst.DisplayName, src.DisplayName)
	set(&dst.EventName, src.EventName)
	if src.RunnerID != 0 {
		dst.RunnerID = src.RunnerID
	}
	if src.WorkflowRunID != 0 {
		dst.WorkflowRunID = src.WorkflowRunID
	}
	if len(src.Labels) > 0 {
		dst.Labels = src.Labels
	}
	for _, p := range []struct{ d, v *time.Time }{{&dst.QueuedAt, &src.QueuedAt}, {&dst.AssignedAt, &src.AssignedAt}, {&dst.FinishedAt, &src.FinishedAt}} {
		if !p.v.IsZero() {
			*p.d = *p.v
		}
	}
}

// finish writes a finished job to the history, once.
func (s *Store) finish(j *Job) {
	if s.opts.History == nil {
		return
	}
	if j.written {
		return
	}
	j.written = true
	s.opts.History.Write(s.render(j))
}

// render completes a copy of a job's timeline with its runner's
// provisioning marks, its scale set's demand, and its phases.
func (s *Store) render(j *Job) Job {
	c := *j
	m := &c.Marks
	if d := s.scaleSets[c.ScaleSet]; d != nil && !m.Queued.IsZero() {
		i := sort.Search(len(d.demand), func(i int) bool { return !d.demand[i].Before(m.Queued) })
		if i < len(d.demand) {
			m.DemandSeen = d.demand[i]
		}
	}
	if r := s.runners[c.Runner]; r != nil {
		m.FirstBegun, m.LastBegun, m.RequestSent, m.JITReceived = r.firstBegun, r.lastBegun, r.requestSent, r.jit
		m.EnvStarting, m.EnvReady, m.Bound = r.jit, r.ready, r.bound
		c.StartFailures = append([]string(nil), r.failures...)
		c.LaneWaitSeconds, c.RateWaitSeconds = r.lane.Seconds(), r.rate.Seconds()
	}
	end := m.Completed
	if end.IsZero() {
		end = s.opts.Now()
	}
	c.computePhases(end)
	if d := s.scaleSets[c.ScaleSet]; d != nil {
		for _, p := range c.Phases {
			if p.Name == PhaseCapacityWait && p.Seconds > 0 {
				c.Holds = attribute(d.holds, p.Start, p.Start.Add(p.Duration()))
			}
		}
	}
	return c
}

// attribute splits [from, to) among the hold reasons in force; holds are
// in time order.
func attribute(holds []holdMark, from, to time.Time) []Hold {
	type key struct {
		r messages.HoldReason
		l int
	}
	sums := map[key]time.Duration{}
	cur, at := holdMark{}, from
	for _, h := range holds {
		if !h.at.After(from) {
			cur = h
			continue
		}
		if !h.at.Before(to) {
			break
		}
		sums[key{cur.reason, cur.limit}] += h.at.Sub(at)
		cur, at = h, h.at
	}
	sums[key{cur.reason, cur.limit}] += to.Sub(at)
	var out []Hold
	for k, d := range sums {
		if d > 0 {
			out = append(out, Hold{Reason: k.r, Limit: k.l, Seconds: d.Seconds()})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Seconds > out[j].Seconds })
	return out
}

// Filter selects jobs; empty fields select all.
type Filter struct {
	ScaleSet string
	State    string
	// Repo matches the repository, or its part after the owner.
	Repo string
}

func (f Filter) match(j *Job) bool {
	if f.ScaleSet != "" && j.ScaleSet != f.ScaleSet {
		return false
	}
	if f.State != "" && j.State != f.State {
		return false
	}
	if f.Repo != "" && j.GitHub.Repository != f.Repo && !strings.HasSuffix(j.GitHub.Repository, "/"+f.Repo) {
		return false
	}
	return true
}

// List returns the jobs that f selects, newest first.
func (s *Store) List(f Filter) []Job {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []Job{}
	for i := len(s.order) - 1; i >= 0; i-- {
		if j := s.jobs[s.order[i]]; j != nil && f.match(j) {
			out = append(out, s.render(j))
		}
	}
	return out
}

// Get returns a job by its ID or by the name of the runner that ran it.
func (s *Store) Get(idOrRunner string) (Job, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if j := s.jobs[idOrRunner]; j != nil {
		return s.render(j), true
	}
	for i := len(s.order) - 1; i >= 0; i-- {
		if j := s.jobs[s.order[i]]; j != nil && j.Runner == idOrRunner {
			return s.render(j), true
		}
	}
	return Job{}, false
}
