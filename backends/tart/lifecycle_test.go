//go:build unix

package tart

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

// TestLifecycleGolden runs one runner through Start, List, Wait and Stop and
// compares every tart invocation with testdata/lifecycle.golden.
func TestLifecycleGolden(t *testing.T) {
	e := newEnv(t)
	cache, tools := t.TempDir(), t.TempDir()
	p := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "mac"}, nil)
	req := e.request("golden-1", func(c *config.TartImage) {
		c.CPUs = 6
		c.MemoryMB = 12288
		c.Mounts = []config.TartMount{
			{Name: "cache", Source: cache},
			{Name: "tools", Source: tools, ReadOnly: true},
		}
	})

	if err := p.Start(ctxFor(t, 30*time.Second), req); err != nil {
		t.Fatalf("Start: %v", err)
	}
	// The runner got the JIT config in its environment, through stdin.
	jitFile := filepath.Join(e.guest("golden-1"), "jit.txt")
	e.eventually(func() bool {
		b, err := os.ReadFile(jitFile)
		return err == nil && string(b) == req.JITConfig
	}, "the runner to receive the JIT config")

	envs, err := p.List(ctxFor(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if len(envs) != 1 || envs[0].Name != "golden-1" || envs[0].State != backends.EnvRunning ||
		envs[0].DaemonID != "d1" || envs[0].ScaleSet != "mac" || envs[0].CreatedAt.IsZero() {
		t.Fatalf("List = %+v, want golden-1 running, owned by d1/mac", envs)
	}

	e.finish("golden-1", 0)
	st, err := p.Wait(ctxFor(t, 10*time.Second), "golden-1")
	if err != nil {
		t.Fatal(err)
	}
	if st.Code != 0 || st.Reason != "exited" || st.LogTail != "" {
		t.Fatalf("Wait = %+v, want code 0, exited, no log tail", st)
	}
	envs, err = p.List(ctxFor(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if len(envs) != 1 || envs[0].State != backends.EnvExited {
		t.Fatalf("List after the runner ended = %+v, want golden-1 exited", envs)
	}

	if err := p.Stop(ctxFor(t, 30*time.Second), "golden-1"); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	e.assertClean(p, "golden-1")
	if got := e.files("failures"); len(got) != 0 {
		t.Errorf("failure logs after a clean run: %v", got)
	}
	// Stop is idempotent and needs no tart call for a VM that is gone.
	if err := p.Stop(ctxFor(t, 10*time.Second), "golden-1"); err != nil {
		t.Fatalf("second Stop: %v", err)
	}
	if _, err := p.Wait(ctxFor(t, 5*time.Second), "golden-1"); !isNotFound(err) {
		t.Fatalf("Wait after Stop = %v, want ErrNotFound", err)
	}

	compareGolden(t, "lifecycle.golden", normalizeArgv(e.argv(), map[string]string{
		e.runner: "$RUNNER",
		cache:    "$CACHE",
		tools:    "$TOOLS",
	}))
}

// normalizeArgv renders invocations one per line, replaces test paths with
// placeholders, collapses repeated guest agent probes into one and puts the
// probes after "tart run": the first probes may be recorded before the
// concurrently started "tart run" process records itself.
func normalizeArgv(argv [][]string, replace map[string]string) string {
	var lines []string
	var probes []string
	runSeen := false
	for _, a := range argv {
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(a)
		line := strings.TrimSuffix(b.String(), "\n")
		for from, to := range replace {
			line = strings.ReplaceAll(line, from, to)
		}
		isProbe := len(a) == 3 && a[0] == "exec" && a[2] == "true"
		switch {
		case isProbe && !runSeen:
			if len(probes) == 0 {
				probes = append(probes, line)
			}
			continue
		case isProbe && len(lines) > 0 && lines[len(lines)-1] == line:
			continue
		}
		lines = append(lines, line)
		if len(a) > 0 && a[0] == "run" {
			runSeen = true
			if len(probes) > 0 {
				lines = append(lines, probes...)
				probes = nil
			}
		}
	}
	return strings.Join(lines, "\n") + "\n"
}

func compareGolden(t *testing.T, file, got string) {
	t.Helper()
	path := filepath.Join("testdata", file)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("tart invocations differ from %s (go test -update rewrites it)\n--- got\n%s--- want\n%s", path, got, want)
	}
}

// TestMountsAndResources checks what the VM was configured with: the CPUs
// and memory given to tart set and the --dir shares given to tart run.
func TestMountsAndResources(t *testing.T) {
	e := newEnv(t)
	rw, ro := t.TempDir(), t.TempDir()
	p := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "mac"}, nil)

	cases := []struct {
		name     string
		tart     func(*config.TartImage)
		cpus     int
		memoryMB uint64
		dirs     []string
	}{
		{
			name: "res-defaults",
			tart: func(c *config.TartImage) { c.CPUs, c.MemoryMB = 0, 0 },
			cpus: config.DefaultTartCPUs, memoryMB: config.DefaultTartMemoryMB,
		},
		{
			name: "res-mounts",
			tart: func(c *config.TartImage) {
				c.CPUs, c.MemoryMB = 8, 16384
				c.Mounts = []config.TartMount{{Name: "cache", Source: rw}, {Name: "sdk", Source: ro + "/", ReadOnly: true}}
			},
			cpus: 8, memoryMB: 16384,
			dirs: []string{"cache:" + rw, "sdk:" + ro + ":ro"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			req := e.request(tc.name, tc.tart)
			if tc.cpus == config.DefaultTartCPUs {
				// Zero values reach the backend when a config is built in code.
				req.Runner.Tart.CPUs, req.Runner.Tart.MemoryMB = 0, 0
			}
			if err := p.Start(ctxFor(t, 30*time.Second), req); err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(filepath.Join(e.home, "vms", tc.name, "config.json"))
			if err != nil {
				t.Fatal(err)
			}
			var cfg struct {
				CPU      int      `json:"cpuCount"`
				MemoryMB uint64   `json:"memoryMB"`
				Dirs     []string `json:"dirs"`
			}
			if err := json.Unmarshal(b, &cfg); err != nil {
				t.Fatal(err)
			}
			if cfg.CPU != tc.cpus || cfg.MemoryMB != tc.memoryMB {
				t.Errorf("VM has %d CPUs and %d MB, want %d and %d", cfg.CPU, cfg.MemoryMB, tc.cpus, tc.memoryMB)
			}
			if strings.Join(cfg.Dirs, " ") != strings.Join(tc.dirs, " ") {
				t.Errorf("VM shares %q, want %q", cfg.Dirs, tc.dirs)
			}
			if err := p.Stop(ctxFor(t, 30*time.Second), tc.name); err != nil {
				t.Fatal(err)
			}
			e.assertClean(p, tc.name)
		})
	}
}

