package actors

import (
	"context"
	"log/slog"
)

// routineHandler passes the scaleset library's routine lines at debug
// level: its listener logs every long poll at info, which would make most
// of an idle daemon's output. Warnings and errors pass unchanged.
type routineHandler struct{ next slog.Handler }

// lower maps info to debug.
func lower(l slog.Level) slog.Level {
	if l == slog.LevelInfo {
		return slog.LevelDebug
	}
	return l
}

// Enabled reports whether the lowered level is enabled.
func (h routineHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.next.Enabled(ctx, lower(l))
}

// Handle passes the record on at its lowered level.
func (h routineHandler) Handle(ctx context.Context, r slog.Record) error {
	r.Level = lower(r.Level)
	return h.next.Handle(ctx, r)
}

// WithAttrs keeps the lowering.
func (h routineHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return routineHandler{h.next.WithAttrs(attrs)}
}

// WithGroup keeps the lowering.
func (h routineHandler) WithGroup(name string) slog.Handler {
	return routineHandler{h.next.WithGroup(name)}
}
