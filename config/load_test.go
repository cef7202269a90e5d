package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

// writeFile writes content to name in dir with mode perm and returns its path.
func writeFile(t *testing.T, dir, name, content string, perm os.FileMode) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), perm); err != nil {
		t.Fatal(err)
	}
	return p
}

// load loads YAML text from a real file with an empty environment.
func load(t *testing.T, yamlText string) (*Result, error) {
	t.Helper()
	p := writeFile(t, t.TempDir(), "config.yml", yamlText, 0o600)
	return Load(LoadOptions{Path: p, Environ: []string{}})
}

// problemsOf returns the problems of a failed load.
func problemsOf(t *testing.T, err error) []Problem {
	t.Helper()
	var verr *ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("want a *ValidationError, got %v", err)
	}
	return verr.Problems
}

// findProblem returns the problem about key whose message contains substr.
func findProblem(ps []Problem, key, substr string) (Problem, bool) {
	for _, p := range ps {
		if p.Key == key && strings.Contains(p.Message, substr) {
			return p, true
		}
	}
	return Problem{}, false
}

const validDocker = `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker:
      image: runner:latest
`

func TestValidConfigLoads(t *testing.T) {
	res, err := load(t, validDocker)
	if err != nil {
		t.Fatalf("valid config rejected: %v", err)
	}
	r := res.Config.Runners["linux"]
	if r.Name != "linux" || r.ProviderType() != BackendDocker {
		t.Fatalf("runner = %+v", r)
	}
}

