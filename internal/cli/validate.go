package cli

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/outrunner/outrunner/backends/all"
	"github.com/outrunner/outrunner/config"
)

func newValidateCommand(g *globalFlags) *cobra.Command {
	var print, diffRunning, probe bool
	cmd := &cobra.Command{
		Use:   "validate",
		Short: "Check a configuration file without starting anything",
		Long: `validate loads the configuration exactly as the daemon would (file, then
OUTRUNNER_* environment, then flags), reports every problem at once with its
file, line and key, and exits 1 if there is any error. With --probe it also
checks, read-only, what each scale set needs on this host and at GitHub: the
engine answers, the image is present or can be pulled, libvirtd connects and
the golden image exists, tart is installed, GitHub accepts the credentials;
it exits 1 if any probe fails.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runValidate(cmd, g, print, diffRunning, probe)
		},
	}
	cmd.Flags().BoolVar(&print, "print", false, "print the effective configuration (secrets redacted)")
	cmd.Flags().BoolVar(&diffRunning, "diff-against-running", false, "also show what a reload would change in the running daemon (through admin.socket)")
	cmd.Flags().BoolVar(&probe, "probe", false, "also check, read-only, that engines, images and GitHub answer")
	addMaxRunnersFlag(cmd, g)
	return cmd
}

func runValidate(cmd *cobra.Command, g *globalFlags, print, diffRunning, probe bool) error {
	out, errOut := cmd.OutOrStdout(), cmd.ErrOrStderr()
	res, err := loadConfig(cmd, g, runOptions(cmd, g))
	if res != nil {
		for _, w := range res.Warnings {
			fmt.Fprintln(errOut, w.String())
		}
	}
	if err != nil {
		printLoadError(errOut, g.configPath, err)
		return &exitError{code: 1}
	}
	cfg := res.Config
	if print {
		b, err := config.EffectiveYAML(cfg)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "# effective configuration of %s\n", g.configPath)
		_, _ = out.Write(b)
	} else {
		fmt.Fprintf(out, "config OK: %s (%d %s)\n", g.configPath, len(cfg.Runners), plural(len(cfg.Runners), "runner", "runners"))
		printRunnerTable(out, errOut, g, cfg)
	}
	if probe {
		ctx := cmd.Context()
		if ctx == nil {
			ctx = context.Background()
		}
		if printProbes(out, probeRunners(ctx, cfg, &githubProbe{flagURL: g.url, flagToken: g.token})) {
			fmt.Fprintln(errOut, "a probe failed: the configuration is valid, but some scale sets cannot run on this host as they are")
			return &exitError{code: 1}
		}
	}
	if diffRunning {
		return diffAgainstRunning(cmd.Context(), out, errOut, g, cfg)
	}
	return nil
}

// loadConfig loads the configuration with opts, warning about --token.
func loadConfig(cmd *cobra.Command, g *globalFlags, opts config.LoadOptions) (*config.Result, error) {
	if g.token != "" {
		fmt.Fprintln(cmd.ErrOrStderr(), "warning: --token shows the token in the process list; prefer GITHUB_TOKEN, token_file or systemd credentials")
	}
	return config.Load(opts)
}

// runOptions load the configuration from the command's sources as the
// daemon runs it: with every backend's checks.
func runOptions(cmd *cobra.Command, g *globalFlags) config.LoadOptions {
	return config.LoadOptions{Path: g.configPath, Flags: cmd.Flags(), Check: all.Check}
}

// printLoadError prints every problem of a failed load, then a count.
func printLoadError(w io.Writer, path string, err error) {
	verr, ok := err.(*config.ValidationError)
	if !ok {
		fmt.Fprintf(w, "%s: %v\n", path, err)
		return
	}
	for _, p := range verr.Problems {
		fmt.Fprintln(w, p.String())
	}
	n := len(verr.Problems)
	fmt.Fprintf(w, "%d %s: the configuration is invalid\n", n, plural(n, "error", "errors"))
}

// printRunnerTable lists each runner with its backend, limits, URL and the
// source of its credentials (never the credentials themselves).
func printRunnerTable(out, errOut io.Writer, g *globalFlags, cfg *config.Config) {
	names := make([]string, 0, len(cfg.Runners))
	for name := range cfg.Runners {
		names = append(names, name)
	}
	sort.Strings(names)
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  RUNNER\tBACKEND\tLABELS\tMAX\tMIN IDLE\tURL\tCREDENTIALS")
	for _, name := range names {
		rc := cfg.Runners[name]
		url, _ := config.ResolveRunnerURL(g.url, cfg, &rc)
		creds := "none found"
		if c, err := config.ResolveCredentials(g.token, cfg, &rc); err == nil {
			creds = c.Source
		} else {
			fmt.Fprintf(errOut, "warning: runners.%s: %v\n", name, err)
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\t%s\n", name, rc.ProviderType(), strings.Join(rc.Labels, ","),
			strconv.Itoa(rc.MaxRunners), strconv.Itoa(rc.MinIdle), url, creds)
	}
	_ = tw.Flush()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
