package actors

import (
	"reflect"
	"testing"
	"time"

	"github.com/outrunner/outrunner/messages"
)

func TestPlanScale(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	idle := func(name string, age time.Duration) runnerView {
		return runnerView{Name: name, CreatedAt: now.Add(-age), Idle: true}
	}
	busy := func(name string) runnerView { return runnerView{Name: name, CreatedAt: now.Add(-time.Hour)} }
	warmEnv := func(name string, age time.Duration, ready bool) runnerView {
		return runnerView{Name: name, CreatedAt: now.Add(-age), Warm: true, Ready: ready}
	}
	retiring := func(name string) runnerView {
		return runnerView{Name: name, CreatedAt: now, Idle: true, Retiring: true}
	}
	tests := []struct {
		name string
		in   scaleInput
		want scalePlan
	}{
		{"nothing to do", scaleInput{MaxRunners: 4, Capacity: 4}, scalePlan{}},
		{"burst is capped by max_runners", scaleInput{Assigned: 10, MaxRunners: 4, Capacity: 4},
			scalePlan{Target: 4, Spawn: 4}},
		{"spawns only the missing runners", scaleInput{Assigned: 3, MaxRunners: 4, Capacity: 4, Runners: []runnerView{busy("a")}},
			scalePlan{Target: 3, Spawn: 2}},
		{"retiring runners still hold their slot", scaleInput{Assigned: 4, MaxRunners: 4, Capacity: 4, Runners: []runnerView{retiring("a"), busy("b")}},
			scalePlan{Target: 4, Spawn: 2}},
		{"min_idle keeps spare runners", scaleInput{Assigned: 1, MinIdle: 2, MaxRunners: 4, Capacity: 4},
			scalePlan{Target: 3, Spawn: 3}},
		{"min_idle is capped by max_runners", scaleInput{MinIdle: 9, MaxRunners: 2, Capacity: 2},
			scalePlan{Target: 2, Spawn: 2}},
		{"max_runners 0 never spawns", scaleInput{Assigned: 5, MinIdle: 1, Capacity: 0},
			scalePlan{}},
		{"capacity 0 retires the idle", scaleInput{Assigned: 2, MaxRunners: 4, Capacity: 0, Runners: []runnerView{idle("a", time.Minute), busy("b")}},
			scalePlan{Retire: []string{"a"}}},
		{"capacity below max_runners caps the target", scaleInput{Assigned: 5, MaxRunners: 4, Capacity: 2},
			scalePlan{Target: 2, Spawn: 2}},
		{"awaiting runners are discounted", scaleInput{Assigned: 3, Awaiting: 2, MaxRunners: 4, Capacity: 4},
			scalePlan{Target: 1, Spawn: 1}},
		{"the discount never goes below zero", scaleInput{Assigned: 1, Awaiting: 3, MinIdle: 1, MaxRunners: 4, Capacity: 4},
			scalePlan{Target: 1, Spawn: 1}},
		{"retires newest idle first", scaleInput{MaxRunners: 4, Capacity: 4, Runners: []runnerView{
			idle("old", time.Hour), idle("new", time.Second), busy("busy"), idle("mid", time.Minute)}},
			scalePlan{Retire: []string{"new", "mid", "old"}}},
		{"retires only the excess", scaleInput{Assigned: 2, MaxRunners: 4, Capacity: 4, Runners: []runnerView{
			idle("old", time.Hour), idle("new", time.Second), busy("busy")}},
			scalePlan{Target: 2, Retire: []string{"new"}}},
		{"busy runners are never retired", scaleInput{MaxRunners: 4, Capacity: 4, Runners: []runnerView{busy("a"), busy("b")}},
			scalePlan{}},
		{"spawns wait out a give-up backoff", scaleInput{Assigned: 2, MaxRunners: 4, Capacity: 4, SpawnAfter: now.Add(3 * time.Second)},
			scalePlan{Target: 2, Wait: 3 * time.Second}},
		{"a past backoff does not hold spawns", scaleInput{Assigned: 1, MaxRunners: 4, Capacity: 4, SpawnAfter: now.Add(-time.Second)},
			scalePlan{Target: 1, Spawn: 1}},
		{"an empty pool is filled", scaleInput{MaxRunners: 4, Capacity: 4, WarmTarget: 2},
			scalePlan{Prepare: 2}},
		{"preparing ones count toward the pool", scaleInput{MaxRunners: 4, Capacity: 4, WarmTarget: 2, Runners: []runnerView{warmEnv("w1", time.Second, false)}},
			scalePlan{Prepare: 1}},
		{"demand binds ready warm environments oldest first, then starts cold", scaleInput{Assigned: 3, MaxRunners: 4, Capacity: 4, WarmTarget: 2,
			Runners: []runnerView{warmEnv("young", time.Second, true), warmEnv("old", time.Minute, true)}},
			scalePlan{Target: 3, Bind: []string{"old", "young"}, Spawn: 1, Prepare: 2}},
		{"warm environments do not count against max_runners", scaleInput{Assigned: 2, MaxRunners: 2, Capacity: 2, WarmTarget: 2,
			Runners: []runnerView{busy("a"), busy("b"), warmEnv("w1", time.Second, true), warmEnv("w2", time.Second, true)}},
			scalePlan{Target: 2}},
		{"the pool never exceeds the backend's capacity", scaleInput{Assigned: 1, MaxRunners: 2, Capacity: 2, EnvCapacity: 2, WarmTarget: 2,
			Runners: []runnerView{busy("a")}},
			scalePlan{Target: 1, Prepare: 1}},
		{"cold starts wait for environments the pool is preparing", scaleInput{Assigned: 1, MaxRunners: 2, Capacity: 2, EnvCapacity: 2, WarmTarget: 2,
			Runners: []runnerView{warmEnv("w1", time.Second, false), warmEnv("w2", time.Second, false)}},
			scalePlan{Target: 1}},
		{"surplus warm environments are trimmed, newest first", scaleInput{MaxRunners: 4, Capacity: 4, WarmTarget: 1,
			Runners: []runnerView{warmEnv("old", time.Minute, true), warmEnv("new", time.Second, true)}},
			scalePlan{Retire: []string{"new"}}},
		{"too old warm environments are recycled and replaced", scaleInput{MaxRunners: 4, Capacity: 4, WarmTarget: 1, WarmMaxAge: time.Hour,
			Runners: []runnerView{warmEnv("stale", 2*time.Hour, true)}},
			scalePlan{Retire: []string{"stale"}, Prepare: 1}},
		{"capacity 0 empties the pool", scaleInput{MaxRunners: 4, Capacity: 0, Runners: []runnerView{warmEnv("w", time.Second, true)}},
			scalePlan{Retire: []string{"w"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.in.Now = now
			if got := planScale(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("planScale = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestAwaitingExpiresOnlyWhenAsked(t *testing.T) {
	now := time.Now()
	a := awaitingSet{"old": now.Add(-awaitingTTL - time.Second), "new": now}
	if scaleTarget(scaleInput{Assigned: 2, Awaiting: len(a), MaxRunners: 4, Capacity: 4}) != 0 {
		t.Error("both finished runners should be discounted")
	}
	a.expire(now)
	if _, ok := a["old"]; ok || len(a) != 1 {
		t.Errorf("after expiry: %v", a)
	}
}

func TestHoldReason(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	busy := func(n int) []runnerView {
		out := make([]runnerView, n)
		for i := range out {
			out[i] = runnerView{Name: string(rune('a' + i)), CreatedAt: now}
		}
		return out
	}
	tests := []struct {
		name      string
		in        scaleInput
		healthy   bool
		want      messages.HoldReason
		wantLimit int
	}{
		{"demand met", scaleInput{Assigned: 2, MaxRunners: 4, Capacity: 4, Runners: busy(2)}, true, messages.HoldNone, 0},
		{"spawning meets the demand", scaleInput{Assigned: 3, MaxRunners: 4, Capacity: 4, Runners: busy(1)}, true, messages.HoldNone, 0},
		{"at max_runners", scaleInput{Assigned: 6, MaxRunners: 4, Capacity: 4, Runners: busy(4)}, true, messages.HoldMaxRunners, 4},
		{"min_idle beyond max_runners", scaleInput{Assigned: 2, MinIdle: 1, MaxRunners: 2, Capacity: 2, Runners: busy(2)}, true, messages.HoldMaxRunners, 2},
		{"backend capacity", scaleInput{Assigned: 3, MaxRunners: 4, Capacity: 2, Runners: busy(2)}, true, messages.HoldBackendCapacity, 2},
		{"backend down", scaleInput{Assigned: 3, MaxRunners: 4, Capacity: 0}, false, messages.HoldBackendDown, 0},
		{"backoff", scaleInput{Now: now, Assigned: 3, MaxRunners: 4, Capacity: 4, SpawnAfter: now.Add(time.Minute)}, true, messages.HoldBackoff, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, limit := holdReason(tt.in, planScale(tt.in), tt.healthy)
			if got != tt.want || limit != tt.wantLimit {
				t.Errorf("holdReason = %q %d, want %q %d", got, limit, tt.want, tt.wantLimit)
			}
		})
	}
}

func TestAwaitingNextExpiry(t *testing.T) {
	now := time.Now()
	tests := []struct {
		name   string
		set    awaitingSet
		want   time.Time
		wantOK bool
	}{
		{"empty", awaitingSet{}, time.Time{}, false},
		{"the oldest entry expires first", awaitingSet{"a": now, "b": now.Add(-5 * time.Second)}, now.Add(-5 * time.Second).Add(awaitingTTL), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tc.set.nextExpiry()
			if ok != tc.wantOK || (ok && !got.Equal(tc.want)) {
				t.Errorf("nextExpiry = %v, %v; want %v, %v", got, ok, tc.want, tc.wantOK)
			}
		})
	}
}
