package cli

import (
	"bytes"
	"io"
	"sync"
)

// progressTerminal keeps log lines and simulate's redrawn progress line
// apart on one terminal: before a log line it erases the progress line,
// and after it draws the progress line again below, so that the log
// scrolls up and the progress stays on the last line, whole.
type progressTerminal struct {
	mu       sync.Mutex
	progress io.Writer
	logs     io.Writer
	line     []byte // the progress line on the screen now; nil when none
}

// progressWriter is where progress goes.
func (t *progressTerminal) progressWriter() io.Writer { return progressSide{t} }

// logWriter is where logs go.
func (t *progressTerminal) logWriter() io.Writer { return logSide{t} }

type progressSide struct{ t *progressTerminal }

func (s progressSide) Write(p []byte) (int, error) {
	s.t.mu.Lock()
	defer s.t.mu.Unlock()
	if bytes.HasSuffix(p, []byte("\n")) {
		s.t.line = nil // ended: it stays where it is
	} else {
		s.t.line = bytes.Clone(p)
	}
	return s.t.progress.Write(p)
}

type logSide struct{ t *progressTerminal }

func (s logSide) Write(p []byte) (int, error) {
	s.t.mu.Lock()
	defer s.t.mu.Unlock()
	if s.t.line == nil {
		return s.t.logs.Write(p)
	}
	_, _ = io.WriteString(s.t.progress, "\r\x1b[K")
	n, err := s.t.logs.Write(p)
	_, _ = s.t.progress.Write(s.t.line)
	return n, err
}
