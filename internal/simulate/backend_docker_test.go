package simulate

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/testutil/dockertest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	dockertest.Cleanup()
	os.Exit(code)
}

func TestDockerSetupErrors(t *testing.T) {
	notExecutable := filepath.Join(t.TempDir(), "simrunner")
	if err := os.WriteFile(notExecutable, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		host string
		opts Options
		want []string
	}{
		{
			name: "no engine",
			host: "unix://" + filepath.Join(t.TempDir(), "docker.sock"),
			want: []string{"docker engine at unix://", "is unreachable", "named by DOCKER_HOST", "needs a running Docker engine"},
		},
		{
			name: "start failures asked for",
			opts: Options{StartFailureRate: 0.1},
			want: []string{"--start-failure-rate only applies to --backend sim"},
		},
		{
			name: "image given",
			opts: Options{BackendImage: "ubuntu:24.04"},
			want: []string{"--image is not used with --backend docker"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("DOCKER_HOST", tc.host)
			o := tc.opts
			o.Backend, o.Jobs, o.ScaleSets, o.MaxRunners, o.SimRunner = config.BackendDocker, 1, 1, 1, notExecutable
			rep, err := Run(context.Background(), o)
			if err == nil || rep != nil {
				t.Fatalf("Run = %+v, %v; want an error", rep, err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestCheckStatic(t *testing.T) {
	text := filepath.Join(t.TempDir(), "script")
	if err := os.WriteFile(text, []byte("#!/bin/sh\necho hi\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := checkStatic(text); err == nil || !strings.Contains(err.Error(), "not a Linux executable") {
		t.Errorf("checkStatic(script) = %v", err)
	}
	// Debian's shell is dynamically linked; simrunner as make build makes
	// it is static.
	if err := checkStatic("/bin/sh"); err == nil || !strings.Contains(err.Error(), "dynamically linked") {
		t.Errorf("checkStatic(/bin/sh) = %v", err)
	}
	if err := checkStatic(dockertest.SimRunnerBinary(t)); err != nil {
		t.Errorf("checkStatic(simrunner) = %v", err)
	}
}

func TestIntegrationSimulateDocker(t *testing.T) {
	const jobs = 20
	host := dockertest.Host(t)
	bin := dockertest.SimRunnerBinary(t)
	t.Setenv("DOCKER_HOST", host)
	cli := dockertest.Client(t, host)
	// simulate's containers: ownership labels with a simulate-* daemon ID.
	ours := func() []container.Summary {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		list, err := cli.ContainerList(ctx, container.ListOptions{All: true,
			Filters: filters.NewArgs(filters.Arg("label", backends.LabelManaged+"=true"))})
		if err != nil {
			t.Fatal(err)
		}
		var out []container.Summary
		for _, c := range list {
			if strings.HasPrefix(c.Labels[backends.LabelDaemon], "simulate-") {
				out = append(out, c)
			}
		}
		return out
	}
	before := map[string]bool{}
	for _, c := range ours() {
		before[c.ID] = true
	}
	t.Cleanup(func() {
		for _, c := range ours() {
			if !before[c.ID] {
				_ = cli.ContainerRemove(context.Background(), c.ID, container.RemoveOptions{Force: true})
			}
		}
	})

	rep, err := Run(context.Background(), Options{
		Backend: config.BackendDocker, Jobs: jobs, Rate: 0, JobDuration: 100 * time.Millisecond,
		ScaleSets: 2, MaxRunners: 3, SimRunner: bin, Timeout: 5 * time.Minute,
	})
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Clean() || rep.Jobs.Completed != jobs || rep.Jobs.Succeeded != jobs || rep.Backend != config.BackendDocker {
		t.Fatalf("report = %+v", rep)
	}
	if rep.Runners.GaveUp != 0 || rep.LatencyMS.QueueToStart.P50 <= 0 {
		t.Errorf("report = %+v", rep)
	}
	for _, c := range ours() {
		if !before[c.ID] {
			t.Errorf("container left on the engine: %s %s %v", c.ID, c.State, c.Labels)
		}
	}
	info, err := cli.ImageInspect(context.Background(), DockerImage)
	if err != nil || len(info.Config.Entrypoint) != 1 || info.Config.Entrypoint[0] != "/"+filepath.Base(bin) {
		t.Fatalf("runner image %s: %v %+v", DockerImage, err, info.Config)
	}
}
