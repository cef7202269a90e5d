package simulate

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/timeline"
)

// Report is the outcome of a simulation, printed as a table or as JSON.
type Report struct {
	Jobs      JobReport     `json:"jobs"`
	LatencyMS LatencyReport `json:"latency_ms"`
	Runners   RunnerReport  `json:"runners"`
	Leaks     LeakReport    `json:"leaks"`
	GitHub    GitHubReport  `json:"github"`
	DurationS float64       `json:"duration_s"`
	// Backend and ScaleSets describe the run.
	Backend   string `json:"backend"`
	ScaleSets int    `json:"scale_sets"`
	// Throughput is completed jobs per second of the run.
	Throughput float64 `json:"throughput_jobs_per_s"`
	// Timelines are every job's timeline, oldest first.
	Timelines []timeline.Job `json:"timelines"`
	// Warm summarises the warm pools; ServedFrom counts jobs by where
	// their runner came from (idle, warm, cold); Cost is what was kept
	// waiting.
	Warm       WarmReport     `json:"warm"`
	ServedFrom map[string]int `json:"served_from"`
	Cost       CostReport     `json:"cost"`
	// Chaos is what --chaos did and which invariants held.
	Chaos *ChaosReport `json:"chaos,omitempty"`
	// Fleet is what simulate --nodes did to the fleet and what held.
	Fleet *FleetReport `json:"fleet,omitempty"`
}

// WarmReport counts warm pool outcomes.
type WarmReport struct {
	// Hits are jobs served by a bound warm environment; Misses are jobs
	// served by a cold start while a pool was configured.
	Hits   int `json:"hits"`
	Misses int `json:"misses"`
	// Recycled counts warm environments destroyed unbound (surplus, too
	// old, made from changed settings, dead, or left by a crash).
	Recycled int `json:"recycled"`
}

// CostReport measures what was kept waiting.
type CostReport struct {
	// IdleEnvSeconds sums the time environments spent warm or idle
	// (registered, without a job).
	IdleEnvSeconds float64 `json:"idle_env_seconds"`
}

// JobReport counts jobs by outcome.
type JobReport struct {
	Total     int `json:"total"`
	Completed int `json:"completed"`
	Succeeded int `json:"succeeded"`
	Failed    int `json:"failed"`
	Canceled  int `json:"canceled"`
}

// LatencyReport holds percentiles in milliseconds.
type LatencyReport struct {
	// QueueToStart is from a job's queueing at GitHub to its start on a runner.
	QueueToStart Percentiles `json:"queue_to_start"`
	// DaemonToStart is from the arrival of the message that raised the
	// demand to the Provisioner.Start call, for each runner started for new
	// demand.
	DaemonToStart Percentiles `json:"daemon_to_start"`
	// DaemonOwn is DaemonToStart without the GitHub API time (the JIT
	// config call, with its waits for a free client and the rate limiter).
	DaemonOwn Percentiles `json:"daemon_own"`
	// Bind is, for each warm environment bound, the backend's Bind call:
	// from binding to the runner process started in the environment.
	Bind Percentiles `json:"bind"`
}

// GitHubReport summarises the daemon's use of the GitHub API.
type GitHubReport struct {
	// JITConfigs counts runner registrations GitHub granted.
	JITConfigs int `json:"jit_configs"`
	// RateLimited counts requests GitHub refused with 429.
	RateLimited int `json:"rate_limited"`
	// JITPerSecond is the registration rate while registrations were
	// being made (first to last).
	JITPerSecond float64 `json:"jit_per_second"`
	// Calls counts every API request.
	Calls int `json:"calls"`
}

// Percentiles of a distribution, in milliseconds.
type Percentiles struct {
	P50 float64 `json:"p50"`
	P95 float64 `json:"p95"`
	P99 float64 `json:"p99"`
	Max float64 `json:"max"`
}

// RunnerReport counts runner lifecycle events.
type RunnerReport struct {
	Provisioned   int `json:"provisioned"`
	StartFailures int `json:"start_failures"`
	Restarts      int `json:"restarts"`
	GaveUp        int `json:"gave_up"`
	// PeakConcurrency is the largest number of jobs running at once.
	PeakConcurrency int `json:"peak_concurrency"`
}

