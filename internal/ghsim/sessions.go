package ghsim

import (
	"net/http"
	"time"

	"github.com/actions/scaleset"
	"github.com/google/uuid"
	"github.com/outrunner/outrunner/internal/logkey"
)

// session is a message session of one scale set and its queue.
type session struct {
	id           uuid.UUID
	ss           *scaleSet
	owner        string
	token        string
	tokenExpires time.Time
	createdAt    time.Time
	lastPoll     time.Time
	maxCapacity  int
	lease        lease
	wake         signal
	closed       bool
	queue        sessionQueue
}

func (s *Server) sessionView(se *session) scaleset.RunnerScaleSetSession {
	view := se.ss.view()
	st := se.ss.stats
	return scaleset.RunnerScaleSetSession{
		SessionID:               se.id,
		OwnerName:               se.owner,
		RunnerScaleSet:          &view,
		MessageQueueURL:         s.base + queuePrefix + "/" + se.id.String(),
		MessageQueueAccessToken: se.token,
		Statistics:              &st,
	}
}

// handleSessionCreate opens the message session of a scale set; a second live
// session gets 409 TaskAgentSessionConflictException.
func (s *Server) handleSessionCreate(w http.ResponseWriter, r *http.Request) {
	id, ok := pathInt(r, "id")
	var req scaleset.RunnerScaleSetSession
	if err := decodeBody(r, &req); err != nil {
		writeActionsError(w, http.StatusBadRequest, excArgument, "invalid session: "+err.Error())
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ss := s.scaleSets[id]
	if !ok || ss == nil {
		writeActionsError(w, http.StatusNotFound, excScaleSetNotFound, "runner scale set not found")
		return
	}
	if ss.session != nil || s.faults.takeSessionConflict() {
		writeActionsError(w, http.StatusConflict, excSessionConflict,
			"The scale set "+ss.rs.Name+" already has an active session for owner "+s.ownerOf(ss)+".")
		return
	}
	now := time.Now()
	se := &session{
		id:           uuid.New(),
		ss:           ss,
		owner:        req.OwnerName,
		token:        randomToken(24),
		tokenExpires: now.Add(s.opts.QueueTokenTTL),
		createdAt:    now,
		lastPoll:     now,
	}
	se.lease.onExpire = func() {
		s.log.Info("message session expired", logkey.Session, se.id, logkey.ScaleSet, ss.rs.ID)
		s.dropSessionLocked(se)
	}
	se.queue.lastSent = ss.stats
	ss.session = se
	s.sessions[se.id] = se
	s.leaseArm(&se.lease, s.opts.SessionTTL)
	for _, j := range s.jobList {
		if j.ss == ss && j.state == jobAvailable {
			s.emitLocked(ss, s.jobAvailable(j))
		}
	}
	s.notifyLocked()
	s.log.Info("message session created", logkey.Session, se.id, logkey.ScaleSet, ss.rs.ID, logkey.Owner, se.owner)
	writeJSON(w, http.StatusOK, s.sessionView(se))
}

func (s *Server) ownerOf(ss *scaleSet) string {
	if ss.session != nil {
		return ss.session.owner
	}
	return "(unknown)"
}

// sessionFor finds the live session sid of scale set id.
func (s *Server) sessionFor(r *http.Request) *session {
	id, ok := pathInt(r, "id")
	sid, err := uuid.Parse(r.PathValue("sid"))
	if !ok || err != nil {
		return nil
	}
	se := s.sessions[sid]
	if se == nil || se.ss.rs.ID != id {
		return nil
	}
	return se
}

// handleSessionRefresh issues a new queue token and answers the full session.
func (s *Server) handleSessionRefresh(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	se := s.sessionFor(r)
	if se == nil {
		writeActionsError(w, http.StatusNotFound, excSessionExpired, "message session not found or expired")
		return
	}
	now := time.Now()
	se.token = randomToken(24)
	se.tokenExpires = now.Add(s.opts.QueueTokenTTL)
	s.touchSessionLocked(se)
	s.notifyLocked()
	writeJSON(w, http.StatusOK, s.sessionView(se))
}

// handleSessionDelete closes a session: 204.
func (s *Server) handleSessionDelete(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	se := s.sessionFor(r)
	if se == nil {
		writeActionsError(w, http.StatusNotFound, excSessionExpired, "message session not found or expired")
		return
	}
	s.dropSessionLocked(se)
	s.notifyLocked()
	s.log.Info("message session deleted", logkey.Session, se.id)
	w.WriteHeader(http.StatusNoContent)
}

// dropSessionLocked ends a session and its queue.
func (s *Server) dropSessionLocked(se *session) {
	se.closed = true
	se.lease.stop()
	delete(s.sessions, se.id)
	if se.ss.session == se {
		se.ss.session = nil
	}
	se.wake.fire()
}
