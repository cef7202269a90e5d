package ghsim

import (
	"context"
	"crypto/subtle"
	"io"
	"net/http"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim/runnerproto"
	"github.com/outrunner/outrunner/internal/logkey"
)

// maxRunnerPollHold caps how long a runner poll is held.
const maxRunnerPollHold = 20 * time.Second

func writeRunnerError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, runnerproto.ErrorResponse{Code: code, Message: msg})
}

// runnerPollHold is how long a runner poll waits: a third of the lost timeout,
// so a live runner always polls again in time.
func (s *Server) runnerPollHold() time.Duration {
	return min(s.opts.RunnerLostTimeout/3, maxRunnerPollHold)
}

// handleRunnerConnect consumes a registration (once) and brings the runner online.
func (s *Server) handleRunnerConnect(w http.ResponseWriter, r *http.Request) {
	var req runnerproto.ConnectRequest
	if err := decodeBody(r, &req); err != nil {
		writeRunnerError(w, http.StatusBadRequest, runnerproto.CodeBadRequest, "invalid connect request: "+err.Error())
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rn := s.runners[req.RunnerID]
	switch {
	case rn == nil:
		writeRunnerError(w, http.StatusNotFound, runnerproto.CodeRegistrationUnknown, "no such runner registration (never created or already removed)")
		return
	case subtle.ConstantTimeCompare([]byte(req.Secret), []byte(rn.secret)) != 1:
		writeRunnerError(w, http.StatusUnauthorized, runnerproto.CodeBadSecret, "the JIT config secret does not match")
		return
	case rn.used:
		writeRunnerError(w, http.StatusConflict, runnerproto.CodeRegistrationUsed, "this JIT config was already used; a JIT config registers one runner once")
		return
	}
	now := time.Now()
	rn.used, rn.token, rn.connectedAt = true, randomToken(24), now
	s.runnerTokens[rn.token] = rn
	s.setRunnerStatus(rn, runnerIdle)
	s.leaseArm(&rn.lease, s.opts.RunnerLostTimeout)
	s.dispatchLocked(rn.ss, now)
	s.notifyLocked()
	s.log.Info("runner online", logkey.Runner, rn.name, logkey.ID, rn.id, logkey.ScaleSet, rn.ss.rs.ID)
	writeJSON(w, http.StatusOK, runnerproto.ConnectResponse{Token: rn.token, PollHoldMS: s.runnerPollHold().Milliseconds()})
}

// handleRunnerPoll long-polls for the runner's job, a cancellation or an
// order to exit; each poll renews the runner's lease.
func (s *Server) handleRunnerPoll(w http.ResponseWriter, r *http.Request) {
	// Reading the body to its end lets the HTTP server watch the
	// connection: a runner whose process dies ends its poll at once.
	_, _ = io.Copy(io.Discard, io.LimitReader(r.Body, maxBody))
	s.mu.Lock()
	rn := s.runnerTokens[bearer(r)]
	if rn == nil {
		s.mu.Unlock()
		writeRunnerError(w, http.StatusGone, runnerproto.CodeRegistrationRemoved, "the runner registration was removed")
		return
	}
	if rn.status == runnerOffline && !rn.exit && rn.lease.expired {
		// A lost idle runner that comes back is online again.
		rn.lease.expired = false
		s.setRunnerStatus(rn, runnerIdle)
		s.dispatchLocked(rn.ss, time.Now())
		s.notifyLocked()
	}
	s.leaseBegin(&rn.lease)
	s.notePeaksLocked(rn.ss)
	resp, status := s.awaitRunnerLocked(r.Context(), rn)
	ttl := s.opts.RunnerLostTimeout
	if status == 0 {
		// The connection broke mid-poll: the runner stopped polling on
		// purpose (its job ends; it reports next) or its process died.
		ttl = s.opts.RunnerDisconnectTimeout
	}
	s.leaseEnd(&rn.lease, ttl)
	s.mu.Unlock()
	switch status {
	case http.StatusOK:
		writeJSON(w, http.StatusOK, resp)
	case http.StatusGone:
		writeRunnerError(w, http.StatusGone, runnerproto.CodeRegistrationRemoved, "the runner registration was removed")
	}
}

// awaitRunnerLocked waits up to the runner poll hold for something to tell
// the runner. It is called and returns with s.mu held; status 0 means the
// runner went away.
func (s *Server) awaitRunnerLocked(ctx context.Context, rn *runner) (runnerproto.PollResponse, int) {
	var hold *time.Timer
	defer func() {
		if hold != nil {
			hold.Stop()
		}
	}()
	for {
		if s.runners[rn.id] != rn {
			return runnerproto.PollResponse{}, http.StatusGone
		}
		if rn.exit {
			return runnerproto.PollResponse{Exit: true}, http.StatusOK
		}
		if j := rn.job; j != nil {
			if !rn.jobDelivered {
				rn.jobDelivered = true
				return runnerproto.PollResponse{Job: &runnerproto.Job{
					ID: j.id, DisplayName: j.spec.DisplayName, Labels: j.spec.Labels,
					DurationMS: time.Duration(j.spec.Duration).Milliseconds(), Result: j.spec.Result, Behavior: j.spec.Behavior,
				}}, http.StatusOK
			}
			if j.cancelRequested && !rn.cancelDelivered {
				rn.cancelDelivered = true
				return runnerproto.PollResponse{Cancel: true}, http.StatusOK
			}
		}
		if hold == nil {
			hold = time.NewTimer(s.runnerPollHold())
		}
		wake := rn.wake.wait()
		s.mu.Unlock()
		select {
		case <-wake:
			s.mu.Lock()
		case <-hold.C:
			s.mu.Lock()
			return runnerproto.PollResponse{}, http.StatusOK
		case <-ctx.Done():
			s.mu.Lock()
			return runnerproto.PollResponse{}, 0
		case <-s.done:
			s.mu.Lock()
			return runnerproto.PollResponse{}, http.StatusOK
		}
	}
}

// handleRunnerComplete records the result of the runner's job; the job
// completes and the registration is removed.
func (s *Server) handleRunnerComplete(w http.ResponseWriter, r *http.Request) {
	var req runnerproto.CompleteRequest
	if err := decodeBody(r, &req); err != nil {
		writeRunnerError(w, http.StatusBadRequest, runnerproto.CodeBadRequest, "invalid complete request: "+err.Error())
		return
	}
	switch req.Result {
	case ResultSucceeded, ResultFailed, ResultCanceled:
	default:
		writeRunnerError(w, http.StatusBadRequest, runnerproto.CodeBadRequest, "result must be succeeded, failed or canceled")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rn := s.runnerTokens[bearer(r)]
	if rn == nil {
		writeRunnerError(w, http.StatusGone, runnerproto.CodeRegistrationRemoved, "the runner registration was removed")
		return
	}
	j := rn.job
	if j == nil || j.id != req.JobID {
		writeRunnerError(w, http.StatusConflict, runnerproto.CodeNoJob, "the runner is not running that job")
		return
	}
	s.completeJobLocked(j, req.Result, time.Now())
	s.notifyLocked()
	writeJSON(w, http.StatusOK, struct{}{})
}
