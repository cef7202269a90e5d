// Package simulate runs the simulator, the daemon and a job generator in one
// process (outrunner simulate): the first thing a new user runs, and the
// harness of end-to-end runs and benchmarks.
package simulate

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/outrunner/outrunner/actors"
	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/all"
	"github.com/outrunner/outrunner/backends/sim"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/dashboard"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/ghsim/emurunner"
	"github.com/outrunner/outrunner/internal/timeline"
	"github.com/outrunner/outrunner/messages"
	"github.com/outrunner/outrunner/supervisor"
)

// GitHub's secondary rate limit on JIT generation, as the simulator
// enforces it with Options.GitHubLimits.
const (
	githubJITPerSecond = 3
	githubJITBurst     = 10
)

// counters tallies runtime events.
type counters struct {
	mu                                         sync.Mutex
	provisioned, startFailures, restarts, gave int
	toStart, own                               []time.Duration
	firstStart, lastStart                      time.Time
	servedFrom                                 map[string]int
	bind                                       []time.Duration
	recycled                                   int
	idleEnv                                    time.Duration
	running, peak                              int
}

func (c *counters) observe(e messages.Event) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch e.Kind {
	case messages.EventStarting:
		c.toStart = append(c.toStart, e.Latency)
		c.own = append(c.own, e.Latency-e.APITime)
		if c.firstStart.IsZero() {
			c.firstStart = e.At
		}
		c.lastStart = e.At
	case messages.EventProvisioned:
		c.provisioned++
	case messages.EventStartFailed:
		c.startFailures++
	case messages.EventRunnerRestart:
		c.restarts++
	case messages.EventGaveUp:
		c.gave++
	case messages.EventJobStarted:
		if e.ServedFrom != "" {
			if c.servedFrom == nil {
				c.servedFrom = map[string]int{}
			}
			c.servedFrom[e.ServedFrom]++
		}
		c.running++
		c.peak = max(c.peak, c.running)
	case messages.EventJobCompleted:
		c.running = max(c.running-1, 0)
	case messages.EventBound:
		c.bind = append(c.bind, e.Latency)
	case messages.EventWarmRecycled:
		c.recycled++
	case messages.EventEnvIdle:
		c.idleEnv += e.Latency
	}
}

func (c *counters) report() RunnerReport {
	c.mu.Lock()
	defer c.mu.Unlock()
	return RunnerReport{Provisioned: c.provisioned, StartFailures: c.startFailures, Restarts: c.restarts, GaveUp: c.gave, PeakConcurrency: c.peak}
}

// warmReport summarises the warm pools and where jobs' runners came from.
func (c *counters) warmReport(pool bool) (WarmReport, map[string]int, CostReport) {
	c.mu.Lock()
	defer c.mu.Unlock()
	served := map[string]int{messages.ServedIdle: 0, messages.ServedWarm: 0, messages.ServedCold: 0}
	for k, n := range c.servedFrom {
		served[k] += n
	}
	w := WarmReport{Hits: served[messages.ServedWarm], Recycled: c.recycled}
	if pool {
		w.Misses = served[messages.ServedCold]
	}
	return w, served, CostReport{IdleEnvSeconds: math.Round(c.idleEnv.Seconds()*10) / 10}
}

