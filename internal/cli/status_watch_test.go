package cli

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// table is a header and n rows named prefix1..prefixN.
func table(header, prefix string, n int) []string {
	out := []string{header}
	for i := 1; i <= n; i++ {
		out = append(out, fmt.Sprintf("%s%d", prefix, i))
	}
	return out
}

func TestFitFrame(t *testing.T) {
	head := []string{"Every 2s: outrunner status (Ctrl-C to stop)", ""}
	daemon := []string{"outrunner 1.0  pid 1", "config /etc/outrunner.yaml"}
	body := func(tables ...[]string) []string {
		out := slices.Clone(daemon)
		for _, tb := range tables {
			out = append(append(out, ""), tb...)
		}
		return out
	}
	tests := []struct {
		name          string
		body          []string
		width, height int
		want          []string // lines that must be there
		absent        []string // lines that must not
	}{
		{"fits: unchanged", body(table("SCALE SET", "set", 2), table("RUNNER", "r", 3)), 80, 24,
			[]string{"set2", "r3"}, []string{"… 1 more"}},
		{"runners cut, the actors keep their header and a more line",
			body(table("SCALE SET", "set", 2), table("RUNNER", "r", 30), table("ACTOR", "a", 30)), 80, 24,
			[]string{"Every 2s: outrunner status (Ctrl-C to stop)", "config /etc/outrunner.yaml", "set2", "RUNNER", "r1", "… 20 more", "ACTOR", "… 30 more"}, []string{"r11", "a1"}},
		{"short table kept whole, long one cut", body(table("SCALE SET", "set", 30), table("RUNNER", "r", 1)), 80, 24,
			[]string{"set1", "RUNNER", "r1", "… 16 more"}, []string{"set15"}},
		{"too low for the headers", body(table("SCALE SET", "set", 3)), 80, 3,
			[]string{"Every 2s: outrunner status (Ctrl-C to stop)", "", "… 7 more"}, nil},
		{"long lines cut with a mark", []string{strings.Repeat("x", 100)}, 80, 24,
			[]string{strings.Repeat("x", 79) + "…"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fitFrame(head, slices.Clone(tt.body), tt.width, tt.height)
			if len(got) > tt.height {
				t.Errorf("%d lines > %d:\n%s", len(got), tt.height, strings.Join(got, "\n"))
			}
			for _, l := range got {
				if n := utf8.RuneCountInString(l); n > tt.width {
					t.Errorf("%d characters > %d: %q", n, tt.width, l)
				}
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("no line %q in:\n%s", w, strings.Join(got, "\n"))
				}
			}
			for _, a := range tt.absent {
				if slices.Contains(got, a) {
					t.Errorf("line %q should be cut from:\n%s", a, strings.Join(got, "\n"))
				}
			}
		})
	}
}
