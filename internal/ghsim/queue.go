package ghsim

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/actions/scaleset"
	"github.com/google/uuid"
	"github.com/outrunner/outrunner/internal/logkey"
)

// maxJobMessages is how many job messages one queue message carries at most,
// as the real service does.
const maxJobMessages = 50

// messageTypeJobMessages is the only queue message type the client accepts.
const messageTypeJobMessages = "RunnerScaleSetJobMessages"

// messageEnvelope is the queue message on the wire (the client's unexported
// runnerScaleSetMessageResponse).
type messageEnvelope struct {
	MessageID   int                               `json:"messageId"`
	MessageType string                            `json:"messageType"`
	Body        string                            `json:"body"`
	Statistics  *scaleset.RunnerScaleSetStatistic `json:"statistics"`
}

// acquireJobsResponse is the client's unexported acquireJobsResponse.
type acquireJobsResponse struct {
	Count int     `json:"count"`
	Value []int64 `json:"value"`
}

// sessionQueue holds a session's job messages: pending ones not yet packed
// into a queue message, held-back ones (reorder fault) and packed messages
// not yet deleted. Messages are packed when polled, so everything that
// happened since the last one coalesces into one message with current
// statistics.
type sessionQueue struct {
	pending   []pendingEvent
	held      []any
	heldSince time.Time
	msgs      []*queuedMessage
	nextID    int
	lastSent  scaleset.RunnerScaleSetStatistic
	delivered int
}

type pendingEvent struct {
	v   any
	dup bool // deliver again in the following message
}

// queuedMessage is a packed queue message. It is encoded outside the server
// lock, once, by whichever poll delivers it first.
type queuedMessage struct {
	id     int
	events []any
	stats  scaleset.RunnerScaleSetStatistic
	once   sync.Once
	body   []byte
	err    error
}

func (m *queuedMessage) encode() ([]byte, error) {
	m.once.Do(func() {
		body := ""
		if len(m.events) > 0 {
			b, err := json.Marshal(m.events)
			if err != nil {
				m.err = err
				return
			}
			body = string(b)
		}
		m.body, m.err = json.Marshal(messageEnvelope{MessageID: m.id, MessageType: messageTypeJobMessages, Body: body, Statistics: &m.stats})
	})
	return m.body, m.err
}

func (q *sessionQueue) releaseHeld() {
	for _, h := range q.held {
		q.pending = append(q.pending, pendingEvent{v: h})
	}
	q.held = nil
}

// emitLocked queues a job message for the scale set's session, applying
// message faults. Without a session the message is lost, as on GitHub; the
// statistics still tell the next session about the demand.
func (s *Server) emitLocked(ss *scaleSet, ev any) {
	se := ss.session
	if se == nil {
		return
	}
	_, started := ev.(*scaleset.JobStarted)
	fate := s.faults.messageFate(started)
	q := &se.queue
	switch {
	case fate.drop:
	case fate.reorder:
		if len(q.held) == 0 {
			q.heldSince = time.Now()
		}
		q.held = append(q.held, ev)
	default:
		q.pending = append(q.pending, pendingEvent{v: ev, dup: fate.duplicate})
	}
	se.wake.fire()
}

// statsChangedLocked wakes the scale set's session so a message with the new
// statistics goes out at its next poll.
func (s *Server) statsChangedLocked(ss *scaleSet) {
	if ss.session != nil {
		ss.session.wake.fire()
	}
}

// nextMessageLocked returns the first queue message after last, packing a new
// one when job messages are pending or the statistics changed; nil when
// there is nothing to say.
func (s *Server) nextMessageLocked(se *session, last int, now time.Time) *queuedMessage {
	q := &se.queue
	for len(q.msgs) > 0 && q.msgs[0].id <= last {
		q.msgs = q.msgs[1:]
	}
	if len(q.msgs) > 0 {
		return q.msgs[0]
	}
	if len(q.pending) == 0 && len(q.held) > 0 && now.Sub(q.heldSince) >= s.opts.PollHold {
		q.releaseHeld()
	}
	st := se.ss.stats
	if len(q.pending) == 0 && st == q.lastSent {
		return nil
	}
	n := min(len(q.pending), maxJobMessages)
	var events []any
	if n > 0 {
		events = make([]any, n)
		var again []pendingEvent
		for i, p := range q.pending[:n] {
			events[i] = p.v
			if p.dup {
				again = append(again, pendingEvent{v: p.v})
			}
		}
		q.pending = append(q.pending[n:], again...)
		// Held-back job messages follow the first message that carries later ones.
		q.releaseHeld()
	}
	q.nextID++
	m := &queuedMessage{id: q.nextID, events: events, stats: st}
	q.msgs = append(q.msgs, m)
	q.lastSent = st
	return m
}

// queueSession authenticates a queue call; it answers the error itself and
// returns nil when the call must stop. Call with s.mu held.
func (s *Server) queueSession(w http.ResponseWriter, r *http.Request, now time.Time) *session {
	sid, err := uuid.Parse(r.PathValue("sid"))
	se := s.sessions[sid]
	if err != nil || se == nil {
		writeActionsError(w, http.StatusNotFound, excSessionExpired, "message session not found or expired")
		return nil
	}
	if bearer(r) != se.token || !now.Before(se.tokenExpires) {
		writeUnauthorized(w)
		return nil
	}
	return se
}

