// Package docker is outrunner's Docker backend: it runs every runner in its
// own container, started from the scale set's image with the JIT config in
// the container environment, and removes the container when the runner is
// done.
//
// Containers carry the ownership labels of backends.Ownership; List finds
// them by those labels only. The engine is reached over unix://, tcp:// or
// ssh:// (see ResolveHost); the connection is made lazily and survives
// engine restarts, so New never fails because the engine is down.
package docker

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/client"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

// DefaultStopGrace is how long Stop waits after SIGTERM before it kills.
const DefaultStopGrace = 10 * time.Second

// cleanupTimeout bounds removing a container after a failed Start when the
// caller's context has already ended.
const cleanupTimeout = 30 * time.Second

// Interface checks.
var (
	_ backends.Provisioner   = (*Provisioner)(nil)
	_ backends.Lister        = (*Provisioner)(nil)
	_ backends.Waiter        = (*Provisioner)(nil)
	_ backends.HealthChecker = (*Provisioner)(nil)
)

// Options configures a Provisioner.
type Options struct {
	// Owner labels every container; List returns the containers that carry
	// it (every scale set of the daemon when Owner.ScaleSet is empty).
	// Owner.DaemonID is required.
	Owner backends.Ownership
	// Config is the scale set's docker block. New reads only its engine
	// setting (Host); container settings are read from every request's
	// Runner.Docker, so a changed image applies to the next runner. Nil
	// means the default engine resolution.
	Config *config.DockerImage
	// StopGrace is how long Stop waits between SIGTERM and SIGKILL.
	// Zero means DefaultStopGrace.
	StopGrace time.Duration
	// Logger receives the backend's logs; nil discards them.
	Logger *slog.Logger
}

// Provisioner runs runners in Docker containers. It is safe for concurrent
// use by many runners.
type Provisioner struct {
	owner     backends.Ownership
	stopGrace time.Duration
	log       *slog.Logger
	env       resolveEnv

	mu      sync.Mutex
	ep      Endpoint
	cli     *client.Client
	reprobe bool // re-resolve a probed socket before the next call
	closed  bool

	pulls puller

	// logged holds runners whose failure log tail was already logged by
	// Wait, so that Stop does not log it again.
	loggedMu sync.Mutex
	logged   map[string]bool
}

// New validates opts and returns a Provisioner. It does not contact the
// engine; it fails only on invalid settings.
func New(opts Options) (*Provisioner, error) {
	return newProvisioner(opts, osResolveEnv)
}

func newProvisioner(opts Options, env resolveEnv) (*Provisioner, error) {
	if opts.Owner.DaemonID == "" {
		return nil, errors.New("docker: Options.Owner.DaemonID is required")
	}
	if opts.StopGrace < 0 {
		return nil, errors.New("docker: Options.StopGrace must not be negative")
	}
	var host string
	if opts.Config != nil {
		host = opts.Config.Host
	}
	ep, err := resolveHost(host, env)
	if err != nil {
		return nil, fmt.Errorf("docker: %w", err)
	}
	cli, err := newClient(ep)
	if err != nil {
		return nil, fmt.Errorf("docker: %w", err)
	}
	p := &Provisioner{
		owner:     opts.Owner,
		stopGrace: opts.StopGrace,
		log:       opts.Logger,
		env:       env,
		ep:        ep,
		cli:       cli,
		logged:    make(map[string]bool),
	}
	if p.stopGrace == 0 {
		p.stopGrace = DefaultStopGrace
	}
	if p.log == nil {
		p.log = slog.New(slog.DiscardHandler)
	}
	p.log = p.log.With("backend", "docker")
	p.log.Debug("docker engine resolved", "engine", ep.String())
	return p, nil
}

// Endpoint returns the engine endpoint in use.
func (p *Provisioner) Endpoint() Endpoint {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.ep
}

// api returns the client to use. After the engine was unreachable at a
// socket found by probing, the probe runs again, so that an engine that
// came up at another well-known socket is found.
func (p *Provisioner) api() (*client.Client, Endpoint, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, p.ep, errors.New("docker: provisioner is closed")
	}
	if p.reprobe && (p.ep.Source == SourceSocket || p.ep.Source == SourceDefault) {
		p.reprobe = false
		if ep, err := resolveHost("", p.env); err == nil && ep.Host != p.ep.Host {
			if cli, err := newClient(ep); err == nil {
				p.log.Info("docker engine socket changed", "from", p.ep.Host, "to", ep.Host)
				_ = p.cli.Close()
				p.ep, p.cli = ep, cli
			}
		}
	}
	return p.cli, p.ep, nil
}

