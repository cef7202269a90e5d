package simulate

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/outrunner/outrunner/internal/admin"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/scrub"
)

// ChaosReport is what simulate --chaos did to the daemon and what held.
type ChaosReport struct {
	// DaemonKills counts SIGKILLs of the daemon (each followed by a restart).
	DaemonKills int `json:"daemon_kills"`
	// EngineRestarts counts restarts of the backend engine by
	// Options.EngineRestart (the sim backend has no engine).
	EngineRestarts int `json:"engine_restarts"`
	// FaultWindows counts the periods of failed and stalled GitHub calls
	// and dropped queue messages.
	FaultWindows int `json:"fault_windows"`
	// TakeoverS is the time from a restart to the first job started after
	// it, in seconds, over every restart with jobs waiting.
	TakeoverS TakeoverReport `json:"takeover_s"`
	// LostJobs completed failed because their runner died: with a killed
	// daemon (sim backend) or a restarted engine. GitHub fails such a job,
	// and it counts as its one completion.
	LostJobs int `json:"lost_jobs"`
	// PeakBusyRunners is, per scale set, the most runners the simulator saw
	// running a job at once; PeakOnlineRunners the most connected ones.
	PeakBusyRunners   map[string]int `json:"peak_busy_runners"`
	PeakOnlineRunners map[string]int `json:"peak_online_runners"`
	// InvariantViolations lists every invariant that did not hold; empty
	// when all held.
	InvariantViolations []string `json:"invariant_violations"`
	// DaemonLog is the daemon's log file, kept when a violation occurred.
	DaemonLog string `json:"daemon_log,omitempty"`
	// Soak is the daemon's health over time (--soak).
	Soak *SoakReport `json:"soak,omitempty"`
}

// TakeoverReport summarises takeover times in seconds.
type TakeoverReport struct {
	P50     float64   `json:"p50"`
	Max     float64   `json:"max"`
	Samples []float64 `json:"samples"`
}

// chaosTimes are the intervals of the chaos schedule.
type chaosTimes struct {
	// killMin and killMax bound the wait between a takeover and the
	// next kill.
	killMin, killMax time.Duration
	// faultEvery bounds the wait between fault windows; faultFor their
	// length.
	faultMin, faultMax, faultForMin, faultForMax time.Duration
	// takeoverLimit is how long a restarted daemon may take to start a
	// job before it is a violation.
	takeoverLimit time.Duration
	// engineMin and engineMax bound the wait between engine restarts
	// (with Options.EngineRestart).
	engineMin, engineMax time.Duration
}

var defaultChaosTimes = chaosTimes{
	killMin: 2 * time.Second, killMax: 6 * time.Second,
	faultMin: 2 * time.Second, faultMax: 6 * time.Second, faultForMin: time.Second, faultForMax: 3 * time.Second,
	takeoverLimit: 60 * time.Second,
	engineMin:     8 * time.Second, engineMax: 20 * time.Second,
}

// fittedChaosTimes fits the default schedule to a run whose jobs arrive
// over window, so that a fast run still holds several kills and, with an
// engine restart command, engine restarts: 60 jobs at 10 a second arrive
// in 6 s, and a quick engine drains them before the default's first
// engine restart (8–20 s). Kills come every eighth to quarter of the
// window (at least 0.5 s apart), engine restarts every quarter to half
// (at least 2 s); never less often than the default.
func fittedChaosTimes(window time.Duration) chaosTimes {
	t := defaultChaosTimes
	window = max(window, 5*time.Second)
	fit := func(lo, hi *time.Duration, loPart, hiPart, floor time.Duration) {
		*lo = min(*lo, max(window/loPart, floor))
		*hi = min(*hi, max(window/hiPart, *lo+floor))
	}
	fit(&t.killMin, &t.killMax, 8, 4, 500*time.Millisecond)
	fit(&t.engineMin, &t.engineMax, 4, 2, 2*time.Second)
	return t
}

// arrivalWindow is the time over which jobs arrive.
func arrivalWindow(jobs []TraceJob) time.Duration {
	var last float64
	for _, j := range jobs {
		last = max(last, j.AtS)
	}
	return time.Duration(last * float64(time.Second))
}

// engineRestartTimeout bounds one run of the engine restart command.
const engineRestartTimeout = 3 * time.Minute

