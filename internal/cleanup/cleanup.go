// Package cleanup removes what a daemon that is no longer running left
// behind on this host: the environments carrying its ownership (daemon_id)
// and the runner registrations in its journal. `outrunner cleanup` runs it
// after making sure no daemon answers on the admin socket.
package cleanup

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"sort"
	"time"

	"github.com/actions/scaleset"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/all"
	"github.com/outrunner/outrunner/backends/sim"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghpool"
	"github.com/outrunner/outrunner/internal/journal"
	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/internal/version"
)

// listTimeout bounds one backend listing.
const listTimeout = time.Minute

// removeTimeout bounds one registration removal (with its HTTP retries).
const removeTimeout = 2 * time.Minute

// Options says what to clean up and how.
type Options struct {
	// Config is the loaded configuration: daemon_id, state_dir, the runner
	// entries whose backends are searched, URLs and credentials.
	Config *config.Config
	// FlagToken is the --token value, if any.
	FlagToken string
	// Sim holds in-process sim environments (tests). Nil: sim runner
	// entries are skipped, since their environments end with the daemon
	// process.
	Sim *sim.Backend
	// HTTPOptions are extra options for the GitHub clients (tests).
	HTTPOptions []scaleset.HTTPOption
	// DryRun lists what would be removed and removes nothing.
	DryRun bool
	// Out receives the report, line by line as the work proceeds.
	Out io.Writer
	// Logger receives the backends' and the HTTP layer's logs; nil
	// discards them.
	Logger *slog.Logger
	// Wait bounds how long registrations whose job GitHub still shows
	// running are retried: right after a daemon was killed, GitHub refuses
	// to remove them until it notices that their runner is gone. Zero
	// tries once.
	Wait time.Duration
	// RetryInterval paces those retries; zero means DefaultRetryInterval.
	RetryInterval time.Duration
}

// DefaultRetryInterval paces the retries of registrations whose job is
// still running.
const DefaultRetryInterval = 5 * time.Second

// Item is one environment or registration found.
type Item struct {
	// Name is the runner (and environment) name.
	Name string
	// ScaleSet is the scale set it belongs to.
	ScaleSet string
	// Removed is true once it is gone; false in a dry run.
	Removed bool
	// Err says why it could not be removed.
	Err error
}

// Result is what a cleanup found and did.
type Result struct {
	// Environments are the environments found, by name.
	Environments []Item
	// Registrations are the journal's registrations, by name.
	Registrations []Item
	// Problems lists everything that failed (listings, removals), for
	// people; empty when the cleanup is complete.
	Problems []string
}

