package simulate

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// SoakReport is the daemon's health over a long run (simulate --soak):
// resident memory, the live Go heap, goroutines and open file descriptors
// sampled over time, with the slope of each over the run's second half
// (after warm-up).
type SoakReport struct {
	Samples []SoakSample `json:"samples"`
	// Slopes are per hour, fitted by least squares to the second half.
	RSSMBPerHour float64 `json:"rss_mb_per_hour"`
	// AnonMBPerHour is the slope of the anonymous part of the resident
	// memory, the memory the daemon allocated, which is what is judged:
	// the rest are pages of the binary, which grow as more of its code
	// runs, up to the binary's size, and which the kernel may drop.
	AnonMBPerHour     float64 `json:"anon_mb_per_hour"`
	GoroutinesPerHour float64 `json:"goroutines_per_hour"`
	FDsPerHour        float64 `json:"fds_per_hour"`
	// HeapMBPerHour is the slope of the live heap (what the last garbage
	// collection kept). A leak grows it; memory the runtime keeps from
	// the operating system grows only the resident memory.
	HeapMBPerHour float64 `json:"heap_mb_per_hour"`
	// JudgedFromS is where the fitted half begins, in seconds, and
	// JudgedJobs how many jobs completed within it.
	JudgedFromS float64 `json:"judged_from_s"`
	JudgedJobs  int     `json:"judged_jobs"`
	// Limits are the slopes above which the run fails.
	Limits SoakLimits `json:"limits"`
	// Judged says whether the slopes were held against the limits: only
	// when the fitted half of the run spans soakJudgeSpan, as a shorter
	// one extrapolates warm-up (the heap growing to its working size).
	Judged bool `json:"judged"`
}

// soakJudgeSpan is the shortest fitted span whose slopes are judged.
const soakJudgeSpan = 10 * time.Minute

// SoakSample is one measurement of the daemon.
type SoakSample struct {
	AtS   float64 `json:"at_s"`
	RSSMB float64 `json:"rss_mb"`
	// AnonMB is the anonymous part of RSSMB (RssAnon).
	AnonMB float64 `json:"anon_mb"`
	// HeapMB is the live heap (go_gc_heap_live_bytes).
	HeapMB float64 `json:"heap_mb"`
	// Jobs is how many jobs had completed.
	Jobs       int `json:"jobs"`
	Goroutines int `json:"goroutines"`
	FDs        int `json:"fds"`
}

// SoakLimits are the growth rates a soak run tolerates.
type SoakLimits struct {
	AnonMBPerHour     float64 `json:"anon_mb_per_hour"`
	HeapMBPerHour     float64 `json:"heap_mb_per_hour"`
	GoroutinesPerHour float64 `json:"goroutines_per_hour"`
	FDsPerHour        float64 `json:"fds_per_hour"`
}

// defaultSoakLimits: a leak of one goroutine or descriptor per job, or of
// a kilobyte per job, exceeds them at the soak's rate (6 jobs/s: 1 KB per
// job is 21 MB/h). Below them stay the daemon's bounded stores (the last
// 1,000 job timelines, up to 4,000 runners' provisioning lines, 4,096
// removed runner names and 8,192 demand marks per scale set), some of
// which are still filling in the second half of a 10,000-job soak: they
// grew the live heap by about 200 bytes a job, 4 MB/h at the soak's rate
// (docs/reliability.md).
var defaultSoakLimits = SoakLimits{AnonMBPerHour: 20, HeapMBPerHour: 10, GoroutinesPerHour: 100, FDsPerHour: 50}

// soakInterval is how often the daemon is sampled.
const soakInterval = 5 * time.Second

