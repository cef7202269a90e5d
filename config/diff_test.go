package config

import (
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	base := func() *Config {
		res, err := load(t, `url: https://github.com/o
runners:
  keep: {labels: [k], docker: {image: r}}
  limits: {labels: [l], max_runners: 2, docker: {image: r}}
  backend: {labels: [b], docker: {image: r}}
  listener: {labels: [x], docker: {image: r}}
  gone: {labels: [g], docker: {image: r}}
`)
		if err != nil {
			t.Fatal(err)
		}
		return res.Config
	}
	old, next := base(), base()
	lim := next.Runners["limits"]
	lim.MaxRunners, lim.MinIdle = 5, 1
	next.Runners["limits"] = lim
	be := next.Runners["backend"]
	d := *be.Docker
	d.Image = "r:2"
	be.Docker = &d
	next.Runners["backend"] = be
	li := next.Runners["listener"]
	li.Labels = []string{"x", "y"}
	next.Runners["listener"] = li
	delete(next.Runners, "gone")
	next.Runners["new"] = next.Runners["keep"]
	next.Log.Format = "json"

	p := Diff(old, next, nil, nil)
	want := map[string]ChangeKind{"limits": ChangeLimits, "backend": ChangeBackend, "listener": ChangeListener, "gone": ChangeRemoved, "new": ChangeAdded}
	if len(p.Changes) != len(want) {
		t.Fatalf("changes = %+v", p.Changes)
	}
	for name, kind := range want {
		c, ok := p.Change(name)
		if !ok || !c.Has(kind) {
			t.Errorf("%s: change %+v, want %s", name, c, kind)
		}
	}
	if _, ok := p.Change("keep"); ok {
		t.Error("an untouched scale set changes")
	}
	if len(p.NeedRestart) != 1 || p.NeedRestart[0] != "log.format" {
		t.Errorf("restart keys = %v", p.NeedRestart)
	}
	text := p.String()
	for _, line := range []string{"+ new:", "- gone:", "~ limits: max_runners 2 → 5 (live); min_idle 0 → 1 (live)", "! log.format changed"} {
		if !strings.Contains(text, line) {
			t.Errorf("plan lacks %q:\n%s", line, text)
		}
	}
	// Rotated credentials restart only the listener of that scale set.
	c := Diff(old, old, map[string]string{"keep": "a"}, map[string]string{"keep": "b"})
	if ch, ok := c.Change("keep"); !ok || !ch.Has(ChangeListener) || len(c.Changes) != 1 {
		t.Errorf("credential rotation = %+v", c)
	}
	if !Diff(old, base(), nil, nil).Empty() {
		t.Error("equal configurations differ")
	}
}
