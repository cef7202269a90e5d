//go:build cgo && libvirt_dlopen

package libvirt

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/logkey"
	lv "libvirt.org/go/libvirt"
)

// errClosed is returned by calls after Close.
var errClosed = errors.New("libvirt provisioner is closed")

// conn is one libvirt connection shared by concurrent calls. It is closed
// once it is marked dead (or the pool is closed) and no call uses it.
type conn struct {
	c    *lv.Connect
	refs int
	dead bool
}

// connPool keeps a lazily opened connection to one URI and replaces it
// when it dies (libvirt connections do not survive a libvirtd restart).
type connPool struct {
	uri string
	log *slog.Logger

	mu     sync.Mutex
	cur    *conn
	closed bool
}

// openConnect opens a connection; it is a variable so that tests can see
// how many connections were opened.
var openConnect = lv.NewConnect

// acquire returns the live connection, opening one if needed. The caller
// must release it.
func (p *connPool) acquire(ctx context.Context) (*conn, error) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil, errClosed
	}
	if p.cur != nil {
		p.cur.refs++
		c := p.cur
		p.mu.Unlock()
		return c, nil
	}
	p.mu.Unlock()

	type result struct {
		c   *lv.Connect
		err error
	}
	ch := make(chan result, 1)
	go func() {
		c, err := openConnect(p.uri)
		ch <- result{c, err}
	}()
	var r result
	select {
	case r = <-ch:
	case <-ctx.Done():
		go func() {
			if r := <-ch; r.c != nil {
				_, _ = r.c.Close()
			}
		}()
		return nil, fmt.Errorf("connect to libvirtd at %s: %w", p.uri, ctx.Err())
	}
	if r.err != nil {
		return nil, connectError(p.uri, r.err)
	}

	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		_, _ = r.c.Close()
		return nil, errClosed
	}
	if p.cur != nil { // another caller connected meanwhile
		_, _ = r.c.Close()
	} else {
		p.cur = &conn{c: r.c}
		p.log.Debug("connected to libvirtd", logkey.URI, p.uri)
	}
	p.cur.refs++
	return p.cur, nil
}

// release ends a call on c. When the call failed and the connection is no
// longer alive, the connection is dropped so that the next call reconnects.
func (p *connPool) release(c *conn, callErr error) {
	dead := false
	if callErr != nil {
		var le lv.Error
		if errors.As(callErr, &le) {
			alive, err := c.c.IsAlive()
			dead = err != nil || !alive
		}
	}
	p.mu.Lock()
	if dead && !c.dead {
		c.dead = true
		p.log.Warn("libvirt connection lost; reconnecting on next use", logkey.URI, p.uri, logkey.Error, callErr)
	}
	if c.dead && p.cur == c {
		p.cur = nil
	}
	c.refs--
	closeIt := c.dead && c.refs == 0
	p.mu.Unlock()
	if closeIt {
		_, _ = c.c.Close()
	}
}

// do runs fn on the live connection. fn runs in its own goroutine so that
// do returns when ctx ends even if libvirtd hangs; the connection is kept
// until fn returns.
func (p *connPool) do(ctx context.Context, fn func(*lv.Connect) error) error {
	c, err := p.acquire(ctx)
	if err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() {
		err := fn(c.c)
		p.release(c, err)
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return fmt.Errorf("libvirt call to %s: %w", p.uri, ctx.Err())
	}
}

// close drops the connection; calls in flight finish first.
func (p *connPool) close() {
	p.mu.Lock()
	p.closed = true
	c := p.cur
	p.cur = nil
	closeIt := false
	if c != nil {
		c.dead = true
		closeIt = c.refs == 0
	}
	p.mu.Unlock()
	if closeIt {
		_, _ = c.c.Close()
	}
}

// connectError explains a failed connection attempt.
func connectError(uri string, err error) error {
	msg := err.Error()
	if strings.Contains(msg, "libvirt.so.0") || strings.Contains(msg, "libvirt-qemu.so.0") {
		return backends.Permanentf("libvirt0 is not installed: this outrunner binary loads libvirt.so.0 at run time (install the libvirt0 package, e.g. apt-get install libvirt0): %v", err)
	}
	return fmt.Errorf("libvirtd at %s is unreachable (is libvirtd running and is its socket accessible to this user?): %w", uri, err)
}

// isLibvirtCode reports whether err is a libvirt error with one of codes.
func isLibvirtCode(err error, codes ...lv.ErrorNumber) bool {
	var le lv.Error
	if !errors.As(err, &le) {
		return false
	}
	for _, c := range codes {
		if le.Code == c {
			return true
		}
	}
	return false
}

// libvirtAgent sends guest agent commands through virDomainQemuAgentCommand
// (libvirt-qemu.so.0).
type libvirtAgent struct{ pool *connPool }

// Command implements Agent. The agent timeout given to libvirt follows
// ctx's deadline (whole seconds, at least 1, default 10).
func (a libvirtAgent) Command(ctx context.Context, domain, command string) (string, error) {
	secs := agentTimeoutSeconds(ctx)
	var out string
	err := a.pool.do(ctx, func(c *lv.Connect) error {
		d, err := c.LookupDomainByName(domain)
		if err != nil {
			return err
		}
		defer func() { _ = d.Free() }()
		out, err = d.QemuAgentCommand(command, lv.DomainQemuAgentCommandTimeout(secs), 0)
		return err
	})
	if err != nil {
		if strings.Contains(err.Error(), "libvirt-qemu.so.0") {
			return "", backends.Permanentf("libvirt0 is incomplete: libvirt-qemu.so.0, which the guest agent calls need, cannot be loaded (reinstall the libvirt0 package): %v", err)
		}
		return "", err
	}
	return out, nil
}

// agentTimeoutSeconds is the whole seconds left before ctx's deadline, so
// that libvirt gives up on a silent agent before ctx ends.
func agentTimeoutSeconds(ctx context.Context) int {
	d, ok := ctx.Deadline()
	if !ok {
		return 10
	}
	return max(1, int(time.Until(d)/time.Second))
}