// handleMessageGet long-polls the queue: 200 with the first message after
// lastMessageId, or 202 after the poll hold.
func (s *Server) handleMessageGet(w http.ResponseWriter, r *http.Request) {
	last := 0
	if v := r.URL.Query().Get("lastMessageId"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			writeActionsError(w, http.StatusBadRequest, excArgument, "invalid lastMessageId")
			return
		}
		last = n
	}
	capacity, _ := strconv.Atoi(r.Header.Get(scaleset.HeaderScaleSetMaxCapacity))
	now := time.Now()
	s.mu.Lock()
	se := s.queueSession(w, r, now)
	if se == nil {
		s.mu.Unlock()
		return
	}
	if s.faults.takeQueueTokenExpiry() {
		se.tokenExpires = now
		s.mu.Unlock()
		writeUnauthorized(w)
		return
	}
	se.lastPoll, se.maxCapacity = now, capacity
	s.leaseBegin(&se.lease)
	msg, status := s.awaitMessageLocked(r.Context(), se, last)
	s.leaseEnd(&se.lease, s.opts.SessionTTL)
	s.mu.Unlock()
	switch status {
	case http.StatusOK:
		body, err := msg.encode()
		if err != nil {
			s.log.Error("encoding queue message", logkey.Error, err)
			writeActionsError(w, http.StatusInternalServerError, excServer, "encoding the message failed")
			return
		}
		writeRawJSON(w, http.StatusOK, body)
	case http.StatusAccepted:
		w.WriteHeader(http.StatusAccepted)
	case http.StatusNotFound:
		writeActionsError(w, http.StatusNotFound, excSessionExpired, "message session was deleted")
	}
}

// awaitMessageLocked waits up to the poll hold for a message. It is called
// and returns with s.mu held; status 0 means the client went away.
func (s *Server) awaitMessageLocked(ctx context.Context, se *session, last int) (*queuedMessage, int) {
	var hold *time.Timer
	defer func() {
		if hold != nil {
			hold.Stop()
		}
	}()
	for {
		if se.closed {
			return nil, http.StatusNotFound
		}
		if m := s.nextMessageLocked(se, last, time.Now()); m != nil {
			se.queue.delivered++
			return m, http.StatusOK
		}
		if hold == nil {
			hold = time.NewTimer(s.opts.PollHold)
		}
		wake := se.wake.wait()
		s.mu.Unlock()
		select {
		case <-wake:
			s.mu.Lock()
		case <-hold.C:
			s.mu.Lock()
			return nil, http.StatusAccepted
		case <-ctx.Done():
			s.mu.Lock()
			return nil, 0
		case <-s.done:
			s.mu.Lock()
			return nil, http.StatusAccepted
		}
	}
}

// touchSessionLocked restarts the session's expiry countdown on a call that
// is not a poll (a poll holds the lease while it lasts).
func (s *Server) touchSessionLocked(se *session) {
	if se.lease.inflight == 0 {
		s.leaseArm(&se.lease, s.opts.SessionTTL)
	}
}

// handleMessageDelete acknowledges a queue message: 204.
func (s *Server) handleMessageDelete(w http.ResponseWriter, r *http.Request) {
	mid, err := strconv.Atoi(r.PathValue("mid"))
	if err != nil {
		writeActionsError(w, http.StatusBadRequest, excArgument, "invalid message id")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	se := s.queueSession(w, r, time.Now())
	if se == nil {
		return
	}
	s.touchSessionLocked(se)
	q := &se.queue
	for i, m := range q.msgs {
		if m.id == mid {
			q.msgs = append(q.msgs[:i:i], q.msgs[i+1:]...)
			break
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// handleAcquireJobs acquires available jobs for the scale set of the session
// whose queue token authorizes the call; it answers the ids it acquired.
func (s *Server) handleAcquireJobs(w http.ResponseWriter, r *http.Request) {
	id, _ := pathInt(r, "id")
	var ids []int64
	if err := decodeBody(r, &ids); err != nil {
		writeActionsError(w, http.StatusBadRequest, excArgument, "invalid job request ids: "+err.Error())
		return
	}
	now := time.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	ss := s.scaleSets[id]
	tok := bearer(r)
	if ss == nil || ss.session == nil || tok != ss.session.token || !now.Before(ss.session.tokenExpires) {
		writeUnauthorized(w)
		return
	}
	s.touchSessionLocked(ss.session)
	acquired := make([]int64, 0, len(ids))
	for _, jid := range ids {
		if j := s.jobs[jid]; j != nil && j.ss == ss && j.state == jobAvailable {
			s.acquireLocked(j, now)
			acquired = append(acquired, jid)
		}
	}
	if len(acquired) > 0 {
		s.notifyLocked()
	}
	writeJSON(w, http.StatusOK, acquireJobsResponse{Count: len(acquired), Value: acquired})
}
