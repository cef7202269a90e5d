package admin

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/outrunner/outrunner/internal/logkey"
)

// maxSocketPath is the longest unix socket path every supported system
// binds (sun_path is 104 bytes on macOS, 108 on Linux, NUL included).
const maxSocketPath = 103

// Server serves the admin API on a unix socket.
type Server struct {
	path string
	ln   net.Listener
	info os.FileInfo // the socket file we created, to remove only ours

	mu   sync.Mutex
	srv  *http.Server  // set by Serve
	done chan struct{} // closed when Serve's goroutine ends
}

// Listen creates the socket at path, before the daemon starts, so that a
// second daemon is refused before it touches anything: if a daemon answers
// on an existing socket at path, Listen fails; a stale socket nobody
// answers on is replaced. Connections wait until Serve. The socket has mode
// 0600 from the start: it is bound in a private (0700) directory next to
// path and renamed into place. A missing parent directory is created with
// mode 0700.
func Listen(path string) (*Server, error) {
	if path == "" {
		return nil, errors.New("admin: no socket path")
	}
	dir := filepath.Dir(path)
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("admin socket: creating %s: %w", dir, err)
		}
	}
	if err := removeStale(path); err != nil {
		return nil, err
	}
	ln, info, err := bindPrivate(path)
	if err != nil {
		return nil, err
	}
	return &Server{path: path, ln: ln, info: info}, nil
}

// Serve answers the admin API for d until Close; it returns at once.
// metrics serves GET /metrics (nil: 404); logger may be nil. Only the first
// call has an effect.
func (s *Server) Serve(d Daemon, metrics http.Handler, logger *slog.Logger) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.srv != nil {
		return
	}
	s.srv = &http.Server{
		Handler:           NewHandler(d, metrics, logger),
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelDebug),
	}
	s.done = make(chan struct{})
	srv, done := s.srv, s.done
	go func() {
		defer close(done)
		if err := srv.Serve(s.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("admin API stopped serving", logkey.Socket, s.path, logkey.Error, err)
		}
	}()
}

// Path returns the socket's path.
func (s *Server) Path() string { return s.path }

// Close stops serving (letting requests in flight finish for up to five
// seconds) and removes the socket.
func (s *Server) Close() error {
	s.mu.Lock()
	srv, done := s.srv, s.done
	s.mu.Unlock()
	var err error
	if srv == nil {
		err = s.ln.Close()
	} else {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err = srv.Shutdown(ctx); err != nil {
			err = srv.Close()
		}
		<-done
	}
	if errors.Is(err, net.ErrClosed) {
		err = nil
	}
	// Remove the socket only if it is still the one we created.
	if cur, statErr := os.Lstat(s.path); statErr == nil && os.SameFile(cur, s.info) {
		if rmErr := os.Remove(s.path); rmErr != nil && err == nil {
			err = fmt.Errorf("admin socket: %w", rmErr)
		}
	}
	return err
}

// removeStale checks what exists at path: nothing, or a socket nobody
// answers on (removed), is fine; a socket a daemon answers on, or any other
// file, is an error.
func removeStale(path string) error {
	info, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("admin socket: %w", err)
	}
	if info.Mode()&fs.ModeSocket == 0 {
		return fmt.Errorf("admin socket: %s exists and is not a socket; remove it or set another admin.socket", path)
	}
	conn, err := net.DialTimeout("unix", path, 2*time.Second)
	switch {
	case err == nil:
		_ = conn.Close()
		return fmt.Errorf("another outrunner daemon answers on %s; stop it first, or give this daemon another admin.socket and daemon_id", path)
	case errors.Is(err, syscall.ECONNREFUSED):
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("admin socket: removing the stale socket %s: %w", path, err)
		}
		return nil
	case errors.Is(err, syscall.ENOENT):
		return nil
	case errors.Is(err, syscall.EACCES), errors.Is(err, syscall.EPERM):
		return fmt.Errorf("admin socket: %s exists and this user may not connect to it (permission denied); is a daemon of another user running?", path)
	}
	return fmt.Errorf("admin socket: checking %s: %w", path, err)
}

// bindPrivate binds a unix socket in a fresh 0700 directory next to path,
// makes it 0600 and renames it to path, so that no other user can ever
// connect to it.
func bindPrivate(path string) (net.Listener, os.FileInfo, error) {
	tmp, err := os.MkdirTemp(filepath.Dir(path), ".a")
	if err != nil {
		return nil, nil, fmt.Errorf("admin socket: %w", err)
	}
	defer os.RemoveAll(tmp)
	bound := filepath.Join(tmp, "s")
	if limit := maxSocketPath - (len(bound) - len(path)); len(path) > min(limit, maxSocketPath) {
		return nil, nil, fmt.Errorf("admin socket: the path %s is too long for a unix socket (keep admin.socket at most %d bytes)", path, min(limit, maxSocketPath))
	}
	ln, err := net.Listen("unix", bound)
	if err != nil {
		return nil, nil, fmt.Errorf("admin socket: %w", err)
	}
	ul := ln.(*net.UnixListener)
	ul.SetUnlinkOnClose(false) // Close removes the socket at its final path
	fail := func(err error) (net.Listener, os.FileInfo, error) {
		_ = ln.Close()
		return nil, nil, fmt.Errorf("admin socket: %w", err)
	}
	if err := os.Chmod(bound, 0o600); err != nil {
		return fail(err)
	}
	if err := os.Rename(bound, path); err != nil {
		return fail(err)
	}
	info, err := os.Lstat(path)
	if err != nil {
		return fail(err)
	}
	return ln, info, nil
}
