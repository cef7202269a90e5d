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
	"os"
	"path/filepath"
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
