//go:build unix

// Command faketart is a stand-in for the Tart CLI (https://tart.run) used by
// the tart backend's tests on machines without Apple Silicon.
//
// It implements the subcommands and flags the backend uses — clone, set,
// run, exec, stop, delete, list and --version — with the real CLI's output
// formats, error messages and exit codes (as read from cirruslabs/tart):
// errors about missing or stopped VMs exit 2, other runtime errors exit 1,
// argument errors exit 64, and exec exits with the guest command's code.
//
// State lives in the directory named by FAKETART_HOME:
//
//	argv.log           one JSON array of arguments per invocation
//	control.json       failure knobs, re-read by every invocation (see control)
//	vms/<name>/        a VM: config.json, disk.img, nvram.bin, guest/
//	vms/<name>/run.pid the PID of the "tart run" process while it runs
//	vms/<name>/crash   created by a test to make "tart run" exit as if the VM crashed
//
// "tart exec" runs the command on this host with the VM's guest/ directory
// as working directory and standard input passed through with -i, so tests
// can run an emulated runner "inside" the VM.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Version is what "tart --version" prints.
const Version = "2.30.0"

// pollInterval paces every wait loop of the stand-in.
const pollInterval = 20 * time.Millisecond

// control holds the failure knobs read from control.json.
type control struct {
	// Images lists the OCI references that "exist" in the registry.
	Images []string `json:"images"`
	// CloneError is "network" (a transport error), "partial" (leave a
	// half-written VM directory, then fail) or "" (no failure).
	CloneError string `json:"clone_error"`
	// CloneHang makes clone block until it is interrupted or killed.
	CloneHang bool `json:"clone_hang"`
	// SetError makes set fail as for too few CPUs.
	SetError bool `json:"set_error"`
	// RunError is "crash" (fail while starting), "limit" (the system VM
	// limit), "exit" (the VM shuts down at once, exit 0) or "".
	RunError string `json:"run_error"`
	// ExecNotReady is how many exec calls per VM fail as if the guest agent
	// were not running yet; -1 means forever.
	ExecNotReady int `json:"exec_not_ready"`
	// ExecInteractiveError makes "exec -i" fail with a transport error.
	ExecInteractiveError bool `json:"exec_interactive_error"`
	// ExecNeedsTTY makes exec without -t crash as Tart releases before
	// cirruslabs/tart#1122 did when stdout is not a terminal.
	ExecNeedsTTY bool `json:"exec_needs_tty"`
	// StopHang makes stop block, ignoring SIGINT, until it is killed.
	StopHang bool `json:"stop_hang"`
	// DeleteError makes delete fail with an I/O error.
	DeleteError bool `json:"delete_error"`
}

// vmConfig is the stand-in's config.json of a VM.
type vmConfig struct {
	Source   string    `json:"source"`
	CPU      int       `json:"cpuCount"`
	MemoryMB uint64    `json:"memoryMB"`
	Dirs     []string  `json:"dirs,omitempty"`
	Created  time.Time `json:"created"`
}

// exitError ends the program with a message on stderr and an exit code.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func fail(code int, format string, args ...any) error {
	return &exitError{code: code, msg: fmt.Sprintf(format, args...)}
}

// usage is an argument error, reported like swift-argument-parser does.
func usage(format string, args ...any) error {
	return fail(64, "Error: "+format, args...)
}

func vmDoesNotExist(name string) error {
	return fail(2, "the specified VM %q does not exist", name)
}

func vmNotRunning(name string) error {
	return fail(2, "VM %q is not running", name)
}

type fake struct {
	home string
	ctl  control
}

func main() {
	home := os.Getenv("FAKETART_HOME")
	if home == "" {
		fmt.Fprintln(os.Stderr, "faketart: FAKETART_HOME is not set")
		os.Exit(70)
	}
	f := &fake{home: home}
	err := f.main(os.Args[1:])
	var ee *exitError
	switch {
	case err == nil:
		os.Exit(0)
	case errors.As(err, &ee):
		if ee.msg != "" {
			fmt.Fprintln(os.Stderr, ee.msg)
		}
		os.Exit(ee.code)
	default:
		fmt.Fprintf(os.Stderr, "Error: %v\n", err)
		os.Exit(1)
	}
}

func (f *fake) main(args []string) error {
	if err := f.record(args); err != nil {
		return err
	}
	if err := f.loadControl(); err != nil {
		return err
	}
	if len(args) == 0 {
		return usage("Missing expected argument '<subcommand>'")
	}
	sub, rest := args[0], args[1:]
	switch sub {
	case "--version":
		fmt.Println(Version)
		return nil
	case "clone":
		return f.clone(rest)
	case "set":
		return f.set(rest)
	case "run":
		return f.run(rest)
	case "exec":
		return f.exec(rest)
	case "stop":
		return f.stop(rest)
	case "delete":
		return f.delete(rest)
	case "list":
		return f.list(rest)
	default:
		return usage("Unexpected argument '%s'", sub)
	}
}

