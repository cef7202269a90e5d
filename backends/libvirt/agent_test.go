package libvirt

import (
	"context"
	"encoding/base64"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/scrub"
)

func TestQGACallErrorForms(t *testing.T) {
	for _, replies := range []bool{false, true} {
		f := newFakeQGA()
		f.errorReplies = replies
		_, err := agentExecStatus(context.Background(), f, "d", 77)
		if !isUnknownPID(err) {
			t.Errorf("errorReplies=%v: unknown PID not recognised: %v", replies, err)
		}
		f.execError = "Failed to execute child process “/actions-runner/run.sh” (No such file or directory)"
		if _, err := agentExec(context.Background(), f, "d", "/actions-runner/run.sh", nil); err == nil || !strings.Contains(err.Error(), "No such file") {
			t.Errorf("errorReplies=%v: exec error lost: %v", replies, err)
		}
	}
	bad := agentFunc(func(context.Context, string, string) (string, error) { return "{", nil })
	if err := agentPing(context.Background(), bad, "d"); err == nil {
		t.Error("unreadable reply accepted")
	}
	empty := agentFunc(func(context.Context, string, string) (string, error) { return "{}", nil })
	if err := agentPing(context.Background(), empty, "d"); err == nil {
		t.Error("reply without return accepted")
	}
	nopid := agentFunc(func(context.Context, string, string) (string, error) { return `{"return":{}}`, nil })
	if _, err := agentExec(context.Background(), nopid, "d", "/x", nil); err == nil {
		t.Error("guest-exec without a PID accepted")
	}
}

// agentFunc adapts a function to Agent.
type agentFunc func(ctx context.Context, domain, command string) (string, error)

func (f agentFunc) Command(ctx context.Context, domain, command string) (string, error) {
	return f(ctx, domain, command)
}

func TestExecLifecycleWithFake(t *testing.T) {
	f := newFakeQGA()
	ctx := context.Background()
	pid, err := agentExec(ctx, f, "dom", "/actions-runner/run.sh", runnerEnv("linux", "x86_64", 2, "SECRET"))
	if err != nil {
		t.Fatal(err)
	}
	st, err := agentExecStatus(ctx, f, "dom", pid)
	if err != nil || st.Exited {
		t.Fatalf("running process: %+v %v", st, err)
	}
	f.exit(pid, 3, "line1\nSECRET leaked\n", "boom")
	st, err = agentExecStatus(ctx, f, "dom", pid)
	if err != nil || !st.Exited {
		t.Fatalf("exited process: %+v %v", st, err)
	}
	es := exitStatus(st, "SECRET")
	if es.Code != 3 || es.Reason != "exited with code 3" || strings.Contains(es.LogTail, "SECRET") ||
		!strings.Contains(es.LogTail, "line1") || !strings.Contains(es.LogTail, "boom") {
		t.Errorf("exit status: %+v", es)
	}
	// qemu-ga reports an exit once; afterwards the PID is unknown.
	if _, err := agentExecStatus(ctx, f, "dom", pid); !isUnknownPID(err) {
		t.Errorf("second status of an exited process: %v", err)
	}
}

func TestExitStatus(t *testing.T) {
	zero, sig := 0, 9
	tests := []struct {
		st     execStatus
		code   int
		reason string
		tail   bool
	}{
		{execStatus{Exited: true, ExitCode: &zero, OutData: "b2s="}, 0, "exited", false},
		{execStatus{Exited: true, Signal: &sig}, -1, "killed by signal 9", false},
		{execStatus{Exited: true, ErrData: "ZXJy", ErrTruncated: true}, -1, "exited (status unknown)", true},
	}
	for _, tt := range tests {
		es := exitStatus(tt.st, "")
		if es.Code != tt.code || es.Reason != tt.reason || (es.LogTail != "") != tt.tail {
			t.Errorf("%+v -> %+v", tt.st, es)
		}
	}
	long := strings.Repeat("x", 3*logTailBytes) + "END"
	tail := outputTail(execStatus{OutData: b64(long)}, "")
	if !strings.HasSuffix(tail, "END\n") || len(tail) > logTailBytes+100 {
		t.Errorf("tail not bounded to the end: %d bytes", len(tail))
	}
}

func TestRunnerEnv(t *testing.T) {
	for _, osName := range []string{"linux", "windows"} {
		env := runnerEnv(osName, "x86_64", 4, "JIT-VALUE")
		n := 0
		for _, e := range env {
			if strings.Contains(e, "JIT-VALUE") {
				n++
				if e != jitEnvVar+"=JIT-VALUE" {
					t.Errorf("%s: JIT in %q", osName, e)
				}
			}
		}
		if n != 1 {
			t.Errorf("%s: JIT appears %d times", osName, n)
		}
		joined := strings.Join(env, "\n")
		if osName == "windows" && !strings.Contains(joined, `SystemRoot=C:\Windows`) {
			t.Error("windows env lacks SystemRoot")
		}
		if osName == "linux" && !strings.Contains(joined, "PATH=/usr/local/sbin") {
			t.Error("linux env lacks PATH")
		}
	}
}

