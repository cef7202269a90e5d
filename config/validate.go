package config

import (
	"fmt"
	"net"
	"net/url"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

// Limits beyond which a number is treated as a mistake.
const (
	maxRunnersLimit  = 10000
	maxTimeout       = 24 * time.Hour
	maxRunnerNameLen = 40 // runner names add "-" and 8 hex digits; GitHub allows 64
)

var (
	// runnerNameRE accepts names valid as a Docker container name, a
	// libvirt domain name, a Tart VM name and a GitHub scale set name.
	runnerNameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]*$`)
	daemonIDRE   = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$`)
)

// validator checks a decoded configuration and reports every problem.
type validator struct {
	cfg    *Config
	source string
	lines  map[string]int
	// origins names the variable or flag that set a key, when one did.
	origins    map[string]origin
	probs      *problems
	runnerKeys []string
	readFiles  bool
	// check checks each runner's backend block; nil skips those checks.
	check RunnerCheck
	// rep collects the findings by key path until validate locates them.
	rep Report
	// environ is the environment the configuration was loaded with.
	environ []string
}

// getenv looks a variable up in the environment of the load.
func (v *validator) getenv(key string) string {
	for _, kv := range v.environ {
		if k, val, ok := strings.Cut(kv, "="); ok && k == key {
			return val
		}
	}
	return ""
}

// line finds the line of key, or of its closest parent that has one.
func (v *validator) line(key string) int {
	for key != "" {
		if l, ok := v.lines[key]; ok {
			return l
		}
		i := strings.LastIndexAny(key, ".[")
		if i < 0 {
			break
		}
		key = key[:i]
	}
	return 0
}

// validate checks the configuration and adds every finding, located by
// line, to v.probs.
func (v *validator) validate() {
	v.config()
	for _, p := range v.rep.Problems() {
		if o, ok := v.origins[p.Key]; ok {
			v.probs.add(p.Severity, o.source, 0, o.name, "%s", p.Message)
			continue
		}
		v.probs.add(p.Severity, v.source, v.line(p.Key), p.Key, "%s", p.Message)
	}
}

func (v *validator) config() {
	c := v.cfg
	if c.URL != "" {
		v.checkURL("url", c.URL)
	}
	if !daemonIDRE.MatchString(c.DaemonID) {
		v.rep.Errorf("daemon_id", "%q is not a valid daemon ID: use 1-63 lower-case letters, digits and dashes", c.DaemonID)
	}
	if !filepath.IsAbs(c.StateDir) {
		v.rep.Errorf("state_dir", "must be an absolute path, got %q", c.StateDir)
	}
	v.rep.IntRange("max_runners", c.MaxRunners, 0, maxRunnersLimit)
	v.rep.DurationRange("drain_timeout", c.DrainTimeout, 0, maxTimeout)
	v.rep.IntRange("github.concurrency", c.GitHub.Concurrency, 1, 64)
	if c.GitHub.RateLimit <= 0 || c.GitHub.RateLimit > 1000 {
		v.rep.Errorf("github.rate_limit", "must be above 0 and at most 1000 per second, got %g", c.GitHub.RateLimit)
	}
	v.rep.IntRange("github.rate_burst", c.GitHub.RateBurst, 1, 10000)
	v.rep.IntRange("github.retry_max", c.GitHub.RetryMax, 0, 20)
	v.rep.DurationRange("github.retry_wait_max", c.GitHub.RetryWaitMax, 0, 10*time.Minute)
	if c.Admin.Socket != "" && !filepath.IsAbs(c.Admin.Socket) {
		v.rep.Errorf("admin.socket", "must be an absolute path, got %q", c.Admin.Socket)
	}
	if c.Metrics.Listen != "" {
		if _, _, err := net.SplitHostPort(c.Metrics.Listen); err != nil {
			v.rep.Errorf("metrics.listen", "must be host:port such as 127.0.0.1:9464, got %q", c.Metrics.Listen)
		}
	}
	if c.Dashboard.Listen != "" {
		host, _, err := net.SplitHostPort(c.Dashboard.Listen)
		switch {
		case err != nil:
			v.rep.Errorf("dashboard.listen", "must be host:port such as 127.0.0.1:9465, got %q", c.Dashboard.Listen)
		case !isLoopback(host):
			v.rep.Warnf("dashboard.listen", "%q is reachable from other hosts; the dashboard has no authentication and shows repository and job names: prefer 127.0.0.1 behind an authenticating proxy", c.Dashboard.Listen)
		}
	}
	v.rep.OneOf("log.level", c.Log.Level, "debug", "info", "warn", "error")
	v.rep.OneOf("log.format", c.Log.Format, "text", "json")
	v.credentials("", c.TokenFile, c.GitHubApp)
	v.cluster(c.Cluster)

	if len(v.runnerKeys) == 0 && len(c.Runners) == 0 {
		v.rep.Errorf("runners", "no runners configured: add a runners section with at least one entry")
	}
	for _, name := range v.runnerKeys {
		if !runnerNameRE.MatchString(name) || len(name) > maxRunnerNameLen {
			v.rep.Errorf(runnerKey(name), "%q is not a valid runner name: it is used in container, domain and VM names, so use at most %d letters, digits, '-' and '_', starting with a letter or digit", name, maxRunnerNameLen)
		}
	}
	names := make([]string, 0, len(c.Runners))
	for name := range c.Runners {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		r := c.Runners[name]
		v.runner("runners."+name, &r)
	}
}

