package config

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestWatcherSeesEveryKindOfChange(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.yml")
	if err := os.WriteFile(path, []byte("a: 1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	changes := make(chan struct{}, 16)
	w := NewWatcher(path, 20*time.Millisecond, func() { changes <- struct{}{} }, nil)
	w.retry = 10 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go w.Run(ctx)

	expect := func(what string) {
		t.Helper()
		select {
		case <-changes:
		case <-time.After(5 * time.Second):
			t.Fatalf("no change reported after %s", what)
		}
		// The debounce folds a burst into one call.
		select {
		case <-changes:
			t.Fatalf("more than one change reported after %s", what)
		case <-time.After(100 * time.Millisecond):
		}
	}
	// The watch is armed asynchronously: give it a moment by writing until
	// the first change arrives.
	deadline := time.Now().Add(5 * time.Second)
	for armed := false; !armed; {
		if err := os.WriteFile(path, []byte("a: 2\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		select {
		case <-changes:
			armed = true
		case <-time.After(50 * time.Millisecond):
			if time.Now().After(deadline) {
				t.Fatal("the watch never armed")
			}
		}
	}
	quiet(changes, 100*time.Millisecond) // the arming writes' debounce

	tests := []struct {
		name   string
		change func() error
	}{
		{"an in-place write", func() error { return os.WriteFile(path, []byte("a: 3\n"), 0o600) }},
		{"an atomic replace", func() error {
			tmp := filepath.Join(dir, "new.yml")
			if err := os.WriteFile(tmp, []byte("a: 4\n"), 0o600); err != nil {
				return err
			}
			return os.Rename(tmp, path)
		}},
		{"a delete", func() error { return os.Remove(path) }},
		{"the file coming back", func() error { return os.WriteFile(path, []byte("a: 5\n"), 0o600) }},
		{"a write after it came back", func() error { return os.WriteFile(path, []byte("a: 6\n"), 0o600) }},
	}
	for _, tc := range tests {
		drain(changes)
		if err := tc.change(); err != nil {
			t.Fatal(err)
		}
		expect(tc.name)
	}
}

func drain(ch chan struct{}) {
	for {
		select {
		case <-ch:
		default:
			return
		}
	}
}

// quiet consumes changes until none came for d.
func quiet(ch chan struct{}, d time.Duration) {
	for {
		select {
		case <-ch:
		case <-time.After(d):
			return
		}
	}
}
