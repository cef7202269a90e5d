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
	Dir         = "dir"
	Domain      = "domain"
	Duration    = "duration"
	Engine      = "engine"
	Error       = "error"
	Failures    = "failures"
	File        = "file"
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
	ScaleSet    = "scale_set"
	ScaleSets   = "scale_sets"
	Session     = "session_id"
	Signal      = "signal"
	Socket      = "socket"
	Stage       = "stage"
	State       = "state"
	Took        = "took"
	Type        = "type"
	URI         = "uri"
	URL         = "url"
	VM          = "vm"
	Wait        = "wait"
	Warning     = "warning"
)
