// Package testenv coordinates tests that share the real engines which
// scripts/testenv.sh starts for the integration tier. go test runs test
// packages in parallel processes; a test that stops or restarts an engine
// takes an exclusive lock so that it never pulls the engine away from
// another package's test, which holds a shared lock meanwhile.
package testenv

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// LockLibvirtd holds a lock on the test libvirtd until the test ends:
// shared for a test that only uses libvirtd, exclusive for one that stops
// or restarts it. The lock file lives in $OUTRUNNER_TESTENV_DIR (default
// the system's temporary directory).
func LockLibvirtd(tb testing.TB, exclusive bool) {
	tb.Helper()
	dir := os.Getenv("OUTRUNNER_TESTENV_DIR")
	if dir == "" {
		dir = os.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatalf("lock the test libvirtd: %v", err)
	}
	f, err := os.OpenFile(filepath.Join(dir, "libvirtd.lock"), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		tb.Fatalf("lock the test libvirtd: %v", err)
	}
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	if err := syscall.Flock(int(f.Fd()), how); err != nil {
		_ = f.Close()
		tb.Fatalf("lock the test libvirtd: %v", err)
	}
	tb.Cleanup(func() { _ = f.Close() }) // closing releases the lock
}
