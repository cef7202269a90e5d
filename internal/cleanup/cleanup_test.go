package cleanup

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/actions/scaleset"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/sim"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghpool"
	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/journal"
)

// fixture is a host a daemon left behind: registrations in the simulator
// and in the journal, and sim environments, some of another daemon.
type fixture struct {
	gh      *ghsim.Server
	sim     *sim.Backend
	cfg     *config.Config
	journal string
	regIDs  map[string]int // registration IDs by runner name
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	t.Setenv("GITHUB_TOKEN", "")
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	gh, err := ghsim.New(ghsim.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = gh.Close() })

	dir := t.TempDir()
	stateDir := filepath.Join(dir, "state")
	cfgPath := filepath.Join(dir, "config.yml")
	if err := os.WriteFile(cfgPath, []byte(`url: `+gh.ConfigURL()+`
daemon_id: host-1
state_dir: `+stateDir+`
github: {retry_max: 0, rate_limit: 1000, rate_burst: 100}
runners:
  linux: {labels: [linux], sim: {}}
  mac: {labels: [mac], sim: {}}
`), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.LoadConfig(cfgPath)
	if err != nil {
		t.Fatal(err)
	}

	// Registrations the dead daemon made on GitHub.
	ctx := context.Background()
	pool, err := ghpool.NewRegistry(ghpool.Options{Concurrency: 1}).Acquire(gh.ConfigURL(), config.Credentials{Token: gh.Token()})
	if err != nil {
		t.Fatal(err)
	}
	ss, err := pool.EnsureScaleSet(ctx, ghpool.ScaleSetSpec{Name: "linux", RunnerGroup: "default", Labels: []string{"linux"}})
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{gh: gh, cfg: cfg, journal: journal.Path(stateDir), regIDs: map[string]int{}}
	for _, name := range []string{"runner-linux-a", "runner-linux-b", "runner-gone-c", "runner-linux-keep"} {
		jit, err := pool.GenerateJIT(ctx, ss.ID, name)
		if err != nil {
			t.Fatal(err)
		}
		f.regIDs[name] = jit.Runner.ID
	}

	// The journal, as the daemon wrote it: an entry with its runner ID, one
	// registered before GitHub answered (no ID: removed by name), one of a
	// scale set no longer configured (its URL from the entry), one GitHub
	// no longer has, one already removed, and a torn last line.
	fixture, err := os.ReadFile("testdata/registrations.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.NewReplacer("@URL@", gh.ConfigURL(), "@ID_A@", strconv.Itoa(f.regIDs["runner-linux-a"]),
		"@ID_C@", strconv.Itoa(f.regIDs["runner-gone-c"]), "@ID_KEEP@", strconv.Itoa(f.regIDs["runner-linux-keep"])).Replace(string(fixture))
	if err := os.MkdirAll(stateDir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(f.journal, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}

	// Environments: two of this daemon (one of a scale set no longer
	// configured), one of another daemon on the same engine.
	f.sim = sim.New(sim.Options{Run: func(ctx context.Context, _ string) error { <-ctx.Done(); return nil }})
	for _, env := range []struct{ daemon, scaleSet, name string }{
		{"host-1", "linux", "runner-linux-a"},
		{"host-1", "gone", "runner-gone-c"},
		{"host-2", "linux", "runner-linux-other"},
	} {
		rc := config.RunnerConfig{Name: env.scaleSet, Sim: &config.SimImage{}}
		p := f.sim.Provisioner(backends.Ownership{DaemonID: env.daemon, ScaleSet: env.scaleSet}, rc.Sim)
		if err := p.Start(ctx, &backends.RunnerRequest{Name: env.name, JITConfig: "jit", Runner: &rc}); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

func (f *fixture) registrations() []string {
	var out []string
	for _, r := range f.gh.State().Registrations {
		out = append(out, r.Name)
	}
	slices.Sort(out)
	return out
}

func (f *fixture) journalNames(t *testing.T) []string {
	t.Helper()
	j, err := journal.Open(f.journal)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	var out []string
	for _, e := range j.Entries("") {
		out = append(out, e.Name)
	}
	return out
}

func (f *fixture) options(out *bytes.Buffer, dryRun bool) Options {
	return Options{Config: f.cfg, FlagToken: f.gh.Token(), Sim: f.sim, DryRun: dryRun, Out: out,
		HTTPOptions: []scaleset.HTTPOption{scaleset.WithRetryWaitMax(5 * time.Millisecond)}}
}

func names(items []Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Name)
	}
	return out
}

func TestCleanup(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	allRegs := []string{"runner-gone-c", "runner-linux-a", "runner-linux-b", "runner-linux-keep"}
	if got := f.registrations(); !slices.Equal(got, allRegs) {
		t.Fatalf("fixture registrations %v", got)
	}
	journaled := []string{"runner-gone-c", "runner-linux-a", "runner-linux-b", "runner-linux-vanished"}

	// A dry run lists and changes nothing.
	var out bytes.Buffer
	res := Run(ctx, f.options(&out, true))
	if len(res.Problems) != 0 {
		t.Fatalf("dry run problems: %v\n%s", res.Problems, out.String())
	}
	if got := names(res.Environments); !slices.Equal(got, []string{"runner-gone-c", "runner-linux-a"}) {
		t.Errorf("dry run found environments %v", got)
	}
	if got := names(res.Registrations); !slices.Equal(got, journaled) {
		t.Errorf("dry run found registrations %v", got)
	}
	for _, want := range []string{
		"Environments of daemon_id host-1:",
		"  runner-gone-c  scale set gone  sim  running",
		"runner-linux-b  scale set linux  runner ID unknown  (configured URL)",
		"Dry run: would remove 2 environments and 4 registrations.",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("dry run output lacks %q:\n%s", want, out.String())
		}
	}
	if f.sim.Live() != 3 || !slices.Equal(f.registrations(), allRegs) || !slices.Equal(f.journalNames(t), journaled) {
		t.Fatalf("the dry run changed something: envs %v, registrations %v, journal %v", f.sim.Names(), f.registrations(), f.journalNames(t))
	}

	// The real run removes this daemon's leftovers, nothing else.
	out.Reset()
	res = Run(ctx, f.options(&out, false))
	if len(res.Problems) != 0 {
		t.Fatalf("problems: %v\n%s", res.Problems, out.String())
	}
	if got := f.sim.Names(); !slices.Equal(got, []string{"runner-linux-other"}) {
		t.Errorf("environments left: %v (want only the other daemon's)", got)
	}
	if got := f.registrations(); !slices.Equal(got, []string{"runner-linux-keep"}) {
		t.Errorf("registrations left: %v (want only the unjournaled one)", got)
	}
	if got := f.journalNames(t); len(got) != 0 {
		t.Errorf("journal entries left: %v", got)
	}
	for _, want := range []string{"removed environment runner-linux-a", "removed registration runner-linux-vanished",
		"Removed 2 of 2 environments and 4 of 4 registrations."} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}

	// Nothing left: a second run finds nothing.
	out.Reset()
	res = Run(ctx, f.options(&out, false))
	if len(res.Environments)+len(res.Registrations)+len(res.Problems) != 0 || !strings.Contains(out.String(), "none found") {
		t.Errorf("second run: %+v\n%s", res, out.String())
	}
}

