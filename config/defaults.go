package config

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// Default values of configuration keys. docs/reference/configuration.md
// lists the same values; keep both in step.
const (
	DefaultConfigPath      = "/etc/outrunner/config.yml"
	DefaultMaxRunners      = 2
	DefaultStateDir        = "/var/lib/outrunner" // as root; see UserDefaults
	DefaultRunnerGroup     = "default"
	DefaultDrainTimeout    = 10 * time.Minute
	DefaultAdminSocket     = "/run/outrunner/admin.sock" // as root; see UserDefaults
	DefaultLogLevel        = "info"
	DefaultLogFormat       = "text"
	DefaultAPIConcurrency  = 2
	DefaultAPIRateLimit    = 2.9
	DefaultAPIRateBurst    = 10
	DefaultAPIRetryMax     = 4
	DefaultAPIRetryWaitMax = 30 * time.Second

	DefaultStartTimeout = 10 * time.Minute
	DefaultStopTimeout  = 2 * time.Minute
	DefaultRetryBudget  = 5
	DefaultBackoffBase  = time.Second
	DefaultBackoffCap   = 2 * time.Minute

	DefaultDockerRunnerCmd  = "./run.sh"
	DefaultDockerWarmCmd    = "sleep infinity"
	DefaultDockerPullPolicy = "missing"

	DefaultLibvirtRunnerCmd        = "/actions-runner/run.sh"
	DefaultLibvirtWindowsRunnerCmd = `C:\actions-runner\run.cmd`
	DefaultLibvirtURI              = "qemu:///system"
	DefaultLibvirtCPUs             = 4
	DefaultLibvirtMemoryMB         = 8192
	DefaultLibvirtOverlayDir       = "/var/lib/outrunner/overlays"
	DefaultLibvirtMachine          = "q35"
	DefaultLibvirtFirmware         = "efi"
	DefaultLibvirtOS               = "linux"
	DefaultLibvirtDomainType       = "auto"
	DefaultLibvirtAgentTimeout     = 3 * time.Minute
	// DefaultLibvirtGuestForwardGuest is the address a guest_forward
	// listens on inside the guest's user network.
	DefaultLibvirtGuestForwardGuest = "10.0.2.100:80"

	DefaultTartRunnerCmd   = "/actions-runner/run.sh"
	DefaultTartCPUs        = 4
	DefaultTartMemoryMB    = 8192
	DefaultTartBootTimeout = 3 * time.Minute
)

// PathDefaults are the defaults of the keys that depend on who runs the
// daemon.
type PathDefaults struct {
	// StateDir is the default state_dir.
	StateDir string
	// AdminSocket is the default admin.socket.
	AdminSocket string
}

// UserDefaults returns the default state_dir and admin.socket for a user:
// root gets the system paths (DefaultStateDir, DefaultAdminSocket); any
// other user gets paths of their own, $XDG_STATE_HOME/outrunner (default
// ~/.local/state/outrunner) and $XDG_RUNTIME_DIR/outrunner.sock (without
// XDG_RUNTIME_DIR: admin.sock in the state directory). getenv reads the
// environment.
func UserDefaults(euid int, getenv func(string) string) PathDefaults {
	if euid == 0 {
		return PathDefaults{StateDir: DefaultStateDir, AdminSocket: DefaultAdminSocket}
	}
	state := getenv("XDG_STATE_HOME")
	if !filepath.IsAbs(state) {
		home := getenv("HOME")
		if home == "" {
			home = os.TempDir()
		}
		state = filepath.Join(home, ".local", "state")
	}
	d := PathDefaults{StateDir: filepath.Join(state, "outrunner")}
	if rt := getenv("XDG_RUNTIME_DIR"); filepath.IsAbs(rt) {
		d.AdminSocket = filepath.Join(rt, "outrunner.sock")
	} else {
		d.AdminSocket = filepath.Join(d.StateDir, "admin.sock")
	}
	return d
}

// CurrentUserDefaults is UserDefaults of the process's effective user.
func CurrentUserDefaults() PathDefaults {
	return UserDefaults(os.Geteuid(), os.Getenv)
}

// isSet reports whether a configuration key was given by any source.
type isSet func(key string) bool

