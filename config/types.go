// Package config defines outrunner's configuration file format (a superset of
// gha-outrunner's), loads it in layers with koanf (file, then OUTRUNNER_*
// environment, then command-line flags), validates it, and resolves the
// GitHub URL and credentials for each scale set.
package config

import (
	"runtime"
)

// Config is the outrunner configuration file format. Every gha-outrunner
// configuration file is a valid Config.
type Config struct {
	// URL is the default GitHub URL (organization, repository or enterprise)
	// that scale sets register with.
	URL string `yaml:"url" koanf:"url"`
	// TokenFile is the default file holding a GitHub personal access token.
	TokenFile string `yaml:"token_file" koanf:"token_file"`
	// GitHubApp holds default GitHub App credentials, an alternative to a token.
	GitHubApp *GitHubApp `yaml:"github_app,omitempty" koanf:"github_app"`

	// DaemonID names this daemon in the ownership labels of every environment
	// and runner registration it creates. It must stay stable across restarts
	// so that a restarted daemon recognises what it owns. Default: hostname.
	DaemonID string `yaml:"daemon_id" koanf:"daemon_id"`
	// StateDir holds the daemon's journal of runner registrations, used to
	// clean up after a crash.
	StateDir string `yaml:"state_dir" koanf:"state_dir"`
	// MaxRunners is the default maximum of concurrent runners per scale set.
	MaxRunners int `yaml:"max_runners" koanf:"max_runners"`
	// RunnerGroup is the default runner group that scale sets join.
	RunnerGroup string `yaml:"runner_group" koanf:"runner_group"`
	// DrainTimeout bounds how long a shutdown waits for running jobs.
	DrainTimeout Duration `yaml:"drain_timeout" koanf:"drain_timeout"`

	// GitHub tunes how the daemon talks to the GitHub API.
	GitHub GitHubAPI `yaml:"github" koanf:"github"`
	// Admin configures the local admin API.
	Admin Admin `yaml:"admin" koanf:"admin"`
	// Metrics configures the Prometheus endpoint on TCP.
	Metrics Metrics `yaml:"metrics" koanf:"metrics"`
	// Dashboard configures the live web dashboard on TCP.
	Dashboard Dashboard `yaml:"dashboard" koanf:"dashboard"`
	// Log configures logging.
	Log Log `yaml:"log" koanf:"log"`
	// Cluster makes the daemon a node of a fleet coordinated through
	// etcd; nil (the default) is a single host that never touches etcd.
	Cluster *Cluster `yaml:"cluster,omitempty" koanf:"cluster"`

	// Runners maps a scale set name to its runner environment.
	Runners map[string]RunnerConfig `yaml:"runners" koanf:"runners"`
}

// GitHubApp holds GitHub App credentials. Either ClientID or AppID names the
// app; the private key is read from PrivateKeyFile.
type GitHubApp struct {
	// ClientID is the app's client ID (preferred by GitHub).
	ClientID string `yaml:"client_id,omitempty" koanf:"client_id"`
	// AppID is the app's numeric ID, accepted instead of ClientID.
	AppID int64 `yaml:"app_id,omitempty" koanf:"app_id"`
	// InstallationID is the installation of the app on the org or repository.
	InstallationID int64 `yaml:"installation_id" koanf:"installation_id"`
	// PrivateKeyFile is a PEM file with the app's private key.
	PrivateKeyFile string `yaml:"private_key_file" koanf:"private_key_file"`
}

// GitHubAPI tunes the daemon's GitHub API clients. Clients are pooled per
// (URL, credentials) pair and shared by every scale set using that pair.
type GitHubAPI struct {
	// Concurrency is the number of API calls that may run at once per pool.
	Concurrency int `yaml:"concurrency" koanf:"concurrency"`
	// RateLimit is the sustained rate of runner registrations (JIT configs
	// and removals) per second per pool.
	RateLimit float64 `yaml:"rate_limit" koanf:"rate_limit"`
	// RateBurst is the burst allowed above RateLimit.
	RateBurst int `yaml:"rate_burst" koanf:"rate_burst"`
	// RetryMax is how often one HTTP request is retried on 5xx, 429 or a
	// transport error.
	RetryMax int `yaml:"retry_max" koanf:"retry_max"`
	// RetryWaitMax caps the wait between two HTTP retries.
	RetryWaitMax Duration `yaml:"retry_wait_max" koanf:"retry_wait_max"`
}

