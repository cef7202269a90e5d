//go:build cgo && libvirt_dlopen

package libvirt

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/outrunner/outrunner/backends"
	lv "libvirt.org/go/libvirt"
)

// Provisioner runs each runner in a transient libvirt domain on a qcow2
// overlay. It implements backends.Provisioner, Lister, Waiter and
// HealthChecker. It is safe for concurrent use.
type Provisioner struct {
	owner    backends.Ownership
	settings connSettings
	log      *slog.Logger
	agent    Agent
	pool     *connPool

	// agentInterval paces guest-ping while a guest boots; pollInterval
	// paces guest-exec-status while a runner runs.
	agentInterval time.Duration
	pollInterval  time.Duration
	// cleanupTimeout bounds tearing down a failed start.
	cleanupTimeout time.Duration
	// makeOverlay creates a runner's overlay on the golden image.
	makeOverlay func(ctx context.Context, golden, overlay string) error
	// kvmAvailable reports whether a local hypervisor can use KVM.
	kvmAvailable func() bool
	// now is the clock used for created-at timestamps.
	now func() time.Time

	// hideArchCapabilities is set once the host refused to pass the
	// arch-capabilities CPU feature through (nested KVM).
	hideArchCapabilities atomic.Bool

	mu      sync.Mutex
	runners map[string]*runnerState
	dirs    map[string]bool
}

// runnerState is what the provisioner remembers about a runner it started.
type runnerState struct {
	meta ownerMeta
	jit  string
	exit *backends.ExitStatus
}

// Compile-time checks of the capabilities this backend offers.
var (
	_ backends.Provisioner   = (*Provisioner)(nil)
	_ backends.Lister        = (*Provisioner)(nil)
	_ backends.Waiter        = (*Provisioner)(nil)
	_ backends.HealthChecker = (*Provisioner)(nil)
)

// New validates the options and returns a Provisioner. It does not connect:
// the connection to libvirtd is opened on first use and reopened after it
// breaks, so New succeeds while libvirtd is down.
func New(opts Options) (*Provisioner, error) {
	if opts.Owner.DaemonID == "" {
		return nil, fmt.Errorf("libvirt provisioner: Owner.DaemonID is required")
	}
	s, err := resolveConnSettings(opts.Config)
	if err != nil {
		return nil, backends.Permanent(err)
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	p := &Provisioner{
		owner:          opts.Owner,
		settings:       s,
		log:            log,
		pool:           &connPool{uri: s.uri, log: log},
		agentInterval:  100 * time.Millisecond,
		pollInterval:   time.Second,
		cleanupTimeout: time.Minute,
		makeOverlay:    createOverlay,
		kvmAvailable:   localKVMUsable,
		now:            time.Now,
		runners:        map[string]*runnerState{},
		dirs:           map[string]bool{s.overlayDir: true},
	}
	p.agent = opts.Agent
	if p.agent == nil {
		p.agent = libvirtAgent{pool: p.pool}
	}
	return p, nil
}

// URI returns the libvirt connection URI in use.
func (p *Provisioner) URI() string { return p.settings.uri }

// Ping checks that libvirtd answers, reconnecting if the connection broke.
func (p *Provisioner) Ping(ctx context.Context) error {
	err := p.pool.do(ctx, func(c *lv.Connect) error {
		_, err := c.GetLibVersion()
		return err
	})
	if err != nil && !strings.Contains(err.Error(), p.settings.uri) {
		err = fmt.Errorf("libvirtd at %s: %w", p.settings.uri, err)
	}
	return err
}

// Close releases the libvirt connection. Domains keep running.
func (p *Provisioner) Close() error {
	p.pool.close()
	return nil
}
