package logging

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"regexp"
	"strings"
	"sync"
)

// Redacted replaces a secret in log output.
const Redacted = "[REDACTED]"

// minSecretLen keeps very short strings from being registered as secrets,
// where redacting them would mangle ordinary words.
const minSecretLen = 8

// secretKey matches attribute keys whose values are always secrets.
var secretKey = regexp.MustCompile(`(?i)(token|secret|password|passwd|jit|private_?key|credential|authorization)`)

// Secrets is a set of secret strings that must never appear in logs.
// It is safe for concurrent use.
type Secrets struct {
	mu     sync.RWMutex
	values map[string]struct{}
}

// NewSecrets returns an empty set.
func NewSecrets() *Secrets { return &Secrets{values: map[string]struct{}{}} }

// Add registers secrets; empty and very short strings are ignored.
func (s *Secrets) Add(values ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, v := range values {
		v = strings.TrimSpace(v)
		if len(v) >= minSecretLen {
			s.values[v] = struct{}{}
		}
	}
}

// Remove forgets secrets that are no longer in use (a consumed JIT config).
func (s *Secrets) Remove(values ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, v := range values {
		delete(s.values, strings.TrimSpace(v))
	}
}

// Scrub replaces every registered secret in text.
func (s *Secrets) Scrub(text string) string {
	if s == nil {
		return text
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	for v := range s.values {
		if strings.Contains(text, v) {
			text = strings.ReplaceAll(text, v, Redacted)
		}
	}
	return text
}

// RedactHandler wraps a handler so that secret-named attributes and
// registered secret values never reach the output.
type RedactHandler struct {
	inner   slog.Handler
	secrets *Secrets
}

// NewRedactHandler wraps inner; secrets may be nil.
func NewRedactHandler(inner slog.Handler, secrets *Secrets) *RedactHandler {
	return &RedactHandler{inner: inner, secrets: secrets}
}

// Enabled defers to the wrapped handler.
func (h *RedactHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.inner.Enabled(ctx, l)
}

// Handle redacts the record and passes it on.
func (h *RedactHandler) Handle(ctx context.Context, r slog.Record) error {
	out := slog.NewRecord(r.Time, r.Level, h.secrets.Scrub(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.redact(a))
		return true
	})
	return h.inner.Handle(ctx, out)
}

// WithAttrs redacts attrs and passes them on.
func (h *RedactHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	red := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		red[i] = h.redact(a)
	}
	return &RedactHandler{inner: h.inner.WithAttrs(red), secrets: h.secrets}
}

// WithGroup passes the group on.
func (h *RedactHandler) WithGroup(name string) slog.Handler {
	return &RedactHandler{inner: h.inner.WithGroup(name), secrets: h.secrets}
}

func (h *RedactHandler) redact(a slog.Attr) slog.Attr {
	a.Value = a.Value.Resolve()
	if a.Value.Kind() == slog.KindGroup {
		group := a.Value.Group()
		red := make([]any, len(group))
		for i, ga := range group {
			red[i] = h.redact(ga)
		}
		return slog.Group(a.Key, red...)
	}
	if secretKey.MatchString(a.Key) {
		return slog.String(a.Key, Redacted)
	}
	switch a.Value.Kind() {
	case slog.KindString:
		return slog.String(a.Key, h.secrets.Scrub(a.Value.String()))
	case slog.KindAny:
		if err, ok := a.Value.Any().(error); ok {
			return slog.String(a.Key, h.secrets.Scrub(err.Error()))
		}
		if st, ok := a.Value.Any().(fmt.Stringer); ok {
			return slog.String(a.Key, h.secrets.Scrub(st.String()))
		}
	}
	return a
}

// Options configures New.
type Options struct {
	// Level is the minimum level; nil means info.
	Level slog.Leveler
	// Format is "text" (the human format) or "json".
	Format string
	// Secrets are scrubbed from every line; may be nil.
	Secrets *Secrets
}

// New returns a logger writing to w in the requested format, with redaction.
func New(w io.Writer, o Options) *slog.Logger {
	var inner slog.Handler
	if o.Format == "json" {
		inner = slog.NewJSONHandler(w, &slog.HandlerOptions{Level: o.Level})
	} else {
		inner = NewSimpleHandler(w, o.Level)
	}
	return slog.New(NewRedactHandler(inner, o.Secrets))
}

// ParseLevel converts debug, info, warn or error to a level.
func ParseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return slog.LevelInfo, fmt.Errorf("unknown log level %q: use debug, info, warn or error", s)
	}
	return l, nil
}

// Discard returns a logger that drops everything.
func Discard() *slog.Logger { return slog.New(slog.DiscardHandler) }
