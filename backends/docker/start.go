package docker

import (
	"context"
	"fmt"
	"strings"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/client"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/logkey"
)

// Start creates and starts the runner's container and returns once the
// runner process runs. The JIT config is passed in the container
// environment as ACTIONS_RUNNER_INPUT_JITCONFIG; the command is runner_cmd
// alone. A container left by an earlier attempt with the same name and
// ownership is replaced. On failure nothing is left behind. Invalid
// settings, a missing image with pull policy never and a reference the
// registry does not have are permanent errors.
func (p *Provisioner) Start(ctx context.Context, req *backends.RunnerRequest) error {
	if req == nil || req.Runner == nil || req.Runner.Docker == nil {
		return backends.Permanentf("docker: start runner: request has no docker settings")
	}
	sp, err := buildSpec(p.owner, req.Name, req.JITConfig, req.Runner.Docker)
	if err != nil {
		return backends.Permanent(fmt.Errorf("docker: start runner %s: %w", req.Name, err))
	}
	return p.create(ctx, req.Name, req.Runner.Docker, sp)
}

// create pulls the image if needed, then creates and starts the container
// of sp, replacing one left by an earlier attempt.
func (p *Provisioner) create(ctx context.Context, name string, d *config.DockerImage, sp spec) error {
	cli, ep, err := p.api()
	if err != nil {
		return err
	}
	fail := func(err error) error {
		err = p.engineErr(ep, err)
		if backends.IsPermanent(err) {
			return backends.Permanent(fmt.Errorf("docker: start runner %s: %w", name, err))
		}
		return fmt.Errorf("docker: start runner %s: %w", name, err)
	}
	begin := time.Now()
	if err := p.ensureImage(ctx, cli, d.Image, d.PullPolicy); err != nil {
		return fail(err)
	}

	created, err := cli.ContainerCreate(ctx, sp.config, sp.host, nil, nil, name)
	if cerrdefs.IsConflict(err) {
		// A container of that name exists: replace it if it is ours (an
		// earlier attempt of this runner), refuse otherwise.
		if rerr := p.replaceStale(ctx, cli, name); rerr != nil {
			return fail(rerr)
		}
		created, err = cli.ContainerCreate(ctx, sp.config, sp.host, nil, nil, name)
	}
	if err != nil {
		err = fmt.Errorf("create container: %w", err)
		if cerrdefs.IsInvalidArgument(err) || (cerrdefs.IsNotFound(err) && d.PullPolicy == PullNever) {
			err = backends.Permanent(err)
		}
		return fail(err)
	}
	for _, w := range created.Warnings {
		p.log.Warn("engine warning on container create", logkey.Runner, name, logkey.Warning, w)
	}

	if err := cli.ContainerStart(ctx, created.ID, container.StartOptions{}); err != nil {
		startErr := fmt.Errorf("start container: %w", err)
		if isPermanentStartError(err) {
			startErr = backends.Permanent(startErr)
		}
		p.removeAfterFailedStart(ctx, cli, name, created.ID)
		return fail(startErr)
	}
	p.log.Debug("runner container started", logkey.Runner, name, logkey.Image, d.Image,
		logkey.Container, shortID(created.ID), logkey.Duration, time.Since(begin).Round(time.Millisecond))
	return nil
}

// replaceStale removes an existing container named name when it carries
// this provisioner's ownership.
func (p *Provisioner) replaceStale(ctx context.Context, cli *client.Client, name string) error {
	info, err := cli.ContainerInspect(ctx, name)
	if cerrdefs.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("inspect existing container: %w", err)
	}
	if !p.owns(info.Config.Labels) {
		return backends.Permanentf("a container named %s exists and is not owned by this outrunner (daemon %s, scale set %s)",
			name, p.owner.DaemonID, p.owner.ScaleSet)
	}
	p.log.Warn("replacing a container left by an earlier attempt", logkey.Runner, name, logkey.Container, shortID(info.ID))
	if err := cli.ContainerRemove(ctx, info.ID, container.RemoveOptions{Force: true, RemoveVolumes: true}); err != nil && !cerrdefs.IsNotFound(err) {
		return fmt.Errorf("remove earlier container: %w", err)
	}
	return nil
}

// removeAfterFailedStart removes a container whose start failed, even when
// ctx has ended (bounded by cleanupTimeout).
func (p *Provisioner) removeAfterFailedStart(ctx context.Context, cli *client.Client, name, id string) {
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cleanupTimeout)
	defer cancel()
	err := cli.ContainerRemove(rctx, id, container.RemoveOptions{Force: true, RemoveVolumes: true})
	if err != nil && !cerrdefs.IsNotFound(err) {
		p.log.Warn("cannot remove container after failed start; stop will retry", logkey.Runner, name,
			logkey.Container, shortID(id), logkey.Error, err)
	}
}

// isPermanentStartError reports a start failure that the same settings
// will always hit: a runner_cmd that does not exist in the image, a
// missing network, a user the image does not have, an invalid setting.
func isPermanentStartError(err error) bool {
	if isUnreachable(err) || isContextErr(err) {
		return false
	}
	if cerrdefs.IsInvalidArgument(err) || cerrdefs.IsNotFound(err) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "executable file not found") ||
		strings.Contains(msg, "no such file or directory") ||
		strings.Contains(msg, "unable to find user") ||
		strings.Contains(msg, "permission denied")
}