// Admin configures the admin API served on a unix socket.
type Admin struct {
	// Socket is the unix socket path; it is created with mode 0600.
	Socket string `yaml:"socket" koanf:"socket"`
}

// Metrics configures the Prometheus endpoint.
type Metrics struct {
	// Listen is a TCP address such as 127.0.0.1:9464; empty disables it.
	Listen string `yaml:"listen" koanf:"listen"`
}

// Dashboard configures the live web dashboard: read-only views of the
// scale sets, runners and job timelines.
type Dashboard struct {
	// Listen is a TCP address such as 127.0.0.1:9465; empty disables it.
	Listen string `yaml:"listen" koanf:"listen"`
}

// Log configures the daemon's logging.
type Log struct {
	// Level is debug, info, warn or error.
	Level string `yaml:"level" koanf:"level"`
	// Format is text (the human format) or json.
	Format string `yaml:"format" koanf:"format"`
}

// RunnerConfig defines a runner environment and the scale set it registers.
// The map key in Config.Runners is the scale set name. Exactly one of
// Docker, Libvirt, Tart or Sim must be set.
type RunnerConfig struct {
	// Name is the scale set name, copied from the map key.
	Name string `yaml:"-" koanf:"-"`

	// URL overrides the global URL for this scale set.
	URL string `yaml:"url,omitempty" koanf:"url"`
	// TokenFile overrides every other token source for this scale set.
	TokenFile string `yaml:"token_file,omitempty" koanf:"token_file"`
	// GitHubApp overrides every other credential source for this scale set.
	GitHubApp *GitHubApp `yaml:"github_app,omitempty" koanf:"github_app"`

	// Labels are the runs-on labels the scale set answers to.
	Labels []string `yaml:"labels" koanf:"labels"`
	// MaxRunners caps the scale set's concurrent runners. Zero is allowed
	// and means the scale set takes no jobs.
	MaxRunners int `yaml:"max_runners" koanf:"max_runners"`
	// MinIdle is the number of idle runners kept warm beyond demand.
	MinIdle int `yaml:"min_idle" koanf:"min_idle"`
	// RunnerGroup overrides the global runner group.
	RunnerGroup string `yaml:"runner_group" koanf:"runner_group"`
	// StartTimeout bounds one provisioning attempt.
	StartTimeout Duration `yaml:"start_timeout" koanf:"start_timeout"`
	// StopTimeout bounds tearing an environment down.
	StopTimeout Duration `yaml:"stop_timeout" koanf:"stop_timeout"`
	// Retry sets how failed provisioning attempts are retried.
	Retry Retry `yaml:"retry" koanf:"retry"`
	// Warm keeps booted, unregistered environments ready to be bound to a
	// runner when demand comes (backends with the Binder capability).
	Warm *Warm `yaml:"warm,omitempty" koanf:"warm"`

	// Docker runs each job in a container.
	Docker *DockerImage `yaml:"docker,omitempty" koanf:"docker"`
	// Libvirt runs each job in a libvirt/KVM virtual machine.
	Libvirt *LibvirtImage `yaml:"libvirt,omitempty" koanf:"libvirt"`
	// Tart runs each job in a Tart VM on Apple Silicon.
	Tart *TartImage `yaml:"tart,omitempty" koanf:"tart"`
	// Sim runs each job in an in-process emulated runner (for the simulator).
	Sim *SimImage `yaml:"sim,omitempty" koanf:"sim"`
}

