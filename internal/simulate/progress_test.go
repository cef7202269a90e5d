package simulate

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestProgressLineFitsWidth(t *testing.T) {
	typical := progressCounts{elapsed: 12300 * time.Millisecond, done: 45, total: 120, running: 12, waiting: 8,
		provisioning: 2, idle: 3, busy: 12, stopping: 1, restarts: 4}
	huge := progressCounts{elapsed: 9999 * time.Second, done: 123456, total: 999999, running: 12345, waiting: 99999,
		provisioning: 1234, idle: 1234, busy: 12345, stopping: 1234, restarts: 12345}
	tests := []struct {
		name   string
		counts progressCounts
		width  int
		want   []string // substrings the line must hold
	}{
		{"wide terminal keeps every label", typical, 200, []string{"jobs 45/120 done", "provisioning", "4 restarts"}},
		{"80 columns keeps runners and restarts", typical, 79, []string{"jobs 45/120", "12 run", "2 prov", "12 busy", "4 restarts"}},
		{"70 columns drops restarts", typical, 69, []string{"jobs 45/120", "2 prov 3 idle 12 busy 1 stop"}},
		{"60 columns keeps the jobs", typical, 59, []string{"jobs 45/120", "12 run", "8 wait"}},
		{"huge numbers at 80 columns", huge, 79, []string{"jobs 123456/999999"}},
		{"tiny terminal is cut", typical, 10, []string{"12.3s"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line := progressLine(tt.counts, tt.width)
			if n := utf8.RuneCountInString(line); n > tt.width {
				t.Errorf("%d characters > %d: %q", n, tt.width, line)
			}
			for _, w := range tt.want {
				if !strings.Contains(line, w) {
					t.Errorf("line %q lacks %q", line, w)
				}
			}
		})
	}
}

func TestProgressRedrawsInPlace(t *testing.T) {
	tests := []struct {
		name        string
		interactive bool
		width       func() int
		check       func(t *testing.T, out string)
	}{
		{"terminal: carriage return and clear, no newline until done", true, func() int { return 80 }, func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "\r") || !strings.Contains(out, clearToEOL) || strings.Count(out, "\r") != 3 || strings.Count(out, "\n") != 1 || !strings.HasSuffix(out, "\n") {
				t.Errorf("out = %q", out)
			}
		}},
		{"unknown width is 80", true, nil, func(t *testing.T, out string) {
			for _, line := range strings.Split(strings.TrimSpace(out), "\r") {
				line = strings.TrimSuffix(line, clearToEOL)
				if n := utf8.RuneCountInString(line); n > PlainWidth-1 {
					t.Errorf("%d characters: %q", n, line)
				}
			}
		}},
		{"not a terminal: plain lines of at most 80", false, nil, func(t *testing.T, out string) {
			if strings.ContainsAny(out, "\r\x1b") || !strings.HasSuffix(out, "\n") {
				t.Errorf("out = %q", out)
			}
			for line := range strings.Lines(out) {
				if n := utf8.RuneCountInString(strings.TrimSuffix(line, "\n")); n > PlainWidth {
					t.Errorf("%d characters: %q", n, line)
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			p := newProgress(&b, tt.interactive, tt.width, 10)
			for i := range 3 {
				p.print(progressCounts{elapsed: time.Duration(i) * time.Second, done: i, total: 10, running: 12, waiting: 8, busy: 12})
			}
			p.done()
			tt.check(t, b.String())
		})
	}
}

func TestSummaryFits80Columns(t *testing.T) {
	big := Report{
		Jobs:       JobReport{Total: 9999, Completed: 9998, Succeeded: 9000, Failed: 998, Canceled: 1},
		LatencyMS:  LatencyReport{QueueToStart: Percentiles{P50: 1234, P95: 12345, P99: 23456, Max: 99999}, DaemonOwn: Percentiles{P50: 0.12, P95: 1.5, P99: 12.25, Max: 123.45}},
		Runners:    RunnerReport{Provisioned: 12000, StartFailures: 1200, Restarts: 120, GaveUp: 12},
		Leaks:      LeakReport{Registrations: 1, Environments: 2, Sessions: 3},
		GitHub:     GitHubReport{JITConfigs: 12000, RateLimited: 12, JITPerSecond: 123.4, Calls: 123456},
		DurationS:  1234.5,
		Backend:    "libvirt",
		ScaleSets:  12,
		Throughput: 12.3,
	}
	for _, tt := range []struct {
		name string
		rep  Report
		want []string
	}{
		{"clean", Report{Jobs: JobReport{Total: 3, Completed: 3, Succeeded: 3}, Backend: "sim", ScaleSets: 1},
			[]string{"Simulation summary (sim backend", "  jobs", "  queue → start", "  daemon's own", "  github", "  runners", "  leaks", "  throughput", "OK: every job completed"}},
		{"big numbers and failures", big, []string{"FAILED: 1 of 9999 jobs did not complete; something leaked", "9998/9999 completed"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			tt.rep.WriteSummary(&b)
			out := b.String()
			for line := range strings.Lines(out) {
				if n := utf8.RuneCountInString(strings.TrimSuffix(line, "\n")); n > PlainWidth {
					t.Errorf("%d characters: %q", n, line)
				}
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("summary lacks %q:\n%s", w, out)
				}
			}
		})
	}
}
