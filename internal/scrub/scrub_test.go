package scrub

import (
	"bytes"
	"encoding/base64"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// jit looks like a JIT config: base64 with '+', '/' and '=' in it.
var jit = base64.StdEncoding.EncodeToString([]byte(`{".runner":"eyJhZ2VudElkIjoxMjM0NTY3ODkw>>??","` +
	`.credentials":"c2VjcmV0LWppdC1jb25maWc+/+/","x":"` + strings.Repeat("\xfb\xff", 20) + `"}`))

// leak returns a Window-byte run of a form of secret (or a whole form
// shorter than Window) that s still holds, or "".
func leak(s, secret string) string {
	if secret == "" {
		return ""
	}
	for _, f := range escapedForms(secret) {
		if len(f) < Window {
			if strings.Contains(s, f) {
				return f
			}
			continue
		}
		for i := 0; i+Window <= len(f); i++ {
			if w := f[i : i+Window]; strings.Contains(s, w) {
				return w
			}
		}
	}
	return ""
}

// randomText returns n bytes of printable noise from a fixed seed.
func randomText(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, 1))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(' ' + r.IntN(95))
	}
	return string(b)
}

// jsonEscaped is jit as json-c writes it, with escaped solidus.
var jsonEscaped = strings.ReplaceAll(jit, "/", `\/`)

