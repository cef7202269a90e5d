//go:build unix

package tart

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

// TestStartFailures drives every failure of Start through the stand-in's
// knobs. Each must return a clear error, classified as permanent or
// retryable, and leave no VM, marker, output file or host slot behind.
func TestStartFailures(t *testing.T) {
	cases := []struct {
		name      string
		control   control
		tart      func(*config.TartImage)
		opts      func(*Options)
		timeout   time.Duration
		permanent bool
		hostFull  bool
		ctxErr    error
		contains  []string
		keepsLog  bool // the VM ran: its output is kept in a failure log
	}{
		{
			name:      "unknown-image",
			tart:      func(c *config.TartImage) { c.Image = "ghcr.io/cirruslabs/no-such-image:latest" },
			permanent: true,
			contains:  []string{"clone image ghcr.io/cirruslabs/no-such-image:latest", `"pulling manifest", code: 404`},
		},
		{
			name:      "unknown-local-vm",
			tart:      func(c *config.TartImage) { c.Image = "no-such-golden-vm" },
			permanent: true,
			contains:  []string{`the specified VM "no-such-golden-vm" does not exist`},
		},
		{
			name:     "network-error",
			control:  control{CloneError: "network"},
			contains: []string{"clone image", "The Internet connection appears to be offline"},
		},
		{
			name:     "partial-clone",
			control:  control{CloneError: "partial"},
			contains: []string{"clone image", "out of space"},
		},
		{
			name:     "clone-hangs",
			control:  control{CloneHang: true},
			timeout:  time.Second,
			ctxErr:   context.DeadlineExceeded,
			contains: []string{"clone image", "context deadline exceeded"},
		},
		{
			name:      "set-rejected",
			control:   control{SetError: true},
			permanent: true,
			contains:  []string{"set CPUs and memory", "VM should have 4 CPU cores at minimum"},
		},
		{
			name:     "run-crashes",
			control:  control{RunError: "crash"},
			contains: []string{"the VM exited early", "The virtual machine failed to start"},
			keepsLog: true,
		},
		{
			name:     "run-exits-at-once",
			control:  control{RunError: "exit"},
			contains: []string{"the VM exited early", "exit status 0"},
			keepsLog: true,
		},
		{
			name:     "host-refuses-vm",
			control:  control{RunError: "limit"},
			hostFull: true,
			contains: []string{"Virtualization.framework refused another VM"},
			keepsLog: true,
		},
		{
			name:     "agent-never-ready",
			control:  control{ExecNotReady: -1},
			tart:     func(c *config.TartImage) { c.BootTimeout = config.Duration(time.Second) }, // the shortest allowed
			contains: []string{"boot_timeout 1s", "is the Tart Guest Agent running?"},
			keepsLog: true,
		},
		{
			name:     "start-deadline-while-booting",
			control:  control{ExecNotReady: -1},
			timeout:  time.Second,
			ctxErr:   context.DeadlineExceeded,
			contains: []string{"wait for the guest agent", "context deadline exceeded"},
			keepsLog: true,
		},
		{
			name:     "exec-fails",
			control:  control{ExecInteractiveError: true},
			contains: []string{"start the runner", "tart exec ended before the runner started", "Transport became inactive"},
			keepsLog: true,
		},
		{
			name:      "old-tart-exec-needs-tty",
			control:   control{ExecNeedsTTY: true},
			permanent: true,
			contains:  []string{"failed to get terminal size", "upgrade Tart"},
			keepsLog:  true,
		},
		{
			name:      "runner-missing",
			tart:      func(c *config.TartImage) { c.RunnerCmd = "/no/actions-runner/run.sh" },
			permanent: true,
			contains:  []string{"install the actions runner", "/no/actions-runner/run.sh is not an executable file in the VM"},
			keepsLog:  true,
		},
		{
			name:      "tart-missing",
			opts:      func(o *Options) { o.TartPath = "tart"; o.Env = append(o.Env, "PATH=/nonexistent/bin") },
			permanent: true,
			contains:  []string{`tart executable "tart" not found in PATH (/nonexistent/bin)`},
		},
		{
			name:      "tart-path-missing",
			opts:      func(o *Options) { o.TartPath = "/nonexistent/tart" },
			permanent: true,
			contains:  []string{"tart executable /nonexistent/tart"},
		},
		{
			name: "mount-source-missing",
			tart: func(c *config.TartImage) {
				c.Mounts = []config.TartMount{{Name: "cache", Source: "/nonexistent/cache"}}
			},
			permanent: true,
			contains:  []string{"tart.mounts[0].source: /nonexistent/cache does not exist"},
		},
		{
			name:      "image-looks-like-a-flag",
			tart:      func(c *config.TartImage) { c.Image = "--insecure" },
			permanent: true,
			contains:  []string{`tart.image: "--insecure" is not an image reference`},
		},
		{
			name:      "mount-name-invalid",
			tart:      func(c *config.TartImage) { c.Mounts = []config.TartMount{{Name: "a:b", Source: "/"}} },
			permanent: true,
			contains:  []string{`tart.mounts[0].name: "a:b" must be letters`},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			e.setControl(tc.control)
			p := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "mac"}, tc.opts)
			timeout := tc.timeout
			if timeout == 0 {
				timeout = 30 * time.Second
			}
			req := e.request(tc.name, tc.tart)
			err := p.Start(ctxFor(t, timeout), req)
			if err == nil {
				t.Fatal("Start succeeded, want an error")
			}
			msg := err.Error()
			if !strings.Contains(msg, tc.name) {
				t.Errorf("error %q does not name the runner", msg)
			}
			for _, want := range tc.contains {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q does not contain %q", msg, want)
				}
			}
			if got := backends.IsPermanent(err); got != tc.permanent {
				t.Errorf("IsPermanent = %v, want %v (error %q)", got, tc.permanent, msg)
			}
			if got := errors.Is(err, ErrHostFull); got != tc.hostFull {
				t.Errorf("errors.Is(ErrHostFull) = %v, want %v", got, tc.hostFull)
			}
			if tc.ctxErr != nil && !errors.Is(err, tc.ctxErr) {
				t.Errorf("error %q does not wrap %v", msg, tc.ctxErr)
			}
			e.assertClean(p, tc.name)
			if got := e.vmDirs(); len(got) != 0 {
				t.Errorf("VM directories left behind: %v", got)
			}
			logs := e.files("failures")
			if tc.keepsLog {
				if len(logs) != 1 {
					t.Fatalf("failure logs %v, want one", logs)
				}
				path := filepath.Join(e.state, "failures", logs[0])
				if !strings.Contains(msg, path) {
					t.Errorf("error %q does not name the failure log %s", msg, path)
				}
				checkPrivate(t, path)
			} else if len(logs) != 0 {
				t.Errorf("failure logs %v, want none", logs)
			}
		})
	}
}

