//go:build unix

package tart

import (
	"errors"
	"os"
	"syscall"
)

// ownProcessGroup starts a child as the leader of a new process group.
func ownProcessGroup() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true}
}

// processAlive reports whether a process with this PID exists.
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// killGroup kills a child and its process group (every tart child is a
// group leader).
func killGroup(proc *os.Process) {
	if err := syscall.Kill(-proc.Pid, syscall.SIGKILL); err != nil {
		_ = proc.Kill()
	}
}