func TestCleanupReportsWhatItCouldNotRemove(t *testing.T) {
	f := newFixture(t)
	// A registration on a GitHub that does not answer.
	j, err := journal.Open(f.journal)
	if err != nil {
		t.Fatal(err)
	}
	if err := j.Add(journal.Entry{ScaleSet: "linux", Name: "runner-linux-unreachable", URL: "http://127.0.0.1:1/sim-org", RunnerID: 99}); err != nil {
		t.Fatal(err)
	}
	_ = j.Close()

	var out bytes.Buffer
	o := f.options(&out, false)
	o.Sim = nil // sim entries are skipped without an in-process backend
	res := Run(context.Background(), o)
	if len(res.Environments) != 0 || !strings.Contains(out.String(), "sim environments live inside the daemon process") {
		t.Errorf("sim entries were searched without a backend:\n%s", out.String())
	}
	if len(res.Problems) != 1 || !strings.Contains(res.Problems[0], "runner-linux-unreachable") {
		t.Fatalf("problems %v\n%s", res.Problems, out.String())
	}
	if !strings.Contains(out.String(), "FAILED to remove registration runner-linux-unreachable: removing it from http://127.0.0.1:1/sim-org") ||
		!strings.Contains(out.String(), "1 problem:") {
		t.Errorf("output:\n%s", out.String())
	}
	if got := f.journalNames(t); !slices.Equal(got, []string{"runner-linux-unreachable"}) {
		t.Errorf("journal %v: the failed entry must stay, the others go", got)
	}
	if strings.Contains(out.String(), f.gh.Token()) {
		t.Error("the output reveals the token")
	}
}
