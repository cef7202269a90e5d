//go:build cgo && libvirt_dlopen

package libvirt

import (
	"context"
	"errors"
	"fmt"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

var _ backends.Binder = (*Provisioner)(nil)

// Prepare boots a warm domain: the runner's overlay and transient domain,
// up until the guest agent answers, marked warm in its metadata, with no
// runner started. On failure nothing is left behind (or what Stop removes).
func (p *Provisioner) Prepare(ctx context.Context, name string, rc *config.RunnerConfig) error {
	if rc == nil {
		return backends.Permanentf("libvirt prepare: no runner configuration")
	}
	if err := p.start(ctx, &backends.RunnerRequest{Name: name, Runner: rc}, true); err != nil {
		return fmt.Errorf("prepare warm domain %s: %w", name, err)
	}
	return nil
}

// Bind starts runner_cmd in a warm domain through the guest agent, with the
// JIT config in the process's environment, and records its PID in the
// domain's metadata: a domain with a PID is bound and is not bound again.
func (p *Provisioner) Bind(ctx context.Context, req *backends.RunnerRequest) error {
	if req == nil || req.Runner == nil {
		return backends.Permanentf("libvirt bind: request without runner configuration")
	}
	err := p.bind(ctx, req)
	if err != nil {
		err = redactError(fmt.Errorf("bind runner %s: %w", req.Name, err), req.JITConfig)
	}
	return err
}

func (p *Provisioner) bind(ctx context.Context, req *backends.RunnerRequest) error {
	spec, err := specFromConfig(req.Name, req.Runner.Libvirt)
	if err != nil {
		return backends.Permanent(err)
	}
	r, err := p.findDomain(ctx, req.Name)
	if err != nil {
		return err
	}
	p.mu.Lock()
	_, known := p.runners[req.Name]
	p.mu.Unlock()
	switch {
	case !r.found || !r.owned:
		return fmt.Errorf("domain: %w", backends.ErrNotFound)
	case !r.meta.Warm:
		return errors.New("not a warm domain")
	case known || r.meta.PID != 0:
		return errors.New("the domain is bound already")
	case !r.active:
		return fmt.Errorf("the warm domain is %s", stateName(r.state))
	}
	spec.Owner = r.meta
	return p.launchRunner(ctx, &spec, req.JITConfig)
}