// Run finds the leftovers of the configuration's daemon, prints them to
// o.Out, and removes them unless o.DryRun: environments first (so that no
// runner keeps working on a registration), then registrations. It goes on
// after a failure; Result.Problems lists every one.
func Run(ctx context.Context, o Options) *Result {
	if o.Out == nil {
		o.Out = io.Discard
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	res := &Result{}
	c := &cleaner{o: o, res: res}
	c.environments(ctx)
	c.registrations(ctx)
	c.summary()
	return res
}

type cleaner struct {
	o   Options
	res *Result
}

func (c *cleaner) printf(format string, args ...any) { fmt.Fprintf(c.o.Out, format, args...) }

func (c *cleaner) problem(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	c.res.Problems = append(c.res.Problems, msg)
}

// found is one environment and the provisioner that listed it.
type found struct {
	env  backends.Environment
	prov backends.Provisioner
	rc   config.RunnerConfig
}

// environments lists and removes the environments carrying the daemon's ID,
// searching the backend of every runner entry.
func (c *cleaner) environments(ctx context.Context) {
	cfg := c.o.Config
	c.printf("Environments of daemon_id %s:\n", cfg.DaemonID)
	factory := all.New(all.Options{Sim: c.o.Sim, StateDir: cfg.StateDir})
	owner := backends.Ownership{DaemonID: cfg.DaemonID} // every scale set, configured or not
	byName := map[string]found{}
	for _, name := range sortedKeys(cfg.Runners) {
		rc := cfg.Runners[name]
		if rc.Sim != nil && c.o.Sim == nil {
			c.printf("  runners.%s: sim environments live inside the daemon process; none outlive it\n", name)
			continue
		}
		prov, err := factory(owner, &rc, c.o.Logger.With(logkey.ScaleSet, name))
		if err != nil {
			c.printf("  runners.%s: cannot search the %s backend: %v\n", name, rc.ProviderType(), err)
			c.problem("runners.%s: cannot search the %s backend: %v", name, rc.ProviderType(), err)
			continue
		}
		defer prov.Close()
		lister, ok := prov.(backends.Lister)
		if !ok {
			c.printf("  runners.%s: the %s backend cannot list its environments\n", name, rc.ProviderType())
			c.problem("runners.%s: the %s backend cannot list its environments", name, rc.ProviderType())
			continue
		}
		lctx, cancel := context.WithTimeout(ctx, listTimeout)
		envs, err := lister.List(lctx)
		cancel()
		if err != nil {
			c.printf("  runners.%s: listing the %s environments failed: %v\n", name, rc.ProviderType(), err)
			c.problem("runners.%s: listing the %s environments failed: %v", name, rc.ProviderType(), err)
			continue
		}
		for _, e := range envs {
			if _, seen := byName[e.Name]; !seen {
				byName[e.Name] = found{env: e, prov: prov, rc: rc}
			}
		}
	}
	if len(byName) == 0 {
		c.printf("  none found\n")
		return
	}
	for _, name := range sortedKeys(byName) {
		f := byName[name]
		c.printf("  %s  scale set %s  %s  %s\n", name, f.env.ScaleSet, f.rc.ProviderType(), f.env.State)
	}
	for _, name := range sortedKeys(byName) {
		f := byName[name]
		item := Item{Name: name, ScaleSet: f.env.ScaleSet}
		if !c.o.DryRun {
			timeout := f.rc.StopTimeout.D()
			if timeout <= 0 {
				timeout = config.DefaultStopTimeout
			}
			sctx, cancel := context.WithTimeout(ctx, timeout)
			item.Err = f.prov.Stop(sctx, name)
			cancel()
			if item.Err == nil {
				item.Removed = true
				c.printf("  removed environment %s\n", name)
			} else {
				c.printf("  FAILED to remove environment %s: %v\n", name, item.Err)
				c.problem("environment %s (scale set %s): %v", name, f.env.ScaleSet, item.Err)
			}
		}
		c.res.Environments = append(c.res.Environments, item)
	}
}

// registrations removes the journal's registrations from GitHub, and each
// removed one from the journal.
func (c *cleaner) registrations(ctx context.Context) {
	cfg := c.o.Config
	path := journal.Path(cfg.StateDir)
	c.printf("Runner registrations in %s:\n", path)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		c.printf("  none (no journal)\n")
		return
	}
	j, err := journal.Open(path)
	if err != nil {
		c.printf("  cannot read the journal: %v\n", err)
		c.problem("cannot read the journal %s: %v", path, err)
		return
	}
	defer j.Close()
	entries := j.Entries("")
	if len(entries) == 0 {
		c.printf("  none found\n")
		return
	}
	for _, e := range entries {
		c.printf("  %s  scale set %s  %s  %s\n", e.Name, e.ScaleSet, runnerID(e.RunnerID), orNone(e.URL))
	}
	if c.o.DryRun {
		for _, e := range entries {
			c.res.Registrations = append(c.res.Registrations, Item{Name: e.Name, ScaleSet: e.ScaleSet})
		}
		return
	}
	opts := ghpool.OptionsFromConfig(cfg.GitHub)
	opts.SystemInfo = scaleset.SystemInfo{System: "outrunner", Version: version.String(), Subsystem: "cleanup"}
	opts.Logger = c.o.Logger.With(logkey.Component, "github")
	opts.HTTPOptions = c.o.HTTPOptions
	pools := ghpool.NewRegistry(opts)
	remove := func(e journal.Entry) error {
		if err := c.deregister(ctx, pools, e); err != nil {
			return err
		}
		return j.Remove(e.ScaleSet, e.Name)
	}
	var busy []journal.Entry // GitHub still shows their job running
	for _, e := range entries {
		err := remove(e)
		if errors.Is(err, scaleset.JobStillRunningError) {
			c.printf("  registration %s: GitHub still shows its job running\n", e.Name)
			busy = append(busy, e)
			continue
		}
		c.settle(e, err)
	}
	c.retryBusy(ctx, busy, remove)
}

// settle records the outcome of one registration's removal.
func (c *cleaner) settle(e journal.Entry, err error) {
	item := Item{Name: e.Name, ScaleSet: e.ScaleSet, Err: err}
	if err == nil {
		item.Removed = true
		c.printf("  removed registration %s\n", e.Name)
	} else {
		c.printf("  FAILED to remove registration %s: %v\n", e.Name, err)
		c.problem("registration %s (scale set %s): %v", e.Name, e.ScaleSet, err)
	}
	c.res.Registrations = append(c.res.Registrations, item)
}

