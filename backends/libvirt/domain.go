//go:build cgo && libvirt_dlopen

package libvirt

import (
	"context"

	"github.com/outrunner/outrunner/backends"
	lv "libvirt.org/go/libvirt"
)

// lookupResult is what findDomain learned about a domain name.
type lookupResult struct {
	found      bool
	owned      bool // carries our metadata (any of our scale sets if owner.ScaleSet is empty)
	meta       ownerMeta
	state      lv.DomainState
	active     bool
	persistent bool
}

// findDomain looks a domain up by name and reads its ownership metadata.
func (p *Provisioner) findDomain(ctx context.Context, name string) (lookupResult, error) {
	var r lookupResult
	err := p.pool.do(ctx, func(c *lv.Connect) error {
		d, err := c.LookupDomainByName(name)
		if isLibvirtCode(err, lv.ERR_NO_DOMAIN) {
			return nil
		}
		if err != nil {
			return err
		}
		defer func() { _ = d.Free() }()
		res, err := inspectDomain(d, p.owner)
		if err != nil {
			return err
		}
		r = res
		return nil
	})
	if err != nil {
		return lookupResult{}, err
	}
	return r, nil
}

// inspectDomain reads a domain's state and ownership. A domain that
// vanishes meanwhile is reported as not found.
func inspectDomain(d *lv.Domain, owner backends.Ownership) (lookupResult, error) {
	r := lookupResult{found: true}
	raw, err := d.GetMetadata(lv.DOMAIN_METADATA_ELEMENT, MetadataNamespace, lv.DOMAIN_AFFECT_CURRENT)
	switch {
	case isLibvirtCode(err, lv.ERR_NO_DOMAIN):
		return lookupResult{}, nil
	case isLibvirtCode(err, lv.ERR_NO_DOMAIN_METADATA):
		return r, nil
	case err != nil:
		return r, err
	}
	if m, err := parseOwnerMeta(raw); err == nil {
		r.meta = m
		r.owned = owner.Owns(m.Daemon, m.ScaleSet)
	}
	r.state, _, err = d.GetState()
	if isLibvirtCode(err, lv.ERR_NO_DOMAIN) {
		return lookupResult{}, nil
	}
	if err != nil {
		return r, err
	}
	r.active = r.state != lv.DOMAIN_SHUTOFF && r.state != lv.DOMAIN_CRASHED && r.state != lv.DOMAIN_NOSTATE
	r.persistent, err = d.IsPersistent()
	if isLibvirtCode(err, lv.ERR_NO_DOMAIN) {
		return lookupResult{}, nil
	}
	return r, err
}

// stateName names a domain state for messages.
func stateName(s lv.DomainState) string {
	switch s {
	case lv.DOMAIN_RUNNING:
		return "running"
	case lv.DOMAIN_BLOCKED:
		return "blocked"
	case lv.DOMAIN_PAUSED:
		return "paused"
	case lv.DOMAIN_SHUTDOWN:
		return "shutting down"
	case lv.DOMAIN_SHUTOFF:
		return "shut off"
	case lv.DOMAIN_CRASHED:
		return "crashed"
	case lv.DOMAIN_PMSUSPENDED:
		return "suspended"
	}
	return "unknown"
}