// TestOutputTailScrubs: the JIT config is removed from the captured
// output before it is cut, so no piece of it survives at the cut.
func TestOutputTailScrubs(t *testing.T) {
	secret := strings.Repeat("S3cr3t/+", 40)
	tests := []struct{ name, out string }{
		{"whole", "jit=" + secret + "\nEND"},
		{"across the cut", strings.Repeat("x", 100) + secret + strings.Repeat("y", logTailBytes-100) + "END"},
		{"json escaped", `{"v":"` + strings.ReplaceAll(secret, "/", `\/`) + `"}END`},
		{"repeated", strings.Repeat(secret+" ", 20) + "END"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tail := outputTail(execStatus{ErrData: b64(tt.out), OutData: b64(tt.out)}, secret)
			if !strings.HasSuffix(tail, "END\n") || len(tail) > 2*logTailBytes+200 {
				t.Errorf("tail not bounded to the end: %d bytes", len(tail))
			}
			for i := 0; i+scrub.Window <= len(secret); i++ {
				if w := secret[i : i+scrub.Window]; strings.Contains(tail, w) {
					t.Fatalf("tail holds %q of the secret:\n%s", w, tail)
				}
			}
		})
	}
}

func TestRedactError(t *testing.T) {
	tests := []struct {
		name            string
		err             error
		secret          string
		want            string
		same, permanent bool
	}{
		{name: "permanent keeps its class", err: backends.Permanent(errors.New("failed: TOKEN-123")), secret: "TOKEN-123",
			want: "failed: " + scrub.Redacted, permanent: true},
		{name: "retryable stays retryable", err: errors.New("TOKEN-123"), secret: "TOKEN-123", want: scrub.Redacted},
		{name: "json-escaped echo", err: errors.New(`guest-exec {"env":["J=ab\"c\\d"]}`), secret: `ab"c\d`,
			want: `guest-exec {"env":["J=` + scrub.Redacted + `"]}`},
		{name: "clean error unchanged", err: errors.New("nothing here"), secret: "TOKEN-123", same: true},
		{name: "empty secret", err: errors.New("TOKEN-123"), secret: "", same: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := redactError(tt.err, tt.secret)
			if tt.same {
				if err != tt.err {
					t.Errorf("redactError replaced %v with %v", tt.err, err)
				}
				return
			}
			if err.Error() != tt.want || backends.IsPermanent(err) != tt.permanent {
				t.Errorf("redactError = %q (permanent %v), want %q (permanent %v)", err, backends.IsPermanent(err), tt.want, tt.permanent)
			}
			if errors.Unwrap(err) != nil && strings.Contains(errors.Unwrap(err).Error(), tt.secret) {
				t.Error("the unwrapped chain still holds the secret")
			}
		})
	}
}

func TestWaitForAgent(t *testing.T) {
	alive := func(context.Context) error { return nil }
	t.Run("answers after failures", func(t *testing.T) {
		f := newFakeQGA()
		f.pingFailures = 3
		if err := waitForAgent(context.Background(), f, "d", 5*time.Second, time.Millisecond, alive); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("timeout", func(t *testing.T) {
		f := newFakeQGA()
		f.silent = true
		start := time.Now()
		err := waitForAgent(context.Background(), f, "d", 100*time.Millisecond, 10*time.Millisecond, alive)
		if err == nil || !strings.Contains(err.Error(), "did not answer within 100ms") || !strings.Contains(err.Error(), "not connected") {
			t.Fatalf("want a timeout error with the last cause, got %v", err)
		}
		if d := time.Since(start); d < 100*time.Millisecond || d > 5*time.Second {
			t.Errorf("waited %s", d)
		}
	})
	t.Run("caller context", func(t *testing.T) {
		f := newFakeQGA()
		f.silent = true
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		err := waitForAgent(ctx, f, "d", time.Minute, time.Millisecond, alive)
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("want context.Canceled, got %v", err)
		}
	})
	t.Run("permanent agent error", func(t *testing.T) {
		broken := agentFunc(func(context.Context, string, string) (string, error) {
			return "", backends.Permanentf("libvirt-qemu.so.0 missing")
		})
		err := waitForAgent(context.Background(), broken, "d", time.Minute, time.Millisecond, alive)
		if !backends.IsPermanent(err) {
			t.Fatalf("want the permanent error at once, got %v", err)
		}
	})
	t.Run("domain died", func(t *testing.T) {
		f := newFakeQGA()
		f.silent = true
		dead := errors.New("the domain stopped while booting")
		err := waitForAgent(context.Background(), f, "d", time.Minute, time.Millisecond, func(context.Context) error { return dead })
		if !errors.Is(err, dead) {
			t.Fatalf("want the check's error, got %v", err)
		}
	})
}

// b64 encodes s as guest-exec-status does.
func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
