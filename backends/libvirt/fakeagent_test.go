package libvirt

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"sync"
)

// fakeQGA behaves like qemu-ga behind libvirt: JSON commands in, JSON
// replies out, errors either as libvirt errors or as {"error":...} replies,
// and guest-exec-status forgetting a process once it reported its exit.
type fakeQGA struct {
	mu sync.Mutex
	// pingFailures makes the first guest-ping calls fail as "not connected".
	pingFailures int
	// silent makes every command fail as an unresponsive agent would.
	silent bool
	// execError makes guest-exec fail with this description.
	execError string
	// errorReplies returns QGA errors as {"error":...} documents.
	errorReplies bool
	// exitOnExec makes every started process exit at once with this code.
	exitOnExec *int

	nextPID  int64
	procs    map[int64]*fakeProc
	commands []string
	execs    []guestExec
}

// fakeProc is a process started through the fake guest-exec.
type fakeProc struct {
	domain string
	exited bool
	code   *int
	signal *int
	stdout []byte
	stderr []byte
}

func newFakeQGA() *fakeQGA { return &fakeQGA{nextPID: 1000, procs: map[int64]*fakeProc{}} }

// Command implements Agent.
func (f *fakeQGA) Command(ctx context.Context, domain, command string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.commands = append(f.commands, command)
	var req struct {
		Execute   string          `json:"execute"`
		Arguments json.RawMessage `json:"arguments"`
	}
	if err := json.Unmarshal([]byte(command), &req); err != nil {
		return f.fail("?", "JSON parse error")
	}
	if f.silent {
		return "", fmt.Errorf("Guest agent is not responding: QEMU guest agent is not connected")
	}
	switch req.Execute {
	case "guest-ping":
		if f.pingFailures > 0 {
			f.pingFailures--
			return "", fmt.Errorf("Guest agent is not responding: QEMU guest agent is not connected")
		}
		return `{"return":{}}`, nil
	case "guest-exec":
		var a guestExec
		if err := json.Unmarshal(req.Arguments, &a); err != nil {
			return f.fail(req.Execute, "Invalid parameter type")
		}
		f.execs = append(f.execs, a)
		if f.execError != "" {
			return f.fail(req.Execute, f.execError)
		}
		f.nextPID++
		p := &fakeProc{domain: domain}
		if f.exitOnExec != nil {
			p.exited, p.code = true, f.exitOnExec
		}
		f.procs[f.nextPID] = p
		return fmt.Sprintf(`{"return":{"pid":%d}}`, f.nextPID), nil
	case "guest-exec-status":
		var a struct {
			PID int64 `json:"pid"`
		}
		if err := json.Unmarshal(req.Arguments, &a); err != nil {
			return f.fail(req.Execute, "Invalid parameter type")
		}
		p, ok := f.procs[a.PID]
		if !ok || p.domain != domain {
			return f.fail(req.Execute, "Invalid parameter 'pid'")
		}
		if !p.exited {
			return `{"return":{"exited":false}}`, nil
		}
		delete(f.procs, a.PID)
		st := map[string]any{"exited": true}
		if p.code != nil {
			st["exitcode"] = *p.code
		}
		if p.signal != nil {
			st["signal"] = *p.signal
		}
		if len(p.stdout) > 0 {
			st["out-data"] = base64.StdEncoding.EncodeToString(p.stdout)
		}
		if len(p.stderr) > 0 {
			st["err-data"] = base64.StdEncoding.EncodeToString(p.stderr)
		}
		b, _ := json.Marshal(map[string]any{"return": st})
		return string(b), nil
	}
	return f.fail(req.Execute, "The command "+req.Execute+" has not been found")
}

// fail answers a QGA error the way libvirt or qemu-ga would.
func (f *fakeQGA) fail(execute, desc string) (string, error) {
	if f.errorReplies {
		b, _ := json.Marshal(map[string]any{"error": map[string]string{"class": "GenericError", "desc": desc}})
		return string(b), nil
	}
	return "", fmt.Errorf("internal error: unable to execute QEMU agent command '%s': %s", execute, desc)
}

// exit ends a started process.
func (f *fakeQGA) exit(pid int64, code int, stdout, stderr string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if p, ok := f.procs[pid]; ok {
		p.exited, p.code, p.stdout, p.stderr = true, &code, []byte(stdout), []byte(stderr)
	}
}

// forget drops every process, as a restarted qemu-ga would.
func (f *fakeQGA) forget() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.procs = map[int64]*fakeProc{}
}

// lastPID returns the most recently started PID.
func (f *fakeQGA) lastPID() int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.nextPID
}

// snapshot returns copies of the received commands and guest-exec calls.
func (f *fakeQGA) snapshot() ([]string, []guestExec) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.commands...), append([]guestExec(nil), f.execs...)
}

// set changes the fake's behaviour under its lock.
func (f *fakeQGA) set(fn func(f *fakeQGA)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fn(f)
}
