package docker

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/container"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/logkey"
)

var _ backends.Binder = (*Provisioner)(nil)

// execPollInterval is how often Wait looks at a bound container's runner
// process.
const execPollInterval = 200 * time.Millisecond

// Prepare creates and starts a warm container: the runner's image and
// settings, running warm_cmd instead of the runner, with no JIT config,
// labelled backends.LabelWarm. Bind starts the runner in it later.
func (p *Provisioner) Prepare(ctx context.Context, name string, rc *config.RunnerConfig) error {
	if rc == nil || rc.Docker == nil {
		return backends.Permanentf("docker: prepare %s: no docker settings", name)
	}
	sp, err := buildSpec(p.owner, name, "", rc.Docker)
	if err != nil {
		return backends.Permanent(fmt.Errorf("docker: prepare %s: %w", name, err))
	}
	warmCmd := rc.Docker.WarmCmd
	if warmCmd == "" {
		warmCmd = config.DefaultDockerWarmCmd
	}
	sp.config.Cmd = strings.Fields(warmCmd)
	sp.config.Env = slices.DeleteFunc(sp.config.Env, func(e string) bool { return strings.HasPrefix(e, JITConfigEnv+"=") })
	sp.config.Labels[backends.LabelWarm] = "true"
	return p.create(ctx, name, rc.Docker, sp)
}

// Bind starts the runner inside a warm container with docker exec: the
// image's entrypoint and runner_cmd, the JIT config in the process's
// environment (never on a command line). A container is bound once.
func (p *Provisioner) Bind(ctx context.Context, req *backends.RunnerRequest) error {
	if req == nil || req.Runner == nil || req.Runner.Docker == nil {
		return backends.Permanentf("docker: bind: request has no docker settings")
	}
	name, d := req.Name, req.Runner.Docker
	cli, ep, err := p.api()
	if err != nil {
		return err
	}
	fail := func(err error) error { return fmt.Errorf("docker: bind %s: %w", name, p.engineErr(ep, err)) }
	p.execsMu.Lock()
	_, bound := p.execs[name]
	p.execsMu.Unlock()
	info, err := cli.ContainerInspect(ctx, name)
	switch {
	case cerrdefs.IsNotFound(err):
		return fmt.Errorf("docker: bind %s: container %w", name, backends.ErrNotFound)
	case err != nil:
		return fail(err)
	case info.Config == nil || !p.owns(info.Config.Labels) || info.Config.Labels[backends.LabelWarm] != "true":
		return fmt.Errorf("docker: bind %s: not a warm container of this outrunner", name)
	case bound || len(info.ExecIDs) > 0:
		return fmt.Errorf("docker: bind %s: the container is bound already", name)
	case info.State == nil || !info.State.Running:
		return fmt.Errorf("docker: bind %s: the warm container is not running", name)
	}
	env := make([]string, 0, len(d.Env)+1)
	for _, k := range slices.Sorted(maps.Keys(d.Env)) {
		env = append(env, k+"="+d.Env[k])
	}
	env = append(env, JITConfigEnv+"="+req.JITConfig)
	cmd := append(slices.Clone([]string(info.Config.Entrypoint)), strings.Fields(d.RunnerCmd)...)
	created, err := cli.ContainerExecCreate(ctx, info.ID, container.ExecOptions{
		Cmd: cmd, Env: env, User: d.User, WorkingDir: info.Config.WorkingDir, Privileged: d.Privileged,
	})
	if err != nil {
		return fail(fmt.Errorf("create the runner process: %w", err))
	}
	if err := cli.ContainerExecStart(ctx, created.ID, container.ExecStartOptions{Detach: true}); err != nil {
		return fail(fmt.Errorf("start the runner process: %w", err))
	}
	p.execsMu.Lock()
	p.execs[name] = created.ID
	p.execsMu.Unlock()
	p.log.Debug("runner started in a warm container", logkey.Runner, name, logkey.Container, shortID(info.ID))
	return nil
}

// runnerExec returns the runner process of a bound warm container: the one
// Bind started, or after a restart the container's running exec.
func (p *Provisioner) runnerExec(name string, info container.InspectResponse) string {
	p.execsMu.Lock()
	id := p.execs[name]
	p.execsMu.Unlock()
	if id == "" && len(info.ExecIDs) > 0 {
		id = info.ExecIDs[0]
	}
	return id
}

// waitExec waits for a bound warm container's runner process to end.
func (p *Provisioner) waitExec(ctx context.Context, name, execID string) (backends.ExitStatus, error) {
	cli, ep, err := p.api()
	if err != nil {
		return backends.ExitStatus{}, err
	}
	t := time.NewTicker(execPollInterval)
	defer t.Stop()
	for {
		ins, err := cli.ContainerExecInspect(ctx, execID)
		switch {
		case cerrdefs.IsNotFound(err):
			return backends.ExitStatus{}, fmt.Errorf("docker: wait for runner %s: runner process %w", name, backends.ErrNotFound)
		case err != nil:
			return backends.ExitStatus{}, fmt.Errorf("docker: wait for runner %s: %w", name, p.engineErr(ep, err))
		case !ins.Running && ins.Pid != 0 || !ins.Running && ins.ExitCode != 0:
			st := exitStatus(&container.State{ExitCode: ins.ExitCode})
			return st, nil
		}
		select {
		case <-ctx.Done():
			return backends.ExitStatus{}, ctx.Err()
		case <-t.C:
		}
	}
}

// forgetExec drops a removed container's runner process.
func (p *Provisioner) forgetExec(name string) {
	p.execsMu.Lock()
	delete(p.execs, name)
	p.execsMu.Unlock()
}
