package docker

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/outrunner/outrunner/config"
)

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		d    config.DockerImage
		key  string // "" for no problem
		msg  string
	}{
		{"defaults", config.DockerImage{Image: "i"}, "", ""},
		{"existing mount source", config.DockerImage{Image: "i", Mounts: []config.DockerMount{{Source: dir, Target: "/cache"}}}, "", ""},
		{"missing mount source", config.DockerImage{Image: "i", Mounts: []config.DockerMount{{Source: dir + "/missing", Target: "/cache"}}},
			"mounts[0].source", "does not exist on this host"},
		{"missing source on a remote engine", config.DockerImage{Image: "i", Host: "ssh://ci@build", Mounts: []config.DockerMount{{Source: "/srv/remote", Target: "/cache"}}}, "", ""},
		{"relative mount source", config.DockerImage{Image: "i", Mounts: []config.DockerMount{{Source: "cache", Target: "/cache"}}}, "mounts[0].source", "absolute path"},
		{"relative mount target", config.DockerImage{Image: "i", Mounts: []config.DockerMount{{Source: dir, Target: "cache"}}}, "mounts[0].target", "absolute path"},
		{"mount on /", config.DockerImage{Image: "i", Mounts: []config.DockerMount{{Source: dir, Target: "/"}}}, "mounts[0].target", "cannot be /"},
		{"tmpfs on a mount target", config.DockerImage{Image: "i", Mounts: []config.DockerMount{{Source: dir, Target: "/tmp/"}}, Tmpfs: map[string]string{"/tmp": ""}},
			"tmpfs./tmp", "already mounted by mounts[0].target"},
		{"relative tmpfs", config.DockerImage{Image: "i", Tmpfs: map[string]string{"tmp": ""}}, "tmpfs.tmp", "absolute path"},
		{"no image", config.DockerImage{}, "image", "required"},
		{"blank runner_cmd", config.DockerImage{Image: "i", RunnerCmd: " "}, "runner_cmd", "required"},
		{"pull policy", config.DockerImage{Image: "i", PullPolicy: "allways"}, "pull_policy", `did you mean "always"?`},
		{"env name", config.DockerImage{Image: "i", Env: map[string]string{"A=B": ""}}, "env.A=B", "not a valid environment variable name"},
		{"env reserved", config.DockerImage{Image: "i", Env: map[string]string{JITConfigEnv: ""}}, "env." + JITConfigEnv, "reserved"},
		{"env value with NUL", config.DockerImage{Image: "i", Env: map[string]string{"A": "a\x00b"}}, "env.A", "must not contain a NUL byte"},
		{"runner_cmd with NUL", config.DockerImage{Image: "i", RunnerCmd: "run\x00"}, "runner_cmd", "NUL"},
		{"reserved label", config.DockerImage{Image: "i", ContainerLabels: map[string]string{"outrunner.daemon": "x"}}, "container_labels.outrunner.daemon", "reserved"},
		{"network", config.DockerImage{Image: "i", Network: "a b"}, "network", "not a valid network name"},
		{"host scheme", config.DockerImage{Image: "i", Host: "http://engine"}, "host", "unix://, tcp:// or ssh://"},
		{"host without a host", config.DockerImage{Image: "i", Host: "tcp://"}, "host", "names no host"},
		{"cpus NaN", config.DockerImage{Image: "i", CPUs: math.NaN()}, "cpus", "between 0 (unlimited) and 1024"},
		{"memory below the engine's minimum", config.DockerImage{Image: "i", MemoryMB: 5}, "memory", "at least 6"},
		{"negative pids_limit", config.DockerImage{Image: "i", PidsLimit: -1}, "pids_limit", "between 0 and"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := Check(dockerConfig(tt.d))
			if tt.key == "" {
				if len(ps) != 0 {
					t.Fatalf("problems: %v", ps)
				}
				return
			}
			for _, p := range ps {
				if p.Key == tt.key && strings.Contains(p.Message, tt.msg) && p.Severity == config.SeverityError {
					return
				}
			}
			t.Fatalf("no error at %q containing %q in %v", tt.key, tt.msg, ps)
		})
	}
}

