package tart

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// maxOutput bounds what is kept of one tart command's stdout or stderr.
const maxOutput = 4 << 20

// tartError is a failed tart invocation. Its arguments never contain the
// JIT config: the runner's configuration only ever travels on stdin.
type tartError struct {
	args   []string
	code   int    // exit code; -1 when the command did not exit normally
	stderr string // what tart printed on stderr (bounded)
	err    error  // the underlying error from os/exec or the context
}

func (e *tartError) Error() string {
	msg := "tart " + strings.Join(e.args, " ")
	if e.code >= 0 {
		msg += fmt.Sprintf(": exit status %d", e.code)
	} else if e.err != nil {
		msg += ": " + e.err.Error()
	}
	if s := summarize(e.stderr); s != "" {
		msg += ": " + s
	}
	return msg
}

func (e *tartError) Unwrap() error { return e.err }

// summarize shortens tart's stderr to its last meaningful lines, on one line.
func summarize(stderr string) string {
	var lines []string
	for _, l := range strings.Split(stderr, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > 3 {
		lines = lines[len(lines)-3:]
	}
	s := strings.Join(lines, " | ")
	if len(s) > 600 {
		s = s[:600] + "…"
	}
	return s
}

// stderrContains reports whether err is a tartError whose stderr contains
// any of the given fragments.
func stderrContains(err error, fragments ...string) bool {
	var te *tartError
	if !errors.As(err, &te) {
		return false
	}
	for _, f := range fragments {
		if strings.Contains(te.stderr, f) {
			return true
		}
	}
	return false
}

// exitCode returns a tartError's exit code, or -1.
func exitCode(err error) int {
	var te *tartError
	if errors.As(err, &te) {
		return te.code
	}
	return -1
}

// isNotExist: Tart's RuntimeError.VMDoesNotExist ("the specified VM "x"
// does not exist", exit 2).
func isNotExist(err error) bool { return stderrContains(err, "does not exist") }

// isNotRunning: Tart's RuntimeError.VMNotRunning ("VM "x" is not running",
// exit 2), printed by stop and exec for a stopped VM.
func isNotRunning(err error) bool { return stderrContains(err, "is not running") }

// isUsageError: swift-argument-parser rejects arguments with exit code 64.
func isUsageError(err error) bool { return exitCode(err) == 64 }

// isPermanentCloneError reports clone failures that retrying cannot fix: a
// local source VM that does not exist, an OCI image the registry does not
// have or refuses (HTTP 401/403/404 while pulling the manifest, or failed
// authentication), an unparsable reference, or rejected arguments.
// Everything else (transport errors, 5xx, disk full) is retryable.
func isPermanentCloneError(err error) bool {
	return isUsageError(err) || stderrContains(err,
		"does not exist",
		`"pulling manifest", code: 404`,
		`"pulling manifest", code: 401`,
		`"pulling manifest", code: 403`,
		"MANIFEST_UNKNOWN", "NAME_UNKNOWN",
		"AuthFailed",
		"failed to parse remote name",
		"should be a local name",
	)
}

// isPermanentSetError: resources the image does not allow (Tart's
// LessThanMinimalResourcesError: "VM should have N CPU cores at minimum")
// or rejected arguments.
func isPermanentSetError(err error) bool {
	return isUsageError(err) || stderrContains(err, "at minimum")
}

// isHostLimitError: Virtualization.framework refused a VM because the host
// already runs as many as it allows ("The number of VMs exceeds the system
// limit").
func isHostLimitError(stderr string) bool {
	return strings.Contains(stderr, "exceeds the system limit")
}

// isPermanentExecError: "tart exec" cannot work on this host at all: the
// host runs macOS older than 14, or the Tart release predates
// cirruslabs/tart#1122 and crashes without a terminal.
func isPermanentExecError(err error) bool {
	return isUsageError(err) || stderrContains(err, "only available on macOS 14", ttyCrash)
}

// ttyCrash is what Tart releases before cirruslabs/tart#1122 (September
// 2025) print when "tart exec" runs without a terminal: they crash on
// "try! Term.GetSize()".
const ttyCrash = "failed to get terminal size"

// ttyCrashHint explains ttyCrash.
const ttyCrashHint = `tart exec crashed with "failed to get terminal size": this Tart release's exec needs a terminal; upgrade Tart to a release with cirruslabs/tart#1122 (September 2025 or later)`

// boundedBuffer keeps at most max bytes, dropping what comes after.
type boundedBuffer struct {
	buf bytes.Buffer
	max int
}

func (b *boundedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.buf.Len(); room > 0 {
		if len(p) > room {
			b.buf.Write(p[:room])
		} else {
			b.buf.Write(p)
		}
	}
	return len(p), nil
}

func (b *boundedBuffer) String() string { return b.buf.String() }

// resolveTart finds the tart executable. A bare name is looked up in PATH
// (of the daemon, with Options.Env applied) each time, so installing Tart
// while the daemon runs is enough.
func (p *Provisioner) resolveTart() (string, error) {
	path := p.opts.TartPath
	if strings.ContainsRune(path, filepath.Separator) {
		if _, err := os.Stat(path); err != nil {
			return "", fmt.Errorf("tart executable %s: %w (install Tart, e.g. brew install cirruslabs/cli/tart, or fix the tart path)", path, err)
		}
		return path, nil
	}
	searchPath := os.Getenv("PATH")
	for _, kv := range p.opts.Env {
		if v, ok := strings.CutPrefix(kv, "PATH="); ok {
			searchPath = v
		}
	}
	for _, dir := range filepath.SplitList(searchPath) {
		if dir == "" {
			dir = "."
		}
		candidate := filepath.Join(dir, path)
		if fi, err := os.Stat(candidate); err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0 {
			return candidate, nil
		}
	}
	return "", fmt.Errorf("tart executable %q not found in PATH (%s): install Tart (brew install cirruslabs/cli/tart) and make it reachable from the daemon's PATH, or set an absolute tart path", path, searchPath)
}

// command prepares a tart invocation. A cancelled ctx interrupts tart with
// SIGINT, which Tart treats as cancellation (clone removes its temporary
// directory); tart is killed if it does not exit within KillDelay, or within
// a quarter of ctx's time when that is shorter, so that the kill fits in the
// caller's deadline. Every tart process gets its own process group so that
// a terminal's Ctrl-C or a signal to the daemon's group does not reach it.
func (p *Provisioner) command(ctx context.Context, tartPath string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, tartPath, args...)
	cmd.Env = p.env
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = p.opts.KillDelay
	if dl, ok := ctx.Deadline(); ok {
		cmd.WaitDelay = max(min(cmd.WaitDelay, time.Until(dl)/4), 50*time.Millisecond)
	}
	cmd.SysProcAttr = ownProcessGroup()
	return cmd
}