// record appends this invocation's arguments to argv.log.
func (f *fake) record(args []string) error {
	line, err := json.Marshal(args)
	if err != nil {
		return err
	}
	lf, err := os.OpenFile(filepath.Join(f.home, "argv.log"), os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	defer lf.Close()
	_, err = lf.Write(append(line, '\n'))
	return err
}

func (f *fake) loadControl() error {
	b, err := os.ReadFile(filepath.Join(f.home, "control.json"))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	return json.Unmarshal(b, &f.ctl)
}

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

func (f *fake) clone(args []string) error {
	var pos []string
	for _, a := range args {
		switch {
		case a == "--insecure":
		case strings.HasPrefix(a, "-"):
			return usage("Unknown option '%s'", a)
		default:
			pos = append(pos, a)
		}
	}
	if len(pos) != 2 {
		return usage("Missing expected argument '<new-name>'")
	}
	src, name := pos[0], pos[1]
	if strings.Contains(name, "/") {
		return usage("<new-name> should be a local name")
	}
	if f.ctl.CloneHang {
		waitForInterrupt()
		return fail(1, "Error: CancellationError()")
	}
	switch f.ctl.CloneError {
	case "network":
		return fail(1, `Error: Error Domain=NSURLErrorDomain Code=-1009 "The Internet connection appears to be offline." UserInfo={NSErrorFailingURLStringKey=https://%s/v2/}`, strings.SplitN(src, "/", 2)[0])
	case "partial":
		if err := os.MkdirAll(f.vmDir(name), 0o700); err != nil {
			return err
		}
		if err := f.writeConfig(name, vmConfig{Source: src}); err != nil {
			return err
		}
		return fail(1, `Error: Error Domain=NSCocoaErrorDomain Code=640 "You can't save the file "disk.img" because the volume is out of space."`)
	}
	if isRemote(src) {
		if !f.knownImage(src) {
			return fail(1, `Error: UnexpectedHTTPStatusCode(when: "pulling manifest", code: 404, details: "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\"}]}")`)
		}
	} else if err := f.open(src); err != nil {
		return err
	}
	// Like Tart, clone replaces an existing VM of the same name.
	_ = os.RemoveAll(f.vmDir(name))
	if err := os.MkdirAll(filepath.Join(f.vmDir(name), "guest"), 0o700); err != nil {
		return err
	}
	for _, file := range []string{"disk.img", "nvram.bin"} {
		if err := os.WriteFile(filepath.Join(f.vmDir(name), file), nil, 0o600); err != nil {
			return err
		}
	}
	return f.writeConfig(name, vmConfig{Source: src, CPU: 4, MemoryMB: 8192, Created: time.Now().UTC()})
}

// optionValue reads the value of an option given as "--opt v" or "--opt=v".
func optionValue(args []string, i int, opt string) (string, int, error) {
	if v, ok := strings.CutPrefix(args[i], opt+"="); ok {
		return v, i, nil
	}
	if i+1 >= len(args) {
		return "", i, usage("Missing value for '%s <%s>'", opt, strings.TrimPrefix(opt, "--"))
	}
	return args[i+1], i + 1, nil
}

func (f *fake) set(args []string) error {
	var name string
	var cpu, mem *uint64
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--cpu" || strings.HasPrefix(a, "--cpu="), a == "--memory" || strings.HasPrefix(a, "--memory="):
			opt := "--cpu"
			if strings.HasPrefix(a, "--memory") {
				opt = "--memory"
			}
			v, j, err := optionValue(args, i, opt)
			if err != nil {
				return err
			}
			i = j
			n, err := strconv.ParseUint(v, 10, 64)
			if err != nil {
				return usage("The value '%s' is invalid for '%s <%s>'", v, opt, strings.TrimPrefix(opt, "--"))
			}
			if opt == "--cpu" {
				cpu = &n
			} else {
				mem = &n
			}
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
	if f.ctl.SetError {
		return fail(1, "Error: VM should have 4 CPU cores at minimum (requested 1)")
	}
	c, err := f.readConfig(name)
	if err != nil {
		return err
	}
	if cpu != nil {
		c.CPU = int(*cpu)
	}
	if mem != nil {
		c.MemoryMB = *mem
	}
	return f.writeConfig(name, c)
}

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

func (f *fake) exec(args []string) error {
	interactive, tty := false, false
	var name string
	var command []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if name != "" {
			command = args[i:]
			break
		}
		switch {
		case a == "-i":
			interactive = true
		case a == "-t":
			tty = true
		case strings.HasPrefix(a, "-"):
			return usage("Unknown option '%s'", a)
		default:
			name = a
		}
	}
	if name == "" {
		return usage("Missing expected argument '<name>'")
	}
	if len(command) == 0 {
		return usage("Missing expected argument '<command> ...'")
	}
	if err := f.open(name); err != nil {
		return err
	}
	if f.runPID(name) == 0 {
		return vmNotRunning(name)
	}
	if f.agentNotReady(name) {
		return fail(1, "Failed to connect to the VM using its control socket: The operation couldn’t be completed. (GRPC.GRPCConnectionPoolError error 1.), is the Tart Guest Agent running?")
	}
	if f.ctl.ExecNeedsTTY && !tty {
		// Swift traps; 133 is how a shell reports death by SIGTRAP.
		return fail(133, "tart/Exec.swift:91: Fatal error: 'try!' expression unexpectedly raised an error: failed to get terminal size: Inappropriate ioctl for device")
	}
	if interactive && f.ctl.ExecInteractiveError {
		return fail(1, "Error: unavailable (14): Transport became inactive")
	}
	cmd := exec.Command(command[0], command[1:]...)
	cmd.Dir = filepath.Join(f.vmDir(name), "guest")
	if interactive {
		cmd.Stdin = os.Stdin
	}
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	cmd.SysProcAttr = guestProcAttr()
	if err := cmd.Start(); err != nil {
		// The guest agent reports a failed start as a gRPC error.
		return fail(1, "Error: unknown (2): %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	tick := time.NewTicker(pollInterval)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			var xe *exec.ExitError
			if errors.As(err, &xe) {
				code := xe.ExitCode()
				if code < 0 {
					code = 128 + int(xe.Sys().(syscall.WaitStatus).Signal())
				}
				return &exitError{code: code}
			}
			return err
		case <-sig:
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-done
			return fail(1, "Error: CancellationError()")
		case <-tick.C:
			if f.runPID(name) == 0 {
				_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
				<-done
				return fail(1, "Error: unavailable (14): Transport became inactive")
			}
		}
	}
}