func TestValidationProblems(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		key  string
		msg  string
		line int
	}{
		{"unknown key with suggestion", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    max_runner: 3
    docker: {image: r}
`, "runners.linux.max_runner", `did you mean "max_runners"?`, 6},
		{"unknown top-level key lists valid keys", `
url: https://github.com/my-org
frobnicate: true
runners: {linux: {labels: [l], docker: {image: r}}}
`, "frobnicate", "valid keys at the top level are:", 3},
		{"misplaced key", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker:
      image: r
      min_idle: 2
`, "runners.linux.docker.min_idle", "belongs directly under runners.<name>", 8},
		{"two backends", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker: {image: r}
    tart: {image: t}
`, "runners.linux", "both docker and tart are set", 4},
		{"no backend", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
`, "runners.linux", "no backend", 4},
		{"no labels", `
url: https://github.com/my-org
runners:
  linux:
    docker: {image: r}
`, "runners.linux.labels", "at least one label", 4},
		{"duplicate labels ignore case", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux, Linux]
    docker: {image: r}
`, "runners.linux.labels[1]", "duplicate label", 5},
		{"empty label", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux, ""]
    docker: {image: r}
`, "runners.linux.labels[1]", "empty label", 5},
		{"negative max_runners", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    max_runners: -1
    docker: {image: r}
`, "runners.linux.max_runners", "between 0 and 10000", 6},
		{"absurd max_runners", `
url: https://github.com/my-org
max_runners: 1000000
runners: {linux: {labels: [l], docker: {image: r}}}
`, "max_runners", "between 0 and 10000", 3},
		{"min_idle above max", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    max_runners: 2
    min_idle: 3
    docker: {image: r}
`, "runners.linux.min_idle", "exceeds max_runners", 7},
		{"runner name with dot", `
url: https://github.com/my-org
runners:
  linux.x64:
    labels: [linux]
    docker: {image: r}
`, `runners."linux.x64"`, "not a valid runner name", 4},
		{"runner name with space", `
url: https://github.com/my-org
runners:
  "my runner":
    labels: [linux]
    docker: {image: r}
`, "runners.my runner", "not a valid runner name", 4},
		{"runner name too long", `
url: https://github.com/my-org
runners:
  a-very-long-runner-name-that-does-not-fit-anywhere:
    labels: [linux]
    docker: {image: r}
`, "runners.a-very-long-runner-name-that-does-not-fit-anywhere", "not a valid runner name", 4},
		{"runner name starting with dash", `
url: https://github.com/my-org
runners:
  -linux:
    labels: [linux]
    docker: {image: r}
`, "runners.-linux", "not a valid runner name", 4},
		{"wrong type", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    max_runners: two
    docker: {image: r}
`, "runners.linux.max_runners", "expected a whole number", 6},
		{"labels not a list", `
url: https://github.com/my-org
runners:
  linux:
    labels: linux
    docker: {image: r}
`, "runners.linux.labels", "expected a list", 5},
		{"bad duration", `
url: https://github.com/my-org
drain_timeout: 10 minutes
runners: {linux: {labels: [l], docker: {image: r}}}
`, "drain_timeout", "invalid duration", 3},
		{"backoff cap below base", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    retry: {backoff_base: 10s, backoff_cap: 1s}
    docker: {image: r}
`, "runners.linux.retry.backoff_cap", "below backoff_base", 6},
		{"no url anywhere", `
runners:
  linux:
    labels: [linux]
    docker: {image: r}
`, "runners.linux", "no GitHub URL", 3},
		{"bad url", `
url: github.com/my-org
runners: {linux: {labels: [l], docker: {image: r}}}
`, "url", "is not a GitHub URL", 2},
		{"no runners", `
url: https://github.com/my-org
`, "runners", "no runners configured", 0},
		{"duplicate key", `
url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    labels: [x]
    docker: {image: r}
`, "runners.linux.labels", "duplicate key", 6},
		{"syntax error", "url: https://github.com/my-org\nrunners:\n  linux:\n\tlabels: [x]\n", "", "a tab character indents this line", 4},
		{"empty file", "   \n", "", "the file is empty", 0},
		{"incomplete app credentials", `
url: https://github.com/my-org
github_app:
  client_id: Iv1.abc
runners: {linux: {labels: [l], docker: {image: r}}}
`, "github_app.installation_id", "installation_id is required", 3},
		{"bad log level", `
url: https://github.com/my-org
log: {level: verbose}
runners: {linux: {labels: [l], docker: {image: r}}}
`, "log.level", "not one of debug, info, warn, error", 3},
		{"bad metrics address", `
url: https://github.com/my-org
metrics: {listen: "9464"}
runners: {linux: {labels: [l], docker: {image: r}}}
`, "metrics.listen", "host:port", 3},
		{"bad dashboard address", `
url: https://github.com/my-org
dashboard: {listen: "localhost"}
runners: {linux: {labels: [l], docker: {image: r}}}
`, "dashboard.listen", "host:port", 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := load(t, tc.yaml)
			if err == nil {
				t.Fatal("config accepted, want a problem")
			}
			ps := problemsOf(t, err)
			p, ok := findProblem(ps, tc.key, tc.msg)
			if !ok {
				t.Fatalf("no problem with key %q containing %q in:\n%v", tc.key, tc.msg, err)
			}
			if p.Line != tc.line {
				t.Errorf("line = %d, want %d (%s)", p.Line, tc.line, p)
			}
			if !strings.HasSuffix(p.Source, "config.yml") {
				t.Errorf("source = %q, want the file path", p.Source)
			}
		})
	}
}

// TestAllProblemsAtOnce is the acceptance case: a misspelt key and two
// backends are both reported, with file, line, key and suggestion.
func TestAllProblemsAtOnce(t *testing.T) {
	_, err := load(t, `url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    max_runner: 3
    docker: {image: r}
    tart: {image: t}
`)
	ps := problemsOf(t, err)
	if len(ps) != 2 {
		t.Fatalf("want 2 problems, got %d:\n%v", len(ps), err)
	}
	msg := err.Error()
	for _, want := range []string{
		`config.yml:5: runners.linux.max_runner: unknown key (did you mean "max_runners"?)`,
		`config.yml:3: runners.linux: both docker and tart are set`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("missing %q in:\n%s", want, msg)
		}
	}
}

func TestTokenFileProblems(t *testing.T) {
	dir := t.TempDir()
	empty := writeFile(t, dir, "empty", "  \n", 0o600)
	open := writeFile(t, dir, "open", "ghp_abcdefghijkl", 0o644)
	tests := []struct {
		name     string
		file     string
		severity Severity
		msg      string
	}{
		{"missing", filepath.Join(dir, "missing"), SeverityError, "does not exist"},
		{"directory", dir, SeverityError, "is a directory"},
		{"empty", empty, SeverityError, "is empty"},
		{"world readable", open, SeverityWarning, "readable by other users"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := load(t, validDocker+"token_file: "+tc.file+"\n")
			var ps []Problem
			if tc.severity == SeverityError {
				ps = problemsOf(t, err)
			} else {
				if err != nil {
					t.Fatalf("warning-only config rejected: %v", err)
				}
				ps = res.Warnings
			}
			if _, ok := findProblem(ps, "token_file", tc.msg); !ok {
				t.Fatalf("no token_file problem containing %q in %v", tc.msg, ps)
			}
		})
	}
}

