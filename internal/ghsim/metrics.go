package ghsim

import (
	"math/bits"
	"sync/atomic"
	"time"
)

// latencyBuckets is the number of histogram buckets: bucket i counts latencies
// below 2^i microseconds (the last one counts the rest).
const latencyBuckets = 24

// endpointMetrics counts calls of one endpoint without locks.
type endpointMetrics struct {
	calls   atomic.Uint64
	errors  atomic.Uint64 // status >= 400
	buckets [latencyBuckets]atomic.Uint64
}

func (m *endpointMetrics) observe(status int, d time.Duration) {
	m.calls.Add(1)
	if status >= 400 {
		m.errors.Add(1)
	}
	us := uint64(d / time.Microsecond)
	i := bits.Len64(us)
	if i >= latencyBuckets {
		i = latencyBuckets - 1
	}
	m.buckets[i].Add(1)
}

// EndpointMetrics are the call statistics of one endpoint. Latencies are upper
// bounds of power-of-two microsecond buckets; long polls count their hold.
type EndpointMetrics struct {
	Calls  uint64        `json:"calls"`
	Errors uint64        `json:"errors"`
	P50    time.Duration `json:"p50_ns"`
	P99    time.Duration `json:"p99_ns"`
	// Histogram maps a bucket's upper bound in microseconds to its count
	// (empty buckets are left out).
	Histogram map[uint64]uint64 `json:"histogram_us,omitempty"`
}

func (m *endpointMetrics) snapshot() EndpointMetrics {
	out := EndpointMetrics{Calls: m.calls.Load(), Errors: m.errors.Load()}
	var counts [latencyBuckets]uint64
	var total uint64
	for i := range counts {
		counts[i] = m.buckets[i].Load()
		total += counts[i]
		if counts[i] > 0 {
			if out.Histogram == nil {
				out.Histogram = map[uint64]uint64{}
			}
			out.Histogram[uint64(1)<<i] = counts[i]
		}
	}
	quantile := func(q float64) time.Duration {
		if total == 0 {
			return 0
		}
		want := uint64(q*float64(total) + 0.5)
		if want < 1 {
			want = 1
		}
		var seen uint64
		for i, c := range counts {
			seen += c
			if seen >= want {
				return time.Duration(uint64(1)<<i) * time.Microsecond
			}
		}
		return time.Duration(uint64(1)<<(latencyBuckets-1)) * time.Microsecond
	}
	out.P50, out.P99 = quantile(0.50), quantile(0.99)
	return out
}

// Metrics are the per-endpoint call statistics and the fault hit counts.
type Metrics struct {
	Endpoints map[string]EndpointMetrics `json:"endpoints"`
	// FaultHits counts injected faults by "endpoint:kind" (e.g.
	// "jit_config:error", "session_create:conflict", "messages:drop").
	FaultHits map[string]int `json:"fault_hits"`
}

// Metrics returns the call statistics of every endpoint called so far and the
// fault hit counts.
func (s *Server) Metrics() Metrics {
	out := Metrics{Endpoints: map[string]EndpointMetrics{}, FaultHits: s.faults.hitCounts()}
	for id, m := range s.metrics {
		if m.calls.Load() > 0 {
			out.Endpoints[id] = m.snapshot()
		}
	}
	return out
}
