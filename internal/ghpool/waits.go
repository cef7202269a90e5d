package ghpool

import (
	"context"
	"sync"
	"time"
)

// Waits collects the time the calls made with a context spent waiting for
// a free client (a lane) and for the rate limiter, so that a caller can
// tell its own wait apart from GitHub's answer time.
type Waits struct {
	mu   sync.Mutex
	lane time.Duration
	rate time.Duration
}

// Lane returns the time spent waiting for a free client.
func (w *Waits) Lane() time.Duration {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.lane
}

// Rate returns the time spent waiting for the rate limiter (and for a
// pause after GitHub refused requests).
func (w *Waits) Rate() time.Duration {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.rate
}

func (w *Waits) add(lane, rate time.Duration) {
	w.mu.Lock()
	w.lane += lane
	w.rate += rate
	w.mu.Unlock()
}

type waitsKey struct{}

// WithWaits returns a context whose calls through a Pool add their waits
// to w.
func WithWaits(ctx context.Context, w *Waits) context.Context {
	return context.WithValue(ctx, waitsKey{}, w)
}

func waitsFrom(ctx context.Context) *Waits {
	w, _ := ctx.Value(waitsKey{}).(*Waits)
	return w
}
