package metrics

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/outrunner/outrunner/internal/timeline"
)

// jobPhaseMetrics maps a histogram name to the timeline phases it sums and
// its help.
var jobPhaseMetrics = []struct {
	name   string
	phases []string
	help   string
}{
	{"job_queue_seconds", []string{timeline.PhaseGitHubQueue},
		"Time from a job's queueing at GitHub to the first demand message the scale set received after it."},
	{"job_capacity_wait_seconds", []string{timeline.PhaseCapacityWait},
		"Time a job waited for the scale set to provision its runner (max_runners, backend capacity, a backend down, a backoff, busy runners)."},
	{"job_failed_starts_seconds", []string{timeline.PhaseFailedStarts},
		"Time a job's runner spent on failed provisioning attempts before the last one."},
	{"job_rate_limit_wait_seconds", []string{timeline.PhaseGitHubWait},
		"Time a job's runner waited for a free GitHub client and the rate limiter before its JIT registration."},
	{"job_registration_seconds", []string{timeline.PhaseRegistration},
		"Duration of a job's runner registration call (the JIT config)."},
	{"job_environment_start_seconds", []string{timeline.PhaseEnvironmentStart, timeline.PhaseEnvironmentBound},
		"Time from a job's runner's JIT config to its environment being ready, within the job's wait."},
	{"job_runner_connect_seconds", []string{timeline.PhaseRunnerConnect},
		"Time from a job's environment being ready (or its queueing, if later) to its start: the runner connects and GitHub assigns the job."},
	{"job_duration_seconds", []string{timeline.PhaseJob},
		"Duration of a job, from its start to GitHub's JobCompleted."},
}

func newJobPhases() map[string]*prometheus.HistogramVec {
	out := map[string]*prometheus.HistogramVec{}
	for _, p := range jobPhaseMetrics {
		out[p.name] = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Name: p.name,
			Help: p.help + " By scale set and outcome (the job's result).", Buckets: latencyBuckets}, []string{"scale_set", "outcome"})
	}
	return out
}

// JobCompleted observes a completed job's phases (timeline.Options
// OnCompleted).
func (m *Metrics) JobCompleted(j timeline.Job) {
	outcome := j.Result
	if outcome == "" {
		outcome = "unknown"
	}
	for _, p := range jobPhaseMetrics {
		var sum float64
		for _, name := range p.phases {
			sum += j.Phase(name).Seconds()
		}
		m.jobPhases[p.name].WithLabelValues(j.ScaleSet, outcome).Observe(sum)
	}
}
