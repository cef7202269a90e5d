package actors

import (
	"sort"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/outrunner/outrunner/messages"
)

// maxFailedKept bounds the list of recently failed runners in snapshots.
const maxFailedKept = 20

// intent is what a runner record is meant to do next.
type intent int

const (
	// intentServe: provision (or keep) the runner and let it take a job.
	intentServe intent = iota
	// intentStop: tear the runner down.
	intentStop
)

// record is the scale set's memory of one runner. It owns the durable
// facts about the runner and survives the runner actor's restarts; the
// actor reports its transitions and the record applies them.
type record struct {
	name string
	pid  *actor.PID

	// Durable facts.
	facts     messages.RunnerFacts
	jobID     string
	attempts  int
	createdAt time.Time
	adopted   bool
	// warm is set while the record is an unbound warm environment; source
	// says where its runner came from (messages.ServedWarm or ServedCold).
	warm   bool
	source string
	// waited sums the time the environment spent warm or idle.
	waited time.Duration

	// The runner's last reported state.
	phase      messages.RunnerPhase
	phaseSince time.Time
	startedAt  time.Time
	lastError  string

	// Supervision.
	intent   intent
	stopReq  messages.Deprovision
	failures int // consecutive failures of the current intent
	gaveUp   bool
	leaked   bool
	timer    *time.Timer // a restart waiting out its backoff
	counted  bool        // counted as provisioned
}

func newRecord(name string, pid *actor.PID, now time.Time, adopted bool) *record {
	return &record{name: name, pid: pid, createdAt: now, phaseSince: now, adopted: adopted}
}

// setPhase moves the record to phase p (the record's own orders use it too).
func (r *record) setPhase(p messages.RunnerPhase, at time.Time) {
	if r.phase != p {
		if r.phase == messages.RunnerIdle || r.phase == messages.RunnerWarm {
			r.waited += at.Sub(r.phaseSince)
		}
		r.phase, r.phaseSince = p, at
	}
}

// learn takes in facts a runner learnt.
func (r *record) learn(runnerID int, ranJob bool) {
	if runnerID > 0 {
		r.facts.RunnerID = runnerID
	}
	r.facts.RanJob = r.facts.RanJob || ranJob
}

// apply applies a runner's transition. It says whether the runner has just
// started for the first time (provisioning → idle or running).
func (r *record) apply(t *messages.RunnerTransition) (started bool) {
	prev := r.phase
	r.setPhase(t.Phase, t.At)
	r.learn(t.RunnerID, t.RanJob)
	if prev == messages.RunnerProvisioning && (t.Phase == messages.RunnerIdle || t.Phase == messages.RunnerRunning) {
		r.startedAt = t.At
		r.failures = 0
		started = !r.counted
		r.counted = true
	}
	if t.Kept && r.intent == intentStop && !r.stopReq.Force {
		// A scale-down found the runner busy: it stays.
		r.intent = intentServe
	}
	return started
}

// stop turns the record's intent to stopping with req. A gentle request
// does not replace one already made.
func (r *record) stop(req messages.Deprovision) bool {
	if r.intent == intentStop && !req.Force {
		return false
	}
	if r.intent != intentStop {
		r.failures = 0
	}
	r.intent = intentStop
	r.stopReq = req
	return true
}

// deprovision is the record's stop order for its runner's next attempt.
func (r *record) deprovision() *messages.Deprovision {
	req := r.stopReq
	req.Attempt = r.failures + 1
	req.Facts = r.facts
	return &req
}

// idle reports whether the runner waits for a job and is not retiring.
func (r *record) idle() bool {
	return r.intent != intentStop && r.phase == messages.RunnerIdle
}

