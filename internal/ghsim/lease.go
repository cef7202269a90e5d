package ghsim

import "time"

// signal is a broadcast: fire wakes every current waiter.
type signal struct{ ch chan struct{} }

func (g *signal) wait() <-chan struct{} {
	if g.ch == nil {
		g.ch = make(chan struct{})
	}
	return g.ch
}

func (g *signal) fire() {
	if g.ch != nil {
		close(g.ch)
		g.ch = nil
	}
}

// lease expires a session or runner that stops calling: while a call is in
// flight the lease holds; after the last one ends it runs for ttl.
type lease struct {
	inflight int
	deadline time.Time
	timer    *time.Timer
	expired  bool
	onExpire func() // called with s.mu held
}

func (s *Server) leaseBegin(l *lease) {
	l.inflight++
	l.deadline = time.Time{}
}

func (s *Server) leaseEnd(l *lease, ttl time.Duration) {
	l.inflight--
	if l.inflight == 0 {
		s.leaseArm(l, ttl)
	}
}

// leaseArm (re)starts the countdown. Call with s.mu held.
func (s *Server) leaseArm(l *lease, ttl time.Duration) {
	if l.expired || s.closed {
		return
	}
	l.deadline = time.Now().Add(ttl)
	if l.timer == nil {
		l.timer = time.AfterFunc(ttl, func() {
			s.mu.Lock()
			defer s.mu.Unlock()
			s.leaseFire(l)
		})
		return
	}
	l.timer.Reset(ttl)
}

func (s *Server) leaseFire(l *lease) {
	if s.closed || l.expired || l.inflight > 0 || l.deadline.IsZero() {
		return
	}
	if d := time.Until(l.deadline); d > 0 {
		l.timer.Reset(d)
		return
	}
	l.expired = true
	l.onExpire()
	s.notifyLocked()
}

func (l *lease) stop() {
	l.expired = true
	if l.timer != nil {
		l.timer.Stop()
	}
}