func TestString(t *testing.T) {
	if !strings.Contains(jit, "/") || !strings.Contains(jit, "+") {
		t.Fatalf("the test secret should contain '/' and '+': %s", jit)
	}
	noise := randomText(1, 300)
	tests := []struct {
		name, secret, in string
		want             string // "" means: only check that nothing leaks
	}{
		{name: "raw", secret: jit, in: "jit=" + jit + "\nok\n", want: "jit=" + Redacted + "\nok\n"},
		{name: "json escaped", secret: jit, in: `{"env":["X=` + jsonEscaped + `"]}`, want: `{"env":["X=` + Redacted + `"]}`},
		{name: "repeated", secret: jit, in: jit + " " + jit + jit, want: Redacted + " " + Redacted},
		{name: "surrounded by noise", secret: jit, in: noise + jit + noise, want: noise + Redacted + noise},
		{name: "fragment cut at the start", secret: jit, in: jit[40:] + "\nnext\n", want: Redacted + "\nnext\n"},
		{name: "fragment cut at the end", secret: jit, in: "line\n" + jit[:20], want: "line\n" + Redacted},
		{name: "fragment in the middle", secret: jit, in: "a " + jit[30:50] + " b", want: "a " + Redacted + " b"},
		{name: "short fragment kept", secret: jit, in: jit[len(jit)-4:] + " tail", want: jit[len(jit)-4:] + " tail"},
		{name: "no secret in text", secret: jit, in: noise, want: noise},
		{name: "empty secret", secret: "", in: "anything " + jit, want: "anything " + jit},
		{name: "short secret", secret: "abc", in: "xabcxabc", want: "x" + Redacted + "x" + Redacted},
		{name: "secret holding the marker", secret: "xx[REDACTED]yy", in: "a xx[REDACTED]yy b", want: "a [redacted] b"},
		{name: "secret holding every marker", secret: "[REDACTED][redacted]<redacted>", in: "1 [REDACTED][redacted]<redacted> 2", want: "1  2"},
		{name: "interleaved forms", secret: jit, in: jit[:50] + jsonEscaped[40:] + jit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := String(tt.in, tt.secret)
			if w := leak(got, tt.secret); w != "" {
				t.Errorf("String left %q in %q", w, got)
			}
			if tt.want != "" && got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// tails runs every tail reader over out: Tail, FileTail and a Buffer fed
// in chunks of every size given.
func tails(t *testing.T, out string, limit int, secret string, chunks ...int) map[string]string {
	t.Helper()
	got := map[string]string{"Tail": Tail([]byte(out), limit, secret)}
	path := filepath.Join(t.TempDir(), "out.log")
	if err := os.WriteFile(path, []byte(out), 0o600); err != nil {
		t.Fatal(err)
	}
	got["FileTail"] = FileTail(path, limit, secret)
	for _, n := range chunks {
		b := NewBuffer(limit, secret)
		for rest := out; rest != ""; {
			k := min(n, len(rest))
			if w, err := b.Write([]byte(rest[:k])); w != k || err != nil {
				t.Fatalf("Write = %d, %v", w, err)
			}
			rest = rest[k:]
		}
		got["Buffer/"+strconv.Itoa(n)] = b.String()
	}
	return got
}

func TestTail(t *testing.T) {
	const limit = 200
	lines := func(n int) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(randomText(uint64(i), 30) + "\n")
		}
		return b.String()
	}
	tests := []struct {
		name, secret, out string
		want              func(string) bool
	}{
		{name: "credential across the cut", secret: jit, out: lines(20) + "jit=" + jit + "\n" + lines(2),
			want: func(s string) bool { return strings.HasSuffix(s, lines(2)) }},
		{name: "every offset of the cut", secret: jit, out: strings.Repeat("x", limit-len(jit)/2) + jit + strings.Repeat("y", limit/2)},
		{name: "credential at the very end", secret: jit, out: lines(20) + jit,
			want: func(s string) bool { return strings.HasSuffix(s, Redacted) }},
		{name: "credential cut by the stream end", secret: jit, out: lines(20) + jit[:len(jit)-5],
			want: func(s string) bool { return strings.HasSuffix(s, Redacted) }},
		{name: "repeated credential", secret: jit, out: strings.Repeat(jit+"\n", 10)},
		{name: "json escaped across the cut", secret: jit, out: lines(10) + jsonEscaped + lines(1)},
		{name: "short output kept whole", secret: jit, out: "a\nb " + jit + "\n",
			want: func(s string) bool { return s == "a\nb "+Redacted+"\n" }},
		{name: "starts at a line", secret: "", out: lines(20),
			want: func(s string) bool { return len(s)%31 == 0 && len(s) > limit*3/4 }},
		{name: "no secret", secret: "", out: strings.Repeat("z", 3*limit),
			want: func(s string) bool { return s == strings.Repeat("z", limit) }},
		{name: "invalid utf-8 and runes at the cut", secret: jit, out: strings.Repeat("é", limit) + "\xff" + jit,
			want: func(s string) bool { return utf8.ValidString(s) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for reader, got := range tails(t, tt.out, limit, tt.secret, 1, 7, 64, 4096) {
				if len(got) > limit {
					t.Errorf("%s: %d bytes, limit %d", reader, len(got), limit)
				}
				if w := leak(got, tt.secret); w != "" {
					t.Errorf("%s left %q in %q", reader, w, got)
				}
				if strings.Contains(got, Redacted[3:]) && !strings.Contains(got, Redacted) {
					t.Errorf("%s split the marker: %q", reader, got)
				}
				if tt.want != nil && !tt.want(got) {
					t.Errorf("%s = %q", reader, got)
				}
			}
		})
	}
}

// TestTailCutFragment: a fragment shorter than Window that a cut left at
// the start of a tail is removed; the same bytes at the start of a whole
// output are kept.
func TestTailCutFragment(t *testing.T) {
	c := newCredential(jit)
	for _, tt := range []struct {
		name string
		cut  bool
		in   string
		want string
	}{
		{"cut", true, jit[len(jit)-5:] + " the end", Redacted + " the end"},
		{"cut, first line dropped", true, jit[len(jit)-5:] + "\nthe end\n", "the end\n"},
		{"cut, escaped form", true, jsonEscaped[len(jsonEscaped)-3:] + " end", Redacted + " end"},
		{"cut, no fragment", true, "the end\n", "the end\n"},
		{"whole output", false, jit[len(jit)-5:] + " the end", jit[len(jit)-5:] + " the end"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := tail([]byte(tt.in), tt.cut, 100, c); got != tt.want {
				t.Errorf("tail(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFileTailMissing(t *testing.T) {
	if got := FileTail(filepath.Join(t.TempDir(), "none"), 100, jit); got != "" {
		t.Errorf("FileTail of a missing file = %q", got)
	}
}

// FuzzScrub checks String, Tail and Buffer on outputs that hold the
// secret (raw or escaped, repeated) between arbitrary bytes: no
// Window-byte run of the secret survives, tails stay within their limit,
// and a text without the secret is left alone.
func FuzzScrub(f *testing.F) {
	f.Add([]byte("before "), jit, []byte(" after"), uint8(1), uint8(0), uint16(100), uint8(7))
	f.Add([]byte{}, jit, []byte("\n"), uint8(3), uint8(1), uint16(50), uint8(1))
	f.Add([]byte("x"), "[REDACTED]", []byte("REDACTED]"), uint8(2), uint8(2), uint16(9), uint8(3))
	f.Add([]byte("\xff\xfe"), "ab", []byte("ba"), uint8(4), uint8(0), uint16(3), uint8(2))
	f.Fuzz(func(t *testing.T, prefix []byte, secret string, suffix []byte, reps, form uint8, limit uint16, chunk uint8) {
		forms := escapedForms(secret)
		var b bytes.Buffer
		b.Write(prefix)
		for i := range int(reps % 5) {
			b.WriteString(forms[(int(form)+i)%len(forms)])
			b.Write(suffix[:min(len(suffix), i)])
		}
		b.Write(suffix)
		out := b.Bytes()

		got := String(string(out), secret)
		if w := leak(got, secret); w != "" {
			t.Fatalf("String left %q in %q", w, got)
		}
		if c := newCredential(secret); c == nil || !anyTrue(c.cover(out)) {
			if got != string(out) {
				t.Fatalf("String changed a text without the secret: %q -> %q", out, got)
			}
		}
		n := int(limit % 512)
		tl := Tail(out, n, secret)
		buf := NewBuffer(n, secret)
		for rest := out; len(rest) > 0; {
			k := min(int(chunk%32)+1, len(rest))
			_, _ = buf.Write(rest[:k])
			rest = rest[k:]
		}
		for name, s := range map[string]string{"Tail": tl, "Buffer": buf.String()} {
			if len(s) > n {
				t.Fatalf("%s: %d bytes, limit %d", name, len(s), n)
			}
			if w := leak(s, secret); w != "" {
				t.Fatalf("%s left %q in %q", name, w, s)
			}
			if !utf8.ValidString(s) {
				t.Fatalf("%s returned invalid UTF-8: %q", name, s)
			}
		}
	})
}
