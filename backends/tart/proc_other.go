//go:build !unix

package tart

import (
	"os"
	"syscall"
)

// Tart runs on macOS only; these keep the package building elsewhere.

// ownProcessGroup is a no-op without Unix process groups.
func ownProcessGroup() *syscall.SysProcAttr { return nil }

// processAlive cannot tell without Unix signals and assumes the process lives.
func processAlive(int) bool { return true }

// killGroup kills the child alone.
func killGroup(proc *os.Process) { _ = proc.Kill() }
