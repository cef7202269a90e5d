package simulate

import "syscall"

// childAttrs makes the daemon die with simulate.
func childAttrs() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
