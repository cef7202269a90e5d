//go:build cgo && libvirt_dlopen

package libvirt

import (
	"context"
	"fmt"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/internal/scrub"
	lv "libvirt.org/go/libvirt"
)

// Wait polls the runner's guest-exec status (every second) until the runner
// exits, the domain stops or vanishes, or ctx ends. While libvirtd or the
// guest agent is unreachable it keeps polling.
func (p *Provisioner) Wait(ctx context.Context, name string) (backends.ExitStatus, error) {
	t := time.NewTicker(p.pollInterval)
	defer t.Stop()
	for {
		es, done, err := p.pollOnce(ctx, name)
		if done {
			return es, err
		}
		select {
		case <-ctx.Done():
			return backends.ExitStatus{}, ctx.Err()
		case <-t.C:
		}
	}
}

// pollOnce checks a runner once; done reports a final answer.
func (p *Provisioner) pollOnce(ctx context.Context, name string) (backends.ExitStatus, bool, error) {
	p.mu.Lock()
	st := p.runners[name]
	var cached *backends.ExitStatus
	var jit string
	var pid int64
	if st != nil {
		cached, jit, pid = st.exit, st.jit, st.meta.PID
	}
	p.mu.Unlock()
	if cached != nil {
		return *cached, true, nil
	}

	r, err := p.findDomain(ctx, name)
	if err != nil {
		if ctx.Err() == nil {
			p.log.Debug("wait: libvirt unreachable, will retry", logkey.Runner, name, logkey.Error, err)
		}
		return backends.ExitStatus{}, false, nil
	}
	if !r.found || !r.owned {
		return backends.ExitStatus{}, true, fmt.Errorf("runner %s: domain: %w", name, backends.ErrNotFound)
	}
	if !r.active {
		reason := "domain shut down"
		if r.state == lv.DOMAIN_CRASHED {
			reason = "domain crashed"
		}
		es := backends.ExitStatus{Code: -1, Reason: reason, LogTail: scrub.FileTail(r.meta.ConsoleLog, logTailBytes, jit)}
		return p.finish(name, es), true, nil
	}
	if pid == 0 {
		pid = r.meta.PID
	}
	if pid == 0 && r.meta.Warm {
		// An unbound warm domain: it waits for Bind while it runs.
		return backends.ExitStatus{}, false, nil
	}
	if pid == 0 {
		es := backends.ExitStatus{Code: -1, Reason: "the runner was never started in this domain"}
		return p.finish(name, es), true, nil
	}
	sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	s, err := agentExecStatus(sctx, p.agent, name, pid)
	cancel()
	switch {
	case isUnknownPID(err):
		es := backends.ExitStatus{Code: -1, Reason: fmt.Sprintf("runner process lost: the guest agent no longer knows PID %d (guest rebooted or agent restarted)", pid)}
		return p.finish(name, es), true, nil
	case err != nil:
		if ctx.Err() == nil {
			p.log.Debug("wait: guest agent did not answer, will retry", logkey.Runner, name, logkey.Error, err)
		}
		return backends.ExitStatus{}, false, nil
	case !s.Exited:
		return backends.ExitStatus{}, false, nil
	}
	return p.finish(name, exitStatus(s, jit)), true, nil
}

// finish caches a runner's final status (guest-exec-status reports an exit
// only once) and returns it.
func (p *Provisioner) finish(name string, es backends.ExitStatus) backends.ExitStatus {
	p.mu.Lock()
	defer p.mu.Unlock()
	st := p.runners[name]
	if st == nil {
		st = &runnerState{}
		p.runners[name] = st
	}
	st.exit = &es
	return es
}