// snapshot copies the record for status.
func (r *record) snapshot() messages.RunnerSnapshot {
	return messages.RunnerSnapshot{
		Name:       r.name,
		RunnerID:   r.facts.RunnerID,
		Phase:      r.phase,
		CreatedAt:  r.createdAt,
		StartedAt:  r.startedAt,
		PhaseSince: r.phaseSince,
		Attempts:   r.attempts,
		LastError:  r.lastError,
		BackingOff: r.timer != nil,
		GaveUp:     r.gaveUp,
		Leaked:     r.leaked,
		Adopted:    r.adopted,
		JobID:      r.jobID,
		RanJob:     r.facts.RanJob,
	}
}

// runnerBook holds a scale set's runner records and what it remembers of
// runners that are gone.
type runnerBook struct {
	runners map[string]*record
	byPID   map[string]*record
	// failed are recent runners that gave up or leaked, newest first.
	failed  []messages.RunnerSnapshot
	retired retiredSet
	// awaiting holds runners that left after their job before GitHub's
	// JobCompleted arrived.
	awaiting awaitingSet
}

func newRunnerBook() runnerBook {
	return runnerBook{runners: map[string]*record{}, byPID: map[string]*record{}, awaiting: awaitingSet{}}
}

func (b *runnerBook) add(rec *record) {
	b.runners[rec.name] = rec
	b.byPID[rec.pid.Id] = rec
}

// remove forgets the record of the runner actor pid and remembers what
// outlives it; it returns nil for an unknown pid.
func (b *runnerBook) remove(pid *actor.PID, now time.Time) *record {
	rec := b.byPID[pid.Id]
	if rec == nil {
		return nil
	}
	delete(b.byPID, pid.Id)
	delete(b.runners, rec.name)
	b.retired.add(rec.name)
	if rec.timer != nil {
		rec.timer.Stop()
		rec.timer = nil
	}
	if rec.gaveUp || rec.leaked {
		b.failed = append([]messages.RunnerSnapshot{rec.snapshot()}, b.failed...)
		b.failed = b.failed[:min(len(b.failed), maxFailedKept)]
	}
	if rec.facts.RanJob && !rec.facts.JobCompleted {
		b.awaiting[rec.name] = now
	}
	return rec
}

// views returns what the scaling policy sees of the records.
func (b *runnerBook) views() []runnerView {
	v := make([]runnerView, 0, len(b.runners))
	for _, rec := range b.runners {
		v = append(v, runnerView{Name: rec.name, CreatedAt: rec.createdAt, Idle: rec.phase == messages.RunnerIdle, Retiring: rec.intent == intentStop,
			Warm: rec.warm, Ready: rec.warm && rec.phase == messages.RunnerWarm})
	}
	return v
}

// snapshots copies the live records for status, sorted by name.
func (b *runnerBook) snapshots() []messages.RunnerSnapshot {
	out := make([]messages.RunnerSnapshot, 0, len(b.runners))
	for _, rec := range b.runners {
		out = append(out, rec.snapshot())
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// retiredCap bounds how many removed runner names are remembered.
const retiredCap = 4096

// retiredSet remembers the names of recently removed runners, so that a
// job message arriving after its runner is gone is not mistaken for one
// about a runner the scale set never had.
type retiredSet struct {
	names map[string]struct{}
	order []string
}

func (r *retiredSet) add(name string) {
	if r.names == nil {
		r.names = map[string]struct{}{}
	}
	if _, ok := r.names[name]; ok {
		return
	}
	r.names[name] = struct{}{}
	r.order = append(r.order, name)
	if len(r.order) > retiredCap {
		delete(r.names, r.order[0])
		r.order = r.order[1:]
	}
}

func (r *retiredSet) has(name string) bool {
	_, ok := r.names[name]
	return ok
}

// active counts the runners not told to stop, warm environments aside.
func (b *runnerBook) active() int {
	n := 0
	for _, rec := range b.runners {
		if !rec.warm && rec.intent != intentStop {
			n++
		}
	}
	return n
}

// readyWarm counts the warm environments ready to bind.
func (b *runnerBook) readyWarm() int {
	n := 0
	for _, rec := range b.runners {
		if rec.warm && rec.phase == messages.RunnerWarm && rec.intent != intentStop {
			n++
		}
	}
	return n
}
