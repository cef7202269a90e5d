package sim

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/config"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		s    config.SimImage
		key  string // "" for no problem
		msg  string
	}{
		{"zero", config.SimImage{}, "", ""},
		{"certain failures", config.SimImage{StartFailureRate: 1, StopFailureRate: 1, StartLatency: config.Duration(time.Hour)}, "", ""},
		{"start rate above one", config.SimImage{StartFailureRate: 1.5}, "start_failure_rate", "probability between 0 and 1"},
		{"stop rate negative", config.SimImage{StopFailureRate: -0.1}, "stop_failure_rate", "probability between 0 and 1"},
		{"rate NaN", config.SimImage{StartFailureRate: math.NaN()}, "start_failure_rate", "probability between 0 and 1"},
		{"latency", config.SimImage{StartLatency: config.Duration(2 * time.Hour)}, "start_latency", "between 0s and 1h0m0s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := Check(&tt.s)
			if tt.key == "" {
				if len(ps) != 0 {
					t.Fatalf("problems: %v", ps)
				}
				return
			}
			if len(ps) != 1 || ps[0].Key != tt.key || !strings.Contains(ps[0].Message, tt.msg) {
				t.Fatalf("problems %v, want one at %q containing %q", ps, tt.key, tt.msg)
			}
		})
	}
}
