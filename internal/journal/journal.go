// Package journal records the runner registrations a daemon has made and not
// yet removed, in an append-only file, so that a daemon restarted after a
// crash can remove registrations whose environment never came up.
package journal

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/outrunner/outrunner/internal/atomicfile"
)

// FileName is the journal's name inside the daemon's state directory.
const FileName = "registrations.jsonl"

// Path returns the journal's path inside the state directory stateDir.
func Path(stateDir string) string { return filepath.Join(stateDir, FileName) }

// Entry is one registration the daemon is responsible for.
type Entry struct {
	ScaleSet string `json:"scale_set"`
	Name     string `json:"name"`
	// URL is the GitHub URL the runner registered with.
	URL       string    `json:"url,omitempty"`
	RunnerID  int       `json:"runner_id,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

// record is one line of the file: an entry added (or updated) or removed.
type record struct {
	Op string `json:"op"` // "+" or "-"
	Entry
}

// Journal is safe for concurrent use.
type Journal struct {
	mu      sync.Mutex
	path    string
	f       *os.File
	w       *bufio.Writer
	entries map[string]Entry // by runner name
	lines   int
	skipped int
}

// compactAt is the number of lines beyond twice the live entries at which
// the file is rewritten.
const compactAt = 1000

// Open reads the journal at path (creating it and its directory if needed)
// and compacts it.
func Open(path string) (*Journal, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("journal: creating %s: %w", filepath.Dir(path), err)
	}
	j := &Journal{path: path, entries: map[string]Entry{}}
	atomicfile.CleanTemp(filepath.Dir(path))
	if err := j.read(); err != nil {
		return nil, err
	}
	if err := j.compact(); err != nil {
		return nil, err
	}
	return j, nil
}

func (j *Journal) read() error {
	f, err := os.Open(j.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	defer f.Close()
	r := bufio.NewReader(f)
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			var rec record
			// A torn line (a crash mid-append leaves the last one
			// without its end) or a damaged one is skipped and counted;
			// the compaction that follows drops it from the file.
			if json.Unmarshal(line, &rec) != nil || rec.Name == "" || (rec.Op != "+" && rec.Op != "-") {
				j.skipped++
			} else {
				j.apply(rec)
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("journal: %w", err)
		}
	}
}

// Skipped returns how many damaged lines (a torn last line after a crash)
// Open skipped.
func (j *Journal) Skipped() int { return j.skipped }

func (j *Journal) apply(r record) {
	switch r.Op {
	case "+":
		j.entries[r.Name] = r.Entry
	case "-":
		delete(j.entries, r.Name)
	}
}

// compact rewrites the file with only the live entries and reopens it for
// appending. Callers hold mu (or own j exclusively).
func (j *Journal) compact() error {
	if j.f != nil {
		if err := j.w.Flush(); err != nil {
			return fmt.Errorf("journal: %w", err)
		}
		_ = j.f.Close()
	}
	err := atomicfile.WriteFunc(j.path, func(f *os.File) error {
		w := bufio.NewWriter(f)
		for _, e := range j.sorted("") {
			if err := writeRecord(w, record{Op: "+", Entry: e}); err != nil {
				return err
			}
		}
		return w.Flush()
	})
	if err != nil {
		return fmt.Errorf("journal: compacting: %w", err)
	}
	j.f, err = os.OpenFile(j.path, os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	j.w = bufio.NewWriter(j.f)
	j.lines = len(j.entries)
	return nil
}

func writeRecord(w *bufio.Writer, r record) error {
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	b = append(b, '\n')
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	return nil
}

// append writes one record and flushes it to the file.
func (j *Journal) append(r record) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return errors.New("journal: closed")
	}
	j.apply(r)
	if err := writeRecord(j.w, r); err != nil {
		return err
	}
	if err := j.w.Flush(); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	j.lines++
	if j.lines > 2*len(j.entries)+compactAt {
		return j.compact()
	}
	return nil
}

// Add records a registration (again, to update its runner ID).
func (j *Journal) Add(e Entry) error {
	if e.CreatedAt.IsZero() {
		e.CreatedAt = time.Now()
	}
	return j.append(record{Op: "+", Entry: e})
}

// Remove forgets a registration once it is gone from GitHub.
func (j *Journal) Remove(scaleSet, name string) error {
	return j.append(record{Op: "-", Entry: Entry{ScaleSet: scaleSet, Name: name}})
}

// Entries returns the registrations of a scale set ("" for all), by name.
func (j *Journal) Entries(scaleSet string) []Entry {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.sorted(scaleSet)
}

func (j *Journal) sorted(scaleSet string) []Entry {
	out := make([]Entry, 0, len(j.entries))
	for _, e := range j.entries {
		if scaleSet == "" || e.ScaleSet == scaleSet {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Name < out[b].Name })
	return out
}

// Close flushes and closes the file.
func (j *Journal) Close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return nil
	}
	err := j.w.Flush()
	if cerr := j.f.Close(); err == nil {
		err = cerr
	}
	j.f = nil
	return err
}
