package docker

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"

	"github.com/outrunner/outrunner/backends"
)

// List returns the provisioner's containers, stopped and half-created ones
// included, found by their ownership labels. Containers kept by keep_failed
// are not listed (see ListKept).
func (p *Provisioner) List(ctx context.Context) ([]backends.Environment, error) {
	all, err := p.listOwned(ctx)
	if err != nil {
		return nil, err
	}
	var envs []backends.Environment
	for _, c := range all {
		if !c.kept {
			envs = append(envs, c.env)
		}
	}
	return envs, nil
}

// ListKept returns the containers kept by keep_failed, with Name set to
// the kept container's name (pass it to Stop to remove the container).
func (p *Provisioner) ListKept(ctx context.Context) ([]backends.Environment, error) {
	all, err := p.listOwned(ctx)
	if err != nil {
		return nil, err
	}
	var envs []backends.Environment
	for _, c := range all {
		if c.kept {
			envs = append(envs, c.env)
		}
	}
	return envs, nil
}

// ownedContainer is one container found by listOwned.
type ownedContainer struct {
	env  backends.Environment
	kept bool
}

// listOwned lists every container with this provisioner's ownership labels.
func (p *Provisioner) listOwned(ctx context.Context) ([]ownedContainer, error) {
	cli, ep, err := p.api()
	if err != nil {
		return nil, err
	}
	args := filters.NewArgs(
		filters.Arg("label", backends.LabelManaged+"=true"),
		filters.Arg("label", backends.LabelDaemon+"="+p.owner.DaemonID),
	)
	if p.owner.ScaleSet != "" {
		args.Add("label", backends.LabelScaleSet+"="+p.owner.ScaleSet)
	}
	list, err := cli.ContainerList(ctx, container.ListOptions{All: true, Filters: args})
	if err != nil {
		return nil, fmt.Errorf("docker: list containers: %w", p.engineErr(ep, err))
	}
	out := make([]ownedContainer, 0, len(list))
	for _, c := range list {
		if !p.owns(c.Labels) || len(c.Names) == 0 {
			continue
		}
		cname := strings.TrimPrefix(c.Names[0], "/")
		kept := isKept(cname, c.Labels)
		name := c.Labels[backends.LabelName]
		if kept {
			name = cname
		}
		out = append(out, ownedContainer{kept: kept, env: backends.Environment{
			Name:      name,
			DaemonID:  c.Labels[backends.LabelDaemon],
			ScaleSet:  c.Labels[backends.LabelScaleSet],
			Warm:      c.Labels[backends.LabelWarm] == "true",
			State:     envState(c.State),
			CreatedAt: time.Unix(c.Created, 0),
		}})
	}
	return out, nil
}

// envState maps an engine container state to an environment state.
func envState(s container.ContainerState) backends.EnvState {
	switch s {
	case container.StateRunning, container.StateRestarting, container.StatePaused:
		return backends.EnvRunning
	case container.StateCreated:
		return backends.EnvPartial
	default: // exited, dead, removing
		return backends.EnvExited
	}
}
