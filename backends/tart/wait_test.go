//go:build unix

package tart

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/scrub"
)

// TestWait: the end of the runner's tart exec gives its exit code; the end
// of tart run (a crashed VM) gives -1. Failures keep the output tails in
// the status and in a failure log.
func TestWait(t *testing.T) {
	cases := []struct {
		name     string
		end      func(e *testEnv, name string)
		code     int
		reason   string
		logTail  []string
		keepsLog bool
	}{
		{name: "runner-ok", end: func(e *testEnv, n string) { e.finish(n, 0) }, code: 0, reason: "exited"},
		{
			name: "runner-fails", end: func(e *testEnv, n string) { e.finish(n, 3) }, code: 3, reason: "exited",
			logTail: []string{"runner: a line on stderr"}, keepsLog: true,
		},
		{
			name: "runner-fails-42", end: func(e *testEnv, n string) { e.finish(n, 42) }, code: 42, reason: "exited",
			logTail: []string{"runner: listening for jobs"}, keepsLog: true,
		},
		{
			name: "vm-crashes", end: func(e *testEnv, n string) { e.crash(n) }, code: -1, reason: "VM stopped unexpectedly",
			logTail: []string{"The virtual machine stopped unexpectedly"}, keepsLog: true,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			p := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "mac"}, nil)
			req := e.request(tc.name, nil)
			if err := p.Start(ctxFor(t, 30*time.Second), req); err != nil {
				t.Fatal(err)
			}
			tc.end(e, tc.name)
			st, err := p.Wait(ctxFor(t, 10*time.Second), tc.name)
			if err != nil {
				t.Fatal(err)
			}
			if st.Code != tc.code || !strings.Contains(st.Reason, tc.reason) {
				t.Errorf("Wait = %+v, want code %d, reason %q", st, tc.code, tc.reason)
			}
			for _, want := range tc.logTail {
				if !strings.Contains(st.LogTail, want) {
					t.Errorf("LogTail %q does not contain %q", st.LogTail, want)
				}
			}
			if tc.code == 0 && st.LogTail != "" {
				t.Errorf("LogTail %q for a successful runner", st.LogTail)
			}
			// A second Wait returns the same result.
			if again, err := p.Wait(ctxFor(t, 5*time.Second), tc.name); err != nil || again != st {
				t.Errorf("second Wait = %+v, %v", again, err)
			}
			logs := e.files("failures")
			if tc.keepsLog != (len(logs) == 1) {
				t.Fatalf("failure logs %v, want one: %v", logs, tc.keepsLog)
			}
			if tc.keepsLog {
				path := filepath.Join(e.state, "failures", logs[0])
				checkPrivate(t, path)
				b, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				for _, want := range append([]string{"runner: " + tc.name}, tc.logTail...) {
					if !strings.Contains(string(b), want) {
						t.Errorf("failure log lacks %q:\n%s", want, b)
					}
				}
				if !strings.Contains(e.logs.String(), "tart runner failed") {
					t.Error("the failure was not logged")
				}
			}
			if err := p.Stop(ctxFor(t, 30*time.Second), tc.name); err != nil {
				t.Fatal(err)
			}
			e.assertClean(p, tc.name)
			if got := e.files("failures"); len(got) != len(logs) {
				t.Errorf("Stop changed the failure logs: %v → %v", logs, got)
			}
		})
	}
}

