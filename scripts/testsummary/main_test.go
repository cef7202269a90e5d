package main

import (
	"strings"
	"testing"
)

func TestSummarize(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		wantLast string
		wantOut  []string
		notOut   []string
	}{
		{"all pass", `{"Action":"run","Package":"p","Test":"TestA"}
{"Action":"output","Package":"p","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"pass","Package":"p","Test":"TestA"}
{"Action":"output","Package":"p","Output":"PASS\n"}
{"Action":"output","Package":"p","Output":"ok  \tp\t0.1s\n"}
{"Action":"pass","Package":"p"}
`, "1 passed, 0 failed, 0 skipped", []string{"ok  \tp\t0.1s"}, []string{"=== RUN", "PASS\n"}},
		{"a failure and subtests", `{"Action":"output","Package":"p","Test":"TestB/x","Output":"    b_test.go:3: boom\n"}
{"Action":"fail","Package":"p","Test":"TestB/x"}
{"Action":"pass","Package":"p","Test":"TestB/y"}
{"Action":"fail","Package":"p","Test":"TestB"}
{"Action":"output","Package":"p","Output":"FAIL\tp\t0.2s\n"}
{"Action":"fail","Package":"p"}
`, "1 passed, 2 failed, 0 skipped", []string{"b_test.go:3: boom", "failed tests:\n  p TestB/x\n  p TestB\n"}, nil},
		{"skipped integration tests", `{"Action":"skip","Package":"b/docker","Test":"TestIntegrationEngine"}
{"Action":"skip","Package":"b/docker","Test":"TestIntegrationEngine/restart"}
{"Action":"skip","Package":"p","Test":"TestOnlyOnMac"}
`, "0 passed, 0 failed, 3 skipped", []string{"skipped integration tests", "make test-integration", "  b/docker TestIntegrationEngine\n"}, []string{"TestOnlyOnMac"}},
		{"build failure", `{"ImportPath":"p [p.test]","Action":"build-output","Output":"p/x.go:1:1: syntax error\n"}
{"ImportPath":"p [p.test]","Action":"build-fail"}
{"Action":"output","Package":"p","Output":"FAIL\tp [build failed]\n"}
{"Action":"fail","Package":"p"}
`, "0 passed, 0 failed, 0 skipped", []string{"syntax error", "FAIL\tp [build failed]"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			s := summarize(strings.NewReader(tc.input), &b)
			out := b.String()
			lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
			if last := lines[len(lines)-1]; last != tc.wantLast {
				t.Errorf("last line %q, want %q\n%s", last, tc.wantLast, out)
			}
			for _, w := range tc.wantOut {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, n := range tc.notOut {
				if strings.Contains(out, n) {
					t.Errorf("output has %q:\n%s", n, out)
				}
			}
			if tc.name == "build failure" && len(s.failedPackages) != 1 {
				t.Errorf("failed packages %v", s.failedPackages)
			}
		})
	}
}
