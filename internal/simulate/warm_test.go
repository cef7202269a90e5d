package simulate

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestRunWithAWarmPool(t *testing.T) {
	tests := []struct {
		name string
		o    Options
		// hits is the least number of warm hits expected.
		hits int
	}{
		{"fixed", Options{Warm: 2}, 4},
		{"adaptive", Options{WarmAuto: true}, 1},
		{"none", Options{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := tt.o
			o.Jobs, o.Rate, o.JobDuration, o.ScaleSets, o.MaxRunners = 8, 4, 20*time.Millisecond, 1, 3
			o.BootTime, o.APILatency, o.StateDir = 100*time.Millisecond, 5*time.Millisecond, t.TempDir()
			rep, err := Run(context.Background(), o)
			if err != nil || !rep.Clean() {
				t.Fatalf("report = %+v, %v", rep, err)
			}
			served := rep.ServedFrom["idle"] + rep.ServedFrom["warm"] + rep.ServedFrom["cold"]
			if served != 8 || rep.Warm.Hits < tt.hits || rep.Warm.Hits+rep.Warm.Misses > 8 || rep.Runners.PeakConcurrency < 1 {
				t.Errorf("warm %+v, served from %v, runners %+v", rep.Warm, rep.ServedFrom, rep.Runners)
			}
			if tt.hits == 0 && (rep.Warm.Hits != 0 || rep.Warm.Misses != 0) {
				t.Errorf("no pool, yet warm %+v", rep.Warm)
			}
		})
	}
}

func TestBurstyTraceIsSeeded(t *testing.T) {
	a := burstyTrace(1, 5*time.Minute, 0.5, 8, []string{"sim-1", "sim-2"})
	b := burstyTrace(1, 5*time.Minute, 0.5, 8, []string{"sim-1", "sim-2"})
	c := burstyTrace(2, 5*time.Minute, 0.5, 8, []string{"sim-1", "sim-2"})
	if len(a) == 0 || !reflect.DeepEqual(a, b) || reflect.DeepEqual(a, c) {
		t.Fatalf("bursty traces: %d jobs, same seed equal %v, other seed differs %v", len(a), reflect.DeepEqual(a, b), !reflect.DeepEqual(a, c))
	}
	for i, j := range a {
		if j.AtS < 0 || j.AtS > 300 || (i > 0 && j.AtS < a[i-1].AtS) {
			t.Fatalf("job %d at %g: out of order or range", i, j.AtS)
		}
	}
}

func TestTraceFile(t *testing.T) {
	tests := []struct {
		name, text, want string
		jobs             int
	}{
		{"ordered by time, blank lines skipped", `{"at_s": 2, "scale_set": "sim-1", "duration_s": 1}` + "\n\n" + `{"at_s": 0.5}`, "", 2},
		{"unknown field", `{"at": 2}`, "unknown field", 0},
		{"negative time", `{"at_s": -1}`, "negative", 0},
		{"unknown scale set", `{"at_s": 1, "scale_set": "elsewhere"}`, "names scale set", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "trace.jsonl")
			if err := os.WriteFile(path, []byte(tt.text), 0o600); err != nil {
				t.Fatal(err)
			}
			o := Options{Trace: path}
			jobs, err := o.workload([]string{"sim-1"})
			if tt.want != "" {
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("err = %v, want %q", err, tt.want)
				}
				return
			}
			if err != nil || len(jobs) != tt.jobs || jobs[0].AtS != 0.5 || jobs[0].ScaleSet != "sim-1" {
				t.Fatalf("jobs = %+v, %v", jobs, err)
			}
		})
	}
}
