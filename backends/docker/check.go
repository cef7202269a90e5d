package docker

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/outrunner/outrunner/config"
)

// Limits beyond which a docker setting is treated as a mistake.
const (
	maxCPUs      = 1024
	maxMemoryMB  = 4 << 20 // 4 TiB
	minMemoryMB  = 6       // the engine refuses less
	maxPidsLimit = 1 << 22
)

var (
	// envNameRE is what an environment variable name may look like.
	envNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	// networkNameRE is what a network name may look like.
	networkNameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)
)

// Check reports every problem of a docker block whose defaults are
// applied, with keys relative to the block (mounts[0].source). It holds
// every rule of the block: the settings rules that buildSpec applies too,
// and that each bind mount source exists on this host, unless host names
// a remote engine (tcp:// or ssh://), whose files cannot be seen from here.
func Check(d *config.DockerImage) []config.Problem {
	var r config.Report
	checkSettings(&r, d)
	if !isRemoteHost(d.Host) {
		for i, m := range d.Mounts {
			if filepath.IsAbs(m.Source) && !strings.ContainsRune(m.Source, 0) {
				checkSourceExists(&r, fmt.Sprintf("mounts[%d].source", i), m.Source)
			}
		}
	}
	return r.Problems()
}

// checkSettings reports what is wrong with the settings alone, without
// looking at the host.
func checkSettings(r *config.Report, d *config.DockerImage) {
	r.Required("image", d.Image)
	r.Required("runner_cmd", d.RunnerCmd)
	r.NoNUL("image", d.Image)
	r.NoNUL("runner_cmd", d.RunnerCmd)
	r.NoNUL("warm_cmd", d.WarmCmd)
	r.NoNUL("user", d.User)
	r.OneOf("pull_policy", d.PullPolicy, PullMissing, PullAlways, PullNever)
	targets := map[string]string{}
	target := func(key, t string) {
		t = path.Clean(t)
		switch {
		case t == "/":
			r.Errorf(key, "cannot be / (the container's root)")
		case targets[t] != "":
			r.Errorf(key, "%s is already mounted by %s", t, targets[t])
		default:
			targets[t] = key
		}
	}
	for i, m := range d.Mounts {
		key := fmt.Sprintf("mounts[%d]", i)
		r.AbsPath(key+".source", m.Source)
		r.AbsPath(key+".target", m.Target)
		if path.IsAbs(m.Target) {
			target(key+".target", m.Target)
		}
	}
	for _, t := range slices.Sorted(maps.Keys(d.Tmpfs)) {
		key := "tmpfs." + t
		if !path.IsAbs(t) {
			r.Errorf(key, "tmpfs target must be an absolute path")
			continue
		}
		target(key, t)
	}
	for _, name := range slices.Sorted(maps.Keys(d.Env)) {
		key := "env." + name
		switch {
		case !envNameRE.MatchString(name):
			r.Errorf(key, "%q is not a valid environment variable name", name)
		case name == JITConfigEnv:
			r.Errorf(key, "is reserved: outrunner passes the runner's JIT config in it")
		default:
			r.NoNUL(key, d.Env[name])
		}
	}
	for _, label := range slices.Sorted(maps.Keys(d.ContainerLabels)) {
		if label == "outrunner" || strings.HasPrefix(label, "outrunner.") {
			r.Errorf("container_labels."+label, "labels named outrunner or outrunner.* are reserved for ownership")
		}
	}
	if d.Network != "" && !networkNameRE.MatchString(d.Network) {
		r.Errorf("network", "%q is not a valid network name", d.Network)
	}
	if d.Host != "" {
		if err := validateHost(d.Host, "engine URL"); err != nil {
			r.Errorf("host", "%v", err)
		}
	}
	if !(d.CPUs >= 0 && d.CPUs <= maxCPUs) { // also refuses NaN
		r.Errorf("cpus", "must be between 0 (unlimited) and %d, got %g", maxCPUs, d.CPUs)
	}
	r.IntRange("memory", d.MemoryMB, 0, maxMemoryMB)
	if d.MemoryMB > 0 && d.MemoryMB < minMemoryMB {
		r.Errorf("memory", "is in MiB; Docker needs at least %d, got %d", minMemoryMB, d.MemoryMB)
	}
	r.IntRange("pids_limit", d.PidsLimit, 0, maxPidsLimit)
}

// checkSourceExists reports a bind mount source that does not exist: the
// engine would refuse to create every container of the scale set.
func checkSourceExists(r *config.Report, key, source string) {
	_, err := os.Stat(source)
	switch {
	case err == nil:
	case errors.Is(err, fs.ErrNotExist):
		r.Errorf(key, "%s does not exist on this host; create it, or the engine refuses every container", source)
	default:
		r.Warnf(key, "cannot check that %s exists: %v", source, err)
	}
}

// isRemoteHost reports whether a configured engine URL names an engine on
// another machine.
func isRemoteHost(host string) bool {
	return strings.HasPrefix(host, "tcp://") || strings.HasPrefix(host, "ssh://")
}
