package statelock

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAcquire(t *testing.T) {
	tests := []struct {
		name    string
		holder  Holder
		content string // written to the lock file instead of holder, when set
		want    string
	}{
		{"daemon with a socket", Holder{PID: 1234, Role: RoleDaemon, AdminSocket: "/run/outrunner.sock"}, "",
			"is in use by another outrunner (pid 1234, admin socket /run/outrunner.sock)"},
		{"daemon without a socket", Holder{PID: 99, Role: RoleDaemon}, "",
			"is in use by another outrunner (pid 99, no admin socket)"},
		{"cleanup", Holder{PID: 7, Role: RoleCleanup}, "",
			"is in use by another outrunner (pid 7, running outrunner cleanup)"},
		{"holder not written yet", Holder{PID: 5, Role: RoleDaemon}, "-",
			"is in use by another outrunner (pid unknown"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "state")
			first, err := Acquire(dir, tc.holder)
			if err != nil {
				t.Fatal(err)
			}
			if tc.content != "" {
				if err := os.WriteFile(Path(dir), []byte(tc.content), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			_, err = Acquire(dir, Holder{PID: 1, Role: RoleDaemon})
			var inUse *InUseError
			if !errors.As(err, &inUse) {
				t.Fatalf("second Acquire: %v, want an *InUseError", err)
			}
			if want := "state_dir " + dir + " " + tc.want; !strings.HasPrefix(err.Error(), want) {
				t.Errorf("error %q\nwant  %q", err, want)
			}
			first.Release()
			first.Release()
			again, err := Acquire(dir, Holder{PID: 2, Role: RoleDaemon})
			if err != nil {
				t.Fatalf("Acquire after Release: %v", err)
			}
			again.Release()
		})
	}
}

func TestAcquireRecordsHolder(t *testing.T) {
	dir := t.TempDir()
	l, err := Acquire(dir, Holder{PID: 42, Role: RoleDaemon, AdminSocket: "/s"})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	if got := readHolder(Path(dir)); got != (Holder{PID: 42, Role: RoleDaemon, AdminSocket: "/s"}) {
		t.Errorf("lock file holds %+v", got)
	}
	if fi, err := os.Stat(Path(dir)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("lock file mode: %v, %v", fi, err)
	}
}

// TestAcquireReadOnlyLockFile: a user who may not write the lock file (a
// cleanup run by another user than the daemon's) still locks it.
func TestAcquireReadOnlyLockFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write any file")
	}
	dir := t.TempDir()
	if err := os.WriteFile(Path(dir), nil, 0o400); err != nil {
		t.Fatal(err)
	}
	l, err := Acquire(dir, Holder{PID: 3, Role: RoleCleanup})
	if err != nil {
		t.Fatalf("Acquire on a read-only lock file: %v", err)
	}
	defer l.Release()
	var inUse *InUseError
	if _, err := Acquire(dir, Holder{PID: 4, Role: RoleDaemon}); !errors.As(err, &inUse) {
		t.Fatalf("second Acquire: %v, want an *InUseError", err)
	}
}
