//go:build cgo && libvirt_dlopen

package libvirt

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/logkey"
	lv "libvirt.org/go/libvirt"
)

// Stop destroys the runner's domain (undefining a persistent leftover) and
// deletes its overlay. Stopping a runner that is already gone succeeds; a
// domain of that name that another owner holds is left alone.
func (p *Provisioner) Stop(ctx context.Context, name string) error {
	if err := checkRunnerName(name); err != nil {
		return backends.Permanent(err)
	}
	r, err := p.findDomain(ctx, name)
	if err != nil {
		return fmt.Errorf("stop runner %s: %w", name, err)
	}
	var files *ownerMeta
	switch {
	case r.found && !r.owned:
		p.log.Warn("a domain with this runner's name exists but is not owned by this daemon; leaving it alone", logkey.Runner, name)
		return nil
	case r.found:
		if err := p.destroy(ctx, name, r); err != nil {
			return fmt.Errorf("stop runner %s: %w", name, err)
		}
		m := r.meta
		files = &m
	}
	if files == nil {
		files = p.knownFiles(name)
	}
	if files != nil {
		if err := removeRunnerFiles(*files); err != nil {
			return fmt.Errorf("stop runner %s: %w", name, err)
		}
	}
	p.mu.Lock()
	delete(p.runners, name)
	p.mu.Unlock()
	p.log.Debug("runner stopped", logkey.Runner, name, logkey.HadDomain, r.found)
	return nil
}

// destroy powers a domain off and undefines it when it is persistent.
func (p *Provisioner) destroy(ctx context.Context, name string, r lookupResult) error {
	return p.pool.do(ctx, func(c *lv.Connect) error {
		d, err := c.LookupDomainByName(name)
		if isLibvirtCode(err, lv.ERR_NO_DOMAIN) {
			return nil
		}
		if err != nil {
			return err
		}
		defer func() { _ = d.Free() }()
		if err := d.Destroy(); err != nil && !isLibvirtCode(err, lv.ERR_NO_DOMAIN, lv.ERR_OPERATION_INVALID) {
			return fmt.Errorf("destroy domain: %w", err)
		}
		if !r.persistent {
			return nil
		}
		flags := lv.DOMAIN_UNDEFINE_MANAGED_SAVE | lv.DOMAIN_UNDEFINE_SNAPSHOTS_METADATA |
			lv.DOMAIN_UNDEFINE_CHECKPOINTS_METADATA | lv.DOMAIN_UNDEFINE_NVRAM
		err = d.UndefineFlags(flags)
		if err != nil && !isLibvirtCode(err, lv.ERR_NO_DOMAIN) {
			// Drivers without some of the flags accept a plain undefine.
			if err2 := d.Undefine(); err2 != nil && !isLibvirtCode(err2, lv.ERR_NO_DOMAIN) {
				return fmt.Errorf("undefine domain: %w", errors.Join(err, err2))
			}
		}
		return nil
	})
}

// knownFiles returns the file record of a runner whose domain is gone: from
// memory, else from a sidecar of ours in a known overlay directory.
func (p *Provisioner) knownFiles(name string) *ownerMeta {
	p.mu.Lock()
	defer p.mu.Unlock()
	if st, ok := p.runners[name]; ok {
		m := st.meta
		return &m
	}
	for dir := range p.dirs {
		m, err := readSidecar(sidecarFor(filepath.Join(dir, name+overlaySuffix)))
		if err == nil && m.Daemon == p.owner.DaemonID && m.Runner == name {
			return &m
		}
	}
	return nil
}

// teardown removes what a failed start created: the domain, if one of ours
// by this name exists (a creation abandoned on a cancelled ctx may still
// have succeeded), then the runner's files.
func (p *Provisioner) teardown(ctx context.Context, m ownerMeta) error {
	r, err := p.findDomain(ctx, m.Runner)
	if err == nil && r.found && r.owned {
		err = p.destroy(ctx, m.Runner, r)
	}
	if err == nil {
		err = removeRunnerFiles(m)
	}
	p.mu.Lock()
	delete(p.runners, m.Runner)
	p.mu.Unlock()
	return err
}
