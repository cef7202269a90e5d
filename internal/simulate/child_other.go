//go:build !linux

package simulate

import "syscall"

// childAttrs has nothing to add where the parent's death is not signalled.
func childAttrs() *syscall.SysProcAttr { return &syscall.SysProcAttr{} }