// checkPrivate asserts a file is readable by its owner only.
func checkPrivate(t *testing.T, path string) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("%s has mode %v, want 0600", path, fi.Mode().Perm())
	}
}

// TestStartNameClash: a VM of the same name that outrunner did not create
// is neither used nor removed.
func TestStartNameClash(t *testing.T) {
	e := newEnv(t)
	if out, err := e.tart("clone", testImage, "clash-1"); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	p := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "mac"}, nil)
	err := p.Start(ctxFor(t, 30*time.Second), e.request("clash-1", nil))
	if err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("Start = %v, want an 'already exists' error", err)
	}
	if e.invoked("clone", "clash-1") && len(e.argv()) > 2 {
		t.Errorf("Start cloned over an existing VM: %v", e.argv())
	}
	if !contains(e.vmDirs(), "clash-1") {
		t.Fatal("the existing VM was removed")
	}
	if err := p.Stop(ctxFor(t, 10*time.Second), "clash-1"); err != nil {
		t.Fatal(err)
	}
	if !contains(e.vmDirs(), "clash-1") {
		t.Fatal("Stop removed a VM without an outrunner marker")
	}
	if got := e.files("markers"); len(got) != 0 {
		t.Errorf("markers %v, want none", got)
	}
}

// TestStartCleanupFailsThenStop: when the VM cannot be deleted after a
// failed Start, the marker stays, so that List reports the VM and Stop
// removes it later.
func TestStartCleanupFailsThenStop(t *testing.T) {
	e := newEnv(t)
	e.setControl(control{SetError: true, DeleteError: true})
	p := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "mac"}, nil)
	err := p.Start(ctxFor(t, 30*time.Second), e.request("undeletable-1", nil))
	if err == nil || !strings.Contains(err.Error(), "removing the VM failed too") || !backends.IsPermanent(err) {
		t.Fatalf("Start = %v, want a permanent error that reports the failed cleanup", err)
	}
	envs, err := p.List(ctxFor(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if len(envs) != 1 || envs[0].Name != "undeletable-1" || envs[0].State != backends.EnvExited {
		t.Fatalf("List = %+v, want undeletable-1 exited", envs)
	}
	if err := p.Stop(ctxFor(t, 10*time.Second), "undeletable-1"); err == nil {
		t.Fatal("Stop succeeded while tart delete fails")
	}
	e.setControl(control{})
	if err := p.Stop(ctxFor(t, 10*time.Second), "undeletable-1"); err != nil {
		t.Fatal(err)
	}
	e.assertClean(p, "undeletable-1")
}

// TestStopDuringStart: Stop cancels a Start in progress; Start removes what
// it created and Stop succeeds.
func TestStopDuringStart(t *testing.T) {
	e := newEnv(t)
	e.setControl(control{CloneHang: true})
	p := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "mac"}, nil)
	startErr := make(chan error, 1)
	go func() { startErr <- p.Start(ctxFor(t, 30*time.Second), e.request("interrupted-1", nil)) }()
	e.eventually(func() bool { return e.invoked("clone", "interrupted-1") }, "the clone to start")
	if err := p.Stop(ctxFor(t, 30*time.Second), "interrupted-1"); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if err := <-startErr; !errors.Is(err, context.Canceled) {
		t.Fatalf("Start = %v, want context.Canceled", err)
	}
	e.assertClean(p, "interrupted-1")
}

