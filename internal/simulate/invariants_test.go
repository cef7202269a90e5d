package simulate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestCheckStateDir(t *testing.T) {
	line := `{"op":"+","scale_set":"a","name":"a-1"}` + "\n"
	cases := []struct {
		name    string
		files   map[string]string
		mode    os.FileMode
		final   bool
		wantBad []string // substrings, one per problem
	}{
		{name: "empty directory"},
		{name: "a torn last journal line after a kill", files: map[string]string{"registrations.jsonl": line + `{"op":"+","na`}},
		{name: "a torn journal line after a clean shutdown", files: map[string]string{"registrations.jsonl": line + `{"op":"+","na`}, final: true,
			wantBad: []string{"journal line 2 is damaged"}},
		{name: "a damaged line before the last", files: map[string]string{"registrations.jsonl": "{oops\n" + line},
			wantBad: []string{"journal line 1 is damaged"}},
		{name: "a torn session record", files: map[string]string{"sessions.json": `[{"scale_set":`},
			wantBad: []string{"sessions.json is torn"}},
		{name: "a session record after a clean shutdown", files: map[string]string{"sessions.json": `[]`}, final: true,
			wantBad: []string{"outlived a clean shutdown"}},
		{name: "a file others may read", files: map[string]string{"lock": ""}, mode: 0o644,
			wantBad: []string{"not owner-only"}},
		{name: "a temporary file after a clean shutdown", files: map[string]string{".sessions.json.1.tmp": ""}, final: true,
			wantBad: []string{"temporary file"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			mode := tc.mode
			if mode == 0 {
				mode = 0o600
			}
			for name, content := range tc.files {
				p := filepath.Join(dir, name)
				if err := os.WriteFile(p, []byte(content), mode); err != nil {
					t.Fatal(err)
				}
				_ = os.Chmod(p, mode)
			}
			bad := checkStateDir(dir, tc.final)
			if len(bad) != len(tc.wantBad) {
				t.Fatalf("problems = %q, want %q", bad, tc.wantBad)
			}
			for i, want := range tc.wantBad {
				if !strings.Contains(bad[i], want) {
					t.Errorf("problem %d = %q, want %q", i, bad[i], want)
				}
			}
		})
	}
}

func TestFinishSoak(t *testing.T) {
	// samples are a soak at 6 jobs/s whose live heap grows by heapPerHour
	// and its resident memory by rssPerHour.
	samples := func(span time.Duration, rssPerHour, heapPerHour float64) []SoakSample {
		var out []SoakSample
		for at := time.Duration(0); at <= span; at += soakInterval {
			out = append(out, SoakSample{AtS: at.Seconds(), RSSMB: 70 + rssPerHour*at.Hours(), AnonMB: 50 + rssPerHour*at.Hours(), HeapMB: 5 + heapPerHour*at.Hours(),
				Jobs: int(6 * at.Seconds()), Goroutines: 80, FDs: 30})
		}
		return out
	}
	// binaryPages adds the binary's pages, resident as more of its code
	// runs: not the daemon's allocations.
	binaryPages := func(in []SoakSample, perHour float64) []SoakSample {
		for i := range in {
			in[i].RSSMB += perHour * in[i].AtS / 3600
		}
		return in
	}
	cases := []struct {
		name       string
		samples    []SoakSample
		wantJudged bool
		wantBad    []string
	}{
		{name: "flat over 30 minutes", samples: samples(30*time.Minute, 0, 0), wantJudged: true},
		{name: "the binary's pages growing over 30 minutes", samples: binaryPages(samples(30*time.Minute, 0, 0), 30), wantJudged: true},
		{name: "resident memory growing over 30 minutes", samples: samples(30*time.Minute, 100, 0), wantJudged: true, wantBad: []string{"anonymous resident memory"}},
		// 3 KB per job at 6 jobs/s.
		{name: "a leak of 3 KB per job", samples: samples(30*time.Minute, 130, 63), wantJudged: true, wantBad: []string{"anonymous resident memory", "live heap"}},
		{name: "growing over 2 minutes is not judged", samples: samples(2*time.Minute, 100, 100)},
		{name: "too few samples", samples: samples(5*time.Second, 0, 0), wantBad: []string{"too few"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := &chaos{o: &Options{}}
			c.soak.Samples = tc.samples
			r := c.finishSoak()
			got := c.rep.InvariantViolations
			if r.Judged != tc.wantJudged || len(got) != len(tc.wantBad) {
				t.Fatalf("judged %v, violations %q, slopes anonymous %.1f heap %.1f", r.Judged, got, r.AnonMBPerHour, r.HeapMBPerHour)
			}
			for i, want := range tc.wantBad {
				if !strings.Contains(got[i], want) {
					t.Errorf("violation %d = %q, want %q", i, got[i], want)
				}
			}
			if r.Judged && r.JudgedJobs == 0 {
				t.Errorf("judged %d jobs", r.JudgedJobs)
			}
		})
	}
}

func TestMetricValue(t *testing.T) {
	text := []byte("# HELP go_goroutines x\n# TYPE go_goroutines gauge\ngo_goroutines 42\ngo_goroutines_other 7\n")
	if v := metricValue(text, "go_goroutines"); v != 42 {
		t.Fatalf("go_goroutines = %v", v)
	}
	if v := metricValue(text, "missing"); v != 0 {
		t.Fatalf("missing = %v", v)
	}
}

func TestViolationsAreCapped(t *testing.T) {
	cases := []struct {
		n        int
		wantLen  int
		wantLast string
	}{
		{n: 3, wantLen: 3, wantLast: "v3"},
		{n: maxViolations, wantLen: maxViolations, wantLast: "v50"},
		{n: maxViolations + 7, wantLen: maxViolations + 1, wantLast: "… and 7 more"},
	}
	for _, tc := range cases {
		c := &chaos{o: &Options{}}
		for i := 1; i <= tc.n; i++ {
			c.violation("v%d", i)
		}
		got := c.rep.InvariantViolations
		if len(got) != tc.wantLen || got[len(got)-1] != tc.wantLast {
			t.Errorf("%d violations: %d listed, last %q", tc.n, len(got), got[len(got)-1])
		}
	}
}