// Run runs one simulation and reports it. The error is for runs that could
// not take place; a run whose jobs failed or leaked returns a Report that is
// not Clean.
func Run(ctx context.Context, o Options) (*Report, error) {
	if err := o.defaults(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()

	simOpts := ghsim.Options{Seed: o.Seed, PollHold: 500 * time.Millisecond, RunnerLostTimeout: 10 * time.Second}
	if o.Soak {
		o.Chaos = true
	}
	if o.Chaos || o.Nodes > 0 {
		// A runner that dies with its daemon breaks its connection; the
		// simulator notices soon, as GitHub does.
		simOpts.RunnerDisconnectTimeout = 2 * time.Second
	}
	if o.APIErrorRate > 0 || o.APILatency > 0 {
		f := ghsim.EndpointFault{ErrorRate: o.APIErrorRate}
		if o.APIErrorRate > 0 {
			f.ErrorStatus = 503
		}
		f.Latency, f.Jitter = ghsim.Duration(o.APILatency*9/10), ghsim.Duration(o.APILatency/5)
		simOpts.Faults.Endpoints = map[string]ghsim.EndpointFault{ghsim.AllEndpoints: f}
	}
	if o.GitHubLimits {
		simOpts.Faults.JITRateLimit = ghsim.RateLimit{PerSecond: githubJITPerSecond, Burst: githubJITBurst}
	}
	server, err := ghsim.New(simOpts)
	if err != nil {
		return nil, fmt.Errorf("starting the simulator: %w", err)
	}
	defer server.Close()

	setup, err := backendSetups[o.Backend](ctx, &o, server)
	if err != nil {
		return nil, fmt.Errorf("preparing the %s backend: %w", o.Backend, err)
	}
	defer setup.close()
	if o.Chaos {
		return runChaos(ctx, o, server, setup)
	}
	if o.Nodes > 0 {
		return runFleet(ctx, o, server, setup)
	}

	stateDir := o.StateDir
	if stateDir == "" {
		stateDir, err = os.MkdirTemp("", "outrunner-simulate-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(stateDir)
	}
	cfg, err := o.configuration(server, stateDir, setup)
	if err != nil {
		return nil, err
	}
	labels, jobs, err := o.plannedJobs(cfg)
	if err != nil {
		return nil, err
	}

	backend := sim.New(sim.Options{Seed: o.Seed, Run: func(ctx context.Context, jit string) error {
		return emurunner.Run(ctx, jit, emurunner.Options{})
	}})
	factory := all.New(all.Options{Sim: backend})
	var count counters
	timing := actors.DefaultTiming()
	timing.ListenerBackoffBase = 100 * time.Millisecond
	timing.ListenerBackoffCap = 2 * time.Second
	timing.HealthInterval = time.Second
	start := time.Now()
	d, err := supervisor.Start(supervisor.Options{
		Config:       cfg,
		FlagToken:    server.Token(),
		Logger:       o.Logger,
		LibraryLevel: slog.LevelError,
		Backends:     factory,
		Timing:       &timing,
		Events:       count.observe,
		KeepJobs:     max(o.Jobs, timeline.DefaultKeep),
	})
	if err != nil {
		return nil, err
	}

	if o.Dashboard != "" {
		dash, err := dashboard.Start(o.Dashboard, d, o.Logger)
		if err != nil {
			d.Kill()
			return nil, err
		}
		defer dash.Close()
		if o.DashboardReady != nil {
			o.DashboardReady(dash.URL())
		}
	}
	if o.WarmFirst && o.Warm > 0 {
		if err := waitForWarmPools(ctx, d, o.Warm); err != nil {
			d.Kill()
			return nil, err
		}
	}
	go generate(ctx, server, o, jobs, labels)
	progress := newProgress(o.Progress, o.Interactive, o.Width, len(jobs))
	waitErr := waitForJobs(ctx, server, d, progress, len(jobs))
	progress.done()

	d.Drain(time.Now().Add(30 * time.Second))
	select {
	case <-d.Done():
	case <-time.After(90 * time.Second):
		d.Kill()
	}
	elapsed := time.Since(start)

	rep := &Report{Backend: o.Backend, ScaleSets: len(cfg.Runners), DurationS: elapsed.Seconds(), Runners: count.report()}
	st := server.State()
	rep.Jobs = jobCounts(st, len(jobs))
	rep.Warm, rep.ServedFrom, rep.Cost = count.warmReport(o.Warm > 0 || o.WarmAuto)
	count.mu.Lock()
	rep.LatencyMS = LatencyReport{QueueToStart: queueToStart(st), DaemonToStart: percentiles(count.toStart), DaemonOwn: percentiles(count.own),
		Bind: percentiles(count.bind)}
	rep.GitHub = githubReport(server.Metrics(), count.lastStart.Sub(count.firstStart))
	count.mu.Unlock()
	rep.Leaks = leaks(server, factory, cfg)
	rep.Timelines = d.Jobs(timeline.Filter{})
	slices.Reverse(rep.Timelines)
	if elapsed > 0 {
		rep.Throughput = float64(rep.Jobs.Completed) / elapsed.Seconds()
	}
	if waitErr != nil && !errors.Is(waitErr, context.DeadlineExceeded) {
		return rep, waitErr
	}
	return rep, nil
}

// configuration builds the daemon's configuration for the simulator.
func (o *Options) configuration(server *ghsim.Server, stateDir string, setup backendSetup) (*config.Config, error) {
	return o.configurationAt(server, stateDir, "", filepath.Join(stateDir, "simulate.yml"), "", setup)
}

// configurationAt writes the configuration to path and loads it. A daemon
// in another process (--chaos, --nodes) has its path outside the state
// directory and an admin socket; extra is more top-level YAML (a fleet
// node's cluster section).
func (o *Options) configurationAt(server *ghsim.Server, stateDir, socket, path, extra string, setup backendSetup) (*config.Config, error) {
	var b strings.Builder
	var id [4]byte
	_, _ = rand.Read(id[:])
	fmt.Fprintf(&b, "url: %s\ndaemon_id: simulate-%s\nstate_dir: %s\nadmin: {socket: %q}\n", server.ConfigURL(), hex.EncodeToString(id[:]), stateDir, socket)
	if socket != "" {
		b.WriteString("log: {level: info}\n")
	}
	if o.GitHubLimits {
		b.WriteString("github: {retry_wait_max: 200ms}\n")
	} else {
		b.WriteString("github: {rate_limit: 1000, rate_burst: 1000, concurrency: 8, retry_wait_max: 200ms}\n")
	}
	b.WriteString(extra)
	if o.Config == nil {
		b.WriteString("runners:\n")
		for i := 1; i <= o.ScaleSets; i++ {
			fmt.Fprintf(&b, "  sim-%d:\n    labels: [sim-%d]\n    max_runners: %d\n    retry: {backoff_base: 50ms, backoff_cap: 2s}\n%s%s",
				i, i, o.MaxRunners, o.warmBlock(), setup.block())
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		return nil, err
	}
	res, err := config.Load(config.LoadOptions{Path: path, Environ: []string{}, Check: all.Check})
	if err != nil && o.Config == nil {
		return nil, fmt.Errorf("generated configuration: %w", err)
	}
	if o.Config == nil {
		return res.Config, nil
	}
	// The user's scale sets, pointed at the simulator.
	cfg := *o.Config
	base := res.Config
	cfg.URL, cfg.TokenFile, cfg.GitHubApp = base.URL, "", nil
	cfg.DaemonID, cfg.StateDir, cfg.Admin, cfg.GitHub = base.DaemonID, base.StateDir, base.Admin, base.GitHub
	cfg.Runners = map[string]config.RunnerConfig{}
	for name, rc := range o.Config.Runners {
		rc.URL, rc.TokenFile, rc.GitHubApp = "", "", nil
		cfg.Runners[name] = rc
	}
	return &cfg, nil
}

// workload returns the run's jobs: a trace file, a generated workload, or
// Jobs at Rate.
func (o *Options) workload(scaleSets []string) ([]TraceJob, error) {
	switch {
	case o.Trace != "":
		jobs, err := readTrace(o.Trace)
		if err != nil {
			return nil, fmt.Errorf("--trace: %w", err)
		}
		for i, j := range jobs {
			if j.ScaleSet == "" {
				jobs[i].ScaleSet = scaleSets[0]
			} else if !slices.Contains(scaleSets, j.ScaleSet) {
				return nil, fmt.Errorf("--trace: job %d names scale set %q; the run has %s", i+1, j.ScaleSet, strings.Join(scaleSets, ", "))
			}
		}
		return jobs, nil
	case o.Workload == WorkloadBursty:
		return burstyTrace(o.Seed, o.Duration, o.Rate, o.MaxRunners, scaleSets), nil
	}
	return steadyTrace(o.Jobs, o.Rate, scaleSets), nil
}

// warmBlock is the warm pool of a generated scale set: none, a fixed
// size, or adaptive up to max_runners.
func (o *Options) warmBlock() string {
	switch {
	case o.WarmAuto:
		return fmt.Sprintf("    warm: {adaptive: true, min: 0, max: %d}\n", o.MaxRunners)
	case o.Warm > 0:
		return fmt.Sprintf("    warm: {size: %d}\n", o.Warm)
	}
	return ""
}

// generate enqueues the jobs at their times.
func generate(ctx context.Context, server *ghsim.Server, o Options, jobs []TraceJob, labels map[string][]string) {
	start := time.Now()
	for _, j := range jobs {
		if wait := time.Until(start.Add(time.Duration(j.AtS * float64(time.Second)))); wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-t.C:
			case <-ctx.Done():
				t.Stop()
				return
			}
		}
		d := o.JobDuration
		if j.DurationS > 0 {
			d = time.Duration(j.DurationS * float64(time.Second))
		}
		if _, err := server.EnqueueJob(ghsim.JobSpec{Labels: labels[j.ScaleSet], Duration: ghsim.Duration(d)}); err != nil {
			return
		}
	}
}

// plannedJobs returns each scale set's labels and the jobs to queue: the
// workload, the trace or Jobs at Rate over cfg's scale sets.
func (o Options) plannedJobs(cfg *config.Config) (map[string][]string, []TraceJob, error) {
	names := sortedNames(cfg)
	labels := make(map[string][]string, len(names))
	for _, name := range names {
		labels[name] = cfg.Runners[name].Labels
	}
	jobs, err := o.workload(names)
	return labels, jobs, err
}

// waitForWarmPools waits until every scale set has at least n warm
// environments ready.
func waitForWarmPools(ctx context.Context, d *supervisor.Daemon, n int) error {
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		if st, err := d.Status(ctx); err == nil && warmPoolsReady(st, n) {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for the warm pools to fill: %w", ctx.Err())
		case <-tick.C:
		}
	}
}

