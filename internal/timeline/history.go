package timeline

import (
	"encoding/json"
	"fmt"
	"os"
	"sync"
)

// DefaultHistoryMaxBytes is the size at which the history file is rotated.
const DefaultHistoryMaxBytes = 16 << 20

// HistoryFile is the history's file name in the state directory.
const HistoryFile = "jobs.jsonl"

// History is a JSON-lines file of finished job timelines, one job a line.
// When it grows past its limit it is renamed with the suffix ".1"
// (replacing the previous one) and a new file is started.
type History struct {
	path     string
	maxBytes int64

	mu   sync.Mutex
	f    *os.File
	size int64
	err  error
}

// OpenHistory opens (or creates) the history file at path, rotated at
// maxBytes (DefaultHistoryMaxBytes when 0).
func OpenHistory(path string, maxBytes int64) (*History, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultHistoryMaxBytes
	}
	h := &History{path: path, maxBytes: maxBytes}
	if err := h.open(); err != nil {
		return nil, err
	}
	return h, nil
}

func (h *History) open() error {
	f, err := os.OpenFile(h.path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("job history: %w", err)
	}
	st, err := f.Stat()
	if err != nil {
		_ = f.Close()
		return fmt.Errorf("job history: %w", err)
	}
	h.f, h.size = f, st.Size()
	return nil
}

// Write appends a job's timeline; the first error is kept (Err) and later
// writes are dropped.
func (h *History) Write(j Job) {
	b, err := json.Marshal(j)
	if err != nil {
		return
	}
	b = append(b, '\n')
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.err != nil || h.f == nil {
		return
	}
	if h.size+int64(len(b)) > h.maxBytes && h.size > 0 {
		_ = h.f.Close()
		h.f = nil
		if err := os.Rename(h.path, h.path+".1"); err != nil {
			h.err = fmt.Errorf("job history: %w", err)
			return
		}
		if h.err = h.open(); h.err != nil {
			return
		}
	}
	n, err := h.f.Write(b)
	h.size += int64(n)
	if err != nil {
		h.err = fmt.Errorf("job history: %w", err)
	}
}

// Err returns the first error that stopped the history.
func (h *History) Err() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.err
}

// Close closes the file.
func (h *History) Close() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.f == nil {
		return nil
	}
	err := h.f.Close()
	h.f = nil
	return err
}
