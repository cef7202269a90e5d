// Package metrics exports outrunner's Prometheus metrics: counters and
// histograms fed by runtime events and GitHub API calls, and gauges read
// from the daemon's status at scrape time, and the actor runtime's series
// (protoactor_…, recorded by internal/actorstats). Every name is documented
// in docs/reference/metrics.md.
package metrics

import (
	"context"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/outrunner/outrunner/internal/actorstats"
	"github.com/outrunner/outrunner/messages"
)

const ns = "outrunner"

// Buckets of the duration histograms, in seconds.
var (
	apiBuckets       = []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}
	provisionBuckets = []float64{.1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600}
	latencyBuckets   = []float64{.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300, 600}
	daemonBuckets    = []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1}
)

// StatusFunc returns the daemon's status for the gauges.
type StatusFunc func(ctx context.Context) (*messages.Status, error)

// Metrics holds outrunner's own metrics.
type Metrics struct {
	reg *prometheus.Registry

	jobsStarted     *prometheus.CounterVec
	jobsCompleted   *prometheus.CounterVec
	jobStartLatency *prometheus.HistogramVec
	provisionDur    *prometheus.HistogramVec
	provisionFails  *prometheus.CounterVec
	demandToStart   prometheus.Histogram
	runnerRestarts  *prometheus.CounterVec
	runnersGaveUp   *prometheus.CounterVec
	runnersLeaked   *prometheus.CounterVec
	listenerRestart *prometheus.CounterVec
	unknownRunner   *prometheus.CounterVec
	forwarded       *prometheus.CounterVec
	apiCalls        *prometheus.CounterVec
	apiErrors       *prometheus.CounterVec
	apiDuration     *prometheus.HistogramVec
	rateLimitWait   prometheus.Histogram
	reloads         *prometheus.CounterVec
	jobPhases       map[string]*prometheus.HistogramVec
}

// New registers outrunner's metrics in a registry of their own.
func New() *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry()}
	f := func(c prometheus.Collector) { m.reg.MustRegister(c) }
	m.jobsStarted = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "jobs_started_total",
		Help: "Jobs that started on a runner of the scale set."}, []string{"scale_set"})
	m.jobsCompleted = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "jobs_completed_total",
		Help: "Jobs that completed, by result (succeeded, failed, canceled, ...)."}, []string{"scale_set", "result"})
	m.jobStartLatency = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Name: "job_start_latency_seconds",
		Help: "Time from a job's queueing at GitHub to its start on a runner.", Buckets: latencyBuckets}, []string{"scale_set"})
	m.provisionDur = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Name: "provision_duration_seconds",
		Help: "Duration of provisioning attempts (registration and environment start), by backend and outcome.", Buckets: provisionBuckets}, []string{"backend", "outcome"})
	m.provisionFails = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "provision_failures_total",
		Help: "Provisioning attempts that failed."}, []string{"scale_set", "backend"})
	m.demandToStart = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "demand_to_start_seconds",
		Help: "Time from the arrival of the GitHub message that raised the demand to the backend's Start call.", Buckets: daemonBuckets})
	m.runnerRestarts = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "runner_restarts_total",
		Help: "Runner actors restarted by their scale set after a failure."}, []string{"scale_set"})
	m.runnersGaveUp = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "runners_gave_up_total",
		Help: "Runners that exhausted their retry budget or hit a permanent error."}, []string{"scale_set"})
	m.runnersLeaked = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "runners_leaked_total",
		Help: "Runners whose environment could not be torn down within the retry budget."}, []string{"scale_set"})
	m.listenerRestart = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "listener_restarts_total",
		Help: "Listener failures (lost session, conflict, expired token, ...) followed by a restart."}, []string{"scale_set"})
	m.unknownRunner = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "unknown_runner_messages_total",
		Help: "Job messages naming a runner the scale set does not know."}, []string{"scale_set"})
	m.forwarded = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "fleet_job_messages_forwarded_total",
		Help: "Job messages the fleet's leader passed to the node that runs their runner."}, []string{"scale_set"})
	m.apiCalls = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "github_api_calls_total",
		Help: "GitHub API operations, by operation."}, []string{"operation"})
	m.apiErrors = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "github_api_errors_total",
		Help: "GitHub API operations that failed, by operation."}, []string{"operation"})
	m.apiDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Name: "github_api_duration_seconds",
		Help: "Duration of GitHub API operations (retries included), by operation.", Buckets: apiBuckets}, []string{"operation"})
	m.rateLimitWait = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "github_rate_limit_wait_seconds",
		Help: "Time requests waited for the per-credential rate limiter.", Buckets: apiBuckets})
	m.reloads = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "config_reloads_total",
		Help: "Configuration reloads, by outcome (applied or rejected)."}, []string{"outcome"})
	m.jobPhases = newJobPhases()
	for _, h := range m.jobPhases {
		f(h)
	}
	for _, c := range []prometheus.Collector{m.jobsStarted, m.jobsCompleted, m.jobStartLatency, m.provisionDur, m.provisionFails,
		m.demandToStart, m.runnerRestarts, m.runnersGaveUp, m.runnersLeaked, m.listenerRestart, m.unknownRunner, m.forwarded,
		m.apiCalls, m.apiErrors, m.apiDuration, m.rateLimitWait, m.reloads} {
		f(c)
	}
	return m
}

