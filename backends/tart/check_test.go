package tart

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	mount := func(name, source string) []config.TartMount { return []config.TartMount{{Name: name, Source: source}} }
	tests := []struct {
		name string
		t    config.TartImage
		key  string // "" for no problem
		msg  string
	}{
		{"defaults", config.TartImage{Image: "ghcr.io/cirruslabs/macos-sequoia-base:latest"}, "", ""},
		{"mount", config.TartImage{Image: "i", Mounts: []config.TartMount{{Name: "cache", Source: dir}, {Name: "sdk.v2", Source: dir + "/", ReadOnly: true}}}, "", ""},
		{"no image", config.TartImage{}, "image", "required"},
		{"image like an option", config.TartImage{Image: "--insecure"}, "image", "tart option"},
		{"blank runner_cmd", config.TartImage{Image: "i", RunnerCmd: " "}, "runner_cmd", "required"},
		{"runner_cmd with NUL", config.TartImage{Image: "i", RunnerCmd: "/run\x00"}, "runner_cmd", "NUL"},
		{"image with NUL", config.TartImage{Image: "i\x00"}, "image", "NUL"},
		{"cpus", config.TartImage{Image: "i", CPUs: 200}, "cpus", "between 1 and 128"},
		{"memory", config.TartImage{Image: "i", MemoryMB: 256}, "memory", "between 512 and"},
		{"boot_timeout", config.TartImage{Image: "i", BootTimeout: config.Duration(300 * time.Millisecond)}, "boot_timeout", "between 1s and 1h0m0s"},
		{"mount name with a comma", config.TartImage{Image: "i", Mounts: mount("a,b", dir)}, "mounts[0].name", `"a,b" must be letters, digits`},
		{"mount name with a colon", config.TartImage{Image: "i", Mounts: mount("a:b", dir)}, "mounts[0].name", "must be letters, digits"},
		{"mount name with a slash", config.TartImage{Image: "i", Mounts: mount("a/b", dir)}, "mounts[0].name", "must be letters, digits"},
		{"mount name starting with a dot", config.TartImage{Image: "i", Mounts: mount(".cache", dir)}, "mounts[0].name", "starting with a letter or digit"},
		{"no mount name", config.TartImage{Image: "i", Mounts: mount("", dir)}, "mounts[0].name", "is required"},
		{"duplicate mount name", config.TartImage{Image: "i", Mounts: append(mount("c", dir), mount("c", dir)...)}, "mounts[1].name", "duplicate mount name"},
		{"mount source with a comma", config.TartImage{Image: "i", Mounts: mount("c", "/srv/a,b")}, "mounts[0].source", "contains ':' or ','"},
		{"mount source with a colon", config.TartImage{Image: "i", Mounts: mount("c", "/srv/a:b")}, "mounts[0].source", "contains ':' or ','"},
		{"relative mount source", config.TartImage{Image: "i", Mounts: mount("c", "cache")}, "mounts[0].source", "absolute path"},
		{"mount source with NUL", config.TartImage{Image: "i", Mounts: mount("c", "/srv/\x00")}, "mounts[0].source", "NUL"},
		{"missing mount source", config.TartImage{Image: "i", Mounts: mount("c", dir+"/missing")}, "mounts[0].source", "does not exist on this host"},
		{"mount source is a file", config.TartImage{Image: "i", Mounts: mount("c", file)}, "mounts[0].source", "is not a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.t
			(&config.RunnerConfig{Tart: &c}).ApplyBackendDefaults()
			ps := Check(&c)
			if tt.key == "" {
				if len(ps) != 0 {
					t.Fatalf("problems: %v", ps)
				}
				return
			}
			for _, p := range ps {
				if p.Key == tt.key && strings.Contains(p.Message, tt.msg) && p.Severity == config.SeverityError {
					return
				}
			}
			t.Fatalf("no error at %q containing %q in %v", tt.key, tt.msg, ps)
		})
	}
}

