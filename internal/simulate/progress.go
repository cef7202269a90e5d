package simulate

import (
	"context"
	"fmt"
	"io"
	"time"
	"unicode/utf8"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/messages"
)

// PlainWidth is the width of progress lines and the summary when the
// output is not a terminal, and the narrowest terminal they are made for.
const PlainWidth = 80

// clearToEOL erases from the cursor to the end of the line (ANSI EL).
const clearToEOL = "\x1b[K"

// progress prints the simulation's progress: one line redrawn in place on
// a terminal, a line every few seconds otherwise. Lines never exceed the
// width, so a redraw never wraps and scrolls.
type progress struct {
	w           io.Writer
	interactive bool
	width       func() int
	total       int
	start       time.Time
	last        time.Time
	drawn       bool
}

func newProgress(w io.Writer, interactive bool, width func() int, total int) *progress {
	return &progress{w: w, interactive: interactive, width: width, total: total, start: time.Now()}
}

func (p *progress) interval() time.Duration {
	if p.interactive {
		return 250 * time.Millisecond
	}
	return 2 * time.Second
}

// lineWidth is the most a progress line may hold: the terminal's width
// less one column, so that the cursor never sits past the last column,
// or PlainWidth when not on a terminal.
func (p *progress) lineWidth() int {
	if !p.interactive {
		return PlainWidth
	}
	w := 0
	if p.width != nil {
		w = p.width()
	}
	if w <= 0 {
		w = PlainWidth
	}
	return max(w-1, 1)
}

// progressCounts is what one progress line shows.
type progressCounts struct {
	elapsed                            time.Duration
	done, total, running, waiting      int
	provisioning, idle, busy, stopping int
	restarts                           int
}

// progressLine renders the counts in the longest form that fits width
// characters; the narrower forms shorten the labels, then drop the
// restarts and the runner phases. The last resort is cut to width.
func progressLine(c progressCounts, width int) string {
	t := fmt.Sprintf("%5.1fs", c.elapsed.Seconds())
	jobs := fmt.Sprintf("%.1fs jobs %d/%d, %d run, %d wait", c.elapsed.Seconds(), c.done, c.total, c.running, c.waiting)
	runners := fmt.Sprintf("%d prov %d idle %d busy %d stop", c.provisioning, c.idle, c.busy, c.stopping)
	forms := []string{
		fmt.Sprintf("%s  jobs %d/%d done · %d running · %d waiting  runners: %d provisioning, %d idle, %d busy, %d stopping · %d restarts",
			t, c.done, c.total, c.running, c.waiting, c.provisioning, c.idle, c.busy, c.stopping, c.restarts),
		fmt.Sprintf("%s  jobs %d/%d · %d running · %d waiting · runners %s · %d restarts",
			t, c.done, c.total, c.running, c.waiting, runners, c.restarts),
		fmt.Sprintf("%s · %s · %d restarts", jobs, runners, c.restarts),
		jobs + " · " + runners,
		jobs,
	}
	for _, f := range forms {
		if utf8.RuneCountInString(f) <= width {
			return f
		}
	}
	return cutRunes(forms[len(forms)-1], width)
}

// cutRunes cuts s to at most n characters.
func cutRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:max(n, 0)])
}

// statusSource is the daemon's status: the daemon itself, or the admin
// API of a daemon in another process (simulate --chaos).
type statusSource interface {
	Status(ctx context.Context) (*messages.Status, error)
}

// update prints a progress line if one is due.
func (p *progress) update(ctx context.Context, st ghsim.State, d statusSource) {
	if p.w == nil || time.Since(p.last) < p.interval() {
		return
	}
	p.last = time.Now()
	jc := st.JobCounts()
	c := progressCounts{
		elapsed: time.Since(p.start), done: jc.Completed + jc.Canceled, total: p.total,
		running: jc.Running, waiting: jc.Queued + jc.Assigned,
	}
	sctx, cancel := context.WithTimeout(ctx, time.Second)
	if status, err := d.Status(sctx); err == nil {
		for _, s := range status.ScaleSets {
			for _, r := range s.Runners {
				switch r.Phase {
				case messages.RunnerProvisioning:
					c.provisioning++
				case messages.RunnerIdle:
					c.idle++
				case messages.RunnerRunning:
					c.busy++
				case messages.RunnerStopping:
					c.stopping++
				}
			}
			c.restarts += s.RunnerRestarts + s.ListenerRestarts
		}
	}
	cancel()
	p.print(c)
}

// print writes one progress line: redrawn over the last on a terminal,
// appended otherwise.
func (p *progress) print(c progressCounts) {
	line := progressLine(c, p.lineWidth())
	if p.interactive {
		// Back to the start of the line, the new line, then erase what
		// is left of a longer one.
		fmt.Fprintf(p.w, "\r%s%s", line, clearToEOL)
		p.drawn = true
		return
	}
	fmt.Fprintln(p.w, line)
}

// done ends the redrawn line.
func (p *progress) done() {
	if p.w != nil && p.interactive && p.drawn {
		fmt.Fprintln(p.w)
	}
}
