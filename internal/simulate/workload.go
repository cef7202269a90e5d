package simulate

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"time"
)

// TraceJob is one job of a workload: when it is enqueued, on which scale
// set, and how long it runs. A trace file (--trace) holds one per line as
// JSON: {"at_s": 1.5, "scale_set": "sim-1", "duration_s": 30}.
type TraceJob struct {
	// AtS is seconds from the start of the run.
	AtS float64 `json:"at_s"`
	// ScaleSet names the scale set (runners.<name>); empty means the first.
	ScaleSet string `json:"scale_set"`
	// DurationS is how long the job runs, in seconds; 0 uses --job-duration.
	DurationS float64 `json:"duration_s"`
}

// WorkloadBursty names the seeded bursty workload (--workload bursty).
const WorkloadBursty = "bursty"

// Bursty workload shape: active periods of Poisson background jobs with
// fan-out bursts, separated by quiet gaps.
const (
	burstyActiveMean = 60 * time.Second // mean length of an active period
	burstyQuietMean  = 45 * time.Second // mean length of a quiet gap
	burstyBurstMean  = 20 * time.Second // mean time between bursts while active
	burstyDefaultBG  = 0.3              // background jobs per second when --rate is 0
	burstyFanOutMin  = 3                // jobs in one burst: uniform in [min, max]
)

// burstyTrace generates the bursty workload: over d, seeded, alternating
// active periods (Poisson background at rate per second plus fan-out
// bursts of burstyFanOutMin to fanOutMax jobs at once) and quiet gaps with
// no jobs. Jobs go round-robin over the scale sets.
func burstyTrace(seed uint64, d time.Duration, rate float64, fanOutMax int, scaleSets []string) []TraceJob {
	rng := rand.New(rand.NewPCG(seed, seed^0xb0257))
	if rate <= 0 {
		rate = burstyDefaultBG
	}
	fanOutMax = max(fanOutMax, burstyFanOutMin)
	exp := func(mean float64) float64 { return rng.ExpFloat64() * mean }
	var out []TraceJob
	end := d.Seconds()
	add := func(at float64) {
		out = append(out, TraceJob{AtS: math.Round(at*1000) / 1000, ScaleSet: scaleSets[len(out)%len(scaleSets)]})
	}
	for t, active := 0.0, true; t < end; active = !active {
		if !active {
			t += exp(burstyQuietMean.Seconds())
			continue
		}
		stop := min(t+exp(burstyActiveMean.Seconds()), end)
		for bg := t + exp(1/rate); bg < stop; bg += exp(1 / rate) {
			add(bg)
		}
		for b := t + exp(burstyBurstMean.Seconds()); b < stop; b += exp(burstyBurstMean.Seconds()) {
			for range burstyFanOutMin + rng.IntN(fanOutMax-burstyFanOutMin+1) {
				add(b)
			}
		}
		t = stop
	}
	slices.SortStableFunc(out, func(a, b TraceJob) int {
		switch {
		case a.AtS < b.AtS:
			return -1
		case a.AtS > b.AtS:
			return 1
		}
		return 0
	})
	// Round-robin again in time order.
	for i := range out {
		out[i].ScaleSet = scaleSets[i%len(scaleSets)]
	}
	return out
}

// steadyTrace is --jobs jobs at --rate per second (all at once for 0).
func steadyTrace(jobs int, rate float64, scaleSets []string) []TraceJob {
	out := make([]TraceJob, jobs)
	for i := range out {
		out[i].ScaleSet = scaleSets[i%len(scaleSets)]
		if rate > 0 {
			out[i].AtS = float64(i) / rate
		}
	}
	return out
}

// readTrace reads a trace file: one TraceJob per line, blank lines
// ignored.
func readTrace(path string) ([]TraceJob, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseTrace(f, path)
}

func parseTrace(r io.Reader, name string) ([]TraceJob, error) {
	var out []TraceJob
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var j TraceJob
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&j); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if j.AtS < 0 || j.DurationS < 0 {
			return nil, fmt.Errorf("%s:%d: at_s and duration_s must not be negative", name, line)
		}
		out = append(out, j)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	slices.SortStableFunc(out, func(a, b TraceJob) int {
		if a.AtS < b.AtS {
			return -1
		}
		if a.AtS > b.AtS {
			return 1
		}
		return 0
	})
	return out, nil
}
