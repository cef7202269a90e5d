package simulate

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/testutil/dockertest"
)

// TestIntegrationDockerKillMidBurstResumesWithinSeconds is the kill test of
// TestKillMidBurstResumesWithinSeconds on the Docker backend: containers
// outlive the killed daemon and are adopted, and a job starts within 5 s
// of every restart.
func TestIntegrationDockerKillMidBurstResumesWithinSeconds(t *testing.T) {
	t.Setenv("DOCKER_HOST", dockertest.Host(t))
	runChaosCase(t, chaosCase{
		opts: Options{Backend: config.BackendDocker, SimRunner: dockertest.SimRunnerBinary(t),
			Jobs: 60, Rate: 10, JobDuration: time.Second, ScaleSets: 2, MaxRunners: 3, Seed: 7, Timeout: 8 * time.Minute},
		times: chaosTimes{killMin: time.Second, killMax: 3 * time.Second,
			faultMin: time.Hour, faultMax: time.Hour, takeoverLimit: 5 * time.Second},
		minKills: 3, maxTakeover: 5 * time.Second,
	})
}

// TestIntegrationDockerChaos is simulate --chaos on the Docker backend with
// engine restarts: the engine is a private one of
// scripts/testenv-docker.sh, restarted by the command its env file names,
// as a user of the test environment would run it.
func TestIntegrationDockerChaos(t *testing.T) {
	dockertest.Host(t) // the skip rule of the Docker integration tests
	if os.Geteuid() != 0 {
		dockertest.SkipOrFail(t, "docker chaos: starting a private dockerd needs root")
	}
	script, err := filepath.Abs("../../scripts/testenv-docker.sh")
	if err != nil {
		t.Fatal(err)
	}
	// A short path: the engine's sockets live below it.
	dir, err := os.MkdirTemp("", "orchaos-")
	if err != nil {
		t.Fatal(err)
	}
	testenv := func(verb string) {
		t.Helper()
		cmd := exec.Command(script, verb)
		cmd.Env = append(os.Environ(), "OUTRUNNER_TESTENV_DIR="+dir)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("testenv-docker.sh %s: %v\n%s", verb, err, out)
		}
	}
	t.Cleanup(func() {
		testenv("down")
		os.RemoveAll(dir)
	})
	testenv("up")
	env := readEnvFile(t, filepath.Join(dir, "docker", "env"))
	t.Setenv("DOCKER_HOST", env["OUTRUNNER_TEST_DOCKER_HOST"])
	rep := runChaosCase(t, chaosCase{
		opts: Options{Backend: config.BackendDocker, SimRunner: dockertest.SimRunnerBinary(t), EngineRestart: env["OUTRUNNER_TEST_DOCKER_RESTART"],
			Jobs: 60, Rate: 3, JobDuration: time.Second, ScaleSets: 3, MaxRunners: 4, Seed: 1, Timeout: 8 * time.Minute},
		// Jobs arrive for 20 s, and the schedule is denser than the
		// default's, so that the run holds its kills and a restart however
		// fast the machine drains the jobs (at 10 jobs/s and the default
		// schedule a quick run ended before the first engine restart).
		times: chaosTimes{killMin: time.Second, killMax: 3 * time.Second,
			faultMin: 2 * time.Second, faultMax: 6 * time.Second, faultForMin: time.Second, faultForMax: 3 * time.Second,
			takeoverLimit: 60 * time.Second, engineMin: 4 * time.Second, engineMax: 8 * time.Second},
		minKills: 3, maxTakeover: 10 * time.Second,
	})
	if rep.Chaos.EngineRestarts < 1 {
		t.Errorf("%d engine restarts, want at least 1", rep.Chaos.EngineRestarts)
	}
}

// readEnvFile reads the NAME=value lines of a sourceable env file, with
// single quotes around a value removed.
func readEnvFile(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	env := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, value, ok := strings.Cut(sc.Text(), "=")
		if ok && !strings.HasPrefix(name, "export") {
			env[name] = strings.Trim(value, "'")
		}
	}
	return env
}
