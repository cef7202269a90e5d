package docker

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/mount"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

// JITConfigEnv is the container environment variable that carries the JIT
// config; the actions runner reads its --jitconfig input from it.
const JITConfigEnv = "ACTIONS_RUNNER_INPUT_JITCONFIG"

// LabelKeepFailed is set to "true" on containers started with keep_failed,
// so that Stop knows to keep them when they failed.
const LabelKeepFailed = "outrunner.docker.keep-failed"

// containerName matches the names the engine accepts.
var containerName = regexp.MustCompile(`^[a-zA-Z0-9][a-zA-Z0-9_.-]*$`)

// spec is everything ContainerCreate needs.
type spec struct {
	config *container.Config
	host   *container.HostConfig
}

// buildSpec turns a runner request into container settings. The block's
// rules are checkSettings' (the same as Check's, which validation runs);
// errors are invalid settings (the caller marks them permanent) and never
// contain the JIT config.
func buildSpec(owner backends.Ownership, name, jit string, in *config.DockerImage) (spec, error) {
	if !containerName.MatchString(name) {
		return spec{}, fmt.Errorf("runner name %q is not a valid container name ([a-zA-Z0-9][a-zA-Z0-9_.-]*)", name)
	}
	d := *in
	(&config.RunnerConfig{Docker: &d}).ApplyBackendDefaults()
	var r config.Report
	checkSettings(&r, &d)
	if err := backends.SettingsError("docker", r.Problems()); err != nil {
		return spec{}, err
	}

	env := make([]string, 0, len(d.Env)+1)
	for _, k := range slices.Sorted(maps.Keys(d.Env)) {
		env = append(env, k+"="+d.Env[k])
	}
	env = append(env, JITConfigEnv+"="+jit)

	labels := make(map[string]string, len(d.ContainerLabels)+5)
	maps.Copy(labels, d.ContainerLabels)
	maps.Copy(labels, owner.Labels(name))
	if d.KeepFailed {
		labels[LabelKeepFailed] = "true"
	}

	mounts := make([]mount.Mount, 0, len(d.Mounts))
	for _, m := range d.Mounts {
		mounts = append(mounts, mount.Mount{Type: mount.TypeBind, Source: m.Source, Target: m.Target, ReadOnly: m.ReadOnly})
	}
	var tmpfs map[string]string
	if len(d.Tmpfs) > 0 {
		tmpfs = maps.Clone(d.Tmpfs)
	}

	hc := &container.HostConfig{
		NetworkMode: container.NetworkMode(d.Network),
		Mounts:      mounts,
		Tmpfs:       tmpfs,
		Privileged:  d.Privileged,
		// Never AutoRemove: Wait needs the exit code and the log, and Stop
		// removes the container itself.
		AutoRemove: false,
		Resources: container.Resources{
			NanoCPUs: int64(d.CPUs * 1e9),
			Memory:   int64(d.MemoryMB) << 20,
		},
	}
	if d.PidsLimit > 0 {
		limit := int64(d.PidsLimit)
		hc.PidsLimit = &limit
	}
	if !d.Privileged && !d.AllowPrivilegeEscalation {
		hc.SecurityOpt = []string{"no-new-privileges:true"}
	}

	return spec{
		config: &container.Config{
			Image:  d.Image,
			Cmd:    strings.Fields(d.RunnerCmd),
			Env:    env,
			Labels: labels,
			User:   d.User,
		},
		host: hc,
	}, nil
}
