package tart

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/outrunner/outrunner/internal/atomicfile"
	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/internal/scrub"
)

// statusTailBytes bounds ExitStatus.LogTail and the tails in log records.
const statusTailBytes = 4 << 10

// Output of the two long-running tart processes of a VM goes straight into
// files (the child writes them itself, so it keeps running, and its output
// keeps being recorded, when the daemon restarts):
//
//	<StateDir>/output/<name>.vm.log      stdout+stderr of "tart run"
//	<StateDir>/output/<name>.runner.log  stdout+stderr of "tart exec" (the runner)
//
// Stop removes them. When a runner fails, the last LogTailBytes of each are
// copied into <StateDir>/failures/<time>-<name>.log, of which the newest
// LogRetention are kept.
func (p *Provisioner) outputDir() string { return filepath.Join(p.opts.StateDir, "output") }

func (p *Provisioner) failureDir() string { return filepath.Join(p.opts.StateDir, "failures") }

func (p *Provisioner) vmLogPath(name string) string {
	return filepath.Join(p.outputDir(), name+".vm.log")
}

func (p *Provisioner) runnerLogPath(name string) string {
	return filepath.Join(p.outputDir(), name+".runner.log")
}

// createOutput creates (truncates) an output file with mode 0600.
func (p *Provisioner) createOutput(path string) (*os.File, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create output directory: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return nil, fmt.Errorf("create output file: %w", err)
	}
	return f, nil
}

// removeOutput deletes a VM's output files.
func (p *Provisioner) removeOutput(name string) {
	for _, path := range []string{p.vmLogPath(name), p.runnerLogPath(name)} {
		if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
			p.log.Warn("could not remove tart output file", logkey.File, path, logkey.Error, err)
		}
	}
}

// outputTails returns the scrubbed, bounded tails of a VM's two output
// files for logs and ExitStatus.LogTail; jit is empty for adopted VMs,
// whose configuration this process never saw.
func (p *Provisioner) outputTails(name, jit string) (vmTail, runnerTail string) {
	n := int(min(p.opts.LogTailBytes, statusTailBytes))
	vmTail = strings.TrimSpace(scrub.FileTail(p.vmLogPath(name), n, jit))
	runnerTail = strings.TrimSpace(scrub.FileTail(p.runnerLogPath(name), n, jit))
	return vmTail, runnerTail
}

// keepFailure copies the tails of a VM's output into a retained failure
// log (mode 0600), prunes old failure logs, and returns the new file's path
// ("" if it could not be written; that is logged).
func (p *Provisioner) keepFailure(name, jit, reason string) string {
	if err := os.MkdirAll(p.failureDir(), 0o700); err != nil {
		p.log.Warn("could not create the tart failure log directory", logkey.Dir, p.failureDir(), logkey.Error, err)
		return ""
	}
	now := time.Now().UTC()
	path := filepath.Join(p.failureDir(), now.Format("20060102T150405.000000000Z")+"-"+name+".log")
	var b strings.Builder
	fmt.Fprintf(&b, "outrunner tart failure log\nrunner: %s\ntime: %s\nreason: %s\n", name, now.Format(time.RFC3339Nano), scrub.String(reason, jit))
	sections := []struct{ title, path string }{
		{"tart run (VM) output", p.vmLogPath(name)},
		{"tart exec (runner) output", p.runnerLogPath(name)},
	}
	for _, s := range sections {
		fmt.Fprintf(&b, "\n--- %s, last %d bytes at most ---\n", s.title, p.opts.LogTailBytes)
		b.WriteString(scrub.FileTail(s.path, int(p.opts.LogTailBytes), jit))
		b.WriteString("\n")
	}
	if err := atomicfile.Write(path, []byte(b.String())); err != nil {
		p.log.Warn("could not write the tart failure log", logkey.File, path, logkey.Error, err)
		return ""
	}
	p.pruneFailures()
	return path
}

// pruneFailures keeps the newest LogRetention failure logs.
func (p *Provisioner) pruneFailures() {
	entries, err := os.ReadDir(p.failureDir())
	if err != nil {
		return
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".log") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	for len(names) > p.opts.LogRetention {
		if err := os.Remove(filepath.Join(p.failureDir(), names[0])); err != nil && !errors.Is(err, os.ErrNotExist) {
			p.log.Warn("could not prune an old tart failure log", logkey.File, names[0], logkey.Error, err)
		}
		names = names[1:]
	}
}
