// Package cli implements outrunner's command line: the cobra commands and
// what they print. cmd/outrunner only calls Execute.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/version"
)

// globalFlags are the flags every command shares (the seed's root flags
// plus logging).
type globalFlags struct {
	configPath string
	url        string
	token      string
	maxRunners int
	logLevel   string
	logFormat  string
}

// exitError ends the program with a code after its message was printed.
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// NewRootCommand builds the outrunner command tree writing to out and errOut.
func NewRootCommand(out, errOut io.Writer) *cobra.Command {
	g := &globalFlags{}
	root := &cobra.Command{
		Use:   "outrunner",
		Short: "Ephemeral GitHub Actions runners in containers and VMs, one per job",
		Long: `outrunner registers runner scale sets with GitHub and gives every job a fresh
Docker container, libvirt/KVM VM or Tart VM, destroyed when the job ends.`,
		Version:       version.String(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(out)
	root.SetErr(errOut)
	root.SetVersionTemplate("outrunner {{.Version}}\n")

	pf := root.PersistentFlags()
	pf.StringVar(&g.configPath, "config", config.DefaultConfigPath, "configuration file")
	pf.StringVar(&g.url, "url", "", "default GitHub URL (org, repo or enterprise); a runner's own url wins")
	pf.StringVar(&g.token, "token", "", "GitHub token (visible in the process list: prefer GITHUB_TOKEN or token_file)")
	pf.StringVar(&g.logLevel, "log-level", config.DefaultLogLevel, "log level: debug, info, warn or error")
	pf.StringVar(&g.logFormat, "log-format", config.DefaultLogFormat, "log format: text or json")

	addMaxRunnersFlag(root, g)
	root.RunE = func(cmd *cobra.Command, _ []string) error { return runDaemon(cmd, g) }
	root.Args = cobra.NoArgs
	root.AddCommand(newRunCommand(g), newValidateCommand(g), newSimulateCommand(g), newStatusCommand(g), newCleanupCommand(g), newInitCommand(g), newJobsCommand(g), newExplainCommand(g), newVersionCommand())
	return root
}

// Execute runs the command line and returns the process exit code.
func Execute(args []string, out, errOut io.Writer) int {
	root := NewRootCommand(out, errOut)
	root.SetArgs(args)
	err := root.Execute()
	var exit *exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return exit.code
	default:
		fmt.Fprintln(errOut, "outrunner:", err)
		return 1
	}
}

// Main is the program's entry point.
func Main() {
	os.Exit(Execute(os.Args[1:], os.Stdout, os.Stderr))
}

func newVersionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintf(cmd.OutOrStdout(), "outrunner %s\n", version.String())
			return nil
		},
	}
}

// addMaxRunnersFlag adds the seed's --max-runners to a command that loads
// the configuration.
func addMaxRunnersFlag(cmd *cobra.Command, g *globalFlags) {
	cmd.Flags().IntVar(&g.maxRunners, "max-runners", config.DefaultMaxRunners, "default max concurrent runners per scale set")
}
