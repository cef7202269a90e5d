//go:build unix

package main

import (
	"errors"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func (f *fake) exec(args []string) error {
	interactive, tty := false, false
	var name string
	var command []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if name != "" {
			command = args[i:]
			break
		}
		switch {
		case a == "-i":
			interactive = true
		case a == "-t":
			tty = true
		case strings.HasPrefix(a, "-"):
			return usage("Unknown option '%s'", a)
		default:
			name = a
		}
	}
	if name == "" {
		return usage("Missing expected argument '<name>'")
	}
	if len(command) == 0 {
		return usage("Missing expected argument '<command> ...'")
	}
	if err := f.open(name); err != nil {
		return err
	}
	if f.runPID(name) == 0 {
		return vmNotRunning(name)
	}
	if f.agentNotReady(name) {
		return fail(1, "Failed to connect to the VM using its control socket: The operation couldn’t be completed. (GRPC.GRPCConnectionPoolError error 1.), is the Tart Guest Agent running?")
	}
	if f.ctl.ExecNeedsTTY && !tty {
		// Swift traps; 133 is how a shell reports death by SIGTRAP.
		return fail(133, "tart/Exec.swift:91: Fatal error: 'try!' expression unexpectedly raised an error: failed to get terminal size: Inappropriate ioctl for device")
	}
	if interactive && f.ctl.ExecInteractiveError {
		return fail(1, "Error: unavailable (14): Transport became inactive")
	}
	cmd := exec.Command(command[0], command[1:]...)
	cmd.Dir = filepath.Join(f.vmDir(name), "guest")
	if interactive {
		cmd.Stdin = os.Stdin
	}
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	cmd.SysProcAttr = guestProcAttr()
	if err := cmd.Start(); err != nil {
		// The guest agent reports a failed start as a gRPC error.
		return fail(1, "Error: unknown (2): %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	tick := time.NewTicker(pollInterval)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			var xe *exec.ExitError
			if errors.As(err, &xe) {
				code := xe.ExitCode()
				if code < 0 {
					code = 128 + int(xe.Sys().(syscall.WaitStatus).Signal())
				}
				return &exitError{code: code}
			}
			return err
		case <-sig:
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-done
			return fail(1, "Error: CancellationError()")
		case <-tick.C:
			if f.runPID(name) == 0 {
				_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
				<-done
				return fail(1, "Error: unavailable (14): Transport became inactive")
			}
		}
	}
}

// agentNotReady counts exec calls per VM and reports whether this one finds
// no guest agent yet.
func (f *fake) agentNotReady(name string) bool {
	if f.ctl.ExecNotReady < 0 {
		return true
	}
	if f.ctl.ExecNotReady == 0 {
		return false
	}
	counter := filepath.Join(f.vmDir(name), "exec.count")
	n := 0
	if b, err := os.ReadFile(counter); err == nil {
		n, _ = strconv.Atoi(string(b))
	}
	n++
	_ = os.WriteFile(counter, []byte(strconv.Itoa(n)), 0o600)
	return n <= f.ctl.ExecNotReady
}
