package supervisor

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghsim"
)

// TestGenerationCountsOnlyChanges reloads a file step by step: a reload
// that changes nothing is applied (and counted as applied) but is not a new
// generation; one that changes the configuration in force is.
func TestGenerationCountsOnlyChanges(t *testing.T) {
	h := newHarness(t, ghsim.Options{})
	path := filepath.Join(t.TempDir(), "config.yml")
	h.writeConfig(path, "d1", runnerYAML{name: "gen", extra: "    max_runners: 2\n"})
	load := func() (*config.Result, error) {
		return config.Load(config.LoadOptions{Path: path, Environ: []string{}})
	}
	res, err := load()
	if err != nil {
		t.Fatal(err)
	}
	d := h.startWith(Options{Config: res.Config, ConfigPath: path, Reload: load})

	steps := []struct {
		name           string
		extra          string // the runner's extra lines; empty leaves the file alone
		wantGeneration int
		wantApplied    float64
	}{
		{"unchanged file", "", 1, 1},
		{"unchanged again", "", 1, 2},
		{"max_runners changed", "    max_runners: 3\n", 2, 3},
		{"same content rewritten", "    max_runners: 3\n", 2, 4},
		{"min_idle changed", "    max_runners: 3\n    min_idle: 1\n", 3, 5},
	}
	for _, step := range steps {
		if step.extra != "" {
			h.writeConfig(path, "d1", runnerYAML{name: "gen", extra: step.extra})
		}
		before := h.status(d).Config.LastReload
		if _, err := d.Reload(context.Background()); err != nil {
			t.Fatalf("%s: reload: %v", step.name, err)
		}
		st := h.status(d).Config
		if st.Generation != step.wantGeneration || st.LastReloadError != "" || !st.LastReload.After(before) {
			t.Errorf("%s: config state %+v, want generation %d and a new last reload", step.name, st, step.wantGeneration)
		}
		if got := reloadsApplied(t, d); got != step.wantApplied {
			t.Errorf("%s: outrunner_config_reloads_total{outcome=applied} = %v, want %v", step.name, got, step.wantApplied)
		}
	}
	h.drain(d, 5*time.Second)
	h.assertNoLeaks()
}

// reloadsApplied reads outrunner_config_reloads_total{outcome="applied"}.
func reloadsApplied(t *testing.T, d *Daemon) float64 {
	t.Helper()
	rec := httptest.NewRecorder()
	d.MetricsHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(rec.Body)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range families["outrunner_config_reloads_total"].GetMetric() {
		for _, l := range m.GetLabel() {
			if l.GetName() == "outcome" && l.GetValue() == "applied" {
				return m.GetCounter().GetValue()
			}
		}
	}
	return 0
}
