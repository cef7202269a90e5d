package all

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/sim"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/logkey"
)

func TestFactoryPicksTheConfiguredBackend(t *testing.T) {
	owner := backends.Ownership{DaemonID: "d", ScaleSet: "s"}
	f := New(Options{Sim: sim.New(sim.Options{}), StateDir: t.TempDir()})
	tests := []struct {
		name string
		rc   config.RunnerConfig
		want string // type name of the provisioner, or an error substring
	}{
		{"sim", config.RunnerConfig{Name: "s", Sim: &config.SimImage{}}, "*sim.Provisioner"},
		{"docker", config.RunnerConfig{Name: "s", Docker: &config.DockerImage{Image: "i", Host: "unix:///nonexistent.sock"}}, "*docker.Provisioner"},
		{"tart", config.RunnerConfig{Name: "s", Tart: &config.TartImage{Image: "i"}}, "*tart.Provisioner"},
		{"none", config.RunnerConfig{Name: "s"}, "no backend"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rc := tc.rc
			rc.ApplyBackendDefaults()
			p, err := f(owner, &rc, nil)
			got := ""
			if err != nil {
				got = err.Error()
			} else {
				got = typeName(p)
				_ = p.Close()
			}
			if !strings.Contains(got, tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
	noSim := New(Options{})
	if _, err := noSim(owner, &config.RunnerConfig{Name: "s", Sim: &config.SimImage{}}, nil); !backends.IsPermanent(err) {
		t.Fatalf("sim without a backend = %v", err)
	}
}

func typeName(p backends.Provisioner) string { return fmt.Sprintf("%T", p) }

// conventionHandler records the log lines of a backend and reports those
// that break the logging convention: an attribute twice on a line (the
// caller's logger already carries logkey.Backend), a key that is not
// snake_case, or a message that does not start in lowercase.
type conventionHandler struct {
	mu       *sync.Mutex
	problems *[]string
	lines    *int
	keys     []string // from WithAttrs
}

func (h conventionHandler) Enabled(context.Context, slog.Level) bool { return true }

func (h conventionHandler) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	*h.lines++
	if first, _ := utf8.DecodeRuneInString(r.Message); unicode.IsUpper(first) {
		*h.problems = append(*h.problems, "message not lowercase: "+r.Message)
	}
	seen := map[string]bool{}
	check := func(k string) {
		if seen[k] {
			*h.problems = append(*h.problems, fmt.Sprintf("%q: attribute %s twice", r.Message, k))
		}
		seen[k] = true
		if !snakeCase.MatchString(k) {
			*h.problems = append(*h.problems, fmt.Sprintf("%q: key %q is not snake_case", r.Message, k))
		}
	}
	for _, k := range h.keys {
		check(k)
	}
	r.Attrs(func(a slog.Attr) bool {
		check(a.Key)
		return true
	})
	return nil
}

func (h conventionHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	h.keys = slices.Clone(h.keys)
	for _, a := range attrs {
		h.keys = append(h.keys, a.Key)
	}
	return h
}

func (h conventionHandler) WithGroup(string) slog.Handler { return h }

var snakeCase = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// TestLogConvention: the backends log under a logger that carries the
// backend attribute without adding it again, and follow the convention.
func TestLogConvention(t *testing.T) {
	owner := backends.Ownership{DaemonID: "d", ScaleSet: "s"}
	f := New(Options{Sim: sim.New(sim.Options{}), StateDir: t.TempDir()})
	tests := []struct {
		name string
		rc   config.RunnerConfig
	}{
		{"docker", config.RunnerConfig{Name: "s", Docker: &config.DockerImage{Image: "i", Host: "unix:///nonexistent.sock"}}},
		{"tart", config.RunnerConfig{Name: "s", Tart: &config.TartImage{Image: "i"}}},
		{"libvirt", config.RunnerConfig{Name: "s", Libvirt: &config.LibvirtImage{URI: "test:///default", OverlayDir: t.TempDir()}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var problems []string
			lines := 0
			h := conventionHandler{mu: &sync.Mutex{}, problems: &problems, lines: &lines}
			rc := tc.rc
			rc.ApplyBackendDefaults()
			p, err := f(owner, &rc, slog.New(h).With(logkey.Backend, tc.name))
			if err != nil {
				if strings.Contains(err.Error(), "built without libvirt support") {
					t.Skip(err)
				}
				t.Fatal(err)
			}
			defer func() { _ = p.Close() }()
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			_ = p.Stop(ctx, "r-1")
			h.mu.Lock()
			defer h.mu.Unlock()
			if lines == 0 {
				t.Error("nothing was logged")
			}
			for _, pr := range problems {
				t.Error(pr)
			}
		})
	}
}
