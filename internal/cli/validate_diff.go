package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/messages"
)

// diffAgainstRunning prints what reloading cfg would change in the daemon
// that answers on cfg's admin.socket: config.Diff between the daemon's
// configuration and cfg, with the credentials of each scale set compared by
// fingerprint. It fails (exit 1) when the daemon cannot be reached.
func diffAgainstRunning(ctx context.Context, out, errOut io.Writer, g *globalFlags, cfg *config.Config) error {
	sock := adminSocket{path: cfg.Admin.Socket, source: "admin.socket in " + g.configPath}
	fail := func(err error) error {
		fmt.Fprintln(errOut, "cannot compare with the running daemon:", sock.describe(err))
		return &exitError{code: 1}
	}
	c, err := sock.client()
	if err != nil {
		return fail(err)
	}
	ctx, cancel := context.WithTimeout(ctx, adminCallTimeout)
	defer cancel()
	running, err := c.Config(ctx)
	if err != nil {
		return fail(err)
	}
	// Both sides go through the same rendering, so that only real
	// differences show (and secret values compare by digest).
	b, err := config.ComparableYAML(cfg)
	if err != nil {
		return err
	}
	next, err := config.ParseEffectiveYAML(b)
	if err != nil {
		return err
	}
	fps, errs := config.Fingerprints("", g.token, cfg)
	names := make([]string, 0, len(errs))
	for name := range errs {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if fp, ok := running.Fingerprints[name]; ok {
			fps[name] = fp
			fmt.Fprintf(errOut, "warning: runners.%s: the credentials do not resolve here (%v); a change of them is not shown (run this in the daemon's environment to compare them)\n", name, errs[name])
		}
	}
	plan := config.Diff(running.Config, next, running.Fingerprints, fps)
	fmt.Fprintf(out, "\nA reload would change the daemon at %s:\n", sock.path)
	for line := range strings.Lines(plan.String()) {
		fmt.Fprint(out, "  "+line)
	}
	if st, err := c.Status(ctx); err == nil {
		if note := reloadNote(st.Config, g.configPath, fileModTime(g.configPath)); note != "" {
			fmt.Fprintln(out, note)
		}
	}
	return nil
}

// reloadNote explains the diff when the daemon watches the file being
// validated: it reloads a changed file by itself, so the diff may already
// have been applied (or refused) by the time it is read.
func reloadNote(st messages.ConfigState, path string, modified time.Time) string {
	if !st.Watching || !samePath(st.Path, path) {
		return ""
	}
	if modified.IsZero() || st.LastReload.Before(modified) {
		return "note: the daemon watches this file and reloads it by itself about a second after it changes;\n" +
			"      the diff above is against generation " + strconv.Itoa(st.Generation) + ", which it runs now, and may be applied by the time you read it"
	}
	at := st.LastReload.Format(time.TimeOnly)
	if st.LastReloadError != "" {
		return "note: the daemon watches this file and refused it at " + at + "; it keeps running generation " +
			strconv.Itoa(st.Generation) + " (see outrunner status)"
	}
	return "note: the daemon watches this file and already reloaded it at " + at + " (generation " +
		strconv.Itoa(st.Generation) + "); the diff above is against what it runs since"
}

// samePath reports whether two paths name the same file.
func samePath(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	ai, errA := os.Stat(a)
	bi, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(ai, bi)
	}
	return filepath.Clean(a) == filepath.Clean(b)
}

// fileModTime returns when path last changed, or the zero time.
func fileModTime(path string) time.Time {
	fi, err := os.Stat(path)
	if err != nil {
		return time.Time{}
	}
	return fi.ModTime()
}