// Warm configures a scale set's pool of warm environments: either a fixed
// Size, or an adaptive target between Min and Max that follows demand.
type Warm struct {
	// Size is a fixed pool size.
	Size int `yaml:"size,omitempty" koanf:"size"`
	// Min and Max bound the adaptive target.
	Min int `yaml:"min,omitempty" koanf:"min"`
	Max int `yaml:"max,omitempty" koanf:"max"`
	// Adaptive makes the target follow recent demand between Min and Max.
	Adaptive bool `yaml:"adaptive,omitempty" koanf:"adaptive"`
	// MaxAge recycles a warm environment older than this; 0 keeps it.
	MaxAge Duration `yaml:"max_age,omitempty" koanf:"max_age"`
}

// Bounds returns the pool's lower and upper sizes: Size twice for a fixed
// pool, Min and Max for an adaptive one. A nil Warm has no pool.
func (w *Warm) Bounds() (lo, hi int) {
	if w == nil {
		return 0, 0
	}
	if w.Adaptive {
		return w.Min, w.Max
	}
	return w.Size, w.Size
}

// Retry configures the retry budget and backoff of a runner's provisioning.
type Retry struct {
	// Budget is the number of consecutive failed attempts after which a
	// runner gives up.
	Budget int `yaml:"budget" koanf:"budget"`
	// BackoffBase is the first backoff delay; it doubles per failure.
	BackoffBase Duration `yaml:"backoff_base" koanf:"backoff_base"`
	// BackoffCap caps the backoff delay.
	BackoffCap Duration `yaml:"backoff_cap" koanf:"backoff_cap"`
}

// DockerImage configures a Docker-based runner.
type DockerImage struct {
	// Image is the container image.
	Image string `yaml:"image" koanf:"image"`
	// RunnerCmd is the runner entry point inside the container.
	RunnerCmd string `yaml:"runner_cmd" koanf:"runner_cmd"`
	// WarmCmd is what a warm container runs while it waits to be bound
	// (the runner is then started beside it with docker exec).
	WarmCmd string `yaml:"warm_cmd,omitempty" koanf:"warm_cmd"`
	// Mounts are bind mounts.
	Mounts []DockerMount `yaml:"mounts,omitempty" koanf:"mounts"`

	// Host is the engine endpoint (unix://, tcp:// or ssh://). Empty means
	// DOCKER_HOST, then the active docker context, then well-known sockets.
	Host string `yaml:"host,omitempty" koanf:"host"`
	// PullPolicy is missing (default), always or never.
	PullPolicy string `yaml:"pull_policy" koanf:"pull_policy"`
	// Tmpfs maps container paths to tmpfs mount options (e.g. "size=1g").
	Tmpfs map[string]string `yaml:"tmpfs,omitempty" koanf:"tmpfs"`
	// Env adds environment variables to the container.
	Env map[string]string `yaml:"env,omitempty" koanf:"env"`
	// ContainerLabels adds labels to the container.
	ContainerLabels map[string]string `yaml:"container_labels,omitempty" koanf:"container_labels"`
	// Network is empty (the engine's default bridge), host, none or a
	// named network.
	Network string `yaml:"network,omitempty" koanf:"network"`
	// CPUs limits the container's CPU (e.g. 2 or 1.5); zero is unlimited.
	CPUs float64 `yaml:"cpus,omitempty" koanf:"cpus"`
	// MemoryMB limits the container's memory in MiB; zero is unlimited.
	MemoryMB int `yaml:"memory,omitempty" koanf:"memory"`
	// PidsLimit limits the number of processes; zero is unlimited.
	PidsLimit int `yaml:"pids_limit,omitempty" koanf:"pids_limit"`
	// User runs the runner as this user (name, uid or uid:gid).
	User string `yaml:"user,omitempty" koanf:"user"`
	// Privileged runs the container privileged; off unless set.
	Privileged bool `yaml:"privileged,omitempty" koanf:"privileged"`
	// AllowPrivilegeEscalation lets processes gain privileges through
	// setuid binaries such as sudo. Off by default: containers run with
	// no-new-privileges unless this or Privileged is set.
	AllowPrivilegeEscalation bool `yaml:"allow_privilege_escalation,omitempty" koanf:"allow_privilege_escalation"`
	// KeepFailed keeps containers that exited non-zero for inspection.
	KeepFailed bool `yaml:"keep_failed,omitempty" koanf:"keep_failed"`
}

