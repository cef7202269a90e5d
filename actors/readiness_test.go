package actors

import (
	"testing"
	"time"

	"github.com/outrunner/outrunner/messages"
)

func TestScaleSetState(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	const (
		badToken = `runner group "default": request POST http://x/y failed(status="401 Unauthorized"): Bad credentials`
		refused  = `Post "http://127.0.0.1:1/x": dial tcp 127.0.0.1:1: connect: connection refused`
	)
	serving := readiness{Now: now, Listening: true, BackendHealthy: true}
	with := func(f func(*readiness)) readiness { in := serving; f(&in); return in }
	tests := []struct {
		name string
		in   readiness
		want verdict
	}{
		{"serving", serving, verdict{State: messages.StateActive}},
		{"no session yet", with(func(r *readiness) { r.Listening = false }), verdict{State: messages.StateStarting}},
		{"draining wins", with(func(r *readiness) { r.Draining, r.SetupErr = true, "x" }), verdict{State: messages.StateDraining}},
		{"bad configuration", with(func(r *readiness) { r.SetupErr = "backend docker: bad host" }), verdict{State: messages.StateError, Err: "backend docker: bad host"}},
		{"no credentials", with(func(r *readiness) { r.SetupErr = "no GitHub credentials: set token_file" }), verdict{State: messages.StateAuthFailed, Err: "no GitHub credentials: set token_file"}},
		{"401", with(func(r *readiness) { r.Listening, r.ListenerErr = false, badToken }), verdict{State: messages.StateAuthFailed, Err: badToken}},
		{"403", with(func(r *readiness) { r.Listening, r.ListenerErr = false, `failed(status="403 Forbidden")` }), verdict{State: messages.StateAuthFailed, Err: `failed(status="403 Forbidden")`}},
		{"refused", with(func(r *readiness) { r.Listening, r.ListenerErr = false, refused }), verdict{State: messages.StateUnreachable, Err: refused}},
		{"404", with(func(r *readiness) { r.Listening, r.ListenerErr = false, `failed(status="404 Not Found")` }), verdict{State: messages.StateNotFound, Err: `failed(status="404 Not Found")`}},
		{"5xx", with(func(r *readiness) { r.Listening, r.ListenerErr = false, `failed(status="502 Bad Gateway")` }), verdict{State: messages.StateGitHubError, Err: `failed(status="502 Bad Gateway")`}},
		{"a listener error before the session is back", with(func(r *readiness) { r.Listening, r.ListenerErr, r.BackendHealthy = false, refused, false }), verdict{State: messages.StateUnreachable, Err: refused}},
		{"backend down", with(func(r *readiness) { r.BackendHealthy, r.BackendErr = false, "engine gone" }), verdict{State: messages.StateBackendDown, Err: "engine gone"}},
		{"backend down before the session", with(func(r *readiness) { r.Listening, r.BackendHealthy, r.BackendErr = false, false, "engine gone" }), verdict{State: messages.StateBackendDown, Err: "engine gone"}},
		{"giving up", with(func(r *readiness) { r.LastGiveUp, r.GiveUpErr = now.Add(-time.Minute), "image missing" }), verdict{State: messages.StateGivingUp, Err: "image missing"}},
		{"a runner started since the give-up", with(func(r *readiness) {
			r.LastGiveUp, r.LastStart = now.Add(-time.Minute), now.Add(-time.Second)
		}), verdict{State: messages.StateActive}},
		{"a fleet node standing by", with(func(r *readiness) { r.Listening, r.Fleet = false, messages.StateStandby }), verdict{State: messages.StateStandby}},
		{"a fleet node without etcd", with(func(r *readiness) { r.Listening, r.Fleet = false, messages.StateFleetUnreachable }), verdict{State: messages.StateFleetUnreachable}},
		{"a standby node's backend down", with(func(r *readiness) {
			r.Fleet, r.BackendHealthy, r.BackendErr = messages.StateStandby, false, "engine gone"
		}), verdict{State: messages.StateBackendDown, Err: "engine gone"}},
		{"draining wins over the fleet", with(func(r *readiness) { r.Draining, r.Fleet = true, messages.StateFleetUnreachable }), verdict{State: messages.StateDraining}},
		{"an old give-up", with(func(r *readiness) { r.LastGiveUp = now.Add(-givingUpFor - time.Second) }), verdict{State: messages.StateActive}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := scaleSetState(tt.in); got != tt.want {
				t.Errorf("scaleSetState() = %+v, want %+v", got, tt.want)
			}
		})
	}
}
