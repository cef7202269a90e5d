package ghpool

import (
	"sync"

	"github.com/outrunner/outrunner/config"
)

// Registry hands out one Pool per (URL, credentials) pair, shared by every
// scale set using that pair.
type Registry struct {
	opts     Options
	mu       sync.Mutex
	pools    map[string]*entry
	limiters map[string]*limiter // by credentials: GitHub limits a credential, whatever the URL
}

type entry struct {
	pool *Pool
	refs int
}

// NewRegistry returns an empty registry whose pools use opts.
func NewRegistry(opts Options) *Registry {
	return &Registry{opts: opts, pools: map[string]*entry{}, limiters: map[string]*limiter{}}
}

// Acquire returns the pool for url and creds, creating it on first use.
// Every Acquire needs a Release.
func (r *Registry) Acquire(url string, creds config.Credentials) (*Pool, error) {
	key := url + "\x00" + creds.Fingerprint()
	r.mu.Lock()
	defer r.mu.Unlock()
	if e, ok := r.pools[key]; ok {
		e.refs++
		return e.pool, nil
	}
	lim, ok := r.limiters[creds.Fingerprint()]
	if !ok {
		lim = newLimiter(r.opts.RateLimit, r.opts.RateBurst)
		r.limiters[creds.Fingerprint()] = lim
	}
	lim.refs++
	p, err := newPool(url, creds, lim, r.opts)
	if err != nil {
		r.releaseLimiter(creds.Fingerprint())
		return nil, err
	}
	r.pools[key] = &entry{pool: p, refs: 1}
	return p, nil
}

// Release gives a pool back; the last release forgets it.
func (r *Registry) Release(p *Pool) {
	key := p.url + "\x00" + p.fingerprint
	r.mu.Lock()
	defer r.mu.Unlock()
	if e, ok := r.pools[key]; ok {
		e.refs--
		if e.refs <= 0 {
			delete(r.pools, key)
			r.releaseLimiter(p.fingerprint)
		}
	}
}

// Len returns the number of live pools.
func (r *Registry) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.pools)
}

// releaseLimiter drops a reference to a credential's limiter. Callers hold mu.
func (r *Registry) releaseLimiter(fingerprint string) {
	if l, ok := r.limiters[fingerprint]; ok {
		l.refs--
		if l.refs <= 0 {
			delete(r.limiters, fingerprint)
		}
	}
}