// chaos is one chaos run's state.
type chaos struct {
	o      *Options
	server *ghsim.Server
	daemon *daemonProcess
	status *admin.Client
	state  string // the daemon's state directory
	// killRNG, faultRNG and engineRNG draw the three schedules, each in
	// its own goroutine, from the seed.
	killRNG, faultRNG, engineRNG *rand.Rand
	times                        chaosTimes
	mu                           sync.Mutex
	rep                          ChaosReport
	samples                      []time.Duration
	soak                         SoakReport
	// violations counts every violation, listed or not.
	violations int
	// engineRestarting is set while the engine restart command runs, and
	// engineEpoch counts its runs: a takeover that overlapped one measures
	// the engine, not the daemon, and is no sample.
	engineRestarting bool
	engineEpoch      int
	engineUpAt       time.Time
}

// maxViolations bounds the list in the report; the rest are counted.
const maxViolations = 50

func (c *chaos) violation(format string, args ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.violations++
	switch n := len(c.rep.InvariantViolations); {
	case n < maxViolations:
		c.rep.InvariantViolations = append(c.rep.InvariantViolations, fmt.Sprintf(format, args...))
	case n == maxViolations:
		c.rep.InvariantViolations = append(c.rep.InvariantViolations, "")
		fallthrough
	default:
		c.rep.InvariantViolations[maxViolations] = fmt.Sprintf("… and %d more", c.violations-maxViolations)
	}
}

// between draws a duration in [lo, hi).
func between(rng *rand.Rand, lo, hi time.Duration) time.Duration {
	if hi <= lo {
		return lo
	}
	return lo + time.Duration(rng.Int64N(int64(hi-lo)))
}

// sleep waits d or until ctx ends; it reports whether ctx is still live.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// killLoop kills the daemon, checks its state directory, restarts it and
// measures the takeover, until ctx ends.
func (c *chaos) killLoop(ctx context.Context) {
	for {
		if !sleep(ctx, between(c.killRNG, c.times.killMin, c.times.killMax)) {
			return
		}
		if !c.pending() {
			continue
		}
		c.daemon.kill()
		c.mu.Lock()
		c.rep.DaemonKills++
		n := c.rep.DaemonKills
		c.mu.Unlock()
		for _, v := range checkStateDir(c.state, false) {
			c.violation("after kill %d: %s", n, v)
		}
		restart := time.Now()
		epoch := c.engineEpochNow()
		if err := c.daemon.start(); err != nil {
			c.violation("after kill %d: %v", n, err)
			return
		}
		if !c.awaitTakeover(ctx, n, restart, epoch) {
			return
		}
	}
}

// pending reports whether jobs remain to be done, so that a kill and a
// takeover mean something.
func (c *chaos) pending() bool {
	jc := c.server.State().JobCounts()
	return jc.Completed+jc.Canceled < c.o.Jobs
}

// engineEpochNow returns the engine restart count, or -1 while a restart
// runs, so that a takeover overlapping one shows.
func (c *chaos) engineEpochNow() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.engineRestarting {
		return -1
	}
	return c.engineEpoch
}

// takeoverClock returns when the takeover limit of a restart at restart
// starts counting: at the restart, or once the engine is back up when it
// restarted meanwhile; zero while it restarts.
func (c *chaos) takeoverClock(restart time.Time) time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case c.engineRestarting:
		return time.Time{}
	case c.engineUpAt.After(restart):
		return c.engineUpAt
	}
	return restart
}

// overLimit reports whether the takeover of a restart at restart has
// exceeded its limit, counted by takeoverClock.
func (c *chaos) overLimit(restart time.Time) bool {
	from := c.takeoverClock(restart)
	return !from.IsZero() && time.Since(from) > c.times.takeoverLimit
}

// awaitTakeover waits for the first job started after restart; it reports
// whether ctx is still live. epoch is engineEpochNow at the restart.
func (c *chaos) awaitTakeover(ctx context.Context, kill int, restart time.Time, epoch int) bool {
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		first, waiting := firstStartAfter(c.server.State(), restart, nil)
		switch {
		case !first.IsZero():
			if epoch >= 0 && c.engineEpochNow() == epoch {
				c.mu.Lock()
				c.samples = append(c.samples, first.Sub(restart))
				c.mu.Unlock()
			} // else the engine restarted meanwhile: not the daemon's time
			return true
		case !waiting && time.Since(restart) > time.Second:
			// Nothing waits to start (the jobs left run, or ran on
			// runners that died with the daemon): not a sample.
			return true
		case c.overLimit(restart):
			c.violation("after kill %d: no job started within %v of the restart (or of the engine's)", kill, c.times.takeoverLimit)
			return true
		}
		select {
		case <-ctx.Done():
			return false
		case <-tick.C:
		}
	}
}

