package logging

import (
	"context"
	"log/slog"
)

// MinLevelHandler drops records below a level before they reach the
// wrapped handler.
type MinLevelHandler struct {
	inner slog.Handler
	min   slog.Leveler
}

// AtLeast wraps h so that only records at min or above pass.
func AtLeast(h slog.Handler, min slog.Leveler) *MinLevelHandler {
	return &MinLevelHandler{inner: h, min: min}
}

// Enabled reports whether l passes both the minimum and the wrapped handler.
func (h *MinLevelHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= h.min.Level() && h.inner.Enabled(ctx, l)
}

// Handle passes the record on.
func (h *MinLevelHandler) Handle(ctx context.Context, r slog.Record) error {
	return h.inner.Handle(ctx, r)
}

// WithAttrs passes the attributes on.
func (h *MinLevelHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &MinLevelHandler{inner: h.inner.WithAttrs(attrs), min: h.min}
}

// WithGroup passes the group on.
func (h *MinLevelHandler) WithGroup(name string) slog.Handler {
	return &MinLevelHandler{inner: h.inner.WithGroup(name), min: h.min}
}

// DemoteHandler logs every record at one fixed level. It quiets a library
// whose errors the caller reports itself.
type DemoteHandler struct {
	inner slog.Handler
	level slog.Level
}

// Demote wraps h so that every record is logged at level.
func Demote(h slog.Handler, level slog.Level) *DemoteHandler {
	return &DemoteHandler{inner: h, level: level}
}

// Enabled reports whether the fixed level is enabled.
func (h *DemoteHandler) Enabled(ctx context.Context, _ slog.Level) bool {
	return h.inner.Enabled(ctx, h.level)
}

// Handle passes the record on at the fixed level.
func (h *DemoteHandler) Handle(ctx context.Context, r slog.Record) error {
	r.Level = h.level
	return h.inner.Handle(ctx, r)
}

// WithAttrs passes the attributes on.
func (h *DemoteHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &DemoteHandler{inner: h.inner.WithAttrs(attrs), level: h.level}
}

// WithGroup passes the group on.
func (h *DemoteHandler) WithGroup(name string) slog.Handler {
	return &DemoteHandler{inner: h.inner.WithGroup(name), level: h.level}
}

// RoutineHandler logs a library's info records at debug level and passes
// its warnings and errors unchanged: for a library that logs its routine
// traffic (every long poll) at info.
type RoutineHandler struct{ inner slog.Handler }

// Routine wraps h so that info records are logged at debug level.
func Routine(h slog.Handler) *RoutineHandler { return &RoutineHandler{inner: h} }

// lowerInfo maps info to debug and leaves other levels alone.
func lowerInfo(l slog.Level) slog.Level {
	if l == slog.LevelInfo {
		return slog.LevelDebug
	}
	return l
}

// Enabled reports whether the lowered level is enabled.
func (h *RoutineHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.inner.Enabled(ctx, lowerInfo(l))
}

// Handle passes the record on at its lowered level.
func (h *RoutineHandler) Handle(ctx context.Context, r slog.Record) error {
	r.Level = lowerInfo(r.Level)
	return h.inner.Handle(ctx, r)
}

// WithAttrs keeps the lowering.
func (h *RoutineHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &RoutineHandler{inner: h.inner.WithAttrs(attrs)}
}

// WithGroup keeps the lowering.
func (h *RoutineHandler) WithGroup(name string) slog.Handler {
	return &RoutineHandler{inner: h.inner.WithGroup(name)}
}
