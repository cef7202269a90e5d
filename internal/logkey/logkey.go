// Package logkey defines the attribute keys of outrunner's log lines, once.
//
// The convention (docs/architecture.md, "Logging"): keys are snake_case and
// come from this package; messages are lowercase; an error is logged under
// Error; no attribute appears twice on a line (a logger that already
// carries an attribute through With is not given it again); routine
// polling and per-message traffic are logged at debug level.
package logkey

// Attribute keys.
const (
	Address     = "address"
	Attempt     = "attempt"
	Attempts    = "attempts"
	Backend     = "backend"
	BootTimeout = "boot_timeout"
	Changes     = "changes"
	Code        = "code"
	Component   = "component"
	Config      = "config"
	Container   = "container"
	CPUs        = "cpus"
	DaemonID    = "daemon_id"
	Deadline    = "deadline"
	Dir         = "dir"
	Domain      = "domain"
	Duration    = "duration"
	Engine      = "engine"
	Error       = "error"
	Failures    = "failures"
	File        = "file"
	From        = "from"
	Generation  = "generation"
	Image       = "image"
	Key         = "key"
	Labels      = "labels"
	Listen      = "listen"
	LogTail     = "log_tail"
	MaxRunners  = "max_runners"
	MemoryMB    = "memory_mb"
	Message     = "message"
	Method      = "method"
	NewID       = "new_id"
	OldID       = "old_id"
	Output      = "output"
	Path        = "path"
	PID         = "pid"
	Problems    = "problems"
	Reason      = "reason"
	Runner      = "runner"
	RunnerID    = "runner_id"
	Runners     = "runners"
	Shares      = "shares"
	Demand      = "demand"
	ScaleSet    = "scale_set"
	ScaleSets   = "scale_sets"
	Serving     = "serving"
	NotServing  = "not_serving"
	Session     = "session_id"
	Signal      = "signal"
	Socket      = "socket"
	Stage       = "stage"
	State       = "state"
	To          = "to"
	Took        = "took"
	Type        = "type"
	URI         = "uri"
	URL         = "url"
	Version     = "version"
	VM          = "vm"
	Wait        = "wait"
	Warning     = "warning"
)

// Attribute keys of the backends' log lines.
const (
	// BootTook, DomainTook, ExecTook, OverlayTook and PrepareTook are the
	// durations of the phases of a libvirt runner's start.
	BootTook    = "boot_took"
	DomainTook  = "domain_took"
	ExecTook    = "exec_took"
	OverlayTook = "overlay_took"
	PrepareTook = "prepare_took"
	// HadDomain reports whether a stopped libvirt runner still had a domain.
	HadDomain = "had_domain"
	// RunnerOutput and VMOutput are the tails of a Tart runner's and VM's
	// output.
	RunnerOutput = "runner_output"
	VMOutput     = "vm_output"
)

// Attribute keys of the simulator's and the emulated runner's log lines.
const (
	Count              = "count"
	First              = "first"
	ID                 = "id"
	Job                = "job"
	JobsAvailable      = "jobs_available"
	Name               = "name"
	Owner              = "owner"
	Result             = "result"
	ServiceURLOverride = "service_url_override"
	Status             = "status"
)

// Attribute keys of a fleet node's log lines.
const (
	// Node is the fleet node's name.
	Node = "node"
	// Lease is the node's etcd lease ID.
	Lease = "lease"
	// Target is the node a scale set's leadership is handed to.
	Target = "target"
)
