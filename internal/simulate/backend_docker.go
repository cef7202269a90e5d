package simulate

import (
	"context"
	"debug/elf"
	"errors"
	"fmt"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/docker"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghsim"
)

// DockerImage is the image simulate --backend docker builds from the
// simrunner binary and runs every simulated runner in. It is kept on the
// engine after the run; the next run reuses it when the binary is unchanged.
const DockerImage = "outrunner-simulate/simrunner:latest"

// dockerRunnerCmd is the runner_cmd of the simulated runners: the image's
// entrypoint is the simrunner binary, so these are its arguments.
const dockerRunnerCmd = "--verbose"

// Bounds of the engine calls made while preparing the run.
const (
	dockerPingTimeout   = 10 * time.Second
	dockerImportTimeout = 2 * time.Minute
)

func init() {
	backendSetups[config.BackendDocker] = newDockerSetup
}

// dockerSetup runs the simulated runners in containers on a real Docker
// engine, found like the docker backend finds it (DOCKER_HOST, the docker
// CLI context, well-known sockets). The containers use the host's network
// so that they reach the simulator on the loopback interface.
type dockerSetup struct{}

func newDockerSetup(ctx context.Context, o *Options, _ *ghsim.Server) (backendSetup, error) {
	if o.BackendImage != "" {
		return nil, errors.New("--image is not used with --backend docker: the runner image is built from the simrunner binary (--simrunner)")
	}
	if o.StartFailureRate != 0 {
		return nil, errors.New("--start-failure-rate only applies to --backend sim")
	}
	// A provisioner only to reach the engine exactly as the daemon's will.
	p, err := docker.New(docker.Options{Owner: backends.Ownership{DaemonID: "simulate"}})
	if err != nil {
		return nil, err
	}
	defer p.Close()
	ep := p.Endpoint()
	pctx, cancel := context.WithTimeout(ctx, dockerPingTimeout)
	err = p.Ping(pctx)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("%w\n--backend docker needs a running Docker engine; this one was %s. Start it, or point DOCKER_HOST or a docker context at another", err, engineOrigin(ep))
	}
	bin, err := findSimRunner(o)
	if err != nil {
		return nil, err
	}
	if err := checkStatic(bin); err != nil {
		return nil, err
	}
	ictx, cancel := context.WithTimeout(ctx, dockerImportTimeout)
	defer cancel()
	if err := docker.ImportBinaryImage(ictx, "", bin, DockerImage); err != nil {
		return nil, fmt.Errorf("building the runner image %s from %s on %s: %w", DockerImage, bin, ep.Host, err)
	}
	return dockerSetup{}, nil
}

// engineOrigin says where the engine endpoint came from.
func engineOrigin(ep docker.Endpoint) string {
	switch ep.Source {
	case docker.SourceDockerHost:
		return "named by DOCKER_HOST"
	case docker.SourceContext:
		return fmt.Sprintf("named by the docker context %q", ep.Context)
	case docker.SourceSocket:
		return "found at a well-known socket"
	default:
		return "the default, as no DOCKER_HOST, docker context or well-known socket was found"
	}
}

// checkStatic makes sure that bin runs in an image that holds nothing
// else: a dynamically linked executable would fail to start in every
// container.
func checkStatic(bin string) error {
	f, err := elf.Open(bin)
	if err != nil {
		return fmt.Errorf("simrunner %s: not a Linux executable: %w", bin, err)
	}
	defer f.Close()
	for _, prog := range f.Progs {
		if prog.Type == elf.PT_INTERP {
			return fmt.Errorf("simrunner %s is dynamically linked; build it with CGO_ENABLED=0 (make build does)", bin)
		}
	}
	return nil
}

func (dockerSetup) block() string {
	return fmt.Sprintf("    docker: {image: %q, runner_cmd: %q, warm_cmd: --hold, network: host, pull_policy: never}\n", DockerImage, dockerRunnerCmd)
}

func (dockerSetup) close() {}
