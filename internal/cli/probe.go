package cli

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"slices"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/all"
	"github.com/outrunner/outrunner/backends/sim"
	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghpool"
)

// probeTimeout bounds validate --probe's checks of one scale set.
const probeTimeout = 30 * time.Second

// runnerProbe is the probe results of one scale set.
type runnerProbe struct {
	name    string
	results []backends.ProbeResult
}

// probeRunners runs the backend probe of every runner entry, by name; with
// github set it also checks that GitHub answers with each entry's URL and
// credentials.
func probeRunners(ctx context.Context, cfg *config.Config, github *githubProbe) []runnerProbe {
	factory := all.New(all.Options{Sim: sim.New(sim.Options{}), StateDir: cfg.StateDir})
	var out []runnerProbe
	for _, name := range slices.Sorted(maps.Keys(cfg.Runners)) {
		rc := cfg.Runners[name]
		rp := runnerProbe{name: name}
		ctx, cancel := context.WithTimeout(ctx, probeTimeout)
		p, err := factory(backends.Ownership{DaemonID: cfg.DaemonID, ScaleSet: name}, &rc, slog.New(slog.DiscardHandler))
		switch {
		case err != nil:
			rp.results = append(rp.results, backends.ProbeOf(rc.ProviderType(), backends.ProbeFailed, err.Error()))
		default:
			if pr, ok := p.(backends.Prober); ok {
				rp.results = append(rp.results, pr.Probe(ctx, &rc)...)
			} else {
				rp.results = append(rp.results, backends.ProbeOf(rc.ProviderType(), backends.ProbeWarning, "this backend cannot be probed"))
			}
			_ = p.Close()
		}
		if github != nil {
			rp.results = append(rp.results, github.probe(ctx, cfg, &rc))
		}
		cancel()
		out = append(out, rp)
	}
	return out
}

// githubProbe checks GitHub access with the command's flags.
type githubProbe struct {
	flagURL, flagToken string
}

// probe makes one read-only call to GitHub with the runner's URL and
// credentials (its runner group looked up by name).
func (g *githubProbe) probe(ctx context.Context, cfg *config.Config, rc *config.RunnerConfig) backends.ProbeResult {
	url, err := config.ResolveRunnerURL(g.flagURL, cfg, rc)
	if err != nil {
		return backends.ProbeOf("github", backends.ProbeFailed, err.Error())
	}
	creds, err := config.ResolveCredentials(g.flagToken, cfg, rc)
	if err != nil {
		return backends.ProbeOf("github", backends.ProbeFailed, err.Error())
	}
	o := ghpool.OptionsFromConfig(cfg.GitHub)
	o.RetryMax = 0
	if err := ghpool.CheckAccess(ctx, url, creds, rc.RunnerGroup, o); err != nil {
		return backends.ProbeOf("github", backends.ProbeFailed, fmt.Sprintf("%s with %s: %v", url, creds.Source, err))
	}
	return backends.ProbeOf("github", backends.ProbeOK, fmt.Sprintf("%s answers with %s (runner group %q found)", url, creds.Source, rc.RunnerGroup))
}

// printProbes prints the results per scale set and reports whether any
// check failed.
func printProbes(w io.Writer, probes []runnerProbe) (failed bool) {
	for _, rp := range probes {
		fmt.Fprintf(w, "probe runners.%s:\n", rp.name)
		for _, r := range rp.results {
			fmt.Fprintf(w, "  %-7s %s: %s\n", r.Status, r.Check, r.Detail)
			failed = failed || r.Status == backends.ProbeFailed
		}
	}
	return failed
}
