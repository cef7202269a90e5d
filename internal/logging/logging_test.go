package logging

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestSimpleHandlerFormat(t *testing.T) {
	tests := []struct {
		name string
		log  func(*slog.Logger)
		want string
	}{
		{"message and attrs", func(l *slog.Logger) { l.Info("loaded config", "runners", 1) }, "INFO loaded config runners=1"},
		{"quoted values", func(l *slog.Logger) { l.Warn("x", "err", errors.New("a b")) }, `WARN x err="a b"`},
		{"empty value", func(l *slog.Logger) { l.Info("x", "v", "") }, `INFO x v=""`},
		{"with attrs before group", func(l *slog.Logger) { l.With("scaleSet", "linux").WithGroup("scaler").Info("m", "k", 2) }, "INFO m scaleSet=linux scaler.k=2"},
		{"nested groups", func(l *slog.Logger) { l.WithGroup("a").Info("m", slog.Group("b", "c", 3)) }, "INFO m a.b.c=3"},
		{"duration", func(l *slog.Logger) { l.Info("m", "took", 1500*time.Millisecond) }, "INFO m took=1.5s"},
	}
	line := regexp.MustCompile(`^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d `)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			tc.log(slog.New(NewSimpleHandler(&buf, slog.LevelDebug)))
			got := buf.String()
			if !line.MatchString(got) || !strings.HasSuffix(got, tc.want+"\n") {
				t.Errorf("got %q, want timestamp + %q", got, tc.want)
			}
		})
	}
}

func TestLevelFilter(t *testing.T) {
	var buf bytes.Buffer
	l := New(&buf, Options{Level: slog.LevelWarn})
	l.Info("hidden")
	l.Warn("shown")
	if strings.Contains(buf.String(), "hidden") || !strings.Contains(buf.String(), "shown") {
		t.Errorf("level filter: %q", buf.String())
	}
}

func TestRedaction(t *testing.T) {
	secrets := NewSecrets()
	secrets.Add("ghp_0123456789abcdef", "short")
	tests := []struct {
		name   string
		format string
		log    func(*slog.Logger)
	}{
		{"secret-named key", "text", func(l *slog.Logger) { l.Info("m", "token", "ghp_other_value_123") }},
		{"jit key", "json", func(l *slog.Logger) { l.Info("m", "jitConfig", "eyJhbGciOi") }},
		{"registered value in message", "text", func(l *slog.Logger) { l.Info("using ghp_0123456789abcdef now") }},
		{"registered value in error", "json", func(l *slog.Logger) { l.Error("m", "err", errors.New("bad ghp_0123456789abcdef")) }},
		{"registered value in With", "text", func(l *slog.Logger) { l.With("url", "x?t=ghp_0123456789abcdef").Info("m") }},
		{"registered value in group", "json", func(l *slog.Logger) { l.Info("m", slog.Group("g", "v", "ghp_0123456789abcdef")) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			tc.log(New(&buf, Options{Format: tc.format, Secrets: secrets}))
			out := buf.String()
			for _, leaked := range []string{"ghp_0123456789abcdef", "ghp_other_value_123", "eyJhbGciOi"} {
				if strings.Contains(out, leaked) {
					t.Errorf("secret %q leaked: %s", leaked, out)
				}
			}
			if !strings.Contains(out, Redacted) {
				t.Errorf("no redaction marker: %s", out)
			}
			if tc.format == "json" && !json.Valid(bytes.TrimSpace(buf.Bytes())) {
				t.Errorf("invalid JSON: %s", out)
			}
		})
	}
	var buf bytes.Buffer
	New(&buf, Options{Secrets: secrets}).Info("a short word")
	if !strings.Contains(buf.String(), "short word") {
		t.Errorf("short strings must not be registered as secrets: %s", buf.String())
	}
	secrets.Remove("ghp_0123456789abcdef")
	if secrets.Scrub("ghp_0123456789abcdef") != "ghp_0123456789abcdef" {
		t.Error("Remove did not forget the secret")
	}
}

func TestParseLevel(t *testing.T) {
	for in, want := range map[string]slog.Level{"debug": slog.LevelDebug, "info": slog.LevelInfo, "warn": slog.LevelWarn, "error": slog.LevelError} {
		if got, err := ParseLevel(in); err != nil || got != want {
			t.Errorf("ParseLevel(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseLevel("loud"); err == nil {
		t.Error("ParseLevel accepted an unknown level")
	}
}
