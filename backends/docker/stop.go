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
	"github.com/outrunner/outrunner/internal/logkey"
)

// Stop removes the runner's container: SIGTERM, up to StopGrace (less
// when ctx ends sooner) for the runner to exit, SIGKILL, then removal
// with its anonymous volumes. A container that is gone already is success.
//
// keep_failed: when the container was started with keep_failed and had
// already exited with a non-zero code (or was OOM-killed) before Stop, Stop
// renames it to "<name>-failed" (plus "-<id>" if that name is taken) and
// leaves it in place. A kept container is no longer the runner's: List no
// longer reports it, ListKept does, and Stop called with the kept name
// removes it.
func (p *Provisioner) Stop(ctx context.Context, name string) error {
	p.forgetExec(name)
	cli, ep, err := p.api()
	if err != nil {
		return err
	}
	fail := func(err error) error {
		return fmt.Errorf("docker: stop runner %s: %w", name, p.engineErr(ep, err))
	}
	info, err := cli.ContainerInspect(ctx, name)
	if cerrdefs.IsNotFound(err) {
		p.forgetLogged(name)
		return nil
	}
	if err != nil {
		return fail(err)
	}
	if !p.owns(info.Config.Labels) {
		return backends.Permanent(fail(fmt.Errorf("container %s is not owned by this outrunner (daemon %s, scale set %s); leaving it alone",
			name, p.owner.DaemonID, p.owner.ScaleSet)))
	}
	kept := isKept(info.Name, info.Config.Labels)
	state := info.State
	if !kept && state != nil && !state.Running && failed(state) {
		p.logFailure(ctx, cli, name, info)
		if info.Config.Labels[LabelKeepFailed] == "true" {
			return p.keep(ctx, cli, name, info.ID, fail)
		}
	}

	if state != nil && (state.Running || state.Paused || state.Restarting) {
		grace := p.stopGrace
		if dl, ok := ctx.Deadline(); ok {
			// Leave a third of the remaining time for kill and removal.
			grace = min(grace, time.Until(dl)*2/3)
		}
		secs := max(int(grace/time.Second), 0)
		if err := cli.ContainerStop(ctx, info.ID, container.StopOptions{Timeout: &secs}); err != nil && !cerrdefs.IsNotFound(err) {
			p.log.Warn("graceful stop failed; killing", logkey.Runner, name, logkey.Error, p.engineErr(ep, err))
		}
	}
	// Force removal kills whatever still runs.
	err = cli.ContainerRemove(ctx, info.ID, container.RemoveOptions{Force: true, RemoveVolumes: true})
	if err != nil && !cerrdefs.IsNotFound(err) && !isRemovalInProgress(err) {
		return fail(fmt.Errorf("remove container: %w", err))
	}
	p.forgetLogged(name)
	p.log.Debug("runner container removed", logkey.Runner, name, logkey.Container, shortID(info.ID))
	return nil
}

// keep renames a failed container out of the runner's name.
func (p *Provisioner) keep(ctx context.Context, cli *client.Client, name, id string, fail func(error) error) error {
	keptName := name + "-failed"
	err := cli.ContainerRename(ctx, id, keptName)
	if cerrdefs.IsConflict(err) {
		keptName = name + "-failed-" + shortID(id)
		err = cli.ContainerRename(ctx, id, keptName)
	}
	if err != nil {
		return fail(fmt.Errorf("keep failed container: rename to %s: %w", keptName, err))
	}
	p.forgetLogged(name)
	p.log.Warn("kept failed runner container for inspection (keep_failed); remove it with stop or docker rm",
		logkey.Runner, name, logkey.Container, keptName)
	return nil
}

// isRemovalInProgress reports the engine's answer to a second concurrent
// removal of the same container.
func isRemovalInProgress(err error) bool {
	return cerrdefs.IsConflict(err) && strings.Contains(err.Error(), "already in progress")
}

// failed reports whether a stopped container's runner failed.
func failed(s *container.State) bool {
	return s.OOMKilled || (s.Status == container.StateExited || s.Status == container.StateDead) && s.ExitCode != 0
}

// isKept reports whether a container was kept by keep_failed: its name is
// no longer its runner's name.
func isKept(containerName string, labels map[string]string) bool {
	return strings.TrimPrefix(containerName, "/") != labels[backends.LabelName]
}
