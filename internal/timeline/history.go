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

// historyQueue bounds the timelines waiting to be written; more are
// dropped (and counted) rather than holding up the actors that emit
// events.
const historyQueue = 1024

// History is a JSON-lines file of finished job timelines, one job a line.
// When it grows past its limit it is renamed with the suffix ".1"
// (replacing the previous one) and a new file is started. Writes happen in
// a goroutine of its own: Write never waits for the disk.
type History struct {
	path     string
	maxBytes int64
	queue    chan Job
	done     chan struct{}
	once     sync.Once

	mu      sync.Mutex
	f       *os.File
	size    int64
	err     error
	dropped int
}

// OpenHistory opens (or creates) the history file at path, rotated at
// maxBytes (DefaultHistoryMaxBytes when 0).
func OpenHistory(path string, maxBytes int64) (*History, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultHistoryMaxBytes
	}
	h := &History{path: path, maxBytes: maxBytes, queue: make(chan Job, historyQueue), done: make(chan struct{})}
	if err := h.open(); err != nil {
		return nil, err
	}
	go h.run()
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

// Write queues a job's timeline for the file; when the queue is full the
// timeline is dropped and counted.
func (h *History) Write(j Job) {
	select {
	case h.queue <- j:
	default:
		h.mu.Lock()
		h.dropped++
		h.mu.Unlock()
	}
}

func (h *History) run() {
	defer close(h.done)
	for j := range h.queue {
		h.write(j)
	}
}

// write appends a timeline; the first error is kept (Err) and later
// writes are dropped.
func (h *History) write(j Job) {
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

// Err returns the first error that stopped the history, or an error
// counting the timelines dropped because the writer fell behind.
func (h *History) Err() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.err == nil && h.dropped > 0 {
		return fmt.Errorf("job history: %d timelines dropped: the disk did not keep up", h.dropped)
	}
	return h.err
}

// Close writes what is queued and closes the file. Writes after Close are
// not allowed.
func (h *History) Close() error {
	h.once.Do(func() { close(h.queue) })
	<-h.done
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.f == nil {
		return nil
	}
	err := h.f.Close()
	h.f = nil
	return err
}
