//go:build unix && !linux

package main

import "syscall"

// guestProcAttr puts the guest command in its own process group.
func guestProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true}
}
