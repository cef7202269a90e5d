package simulate

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/messages"
	"github.com/outrunner/outrunner/supervisor"
)

// progress prints the simulation's progress: one redrawn line on a
// terminal, a line every few seconds otherwise.
type progress struct {
	w           io.Writer
	interactive bool
	total       int
	start       time.Time
	last        time.Time
	width       int
}

func newProgress(w io.Writer, interactive bool, total int) *progress {
	return &progress{w: w, interactive: interactive, total: total, start: time.Now()}
}

func (p *progress) interval() time.Duration {
	if p.interactive {
		return 250 * time.Millisecond
	}
	return 2 * time.Second
}

// update prints a progress line if one is due.
func (p *progress) update(ctx context.Context, st ghsim.State, d *supervisor.Daemon) {
	if p.w == nil || time.Since(p.last) < p.interval() {
		return
	}
	p.last = time.Now()
	c := st.JobCounts()
	phases := map[messages.RunnerPhase]int{}
	restarts := 0
	sctx, cancel := context.WithTimeout(ctx, time.Second)
	if status, err := d.Status(sctx); err == nil {
		for _, s := range status.ScaleSets {
			for _, r := range s.Runners {
				phases[r.Phase]++
			}
			restarts += s.RunnerRestarts + s.ListenerRestarts
		}
	}
	cancel()
	line := fmt.Sprintf("%5.1fs  jobs %d/%d done · %d running · %d waiting  runners: %d provisioning, %d idle, %d busy, %d stopping · %d restarts",
		time.Since(p.start).Seconds(), c.Completed+c.Canceled, p.total, c.Running, c.Queued+c.Assigned,
		phases[messages.RunnerProvisioning], phases[messages.RunnerIdle], phases[messages.RunnerRunning], phases[messages.RunnerStopping], restarts)
	if p.interactive {
		pad := ""
		if n := p.width - len(line); n > 0 {
			pad = strings.Repeat(" ", n)
		}
		p.width = len(line)
		fmt.Fprintf(p.w, "\r%s%s", line, pad)
		return
	}
	fmt.Fprintln(p.w, line)
}

// done ends the redrawn line.
func (p *progress) done() {
	if p.w != nil && p.interactive && p.width > 0 {
		fmt.Fprintln(p.w)
	}
}
