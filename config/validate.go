package config

import (
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Limits beyond which a number is treated as a mistake.
const (
	maxRunnersLimit  = 10000
	maxCPUs          = 1024
	maxMemoryMB      = 4 << 20 // 4 TiB
	maxTimeout       = 24 * time.Hour
	maxRunnerNameLen = 40 // runner names add "-" and 8 hex digits; GitHub allows 64
)

var (
	// runnerNameRE accepts names valid as a Docker container name, a
	// libvirt domain name, a Tart VM name and a GitHub scale set name.
	runnerNameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]*$`)
	daemonIDRE   = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$`)
	envNameRE    = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	netNameRE    = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)
	// fwdHostRE is what a guest_forward host may contain: it ends up in a
	// QEMU option string and a relay command line.
	fwdHostRE = regexp.MustCompile(`^[A-Za-z0-9:][A-Za-z0-9.:-]*$`)
)

// validator checks a decoded configuration and reports every problem.
type validator struct {
	cfg        *Config
	source     string
	lines      map[string]int
	probs      *problems
	runnerKeys []string
	readFiles  bool
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

func (v *validator) errorf(key, format string, args ...any) {
	v.probs.add(SeverityError, v.source, v.line(key), key, format, args...)
}

func (v *validator) warnf(key, format string, args ...any) {
	v.probs.add(SeverityWarning, v.source, v.line(key), key, format, args...)
}

func (v *validator) validate() {
	c := v.cfg
	if c.URL != "" {
		v.checkURL("url", c.URL)
	}
	if !daemonIDRE.MatchString(c.DaemonID) {
		v.errorf("daemon_id", "%q is not a valid daemon ID: use 1-63 lower-case letters, digits and dashes", c.DaemonID)
	}
	if !filepath.IsAbs(c.StateDir) {
		v.errorf("state_dir", "must be an absolute path, got %q", c.StateDir)
	}
	v.intRange("max_runners", c.MaxRunners, 0, maxRunnersLimit)
	v.durationRange("drain_timeout", c.DrainTimeout, 0, maxTimeout)
	v.intRange("github.concurrency", c.GitHub.Concurrency, 1, 64)
	if c.GitHub.RateLimit <= 0 || c.GitHub.RateLimit > 1000 {
		v.errorf("github.rate_limit", "must be above 0 and at most 1000 per second, got %g", c.GitHub.RateLimit)
	}
	v.intRange("github.rate_burst", c.GitHub.RateBurst, 1, 10000)
	v.intRange("github.retry_max", c.GitHub.RetryMax, 0, 20)
	v.durationRange("github.retry_wait_max", c.GitHub.RetryWaitMax, 0, 10*time.Minute)
	if c.Admin.Socket != "" && !filepath.IsAbs(c.Admin.Socket) {
		v.errorf("admin.socket", "must be an absolute path, got %q", c.Admin.Socket)
	}
	if c.Metrics.Listen != "" {
		if _, _, err := net.SplitHostPort(c.Metrics.Listen); err != nil {
			v.errorf("metrics.listen", "must be host:port such as 127.0.0.1:9464, got %q", c.Metrics.Listen)
		}
	}
	v.oneOf("log.level", c.Log.Level, "debug", "info", "warn", "error")
	v.oneOf("log.format", c.Log.Format, "text", "json")
	v.credentials("", c.TokenFile, c.GitHubApp)

	if len(v.runnerKeys) == 0 && len(c.Runners) == 0 {
		v.errorf("runners", "no runners configured: add a runners section with at least one entry")
	}
	for _, name := range v.runnerKeys {
		if !runnerNameRE.MatchString(name) || len(name) > maxRunnerNameLen {
			v.errorf(runnerKey(name), "%q is not a valid runner name: it is used in container, domain and VM names, so use at most %d letters, digits, '-' and '_', starting with a letter or digit", name, maxRunnerNameLen)
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
		v.errorf(p, "no GitHub URL: set url at the top level, url in this runner, or pass --url")
	}
	v.credentials(p, r.TokenFile, r.GitHubApp)

	if len(r.Labels) == 0 {
		v.errorf(p+".labels", "at least one label is required (the runs-on labels this scale set answers to)")
	}
	seen := map[string]int{}
	for i, l := range r.Labels {
		key := fmt.Sprintf("%s.labels[%d]", p, i)
		switch {
		case strings.TrimSpace(l) == "":
			v.errorf(key, "empty label")
		case strings.ContainsAny(l, " \t,"):
			v.errorf(key, "label %q contains a space or comma", l)
		}
		lower := strings.ToLower(l)
		if first, dup := seen[lower]; dup {
			v.errorf(key, "duplicate label %q (labels[%d] already has it; GitHub labels ignore case)", l, first)
		}
		seen[lower] = i
	}

	v.intRange(p+".max_runners", r.MaxRunners, 0, maxRunnersLimit)
	v.intRange(p+".min_idle", r.MinIdle, 0, maxRunnersLimit)
	if r.MinIdle > r.MaxRunners {
		v.errorf(p+".min_idle", "min_idle (%d) exceeds max_runners (%d)", r.MinIdle, r.MaxRunners)
	}
	if strings.TrimSpace(r.RunnerGroup) == "" {
		v.errorf(p+".runner_group", "must not be empty")
	}
	v.durationRange(p+".start_timeout", r.StartTimeout, time.Second, maxTimeout)
	v.durationRange(p+".stop_timeout", r.StopTimeout, time.Second, time.Hour)
	v.intRange(p+".retry.budget", r.Retry.Budget, 1, 1000)
	v.durationRange(p+".retry.backoff_base", r.Retry.BackoffBase, time.Millisecond, time.Hour)
	v.durationRange(p+".retry.backoff_cap", r.Retry.BackoffCap, time.Millisecond, maxTimeout)
	if r.Retry.BackoffCap < r.Retry.BackoffBase {
		v.errorf(p+".retry.backoff_cap", "backoff_cap (%s) is below backoff_base (%s)", r.Retry.BackoffCap, r.Retry.BackoffBase)
	}

	switch b := r.backends(); len(b) {
	case 0:
		v.errorf(p, "no backend: set exactly one of docker, libvirt, tart or sim")
	case 1:
	default:
		v.errorf(p, "both %s are set; a runner uses exactly one backend", strings.Join(b, " and "))
	}
	if r.Docker != nil {
		v.docker(p+".docker", r.Docker)
	}
	if r.Libvirt != nil {
		v.libvirt(p+".libvirt", r.Libvirt)
	}
	if r.Tart != nil {
		v.tart(p+".tart", r.Tart)
	}
	if r.Sim != nil {
		v.sim(p+".sim", r.Sim)
	}
}

func (v *validator) docker(p string, d *DockerImage) {
	v.required(p+".image", d.Image)
	v.required(p+".runner_cmd", d.RunnerCmd)
	v.oneOf(p+".pull_policy", d.PullPolicy, "missing", "always", "never")
	for i, m := range d.Mounts {
		key := fmt.Sprintf("%s.mounts[%d]", p, i)
		v.absPath(key+".source", m.Source)
		v.absPath(key+".target", m.Target)
	}
	for target := range d.Tmpfs {
		if !filepath.IsAbs(target) {
			v.errorf(p+".tmpfs."+target, "tmpfs target must be an absolute path")
		}
	}
	for name := range d.Env {
		key := p + ".env." + name
		switch {
		case !envNameRE.MatchString(name):
			v.errorf(key, "%q is not a valid environment variable name", name)
		case name == "ACTIONS_RUNNER_INPUT_JITCONFIG":
			v.errorf(key, "is reserved: outrunner passes the runner's JIT config in it")
		}
	}
	for label := range d.ContainerLabels {
		if label == "outrunner" || strings.HasPrefix(label, "outrunner.") {
			v.errorf(p+".container_labels."+label, "labels named outrunner or outrunner.* are reserved for ownership")
		}
	}
	if d.Network != "" && !netNameRE.MatchString(d.Network) {
		v.errorf(p+".network", "%q is not a valid network name", d.Network)
	}
	if d.Host != "" {
		v.schemeOneOf(p+".host", d.Host, "unix", "tcp", "ssh")
	}
	if d.CPUs < 0 || d.CPUs > maxCPUs {
		v.errorf(p+".cpus", "must be between 0 (unlimited) and %d, got %g", maxCPUs, d.CPUs)
	}
	v.intRange(p+".memory", d.MemoryMB, 0, maxMemoryMB)
	if d.MemoryMB > 0 && d.MemoryMB < 6 {
		v.errorf(p+".memory", "is in MiB; Docker needs at least 6, got %d", d.MemoryMB)
	}
	v.intRange(p+".pids_limit", d.PidsLimit, 0, 1<<22)
}

func (v *validator) libvirt(p string, l *LibvirtImage) {
	v.absPath(p+".path", l.Path)
	v.required(p+".runner_cmd", l.RunnerCmd)
	v.intRange(p+".cpus", l.CPUs, 1, maxCPUs)
	v.intRange(p+".memory", l.MemoryMB, 64, maxMemoryMB)
	if l.Socket != "" && !filepath.IsAbs(l.Socket) {
		v.errorf(p+".socket", "must be an absolute path, got %q", l.Socket)
	}
	if u, err := url.Parse(l.URI); err != nil || u.Scheme == "" {
		v.errorf(p+".uri", "%q is not a libvirt URI such as qemu:///system", l.URI)
	}
	v.absPath(p+".overlay_dir", l.OverlayDir)
	v.oneOf(p+".firmware", l.Firmware, "efi", "bios")
	v.oneOf(p+".os", l.OS, "linux", "windows")
	v.oneOf(p+".arch", l.Arch, "x86_64", "aarch64")
	v.oneOf(p+".domain_type", l.DomainType, "auto", "kvm", "qemu")
	if l.Network != "" && !netNameRE.MatchString(l.Network) {
		v.errorf(p+".network", "%q is not a valid network name", l.Network)
	}
	if l.Kernel != "" {
		v.absPath(p+".kernel", l.Kernel)
	}
	if l.Initrd != "" {
		v.absPath(p+".initrd", l.Initrd)
		if l.Kernel == "" {
			v.errorf(p+".initrd", "needs kernel: initrd is only used for direct kernel boot")
		}
	}
	if l.Cmdline != "" && l.Kernel == "" {
		v.errorf(p+".cmdline", "needs kernel: cmdline is only used for direct kernel boot")
	}
	v.durationRange(p+".agent_timeout", l.AgentTimeout, time.Second, time.Hour)
	if f := l.GuestForward; f != nil {
		if l.Network != "" {
			v.errorf(p+".guest_forward", "cannot be combined with network: guest_forward gives the guest its own restricted NIC")
		}
		if err := f.CheckGuest(); err != nil {
			v.errorf(p+".guest_forward.guest", "%v", err)
		}
		if err := f.CheckHost(); err != nil {
			v.errorf(p+".guest_forward.host", "%v", err)
		}
	}
	tags := map[string]string{}
	mounts := l.Mounts
	keys := make([]string, len(mounts))
	for i := range mounts {
		keys[i] = fmt.Sprintf("%s.mounts[%d]", p, i)
	}
	if l.Mount != nil {
		mounts = append([]LibvirtMount{*l.Mount}, mounts...)
		keys = append([]string{p + ".mount"}, keys...)
	}
	for i, m := range mounts {
		v.absPath(keys[i]+".source", m.Source)
		tag := m.Tag
		if tag == "" {
			tag = filepath.Base(m.Source)
		}
		if prev, dup := tags[tag]; dup {
			v.errorf(keys[i], "virtiofs tag %q is already used by %s; set a distinct tag", tag, prev)
		}
		tags[tag] = keys[i]
	}
}

// guestForwardNet is QEMU user networking's default subnet; reserved holds
// its addresses that a forward cannot use (network, gateway, DNS, the
// guest's own DHCP address, broadcast).
var (
	guestForwardNet      = netip.MustParsePrefix("10.0.2.0/24")
	guestForwardReserved = map[netip.Addr]string{
		netip.MustParseAddr("10.0.2.0"):   "the network address",
		netip.MustParseAddr("10.0.2.2"):   "the gateway",
		netip.MustParseAddr("10.0.2.3"):   "the DNS server",
		netip.MustParseAddr("10.0.2.15"):  "the guest's own address",
		netip.MustParseAddr("10.0.2.255"): "the broadcast address",
	}
)

// CheckGuest reports why Guest is not a usable forward address, or nil.
func (f *LibvirtGuestForward) CheckGuest() error {
	host, port, err := net.SplitHostPort(f.Guest)
	if err != nil {
		return fmt.Errorf("%q is not an address:port such as %s", f.Guest, DefaultLibvirtGuestForwardGuest)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil || !ip.Is4() || !guestForwardNet.Contains(ip) {
		return fmt.Errorf("%q must be an IPv4 address in QEMU's user network %s", host, guestForwardNet)
	}
	if what, ok := guestForwardReserved[ip]; ok {
		return fmt.Errorf("%s is %s of QEMU's user network; pick another, e.g. %s", ip, what, DefaultLibvirtGuestForwardGuest)
	}
	return checkPort(port)
}

// CheckHost reports why Host is not a usable relay target, or nil.
func (f *LibvirtGuestForward) CheckHost() error {
	if f.Host == "" {
		return fmt.Errorf("is required: the host:port on the hypervisor host that guest connections are relayed to")
	}
	host, port, err := net.SplitHostPort(f.Host)
	if err != nil || host == "" {
		return fmt.Errorf("%q is not a host:port such as 127.0.0.1:3128", f.Host)
	}
	if !fwdHostRE.MatchString(host) {
		return fmt.Errorf("host %q may only contain letters, digits, '.', ':' and '-'", host)
	}
	return checkPort(port)
}

// checkPort accepts a decimal TCP port 1-65535.
func checkPort(port string) error {
	n, err := strconv.Atoi(port)
	if err != nil || n < 1 || n > 65535 || strconv.Itoa(n) != port {
		return fmt.Errorf("port %q must be a number between 1 and 65535", port)
	}
	return nil
}

func (v *validator) tart(p string, t *TartImage) {
	v.required(p+".image", t.Image)
	v.required(p+".runner_cmd", t.RunnerCmd)
	v.intRange(p+".cpus", t.CPUs, 1, 128)
	v.intRange(p+".memory", t.MemoryMB, 512, 1<<20)
	v.durationRange(p+".boot_timeout", t.BootTimeout, time.Second, time.Hour)
	names := map[string]int{}
	for i, m := range t.Mounts {
		key := fmt.Sprintf("%s.mounts[%d]", p, i)
		v.absPath(key+".source", m.Source)
		switch {
		case m.Name == "":
			v.errorf(key+".name", "is required (the share's name inside the guest)")
		case strings.ContainsAny(m.Name, ":/ "):
			v.errorf(key+".name", "%q must not contain ':', '/' or spaces", m.Name)
		}
		if first, dup := names[m.Name]; dup && m.Name != "" {
			v.errorf(key+".name", "duplicate mount name %q (mounts[%d] already has it)", m.Name, first)
		}
		names[m.Name] = i
	}
}

func (v *validator) sim(p string, s *SimImage) {
	v.durationRange(p+".start_latency", s.StartLatency, 0, time.Hour)
	for key, rate := range map[string]float64{"start_failure_rate": s.StartFailureRate, "stop_failure_rate": s.StopFailureRate} {
		if rate < 0 || rate > 1 {
			v.errorf(p+"."+key, "must be a probability between 0 and 1, got %g", rate)
		}
	}
}

// credentials checks the token file and App credentials set at one level.
func (v *validator) credentials(p, tokenFile string, app *GitHubApp) {
	prefix := ""
	if p != "" {
		prefix = p + "."
	}
	if tokenFile != "" && app != nil {
		v.errorf(prefix+"github_app", "set either token_file or github_app, not both")
	}
	if tokenFile != "" && v.readFiles {
		v.secretFile(prefix+"token_file", tokenFile, "token")
	}
	if app == nil {
		return
	}
	ap := prefix + "github_app"
	if app.ClientID == "" && app.AppID == 0 {
		v.errorf(ap, "incomplete GitHub App credentials: set client_id (or app_id)")
	}
	if app.AppID < 0 {
		v.errorf(ap+".app_id", "must be positive, got %d", app.AppID)
	}
	if app.InstallationID <= 0 {
		v.errorf(ap+".installation_id", "incomplete GitHub App credentials: installation_id is required")
	}
	if app.PrivateKeyFile == "" {
		v.errorf(ap+".private_key_file", "incomplete GitHub App credentials: private_key_file is required")
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
		v.errorf(key, "%v", err)
	case strings.TrimSpace(content) == "":
		v.errorf(key, "the %s file %s is empty", what, path)
	}
	if warning != "" {
		v.warnf(key, "%s", warning)
	}
}

func (v *validator) checkURL(key, raw string) {
	if err := checkGitHubURL(raw); err != nil {
		v.errorf(key, "%v", err)
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

func (v *validator) required(key, val string) {
	if strings.TrimSpace(val) == "" {
		v.errorf(key, "is required and must not be empty")
	}
}

func (v *validator) absPath(key, val string) {
	switch {
	case strings.TrimSpace(val) == "":
		v.errorf(key, "is required and must not be empty")
	case !filepath.IsAbs(val):
		v.errorf(key, "must be an absolute path, got %q", val)
	}
}

func (v *validator) oneOf(key, val string, allowed ...string) {
	for _, a := range allowed {
		if val == a {
			return
		}
	}
	msg := fmt.Sprintf("%q is not one of %s", val, strings.Join(allowed, ", "))
	if s := suggest(val, allowed); s != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", s)
	}
	v.errorf(key, "%s", msg)
}

func (v *validator) schemeOneOf(key, raw string, schemes ...string) {
	u, err := url.Parse(raw)
	if err == nil {
		for _, s := range schemes {
			if u.Scheme == s {
				return
			}
		}
	}
	v.errorf(key, "%q must start with %s://", raw, strings.Join(schemes, ":// or "))
}

func (v *validator) intRange(key string, val, lo, hi int) {
	if val < lo || val > hi {
		v.errorf(key, "must be between %d and %d, got %d", lo, hi, val)
	}
}

func (v *validator) durationRange(key string, val Duration, lo, hi time.Duration) {
	if d := val.D(); d < lo || d > hi {
		v.errorf(key, "must be between %s and %s, got %s", lo, hi, d)
	}
}

// runnerKey is the key path of a runner entry, quoting names with dots.
func runnerKey(name string) string {
	if strings.Contains(name, ".") {
		return fmt.Sprintf("runners.%q", name)
	}
	return "runners." + name
}
