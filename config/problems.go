package config

import (
	"fmt"
	"sort"
	"strings"
)

// Severity tells whether a Problem stops the configuration from loading.
type Severity int

// Severities.
const (
	// SeverityError makes the configuration invalid.
	SeverityError Severity = iota
	// SeverityWarning is reported but does not stop loading.
	SeverityWarning
)

// Problem is one finding about a configuration, located as precisely as the
// source allows: file and line for YAML, the variable name for the
// environment, the flag for the command line.
type Problem struct {
	Severity Severity
	// Source is the file path, "environment" or "command line".
	Source string
	// Line is the 1-based line in Source, or 0 when not applicable.
	Line int
	// Key is the configuration key path (runners.linux.docker.image), or the
	// environment variable or flag name.
	Key string
	// Message says what is wrong and, where possible, how to fix it.
	Message string
}

// String formats the problem as "source:line: key: message".
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.Source)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Severity == SeverityWarning {
		b.WriteString("warning: ")
	}
	if p.Key != "" {
		b.WriteString(p.Key)
		b.WriteString(": ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// ValidationError carries every error found in a configuration.
type ValidationError struct {
	Problems []Problem
}

// Error lists every problem, one per line.
func (e *ValidationError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// problems collects findings while a configuration is loaded.
type problems struct {
	list []Problem
}

func (ps *problems) add(sev Severity, source string, line int, key, format string, args ...any) {
	ps.list = append(ps.list, Problem{Severity: sev, Source: source, Line: line, Key: key, Message: fmt.Sprintf(format, args...)})
}

// split separates errors from warnings, each sorted by source, line, key.
func (ps *problems) split() (errs, warns []Problem) {
	sorted := append([]Problem(nil), ps.list...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Key < b.Key
	})
	for _, p := range sorted {
		if p.Severity == SeverityError {
			errs = append(errs, p)
		} else {
			warns = append(warns, p)
		}
	}
	return errs, warns
}

// suggest returns the candidate closest to s when it is close enough to be
// a plausible typo, or "".
func suggest(s string, candidates []string) string {
	best, bestDist := "", -1
	for _, c := range candidates {
		d := editDistance(s, c)
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	limit := max(2, len(s)/3)
	if bestDist < 0 || bestDist > limit {
		return ""
	}
	return best
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
