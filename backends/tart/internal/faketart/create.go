//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

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
