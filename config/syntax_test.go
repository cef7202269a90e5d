package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSyntaxErrors checks that each YAML mistake gives exactly one
// problem, on the line a person has to fix, and nothing that follows from
// the file not being read (such as "no runners configured").
func TestSyntaxErrors(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want string
	}{
		{"tab indents a key",
			"url: https://github.com/my-org\nrunners:\n  linux:\n\tlabels: [x]\n    docker: {image: r}\n",
			"config.yml:4: " + tabIndentMessage},
		{"tab after spaces",
			"url: https://github.com/my-org\nrunners:\n  linux:\n    labels: [linux]\n    docker:\n  \t  image: r\n",
			"config.yml:6: " + tabIndentMessage},
		{"unclosed [ on line 12", `url: https://github.com/my-org
max_runners: 2
runners:
  linux:
    docker:
      image: r
    retry:
      budget: 3
    min_idle: 0
    max_runners: 2
    start_timeout: 5m
    labels: [linux, x64
  mac:
    labels: [mac]
    docker: {image: r}
`, "config.yml:12: YAML syntax error: did not find expected ',' or ']' (the [ on this line is never closed with ])"},
		{"unclosed { on the last runner", `url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker: {image: r
`, "config.yml:5: YAML syntax error: did not find expected ',' or '}' (the { on this line is never closed with })"},
		{"key indented one space too far on line 6", `url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker: {image: r}
     max_runners: 2
`, "config.yml:6: YAML syntax error: did not find expected key (check the indentation of this line: the keys of one mapping start in the same column)"},
		{"key indented between two levels", `url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker:
      image: r
     max_runners: 2
`, "config.yml:7: YAML syntax error: did not find expected key (check the indentation of this line: the keys of one mapping start in the same column)"},
		{"unclosed quote after a multi-line list", `url: https://github.com/my-org
runners:
  linux:
    labels: [linux,
      x64]
    docker:
      image: "runner
  mac:
    labels: [mac]
`, "config.yml:7: YAML syntax error: found unexpected end of stream (a quote opened on this line is never closed)"},
		{"colon in a plain value", `url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker:
      image: a: b
`, "config.yml:6: YAML syntax error: mapping values are not allowed in this context"},
		{"unknown anchor", `url: https://github.com/my-org
runners:
  linux:
    labels: [linux]
    docker: *base
`, "config.yml:5: YAML syntax error: unknown anchor 'base' referenced"},
		{"top level is a list", "- url: https://github.com/my-org\n",
			"config.yml:1: the top level must be a mapping of keys (url, runners, ...), not a list"},
		{"only comments", "# nothing yet\n",
			"config.yml: the file is empty (a configuration needs at least a runners section)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := load(t, tc.yaml)
			if err == nil {
				t.Fatal("config accepted, want a syntax error")
			}
			ps := problemsOf(t, err)
			if len(ps) != 1 {
				t.Fatalf("want exactly one problem, got %d:\n%v", len(ps), err)
			}
			got := strings.TrimPrefix(ps[0].String(), filepath.Dir(ps[0].Source)+string(filepath.Separator))
			if got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// TestMissingConfigFile checks that a missing file is the only problem and
// that the message says where outrunner looked and how to get a file.
func TestMissingConfigFile(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "absent.yml")
	tests := []struct {
		name  string
		path  string
		where string
	}{
		{"default path", DefaultConfigPath, "the default path; --config FILE reads another file"},
		{"given path", missing, "outrunner looked for it here; --config FILE"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.path == DefaultConfigPath && fileExists(DefaultConfigPath) {
				t.Skip(DefaultConfigPath + " exists on this machine")
			}
			_, err := Load(LoadOptions{Path: tc.path, Environ: []string{}})
			ps := problemsOf(t, err)
			if len(ps) != 1 {
				t.Fatalf("want exactly one problem, got %d:\n%v", len(ps), err)
			}
			msg := ps[0].String()
			for _, want := range []string{tc.path + ": the configuration file does not exist", tc.where,
				"outrunner init --backend docker", "packaging/config.yml", "to " + tc.path} {
				if !strings.Contains(msg, want) {
					t.Errorf("missing %q in:\n%s", want, msg)
				}
			}
		})
	}
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