// FuzzCheckedBlockPrepares: every tart block that a configuration file may
// hold and that validation (config.Load with Check) accepts is prepared,
// and each --dir argument it gives says name:path or name:path:ro.
func FuzzCheckedBlockPrepares(f *testing.F) {
	f.Add("ghcr.io/cirruslabs/macos-sequoia-xcode:latest", "", 0, 0, "", "cache", "", false, "sdk", "", true)
	f.Add("local-vm", "/actions-runner/run.sh", 8, 16384, "20s", "a,b", "", false, "c", "/srv/a,b", false)
	f.Add("-x", " ", -1, 100, "1ms", "a:b", "rel", true, "a:b", "/x:y", true)
	f.Add("vm", "/run\x00", 4, 8192, "", "a", "", false, "b", "", false)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, image, runnerCmd string, cpus, memory int, bootTimeout, name1, source1 string, ro1 bool, name2, source2 string, ro2 bool) {
		if source1 == "" {
			source1 = dir // an existing directory
		}
		if source2 == "" {
			source2 = dir
		}
		var b strings.Builder
		fmt.Fprintf(&b, "\n    tart:\n      image: %s\n      cpus: %d\n      memory: %d\n", quote(image), cpus, memory)
		if runnerCmd != "" {
			fmt.Fprintf(&b, "      runner_cmd: %s\n", quote(runnerCmd))
		}
		if bootTimeout != "" {
			fmt.Fprintf(&b, "      boot_timeout: %s\n", quote(bootTimeout))
		}
		fmt.Fprintf(&b, "      mounts:\n        - {name: %s, source: %s, read_only: %t}\n        - {name: %s, source: %s, read_only: %t}\n",
			quote(name1), quote(source1), ro1, quote(name2), quote(source2), ro2)
		block := b.String()
		rc, ok := loadRunner(t, dir, block)
		if !ok {
			return
		}
		s, err := (&Provisioner{}).prepare(&backends.RunnerRequest{Name: "r-0123abcd", JITConfig: "jit", Runner: rc}, false)
		if err != nil {
			t.Fatalf("validation accepted the block but prepare refused it: %v\n%s", err, block)
		}
		for _, arg := range slices.Concat(s.dirs, []string{s.image, s.runnerCmd}) {
			if strings.ContainsRune(arg, 0) {
				t.Fatalf("NUL byte in a tart argument: %q\n%s", arg, block)
			}
		}
		if len(s.dirs) != 2 {
			t.Fatalf("--dir arguments %q, want 2", s.dirs)
		}
		for _, d := range s.dirs {
			parts := strings.Split(d, ":")
			if strings.Contains(d, ",") || len(parts) < 2 || len(parts) > 3 || (len(parts) == 3 && parts[2] != "ro") {
				t.Fatalf("--dir %q is not name:path[:ro]\n%s", d, block)
			}
		}
	})
}

// loadRunner loads a file whose runner r has the given backend block, with
// the tart check, and returns the runner if validation accepts it.
func loadRunner(t *testing.T, dir, block string) (*config.RunnerConfig, bool) {
	t.Helper()
	p := filepath.Join(dir, "config.yml")
	text := "url: https://github.com/o\nrunners:\n  r:\n    labels: [l]" + block
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	check := func(rc *config.RunnerConfig) []config.Problem {
		var r config.Report
		if rc.Tart != nil {
			r.Add("tart", Check(rc.Tart))
		}
		return r.Problems()
	}
	res, err := config.Load(config.LoadOptions{Path: p, Environ: []string{}, SkipCredentialChecks: true, Check: check})
	if err != nil {
		return nil, false
	}
	rc, ok := res.Config.Runners["r"]
	if !ok || rc.Tart == nil {
		t.Fatalf("accepted without the tart runner: %+v\n%s", res.Config.Runners, text)
	}
	return &rc, true
}

// quote renders s as a YAML double-quoted scalar (JSON's escapes are YAML's).
func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
