package logging

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
)

func TestRoutineLowersInfo(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(Routine(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo}))).With("component", "listener")
	logger.Info("Getting next message")
	logger.Warn("session expired")
	out := buf.String()
	if strings.Contains(out, "Getting next message") || !strings.Contains(out, "session expired") || !strings.Contains(out, "component=listener") {
		t.Errorf("output %q", out)
	}
	buf.Reset()
	slog.New(Routine(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))).Info("Getting next message")
	if !strings.Contains(buf.String(), "level=DEBUG") {
		t.Errorf("a debug logger should show the line at debug: %q", buf.String())
	}
}
