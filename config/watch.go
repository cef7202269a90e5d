package config

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"sync"
	"time"

	"github.com/knadh/koanf/providers/file"
)

// DefaultDebounce is how long a configuration file must stay quiet after a
// change before it is read again.
const DefaultDebounce = 200 * time.Millisecond

// Watcher calls a function when a configuration file changes. It copes
// with what editors and deployment tools do to files:
//
//   - an in-place write fires on the truncate, before the new content is
//     there: changes are debounced and the file is read once it is quiet
//     (a half-written file is then invalid, not an empty configuration,
//     because empty files fail validation);
//   - an atomic replace (rename over) and a Kubernetes-style symlink swap
//     fire once;
//   - deleting the file ends a koanf file watch for good: the watch is
//     armed again as soon as the file is back.
type Watcher struct {
	path     string
	debounce time.Duration
	onChange func()
	// retry is how often a missing file is looked for.
	retry time.Duration
	// onError receives watch errors (for logs); may be nil.
	onError func(error)

	mu    sync.Mutex
	timer *time.Timer
}

// NewWatcher returns a watcher of path that calls onChange, at most once per
// burst of changes. onError, if set, receives watch errors.
func NewWatcher(path string, debounce time.Duration, onChange func(), onError func(error)) *Watcher {
	if debounce <= 0 {
		debounce = DefaultDebounce
	}
	return &Watcher{path: path, debounce: debounce, onChange: onChange, onError: onError, retry: time.Second}
}

// Run watches until ctx ends.
func (w *Watcher) Run(ctx context.Context) {
	defer w.stopTimer()
	for ctx.Err() == nil {
		ended := make(chan struct{})
		var once sync.Once
		p := file.Provider(w.path)
		err := p.Watch(func(_ any, err error) {
			if err != nil {
				w.report(err)
				once.Do(func() { close(ended) })
			}
			// A change, or the file going away: either way the
			// configuration must be read again.
			w.changed()
		})
		if err != nil {
			// Usually the file is missing; look again shortly.
			if !errors.Is(err, fs.ErrNotExist) {
				w.report(err)
			}
			if !w.waitForFile(ctx) {
				return
			}
			w.changed()
			continue
		}
		select {
		case <-ctx.Done():
			_ = p.Unwatch()
			return
		case <-ended:
			_ = p.Unwatch()
		}
	}
}

// waitForFile waits until the file exists or ctx ends.
func (w *Watcher) waitForFile(ctx context.Context) bool {
	t := time.NewTicker(w.retry)
	defer t.Stop()
	for {
		if _, err := os.Stat(w.path); err == nil {
			return true
		}
		select {
		case <-ctx.Done():
			return false
		case <-t.C:
		}
	}
}

// changed (re)starts the debounce timer.
func (w *Watcher) changed() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.timer != nil {
		w.timer.Stop()
	}
	w.timer = time.AfterFunc(w.debounce, w.onChange)
}

func (w *Watcher) stopTimer() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.timer != nil {
		w.timer.Stop()
	}
}

func (w *Watcher) report(err error) {
	if w.onError != nil {
		w.onError(err)
	}
}
