package tart

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// ErrHostFull is returned (wrapped) by Start when the host already runs as
// many Tart VMs as the host limit allows. It is retryable: a slot frees up
// when another runner's VM is stopped.
var ErrHostFull = errors.New("host limit of running Tart VMs reached")

// hostSlots is the process-wide account of Tart VMs on this host. Every
// Provisioner in the process shares it, so the limit holds across scale
// sets. A VM holds a slot from the moment Start reserves it (before the
// clone) until Stop has stopped it; VMs adopted through List hold one too.
// Running VMs that hold no slot here (started by another process, another
// tool, or by this daemon before a restart and not listed yet) are counted
// from the last "tart list" as foreign.
type hostSlots struct {
	mu         sync.Mutex
	held       map[string]*Provisioner // VM name → the provisioner holding its slot
	foreign    []string                // running VMs without a slot, from the last tart list
	observed   time.Time               // when foreign was last updated
	refreshing bool                    // a background refresh of foreign is running
}

// host is the single hostSlots of the process.
var host = &hostSlots{held: map[string]*Provisioner{}}

// acquire reserves a slot for the named VM, or fails with ErrHostFull.
func (h *hostSlots) acquire(name string, p *Provisioner, limit int) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.held[name]; ok {
		return fmt.Errorf("a Tart VM named %q is already running or being started by this daemon", name)
	}
	if len(h.held)+len(h.foreign) >= limit {
		return h.fullError(limit)
	}
	h.held[name] = p
	return nil
}

// fullError describes a full host; h.mu must be held.
func (h *hostSlots) fullError(limit int) error {
	names := make([]string, 0, len(h.held))
	for n := range h.held {
		names = append(names, n)
	}
	sort.Strings(names)
	detail := "held by this daemon: " + strings.Join(names, ", ")
	if len(names) == 0 {
		detail = "held by this daemon: none"
	}
	if len(h.foreign) > 0 {
		detail += "; other running VMs: " + strings.Join(h.foreign, ", ")
	}
	return fmt.Errorf("%w (limit %d; %s)", ErrHostFull, limit, detail)
}

// adopt gives a running VM found by List a slot held by p, unless some
// provisioner of this process already holds one for it.
func (h *hostSlots) adopt(name string, p *Provisioner) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.held[name]; !ok {
		h.held[name] = p
	}
	h.foreign = remove(h.foreign, name)
}

// release frees the named VM's slot, whoever holds it.
func (h *hostSlots) release(name string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.held, name)
}

// releaseAll frees every slot p holds.
func (h *hostSlots) releaseAll(p *Provisioner) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for n, holder := range h.held {
		if holder == p {
			delete(h.held, n)
		}
	}
}

// observe records which VMs a fresh "tart list" shows running; those without
// a slot here are foreign.
func (h *hostSlots) observe(running []string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.observed = time.Now()
	h.foreign = h.foreign[:0]
	for _, n := range running {
		if _, ok := h.held[n]; !ok {
			h.foreign = append(h.foreign, n)
		}
	}
	sort.Strings(h.foreign)
}

// startRefresh reports whether the caller should refresh the foreign VMs
// because the last observation is older than maxAge and nobody else is
// refreshing; the caller must call endRefresh afterwards.
func (h *hostSlots) startRefresh(maxAge time.Duration) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.refreshing || time.Since(h.observed) < maxAge {
		return false
	}
	h.refreshing = true
	return true
}

// endRefresh ends a refresh begun with startRefresh.
func (h *hostSlots) endRefresh() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.refreshing = false
}

// capacity is p's own slots plus the free ones.
func (h *hostSlots) capacity(p *Provisioner, limit int) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	own := 0
	for _, holder := range h.held {
		if holder == p {
			own++
		}
	}
	free := limit - len(h.held) - len(h.foreign)
	if free < 0 {
		free = 0
	}
	return own + free
}

func remove(list []string, name string) []string {
	out := list[:0]
	for _, n := range list {
		if n != name {
			out = append(out, n)
		}
	}
	return out
}
