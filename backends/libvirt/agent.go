package libvirt

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/internal/scrub"
)

// jitEnvVar is the variable through which the actions runner reads its JIT
// config (the runner maps ACTIONS_RUNNER_INPUT_<OPTION> to --<option>).
const jitEnvVar = "ACTIONS_RUNNER_INPUT_JITCONFIG"

// logTailBytes bounds each of the stdout and stderr tails kept on failure.
const logTailBytes = 2048

// qgaReply is a QEMU guest agent answer.
type qgaReply struct {
	Return json.RawMessage `json:"return"`
	Error  *struct {
		Class string `json:"class"`
		Desc  string `json:"desc"`
	} `json:"error"`
}

// qgaCall sends one command to the guest agent and decodes its return
// value into out (when out is not nil).
func qgaCall(ctx context.Context, a Agent, domain, execute string, args, out any) error {
	req := map[string]any{"execute": execute}
	if args != nil {
		req["arguments"] = args
	}
	cmd, err := json.Marshal(req)
	if err != nil {
		return fmt.Errorf("encode guest agent command %s: %w", execute, err)
	}
	raw, err := a.Command(ctx, domain, string(cmd))
	if err != nil {
		return fmt.Errorf("guest agent command %s: %w", execute, err)
	}
	var r qgaReply
	if err := json.Unmarshal([]byte(raw), &r); err != nil {
		return fmt.Errorf("guest agent command %s: unreadable reply: %w", execute, err)
	}
	if r.Error != nil {
		return fmt.Errorf("guest agent command %s failed: %s: %s", execute, r.Error.Class, r.Error.Desc)
	}
	if r.Return == nil {
		return fmt.Errorf("guest agent command %s: reply has no return value", execute)
	}
	if out != nil {
		if err := json.Unmarshal(r.Return, out); err != nil {
			return fmt.Errorf("guest agent command %s: unexpected reply: %w", execute, err)
		}
	}
	return nil
}

// agentPing sends guest-ping.
func agentPing(ctx context.Context, a Agent, domain string) error {
	return qgaCall(ctx, a, domain, "guest-ping", nil, nil)
}

// waitForAgent pings the guest agent every interval until it answers, the
// timeout passes, ctx ends, or check (called before each ping) reports
// that waiting is pointless (the domain died).
func waitForAgent(parent context.Context, a Agent, domain string, timeout, interval time.Duration, check func(context.Context) error) error {
	ctx, cancel := context.WithTimeout(parent, timeout)
	defer cancel()
	var last error
	for ctx.Err() == nil {
		if err := check(ctx); err != nil {
			if ctx.Err() != nil {
				break
			}
			return err
		}
		pctx, pcancel := context.WithTimeout(ctx, min(5*time.Second, timeout))
		err := agentPing(pctx, a, domain)
		pcancel()
		if err == nil {
			return nil
		}
		if backends.IsPermanent(err) {
			return err
		}
		last = err
		t := time.NewTimer(interval)
		select {
		case <-ctx.Done():
			t.Stop()
		case <-t.C:
		}
	}
	if parent.Err() != nil {
		return fmt.Errorf("waiting for the QEMU guest agent: %w (last error: %v)", parent.Err(), last)
	}
	return fmt.Errorf("the QEMU guest agent did not answer within %s (is qemu-guest-agent installed and enabled in the image?): last error: %v", timeout, last)
}

// guestExec is guest-exec's argument object.
type guestExec struct {
	Path          string   `json:"path"`
	Arg           []string `json:"arg,omitempty"`
	Env           []string `json:"env,omitempty"`
	CaptureOutput bool     `json:"capture-output"`
}

// agentExec starts path in the guest with env and returns its PID.
// Output is captured so that a failing runner's last lines can be shown.
func agentExec(ctx context.Context, a Agent, domain, path string, env []string) (int64, error) {
	var out struct {
		PID int64 `json:"pid"`
	}
	err := qgaCall(ctx, a, domain, "guest-exec", guestExec{Path: path, Env: env, CaptureOutput: true}, &out)
	if err != nil {
		return 0, err
	}
	if out.PID <= 0 {
		return 0, fmt.Errorf("guest agent command guest-exec returned no PID")
	}
	return out.PID, nil
}

// execStatus is guest-exec-status's answer.
type execStatus struct {
	Exited       bool   `json:"exited"`
	ExitCode     *int   `json:"exitcode"`
	Signal       *int   `json:"signal"`
	OutData      string `json:"out-data"`
	ErrData      string `json:"err-data"`
	OutTruncated bool   `json:"out-truncated"`
	ErrTruncated bool   `json:"err-truncated"`
}

// agentExecStatus polls a guest-exec'd process once.
func agentExecStatus(ctx context.Context, a Agent, domain string, pid int64) (execStatus, error) {
	var st execStatus
	err := qgaCall(ctx, a, domain, "guest-exec-status", map[string]int64{"pid": pid}, &st)
	return st, err
}

