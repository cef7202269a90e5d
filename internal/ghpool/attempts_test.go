package ghpool

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/config"
)

// TestWatchAttemptsSeesTheFirstFailureBeforeTheRetries checks that a
// refused connection reaches a watcher at the first attempt, while the
// HTTP layer still waits to retry.
func TestWatchAttemptsSeesTheFirstFailureBeforeTheRetries(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close()
	r := NewRegistry(Options{Concurrency: 1, RetryMax: 3, RetryWaitMax: time.Minute})
	p, err := r.Acquire("http://"+addr+"/org", config.Credentials{Token: "t"})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Release(p)
	seen := make(chan error, 16)
	stop := p.WatchAttempts(func(err error) { seen <- err })
	defer stop()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := p.EnsureScaleSet(ctx, ScaleSetSpec{Name: "linux", RunnerGroup: "default"})
		done <- err
	}()
	select {
	case err := <-seen:
		if !strings.Contains(err.Error(), "connection refused") {
			t.Errorf("attempt error = %v, want a refused connection", err)
		}
	case err := <-done:
		t.Fatalf("the call returned (%v) before a watcher saw an attempt fail", err)
	case <-time.After(10 * time.Second):
		t.Fatal("no failed attempt reported")
	}
	cancel()
	<-done
}