// warmPoolsReady reports whether every scale set has n warm environments.
func warmPoolsReady(st *messages.Status, n int) bool {
	for _, ss := range st.ScaleSets {
		warm := 0
		for _, r := range ss.Runners {
			if r.Phase == messages.RunnerWarm {
				warm++
			}
		}
		if warm < n {
			return false
		}
	}
	return len(st.ScaleSets) > 0
}

// waitForJobs reports progress until every job has finished.
func waitForJobs(ctx context.Context, server *ghsim.Server, d statusSource, p *progress, total int) error {
	// Polling, not waiting on every change: State copies every job.
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		st := server.State()
		c := st.JobCounts()
		p.update(ctx, st, d)
		if c.Completed+c.Canceled >= total {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}

// leaks counts registrations, sessions and environments left behind.
func leaks(server *ghsim.Server, factory backends.Factory, cfg *config.Config) LeakReport {
	var l LeakReport
	deadline := time.Now().Add(5 * time.Second)
	for {
		st := server.State()
		l.Registrations, l.Sessions = len(st.Registrations), len(st.Sessions)
		if (l.Registrations == 0 && l.Sessions == 0) || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, name := range sortedNames(cfg) {
		rc := cfg.Runners[name]
		if factory == nil {
			break
		}
		prov, err := factory(backends.Ownership{DaemonID: cfg.DaemonID, ScaleSet: name}, &rc, nil)
		if err != nil {
			continue
		}
		if lister, ok := prov.(backends.Lister); ok {
			lctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			envs, err := lister.List(lctx)
			cancel()
			if err == nil {
				l.Environments += len(envs)
			}
		}
		_ = prov.Close()
	}
	return l
}

// sortedNames returns the configuration's scale set names in order.
func sortedNames(cfg *config.Config) []string {
	names := make([]string, 0, len(cfg.Runners))
	for name := range cfg.Runners {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}
