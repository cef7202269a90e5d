package testwait

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestWithin(t *testing.T) {
	tests := []struct {
		name    string
		holdsAt int32 // the call on which cond first holds; 0 = never
		timeout time.Duration
		want    bool
	}{
		{"holds at once", 1, time.Second, true},
		{"holds after a few checks", 4, 5 * time.Second, true},
		{"never holds", 0, 50 * time.Millisecond, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls atomic.Int32
			cond := func() bool {
				n := calls.Add(1)
				return tt.holdsAt != 0 && n >= tt.holdsAt
			}
			if got := Within(tt.timeout, cond); got != tt.want {
				t.Fatalf("Within = %v after %d checks, want %v", got, calls.Load(), tt.want)
			}
			if tt.holdsAt != 0 && calls.Load() != tt.holdsAt {
				t.Errorf("cond checked %d times, want %d", calls.Load(), tt.holdsAt)
			}
		})
	}
}

// recorder is a testing.TB that records a Fatalf instead of stopping.
type recorder struct {
	testing.TB
	failed string
}

func (r *recorder) Helper() {}

func (r *recorder) Fatalf(format string, args ...any) {
	r.failed = fmt.Sprintf(format, args...)
}

func TestUntilFailsNamingWhat(t *testing.T) {
	r := &recorder{TB: t}
	Until(r, 20*time.Millisecond, "the thing", func() bool { return false })
	if !strings.Contains(r.failed, "the thing") {
		t.Fatalf("Until's failure %q does not name what it waited for", r.failed)
	}
	r = &recorder{TB: t}
	Until(r, time.Second, "the thing", func() bool { return true })
	if r.failed != "" {
		t.Fatalf("Until failed although cond held: %s", r.failed)
	}
}
