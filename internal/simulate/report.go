package simulate

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim"
)

// Report is the outcome of a simulation, printed as a table or as JSON.
type Report struct {
	Jobs      JobReport     `json:"jobs"`
	LatencyMS LatencyReport `json:"latency_ms"`
	Runners   RunnerReport  `json:"runners"`
	Leaks     LeakReport    `json:"leaks"`
	DurationS float64       `json:"duration_s"`
	// Backend and ScaleSets describe the run.
	Backend   string `json:"backend"`
	ScaleSets int    `json:"scale_sets"`
	// Throughput is completed jobs per second of the run.
	Throughput float64 `json:"throughput_jobs_per_s"`
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
	QueueToStart Percentiles `json:"queue_to_start"`
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
}

// LeakReport counts what was left behind after the daemon stopped.
type LeakReport struct {
	Registrations int `json:"registrations"`
	Environments  int `json:"environments"`
	Sessions      int `json:"sessions"`
}

// Clean reports whether every job completed and nothing leaked.
func (r *Report) Clean() bool {
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
func jobReport(st ghsim.State, total int) (JobReport, LatencyReport) {
	c := st.JobCounts()
	var lat []time.Duration
	for _, j := range st.Jobs {
		if d := j.QueueToStart(); d > 0 {
			lat = append(lat, d)
		}
	}
	return JobReport{Total: total, Completed: c.Completed, Succeeded: c.Succeeded, Failed: c.Failed, Canceled: c.Canceled},
		LatencyReport{QueueToStart: percentiles(lat)}
}

// WriteSummary prints the report as a table for people.
func (r *Report) WriteSummary(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	verdict := "OK: every job completed, nothing leaked"
	if !r.Clean() {
		var why []string
		if r.Jobs.Completed != r.Jobs.Total {
			why = append(why, fmt.Sprintf("%d of %d jobs did not complete", r.Jobs.Total-r.Jobs.Completed, r.Jobs.Total))
		}
		if r.Leaks != (LeakReport{}) {
			why = append(why, "something leaked")
		}
		verdict = "FAILED: " + strings.Join(why, "; ")
	}
	fmt.Fprintf(tw, "\nSimulation summary (%s backend, %d scale sets, %.1fs)\n", r.Backend, r.ScaleSets, r.DurationS)
	fmt.Fprintf(tw, "  jobs\t%d total\t%d completed\t%d succeeded\t%d failed\t%d canceled\n",
		r.Jobs.Total, r.Jobs.Completed, r.Jobs.Succeeded, r.Jobs.Failed, r.Jobs.Canceled)
	q := r.LatencyMS.QueueToStart
	fmt.Fprintf(tw, "  queue → start\tp50 %.0f ms\tp95 %.0f ms\tp99 %.0f ms\tmax %.0f ms\t\n", q.P50, q.P95, q.P99, q.Max)
	fmt.Fprintf(tw, "  runners\t%d provisioned\t%d start failures\t%d restarts\t%d gave up\t\n",
		r.Runners.Provisioned, r.Runners.StartFailures, r.Runners.Restarts, r.Runners.GaveUp)
	fmt.Fprintf(tw, "  leaks\t%d registrations\t%d environments\t%d sessions\t\t\n", r.Leaks.Registrations, r.Leaks.Environments, r.Leaks.Sessions)
	fmt.Fprintf(tw, "  throughput\t%.1f jobs/s\t\t\t\t\n", r.Throughput)
	_ = tw.Flush()
	fmt.Fprintf(w, "%s\n", verdict)
}
