package cli

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/outrunner/outrunner/config"
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
	return nil
}
