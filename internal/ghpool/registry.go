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
	// nodes divides the rate limit: the nodes of the fleet that share it
	// (1 on a single host).
	nodes int
}

type entry struct {
	pool *Pool
	refs int
}

// NewRegistry returns an empty registry whose pools use opts.
func NewRegistry(opts Options) *Registry {
	return &Registry{opts: opts, pools: map[string]*entry{}, limiters: map[string]*limiter{}, nodes: 1}
}

// SetFleetShare divides the rate limit among the nodes of a fleet: each
// takes 1/nodes of the configured rate and burst (a burst of at least 1),
// so that the fleet together stays within what one credential may do.
func (r *Registry) SetFleetShare(nodes int) {
	nodes = max(nodes, 1)
	r.mu.Lock()
	defer r.mu.Unlock()
	if nodes == r.nodes {
		return
	}
	r.nodes = nodes
	for _, l := range r.limiters {
		l.share(r.opts.RateLimit, r.opts.RateBurst, nodes)
	}
}

// RateShare returns the rate limit per second this node may use now and
// its burst (0 when unlimited).
func (r *Registry) RateShare() (float64, int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.opts.RateLimit <= 0 {
		return 0, 0
	}
	return r.opts.RateLimit / float64(r.nodes), shareBurst(r.opts.RateBurst, r.nodes)
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
		lim.share(r.opts.RateLimit, r.opts.RateBurst, r.nodes)
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
