package supervisor

import (
	"context"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/messages"
)

// closedAddress returns a loopback address where nothing listens.
func closedAddress(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close()
	return addr
}

// TestAScaleSetThatCannotServeSaysWhy checks that a scale set with a
// wrong token, or an unreachable URL, is not active within 5 s, with the
// cause in the first 80 characters of its error, and that the daemon is
// ready (settled) without every scale set serving. GitHub's HTTP retries
// are the defaults' (4 retries, waits up to 30 s): the first failed
// attempt must show.
func TestAScaleSetThatCannotServeSaysWhy(t *testing.T) {
	tests := []struct {
		name  string
		token string
		extra func(t *testing.T) string
		state string
		cause string
	}{
		{name: "wrong token", token: "ghp_wrong", extra: func(*testing.T) string { return "" },
			state: messages.StateAuthFailed, cause: "401"},
		{name: "unreachable URL", extra: func(t *testing.T) string { return "    url: http://" + closedAddress(t) + "/acme\n" },
			state: messages.StateUnreachable, cause: "connection refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, ghsim.Options{})
			h.token = tt.token
			text := h.configText("d1", runnerYAML{name: "good"}, runnerYAML{name: "linux", extra: tt.extra(t)})
			text = strings.Replace(text, "retry_max: 1, retry_wait_max: 10ms", "retry_max: 4, retry_wait_max: 30s", 1)
			d := h.start(h.configFrom(text))

			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			st, err := d.WaitReady(ctx)
			if err != nil {
				t.Fatalf("not settled within 5 s: %v; logs:\n%s", err, h.logs.String())
			}
			snap := find(st, "linux")
			if snap.State != tt.state {
				t.Fatalf("state = %q (error %q), want %q", snap.State, snap.Error, tt.state)
			}
			head := snap.Error[:min(80, len(snap.Error))]
			if !strings.Contains(head, tt.cause) {
				t.Errorf("error = %q; want %q in its first 80 characters", snap.Error, tt.cause)
			}
			if snap.Cause == "" || snap.Hint == "" {
				t.Errorf("cause %q, hint %q: want both", snap.Cause, snap.Hint)
			}
			t.Logf("%s: %s\nhint: %s", snap.State, snap.Error, snap.Hint)
			if tt.token == "" {
				if good := find(st, "good"); good.State != messages.StateActive {
					t.Errorf("the other scale set is %q (%s), want active", good.State, good.Error)
				}
			}
		})
	}
}

// TestGivingUpLeavesTheScaleSetNotServing checks that runners that keep
// giving up put their scale set in giving_up with the cause of the last
// give-up.
func TestGivingUpLeavesTheScaleSetNotServing(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	d := h.start(h.config("d1", runnerYAML{name: "broken", extra: "    max_runners: 1\n    retry: {budget: 2, backoff_base: 5ms, backoff_cap: 20ms}\n    sim: {start_failure_rate: 1}\n"}))
	h.enqueue(1, ghsim.JobSpec{Labels: []string{"broken"}, Duration: ms(10)})
	h.eventually("the scale set to be giving up", 30*time.Second, func() bool {
		return h.scaleSet(d, "broken").State == messages.StateGivingUp
	})
	if snap := h.scaleSet(d, "broken"); snap.Error == "" || snap.Hint == "" {
		t.Errorf("giving_up without an error or hint: %+v", snap)
	}
}

// find returns the named scale set of a status.
func find(st *messages.Status, name string) messages.ScaleSetSnapshot {
	for _, s := range st.ScaleSets {
		if s.Name == name {
			return s
		}
	}
	return messages.ScaleSetSnapshot{}
}

// TestAScaleSetRecoversWhenTheCauseIsFixed checks that an unreachable
// scale set becomes active, its error gone, once a reload fixes its URL.
func TestAScaleSetRecoversWhenTheCauseIsFixed(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	path := filepath.Join(t.TempDir(), "config.yml")
	h.writeConfig(path, "d1", runnerYAML{name: "linux", extra: "    url: http://" + closedAddress(t) + "/acme\n"})
	d := h.startFile(path)
	h.eventually("the scale set to be unreachable", 5*time.Second, func() bool {
		return h.scaleSet(d, "linux").State == messages.StateUnreachable
	})
	h.writeConfig(path, "d1", runnerYAML{name: "linux"})
	h.eventually("the scale set to be active", 30*time.Second, func() bool {
		s := h.scaleSet(d, "linux")
		return s.State == messages.StateActive && s.Error == "" && s.Cause == ""
	})
}