// DockerMount defines a bind mount for a Docker container.
type DockerMount struct {
	// Source is the absolute host path.
	Source string `yaml:"source" koanf:"source"`
	// Target is the absolute path inside the container.
	Target string `yaml:"target" koanf:"target"`
	// ReadOnly mounts the path read-only.
	ReadOnly bool `yaml:"read_only" koanf:"read_only"`
}

// LibvirtImage configures a libvirt/QEMU-based runner.
type LibvirtImage struct {
	// Path is the golden qcow2 image; each job runs on an overlay of it.
	Path string `yaml:"path" koanf:"path"`
	// RunnerCmd is the runner entry point inside the guest.
	RunnerCmd string `yaml:"runner_cmd" koanf:"runner_cmd"`
	// Socket is the libvirtd unix socket (gha-outrunner compatibility); it
	// is used when URI is empty.
	Socket string `yaml:"socket,omitempty" koanf:"socket"`
	// CPUs is the number of virtual CPUs.
	CPUs int `yaml:"cpus" koanf:"cpus"`
	// MemoryMB is the guest memory in MiB.
	MemoryMB int `yaml:"memory" koanf:"memory"`
	// Mount is a single virtiofs share (gha-outrunner compatibility).
	Mount *LibvirtMount `yaml:"mount,omitempty" koanf:"mount"`

	// URI is the libvirt connection URI, e.g. qemu:///system or
	// qemu+ssh://host/system.
	URI string `yaml:"uri" koanf:"uri"`
	// Mounts are virtiofs shares.
	Mounts []LibvirtMount `yaml:"mounts,omitempty" koanf:"mounts"`
	// Network is a libvirt network name; empty gives the guest no NIC.
	Network string `yaml:"network,omitempty" koanf:"network"`
	// OverlayDir holds the per-job qcow2 overlays.
	OverlayDir string `yaml:"overlay_dir" koanf:"overlay_dir"`
	// Machine is the QEMU machine type (e.g. q35).
	Machine string `yaml:"machine" koanf:"machine"`
	// Firmware is efi or bios.
	Firmware string `yaml:"firmware" koanf:"firmware"`
	// Arch is the guest architecture (x86_64 or aarch64).
	Arch string `yaml:"arch" koanf:"arch"`
	// OS is linux or windows.
	OS string `yaml:"os" koanf:"os"`
	// DomainType is kvm, qemu (software emulation) or auto.
	DomainType string `yaml:"domain_type" koanf:"domain_type"`
	// Kernel enables direct kernel boot with this kernel image.
	Kernel string `yaml:"kernel,omitempty" koanf:"kernel"`
	// Initrd is the initial ramdisk for direct kernel boot.
	Initrd string `yaml:"initrd,omitempty" koanf:"initrd"`
	// Cmdline is the kernel command line for direct kernel boot.
	Cmdline string `yaml:"cmdline,omitempty" koanf:"cmdline"`
	// AgentTimeout bounds the wait for the QEMU guest agent after boot.
	AgentTimeout Duration `yaml:"agent_timeout" koanf:"agent_timeout"`
	// GuestForward gives the guest a restricted user-mode NIC (QEMU's
	// slirp with restrict=on) whose only way out is one TCP forward to a
	// service of the hypervisor host, e.g. an HTTP proxy. Nil gives no
	// such NIC. It cannot be combined with Network.
	GuestForward *LibvirtGuestForward `yaml:"guest_forward,omitempty" koanf:"guest_forward"`
}

