package scrub

import (
	"bytes"
	"errors"
	"io"
	"os"
	"unicode/utf8"
)

// Tail returns the end of out, at most limit bytes, with the credential
// secret removed (see String) before out is cut. The cut never splits a
// Redacted or a UTF-8 sequence, and moves to the start of a line when one
// begins within the first quarter of the tail. Invalid UTF-8 becomes
// U+FFFD.
func Tail(out []byte, limit int, secret string) string {
	return tail(out, false, limit, newCredential(secret))
}

// FileTail returns the end of the file at path like Tail, reading only its
// last limit bytes and enough before them to scrub a credential that
// straddles that point; a fragment of the credential at the start of what
// it read is removed too. A file that cannot be read gives "".
func FileTail(path string, limit int, secret string) string {
	c := newCredential(secret)
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer func() { _ = f.Close() }()
	fi, err := f.Stat()
	if err != nil {
		return ""
	}
	off := max(0, fi.Size()-int64(c.keep(limit)))
	b := make([]byte, fi.Size()-off)
	n, err := f.ReadAt(b, off)
	if err != nil && !errors.Is(err, io.EOF) {
		return ""
	}
	return tail(b[:n], off > 0, limit, c)
}

// Buffer is an io.Writer that keeps the end of a stream for a scrubbed
// tail: the last limit bytes written and enough before them to scrub a
// credential that straddles that point. Create it with NewBuffer.
type Buffer struct {
	cred  *credential
	limit int
	keep  int
	buf   []byte
	cut   bool // bytes were dropped from the start
}

// NewBuffer returns a Buffer for a tail of at most limit bytes scrubbed of
// secret.
func NewBuffer(limit int, secret string) *Buffer {
	c := newCredential(secret)
	return &Buffer{cred: c, limit: limit, keep: c.keep(limit)}
}

// Write appends p, dropping the oldest bytes that the tail does not need.
// It never fails.
func (b *Buffer) Write(p []byte) (int, error) {
	n := len(p)
	if len(p) >= b.keep {
		b.cut = b.cut || len(b.buf) > 0 || len(p) > b.keep
		b.buf = append(b.buf[:0], p[len(p)-b.keep:]...)
		return n, nil
	}
	if over := len(b.buf) + len(p) - b.keep; over > 0 {
		b.cut = true
		b.buf = b.buf[over:]
	}
	b.buf = append(b.buf, p...)
	return n, nil
}

// String returns the tail of what was written, like Tail; a fragment of
// the credential at the start of the kept bytes, after older ones were
// dropped, is removed too.
func (b *Buffer) String() string { return tail(b.buf, b.cut, b.limit, b.cred) }

// keep is how many bytes a tail of limit bytes needs to read.
func (c *credential) keep(limit int) int {
	if c == nil {
		return limit
	}
	return limit + c.longest
}

// tail scrubs data and cuts the result to limit bytes. cut reports that
// data is the end of a longer output: a fragment of the credential at its
// start is removed, and the tail starts at a line even when data needs no
// further cut.
func tail(data []byte, cut bool, limit int, c *credential) string {
	data = bytes.ToValidUTF8(data, []byte(string(utf8.RuneError)))
	lead := 0
	if cut {
		lead = c.leadingFragment(data)
	}
	s := c.scrub(data, lead)
	text := s.text
	if len(text) <= limit && !cut {
		return string(text)
	}
	from := max(0, len(text)-limit)
	for from > 0 && from < len(text) && (s.marker[from] && s.marker[from-1] || !utf8.RuneStart(text[from])) {
		from++
	}
	if i := bytes.IndexByte(text[from:], '\n'); i >= 0 && i < limit/4 && from+i+1 < len(text) {
		from += i + 1
	}
	return string(text[from:])
}
