//go:build unix

package main

import (
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func (f *fake) stop(args []string) error {
	var name string
	timeout := 30 * time.Second
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--timeout" || a == "-t" || strings.HasPrefix(a, "--timeout="):
			opt := "--timeout"
			if a == "-t" {
				opt = "-t"
			}
			v, j, err := optionValue(args, i, opt)
			if err != nil {
				return err
			}
			i = j
			n, err := strconv.ParseUint(v, 10, 64)
			if err != nil {
				return usage("The value '%s' is invalid for '--timeout <timeout>'", v)
			}
			timeout = time.Duration(n) * time.Second
		case strings.HasPrefix(a, "-"):
			return usage("Unknown option '%s'", a)
		case name == "":
			name = a
		default:
			return usage("Unexpected argument '%s'", a)
		}
	}
	if err := f.open(name); err != nil {
		return err
	}
	if f.ctl.StopHang {
		// Hang for good: not even SIGINT ends it, only SIGKILL.
		signal.Ignore(syscall.SIGINT, syscall.SIGTERM)
		time.Sleep(time.Hour)
	}
	pid := f.runPID(name)
	if pid == 0 {
		return vmNotRunning(name)
	}
	_ = syscall.Kill(pid, syscall.SIGINT)
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if f.runPID(name) == 0 {
			return nil
		}
		time.Sleep(pollInterval)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		return fail(1, "failed to forcefully terminate the VM %q: %v", name, err)
	}
	_ = os.Remove(filepath.Join(f.vmDir(name), "run.pid"))
	return nil
}

func (f *fake) delete(args []string) error {
	if len(args) == 0 {
		return usage("Missing expected argument '<name> ...'")
	}
	for _, name := range args {
		if strings.HasPrefix(name, "-") {
			return usage("Unknown option '%s'", name)
		}
		if _, err := os.Stat(f.vmDir(name)); err != nil {
			return vmDoesNotExist(name)
		}
		if f.ctl.DeleteError {
			return fail(1, `Error: Error Domain=NSCocoaErrorDomain Code=513 "“%s” couldn’t be removed because you don’t have permission to access it."`, name)
		}
		if err := os.RemoveAll(f.vmDir(name)); err != nil {
			return err
		}
	}
	return nil
}
