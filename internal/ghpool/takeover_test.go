package ghpool

import (
	"context"
	"errors"
	"testing"

	"github.com/google/uuid"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghsim"
)

func TestSessionHolder(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{nil, ""},
		{errors.New(`status="409 Conflict": TaskAgentSessionConflictException: The scale set x already has an active session for owner host-1/d1.`), "host-1/d1"},
		{errors.New(`TaskAgentSessionConflictException: The scale set x already has an active session for owner (unknown).`), ""},
		{errors.New(`TaskAgentSessionConflictException: busy`), ""},
	}
	for _, tc := range cases {
		if got := SessionHolder(tc.err); got != tc.want {
			t.Errorf("SessionHolder(%v) = %q, want %q", tc.err, got, tc.want)
		}
	}
}

// TestDeleteSession deletes a live session by its ID, then finds it gone.
func TestDeleteSession(t *testing.T) {
	s := newSim(t, ghsim.Faults{})
	r := NewRegistry(testOptions())
	p, err := r.Acquire(s.ConfigURL(), config.Credentials{Token: s.Token()})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	set, err := p.EnsureScaleSet(ctx, ScaleSetSpec{Name: "del", RunnerGroup: "default", Labels: []string{"del"}})
	if err != nil {
		t.Fatal(err)
	}
	sess, err := p.OpenSession(ctx, set.ID, "old-owner")
	if err != nil {
		t.Fatal(err)
	}
	sid := sess.Session().SessionID
	if _, err := p.OpenSession(ctx, set.ID, "new-owner"); !IsSessionConflict(err) || SessionHolder(err) != "old-owner" {
		t.Fatalf("second session: %v (holder %q)", err, SessionHolder(err))
	}
	for i, wantGone := range []bool{false, true} {
		gone, err := p.DeleteSession(ctx, set.ID, sid)
		if err != nil || gone != wantGone {
			t.Fatalf("delete %d: gone=%v err=%v", i, gone, err)
		}
	}
	if _, err := p.DeleteSession(ctx, set.ID, uuid.New()); err != nil {
		t.Fatalf("deleting an unknown session: %v", err)
	}
	if _, err := p.OpenSession(ctx, set.ID, "new-owner"); err != nil {
		t.Fatalf("a session after the takeover: %v", err)
	}
}
