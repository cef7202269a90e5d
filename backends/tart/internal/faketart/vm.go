//go:build unix

package main

import (
	"encoding/json"
	"errors"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

func (f *fake) vmDir(name string) string { return filepath.Join(f.home, "vms", name) }

// initialized reports whether a VM directory holds every file of a VM, as
// Tart's VMDirectory.initialized does.
func (f *fake) initialized(name string) bool {
	for _, file := range []string{"config.json", "disk.img", "nvram.bin"} {
		if _, err := os.Stat(filepath.Join(f.vmDir(name), file)); err != nil {
			return false
		}
	}
	return true
}

// open fails like the real CLI when the <name> argument is missing, and
// like VMStorageLocal.open for a missing or incomplete VM.
func (f *fake) open(name string) error {
	if name == "" {
		return usage("Missing expected argument '<name>'")
	}
	if _, err := os.Stat(f.vmDir(name)); err != nil {
		return vmDoesNotExist(name)
	}
	if !f.initialized(name) {
		return fail(1, "Error: VM is missing some of its files (config.json, disk.img or nvram.bin)")
	}
	return nil
}

// runPID returns the PID of the VM's "tart run" process, or 0 when it does
// not run.
func (f *fake) runPID(name string) int {
	b, err := os.ReadFile(filepath.Join(f.vmDir(name), "run.pid"))
	if err != nil {
		return 0
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return 0
	}
	if err := syscall.Kill(pid, 0); err != nil && !errors.Is(err, syscall.EPERM) {
		return 0
	}
	return pid
}

func (f *fake) readConfig(name string) (vmConfig, error) {
	var c vmConfig
	b, err := os.ReadFile(filepath.Join(f.vmDir(name), "config.json"))
	if err != nil {
		return c, err
	}
	return c, json.Unmarshal(b, &c)
}

func (f *fake) writeConfig(name string, c vmConfig) error {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(f.vmDir(name), "config.json"), b, 0o600)
}

// isRemote mirrors Tart's RemoteName parsing closely enough: a reference
// with a registry host (a dot or a port before the first slash).
func isRemote(ref string) bool {
	host, _, ok := strings.Cut(ref, "/")
	return ok && (strings.Contains(host, ".") || strings.Contains(host, ":"))
}

func (f *fake) knownImage(ref string) bool {
	for _, im := range f.ctl.Images {
		if im == ref {
			return true
		}
	}
	return false
}

// waitForInterrupt blocks until SIGINT or SIGTERM.
func waitForInterrupt() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	<-sig
}