// applyDefaults fills every unset key with its default. Keys whose zero
// value is meaningful (max_runners: 0) are only defaulted when absent.
func applyDefaults(c *Config, set isSet) {
	if c.DaemonID == "" {
		c.DaemonID = defaultDaemonID()
	}
	user := CurrentUserDefaults()
	if c.StateDir == "" {
		c.StateDir = user.StateDir
	}
	if !set("max_runners") {
		c.MaxRunners = DefaultMaxRunners
	}
	if c.RunnerGroup == "" {
		c.RunnerGroup = DefaultRunnerGroup
	}
	if !set("drain_timeout") {
		c.DrainTimeout = Duration(DefaultDrainTimeout)
	}
	if !set("github.concurrency") {
		c.GitHub.Concurrency = DefaultAPIConcurrency
	}
	if !set("github.rate_limit") {
		c.GitHub.RateLimit = DefaultAPIRateLimit
	}
	if !set("github.rate_burst") {
		c.GitHub.RateBurst = DefaultAPIRateBurst
	}
	if !set("github.retry_max") {
		c.GitHub.RetryMax = DefaultAPIRetryMax
	}
	if !set("github.retry_wait_max") {
		c.GitHub.RetryWaitMax = Duration(DefaultAPIRetryWaitMax)
	}
	if !set("admin.socket") {
		c.Admin.Socket = user.AdminSocket
	}
	if c.Log.Level == "" {
		c.Log.Level = DefaultLogLevel
	}
	if c.Log.Format == "" {
		c.Log.Format = DefaultLogFormat
	}
	applyClusterDefaults(c.Cluster)
	for name, r := range c.Runners {
		r.Name = name
		p := "runners." + name + "."
		if !set(p + "max_runners") {
			r.MaxRunners = c.MaxRunners
		}
		if r.RunnerGroup == "" {
			r.RunnerGroup = c.RunnerGroup
		}
		if !set(p + "start_timeout") {
			r.StartTimeout = Duration(DefaultStartTimeout)
		}
		if !set(p + "stop_timeout") {
			r.StopTimeout = Duration(DefaultStopTimeout)
		}
		if !set(p + "retry.budget") {
			r.Retry.Budget = DefaultRetryBudget
		}
		if !set(p + "retry.backoff_base") {
			r.Retry.BackoffBase = Duration(DefaultBackoffBase)
		}
		if !set(p + "retry.backoff_cap") {
			r.Retry.BackoffCap = Duration(DefaultBackoffCap)
		}
		if l := r.Libvirt; l != nil && l.OverlayDir == "" && user.StateDir != DefaultStateDir {
			l.OverlayDir = filepath.Join(user.StateDir, "overlays")
		}
		r.ApplyBackendDefaults()
		c.Runners[name] = r
	}
}

// ApplyBackendDefaults fills unset backend keys with their defaults. Loading
// a file does this already; it is exported for configurations built in code.
func (r *RunnerConfig) ApplyBackendDefaults() {
	if d := r.Docker; d != nil {
		if d.RunnerCmd == "" {
			d.RunnerCmd = DefaultDockerRunnerCmd
		}
		if d.WarmCmd == "" {
			d.WarmCmd = DefaultDockerWarmCmd
		}
		if d.PullPolicy == "" {
			d.PullPolicy = DefaultDockerPullPolicy
		}
	}
	if l := r.Libvirt; l != nil {
		if l.OS == "" {
			l.OS = DefaultLibvirtOS
			if IsWindowsRunnerCmd(l.RunnerCmd) {
				l.OS = "windows"
			}
		}
		if l.RunnerCmd == "" {
			l.RunnerCmd = DefaultLibvirtRunnerCmd
			if l.OS == "windows" {
				l.RunnerCmd = DefaultLibvirtWindowsRunnerCmd
			}
		}
		if l.URI == "" {
			l.URI = DefaultLibvirtURI
			if l.Socket != "" {
				l.URI = "qemu:///system?socket=" + l.Socket
			}
		}
		if l.CPUs == 0 {
			l.CPUs = DefaultLibvirtCPUs
		}
		if l.MemoryMB == 0 {
			l.MemoryMB = DefaultLibvirtMemoryMB
		}
		if l.OverlayDir == "" {
			l.OverlayDir = DefaultLibvirtOverlayDir
		}
		if l.Machine == "" && l.Arch != "aarch64" {
			l.Machine = DefaultLibvirtMachine
		}
		if l.Machine == "" {
			l.Machine = "virt"
		}
		if l.Firmware == "" {
			l.Firmware = DefaultLibvirtFirmware
		}
		if l.Arch == "" {
			l.Arch = defaultLibvirtArch()
		}
		if l.DomainType == "" {
			l.DomainType = DefaultLibvirtDomainType
		}
		if l.AgentTimeout == 0 {
			l.AgentTimeout = Duration(DefaultLibvirtAgentTimeout)
		}
		if f := l.GuestForward; f != nil && f.Guest == "" {
			f.Guest = DefaultLibvirtGuestForwardGuest
		}
	}
	if t := r.Tart; t != nil {
		if t.RunnerCmd == "" {
			t.RunnerCmd = DefaultTartRunnerCmd
		}
		if t.CPUs == 0 {
			t.CPUs = DefaultTartCPUs
		}
		if t.MemoryMB == 0 {
			t.MemoryMB = DefaultTartMemoryMB
		}
		if t.BootTimeout == 0 {
			t.BootTimeout = Duration(DefaultTartBootTimeout)
		}
	}
}

// windowsDrivePath matches a path that starts with a drive letter.
var windowsDrivePath = regexp.MustCompile(`^[A-Za-z]:[\\/]`)

// IsWindowsRunnerCmd reports whether a runner_cmd can only be a Windows
// command: a drive path (C:\actions-runner\run.cmd) or a name ending in
// .cmd, .ps1, .bat or .exe. A libvirt block with such a runner_cmd and no
// os is loaded as os: windows (gha-outrunner configurations set no os).
func IsWindowsRunnerCmd(cmd string) bool {
	if windowsDrivePath.MatchString(cmd) {
		return true
	}
	switch strings.ToLower(filepath.Ext(strings.ReplaceAll(cmd, `\`, "/"))) {
	case ".cmd", ".ps1", ".bat", ".exe":
		return true
	}
	return false
}

var nonNameChars = regexp.MustCompile(`[^a-z0-9-]+`)

// defaultDaemonID derives a daemon ID from the hostname.
func defaultDaemonID() string {
	h, err := os.Hostname()
	if err != nil || h == "" {
		return "outrunner"
	}
	h = strings.Trim(nonNameChars.ReplaceAllString(strings.ToLower(h), "-"), "-")
	if h == "" {
		return "outrunner"
	}
	return h
}
