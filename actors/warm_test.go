package actors

import (
	"testing"
	"time"
)

func TestAdaptiveWarmTarget(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	ago := func(ds ...time.Duration) []time.Time {
		out := make([]time.Time, len(ds))
		for i, d := range ds {
			out[i] = now.Add(-d)
		}
		return out
	}
	every := func(n int, gap time.Duration) []time.Time {
		out := make([]time.Time, n)
		for i := range out {
			out[i] = now.Add(-time.Duration(i) * gap)
		}
		return out
	}
	s := time.Second
	tests := []struct {
		name string
		in   adaptiveInput
		want int
	}{
		{"quiet falls to min", adaptiveInput{Min: 1, Max: 8, ColdStart: 3 * s}, 1},
		{"old demand is forgotten", adaptiveInput{Arrivals: ago(5*time.Minute, 5*time.Minute+s), Min: 0, Max: 8, ColdStart: 3 * s}, 0},
		{"a burst is kept warm", adaptiveInput{Arrivals: ago(10*s, 10*s, 10*s, 11*s, 11*s), Max: 8, ColdStart: 3 * s}, 5},
		{"a steady rate keeps about rate × cold start", adaptiveInput{Arrivals: every(30, s), Max: 8, ColdStart: 3 * s}, 4},
		{"slow arrivals need one", adaptiveInput{Arrivals: every(5, 10*s), Max: 8, ColdStart: 3 * s}, 1},
		{"max caps the target", adaptiveInput{Arrivals: ago(s, s, s, s, s, s), Max: 4, ColdStart: 3 * s}, 4},
		{"capacity caps the target", adaptiveInput{Arrivals: ago(s, s, s), Max: 8, Capacity: 2, ColdStart: 3 * s}, 2},
		{"an unmeasured cold start uses the default", adaptiveInput{Arrivals: ago(s, 4*s), Max: 8}, 2},
		{"a slower backend remembers longer", adaptiveInput{Arrivals: ago(50*s, 51*s), Max: 8, ColdStart: 10 * s}, 2},
		{"a fast backend forgets sooner", adaptiveInput{Arrivals: ago(50*s, 51*s), Max: 8, ColdStart: 3 * s}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.in.Now = now
			if got := adaptiveWarmTarget(tt.in); got != tt.want {
				t.Errorf("adaptiveWarmTarget = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestArrivalLogForgets(t *testing.T) {
	now := time.Now()
	var a arrivalLog
	a.add(now.Add(-2*time.Minute), 2, time.Minute)
	a.add(now, 3, time.Minute)
	if len(a) != 3 {
		t.Errorf("arrivals kept: %d, want 3", len(a))
	}
}
