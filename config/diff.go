package config

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// ChangeKind says how a running daemon applies a change to a scale set.
type ChangeKind string

// Change kinds, from the least to the most disruptive.
const (
	// ChangeLimits: max_runners or min_idle, applied live.
	ChangeLimits ChangeKind = "limits"
	// ChangeRunnerSettings: timeouts or retry settings, used by new runners.
	ChangeRunnerSettings ChangeKind = "runner settings"
	// ChangeBackend: backend settings, used by new runners; idle runners
	// are recycled.
	ChangeBackend ChangeKind = "backend"
	// ChangeListener: URL, credentials, labels or runner group; only the
	// scale set's listener restarts.
	ChangeListener ChangeKind = "listener"
	// ChangeAdded: a new scale set is started.
	ChangeAdded ChangeKind = "added"
	// ChangeRemoved: the scale set is drained (running jobs finish) and
	// removed.
	ChangeRemoved ChangeKind = "removed"
)

// Change is what a reload does to one scale set.
type Change struct {
	ScaleSet string
	Kinds    []ChangeKind
	// Details say what changed, for people ("max_runners 4 → 8").
	Details []string
}

// Has reports whether the change includes kind k.
func (c Change) Has(k ChangeKind) bool { return slices.Contains(c.Kinds, k) }

// Plan is the difference between a running configuration and a new one.
type Plan struct {
	// Changes lists the scale sets that change, by name.
	Changes []Change
	// NeedRestart lists global keys whose change only takes effect after a
	// restart of the daemon.
	NeedRestart []string
}

// Empty reports whether the plan changes nothing.
func (p Plan) Empty() bool { return len(p.Changes) == 0 && len(p.NeedRestart) == 0 }

// Change returns the change of a scale set, if any.
func (p Plan) Change(name string) (Change, bool) {
	for _, c := range p.Changes {
		if c.ScaleSet == name {
			return c, true
		}
	}
	return Change{}, false
}

// String lists the plan for people, one line per change.
func (p Plan) String() string {
	if p.Empty() {
		return "no changes\n"
	}
	var b strings.Builder
	for _, c := range p.Changes {
		mark := "~"
		switch {
		case c.Has(ChangeAdded):
			mark = "+"
		case c.Has(ChangeRemoved):
			mark = "-"
		}
		fmt.Fprintf(&b, "%s %s: %s\n", mark, c.ScaleSet, strings.Join(c.Details, "; "))
	}
	for _, k := range p.NeedRestart {
		fmt.Fprintf(&b, "! %s changed: takes effect after a restart\n", k)
	}
	return b.String()
}

// Diff compares a running configuration with a new one. creds map each
// scale set to a non-secret fingerprint of its resolved URL and credentials
// (nil compares only the configuration text).
func Diff(old, new *Config, oldCreds, newCreds map[string]string) Plan {
	var p Plan
	for _, key := range []struct {
		name    string
		changed bool
	}{
		{"daemon_id", old.DaemonID != new.DaemonID},
		{"state_dir", old.StateDir != new.StateDir},
		{"admin.socket", old.Admin.Socket != new.Admin.Socket},
		{"metrics.listen", old.Metrics.Listen != new.Metrics.Listen},
		{"dashboard.listen", old.Dashboard.Listen != new.Dashboard.Listen},
		{"log.format", old.Log.Format != new.Log.Format},
		{"github", old.GitHub != new.GitHub},
		{"cluster", clusterChanged(old.Cluster, new.Cluster)},
	} {
		if key.changed {
			p.NeedRestart = append(p.NeedRestart, key.name)
		}
	}
	names := map[string]bool{}
	for n := range old.Runners {
		names[n] = true
	}
	for n := range new.Runners {
		names[n] = true
	}
	sorted := make([]string, 0, len(names))
	for n := range names {
		sorted = append(sorted, n)
	}
	slices.Sort(sorted)
	for _, name := range sorted {
		o, inOld := old.Runners[name]
		n, inNew := new.Runners[name]
		switch {
		case !inOld:
			p.Changes = append(p.Changes, Change{ScaleSet: name, Kinds: []ChangeKind{ChangeAdded},
				Details: []string{fmt.Sprintf("new scale set (%s, max_runners %d)", n.ProviderType(), n.MaxRunners)}})
		case !inNew:
			p.Changes = append(p.Changes, Change{ScaleSet: name, Kinds: []ChangeKind{ChangeRemoved},
				Details: []string{"drained (running jobs finish), then removed"}})
		default:
			if c := diffRunner(name, &o, &n, oldCreds[name] != newCreds[name]); len(c.Kinds) > 0 {
				p.Changes = append(p.Changes, c)
			}
		}
	}
	return p
}

// diffRunner compares one scale set's two configurations.
func diffRunner(name string, o, n *RunnerConfig, credsChanged bool) Change {
	c := Change{ScaleSet: name}
	add := func(k ChangeKind, format string, args ...any) {
		if !c.Has(k) {
			c.Kinds = append(c.Kinds, k)
		}
		c.Details = append(c.Details, fmt.Sprintf(format, args...))
	}
	if o.MaxRunners != n.MaxRunners {
		add(ChangeLimits, "max_runners %d → %d (live)", o.MaxRunners, n.MaxRunners)
	}
	if o.MinIdle != n.MinIdle {
		add(ChangeLimits, "min_idle %d → %d (live)", o.MinIdle, n.MinIdle)
	}
	if !reflect.DeepEqual(o.Warm, n.Warm) {
		add(ChangeLimits, "warm pool settings changed (live)")
	}
	if o.StartTimeout != n.StartTimeout || o.StopTimeout != n.StopTimeout || o.Retry != n.Retry {
		add(ChangeRunnerSettings, "timeouts or retry settings changed (new runners)")
	}
	if o.ProviderType() != n.ProviderType() {
		add(ChangeBackend, "backend %s → %s (new runners; idle runners recycled)", o.ProviderType(), n.ProviderType())
	} else if !reflect.DeepEqual(o.Docker, n.Docker) || !reflect.DeepEqual(o.Libvirt, n.Libvirt) ||
		!reflect.DeepEqual(o.Tart, n.Tart) || !reflect.DeepEqual(o.Sim, n.Sim) {
		add(ChangeBackend, "%s settings changed (new runners; idle runners recycled)", n.ProviderType())
	}
	if o.URL != n.URL || credsChanged || o.TokenFile != n.TokenFile || !reflect.DeepEqual(o.GitHubApp, n.GitHubApp) {
		add(ChangeListener, "URL or credentials changed (listener restarts)")
	}
	if !slices.Equal(o.Labels, n.Labels) {
		add(ChangeListener, "labels %v → %v (listener restarts)", o.Labels, n.Labels)
	}
	if o.RunnerGroup != n.RunnerGroup {
		add(ChangeListener, "runner_group %s → %s (listener restarts)", o.RunnerGroup, n.RunnerGroup)
	}
	return c
}
