package simulate

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/timeline"
)

func TestRunCompletesAndReports(t *testing.T) {
	var progress bytes.Buffer
	rep, err := Run(context.Background(), Options{
		Jobs: 12, Rate: 0, JobDuration: 20 * time.Millisecond, ScaleSets: 3, MaxRunners: 2,
		StartFailureRate: 0.3, APIErrorRate: 0.02, Seed: 5, Progress: &progress, StateDir: t.TempDir(),
	})
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Clean() || rep.Jobs.Completed != 12 || rep.Jobs.Succeeded != 12 {
		t.Fatalf("report = %+v", rep)
	}
	if rep.Runners.Provisioned < 12 || rep.ScaleSets != 3 || rep.Backend != config.BackendSim {
		t.Errorf("report = %+v", rep)
	}
	if rep.LatencyMS.QueueToStart.P50 <= 0 || rep.GitHub.JITConfigs < 12 {
		t.Errorf("latency/github not measured: %+v %+v", rep.LatencyMS, rep.GitHub)
	}
	if !strings.Contains(progress.String(), "jobs ") {
		t.Errorf("no progress printed: %q", progress.String())
	}
	var summary bytes.Buffer
	rep.WriteSummary(&summary)
	if !strings.Contains(summary.String(), "OK: every job completed") {
		t.Errorf("summary:\n%s", summary.String())
	}
	b, _ := json.Marshal(rep)
	for _, key := range []string{`"jobs":{"total":12`, `"queue_to_start":{"p50"`, `"runners":{"provisioned"`, `"leaks":{"registrations":0,"environments":0,"sessions":0}`, `"duration_s"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("JSON lacks %s: %s", key, b)
		}
	}
}

func TestRunUsesAConfiguration(t *testing.T) {
	cfg := &config.Config{Runners: map[string]config.RunnerConfig{
		"mine": {Name: "mine", Labels: []string{"custom"}, MaxRunners: 2, URL: "https://github.com/elsewhere",
			StartTimeout: config.Duration(time.Minute), StopTimeout: config.Duration(time.Minute),
			Retry:       config.Retry{Budget: 3, BackoffBase: config.Duration(time.Millisecond), BackoffCap: config.Duration(time.Millisecond)},
			RunnerGroup: "default", Sim: &config.SimImage{}},
	}}
	rep, err := Run(context.Background(), Options{Jobs: 4, ScaleSets: 1, MaxRunners: 1, Config: cfg, StateDir: t.TempDir()})
	if err != nil || !rep.Clean() || rep.ScaleSets != 1 {
		t.Fatalf("report = %+v, %v", rep, err)
	}
}

func TestBadOptions(t *testing.T) {
	tests := []struct {
		name string
		o    Options
		want string
	}{
		{"unknown backend", Options{Jobs: 1, ScaleSets: 1, MaxRunners: 1, Backend: "vmware"}, "not supported"},
		{"rate above one", Options{Jobs: 1, ScaleSets: 1, MaxRunners: 1, APIErrorRate: 2}, "between 0 and 1"},
		{"no scale sets", Options{Jobs: 1, ScaleSets: 0, MaxRunners: 1}, "at least 1"},
		{"unknown workload", Options{ScaleSets: 1, MaxRunners: 1, Workload: "spiky", Duration: time.Second}, "not known"},
		{"workload without duration", Options{ScaleSets: 1, MaxRunners: 1, Workload: WorkloadBursty}, "--duration"},
		{"workload and trace", Options{ScaleSets: 1, MaxRunners: 1, Workload: WorkloadBursty, Duration: time.Second, Trace: "t"}, "exclude"},
		{"boot time on docker", Options{ScaleSets: 1, MaxRunners: 1, Backend: config.BackendDocker, BootTime: time.Second}, "sim backend"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Run(context.Background(), tc.o); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestPercentiles(t *testing.T) {
	var ds []time.Duration
	for i := 1; i <= 100; i++ {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	p := percentiles(ds)
	if p.P50 != 50 || p.P95 != 95 || p.P99 != 99 || p.Max != 100 {
		t.Fatalf("percentiles = %+v", p)
	}
	if (percentiles(nil) != Percentiles{}) {
		t.Fatal("percentiles of nothing are not zero")
	}
}

// TestReportHoldsEveryTimeline is the acceptance run of the job timelines:
// 50 jobs on 2 scale sets of 2 runners; the report holds all 50 timelines
// and every job's phases add up to its total within 1%.
func TestReportHoldsEveryTimeline(t *testing.T) {
	rep, err := Run(context.Background(), Options{Jobs: 50, ScaleSets: 2, MaxRunners: 2, JobDuration: 20 * time.Millisecond, Seed: 3, StateDir: t.TempDir()})
	if err != nil || !rep.Clean() {
		t.Fatalf("report = %+v, %v", rep, err)
	}
	if len(rep.Timelines) != 50 {
		t.Fatalf("%d timelines, want 50", len(rep.Timelines))
	}
	for _, j := range rep.Timelines {
		sum := 0.0
		for _, p := range j.Phases {
			sum += p.Seconds
		}
		total := j.Marks.Completed.Sub(j.Marks.Queued).Seconds()
		if j.State != timeline.StateCompleted || total <= 0 || math.Abs(sum-total) > 0.01*total {
			t.Errorf("job %s (%s): phases add up to %v s, queue to completion %v s", j.ID, j.State, sum, total)
		}
	}
	var summary bytes.Buffer
	rep.WriteSummary(&summary)
	if !strings.Contains(summary.String(), "waited most") {
		t.Errorf("summary:\n%s", summary.String())
	}
}