// TestStopWhenTartStopHangs: a hung "tart stop" gets half of Stop's time;
// then the VM's tart run process is killed and the VM deleted.
func TestStopWhenTartStopHangs(t *testing.T) {
	e := newEnv(t)
	p := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "mac"}, nil)
	if err := p.Start(ctxFor(t, 30*time.Second), e.request("hung-stop-1", nil)); err != nil {
		t.Fatal(err)
	}
	e.setControl(control{StopHang: true})
	if err := p.Stop(ctxFor(t, 4*time.Second), "hung-stop-1"); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	e.assertClean(p, "hung-stop-1")
}

// TestStopForeignDaemon: Stop refuses a VM marked by another daemon and
// leaves it running.
func TestStopForeignDaemon(t *testing.T) {
	e := newEnv(t)
	other := e.provisioner(backends.Ownership{DaemonID: "d2", ScaleSet: "mac"}, nil)
	if err := other.Start(ctxFor(t, 30*time.Second), e.request("theirs-1", nil)); err != nil {
		t.Fatal(err)
	}
	p := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "mac"}, nil)
	err := p.Stop(ctxFor(t, 10*time.Second), "theirs-1")
	if err == nil || !backends.IsPermanent(err) || !strings.Contains(err.Error(), `belongs to daemon "d2"`) {
		t.Fatalf("Stop = %v, want a permanent 'belongs to daemon' error", err)
	}
	if !e.running("theirs-1") {
		t.Fatal("the other daemon's VM was stopped")
	}
	if err := other.Stop(ctxFor(t, 30*time.Second), "theirs-1"); err != nil {
		t.Fatal(err)
	}
	e.assertClean(other, "theirs-1")
}

// TestInvalidNames: names that cannot be Tart VM names are rejected before
// any tart call.
func TestInvalidNames(t *testing.T) {
	e := newEnv(t)
	p := e.provisioner(backends.Ownership{DaemonID: "d1"}, nil)
	for _, name := range []string{"", "../escape", "a/b", "-flag", strings.Repeat("x", 101)} {
		err := p.Start(ctxFor(t, 5*time.Second), e.request(name, nil))
		if err == nil || !backends.IsPermanent(err) {
			t.Errorf("Start(%q) = %v, want a permanent error", name, err)
		}
		if err := p.Stop(ctxFor(t, 5*time.Second), name); err == nil || !backends.IsPermanent(err) {
			t.Errorf("Stop(%q) = %v, want a permanent error", name, err)
		}
	}
	if got := e.argv(); len(got) != 0 {
		t.Errorf("tart was called: %v", got)
	}
}
