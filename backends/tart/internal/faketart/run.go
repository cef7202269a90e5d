//go:build unix

package main

import (
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func (f *fake) run(args []string) error {
	var name string
	var dirs []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--no-graphics":
		case a == "--dir" || strings.HasPrefix(a, "--dir="):
			v, j, err := optionValue(args, i, "--dir")
			if err != nil {
				return err
			}
			i = j
			dirs = append(dirs, v)
		case strings.HasPrefix(a, "-"):
			return usage("Unknown option '%s'", a)
		case name == "":
			name = a
		default:
			return usage("Unexpected argument '%s'", a)
		}
	}
	if err := f.open(name); err != nil {
		return err
	}
	for _, d := range dirs {
		if err := checkDir(d); err != nil {
			return err
		}
	}
	if f.runPID(name) != 0 {
		return fail(2, "VM %q is already running!", name)
	}
	switch f.ctl.RunError {
	case "crash":
		return fail(1, `Error Domain=VZErrorDomain Code=1 "The virtual machine failed to start." UserInfo={NSLocalizedFailure=Invalid virtual machine configuration.}`)
	case "limit":
		return fail(1, "The number of VMs exceeds the system limit")
	case "exit":
		return nil
	}
	c, err := f.readConfig(name)
	if err != nil {
		return err
	}
	c.Dirs = dirs
	if err := f.writeConfig(name, c); err != nil {
		return err
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	pidFile := filepath.Join(f.vmDir(name), "run.pid")
	if err := os.WriteFile(pidFile, []byte(strconv.Itoa(os.Getpid())), 0o600); err != nil {
		return err
	}
	defer os.Remove(pidFile)
	fmt.Println("VM started")
	tick := time.NewTicker(pollInterval)
	defer tick.Stop()
	for {
		select {
		case <-sig:
			return nil
		case <-tick.C:
			if _, err := os.Stat(filepath.Join(f.vmDir(name), "crash")); err == nil {
				return fail(1, `Error Domain=VZErrorDomain Code=1 "The virtual machine stopped unexpectedly."`)
			}
			if _, err := os.Stat(f.vmDir(name)); err != nil {
				return fail(1, "Error: the VM directory was removed while the VM was running")
			}
		}
	}
}

// checkDir validates a --dir value "[name:]path[:options]" like Tart's
// DirectoryShare: options are ro and tag=<tag>, the path must exist.
func checkDir(spec string) error {
	parts := strings.Split(spec, ":")
	last := parts[len(parts)-1]
	isOption := false
	for _, o := range strings.Split(last, ",") {
		if o == "ro" || strings.HasPrefix(o, "tag=") {
			isOption = true
		}
	}
	if isOption && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	path := parts[len(parts)-1]
	if len(parts) > 2 {
		path = strings.Join(parts[1:], ":")
	}
	if _, err := os.Stat(path); err != nil {
		return fail(1, "Error: directory share %q: %v", spec, err)
	}
	return nil
}
