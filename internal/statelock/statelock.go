// Package statelock keeps two outrunner processes off one state directory.
// The daemon (and outrunner cleanup) hold an exclusive flock on
// <state_dir>/lock for as long as they use the directory; the kernel drops
// it when the process exits, however it exits (SIGKILL included), so a lock
// is never left stale. The file records the holder's PID, role and admin
// socket so that a refused process can say who holds it.
package statelock

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// FileName is the lock file's name inside the state directory.
const FileName = "lock"

// Roles of a lock holder.
const (
	// RoleDaemon is a running daemon (outrunner run).
	RoleDaemon = "daemon"
	// RoleCleanup is outrunner cleanup.
	RoleCleanup = "cleanup"
)

// Path returns the lock file's path inside the state directory stateDir.
func Path(stateDir string) string { return filepath.Join(stateDir, FileName) }

// Holder describes the process that holds a lock.
type Holder struct {
	// PID is the holder's process ID.
	PID int `json:"pid"`
	// Role is RoleDaemon or RoleCleanup.
	Role string `json:"role"`
	// AdminSocket is the holder's admin socket; empty when it has none.
	AdminSocket string `json:"admin_socket,omitempty"`
}

// describe says who the holder is, for messages: "pid 1234, admin socket
// /run/outrunner/admin.sock".
func (h Holder) describe() string {
	if h.PID <= 0 {
		return "pid unknown: it has not written the lock file yet"
	}
	switch {
	case h.Role == RoleCleanup:
		return fmt.Sprintf("pid %d, running outrunner cleanup", h.PID)
	case h.AdminSocket != "":
		return fmt.Sprintf("pid %d, admin socket %s", h.PID, h.AdminSocket)
	}
	return fmt.Sprintf("pid %d, no admin socket", h.PID)
}

// InUseError is returned when another process holds the lock.
type InUseError struct {
	// Dir is the state directory.
	Dir string
	// Holder is who holds it, as far as the lock file tells.
	Holder Holder
}

// Error names the state directory and the holder.
func (e *InUseError) Error() string {
	return fmt.Sprintf("state_dir %s is in use by another outrunner (%s)", e.Dir, e.Holder.describe())
}

// Lock is a held lock on a state directory.
type Lock struct {
	f *os.File
}

// Acquire creates the state directory if needed and locks it for me. It
// returns an *InUseError when another process holds the lock; it never
// waits.
func Acquire(stateDir string, me Holder) (*Lock, error) {
	if err := os.MkdirAll(stateDir, 0o700); err != nil {
		return nil, fmt.Errorf("creating the directory: %w", err)
	}
	path := Path(stateDir)
	writable := true
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if errors.Is(err, os.ErrPermission) {
		// Another user's lock file (cleanup run by a user who may only
		// read the state directory): flock needs no write access, only
		// the holder record does.
		writable = false
		f, err = os.Open(path)
	}
	if err != nil {
		return nil, fmt.Errorf("opening the lock file: %w", err)
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		_ = f.Close()
		if errors.Is(err, unix.EWOULDBLOCK) {
			return nil, &InUseError{Dir: stateDir, Holder: readHolder(path)}
		}
		return nil, fmt.Errorf("locking %s: %w", path, err)
	}
	if !writable {
		return &Lock{f: f}, nil
	}
	b, err := json.Marshal(me)
	if err == nil {
		err = f.Truncate(0)
	}
	if err == nil {
		_, err = f.WriteAt(append(b, '\n'), 0)
	}
	if err != nil {
		_ = f.Close()
		return nil, fmt.Errorf("writing the lock file %s: %w", path, err)
	}
	return &Lock{f: f}, nil
}

// Release empties the lock file and unlocks it. It is safe to call more
// than once, and on a nil Lock.
func (l *Lock) Release() {
	if l == nil || l.f == nil {
		return
	}
	_ = l.f.Truncate(0) // fails harmlessly on a read-only lock
	_ = l.f.Close()     // closing the only descriptor drops the flock
	l.f = nil
}

// readHolder reads who holds the lock; a zero Holder when the file is
// empty or unreadable (the holder is between locking and writing).
func readHolder(path string) Holder {
	var h Holder
	if b, err := os.ReadFile(path); err == nil {
		_ = json.Unmarshal(b, &h)
	}
	return h
}