// LeakReport counts what was left behind after the daemon stopped.
type LeakReport struct {
	Registrations int `json:"registrations"`
	Environments  int `json:"environments"`
	Sessions      int `json:"sessions"`
}

// Clean reports whether every job completed and nothing leaked.
func (r *Report) Clean() bool {
	if r.Chaos != nil && len(r.Chaos.InvariantViolations) > 0 {
		return false
	}
	if r.Fleet != nil && (len(r.Fleet.InvariantViolations) > 0 || r.Fleet.DoubleLeadership > 0) {
		return false
	}
	return r.Jobs.Completed == r.Jobs.Total && r.Leaks == (LeakReport{})
}

// percentiles computes nearest-rank percentiles of ds in milliseconds.
func percentiles(ds []time.Duration) Percentiles {
	if len(ds) == 0 {
		return Percentiles{}
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	at := func(p float64) float64 {
		i := int(float64(len(s))*p+0.999999) - 1
		i = min(max(i, 0), len(s)-1)
		return msOf(s[i])
	}
	return Percentiles{P50: at(0.50), P95: at(0.95), P99: at(0.99), Max: msOf(s[len(s)-1])}
}

func msOf(d time.Duration) float64 {
	return float64(d.Microseconds()) / 1000
}

// jobReport summarises the simulator's jobs.

func jobCounts(st ghsim.State, total int) JobReport {
	c := st.JobCounts()
	return JobReport{Total: total, Completed: c.Completed, Succeeded: c.Succeeded, Failed: c.Failed, Canceled: c.Canceled}
}

func queueToStart(st ghsim.State) Percentiles {
	var lat []time.Duration
	for _, j := range st.Jobs {
		if d := j.QueueToStart(); d > 0 {
			lat = append(lat, d)
		}
	}
	return percentiles(lat)
}

// githubReport reads the simulator's metrics.
func githubReport(m ghsim.Metrics, jitSpan time.Duration) GitHubReport {
	var g GitHubReport
	for _, e := range m.Endpoints {
		g.Calls += int(e.Calls)
	}
	jit := m.Endpoints[ghsim.EndpointJITConfig]
	for key, n := range m.FaultHits {
		if strings.HasSuffix(key, ":rate_limit") || strings.HasSuffix(key, ":secondary_rate_limit") {
			g.RateLimited += n
		}
	}
	g.JITConfigs = int(jit.Calls) - int(jit.Errors)
	if jitSpan > 0 && g.JITConfigs > 1 {
		g.JITPerSecond = float64(g.JITConfigs-1) / jitSpan.Seconds()
	}
	return g
}

// WriteSummary prints the report as a table for people, in at most
// PlainWidth columns.
func (r *Report) WriteSummary(w io.Writer) {
	verdict := "OK: every job completed, nothing leaked"
	if !r.Clean() {
		var why []string
		if r.Jobs.Completed != r.Jobs.Total {
			why = append(why, fmt.Sprintf("%d of %d jobs did not complete", r.Jobs.Total-r.Jobs.Completed, r.Jobs.Total))
		}
		if r.Leaks != (LeakReport{}) {
			why = append(why, "something leaked")
		}
		if r.Chaos != nil && len(r.Chaos.InvariantViolations) > 0 {
			why = append(why, fmt.Sprintf("%d invariant violations", len(r.Chaos.InvariantViolations)))
		}
		if r.Fleet != nil && len(r.Fleet.InvariantViolations) > 0 {
			why = append(why, fmt.Sprintf("%d invariant violations", len(r.Fleet.InvariantViolations)))
		}
		verdict = "FAILED: " + strings.Join(why, "; ")
	}
	q, o := r.LatencyMS.QueueToStart, r.LatencyMS.DaemonOwn
	rows := [][2]string{
		{"jobs", fmt.Sprintf("%d/%d completed: %d succeeded, %d failed, %d canceled",
			r.Jobs.Completed, r.Jobs.Total, r.Jobs.Succeeded, r.Jobs.Failed, r.Jobs.Canceled)},
		{"queue → start", fmt.Sprintf("p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms", q.P50, q.P95, q.P99, q.Max)},
		{"daemon's own", fmt.Sprintf("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms", o.P50, o.P95, o.P99, o.Max)},
		{"github", fmt.Sprintf("%d calls, %d JIT configs (%.1f/s), %d rate-limited",
			r.GitHub.Calls, r.GitHub.JITConfigs, r.GitHub.JITPerSecond, r.GitHub.RateLimited)},
		{"runners", fmt.Sprintf("%d provisioned, %d start failures, %d restarts, %d gave up",
			r.Runners.Provisioned, r.Runners.StartFailures, r.Runners.Restarts, r.Runners.GaveUp)},
		{"leaks", fmt.Sprintf("%d registrations, %d environments, %d sessions",
			r.Leaks.Registrations, r.Leaks.Environments, r.Leaks.Sessions)},
		{"throughput", fmt.Sprintf("%.1f jobs/s", r.Throughput)},
	}
	if r.Warm != (WarmReport{}) || r.ServedFrom["idle"]+r.ServedFrom["warm"] > 0 {
		// Only runs with a warm pool or idle runners have these to tell.
		rows = slices.Insert(rows, 5,
			[2]string{"warm pool", fmt.Sprintf("%d hits, %d misses, %d recycled", r.Warm.Hits, r.Warm.Misses, r.Warm.Recycled)},
			[2]string{"served from", fmt.Sprintf("%d idle, %d warm, %d cold", r.ServedFrom["idle"], r.ServedFrom["warm"], r.ServedFrom["cold"])},
			[2]string{"cost", fmt.Sprintf("%.1f s of environments waiting; peak %d jobs at once", r.Cost.IdleEnvSeconds, r.Runners.PeakConcurrency)})
	}
	if w := dominantWaits(r.Timelines, maxWaitsShown); w != "" {
		rows = append(rows, [2]string{"waited most", w})
	}
	if c := r.Chaos; c != nil {
		rows = append(rows,
			[2]string{"chaos", fmt.Sprintf("%d daemon kills, %d engine restarts, %d fault windows, %d jobs lost with a killed daemon or engine",
				c.DaemonKills, c.EngineRestarts, c.FaultWindows, c.LostJobs)},
			[2]string{"takeover", fmt.Sprintf("p50 %.2f s, max %.2f s over %d restarts", c.TakeoverS.P50, c.TakeoverS.Max, len(c.TakeoverS.Samples))})
		for _, v := range c.InvariantViolations {
			rows = append(rows, [2]string{"violated", v})
		}
		if s := c.Soak; s != nil {
			judged := ""
			if !s.Judged {
				judged = " (too short to judge)"
			}
			rows = append(rows, [2]string{"soak", fmt.Sprintf("%d samples; per hour: RSS %+.1f MB (anonymous %+.1f MB), live heap %+.1f MB, goroutines %+.1f, fds %+.1f%s",
				len(s.Samples), s.RSSMBPerHour, s.AnonMBPerHour, s.HeapMBPerHour, s.GoroutinesPerHour, s.FDsPerHour, judged)})
		}
		if c.DaemonLog != "" {
			rows = append(rows, [2]string{"daemon log", c.DaemonLog})
		}
	}
	rows = append(rows, r.Fleet.rows()...)
	fmt.Fprintf(w, "\n%s\n", cutRunes(fmt.Sprintf("Simulation summary (%s backend, %d scale sets, %.1fs)", r.Backend, r.ScaleSets, r.DurationS), PlainWidth))
	for _, row := range rows {
		line := fmt.Sprintf("  %-15s%s", row[0], row[1])
		if utf8.RuneCountInString(line) > PlainWidth {
			// Only huge numbers get here: the value goes on a line of its own.
			line = fmt.Sprintf("  %s\n    %s", row[0], cutRunes(row[1], PlainWidth-4))
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintln(w, cutRunes(verdict, PlainWidth))
}

// maxWaitsShown bounds the dominant waits the summary names, so that the
// line fits PlainWidth.
const maxWaitsShown = 3

// dominantWaits counts the jobs by their dominant wait and names the n most
// frequent: "capacity_wait 30, environment_start 20".
func dominantWaits(jobs []timeline.Job, n int) string {
	counts := map[string]int{}
	for _, j := range jobs {
		if name, _, ok := timeline.Dominant(j); ok {
			counts[name]++
		}
	}
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	parts := make([]string, 0, len(names))
	for _, name := range names[:min(n, len(names))] {
		parts = append(parts, fmt.Sprintf("%s %d", name, counts[name]))
	}
	return strings.Join(parts, ", ")
}
