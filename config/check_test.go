package config

import (
	"math"
	"strings"
	"testing"
	"time"
)

// TestLoadRunsRunnerCheck: the check sees each runner with its defaults,
// and its problems are located under the runner like the loader's own.
func TestLoadRunsRunnerCheck(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "config.yml", `url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker:
      image: r
      mounts:
        - source: /srv/cache
          target: /cache
  other:
    labels: [other]
    docker: {image: r}
`, 0o600)
	var seen []string
	check := func(rc *RunnerConfig) []Problem {
		seen = append(seen, rc.Name)
		if rc.Docker.RunnerCmd != DefaultDockerRunnerCmd {
			t.Errorf("check saw runner_cmd %q, want the default applied", rc.Docker.RunnerCmd)
		}
		if rc.Name != "linux" {
			return nil
		}
		return []Problem{
			{Key: "docker.mounts[0].source", Message: "is missing"},
			{Severity: SeverityWarning, Key: "docker", Message: "looks odd"},
		}
	}
	res, err := Load(LoadOptions{Path: p, Environ: []string{}, Check: check})
	if strings.Join(seen, ",") != "linux,other" {
		t.Errorf("checked runners %v, want linux and other", seen)
	}
	ps := problemsOf(t, err)
	if len(ps) != 1 || ps[0].String() != p+":8: runners.linux.docker.mounts[0].source: is missing" {
		t.Errorf("problems = %v", ps)
	}
	if len(res.Warnings) != 1 || res.Warnings[0].String() != p+":5: warning: runners.linux.docker: looks odd" {
		t.Errorf("warnings = %v", res.Warnings)
	}

	if _, err := Load(LoadOptions{Path: p, Environ: []string{}}); err != nil {
		t.Errorf("without a check: %v", err)
	}
}

func TestJoinKey(t *testing.T) {
	tests := []struct{ prefix, key, want string }{
		{"runners.linux", "docker.image", "runners.linux.docker.image"},
		{"docker", "mounts[0].source", "docker.mounts[0].source"},
		{"docker.mounts", "[0]", "docker.mounts[0]"},
		{"", "docker", "docker"},
		{"runners.linux", "", "runners.linux"},
	}
	for _, tt := range tests {
		if got := JoinKey(tt.prefix, tt.key); got != tt.want {
			t.Errorf("JoinKey(%q, %q) = %q, want %q", tt.prefix, tt.key, got, tt.want)
		}
	}
}

func TestReport(t *testing.T) {
	tests := []struct {
		name string
		add  func(r *Report)
		want string // "" for no problem
	}{
		{"required ok", func(r *Report) { r.Required("k", "x") }, ""},
		{"required blank", func(r *Report) { r.Required("k", " ") }, "k: is required and must not be empty"},
		{"abs ok", func(r *Report) { r.AbsPath("k", "/x") }, ""},
		{"abs empty", func(r *Report) { r.AbsPath("k", "") }, "k: is required and must not be empty"},
		{"abs relative", func(r *Report) { r.AbsPath("k", "x") }, `k: must be an absolute path, got "x"`},
		{"abs NUL", func(r *Report) { r.AbsPath("k", "/a\x00") }, "k: must not contain a NUL byte"},
		{"no NUL", func(r *Report) { r.NoNUL("k", "a\x00b") }, "k: must not contain a NUL byte"},
		{"one of ok", func(r *Report) { r.OneOf("k", "b", "a", "b") }, ""},
		{"one of suggests", func(r *Report) { r.OneOf("k", "allways", "missing", "always") }, `k: "allways" is not one of missing, always (did you mean "always"?)`},
		{"int range", func(r *Report) { r.IntRange("k", 0, 1, 4) }, "k: must be between 1 and 4, got 0"},
		{"duration range", func(r *Report) { r.DurationRange("k", Duration(time.Millisecond), time.Second, time.Hour) }, "k: must be between 1s and 1h0m0s, got 1ms"},
		{"errorf", func(r *Report) { r.Errorf("k", "%g", math.Inf(1)) }, "k: +Inf"},
		{"warnf", func(r *Report) { r.Warnf("k", "careful") }, "warning: k: careful"},
		{"add", func(r *Report) {
			var inner Report
			inner.Errorf("mounts[0].source", "bad")
			r.Add("docker", inner.Problems())
		}, "docker.mounts[0].source: bad"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r Report
			tt.add(&r)
			var got []string
			for _, p := range r.Problems() {
				got = append(got, strings.TrimPrefix(p.String(), ": "))
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