func TestDashboardListen(t *testing.T) {
	tests := []struct {
		name   string
		listen string
		warns  bool
	}{
		{"loopback v4", "127.0.0.1:9465", false},
		{"loopback v6", "[::1]:9465", false},
		{"localhost", "localhost:9465", false},
		{"every interface", ":9465", true},
		{"a public address", "192.0.2.7:9465", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := load(t, validDocker+"dashboard: {listen: \""+tc.listen+"\"}\n")
			if err != nil {
				t.Fatalf("rejected: %v", err)
			}
			if res.Config.Dashboard.Listen != tc.listen {
				t.Errorf("dashboard.listen = %q", res.Config.Dashboard.Listen)
			}
			if _, warned := findProblem(res.Warnings, "dashboard.listen", "no authentication"); warned != tc.warns {
				t.Errorf("warned = %v, want %v: %v", warned, tc.warns, res.Warnings)
			}
		})
	}
}

// TestGHAOutrunnerConfig loads a gha-outrunner v1.2.0 configuration with
// every key of its schema, unchanged.
func TestGHAOutrunnerConfig(t *testing.T) {
	dir := t.TempDir()
	tok := writeFile(t, dir, "token", "ghp_global_token_value\n", 0o600)
	rtok := writeFile(t, dir, "repo-token", "ghp_repo_token_value\n", 0o600)
	res, err := load(t, `url: https://github.com/my-org
token_file: `+tok+`
runners:
  linux:
    labels: [self-hosted, linux]
    max_runners: 3
    docker:
      image: ghcr.io/actions/actions-runner:latest
      runner_cmd: /home/runner/run.sh
      mounts:
        - source: /srv/cache
          target: /cache
          read_only: true
  windows:
    url: https://github.com/other-org/repo
    token_file: `+rtok+`
    labels: [self-hosted, windows]
    libvirt:
      path: /var/lib/images/win.qcow2
      runner_cmd: C:\actions-runner\run.cmd
      socket: /var/run/libvirt/libvirt-sock
      cpus: 8
      memory: 16384
      mount:
        source: /srv/share
  macos:
    labels: [self-hosted, macos]
    tart:
      image: ghcr.io/cirruslabs/macos:latest
      runner_cmd: /Users/admin/actions-runner/run.sh
      cpus: 4
      memory: 8192
      mounts:
        - name: cache
          source: /Users/ci/cache
          read_only: false
`)
	if err != nil {
		t.Fatalf("gha-outrunner config rejected: %v", err)
	}
	c := res.Config
	if got := c.Runners["linux"].Docker.Mounts[0]; got != (DockerMount{Source: "/srv/cache", Target: "/cache", ReadOnly: true}) {
		t.Errorf("docker mount = %+v", got)
	}
	w := c.Runners["windows"]
	if w.Libvirt.URI != "qemu:///system?socket=/var/run/libvirt/libvirt-sock" || w.Libvirt.Mount.Source != "/srv/share" || w.Libvirt.CPUs != 8 {
		t.Errorf("libvirt = %+v", w.Libvirt)
	}
	if u, _ := ResolveRunnerURL("", c, &w); u != "https://github.com/other-org/repo" {
		t.Errorf("runner url = %q", u)
	}
	if tok, _ := ResolveRunnerToken("", c, &w); tok != "ghp_repo_token_value" {
		t.Errorf("runner token = %q", tok)
	}
	l := c.Runners["linux"]
	if tok, _ := ResolveRunnerToken("", c, &l); tok != "ghp_global_token_value" {
		t.Errorf("global token = %q", tok)
	}
	if c.Runners["macos"].Tart.Mounts[0].Name != "cache" {
		t.Errorf("tart mounts = %+v", c.Runners["macos"].Tart.Mounts)
	}
}

