// Package scrub keeps a runner's credential (its JIT config) out of the
// output that backends show: log lines, errors and ExitStatus.LogTail.
//
// String removes the credential from a text; Tail, FileTail and Buffer
// return the end of an output with the credential removed before the
// output is cut, so that no piece of a credential that straddles the cut
// survives either. In what they return, no Window bytes in a row of the
// credential appear, whether the output held it raw, JSON-escaped,
// repeated, cut at the start of a tail or surrounded by other bytes.
package scrub

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// Redacted replaces the credential wherever it is removed.
const Redacted = "[REDACTED]"

// Window is the length of the shortest run of credential bytes that is
// removed anywhere in a text: no Window bytes in a row of the credential
// (or of its escaped forms) survive. Shorter runs are removed only where
// they are the whole credential, or the part of one left at the start of a
// cut-off tail.
const Window = 8

// String returns text with secret removed: every run of at least Window
// bytes of secret or of its JSON-escaped forms, and every whole occurrence
// of a shorter secret, is replaced by Redacted (adjacent and overlapping
// runs by one Redacted). An empty secret leaves text unchanged.
func String(text, secret string) string {
	return string(newCredential(secret).scrub([]byte(text), 0).text)
}

// credential is a secret prepared for scrubbing.
type credential struct {
	// forms are the secret and its escaped forms, each once.
	forms []string
	// windows holds every Window-byte run of the forms at least Window
	// bytes long; short holds the forms shorter than Window.
	windows map[[Window]byte]struct{}
	short   []string
	// marker replaces what is removed: Redacted, or a fallback when the
	// secret contains part of Redacted.
	marker string
	// longest is the length of the longest form.
	longest int
}

// markers are the candidate replacements, best first; the first that holds
// no trace of the secret is used (the empty one always qualifies).
var markers = []string{Redacted, "[redacted]", "<redacted>", ""}

// newCredential prepares secret; it returns nil for an empty secret.
func newCredential(secret string) *credential {
	if secret == "" {
		return nil
	}
	c := &credential{forms: escapedForms(secret), windows: map[[Window]byte]struct{}{}}
	for _, f := range c.forms {
		c.longest = max(c.longest, len(f))
		if len(f) < Window {
			c.short = append(c.short, f)
			continue
		}
		for i := 0; i+Window <= len(f); i++ {
			c.windows[[Window]byte([]byte(f[i:i+Window]))] = struct{}{}
		}
	}
	for _, m := range markers {
		if !anyTrue(c.cover([]byte(m))) {
			c.marker = m
			break
		}
	}
	return c
}

// escapedForms returns secret and the forms in which JSON encoders write
// it: Go's (with and without HTML escaping) and, for each, the form with
// escaped solidus ("\/") that json-c and others write.
func escapedForms(secret string) []string {
	forms := []string{secret}
	add := func(f string) {
		for _, have := range forms {
			if have == f {
				return
			}
		}
		forms = append(forms, f)
	}
	for _, html := range []bool{true, false} {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(html)
		if enc.Encode(secret) != nil {
			continue
		}
		quoted := strings.TrimSuffix(b.String(), "\n")
		esc := quoted[1 : len(quoted)-1]
		add(esc)
		add(strings.ReplaceAll(esc, "/", `\/`))
	}
	return forms
}

// scrubbed is a text after scrubbing, with the bytes that are markers
// flagged, so that a cut can avoid splitting one.
type scrubbed struct {
	text   []byte
	marker []bool
}

// scrub removes the credential from text; the first lead bytes are
// removed too (a fragment of the credential at a cut). Each pass replaces
// every maximal run of covered bytes by the marker; a run that touches a
// marker of an earlier pass swallows it whole, so that every later pass
// shortens the text and the loop ends once a pass finds nothing. Runs are
// widened to whole UTF-8 sequences.
func (c *credential) scrub(text []byte, lead int) scrubbed {
	s := scrubbed{text: text, marker: make([]bool, len(text))}
	if c == nil {
		return s
	}
	for {
		covered := c.cover(s.text)
		for i := range lead {
			covered[i] = true
		}
		lead = 0
		if !anyTrue(covered) {
			return s
		}
		wholeRunes(s.text, covered)
		// Swallow whole every marker that a covered byte touches.
		for i := 0; i < len(s.text); {
			if !s.marker[i] {
				i++
				continue
			}
			j, touched := i, false
			for ; j < len(s.text) && s.marker[j]; j++ {
				touched = touched || covered[j]
			}
			if touched {
				for k := i; k < j; k++ {
					covered[k] = true
				}
			}
			i = j
		}
		next := scrubbed{text: make([]byte, 0, len(s.text)), marker: make([]bool, 0, len(s.text))}
		for i := 0; i < len(s.text); {
			if !covered[i] {
				next.text = append(next.text, s.text[i])
				next.marker = append(next.marker, s.marker[i])
				i++
				continue
			}
			for i < len(s.text) && covered[i] {
				i++
			}
			next.text = append(next.text, c.marker...)
			for range c.marker {
				next.marker = append(next.marker, true)
			}
		}
		s = next
	}
}

// cover flags the bytes of text that belong to a Window-byte run of the
// credential or to a whole short form.
func (c *credential) cover(text []byte) []bool {
	covered := make([]bool, len(text))
	for i := 0; i+Window <= len(text); i++ {
		if _, ok := c.windows[[Window]byte(text[i:i+Window])]; ok {
			for k := i; k < i+Window; k++ {
				covered[k] = true
			}
		}
	}
	for _, f := range c.short {
		for off := 0; ; {
			j := bytes.Index(text[off:], []byte(f))
			if j < 0 {
				break
			}
			for k := off + j; k < off+j+len(f); k++ {
				covered[k] = true
			}
			off += j + 1
		}
	}
	return covered
}

// wholeRunes extends the covered runs so that none starts or ends inside
// a UTF-8 sequence: removing them keeps valid UTF-8 valid.
func wholeRunes(text []byte, covered []bool) {
	for i := range text {
		if !covered[i] {
			continue
		}
		if i == 0 || !covered[i-1] {
			for j := i; j > 0 && !utf8.RuneStart(text[j]); j-- {
				covered[j-1] = true
			}
		}
		if i+1 == len(text) || !covered[i+1] {
			for j := i + 1; j < len(text) && !utf8.RuneStart(text[j]); j++ {
				covered[j] = true
			}
		}
	}
}

// leadingFragment returns the length of the longest proper suffix of a
// form that text starts with: what a cut through the credential left.
func (c *credential) leadingFragment(text []byte) int {
	if c == nil {
		return 0
	}
	n := 0
	for _, f := range c.forms {
		for k := min(len(f)-1, len(text)); k > n; k-- {
			if bytes.HasPrefix(text, []byte(f[len(f)-k:])) {
				n = k
				break
			}
		}
	}
	return n
}

// anyTrue reports whether any element of b is set.
func anyTrue(b []bool) bool {
	for _, v := range b {
		if v {
			return true
		}
	}
	return false
}