// LibvirtGuestForward is the single TCP forward of a restricted user-mode
// NIC: every connection the guest opens to Guest is relayed by QEMU (one
// netcat process per connection) to Host on the hypervisor host. The guest
// can reach nothing else, not even the host's other ports.
type LibvirtGuestForward struct {
	// Guest is the IPv4 address:port the guest connects to, inside QEMU's
	// user network 10.0.2.0/24 (the guest is 10.0.2.15, its gateway
	// 10.0.2.2).
	Guest string `yaml:"guest" koanf:"guest"`
	// Host is the host:port on the hypervisor host that each guest
	// connection is relayed to, e.g. 127.0.0.1:3128.
	Host string `yaml:"host" koanf:"host"`
}

// LibvirtMount defines a virtiofs host directory share for a libvirt VM.
// The tag defaults to the source's base name.
type LibvirtMount struct {
	// Source is the absolute host directory.
	Source string `yaml:"source" koanf:"source"`
	// Tag is the virtiofs mount tag seen by the guest.
	Tag string `yaml:"tag,omitempty" koanf:"tag"`
	// ReadOnly exposes the share read-only.
	ReadOnly bool `yaml:"read_only,omitempty" koanf:"read_only"`
}

// TartImage configures a Tart-based runner (macOS/Linux on Apple Silicon).
type TartImage struct {
	// Image is an OCI image or a local VM name to clone.
	Image string `yaml:"image" koanf:"image"`
	// RunnerCmd is the runner entry point inside the VM.
	RunnerCmd string `yaml:"runner_cmd" koanf:"runner_cmd"`
	// CPUs is the number of virtual CPUs.
	CPUs int `yaml:"cpus" koanf:"cpus"`
	// MemoryMB is the VM memory in MiB.
	MemoryMB int `yaml:"memory" koanf:"memory"`
	// Mounts are shared directories.
	Mounts []TartMount `yaml:"mounts,omitempty" koanf:"mounts"`
	// BootTimeout bounds the wait until tart exec answers.
	BootTimeout Duration `yaml:"boot_timeout" koanf:"boot_timeout"`
}

// TartMount defines a shared directory for a Tart VM. Name is passed as the
// --dir label; it becomes the subdirectory name under the mount point inside
// the guest.
type TartMount struct {
	// Name is the share's name inside the guest.
	Name string `yaml:"name" koanf:"name"`
	// Source is the absolute host directory.
	Source string `yaml:"source" koanf:"source"`
	// ReadOnly shares the directory read-only.
	ReadOnly bool `yaml:"read_only" koanf:"read_only"`
}

// SimImage configures the in-process simulated backend used with the
// simulator: each environment runs an emulated runner.
type SimImage struct {
	// StartLatency delays every Start.
	StartLatency Duration `yaml:"start_latency,omitempty" koanf:"start_latency"`
	// StartFailureRate is the probability (0..1) that a Start fails.
	StartFailureRate float64 `yaml:"start_failure_rate,omitempty" koanf:"start_failure_rate"`
	// StopFailureRate is the probability (0..1) that a Stop fails.
	StopFailureRate float64 `yaml:"stop_failure_rate,omitempty" koanf:"stop_failure_rate"`
}

// Backend names returned by RunnerConfig.ProviderType.
const (
	BackendDocker  = "docker"
	BackendLibvirt = "libvirt"
	BackendTart    = "tart"
	BackendSim     = "sim"
)

// ProviderType returns which provisioner backend this runner uses, or "" if
// none is set. With more than one set (which validation rejects) it returns
// the first of docker, libvirt, tart, sim.
func (r *RunnerConfig) ProviderType() string {
	b := r.backends()
	if len(b) == 0 {
		return ""
	}
	return b[0]
}

// backends lists every backend block set on the runner.
func (r *RunnerConfig) backends() []string {
	var out []string
	if r.Docker != nil {
		out = append(out, BackendDocker)
	}
	if r.Libvirt != nil {
		out = append(out, BackendLibvirt)
	}
	if r.Tart != nil {
		out = append(out, BackendTart)
	}
	if r.Sim != nil {
		out = append(out, BackendSim)
	}
	return out
}

// defaultLibvirtArch returns the default libvirt guest architecture for this host.
func defaultLibvirtArch() string {
	if runtime.GOARCH == "arm64" {
		return "aarch64"
	}
	return "x86_64"
}