// sampleLoop samples the daemon until ctx ends.
func (c *chaos) sampleLoop(ctx context.Context, start time.Time) {
	t := time.NewTicker(soakInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		pid := c.daemon.pid()
		if pid == 0 {
			continue
		}
		jc := c.server.State().JobCounts()
		rss, anon := residentMB(pid)
		s := SoakSample{AtS: round3(time.Since(start).Seconds()), RSSMB: rss, AnonMB: anon, FDs: openFDs(pid), Jobs: jc.Completed + jc.Canceled}
		mctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		if b, err := c.status.Metrics(mctx); err == nil {
			s.Goroutines = int(metricValue(b, "go_goroutines"))
			s.HeapMB = round3(metricValue(b, "go_gc_heap_live_bytes") / (1 << 20))
		}
		cancel()
		c.mu.Lock()
		c.soak.Samples = append(c.soak.Samples, s)
		c.mu.Unlock()
	}
}

// finishSoak fits the slopes and checks them against the limits.
func (c *chaos) finishSoak() *SoakReport {
	r := c.soak
	r.Limits = defaultSoakLimits
	half := r.Samples[len(r.Samples)/2:]
	if len(half) < 3 {
		c.violation("soak: %d samples, too few to fit a slope", len(r.Samples))
		return &r
	}
	fit := func(v func(SoakSample) float64) float64 {
		var n, sx, sy, sxx, sxy float64
		for _, s := range half {
			x, y := s.AtS/3600, v(s)
			n, sx, sy, sxx, sxy = n+1, sx+x, sy+y, sxx+x*x, sxy+x*y
		}
		d := n*sxx - sx*sx
		if d == 0 {
			return 0
		}
		return round3((n*sxy - sx*sy) / d)
	}
	r.RSSMBPerHour = fit(func(s SoakSample) float64 { return s.RSSMB })
	r.AnonMBPerHour = fit(func(s SoakSample) float64 { return s.AnonMB })
	r.GoroutinesPerHour = fit(func(s SoakSample) float64 { return float64(s.Goroutines) })
	r.FDsPerHour = fit(func(s SoakSample) float64 { return float64(s.FDs) })
	r.HeapMBPerHour = fit(func(s SoakSample) float64 { return s.HeapMB })
	r.JudgedFromS, r.JudgedJobs = half[0].AtS, half[len(half)-1].Jobs-half[0].Jobs
	span := time.Duration((half[len(half)-1].AtS - half[0].AtS) * float64(time.Second))
	if r.Judged = span >= soakJudgeSpan; !r.Judged {
		return &r
	}
	for _, chk := range []struct {
		what         string
		slope, limit float64
	}{
		{"anonymous resident memory (MB/h)", r.AnonMBPerHour, r.Limits.AnonMBPerHour},
		{"live heap (MB/h)", r.HeapMBPerHour, r.Limits.HeapMBPerHour},
		{"goroutines (per hour)", r.GoroutinesPerHour, r.Limits.GoroutinesPerHour},
		{"open file descriptors (per hour)", r.FDsPerHour, r.Limits.FDsPerHour},
	} {
		if chk.slope > chk.limit {
			c.violation("soak: %s grow by %.1f, above the limit of %.1f", chk.what, chk.slope, chk.limit)
		}
	}
	return &r
}

// residentMB reads a process's resident memory and its anonymous part
// from /proc.
func residentMB(pid int) (rss, anon float64) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	mb := func(rest string) float64 {
		kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
		return round3(kb / 1024)
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			rss = mb(rest)
		} else if rest, ok := strings.CutPrefix(sc.Text(), "RssAnon:"); ok {
			anon = mb(rest)
		}
	}
	return rss, anon
}

// openFDs counts a process's open file descriptors from /proc.
func openFDs(pid int) int {
	entries, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid))
	if err != nil {
		return 0
	}
	return len(entries)
}

// metricValue reads an unlabelled sample from Prometheus text.
func metricValue(text []byte, name string) float64 {
	for _, line := range bytes.Split(text, []byte("\n")) {
		if rest, ok := bytes.CutPrefix(line, []byte(name+" ")); ok {
			v, _ := strconv.ParseFloat(string(bytes.TrimSpace(rest)), 64)
			return v
		}
	}
	return 0
}
