// Package testwait lets tests wait on state they cannot subscribe to — a
// container, a libvirt domain, a child process — by re-checking it on a
// short tick until it holds or a deadline passes.
package testwait

import (
	"testing"
	"time"
)

// Tick is how often Until re-checks its condition.
const Tick = 10 * time.Millisecond

// Until re-checks cond every Tick until it holds. When timeout passes
// first it fails tb, naming what it waited for.
func Until(tb testing.TB, timeout time.Duration, what string, cond func() bool) {
	tb.Helper()
	if !Within(timeout, cond) {
		tb.Fatalf("timed out after %s waiting for %s", timeout, what)
	}
}

// Within re-checks cond every Tick until it holds, and reports whether it
// did before timeout passed.
func Within(timeout time.Duration, cond func() bool) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	tick := time.NewTicker(Tick)
	defer tick.Stop()
	for !cond() {
		select {
		case <-deadline.C:
			return cond()
		case <-tick.C:
		}
	}
	return true
}