// FuzzCheckedBlockBuilds: every docker block that a configuration file
// may hold and that validation (config.Load with Check) accepts builds a
// container spec.
func FuzzCheckedBlockBuilds(f *testing.F) {
	f.Add("ghcr.io/actions/actions-runner:latest", "", "", "", "", "", "/cache", "/tmp", "size=1g", "MODE", "ci", "team", "ci", 1.5, 2048, 512)
	f.Add("i", "./run.sh --once", "never", "tcp://engine:2375", "host", "/srv/remote", "/c", "/c/", "", "A", "\x00", "outrunner.name", "x", math.NaN(), 5, -1)
	f.Add("i", "./run.sh\x00", "", "", "", "", "/c", "/t", "", "A", "a", "l", "v", 0.0, 0, 0)
	f.Add("-i", " ", "allways", "unix://", "a b", "rel", "/", "tmp", "", "A=B", "", "", "", -1.0, 0, 0)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, image, runnerCmd, pull, host, network, source, target, tmpfs, tmpfsOpts, envName, envValue, label, labelValue string, cpus float64, memory, pids int) {
		if source == "" {
			source = dir // an existing source
		}
		block := fmt.Sprintf(`
    docker:
      image: %s
      runner_cmd: %s
      pull_policy: %s
      host: %s
      network: %s
      cpus: %s
      memory: %d
      pids_limit: %d
      mounts: [{source: %s, target: %s}]
      tmpfs: {%s: %s}
      env: {%s: %s}
      container_labels: {%s: %s}
`, quote(image), quote(runnerCmd), quote(pull), quote(host), quote(network), yamlFloat(cpus), memory, pids,
			quote(source), quote(target), quote(tmpfs), quote(tmpfsOpts), quote(envName), quote(envValue), quote(label), quote(labelValue))
		rc, ok := loadRunner(t, dir, block)
		if !ok {
			return
		}
		sp, err := buildSpec(testOwner, "r-0123abcd", testJIT, rc.Docker)
		if err != nil {
			t.Fatalf("validation accepted the block but buildSpec refused it: %v\n%s", err, block)
		}
		if len(sp.config.Cmd) == 0 || sp.config.Image == "" {
			t.Fatalf("spec without command or image: %+v", sp.config)
		}
		for _, s := range slices.Concat(sp.config.Cmd, sp.config.Env, []string{sp.config.Image, sp.config.User}) {
			if strings.ContainsRune(s, 0) {
				t.Fatalf("NUL byte in the container's command, environment, image or user: %q\n%s", s, block)
			}
		}
	})
}

// loadRunner loads a file whose runner r has the given backend block, with
// the docker check, and returns the runner if validation accepts it.
func loadRunner(t *testing.T, dir, block string) (*config.RunnerConfig, bool) {
	t.Helper()
	p := filepath.Join(dir, "config.yml")
	text := "url: https://github.com/o\nrunners:\n  r:\n    labels: [l]" + block
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	check := func(rc *config.RunnerConfig) []config.Problem {
		var r config.Report
		if rc.Docker != nil {
			r.Add("docker", Check(rc.Docker))
		}
		return r.Problems()
	}
	res, err := config.Load(config.LoadOptions{Path: p, Environ: []string{}, SkipCredentialChecks: true, Check: check})
	if err != nil {
		return nil, false
	}
	rc, ok := res.Config.Runners["r"]
	if !ok || rc.Docker == nil {
		t.Fatalf("accepted without the docker runner: %+v\n%s", res.Config.Runners, text)
	}
	return &rc, true
}

// quote renders s as a YAML double-quoted scalar (JSON's escapes are YAML's).
func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// yamlFloat renders f as a YAML float, including .nan and infinities.
func yamlFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return ".nan"
	case math.IsInf(f, 1):
		return ".inf"
	case math.IsInf(f, -1):
		return "-.inf"
	}
	return fmt.Sprint(f)
}