func (v *validator) runner(p string, r *RunnerConfig) {
	if r.URL != "" {
		v.checkURL(p+".url", r.URL)
	}
	if r.URL == "" && v.cfg.URL == "" {
		v.rep.Errorf(p, "no GitHub URL: set url at the top level, url in this runner, or pass --url")
	}
	v.credentials(p, r.TokenFile, r.GitHubApp)

	if len(r.Labels) == 0 {
		v.rep.Errorf(p+".labels", "at least one label is required (the runs-on labels this scale set answers to)")
	}
	seen := map[string]int{}
	for i, l := range r.Labels {
		key := fmt.Sprintf("%s.labels[%d]", p, i)
		switch {
		case strings.TrimSpace(l) == "":
			v.rep.Errorf(key, "empty label")
		case strings.ContainsAny(l, " \t,"):
			v.rep.Errorf(key, "label %q contains a space or comma", l)
		}
		lower := strings.ToLower(l)
		if first, dup := seen[lower]; dup {
			v.rep.Errorf(key, "duplicate label %q (labels[%d] already has it; GitHub labels ignore case)", l, first)
		}
		seen[lower] = i
	}

	v.rep.IntRange(p+".max_runners", r.MaxRunners, 0, maxRunnersLimit)
	v.rep.IntRange(p+".min_idle", r.MinIdle, 0, maxRunnersLimit)
	if r.MinIdle > r.MaxRunners {
		v.rep.Errorf(p+".min_idle", "min_idle (%d) exceeds max_runners (%d)", r.MinIdle, r.MaxRunners)
	}
	if strings.TrimSpace(r.RunnerGroup) == "" {
		v.rep.Errorf(p+".runner_group", "must not be empty")
	}
	v.rep.DurationRange(p+".start_timeout", r.StartTimeout, time.Second, maxTimeout)
	v.rep.DurationRange(p+".stop_timeout", r.StopTimeout, time.Second, time.Hour)
	if w := r.Warm; w != nil {
		v.rep.IntRange(p+".warm.size", w.Size, 0, maxRunnersLimit)
		v.rep.IntRange(p+".warm.min", w.Min, 0, maxRunnersLimit)
		v.rep.IntRange(p+".warm.max", w.Max, 0, maxRunnersLimit)
		v.rep.DurationRange(p+".warm.max_age", w.MaxAge, 0, 30*24*time.Hour)
		switch {
		case w.Adaptive && w.Size > 0:
			v.rep.Errorf(p+".warm.size", "size is for a fixed pool; an adaptive one takes min and max")
		case !w.Adaptive && (w.Min > 0 || w.Max > 0):
			v.rep.Errorf(p+".warm.min", "min and max are for an adaptive pool (adaptive: true); a fixed one takes size")
		case w.Min > w.Max:
			v.rep.Errorf(p+".warm.min", "min (%d) exceeds max (%d)", w.Min, w.Max)
		}
	}
	v.rep.IntRange(p+".retry.budget", r.Retry.Budget, 1, 1000)
	v.rep.DurationRange(p+".retry.backoff_base", r.Retry.BackoffBase, time.Millisecond, time.Hour)
	v.rep.DurationRange(p+".retry.backoff_cap", r.Retry.BackoffCap, time.Millisecond, maxTimeout)
	if r.Retry.BackoffCap < r.Retry.BackoffBase {
		v.rep.Errorf(p+".retry.backoff_cap", "backoff_cap (%s) is below backoff_base (%s)", r.Retry.BackoffCap, r.Retry.BackoffBase)
	}

	switch b := r.backends(); len(b) {
	case 0:
		v.rep.Errorf(p, "no backend: set exactly one of docker, libvirt, tart or sim")
	case 1:
	default:
		v.rep.Errorf(p, "both %s are set; a runner uses exactly one backend", strings.Join(b, " and "))
	}
	if r.Libvirt != nil {
		v.libvirtOS(p+".libvirt", r.Libvirt, r.Labels)
	}
	if v.check != nil {
		v.rep.Add(p, v.check(r))
	}
}