// isUnknownPID reports whether guest-exec-status rejected the PID, which
// happens when qemu-ga restarted (e.g. the guest rebooted) or the status
// was already collected.
func isUnknownPID(err error) bool {
	return err != nil && strings.Contains(err.Error(), "Invalid parameter 'pid'")
}

// exitStatus converts a finished guest-exec status to the backend's form.
// secret is removed from the log tail.
func exitStatus(st execStatus, secret string) backends.ExitStatus {
	es := backends.ExitStatus{Code: -1}
	switch {
	case st.ExitCode != nil:
		es.Code = *st.ExitCode
		es.Reason = "exited"
		if es.Code != 0 {
			es.Reason = "exited with code " + strconv.Itoa(es.Code)
		}
	case st.Signal != nil:
		es.Reason = "killed by signal " + strconv.Itoa(*st.Signal)
	default:
		es.Reason = "exited (status unknown)"
	}
	if es.Code != 0 {
		es.LogTail = outputTail(st, secret)
	}
	return es
}

// outputTail renders the ends of the captured stdout and stderr, each
// scrubbed of secret before it is cut.
func outputTail(st execStatus, secret string) string {
	var b strings.Builder
	for _, s := range []struct {
		name, data string
		truncated  bool
	}{{"stdout", st.OutData, st.OutTruncated}, {"stderr", st.ErrData, st.ErrTruncated}} {
		raw, err := base64.StdEncoding.DecodeString(s.data)
		if err != nil || len(raw) == 0 {
			continue
		}
		tail := scrub.Tail(raw, logTailBytes, secret)
		fmt.Fprintf(&b, "--- %s (last %d bytes", s.name, len(tail))
		if s.truncated {
			b.WriteString(", capture truncated in the guest")
		}
		b.WriteString(") ---\n")
		b.WriteString(tail)
		if !strings.HasSuffix(tail, "\n") {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// runnerEnv is the complete environment of the runner process: qemu-ga
// replaces the guest's environment with the one given to guest-exec, so it
// carries the basics a shell (or Windows) needs besides the JIT config.
func runnerEnv(guestOS, arch string, cpus int, jit string) []string {
	if guestOS == "windows" {
		procArch := "AMD64"
		if arch == "aarch64" {
			procArch = "ARM64"
		}
		return []string{
			`SystemRoot=C:\Windows`,
			`windir=C:\Windows`,
			`SystemDrive=C:`,
			`ComSpec=C:\Windows\system32\cmd.exe`,
			`PATH=C:\Windows\system32;C:\Windows;C:\Windows\System32\Wbem;C:\Windows\System32\WindowsPowerShell\v1.0\;C:\Windows\System32\OpenSSH\`,
			`PATHEXT=.COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH;.MSC`,
			`TEMP=C:\Windows\TEMP`,
			`TMP=C:\Windows\TEMP`,
			`ProgramData=C:\ProgramData`,
			`ALLUSERSPROFILE=C:\ProgramData`,
			`ProgramFiles=C:\Program Files`,
			`ProgramFiles(x86)=C:\Program Files (x86)`,
			`ProgramW6432=C:\Program Files`,
			`CommonProgramFiles=C:\Program Files\Common Files`,
			`CommonProgramFiles(x86)=C:\Program Files (x86)\Common Files`,
			`CommonProgramW6432=C:\Program Files\Common Files`,
			`PUBLIC=C:\Users\Public`,
			`USERPROFILE=C:\Windows\system32\config\systemprofile`,
			`APPDATA=C:\Windows\system32\config\systemprofile\AppData\Roaming`,
			`LOCALAPPDATA=C:\Windows\system32\config\systemprofile\AppData\Local`,
			`PSModulePath=C:\Program Files\WindowsPowerShell\Modules;C:\Windows\system32\WindowsPowerShell\v1.0\Modules`,
			`OS=Windows_NT`,
			`PROCESSOR_ARCHITECTURE=` + procArch,
			`NUMBER_OF_PROCESSORS=` + strconv.Itoa(cpus),
			jitEnvVar + "=" + jit,
		}
	}
	return []string{
		"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
		"HOME=/root",
		"USER=root",
		"LANG=C.UTF-8",
		jitEnvVar + "=" + jit,
	}
}

// redactError returns err unchanged unless its text contains secret; then
// it returns an error with the secret removed that keeps err's
// permanent/retryable classification but drops the original chain (whose
// messages carry the secret).
func redactError(err error, secret string) error {
	if err == nil || secret == "" {
		return err
	}
	msg := scrub.String(err.Error(), secret)
	if msg == err.Error() {
		return err
	}
	out := errors.New(msg)
	if backends.IsPermanent(err) {
		return backends.Permanent(out)
	}
	return out
}
