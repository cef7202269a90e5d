package supervisor

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/actions/scaleset"
	"github.com/docker/docker/api/types/container"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/docker"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/testutil/dockertest"
	"github.com/outrunner/outrunner/messages"
)

// BenchmarkDockerJobStart measures, interleaved in every iteration, on one
// engine and one image (cmd/simrunner), how long it takes until a runner
// in a fresh container is running and connected:
//
//   - outrunner: one job is queued on the simulator. The daemon's listener
//     receives it, acquires it, the scale set (max_runners 1, min_idle 0)
//     spawns a runner actor, which registers the runner (JIT config) and
//     starts its container through the docker backend; the runner in it
//     connects, and the simulator hands it the job. Measured from the
//     job's QueuedAt to its StartedAt, both stamped by the simulator
//     (StartedAt is the instant the runner connected: the job was waiting).
//   - engine: the same container settings (image, command, environment
//     with a JIT config generated beforehand, host network,
//     no-new-privileges) created and started with ContainerCreate +
//     ContainerStart directly. Measured from just before ContainerCreate
//     to the instant the runner in it connected (its registration's
//     ConnectedAt); engine-api is ContainerCreate + ContainerStart alone.
//
// Both measurements end at the same simulator event. The report gives the
// medians and ratio-p50 = outrunner-p50 / engine-p50. Run it with a fixed
// count, e.g. -benchtime=30x; each iteration runs two containers, one
// after the other, on an otherwise quiet engine.
func BenchmarkDockerJobStart(b *testing.B) {
	h := newDockerHarness(b, dockertest.Host(b))
	d := h.start(h.config(h.daemonID, h.runners("bench", 1, "")))
	h.eventually("the listener", time.Minute, func() bool { return h.scaleSet(d, "bench").Listener == messages.ListenerListening })
	ctx := context.Background()
	gh, err := scaleset.NewClientWithPersonalAccessToken(scaleset.NewClientWithPersonalAccessTokenConfig{
		GitHubConfigURL: h.sim.ConfigURL(), PersonalAccessToken: h.sim.Token(),
	})
	if err != nil {
		b.Fatal(err)
	}
	// A scale set without a daemon, for the runners the engine runs alone.
	raw, err := gh.CreateRunnerScaleSet(ctx, &scaleset.RunnerScaleSet{Name: "bench-engine", RunnerGroupID: 1})
	if err != nil {
		b.Fatal(err)
	}
	quiet := func() bool { return len(h.containers()) == 0 && len(h.sim.State().Registrations) == 0 }

	var viaOutrunner, viaOutrunnerAssigned, viaEngine, engineAPI []time.Duration
	n := 0
	for b.Loop() {
		n++
		id := h.enqueue(1, ghsim.JobSpec{Labels: []string{"bench"}})[0]
		h.waitSim("the job to complete", 2*time.Minute, func(st ghsim.State) bool {
			j, _ := st.Job(id)
			return j.State == ghsim.JobCompleted
		})
		j, err := h.sim.Job(id)
		if err != nil || j.Result != ghsim.ResultSucceeded {
			b.Fatalf("job %d = %+v, %v", id, j, err)
		}
		viaOutrunner = append(viaOutrunner, j.StartedAt.Sub(j.QueuedAt))
		viaOutrunnerAssigned = append(viaOutrunnerAssigned, j.StartedAt.Sub(j.AssignedAt))
		h.eventually("the runner's container and registration gone", time.Minute, quiet)

		jit, err := gh.GenerateJitRunnerConfig(ctx, &scaleset.RunnerScaleSetJitRunnerSetting{Name: fmt.Sprintf("engine-%d", n)}, raw.ID)
		if err != nil {
			b.Fatal(err)
		}
		name := fmt.Sprintf("%s-engine-%d", h.daemonID, n)
		begin := time.Now()
		created, err := h.cli.ContainerCreate(ctx,
			&container.Config{Image: dockertest.SimRunnerImage, Cmd: []string{dockertest.SimRunnerCmd},
				Env:    []string{docker.JITConfigEnv + "=" + jit.EncodedJITConfig},
				Labels: map[string]string{backends.LabelDaemon: h.daemonID}},
			&container.HostConfig{NetworkMode: "host", SecurityOpt: []string{"no-new-privileges:true"}}, nil, nil, name)
		if err != nil {
			b.Fatal(err)
		}
		if err := h.cli.ContainerStart(ctx, created.ID, container.StartOptions{}); err != nil {
			b.Fatal(err)
		}
		engineAPI = append(engineAPI, time.Since(begin))
		var connected time.Time
		h.waitSim("the engine's runner to connect", time.Minute, func(st ghsim.State) bool {
			for _, r := range st.Registrations {
				if r.ID == jit.Runner.ID && !r.ConnectedAt.IsZero() {
					connected = r.ConnectedAt
					return true
				}
			}
			return false
		})
		viaEngine = append(viaEngine, connected.Sub(begin))
		if err := h.cli.ContainerRemove(ctx, created.ID, container.RemoveOptions{Force: true}); err != nil {
			b.Fatal(err)
		}
		if err := gh.RemoveRunner(ctx, int64(jit.Runner.ID)); err != nil {
			b.Fatal(err)
		}
		h.eventually("the engine's runner gone", time.Minute, quiet)
	}

	or, eng := median(viaOutrunner), median(viaEngine)
	b.ReportMetric(msec(or), "outrunner-p50-ms")
	b.ReportMetric(msec(median(viaOutrunnerAssigned)), "outrunner-assigned-p50-ms")
	b.ReportMetric(msec(eng), "engine-p50-ms")
	b.ReportMetric(msec(median(engineAPI)), "engine-api-p50-ms")
	b.ReportMetric(float64(or)/float64(eng), "ratio-p50")
	b.Logf("%d iterations; p90: outrunner %.1f ms, engine %.1f ms", n, msec(percentile(viaOutrunner, 0.9)), msec(percentile(viaEngine, 0.9)))
}

// percentile returns the nearest-rank percentile p (0 < p ≤ 1) of ds.
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(float64(len(s))*p+0.999999) - 1
	return s[min(max(i, 0), len(s)-1)]
}

func median(ds []time.Duration) time.Duration { return percentile(ds, 0.5) }

func msec(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
