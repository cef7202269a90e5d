package tart

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/outrunner/outrunner/backends"
)

// Messages of the guest wrapper; sentinel tells Start the runner launched.
const (
	sentinel         = "outrunner-tart: starting runner"
	runnerMissingMsg = "outrunner-tart: runner_cmd"
)

// runnerScript runs in the guest as /bin/sh -c runnerScript <runner_cmd>.
// It reads the JIT config from its standard input (one line) into the
// environment variable the runner reads (ACTIONS_RUNNER_INPUT_JITCONFIG is
// the runner's environment form of --jitconfig), checks runner_cmd, reports
// on stderr, and replaces itself with the runner.
const runnerScript = `IFS= read -r ACTIONS_RUNNER_INPUT_JITCONFIG || { echo "outrunner-tart: no runner configuration on standard input" >&2; exit 125; }
export ACTIONS_RUNNER_INPUT_JITCONFIG
if [ ! -f "$0" ] || [ ! -x "$0" ]; then echo "` + runnerMissingMsg + ` $0 is not an executable file in the VM" >&2; exit 127; fi
echo "` + sentinel + ` $0" >&2
exec "$0"`

// launchRunner starts "tart exec -i <vm> /bin/sh -c <wrapper> <runner_cmd>"
// with the JIT config on stdin, and waits until the wrapper reports that it
// is exec'ing the runner (or fails).
func (p *Provisioner) launchRunner(ctx context.Context, v *vm, runnerCmd string) error {
	tartPath, err := p.resolveTart()
	if err != nil {
		return err
	}
	logPath := p.runnerLogPath(v.name)
	out, err := p.createOutput(logPath)
	if err != nil {
		return err
	}
	defer out.Close()
	cmd := p.command(context.Background(), tartPath, "exec", "-i", v.name, "/bin/sh", "-c", runnerScript, runnerCmd)
	cmd.Stdin = strings.NewReader(v.jit + "\n")
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start tart exec: %w", err)
	}
	v.exec = cmd.Process
	v.execDone = make(chan struct{})
	go func() {
		v.execErr = cmd.Wait()
		close(v.execDone)
	}()

	poll := min(p.opts.BootPollInterval, 100*time.Millisecond)
	tick := time.NewTicker(poll)
	defer tick.Stop()
	launched := func() bool { return strings.Contains(readHead(logPath, 64<<10), sentinel) }
	for {
		if launched() {
			return nil
		}
		select {
		case <-v.execDone:
			if launched() {
				return nil
			}
			_, runnerTail := p.outputTails(v.name, v.jit)
			err := fmt.Errorf("tart exec ended before the runner started (%v): %s", exitDescription(v.execErr), summarize(runnerTail))
			switch {
			case strings.Contains(runnerTail, runnerMissingMsg):
				return backends.Permanent(fmt.Errorf("%w; install the actions runner at runner_cmd %q in the image", err, runnerCmd))
			case strings.Contains(runnerTail, ttyCrash):
				return backends.Permanent(fmt.Errorf("%w (%s)", err, ttyCrashHint))
			}
			return err
		case <-v.runDone:
			return p.vmExited(v)
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}

// readHead returns up to n bytes from the start of a file.
func readHead(path string, n int64) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	b, _ := io.ReadAll(io.LimitReader(f, n))
	return string(b)
}