// firstStartAfter returns when the first job of st started after at (zero
// if none did) and whether jobs still wait to start; only the jobs of the
// scale sets ids when ids is not nil.
func firstStartAfter(st ghsim.State, at time.Time, ids []int) (first time.Time, waiting bool) {
	for _, j := range st.Jobs {
		if ids != nil && !slices.Contains(ids, j.ScaleSetID) {
			continue
		}
		if j.StartedAt.After(at) && (first.IsZero() || j.StartedAt.Before(first)) {
			first = j.StartedAt
		}
		waiting = waiting || j.State == ghsim.JobAvailable || j.State == ghsim.JobAcquired || j.State == ghsim.JobAssigned
	}
	return first, waiting
}

// engineLoop restarts the backend engine with Options.EngineRestart on
// its schedule until ctx ends. A restart runs to its end even when ctx
// ends meanwhile, so that the drain finds the engine up.
func (c *chaos) engineLoop(ctx context.Context) {
	if c.o.EngineRestart == "" {
		return
	}
	for {
		if !sleep(ctx, between(c.engineRNG, c.times.engineMin, c.times.engineMax)) {
			return
		}
		if !c.pending() {
			continue
		}
		c.mu.Lock()
		c.engineRestarting = true
		c.mu.Unlock()
		rctx, cancel := context.WithTimeout(context.Background(), engineRestartTimeout)
		out, err := exec.CommandContext(rctx, "sh", "-c", c.o.EngineRestart).CombinedOutput()
		cancel()
		c.mu.Lock()
		c.engineRestarting = false
		c.engineEpoch++
		c.engineUpAt = time.Now()
		if err == nil {
			c.rep.EngineRestarts++
		}
		c.mu.Unlock()
		if err != nil {
			c.violation("restarting the engine with %q: %v: %s", c.o.EngineRestart, err, scrub.Tail(out, 2000, ""))
			return
		}
	}
}

// daemonEndpoints are the GitHub endpoints the daemon calls; the fault
// windows perturb them, not the runners' own endpoints.
var daemonEndpoints = []string{
	ghsim.EndpointJITConfig, ghsim.EndpointRunnerDelete, ghsim.EndpointRunnerGet, ghsim.EndpointMessageGet,
	ghsim.EndpointMessageDelete, ghsim.EndpointAcquireJobs, ghsim.EndpointSessionCreate, ghsim.EndpointScaleSetsGet,
}

// faultLoop opens windows of failed and stalled GitHub calls and dropped
// queue messages until ctx ends.
func (c *chaos) faultLoop(ctx context.Context) {
	defer func() { _ = c.server.SetFaults(ghsim.Faults{}) }()
	for {
		if !sleep(ctx, between(c.faultRNG, c.times.faultMin, c.times.faultMax)) {
			return
		}
		f := ghsim.Faults{Endpoints: map[string]ghsim.EndpointFault{}}
		for _, e := range daemonEndpoints {
			switch c.faultRNG.IntN(3) {
			case 0:
				f.Endpoints[e] = ghsim.EndpointFault{ErrorRate: 0.2, ErrorStatus: 503}
			case 1:
				f.Endpoints[e] = ghsim.EndpointFault{Latency: ghsim.Duration(500 * time.Millisecond), Jitter: ghsim.Duration(time.Second)}
			}
		}
		// A dropped JobAvailable strands its job until the daemon renews
		// its message session (a minute later, actors/stranded.go).
		f.Messages = ghsim.MessageFaults{DropRate: 0.05, DuplicateRate: 0.05, ReorderRate: 0.05}
		if err := c.server.SetFaults(f); err != nil {
			c.violation("setting faults: %v", err)
			return
		}
		c.mu.Lock()
		c.rep.FaultWindows++
		c.mu.Unlock()
		ok := sleep(ctx, between(c.faultRNG, c.times.faultForMin, c.times.faultForMax))
		_ = c.server.SetFaults(ghsim.Faults{})
		if !ok {
			return
		}
	}
}