// engineErr turns a transport error into an EngineUnreachableError naming
// the engine; other errors pass unchanged.
func (p *Provisioner) engineErr(ep Endpoint, err error) error {
	if !isUnreachable(err) {
		return err
	}
	p.mu.Lock()
	p.reprobe = true
	p.mu.Unlock()
	return &EngineUnreachableError{Host: ep.Host, Err: err}
}

// Ping checks that the engine answers.
func (p *Provisioner) Ping(ctx context.Context) error {
	cli, ep, err := p.api()
	if err != nil {
		return err
	}
	_, err = cli.Ping(ctx)
	switch {
	case err == nil:
		return nil
	case isContextErr(err):
		// No answer within the caller's deadline.
		return &EngineUnreachableError{Host: ep.Host, Err: err}
	case isUnreachable(err):
		return p.engineErr(ep, err)
	default:
		return fmt.Errorf("docker engine at %s: %w", ep.Host, err)
	}
}

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
	name, d := req.Name, req.Runner.Docker
	sp, err := buildSpec(p.owner, name, req.JITConfig, d)
	if err != nil {
		return backends.Permanent(fmt.Errorf("docker: start runner %s: %w", name, err))
	}
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
		p.log.Warn("engine warning on container create", "runner", name, "warning", w)
	}

	if err := cli.ContainerStart(ctx, created.ID, container.StartOptions{}); err != nil {
		startErr := fmt.Errorf("start container: %w", err)
		if isPermanentStartError(err) {
			startErr = backends.Permanent(startErr)
		}
		p.removeAfterFailedStart(ctx, cli, name, created.ID)
		return fail(startErr)
	}
	p.log.Info("runner container started", "runner", name, "image", d.Image,
		"container", shortID(created.ID), "duration", time.Since(begin).Round(time.Millisecond))
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
	p.log.Warn("replacing a container left by an earlier attempt", "runner", name, "container", shortID(info.ID))
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
		p.log.Warn("cannot remove container after failed start; Stop will retry", "runner", name,
			"container", shortID(id), "error", err)
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

// owns reports whether labels carry this provisioner's ownership.
func (p *Provisioner) owns(labels map[string]string) bool {
	return labels[backends.LabelManaged] == "true" &&
		p.owner.Owns(labels[backends.LabelDaemon], labels[backends.LabelScaleSet])
}

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
			p.log.Warn("graceful stop failed; killing", "runner", name, "error", p.engineErr(ep, err))
		}
	}
	// Force removal kills whatever still runs.
	err = cli.ContainerRemove(ctx, info.ID, container.RemoveOptions{Force: true, RemoveVolumes: true})
	if err != nil && !cerrdefs.IsNotFound(err) && !isRemovalInProgress(err) {
		return fail(fmt.Errorf("remove container: %w", err))
	}
	p.forgetLogged(name)
	p.log.Info("runner container removed", "runner", name, "container", shortID(info.ID))
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
	p.log.Warn("kept failed runner container for inspection (keep_failed); remove it with Stop or docker rm",
		"runner", name, "container", keptName)
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
		p.log.Debug("waiting for runner container: engine unreachable; retrying", "runner", name, "error", err)
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
		p.log.Debug("cannot read runner container log", "runner", name, "error", err)
	}
	p.loggedMu.Lock()
	already := p.logged[name]
	p.logged[name] = true
	p.loggedMu.Unlock()
	if !already {
		st := exitStatus(info.State)
		p.log.Warn("runner container failed", "runner", name, "code", st.Code, "reason", st.Reason, "log_tail", tail)
	}
	return tail
}

// forgetLogged drops the record that a runner's failure was logged.
func (p *Provisioner) forgetLogged(name string) {
	p.loggedMu.Lock()
	delete(p.logged, name)
	p.loggedMu.Unlock()
}

// Close releases the engine client. Containers are left running.
func (p *Provisioner) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil
	}
	p.closed = true
	return p.cli.Close()
}

// shortID returns the first 12 characters of a container ID.
func shortID(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}