// retryBusy retries the registrations whose job GitHub still shows running
// until they are removed or Wait runs out. Their runner died with the
// daemon; GitHub fails the job, and then lets the registration go, once it
// notices the runner is gone (a few minutes).
func (c *cleaner) retryBusy(ctx context.Context, busy []journal.Entry, remove func(journal.Entry) error) {
	if len(busy) == 0 {
		return
	}
	interval := c.o.RetryInterval
	if interval <= 0 {
		interval = DefaultRetryInterval
	}
	if c.o.Wait > 0 {
		c.printf("  waiting up to %s (--wait) for GitHub to end the %s of %d %s whose runner is gone, retrying every %s\n",
			c.o.Wait, plural(len(busy), "job"), len(busy), plural(len(busy), "registration"), interval)
	}
	deadline := time.Now().Add(c.o.Wait)
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for len(busy) > 0 && time.Now().Before(deadline) {
		select {
		case <-ctx.Done():
			deadline = time.Now()
			continue
		case <-tick.C:
		}
		var still []journal.Entry
		for _, e := range busy {
			err := remove(e)
			if errors.Is(err, scaleset.JobStillRunningError) {
				still = append(still, e)
				continue
			}
			c.settle(e, err)
		}
		busy = still
	}
	for _, e := range busy {
		err := fmt.Errorf("GitHub still shows its job running after waiting %s: its runner is gone, and GitHub fails the job and releases the registration once it notices (usually within minutes); run outrunner cleanup again then, or with a longer --wait", c.o.Wait)
		c.settle(e, err)
	}
}

// deregister removes one registration on GitHub: by runner ID when the
// journal has it, else by name. A registration GitHub no longer has is gone.
func (c *cleaner) deregister(ctx context.Context, pools *ghpool.Registry, e journal.Entry) error {
	cfg := c.o.Config
	var rc *config.RunnerConfig // nil: the scale set is no longer configured; use the global settings
	if r, ok := cfg.Runners[e.ScaleSet]; ok {
		rc = &r
	}
	url := e.URL
	if url == "" {
		u, err := config.ResolveRunnerURL("", cfg, rc)
		if err != nil {
			return fmt.Errorf("the journal has no URL for it and none is configured: %w", err)
		}
		url = u
	}
	creds, err := config.ResolveCredentials(c.o.FlagToken, cfg, rc)
	if err != nil {
		return err
	}
	pool, err := pools.Acquire(url, creds)
	if err != nil {
		return err
	}
	defer pools.Release(pool)
	rctx, cancel := context.WithTimeout(ctx, removeTimeout)
	defer cancel()
	if e.RunnerID > 0 {
		err = pool.RemoveRunner(rctx, e.RunnerID)
	} else {
		err = pool.RemoveRunnerByName(rctx, e.Name)
	}
	if err != nil {
		return fmt.Errorf("removing it from %s: %w", url, err)
	}
	return nil
}

// summary prints what was done.
func (c *cleaner) summary() {
	envs, regs := len(c.res.Environments), len(c.res.Registrations)
	if c.o.DryRun {
		c.printf("Dry run: would remove %d %s and %d %s.\n", envs, plural(envs, "environment"), regs, plural(regs, "registration"))
	} else {
		removedEnvs, removedRegs := countRemoved(c.res.Environments), countRemoved(c.res.Registrations)
		c.printf("Removed %d of %d %s and %d of %d %s.\n", removedEnvs, envs, plural(envs, "environment"),
			removedRegs, regs, plural(regs, "registration"))
	}
	if len(c.res.Problems) > 0 {
		c.printf("%d %s:\n", len(c.res.Problems), plural(len(c.res.Problems), "problem"))
		for _, p := range c.res.Problems {
			c.printf("  %s\n", p)
		}
	}
}

func countRemoved(items []Item) int {
	n := 0
	for _, it := range items {
		if it.Removed {
			n++
		}
	}
	return n
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

func runnerID(id int) string {
	if id <= 0 {
		return "runner ID unknown"
	}
	return fmt.Sprintf("runner ID %d", id)
}

func orNone(url string) string {
	if url == "" {
		return "(configured URL)"
	}
	return url
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
