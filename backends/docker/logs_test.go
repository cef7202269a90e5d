package docker

import (
	"strings"
	"testing"
)

func TestScrub(t *testing.T) {
	secret := "c2VjcmV0LWppdC1jb25maWctMTIzNDU2Nzg5MA=="
	tests := []struct {
		name, in, want string
	}{
		{"none", "hello\n", "hello\n"},
		{"whole", "jit=" + secret + "\nok\n", "jit=" + redacted + "\nok\n"},
		{"twice", secret + " " + secret, redacted + " " + redacted},
		{"cut at start", secret[10:] + "\nnext line\n", redacted + "\nnext line\n"},
		{"cut at end", "line\n" + secret[:20], "line\n" + redacted},
		{"short fragment kept", secret[len(secret)-4:] + " tail", secret[len(secret)-4:] + " tail"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := scrub(tt.in, secret); got != tt.want {
				t.Errorf("scrub(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	if got := scrub("anything", ""); got != "anything" {
		t.Errorf("empty secret changed the text: %q", got)
	}
}

func TestBoundTail(t *testing.T) {
	var b strings.Builder
	for i := range 2000 {
		b.WriteString(strings.Repeat("x", 20))
		b.WriteString(" line ")
		b.WriteString(strings.Repeat("y", i%7))
		b.WriteString("\n")
	}
	b.WriteString("the last line\n")
	got := boundTail(b.String(), LogTailBytes)
	if len(got) > LogTailBytes {
		t.Fatalf("tail is %d bytes, max %d", len(got), LogTailBytes)
	}
	if !strings.HasSuffix(got, "the last line") {
		t.Fatalf("tail lost the end: %q", got[len(got)-40:])
	}
	if !strings.HasPrefix(got, strings.Repeat("x", 20)) {
		t.Fatalf("tail does not start at a line boundary: %q", got[:40])
	}
	if short := boundTail("a\nb\n", LogTailBytes); short != "a\nb" {
		t.Fatalf("short tail = %q", short)
	}
}

func TestTailBuffer(t *testing.T) {
	tb := &tailBuffer{max: 10}
	for _, s := range []string{"0123", "4567", "89ab", "cdefghijklmnop", "q"} {
		if n, err := tb.Write([]byte(s)); n != len(s) || err != nil {
			t.Fatalf("Write(%q) = %d, %v", s, n, err)
		}
	}
	if got := string(tb.buf); got != "hijklmnopq" {
		t.Fatalf("buffer = %q, want the last 10 bytes", got)
	}
}