// TestAgentComesUpLate: probes that find no guest agent yet are retried
// until the agent answers.
func TestAgentComesUpLate(t *testing.T) {
	e := newEnv(t)
	e.setControl(control{ExecNotReady: 3})
	p := e.provisioner(backends.Ownership{DaemonID: "d1", ScaleSet: "mac"}, nil)
	if err := p.Start(ctxFor(t, 30*time.Second), e.request("late-1", nil)); err != nil {
		t.Fatal(err)
	}
	probes := 0
	for _, a := range e.argv() {
		if len(a) == 3 && a[0] == "exec" && a[2] == "true" {
			probes++
		}
	}
	if probes < 3 {
		t.Errorf("%d guest agent probes, want at least 3 failing ones and a successful one", probes)
	}
	if err := p.Stop(ctxFor(t, 30*time.Second), "late-1"); err != nil {
		t.Fatal(err)
	}
	e.assertClean(p, "late-1")
}

// TestTartFromPATH: with no TartPath, tart is looked up in the PATH given to
// the provisioner.
func TestTartFromPATH(t *testing.T) {
	e := newEnv(t)
	p := e.provisioner(backends.Ownership{DaemonID: "d1"}, func(o *Options) {
		o.TartPath = ""
		o.Env = append(o.Env, "PATH="+filepath.Dir(fakeTart)+":/usr/bin:/bin")
	})
	if err := p.Ping(ctxFor(t, 10*time.Second)); err != nil {
		t.Fatalf("Ping: %v", err)
	}
}

// TestNewValidates: New rejects settings it cannot work with and fills
// defaults.
func TestNewValidates(t *testing.T) {
	bad := []Options{
		{},
		{Owner: backends.Ownership{DaemonID: "d"}, HostLimit: -1},
		{Owner: backends.Ownership{DaemonID: "d"}, BootPollInterval: -time.Second},
		{Owner: backends.Ownership{DaemonID: "d"}, LogRetention: -1},
		{Owner: backends.Ownership{DaemonID: "d"}, Env: []string{"NOEQUALS"}},
	}
	for i, o := range bad {
		if _, err := New(o); err == nil {
			t.Errorf("case %d: New(%+v) succeeded, want an error", i, o)
		}
	}
	p, err := New(Options{Owner: backends.Ownership{DaemonID: "d"}, StateDir: "relative/state"})
	if err != nil {
		t.Fatal(err)
	}
	if !filepath.IsAbs(p.opts.StateDir) || p.opts.TartPath != "tart" || p.opts.HostLimit != DefaultHostLimit ||
		p.opts.LogRetention != DefaultLogRetention || p.opts.StopGrace != DefaultStopGrace {
		t.Errorf("defaults not applied: %+v", p.opts)
	}
}