// TestWaitContextAndUnknown: Wait honours its context, and reports an
// unknown runner as not found.
func TestWaitContextAndUnknown(t *testing.T) {
	e := newEnv(t)
	p := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "mac"}, nil)
	if _, err := p.Wait(ctxFor(t, 5*time.Second), "nobody"); !errors.Is(err, backends.ErrNotFound) {
		t.Errorf("Wait(nobody) = %v, want ErrNotFound", err)
	}
	if err := p.Start(ctxFor(t, 30*time.Second), e.request("waiting-1", nil)); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Wait(ctxFor(t, 100*time.Millisecond), "waiting-1"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Wait with a short context = %v, want DeadlineExceeded", err)
	}
	// Stop ends a pending Wait.
	type result struct {
		st  backends.ExitStatus
		err error
	}
	waited := make(chan result, 1)
	go func() {
		st, err := p.Wait(ctxFor(t, 30*time.Second), "waiting-1")
		waited <- result{st, err}
	}()
	e.eventually(func() bool { return blockedInSelect("tart.(*Provisioner).Wait(") }, "Wait to block")
	if err := p.Stop(ctxFor(t, 30*time.Second), "waiting-1"); err != nil {
		t.Fatal(err)
	}
	if r := <-waited; r.err != nil || r.st.Code != -1 || r.st.Reason != "stopped by Stop" {
		t.Errorf("Wait during Stop = %+v, %v; want code -1, stopped by Stop", r.st, r.err)
	}
	e.assertClean(p, "waiting-1")
	if got := e.files("failures"); len(got) != 0 {
		t.Errorf("Stop produced failure logs: %v", got)
	}
}

// TestFailureLogRetention: failure logs are bounded in size, redact the JIT
// config, and only the newest LogRetention are kept.
func TestFailureLogRetention(t *testing.T) {
	e := newEnv(t)
	const tailBytes = 300
	p := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "mac"}, func(o *Options) {
		o.LogRetention = 2
		o.LogTailBytes = tailBytes
	})
	// A runner that prints a lot, including the JIT config it was given,
	// and fails.
	noisy := e.script("noisy.sh", `#!/bin/sh
i=0
while [ $i -lt 200 ]; do echo "noise line $i: $ACTIONS_RUNNER_INPUT_JITCONFIG"; i=$((i+1)); done
echo "final words" >&2
exit 1
`)
	var jits []string
	for _, name := range []string{"noisy-1", "noisy-2", "noisy-3"} {
		req := e.request(name, nil)
		req.Runner.Tart.RunnerCmd = noisy
		if err := p.Start(ctxFor(t, 30*time.Second), req); err != nil {
			t.Fatal(err)
		}
		st, err := p.Wait(ctxFor(t, 10*time.Second), name)
		if err != nil {
			t.Fatal(err)
		}
		if st.Code != 1 || !strings.Contains(st.LogTail, "final words") || !strings.Contains(st.LogTail, scrub.Redacted) {
			t.Errorf("Wait(%s) = %+v, want code 1 and a redacted tail ending in the last words", name, st)
		}
		if w := jitWindow(st.LogTail, req.JITConfig); w != "" {
			t.Errorf("Wait(%s): the log tail holds %q of the JIT config", name, w)
		}
		jits = append(jits, req.JITConfig)
		if err := p.Stop(ctxFor(t, 30*time.Second), name); err != nil {
			t.Fatal(err)
		}
		e.assertClean(p, name)
	}
	logs := e.files("failures")
	if len(logs) != 2 || !strings.HasSuffix(logs[0], "-noisy-2.log") || !strings.HasSuffix(logs[1], "-noisy-3.log") {
		t.Fatalf("failure logs %v, want the newest two (noisy-2, noisy-3)", logs)
	}
	for _, f := range logs {
		path := filepath.Join(e.state, "failures", f)
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Size() > 2*tailBytes+1024 {
			t.Errorf("%s is %d bytes, want at most about two tails of %d", f, fi.Size(), tailBytes)
		}
		checkPrivate(t, path)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, jit := range jits {
			if w := jitWindow(string(b), jit); w != "" {
				t.Errorf("%s holds %q of a JIT config", f, w)
			}
		}
	}
}

// jitWindow returns a run of scrub.Window bytes of jit that s holds, or "".
func jitWindow(s, jit string) string {
	for i := 0; i+scrub.Window <= len(jit); i++ {
		if w := jit[i : i+scrub.Window]; strings.Contains(s, w) {
			return w
		}
	}
	return ""
}

// blockedInSelect reports whether some goroutine is parked in a select
// inside the given function.
func blockedInSelect(fn string) bool {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	for _, g := range strings.Split(string(buf), "\n\n") {
		header, _, _ := strings.Cut(g, "\n")
		if strings.Contains(header, "[select") && strings.Contains(g, fn) {
			return true
		}
	}
	return false
}
