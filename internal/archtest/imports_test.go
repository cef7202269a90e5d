package archtest

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

const module = "github.com/outrunner/outrunner"

// layers ranks every package of the module: a package may import only
// packages of a strictly lower rank. The first matching prefix wins, so
// longer prefixes come first.
var layers = []struct {
	prefix string
	rank   int
}{
	{"cmd/", 90},
	{"scripts/", 90},
	{"internal/cli", 80},
	{"internal/simulate", 70},
	{"internal/cleanup", 70},
	{"supervisor", 60},
	{"internal/metrics", 45},
	{"internal/fleet", 45},
	{"actors", 50},
	{"internal/admin", 50},
	{"internal/dashboard", 50},
	{"internal/ghpool", 40},
	{"internal/journal", 40},
	{"internal/statelock", 40},
	{"internal/actorstats", 40},
	{"backends/all", 40},
	{"backends/tart/internal/faketart", 30},
	{"backends/", 30},
	{"backends", 20},
	{"internal/ghsim/runnerproto", 0},
	{"internal/ghsim/emurunner", 10},
	{"internal/ghsim", 20},
	{"internal/simguest", 10},
	{"internal/timeline", 20},
	{"messages", 10},
	{"config", 0},
	{"internal/logkey", 0},
	{"internal/causes", 0},
	{"internal/logging", 0},
	{"internal/scrub", 0},
	{"internal/telemetry", 0},
	{"internal/sdnotify", 0},
	{"internal/version", 0},
	{"internal/atomicfile", 0},
	{"internal/archtest", 0},
}

// testHelpers are packages for tests only: no production code imports
// them, and they may import anything.
const testHelpers = "internal/testutil/"

// testOnly reports whether a package holds tests only (helpers and
// end-to-end suites), outside the layers.
func testOnly(path string) bool {
	return strings.HasPrefix(path, testHelpers) || strings.HasPrefix(path, "e2e/")
}

type pkg struct {
	ImportPath string
	Imports    []string
	GoFiles    []string
	CgoFiles   []string
}

// ours lists the module's packages with their imports of the module's own
// packages, relative to the module path.
func ours(t *testing.T) map[string][]string {
	t.Helper()
	cmd := exec.Command("go", "list", "-e", "-json", module+"/...")
	cmd.Dir = "../.."
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	pkgs := map[string][]string{}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p pkg
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		if len(p.GoFiles)+len(p.CgoFiles) == 0 {
			continue // test-only package
		}
		rel := relative(p.ImportPath)
		var imps []string
		for _, imp := range p.Imports {
			if strings.HasPrefix(imp, module+"/") {
				imps = append(imps, relative(imp))
			}
		}
		pkgs[rel] = imps
	}
	return pkgs
}

func relative(path string) string { return strings.TrimPrefix(path, module+"/") }

func rank(path string) (int, bool) {
	for _, l := range layers {
		if path == l.prefix || strings.HasPrefix(path, l.prefix) && (strings.HasSuffix(l.prefix, "/") || strings.HasPrefix(path, l.prefix+"/")) {
			return l.rank, true
		}
	}
	return 0, false
}

// TestImportsRunOneWay fails when a package imports one of its own layer
// or above it (a backend importing actors, say), or production code
// imports a test helper.
func TestImportsRunOneWay(t *testing.T) {
	for path, imps := range ours(t) {
		if testOnly(path) {
			continue
		}
		r, ok := rank(path)
		if !ok {
			t.Errorf("%s: no layer; add it to the layers table of internal/archtest and to docs/architecture.md", path)
			continue
		}
		for _, imp := range imps {
			if testOnly(imp) {
				t.Errorf("%s imports the test-only package %s", path, imp)
				continue
			}
			ir, ok := rank(imp)
			if ok && ir >= r {
				t.Errorf("%s (layer %d) imports %s (layer %d): imports must run down", path, r, imp, ir)
			}
		}
	}
}

// TestArchitectureTableMatchesGoList keeps docs/architecture.md's layout
// table true: every package is listed with exactly the module packages it
// imports.
func TestArchitectureTableMatchesGoList(t *testing.T) {
	documented := readLayoutTable(t, filepath.Join("..", "..", "docs", "architecture.md"))
	actual := ours(t)
	for path, imps := range actual {
		if testOnly(path) || path == "internal/archtest" {
			continue
		}
		want, ok := documented[path]
		if !ok {
			t.Errorf("docs/architecture.md: the layout table lacks `%s/` (imports: %s)", path, list(imps))
			continue
		}
		sort.Strings(imps)
		if !slices.Equal(want, imps) {
			t.Errorf("docs/architecture.md: `%s/` is documented to import %s; go list says %s", path, list(want), list(imps))
		}
	}
	for path := range documented {
		if _, ok := actual[path]; !ok {
			t.Errorf("docs/architecture.md: the layout table lists `%s/`, which is no package", path)
		}
	}
}

func list(imps []string) string {
	if len(imps) == 0 {
		return "—"
	}
	return strings.Join(imps, ", ")
}

var tableRow = regexp.MustCompile("^\\| `([^`]+)/` \\|.*\\| ([^|]*) \\|$")

// readLayoutTable reads the rows of the layout table: a package path in
// backticks with a trailing slash, and, in the last column, the module
// packages it imports (backticked, comma separated, or — for none).
func readLayoutTable(t *testing.T, path string) map[string][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		m := tableRow.FindStringSubmatch(strings.TrimSpace(sc.Text()))
		if m == nil {
			continue
		}
		var imps []string
		for _, field := range strings.Split(m[2], ",") {
			field = strings.Trim(strings.TrimSpace(field), "`")
			if field != "" && field != "—" {
				imps = append(imps, field)
			}
		}
		sort.Strings(imps)
		rows[m[1]] = imps
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s: no layout table rows found", path)
	}
	return rows
}