// runChaos runs the daemon as a child process against the in-process
// simulator, under the chaos schedule, and checks the invariants.
func runChaos(ctx context.Context, o Options, server *ghsim.Server, setup backendSetup) (*Report, error) {
	bin, files, err := o.childRun("outrunner-chaos-")
	if err != nil {
		return nil, err
	}
	defer files.remove()
	runDir := files.dir
	stateDir := o.StateDir
	if stateDir == "" {
		stateDir = filepath.Join(runDir, "state")
	}
	socket := filepath.Join(runDir, "admin.sock")
	cfgPath := filepath.Join(runDir, "outrunner.yml")
	cfg, err := o.configurationAt(server, stateDir, socket, cfgPath, "", setup)
	if err != nil {
		return nil, err
	}
	labels, jobs, err := o.plannedJobs(cfg)
	if err != nil {
		return nil, err
	}
	o.Jobs = len(jobs) // a --workload or --trace decides the count
	logPath := filepath.Join(runDir, "daemon.log")
	daemon, err := newDaemonProcess(bin, cfgPath, logPath, server.Token())
	if err != nil {
		return nil, err
	}
	defer daemon.close()
	c := &chaos{o: &o, server: server, daemon: daemon, status: admin.NewClient(socket), state: stateDir,
		killRNG: rand.New(rand.NewPCG(o.Seed, 1)), faultRNG: rand.New(rand.NewPCG(o.Seed, 2)),
		engineRNG: rand.New(rand.NewPCG(o.Seed, 3)), times: fittedChaosTimes(arrivalWindow(jobs))}
	if o.chaosTimes != nil {
		c.times = *o.chaosTimes
	}
	if o.Soak {
		// Steady load with faults: the daemon is never killed, so that
		// its growth over time shows.
		c.times.killMin, c.times.killMax = 1000*time.Hour, 1000*time.Hour
	}
	start := time.Now()
	if err := daemon.start(); err != nil {
		return nil, err
	}
	go generate(ctx, server, o, jobs, labels)
	chaosCtx, stopChaos := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(4)
	go func() { defer wg.Done(); c.killLoop(chaosCtx) }()
	go func() { defer wg.Done(); c.faultLoop(chaosCtx) }()
	go func() { defer wg.Done(); c.engineLoop(chaosCtx) }()
	go func() {
		defer wg.Done()
		if o.Soak {
			c.sampleLoop(chaosCtx, start)
		}
	}()
	progress := newProgress(o.Progress, o.Interactive, o.Width, len(jobs))
	waitErr := waitForJobs(ctx, server, c.status, progress, len(jobs))
	progress.done()
	stopChaos()
	wg.Wait()
	if daemon.pid() == 0 {
		// Killed as the chaos stopped: the drain below needs it running.
		_ = daemon.start()
	}
	// A daemon restarted a moment ago may not have reached its signal
	// handler yet; the drain is asked of one that answers.
	awaitAdmin(ctx, c.status, 30*time.Second)
	if err := daemon.stop(90 * time.Second); err != nil {
		c.violation("%v", err)
	}
	elapsed := time.Since(start)

	rep, st := o.childReport(server, cfg, elapsed)
	c.finish(st, cfg.Runners, rep)
	for _, v := range checkStateDir(stateDir, true) {
		c.violation("after the drain: %s", v)
	}
	c.rep.TakeoverS = takeovers(c.samples)
	if o.Soak {
		c.rep.Soak = c.finishSoak()
	}
	if c.rep.InvariantViolations == nil {
		c.rep.InvariantViolations = []string{}
	}
	rep.Chaos = &c.rep
	if len(c.rep.InvariantViolations) > 0 || !rep.Clean() {
		files.keep = true
		rep.Chaos.DaemonLog = logPath
	}
	if waitErr != nil && !errors.Is(waitErr, context.DeadlineExceeded) {
		return rep, waitErr
	}
	return rep, nil
}

// awaitAdmin waits until a daemon's admin API answers, or for limit.
func awaitAdmin(ctx context.Context, status *admin.Client, limit time.Duration) {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) && ctx.Err() == nil {
		sctx, cancel := context.WithTimeout(ctx, time.Second)
		_, err := status.Status(sctx)
		cancel()
		if err == nil {
			return
		}
		sleep(ctx, 50*time.Millisecond)
	}
}

// takeovers summarises the takeover samples.
func takeovers(ds []time.Duration) TakeoverReport {
	t := TakeoverReport{Samples: []float64{}}
	if len(ds) == 0 {
		return t
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	for _, d := range ds {
		t.Samples = append(t.Samples, round3(d.Seconds()))
	}
	t.P50 = round3(s[(len(s)-1)/2].Seconds())
	t.Max = round3(s[len(s)-1].Seconds())
	return t
}

func round3(f float64) float64 { return float64(int64(f*1000+0.5)) / 1000 }