func TestDefaults(t *testing.T) {
	res, err := load(t, `url: https://github.com/my-org
runners:
  a:
    labels: [a]
    docker: {image: r}
  b:
    labels: [b]
    max_runners: 0
    libvirt: {path: /img.qcow2, guest_forward: {host: "127.0.0.1:3128"}}
  c:
    labels: [c]
    max_runners: 7
    tart: {image: t}
`)
	if err != nil {
		t.Fatal(err)
	}
	c := res.Config
	if c.Runners["a"].MaxRunners != DefaultMaxRunners {
		t.Errorf("unset max_runners = %d, want the default %d", c.Runners["a"].MaxRunners, DefaultMaxRunners)
	}
	if c.Runners["b"].MaxRunners != 0 {
		t.Errorf("explicit max_runners: 0 = %d, want 0 (drain)", c.Runners["b"].MaxRunners)
	}
	if c.Runners["c"].MaxRunners != 7 {
		t.Errorf("max_runners = %d, want 7", c.Runners["c"].MaxRunners)
	}
	a := c.Runners["a"]
	if a.Docker.RunnerCmd != DefaultDockerRunnerCmd || a.Docker.PullPolicy != "missing" || a.StartTimeout.D() != DefaultStartTimeout || a.Retry.Budget != DefaultRetryBudget {
		t.Errorf("runner defaults not applied: %+v %+v", a, a.Docker)
	}
	b := c.Runners["b"].Libvirt
	if b.URI != DefaultLibvirtURI || b.OverlayDir != DefaultLibvirtOverlayDir || b.CPUs != 4 || b.MemoryMB != 8192 || b.RunnerCmd != DefaultLibvirtRunnerCmd {
		t.Errorf("libvirt defaults not applied: %+v", b)
	}
	if f := b.GuestForward; f == nil || f.Guest != DefaultLibvirtGuestForwardGuest || f.Host != "127.0.0.1:3128" {
		t.Errorf("guest_forward = %+v, want guest %s", f, DefaultLibvirtGuestForwardGuest)
	}
	if c.Admin.Socket != CurrentUserDefaults().AdminSocket || c.DrainTimeout.D() != DefaultDrainTimeout || c.RunnerGroup != "default" || c.DaemonID == "" {
		t.Errorf("global defaults not applied: %+v", c)
	}
}

// TestLayerPrecedence checks file < environment < flags for each layer.
func TestLayerPrecedence(t *testing.T) {
	file := `url: https://github.com/file-org
max_runners: 3
log: {level: warn}
drain_timeout: 1m
runners: {linux: {labels: [l], docker: {image: r}}}
`
	tests := []struct {
		name       string
		env        []string
		flags      []string
		wantURL    string
		wantMax    int
		wantLevel  string
		wantDrain  time.Duration
		wantRunner int
	}{
		{"file only", nil, nil, "https://github.com/file-org", 3, "warn", time.Minute, 3},
		{"env over file", []string{"OUTRUNNER_MAX_RUNNERS=5", "OUTRUNNER_LOG_LEVEL=debug", "OUTRUNNER_DRAIN_TIMEOUT=2m", "OUTRUNNER_URL=https://github.com/env-org"}, nil,
			"https://github.com/env-org", 5, "debug", 2 * time.Minute, 5},
		{"flags over env", []string{"OUTRUNNER_MAX_RUNNERS=5", "OUTRUNNER_LOG_LEVEL=debug", "OUTRUNNER_URL=https://github.com/env-org"},
			[]string{"--max-runners=9", "--log-level=error", "--url=https://github.com/flag-org"},
			"https://github.com/flag-org", 9, "error", time.Minute, 9},
		{"unchanged flag keeps file value", nil, []string{"--log-level=info"}, "https://github.com/file-org", 3, "info", time.Minute, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), "c.yml", file, 0o600)
			fs := testFlags()
			if err := fs.Parse(tc.flags); err != nil {
				t.Fatal(err)
			}
			env := tc.env
			if env == nil {
				env = []string{}
			}
			res, err := Load(LoadOptions{Path: p, Environ: env, Flags: fs})
			if err != nil {
				t.Fatal(err)
			}
			c := res.Config
			if c.URL != tc.wantURL || c.MaxRunners != tc.wantMax || c.Log.Level != tc.wantLevel || c.DrainTimeout.D() != tc.wantDrain {
				t.Errorf("got url=%s max=%d level=%s drain=%s", c.URL, c.MaxRunners, c.Log.Level, c.DrainTimeout)
			}
			if got := c.Runners["linux"].MaxRunners; got != tc.wantRunner {
				t.Errorf("runner max_runners = %d, want %d (the global default applies)", got, tc.wantRunner)
			}
		})
	}
}

