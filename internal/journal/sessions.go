package journal

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/outrunner/outrunner/internal/atomicfile"
)

// SessionsFileName is the name of the message-session record inside the
// daemon's state directory.
const SessionsFileName = "sessions.json"

// SessionsPath returns the session record's path inside stateDir.
func SessionsPath(stateDir string) string { return filepath.Join(stateDir, SessionsFileName) }

// Session is the message session a scale set holds on GitHub. The ID is
// not a secret: deleting a session also needs the daemon's credentials.
type Session struct {
	ScaleSet   string    `json:"scale_set"`
	URL        string    `json:"url,omitempty"`
	ScaleSetID int       `json:"scale_set_id"`
	SessionID  string    `json:"session_id"`
	CreatedAt  time.Time `json:"created_at"`
}

// Sessions records the message session of every scale set, so that a
// daemon restarted after a crash deletes the session its predecessor left
// open instead of waiting for GitHub to expire it. Every change rewrites
// the file atomically. A nil *Sessions records nothing. It is safe for
// concurrent use.
type Sessions struct {
	mu   sync.Mutex
	path string
	byID map[string]Session // by scale set name
}

// OpenSessions reads the session record at path. A torn, empty or
// unreadable record is not an error: it is reported in the returned
// problem and the record starts empty (the sessions it named then expire on
// GitHub's side).
func OpenSessions(path string) (s *Sessions, problem error) {
	s = &Sessions{path: path, byID: map[string]Session{}}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, fmt.Errorf("reading %s: %w", path, err)
	}
	var list []Session
	if err := json.Unmarshal(b, &list); err != nil {
		return s, fmt.Errorf("%s is damaged (%d bytes), ignoring it: %w", path, len(b), err)
	}
	for _, e := range list {
		if e.ScaleSet != "" && e.SessionID != "" {
			s.byID[e.ScaleSet] = e
		}
	}
	return s, nil
}

// Get returns the session recorded for a scale set.
func (s *Sessions) Get(scaleSet string) (Session, bool) {
	if s == nil {
		return Session{}, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.byID[scaleSet]
	return e, ok
}

// Put records a scale set's session and writes the record durably.
func (s *Sessions) Put(e Session) error {
	if s == nil {
		return nil
	}
	if e.CreatedAt.IsZero() {
		e.CreatedAt = time.Now()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.byID[e.ScaleSet] = e
	return s.writeLocked()
}

// Forget removes a scale set's session if it is still sessionID ("" for
// any) and writes the record durably.
func (s *Sessions) Forget(scaleSet, sessionID string) error {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.byID[scaleSet]
	if !ok || (sessionID != "" && e.SessionID != sessionID) {
		return nil
	}
	delete(s.byID, scaleSet)
	return s.writeLocked()
}

// All returns the recorded sessions by scale set name.
func (s *Sessions) All() []Session {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Session, 0, len(s.byID))
	for _, e := range s.byID {
		out = append(out, e)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].ScaleSet < out[b].ScaleSet })
	return out
}

func (s *Sessions) writeLocked() error {
	if len(s.byID) == 0 {
		return atomicfile.Remove(s.path)
	}
	list := make([]Session, 0, len(s.byID))
	for _, e := range s.byID {
		list = append(list, e)
	}
	sort.Slice(list, func(a, b int) bool { return list[a].ScaleSet < list[b].ScaleSet })
	b, err := json.MarshalIndent(list, "", "  ")
	if err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	return atomicfile.Write(s.path, append(b, '\n'))
}
