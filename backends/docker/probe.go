package docker

import (
	"context"
	"fmt"

	cerrdefs "github.com/containerd/errdefs"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

// Probe checks, read-only, that the engine answers and that the image is
// present, or can be pulled under the pull policy. It never pulls.
func (p *Provisioner) Probe(ctx context.Context, rc *config.RunnerConfig) []backends.ProbeResult {
	ep := p.Endpoint()
	if err := p.Ping(ctx); err != nil {
		return []backends.ProbeResult{backends.ProbeOf("docker engine", backends.ProbeFailed, err.Error())}
	}
	out := []backends.ProbeResult{backends.ProbeOf("docker engine", backends.ProbeOK, "answers at "+ep.String())}
	if rc == nil || rc.Docker == nil || rc.Docker.Image == "" {
		return out
	}
	ref, policy := rc.Docker.Image, rc.Docker.PullPolicy
	cli, _, err := p.api()
	if err != nil {
		return append(out, backends.ProbeOf("image", backends.ProbeFailed, err.Error()))
	}
	_, err = cli.ImageInspect(ctx, ref)
	switch {
	case err == nil:
		return append(out, backends.ProbeOf("image", backends.ProbeOK, ref+" is present"))
	case !cerrdefs.IsNotFound(err):
		return append(out, backends.ProbeOf("image", backends.ProbeFailed, fmt.Sprintf("inspect %s: %v", ref, err)))
	case policy == PullNever:
		return append(out, backends.ProbeOf("image", backends.ProbeFailed,
			ref+" is not present on the engine and pull_policy is never: load it (docker pull/load) or set pull_policy: missing"))
	default:
		return append(out, backends.ProbeOf("image", backends.ProbeWarning,
			fmt.Sprintf("%s is not present; it will be pulled when the first runner starts (pull_policy %s)", ref, policy)))
	}
}

var _ backends.Prober = (*Provisioner)(nil)
