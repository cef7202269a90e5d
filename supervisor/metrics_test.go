package supervisor

import (
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/outrunner/outrunner/internal/ghsim"
)

func TestMetricsParseAndHoldTheDocumentedNames(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	d := h.start(h.config("d1", runnerYAML{name: "m", extra: "    max_runners: 2\n"}))
	h.enqueue(3, ghsim.JobSpec{Labels: []string{"m"}, Duration: ms(10)})
	h.waitSim("jobs completed", 20*time.Second, allDone(3))
	h.eventually("jobs counted", 10*time.Second, func() bool { return h.scaleSet(d, "m").JobsCompleted == 3 })

	rec := httptest.NewRecorder()
	d.MetricsHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(rec.Body)
	if err != nil {
		t.Fatalf("metrics do not parse as Prometheus text: %v", err)
	}
	for _, name := range []string{
		"outrunner_jobs_started_total", "outrunner_jobs_completed_total", "outrunner_job_start_latency_seconds",
		"outrunner_provision_duration_seconds", "outrunner_demand_to_start_seconds", "outrunner_github_api_calls_total",
		"outrunner_github_api_duration_seconds", "outrunner_runners", "outrunner_scale_set_max_runners",
		"outrunner_scale_set_capacity", "outrunner_scale_set_desired_runners", "outrunner_scale_set_assigned_jobs",
		"outrunner_scale_set_busy_runners", "outrunner_scale_set_idle_runners", "outrunner_listener_listening",
		"outrunner_backend_healthy", "outrunner_config_generation", "outrunner_actors", "outrunner_actor_mailbox_depth",
		"outrunner_scale_set_available_jobs", "outrunner_scale_set_acquired_jobs",
		"outrunner_job_queue_seconds", "outrunner_job_capacity_wait_seconds", "outrunner_job_failed_starts_seconds",
		"outrunner_job_rate_limit_wait_seconds", "outrunner_job_registration_seconds", "outrunner_job_environment_start_seconds",
		"outrunner_job_runner_connect_seconds", "outrunner_job_duration_seconds",
		"protoactor_actor_message_receive_duration_seconds", "protoactor_actor_spawn_count_total",
	} {
		if _, ok := families[name]; !ok {
			t.Errorf("metric %s is missing", name)
		}
	}
	doc, err := os.ReadFile("../docs/reference/metrics.md")
	if err != nil {
		t.Fatal(err)
	}
	for name := range families {
		if strings.HasPrefix(name, "outrunner_") && !strings.Contains(string(doc), "`"+name+"`") {
			t.Errorf("metric %s is not documented in docs/reference/metrics.md", name)
		}
	}
	for _, m := range families["outrunner_jobs_completed_total"].GetMetric() {
		if m.GetCounter().GetValue() != 3 {
			t.Errorf("jobs completed = %v", m.GetCounter().GetValue())
		}
	}
	h.drain(d, 5*time.Second)
}
