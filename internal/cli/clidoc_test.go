package cli

import (
	"io"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// docFlagRE finds the long flags in the first cell of a table row.
var docFlagRE = regexp.MustCompile("`(?:-[a-z], )?--([a-z0-9][a-z0-9-]*)")

// documentedFlags reads docs/reference/cli.md: for each "## outrunner
// <command>" heading (words up to the first flag), the long flags named in
// the first column of its tables' rows; "## Global flags" is filed under
// "global". Several headings of one command add up.
func documentedFlags(t *testing.T) map[string][]string {
	t.Helper()
	b, err := os.ReadFile("../../docs/reference/cli.md")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	section := ""
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case strings.HasPrefix(line, "## Global flags"):
			section = "global"
			continue
		case strings.HasPrefix(line, "## outrunner "):
			var words []string
			for _, w := range strings.Fields(strings.TrimPrefix(line, "## outrunner ")) {
				if strings.HasPrefix(w, "-") {
					break
				}
				words = append(words, w)
			}
			section = strings.Join(words, " ")
			if _, ok := out[section]; !ok {
				out[section] = nil
			}
			continue
		case strings.HasPrefix(line, "## "):
			section = ""
			continue
		}
		if section == "" || !strings.HasPrefix(line, "| `-") {
			continue
		}
		first := strings.SplitN(line[1:], "|", 2)[0]
		for _, m := range docFlagRE.FindAllStringSubmatch(first, -1) {
			out[section] = append(out[section], m[1])
		}
	}
	for k := range out {
		sort.Strings(out[k])
	}
	return out
}

// flagNames lists a flag set's names, help left out.
func flagNames(fs *pflag.FlagSet) []string {
	var out []string
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Name != "help" {
			out = append(out, f.Name)
		}
	})
	sort.Strings(out)
	return out
}

// TestCLIReferenceListsEveryFlag compares the flags each command's --help
// prints with docs/reference/cli.md: the global flags with "Global flags",
// each command's own flags with its "## outrunner <command>" sections.
func TestCLIReferenceListsEveryFlag(t *testing.T) {
	root := NewRootCommand(io.Discard, io.Discard)
	root.InitDefaultHelpFlag()
	root.InitDefaultVersionFlag()
	docs := documentedFlags(t)

	global := flagNames(root.PersistentFlags())
	global = append(global, "version")
	sort.Strings(global)
	if !slices.Equal(global, docs["global"]) {
		t.Errorf("Global flags: --help has %v, cli.md has %v", global, docs["global"])
	}
	rootOwn := slices.DeleteFunc(flagNames(root.LocalNonPersistentFlags()), func(n string) bool { return n == "version" })
	if run, _, err := root.Find([]string{"run"}); err != nil || !slices.Equal(rootOwn, flagNames(run.LocalNonPersistentFlags())) {
		t.Errorf("outrunner without a command has flags %v, unlike run", rootOwn)
	}

	var walk func(c *cobra.Command)
	seen := map[string]bool{}
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if sub.Hidden || sub.Name() == "help" || sub.Name() == "completion" {
				continue
			}
			path := strings.TrimPrefix(sub.CommandPath(), "outrunner ")
			seen[path] = true
			t.Run(path, func(t *testing.T) {
				documented, ok := docs[path]
				if !ok {
					t.Fatalf("cli.md has no section \"## outrunner %s\"", path)
				}
				sub.InitDefaultHelpFlag()
				if got := flagNames(sub.LocalNonPersistentFlags()); !slices.Equal(got, documented) {
					t.Errorf("outrunner %s --help has flags %v, cli.md documents %v", path, got, documented)
				}
			})
			walk(sub)
		}
	}
	walk(root)
	for section := range docs {
		if section != "global" && !seen[section] {
			t.Errorf("cli.md documents \"outrunner %s\", which is no command", section)
		}
	}
}