// libvirtOS warns when a libvirt block sets neither os nor a Windows
// runner_cmd but its image or labels look like Windows: it is loaded as a
// Linux guest, and would run the runner with a Linux environment.
func (v *validator) libvirtOS(p string, l *LibvirtImage, labels []string) {
	if _, set := v.lines[p+".os"]; set || l.OS != DefaultLibvirtOS {
		return
	}
	hint := ""
	if base := strings.ToLower(filepath.Base(l.Path)); strings.Contains(base, "win") {
		hint = "path " + l.Path
	}
	for _, label := range labels {
		if strings.EqualFold(label, "windows") && hint == "" {
			hint = "the label windows"
		}
	}
	if hint != "" {
		v.rep.Warnf(p, "os is not set and runner_cmd is not a Windows path, so the guest is taken as Linux, but %s suggests Windows: add `os: windows` to this libvirt block (libvirt.os: windows) if it is a Windows guest, or `os: linux` to confirm Linux", hint)
	}
}

// credentials checks the token file and App credentials set at one level.
func (v *validator) credentials(p, tokenFile string, app *GitHubApp) {
	prefix := ""
	if p != "" {
		prefix = p + "."
	}
	if tokenFile != "" && app != nil {
		v.rep.Errorf(prefix+"github_app", "set either token_file or github_app, not both")
	}
	if tokenFile != "" && v.readFiles {
		v.secretFile(prefix+"token_file", tokenFile, "token")
	}
	if app == nil {
		return
	}
	ap := prefix + "github_app"
	if app.ClientID == "" && app.AppID == 0 {
		v.rep.Errorf(ap, "incomplete GitHub App credentials: set client_id (or app_id)")
	}
	if app.AppID < 0 {
		v.rep.Errorf(ap+".app_id", "must be positive, got %d", app.AppID)
	}
	if app.InstallationID <= 0 {
		v.rep.Errorf(ap+".installation_id", "incomplete GitHub App credentials: installation_id is required")
	}
	if app.PrivateKeyFile == "" {
		v.rep.Errorf(ap+".private_key_file", "incomplete GitHub App credentials: private_key_file is required")
	} else if v.readFiles {
		v.secretFile(ap+".private_key_file", app.PrivateKeyFile, "private key")
	}
}

// secretFile checks that a credential file is readable, non-empty and not
// readable by other users.
func (v *validator) secretFile(key, path, what string) {
	content, warning, err := readSecretFile(path)
	switch {
	case err != nil:
		v.rep.Errorf(key, "%v", err)
	case strings.TrimSpace(content) == "":
		v.rep.Errorf(key, "the %s file %s is empty", what, path)
	}
	if warning != "" {
		v.rep.Warnf(key, "%s", warning)
	}
}

func (v *validator) checkURL(key, raw string) {
	if err := checkGitHubURL(raw); err != nil {
		v.rep.Errorf(key, "%v", err)
	}
}

// checkGitHubURL accepts organization, repository and enterprise URLs.
func checkGitHubURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Errorf("%q is not a GitHub URL such as https://github.com/my-org or https://github.com/owner/repo", raw)
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	switch {
	case len(parts) == 1 && parts[0] != "":
	case len(parts) == 2 && strings.EqualFold(parts[0], "enterprises") && parts[1] != "":
	case len(parts) == 2 && parts[0] != "" && parts[1] != "":
	default:
		return fmt.Errorf("%q must name an organization (/org), a repository (/owner/repo) or an enterprise (/enterprises/name)", raw)
	}
	return nil
}

// runnerKey is the key path of a runner entry, quoting names with dots.
func runnerKey(name string) string {
	if strings.Contains(name, ".") {
		return fmt.Sprintf("runners.%q", name)
	}
	return "runners." + name
}

// isLoopback reports whether a listen host only accepts local connections.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
