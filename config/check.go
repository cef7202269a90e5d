package config

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// RunnerCheck checks the backend block of one runner entry once defaults
// are applied. The keys of the problems it returns are relative to the
// entry (docker.mounts[0].source); Load puts them under runners.<name> and
// adds the file and line. The backends provide these checks
// (backends/all.Check), since config cannot import them.
type RunnerCheck func(rc *RunnerConfig) []Problem

// Report collects the problems found in one configuration block, keyed
// relative to that block. The zero value is ready to use.
type Report struct {
	list []Problem
}

// Problems returns what was reported, in order.
func (r *Report) Problems() []Problem { return r.list }

// Errorf reports an error about key.
func (r *Report) Errorf(key, format string, args ...any) {
	r.list = append(r.list, Problem{Severity: SeverityError, Key: key, Message: fmt.Sprintf(format, args...)})
}

// Warnf reports a warning about key.
func (r *Report) Warnf(key, format string, args ...any) {
	r.list = append(r.list, Problem{Severity: SeverityWarning, Key: key, Message: fmt.Sprintf(format, args...)})
}

// Add reports the problems of a nested block under prefix.
func (r *Report) Add(prefix string, ps []Problem) {
	for _, p := range ps {
		p.Key = JoinKey(prefix, p.Key)
		r.list = append(r.list, p)
	}
}

// Required reports a value that is empty or blank.
func (r *Report) Required(key, val string) {
	if strings.TrimSpace(val) == "" {
		r.Errorf(key, "is required and must not be empty")
	}
}

// AbsPath reports a value that is empty, not an absolute path or holds a
// NUL byte.
func (r *Report) AbsPath(key, val string) {
	switch {
	case strings.TrimSpace(val) == "":
		r.Errorf(key, "is required and must not be empty")
	case !filepath.IsAbs(val):
		r.Errorf(key, "must be an absolute path, got %q", val)
	default:
		r.NoNUL(key, val)
	}
}

// NoNUL reports a value that holds a NUL byte, which no command line,
// path or environment can carry.
func (r *Report) NoNUL(key, val string) {
	if strings.ContainsRune(val, 0) {
		r.Errorf(key, "must not contain a NUL byte")
	}
}

// OneOf reports a value that is not one of allowed, suggesting the closest.
func (r *Report) OneOf(key, val string, allowed ...string) {
	for _, a := range allowed {
		if val == a {
			return
		}
	}
	msg := fmt.Sprintf("%q is not one of %s", val, strings.Join(allowed, ", "))
	if s := suggest(val, allowed); s != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", s)
	}
	r.Errorf(key, "%s", msg)
}

// IntRange reports a number outside lo..hi.
func (r *Report) IntRange(key string, val, lo, hi int) {
	if val < lo || val > hi {
		r.Errorf(key, "must be between %d and %d, got %d", lo, hi, val)
	}
}

// DurationRange reports a duration outside lo..hi.
func (r *Report) DurationRange(key string, val Duration, lo, hi time.Duration) {
	if d := val.D(); d < lo || d > hi {
		r.Errorf(key, "must be between %s and %s, got %s", lo, hi, d)
	}
}

// JoinKey joins a key path and a key relative to it: docker and
// mounts[0] give docker.mounts[0]; an empty part is left out.
func JoinKey(prefix, key string) string {
	switch {
	case prefix == "":
		return key
	case key == "":
		return prefix
	case strings.HasPrefix(key, "["):
		return prefix + key
	}
	return prefix + "." + key
}