// agentNotReady counts exec calls per VM and reports whether this one finds
// no guest agent yet.
func (f *fake) agentNotReady(name string) bool {
	if f.ctl.ExecNotReady < 0 {
		return true
	}
	if f.ctl.ExecNotReady == 0 {
		return false
	}
	counter := filepath.Join(f.vmDir(name), "exec.count")
	n := 0
	if b, err := os.ReadFile(counter); err == nil {
		n, _ = strconv.Atoi(string(b))
	}
	n++
	_ = os.WriteFile(counter, []byte(strconv.Itoa(n)), 0o600)
	return n <= f.ctl.ExecNotReady
}

func (f *fake) stop(args []string) error {
	var name string
	timeout := 30 * time.Second
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--timeout" || a == "-t" || strings.HasPrefix(a, "--timeout="):
			opt := "--timeout"
			if a == "-t" {
				opt = "-t"
			}
			v, j, err := optionValue(args, i, opt)
			if err != nil {
				return err
			}
			i = j
			n, err := strconv.ParseUint(v, 10, 64)
			if err != nil {
				return usage("The value '%s' is invalid for '--timeout <timeout>'", v)
			}
			timeout = time.Duration(n) * time.Second
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
	if f.ctl.StopHang {
		// Hang for good: not even SIGINT ends it, only SIGKILL.
		signal.Ignore(syscall.SIGINT, syscall.SIGTERM)
		time.Sleep(time.Hour)
	}
	pid := f.runPID(name)
	if pid == 0 {
		return vmNotRunning(name)
	}
	_ = syscall.Kill(pid, syscall.SIGINT)
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if f.runPID(name) == 0 {
			return nil
		}
		time.Sleep(pollInterval)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		return fail(1, "failed to forcefully terminate the VM %q: %v", name, err)
	}
	_ = os.Remove(filepath.Join(f.vmDir(name), "run.pid"))
	return nil
}

func (f *fake) delete(args []string) error {
	if len(args) == 0 {
		return usage("Missing expected argument '<name> ...'")
	}
	for _, name := range args {
		if strings.HasPrefix(name, "-") {
			return usage("Unknown option '%s'", name)
		}
		if _, err := os.Stat(f.vmDir(name)); err != nil {
			return vmDoesNotExist(name)
		}
		if f.ctl.DeleteError {
			return fail(1, `Error: Error Domain=NSCocoaErrorDomain Code=513 "“%s” couldn’t be removed because you don’t have permission to access it."`, name)
		}
		if err := os.RemoveAll(f.vmDir(name)); err != nil {
			return err
		}
	}
	return nil
}

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
