package main

import "syscall"

// guestProcAttr puts the guest command in its own process group and kills it
// when the stand-in exits, as the guest agent ends a command whose exec
// stream is gone.
func guestProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