func testFlags() *pflag.FlagSet {
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	fs.String("url", "", "")
	fs.Int("max-runners", DefaultMaxRunners, "")
	fs.String("log-level", DefaultLogLevel, "")
	fs.String("log-format", DefaultLogFormat, "")
	return fs
}

func TestEnvironmentProblems(t *testing.T) {
	p := writeFile(t, t.TempDir(), "c.yml", validDocker, 0o600)
	res, err := Load(LoadOptions{Path: p, Environ: []string{"OUTRUNNER_MAX_RUNNERS=many", "OUTRUNNER_LOG_LEVL=debug", "OUTRUNNER_REQUIRE_INTEGRATION=1"}})
	ps := problemsOf(t, err)
	if pr, ok := findProblem(ps, "OUTRUNNER_MAX_RUNNERS", `expected a whole number, got "many"`); !ok || pr.Source != "environment" {
		t.Errorf("bad env value not reported with its variable: %v", ps)
	}
	if _, ok := findProblem(res.Warnings, "OUTRUNNER_LOG_LEVL", "did you mean OUTRUNNER_LOG_LEVEL?"); !ok {
		t.Errorf("misspelt variable not warned about: %v", res.Warnings)
	}
}

func TestEnvVarsCoverGlobalKeys(t *testing.T) {
	vars := strings.Join(EnvVars(), "\n")
	for _, want := range []string{"OUTRUNNER_MAX_RUNNERS → max_runners", "OUTRUNNER_ADMIN_SOCKET → admin.socket",
		"OUTRUNNER_GITHUB_RATE_LIMIT → github.rate_limit", "OUTRUNNER_GITHUB_APP_CLIENT_ID → github_app.client_id"} {
		if !strings.Contains(vars, want) {
			t.Errorf("EnvVars lacks %q", want)
		}
	}
}

func TestExamplesValidate(t *testing.T) {
	files, err := filepath.Glob("../examples/*.yml")
	if err != nil || len(files) < 6 {
		t.Fatalf("examples: %v %v", files, err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			if _, err := Load(LoadOptions{Path: f, Environ: []string{}}); err != nil {
				t.Fatalf("example does not validate:\n%v", err)
			}
		})
	}
}

func TestEffectiveYAMLRoundTrip(t *testing.T) {
	res, err := load(t, validDocker+`      env: {NPM_TOKEN: s3cret-value, MODE: ci}
`)
	if err != nil {
		t.Fatal(err)
	}
	b, err := EffectiveYAML(res.Config)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "s3cret-value") || !strings.Contains(string(b), "MODE: ci") {
		t.Fatalf("secrets not redacted or values lost:\n%s", b)
	}
	again, err := load(t, string(b))
	if err != nil {
		t.Fatalf("printed config does not load:\n%v\n%s", err, b)
	}
	want := res.Config.Runners["linux"]
	got := again.Config.Runners["linux"]
	want.Docker, got.Docker = nil, nil
	if !reflect.DeepEqual(want, got) {
		t.Errorf("round trip changed the runner:\n got %+v\nwant %+v", got, want)
	}
}

func TestAnchorsAndMergeKeys(t *testing.T) {
	res, err := load(t, `url: https://github.com/my-org
x-base: &base
  labels: [linux]
  max_runners: 4
runners:
  a:
    <<: *base
    docker: {image: r}
  b:
    <<: *base
    max_runners: 1
    docker: {image: r}
`)
	// x-base is an unknown key; everything else must resolve.
	ps := problemsOf(t, err)
	if len(ps) != 1 || ps[0].Key != "x-base" {
		t.Fatalf("want only x-base reported, got %v", ps)
	}
	if res.Config.Runners["a"].MaxRunners != 4 || res.Config.Runners["b"].MaxRunners != 1 {
		t.Errorf("merge keys not applied: %+v", res.Config.Runners)
	}
}
