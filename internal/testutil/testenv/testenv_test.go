package testenv

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestLockLibvirtd(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("OUTRUNNER_TESTENV_DIR", dir)
	// tryLock reports whether another holder could take the lock now.
	tryLock := func(how int) bool {
		f, err := os.OpenFile(filepath.Join(dir, "libvirtd.lock"), os.O_RDWR, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = f.Close() }()
		return syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB) == nil
	}
	t.Run("shared", func(t *testing.T) {
		LockLibvirtd(t, false)
		if !tryLock(syscall.LOCK_SH) || tryLock(syscall.LOCK_EX) {
			t.Error("a shared lock must admit other shared holders and keep out an exclusive one")
		}
	})
	t.Run("exclusive", func(t *testing.T) {
		LockLibvirtd(t, true)
		if tryLock(syscall.LOCK_SH) {
			t.Error("an exclusive lock must keep out shared holders")
		}
	})
	if !tryLock(syscall.LOCK_EX) {
		t.Error("the lock outlived its test")
	}
}