// Event updates the metrics from a runtime event.
func (m *Metrics) Event(e messages.Event) {
	switch e.Kind {
	case messages.EventJobStarted:
		m.jobsStarted.WithLabelValues(e.ScaleSet).Inc()
		if e.Latency > 0 {
			m.jobStartLatency.WithLabelValues(e.ScaleSet).Observe(e.Latency.Seconds())
		}
	case messages.EventJobCompleted:
		m.jobsCompleted.WithLabelValues(e.ScaleSet, e.Result).Inc()
	case messages.EventProvisioned:
		m.provisionDur.WithLabelValues(e.Backend, "success").Observe(e.Latency.Seconds())
	case messages.EventStartFailed:
		m.provisionDur.WithLabelValues(e.Backend, "failure").Observe(e.Latency.Seconds())
		m.provisionFails.WithLabelValues(e.ScaleSet, e.Backend).Inc()
	case messages.EventStarting:
		m.demandToStart.Observe((e.Latency - e.APITime).Seconds())
	case messages.EventRunnerRestart:
		m.runnerRestarts.WithLabelValues(e.ScaleSet).Inc()
	case messages.EventGaveUp:
		m.runnersGaveUp.WithLabelValues(e.ScaleSet).Inc()
	case messages.EventLeaked:
		m.runnersLeaked.WithLabelValues(e.ScaleSet).Inc()
	case messages.EventListenerFailed:
		m.listenerRestart.WithLabelValues(e.ScaleSet).Inc()
	case messages.EventUnknownRunner:
		m.unknownRunner.WithLabelValues(e.ScaleSet).Inc()
	case messages.EventJobForwarded:
		m.forwarded.WithLabelValues(e.ScaleSet).Inc()
	}
}

// ObserveCall records a GitHub API operation (ghpool.Observer).
func (m *Metrics) ObserveCall(op string, d time.Duration, err error) {
	m.apiCalls.WithLabelValues(op).Inc()
	m.apiDuration.WithLabelValues(op).Observe(d.Seconds())
	if err != nil {
		m.apiErrors.WithLabelValues(op).Inc()
	}
}

// ObserveRateWait records a wait for the rate limiter (ghpool.Observer).
func (m *Metrics) ObserveRateWait(d time.Duration) { m.rateLimitWait.Observe(d.Seconds()) }

// Reloaded counts a configuration reload.
func (m *Metrics) Reloaded(applied bool) {
	if applied {
		m.reloads.WithLabelValues("applied").Inc()
	} else {
		m.reloads.WithLabelValues("rejected").Inc()
	}
}

// Watch adds the gauges read at scrape time from the daemon's status and
// actor statistics, and the actor runtime's series (protoactor_…).
func (m *Metrics) Watch(status StatusFunc, stats *actorstats.Registry) {
	m.reg.MustRegister(&gauges{status: status, stats: stats})
	if stats != nil {
		m.reg.MustRegister(stats.Collector())
	}
}

// Handler serves outrunner's metrics and the gatherers given (the Go and
// process collectors) in the Prometheus text format.
func (m *Metrics) Handler(more ...prometheus.Gatherer) http.Handler {
	gatherers := append(prometheus.Gatherers{m.reg}, more...)
	return promhttp.HandlerFor(gatherers, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError})
}
