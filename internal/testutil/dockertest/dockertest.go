// Package dockertest holds what the Docker integration tests of several
// packages share: the test engine named by OUTRUNNER_TEST_DOCKER_HOST
// (tests skip without it, or fail when OUTRUNNER_REQUIRE_INTEGRATION=1),
// the simrunner image, a private engine that a test may stop and start,
// and a look at the containers a daemon left on an engine.
//
// It is imported by tests only.
package dockertest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/client"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/docker"
	"github.com/outrunner/outrunner/internal/testutil/dockertest/engine"
)

// Environment variables the integration tests read.
const (
	// EnvHost names the test engine (scripts/testenv-docker.sh up writes it).
	EnvHost = "OUTRUNNER_TEST_DOCKER_HOST"
	// EnvRequire set to 1 turns a missing engine into a failure.
	EnvRequire = "OUTRUNNER_REQUIRE_INTEGRATION"
)

// SimRunnerImage is the image that runs cmd/simrunner: its entrypoint is
// /simrunner, so a container's runner_cmd arrives as simrunner's arguments.
const SimRunnerImage = "outrunner-test/simrunner:latest"

// SimRunnerCmd is a runner_cmd for SimRunnerImage.
const SimRunnerCmd = "--verbose"

var (
	buildOnce sync.Once
	buildDir  string
	buildPath string
	buildErr  error

	importedMu sync.Mutex
	imported   = map[string]bool{}
)

// SkipOrFail skips the test, or fails it when integration tests are
// required.
func SkipOrFail(t testing.TB, format string, args ...any) {
	t.Helper()
	engine.SkipOrFail(t, format, args...)
}

// Host returns the test engine's host after checking that it answers and
// importing SimRunnerImage into it.
func Host(t testing.TB) string {
	t.Helper()
	host := os.Getenv(EnvHost)
	if host == "" {
		SkipOrFail(t, "docker integration test: %s is not set (run scripts/testenv-docker.sh up and source its env file)", EnvHost)
	}
	cli := Client(t, host)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := cli.Ping(ctx); err != nil {
		SkipOrFail(t, "docker integration test: test engine %s does not answer: %v", host, err)
	}
	ImportSimRunner(t, host)
	return host
}

// Client returns an engine client that is closed when the test ends.
func Client(t testing.TB, host string) *client.Client {
	t.Helper()
	return engine.Client(t, host)
}

// SimRunnerBinary builds cmd/simrunner as a static binary, once per test
// process, and returns its path. Call Cleanup from TestMain to remove it.
func SimRunnerBinary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		buildDir, buildErr = os.MkdirTemp("", "outrunner-simrunner-")
		if buildErr != nil {
			return
		}
		buildPath = filepath.Join(buildDir, "simrunner")
		cmd := exec.Command("go", "build", "-trimpath", "-o", buildPath, "github.com/outrunner/outrunner/cmd/simrunner")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("build simrunner: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return buildPath
}

// Cleanup removes the binary SimRunnerBinary built.
func Cleanup() {
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
}

// ImportSimRunner imports SimRunnerImage into the engine at host, once per
// engine and test process.
func ImportSimRunner(t testing.TB, host string) {
	t.Helper()
	bin := SimRunnerBinary(t)
	importedMu.Lock()
	defer importedMu.Unlock()
	if imported[host] {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := docker.ImportBinaryImage(ctx, host, bin, SimRunnerImage); err != nil {
		t.Fatalf("import the simrunner image into %s: %v", host, err)
	}
	imported[host] = true
}

// Containers lists every container (running or not) labelled with the
// daemon ID.
func Containers(ctx context.Context, cli *client.Client, daemonID string) ([]container.Summary, error) {
	return cli.ContainerList(ctx, container.ListOptions{All: true,
		Filters: filters.NewArgs(filters.Arg("label", backends.LabelDaemon+"="+daemonID))})
}

// RemoveContainers force-removes every container labelled with the daemon
// ID when the test ends, so that a failed test leaves nothing behind.
func RemoveContainers(t testing.TB, cli *client.Client, daemonID string) {
	t.Helper()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		list, err := Containers(ctx, cli, daemonID)
		if err != nil {
			t.Logf("cleanup: list containers of %s: %v", daemonID, err)
			return
		}
		for _, c := range list {
			err := cli.ContainerRemove(ctx, c.ID, container.RemoveOptions{Force: true, RemoveVolumes: true})
			if err != nil && !cerrdefs.IsNotFound(err) {
				t.Errorf("cleanup: remove container %s: %v", c.ID, err)
			}
		}
	})
}
