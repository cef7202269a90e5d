package config

import (
	"errors"
	"io"
	"strings"

	"gopkg.in/yaml.v3"
)

// maxPrefixParses bounds the work spent locating a syntax error: beyond it
// the line yaml.v3 reports is used as it is.
const maxPrefixParses = 2000

// tabIndentMessage is the problem reported for a line indented with a tab.
const tabIndentMessage = "a tab character indents this line; YAML indents with spaces only"

// syntaxProblem locates a YAML syntax error in b and describes it for
// people. yaml.v3 reports the line of the error's context rather than of
// the error itself, and for parser errors that line is off by one: an
// unclosed [ on line 12 comes back as line 11, a key indented one space too
// far as the line where its mapping began. The real line is the one that
// makes the document unreadable: the first line after the longest prefix
// of the file that still parses.
func syntaxProblem(b []byte, err error) (int, string) {
	reported, msg := yamlErrorLine(err)
	lines := strings.SplitAfter(string(b), "\n")
	line := reported
	if l := firstBadLine(lines, reported); l > 0 {
		line = l
	}
	if line < 1 || line > len(lines) {
		return reported, "YAML syntax error: " + msg
	}
	text := strings.TrimRight(lines[line-1], "\r\n")
	body := strings.TrimLeft(text, " \t")
	if indent := text[:len(text)-len(body)]; strings.Contains(indent, "\t") {
		return line, tabIndentMessage
	}
	return line, "YAML syntax error: " + msg + syntaxHint(msg, body)
}

// firstBadLine returns the 1-based line after the longest prefix of lines
// that parses, or 0 when none is found. The error cannot be before the
// line yaml.v3 reported (a parser error's context is one line earlier), so
// shorter prefixes are not tried.
func firstBadLine(lines []string, reported int) int {
	low := max(reported-2, 0)
	if len(lines)-low > maxPrefixParses {
		return 0
	}
	for n := len(lines) - 1; n >= low; n-- {
		if parses(strings.Join(lines[:n], "")) {
			return n + 1
		}
	}
	return 0
}

// parses tells whether the first YAML document of text can be read.
func parses(text string) bool {
	var n yaml.Node
	err := yaml.NewDecoder(strings.NewReader(text)).Decode(&n)
	return err == nil || errors.Is(err, io.EOF)
}

// syntaxHint adds the likely cause of common yaml.v3 errors, given the
// text of the offending line.
func syntaxHint(msg, body string) string {
	switch {
	case strings.Contains(msg, "expected ',' or ']'") && strings.Contains(body, "["):
		return " (the [ on this line is never closed with ])"
	case strings.Contains(msg, "expected ',' or '}'") && strings.Contains(body, "{"):
		return " (the { on this line is never closed with })"
	case strings.Contains(msg, "unexpected end of stream") && strings.ContainsAny(body, `"'`):
		return " (a quote opened on this line is never closed)"
	case strings.Contains(msg, "did not find expected key"):
		return " (check the indentation of this line: the keys of one mapping start in the same column)"
	}
	return ""
}
