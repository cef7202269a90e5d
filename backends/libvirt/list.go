//go:build cgo && libvirt_dlopen

package libvirt

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"

	"github.com/outrunner/outrunner/backends"
	lv "libvirt.org/go/libvirt"
)

// List returns the owned domains (running or stopped leftovers) and, as
// backends.EnvPartial, owned overlays whose domain is gone.
func (p *Provisioner) List(ctx context.Context) ([]backends.Environment, error) {
	type found struct {
		meta   ownerMeta
		active bool
	}
	var doms []found
	err := p.pool.do(ctx, func(c *lv.Connect) error {
		all, err := c.ListAllDomains(0)
		if err != nil {
			return err
		}
		var res []found
		for i := range all {
			r, err := inspectDomain(&all[i], p.owner)
			_ = all[i].Free()
			if err != nil {
				return err
			}
			if r.found && r.owned {
				res = append(res, found{meta: r.meta, active: r.active})
			}
		}
		doms = res
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list libvirt domains: %w", err)
	}

	var out []backends.Environment
	seen := map[string]bool{}
	p.mu.Lock()
	for _, d := range doms {
		seen[d.meta.Runner] = true
		if d.meta.Overlay != "" {
			p.dirs[filepath.Dir(d.meta.Overlay)] = true
		}
		state := backends.EnvRunning
		if st, ok := p.runners[d.meta.Runner]; !d.active || ok && st.exit != nil {
			state = backends.EnvExited
		}
		out = append(out, backends.Environment{
			Name: d.meta.Runner, DaemonID: d.meta.Daemon, ScaleSet: d.meta.ScaleSet,
			State: state, CreatedAt: d.meta.Created, Warm: d.meta.Warm,
		})
	}
	dirs := make([]string, 0, len(p.dirs))
	for dir := range p.dirs {
		dirs = append(dirs, dir)
	}
	p.mu.Unlock()

	sort.Strings(dirs)
	for _, dir := range dirs {
		sc, err := listSidecars(dir)
		if err != nil {
			return nil, err
		}
		for _, s := range sc {
			m := s.meta
			if seen[m.Runner] || !p.owner.Owns(m.Daemon, m.ScaleSet) {
				continue
			}
			seen[m.Runner] = true
			out = append(out, backends.Environment{
				Name: m.Runner, DaemonID: m.Daemon, ScaleSet: m.ScaleSet,
				State: backends.EnvPartial, CreatedAt: m.Created, Warm: m.Warm,
			})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}
