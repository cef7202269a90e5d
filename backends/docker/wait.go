package docker

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/client"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/logkey"
)

// waitRetryMax caps the pause between attempts while Wait cannot reach the
// engine.
const waitRetryMax = 5 * time.Second

// Wait blocks until the runner's container is no longer running and
// reports its exit code; a failed runner's log tail (scrubbed of the JIT
// config) is included and logged. It returns an error wrapping
// backends.ErrNotFound when the container does not exist, and ctx's error
// when ctx ends. While the engine is unreachable, Wait keeps trying: after
// an engine restart it reports the container's exit.
func (p *Provisioner) Wait(ctx context.Context, name string) (backends.ExitStatus, error) {
	backoff := 100 * time.Millisecond
	for {
		st, err := p.waitOnce(ctx, name)
		switch {
		case err == nil:
			return st, nil
		case ctx.Err() != nil:
			return backends.ExitStatus{}, ctx.Err()
		case !errors.Is(err, ErrEngineUnreachable):
			return backends.ExitStatus{}, err
		}
		p.log.Debug("waiting for runner container: engine unreachable; retrying", logkey.Runner, name, logkey.Error, err)
		select {
		case <-ctx.Done():
			return backends.ExitStatus{}, ctx.Err()
		case <-time.After(backoff):
		}
		backoff = min(backoff*2, waitRetryMax)
	}
}

// waitOnce waits for the container with one engine connection.
func (p *Provisioner) waitOnce(ctx context.Context, name string) (backends.ExitStatus, error) {
	cli, ep, err := p.api()
	if err != nil {
		return backends.ExitStatus{}, err
	}
	notFound := func() (backends.ExitStatus, error) {
		return backends.ExitStatus{}, fmt.Errorf("docker: wait for runner %s: container %w", name, backends.ErrNotFound)
	}
	info, err := cli.ContainerInspect(ctx, name)
	if cerrdefs.IsNotFound(err) {
		return notFound()
	}
	if err != nil {
		return backends.ExitStatus{}, fmt.Errorf("docker: wait for runner %s: %w", name, p.engineErr(ep, err))
	}
	if info.Config != nil && info.Config.Labels[backends.LabelWarm] == "true" && info.State != nil && info.State.Running {
		if id := p.runnerExec(name, info); id != "" {
			// A bound warm container: its runner is a docker exec.
			return p.waitExec(ctx, name, id)
		}
	}
	if info.State != nil && info.State.Status == container.StateCreated {
		return backends.ExitStatus{Code: -1, Reason: "container was created but never started"}, nil
	}
	resC, errC := cli.ContainerWait(ctx, info.ID, container.WaitConditionNotRunning)
	select {
	case <-resC:
	case err := <-errC:
		if cerrdefs.IsNotFound(err) {
			return notFound()
		}
		if errors.Is(err, io.EOF) {
			// The engine closed the connection without an answer: it is
			// going away.
			err = &EngineUnreachableError{Host: ep.Host, Err: err}
		}
		return backends.ExitStatus{}, fmt.Errorf("docker: wait for runner %s: %w", name, p.engineErr(ep, err))
	}
	// Inspect again for the final state (OOM kill, exact exit code).
	info, err = cli.ContainerInspect(ctx, info.ID)
	if cerrdefs.IsNotFound(err) {
		return notFound()
	}
	if err != nil {
		return backends.ExitStatus{}, fmt.Errorf("docker: wait for runner %s: %w", name, p.engineErr(ep, err))
	}
	st := exitStatus(info.State)
	if failed(info.State) {
		st.LogTail = p.logFailure(ctx, cli, name, info)
	}
	return st, nil
}

// exitStatus describes a stopped container's end.
func exitStatus(s *container.State) backends.ExitStatus {
	if s == nil {
		return backends.ExitStatus{Code: -1, Reason: "unknown"}
	}
	st := backends.ExitStatus{Code: s.ExitCode}
	switch {
	case s.OOMKilled:
		st.Reason = "killed: out of memory"
	case s.ExitCode == 0:
		st.Reason = "exited"
	case s.ExitCode == 137:
		st.Reason = "killed (SIGKILL)"
	case s.ExitCode == 143:
		st.Reason = "terminated (SIGTERM)"
	case s.ExitCode > 128 && s.ExitCode < 160:
		st.Reason = "killed by signal " + strconv.Itoa(s.ExitCode-128)
	default:
		st.Reason = "exited with code " + strconv.Itoa(s.ExitCode)
	}
	if s.Error != "" {
		st.Reason += ": " + s.Error
	}
	return st
}

// logFailure fetches, scrubs and logs (once per runner) the log tail of a
// failed container, and returns the tail.
func (p *Provisioner) logFailure(ctx context.Context, cli *client.Client, name string, info container.InspectResponse) string {
	secret := ""
	if info.Config != nil {
		for _, e := range info.Config.Env {
			if v, ok := strings.CutPrefix(e, JITConfigEnv+"="); ok {
				secret = v
			}
		}
	}
	tail, err := logTail(ctx, cli, info.ID, secret)
	if err != nil {
		p.log.Debug("cannot read runner container log", logkey.Runner, name, logkey.Error, err)
	}
	p.loggedMu.Lock()
	already := p.logged[name]
	p.logged[name] = true
	p.loggedMu.Unlock()
	if !already {
		st := exitStatus(info.State)
		p.log.Warn("runner container failed", logkey.Runner, name, logkey.Code, st.Code, logkey.Reason, st.Reason, logkey.LogTail, tail)
	}
	return tail
}

// forgetLogged drops the record that a runner's failure was logged.
func (p *Provisioner) forgetLogged(name string) {
	p.loggedMu.Lock()
	delete(p.logged, name)
	p.loggedMu.Unlock()
}
