package tart

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/atomicfile"
	"github.com/outrunner/outrunner/internal/logkey"
)

// markerManagedBy is the value of every marker's managed_by field.
const markerManagedBy = "outrunner"

// marker is the ownership record of one Tart VM. Tart VMs carry no labels,
// so ownership lives beside them: one JSON file per VM in
// <StateDir>/markers/<name>.json (mode 0600), written before the clone and
// removed after the delete. List trusts a VM only when a marker names it and
// carries this daemon's ID.
type marker struct {
	ManagedBy string    `json:"managed_by"`
	Name      string    `json:"name"`
	DaemonID  string    `json:"daemon_id"`
	ScaleSet  string    `json:"scale_set"`
	Image     string    `json:"image"`
	CreatedAt time.Time `json:"created_at"`
	// ExecPID is the PID of the host's "tart exec" process running the
	// runner; after a daemon restart Wait watches it.
	ExecPID int `json:"exec_pid,omitempty"`
	// Warm marks a VM made by Prepare; one without ExecPID is unbound.
	Warm bool `json:"warm,omitempty"`
}

func (p *Provisioner) markerDir() string { return filepath.Join(p.opts.StateDir, "markers") }

func (p *Provisioner) markerPath(name string) string {
	return filepath.Join(p.markerDir(), name+".json")
}

// writeMarker writes m atomically and durably (internal/atomicfile).
func (p *Provisioner) writeMarker(m marker) error {
	if err := os.MkdirAll(p.markerDir(), 0o700); err != nil {
		return fmt.Errorf("create marker directory: %w", err)
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.Write(p.markerPath(m.Name), append(b, '\n')); err != nil {
		return fmt.Errorf("write ownership marker: %w", err)
	}
	return nil
}

// readMarker reads the named VM's marker; os.ErrNotExist when there is none.
func (p *Provisioner) readMarker(name string) (marker, error) {
	var m marker
	b, err := os.ReadFile(p.markerPath(name))
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("ownership marker %s: %w", p.markerPath(name), err)
	}
	if m.ManagedBy != markerManagedBy || m.Name != name {
		return m, fmt.Errorf("ownership marker %s: not an outrunner marker for %q", p.markerPath(name), name)
	}
	return m, nil
}

func (p *Provisioner) removeMarker(name string) error {
	err := os.Remove(p.markerPath(name))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("remove ownership marker: %w", err)
	}
	return nil
}

// owned reports whether m belongs to this provisioner's ownership.
func (p *Provisioner) owned(m marker) bool {
	return p.opts.Owner.Owns(m.DaemonID, m.ScaleSet)
}

// ownedMarkers returns the markers of this provisioner's ownership, sorted
// by name. Unreadable markers are logged and skipped.
func (p *Provisioner) ownedMarkers() ([]marker, error) {
	entries, err := os.ReadDir(p.markerDir())
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read marker directory: %w", err)
	}
	var out []marker
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok || e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		m, err := p.readMarker(name)
		if err != nil {
			p.log.Warn("skipping unreadable tart ownership marker", logkey.File, e.Name(), logkey.Error, err)
			continue
		}
		if p.owned(m) {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// environment converts a marker and the VM's state into a backends.Environment.
func (m marker) environment(state backends.EnvState) backends.Environment {
	return backends.Environment{
		Name:      m.Name,
		DaemonID:  m.DaemonID,
		ScaleSet:  m.ScaleSet,
		State:     state,
		CreatedAt: m.CreatedAt,
		Warm:      m.Warm,
	}
}
