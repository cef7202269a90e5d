//go:build unix

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// listEntry is one row of "tart list", with the real CLI's field names.
type listEntry struct {
	Source  string
	Name    string
	Disk    int
	Size    int
	Running bool
	State   string
}

func (f *fake) list(args []string) error {
	format, source, quiet := "text", "", false
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--format" || strings.HasPrefix(a, "--format="):
			v, j, err := optionValue(args, i, "--format")
			if err != nil {
				return err
			}
			i = j
			if v != "text" && v != "json" {
				return usage("The value '%s' is invalid for '--format <format>'", v)
			}
			format = v
		case a == "--source" || strings.HasPrefix(a, "--source="):
			v, j, err := optionValue(args, i, "--source")
			if err != nil {
				return err
			}
			i = j
			if v != "local" && v != "oci" {
				return usage("'%s' is not a valid <source>", v)
			}
			source = v
		case a == "-q" || a == "--quiet":
			quiet = true
		default:
			return usage("Unexpected argument '%s'", a)
		}
	}
	var rows []listEntry
	if source == "" || source == "local" {
		entries, err := os.ReadDir(filepath.Join(f.home, "vms"))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		for _, e := range entries {
			if !e.IsDir() || !f.initialized(e.Name()) {
				continue
			}
			running := f.runPID(e.Name()) != 0
			state := "stopped"
			if running {
				state = "running"
			}
			rows = append(rows, listEntry{Source: "local", Name: e.Name(), Disk: 50, Size: 20, Running: running, State: state})
		}
		sort.Slice(rows, func(i, j int) bool { return rows[i].Name < rows[j].Name })
	}
	if source == "" || source == "oci" {
		images := append([]string(nil), f.ctl.Images...)
		sort.Strings(images)
		for _, im := range images {
			rows = append(rows, listEntry{Source: "OCI", Name: im, Disk: 50, Size: 20, State: "stopped"})
		}
	}
	switch {
	case quiet:
		for _, r := range rows {
			fmt.Println(r.Name)
		}
	case format == "json":
		if rows == nil {
			rows = []listEntry{}
		}
		b, err := json.MarshalIndent(rows, "", "  ")
		if err != nil {
			return err
		}
		fmt.Println(string(b))
	default:
		writeTable(os.Stdout, rows)
	}
	return nil
}

// writeTable prints rows like Tart's text format (without the deprecated
// Running column).
func writeTable(w io.Writer, rows []listEntry) {
	if len(rows) == 0 {
		return
	}
	fmt.Fprintf(w, "%-6s %-40s %-4s %-4s %s\n", "Source", "Name", "Disk", "Size", "State")
	for _, r := range rows {
		fmt.Fprintf(w, "%-6s %-40s %-4d %-4d %s\n", r.Source, r.Name, r.Disk, r.Size, r.State)
	}
}
