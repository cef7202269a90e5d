package sim

import (
	"time"

	"github.com/outrunner/outrunner/config"
)

// Check reports every problem of a sim block, with keys relative to the
// block (start_failure_rate).
func Check(s *config.SimImage) []config.Problem {
	var r config.Report
	r.DurationRange("start_latency", s.StartLatency, 0, time.Hour)
	for _, f := range []struct {
		key  string
		rate float64
	}{{"start_failure_rate", s.StartFailureRate}, {"stop_failure_rate", s.StopFailureRate}} {
		if !(f.rate >= 0 && f.rate <= 1) { // also refuses NaN
			r.Errorf(f.key, "must be a probability between 0 and 1, got %g", f.rate)
		}
	}
	return r.Problems()
}