// tart runs one short tart command and returns its stdout.
func (p *Provisioner) tart(ctx context.Context, args ...string) (string, error) {
	tartPath, err := p.resolveTart()
	if err != nil {
		return "", err
	}
	cmd := p.command(ctx, tartPath, args...)
	stdout := &boundedBuffer{max: maxOutput}
	stderr := &boundedBuffer{max: maxOutput}
	cmd.Stdout = stdout
	cmd.Stderr = stderr
	err = cmd.Run()
	if err == nil {
		return stdout.String(), nil
	}
	te := &tartError{args: args, code: -1, stderr: stderr.String(), err: err}
	var xe *exec.ExitError
	if errors.As(err, &xe) && xe.Exited() {
		te.code = xe.ExitCode()
	}
	if ctxErr := ctx.Err(); ctxErr != nil {
		te.err = ctxErr
		te.code = -1
	}
	return stdout.String(), te
}

// listEntry is one VM in "tart list --format json". Tart prints the fields
// Source, Name, Disk, Size, Running (deprecated, JSON only) and State
// ("running", "suspended" or "stopped"); newer versions add more fields,
// which are ignored.
type listEntry struct {
	Source  string `json:"Source"`
	Name    string `json:"Name"`
	Running bool   `json:"Running"`
	State   string `json:"State"`
}

// running reports whether the VM runs, from State when present.
func (e listEntry) running() bool {
	if e.State != "" {
		return e.State == "running"
	}
	return e.Running
}

// listVMs returns the local VMs by name and records the running ones with
// the host slot account.
func (p *Provisioner) listVMs(ctx context.Context) (map[string]listEntry, error) {
	out, err := p.tart(ctx, "list", "--source", "local", "--format", "json")
	if err != nil {
		return nil, err
	}
	var entries []listEntry
	if err := json.Unmarshal([]byte(out), &entries); err != nil {
		return nil, fmt.Errorf("parse the output of tart list --format json: %w", err)
	}
	vms := make(map[string]listEntry, len(entries))
	var running []string
	for _, e := range entries {
		if e.Source != "" && !strings.EqualFold(e.Source, "local") {
			continue
		}
		vms[e.Name] = e
		if e.running() {
			running = append(running, e.Name)
		}
	}
	host.observe(running)
	return vms, nil
}
