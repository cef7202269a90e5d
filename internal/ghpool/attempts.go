package ghpool

import (
	"context"
	"errors"
	"log/slog"
	"sync"
)

// attemptMessage is the line the scaleset client's HTTP layer
// (go-retryablehttp) logs, with the error under "error", for every
// attempt that fails before it retries.
const attemptMessage = "request failed"

// attempts hands the failed attempts of a pool's HTTP requests to its
// watchers, so that a failure shows at once rather than after the
// retries (which take seconds to minutes) are spent.
type attempts struct {
	mu       sync.Mutex
	next     int
	watchers map[int]func(error)
}

// watch calls f with every failed attempt until the returned stop is called.
func (a *attempts) watch(f func(error)) (stop func()) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.watchers == nil {
		a.watchers = map[int]func(error){}
	}
	id := a.next
	a.next++
	a.watchers[id] = f
	return func() {
		a.mu.Lock()
		defer a.mu.Unlock()
		delete(a.watchers, id)
	}
}

// failed tells every watcher about err.
func (a *attempts) failed(err error) {
	a.mu.Lock()
	fs := make([]func(error), 0, len(a.watchers))
	for _, f := range a.watchers {
		fs = append(fs, f)
	}
	a.mu.Unlock()
	for _, f := range fs {
		f(err)
	}
}

// attemptHandler sees every record of the HTTP layer, whatever the log
// level, picks out failed attempts, and passes on what next wants.
type attemptHandler struct {
	next     slog.Handler
	attempts *attempts
}

// Enabled is true for errors, which may report a failed attempt.
func (h *attemptHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= slog.LevelError || h.next.Enabled(ctx, l)
}

// Handle notes a failed attempt and passes the record on.
func (h *attemptHandler) Handle(ctx context.Context, r slog.Record) error {
	if r.Message == attemptMessage {
		r.Attrs(func(a slog.Attr) bool {
			if a.Key != "error" {
				return true
			}
			if err, ok := a.Value.Any().(error); ok {
				h.attempts.failed(err)
			} else {
				h.attempts.failed(errors.New(a.Value.String()))
			}
			return false
		})
	}
	if !h.next.Enabled(ctx, r.Level) {
		return nil
	}
	return h.next.Handle(ctx, r)
}

// WithAttrs returns a handler that adds attrs to what it passes on.
func (h *attemptHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &attemptHandler{next: h.next.WithAttrs(attrs), attempts: h.attempts}
}

// WithGroup returns a handler that groups what it passes on.
func (h *attemptHandler) WithGroup(name string) slog.Handler {
	return &attemptHandler{next: h.next.WithGroup(name), attempts: h.attempts}
}

// WatchAttempts calls f with the error of every HTTP attempt of this
// pool that fails (a refused connection, a timeout), before the HTTP layer
// retries it, until stop is called. f must not block.
func (p *Pool) WatchAttempts(f func(error)) (stop func()) {
	return p.attempts.watch(f)
}
