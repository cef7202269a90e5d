package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/admin"
	"github.com/outrunner/outrunner/internal/causes"
	"github.com/outrunner/outrunner/messages"
)

// statusWatchInterval is how often status --watch refreshes.
const statusWatchInterval = 2 * time.Second

// adminCallTimeout bounds one call to the admin API from the CLI.
const adminCallTimeout = 30 * time.Second

func newStatusCommand(g *globalFlags) *cobra.Command {
	var socket string
	var jsonOut, watch bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show the running daemon's scale sets, runners and actors",
		Long: `status asks the running daemon through its admin socket for its state: scale
sets (listener, runners by phase, limits, jobs, restarts, errors), runners, the
actor tree with its metrics, the configuration in force, and on a fleet node
the fleet (nodes, their capacity and load, each scale set's leader). The socket is
--socket, else admin.socket of the configuration file (--config), else the
default: ` + config.DefaultAdminSocket + ` as root, $XDG_RUNTIME_DIR/outrunner.sock
for another user.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			sock := resolveSocket(g, socket)
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			out := cmd.OutOrStdout()
			v := statusView{json: jsonOut, watch: watch, interactive: isTerminal(out), size: func() (int, int) { return terminalSize(out) }}
			return runStatus(ctx, out, cmd.ErrOrStderr(), sock, v, statusWatchInterval)
		},
	}
	f := cmd.Flags()
	f.StringVar(&socket, "socket", "", "admin socket of the daemon (default: admin.socket of --config, else the user's default)")
	f.BoolVar(&jsonOut, "json", false, "print the status as JSON (with --watch: one line per refresh)")
	f.BoolVar(&watch, "watch", false, "refresh every 2 seconds until interrupted")
	return cmd
}

// adminSocket is the admin socket a command talks to and where its path
// came from, for messages.
type adminSocket struct {
	path   string
	source string
}

// resolveSocket picks the admin socket: the flag, else admin.socket of the
// configuration file if it loads, else the default.
func resolveSocket(g *globalFlags, flag string) adminSocket {
	if flag != "" {
		return adminSocket{path: flag, source: "--socket"}
	}
	res, err := config.Load(config.LoadOptions{Path: g.configPath, SkipCredentialChecks: true})
	if err == nil {
		return adminSocket{path: res.Config.Admin.Socket, source: "admin.socket in " + g.configPath}
	}
	return adminSocket{path: config.CurrentUserDefaults().AdminSocket, source: "the default; " + g.configPath + " did not load"}
}

// client returns an admin client, or an error when the socket is disabled.
func (s adminSocket) client() (*admin.Client, error) {
	if s.path == "" {
		return nil, fmt.Errorf("the admin API is disabled (admin.socket is empty, from %s)", s.source)
	}
	return admin.NewClient(s.path), nil
}

// describe explains a failure to reach the daemon, naming where we looked.
func (s adminSocket) describe(err error) string {
	return fmt.Sprintf("%v\n(socket from %s)", err, s.source)
}

// statusView says how status prints.
type statusView struct {
	json        bool
	watch       bool
	interactive bool // stdout is a terminal: --watch redraws in place
	// size is the terminal's width and height (0, 0 if unknown), asked at
	// every redraw.
	size func() (width, height int)
}

// runStatus prints the status once, or every interval until ctx ends.
func runStatus(ctx context.Context, out, errOut io.Writer, sock adminSocket, v statusView, interval time.Duration) error {
	c, err := sock.client()
	if err != nil {
		fmt.Fprintln(errOut, "outrunner status:", err)
		return &exitError{code: 1}
	}
	block, st, err := statusBlock(ctx, c, v, time.Now())
	if err != nil {
		fmt.Fprintln(errOut, "outrunner status:", sock.describe(err))
		return &exitError{code: 1}
	}
	if !v.watch {
		if _, err := out.Write(block); err != nil {
			return err
		}
		if !allServing(st) {
			return &exitError{code: exitNotServing}
		}
		return nil
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	screen := &watchScreen{out: out, v: v, interval: interval}
	// Interrupted (the context ends on SIGINT and SIGTERM) or not, the
	// terminal gets its screen and cursor back.
	defer screen.restore()
	for {
		if err := screen.frame(block); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		now := time.Now()
		block, _, err = statusBlock(ctx, c, v, now)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			// The daemon may be restarting: keep watching.
			block = fmt.Appendf(nil, "%s: the daemon does not answer: %s\n", now.Format(time.TimeOnly), sock.describe(err))
		}
	}
}

// exitNotServing is status's exit code when a scale set does not serve
// jobs (its state is not active).
const exitNotServing = 3

// allServing reports whether every scale set serves jobs.
func allServing(st *messages.Status) bool {
	for _, s := range st.ScaleSets {
		if !messages.Serving(s.State) {
			return false
		}
	}
	return true
}

// statusBlock fetches the status and renders it: tables, indented JSON, or
// one line of JSON when watching. It returns the status too.
func statusBlock(ctx context.Context, c *admin.Client, v statusView, now time.Time) ([]byte, *messages.Status, error) {
	ctx, cancel := context.WithTimeout(ctx, adminCallTimeout)
	defer cancel()
	if v.json {
		raw, err := c.StatusJSON(ctx)
		if err != nil {
			return nil, nil, err
		}
		var st messages.Status
		if err := json.Unmarshal(raw, &st); err != nil {
			return nil, nil, fmt.Errorf("the daemon sent invalid JSON: %w", err)
		}
		var b bytes.Buffer
		if v.watch {
			err = json.Compact(&b, raw)
		} else {
			err = json.Indent(&b, raw, "", "  ")
		}
		if err != nil {
			return nil, nil, fmt.Errorf("the daemon sent invalid JSON: %w", err)
		}
		b.WriteByte('\n')
		return b.Bytes(), &st, nil
	}
	st, err := c.Status(ctx)
	if err != nil {
		return nil, nil, err
	}
	var b bytes.Buffer
	renderStatus(&b, st, now)
	return b.Bytes(), st, nil
}

// errorWidth is where long errors are cut in tables.
const errorWidth = 60

// renderStatus writes the status for people: a summary, the configuration
// state, and tables of scale sets, runners and actors. Times are shown
// relative to now and in now's time zone.
func renderStatus(out io.Writer, st *messages.Status, now time.Time) {
	var w bytes.Buffer
	writeStatus(&w, st, now)
	for line := range strings.Lines(w.String()) {
		_, _ = io.WriteString(out, strings.TrimRight(line, " \n")+"\n")
	}
}

// writeStatus renders the status; table rows may end in padding.
func writeStatus(w io.Writer, st *messages.Status, now time.Time) {
	state := "running"
	if st.Draining {
		state = "DRAINING"
	}
	fmt.Fprintf(w, "outrunner %s  pid %d  daemon_id %s  %s, up %s\n", orDash(st.Version), st.PID, st.DaemonID, state, age(now, st.StartedAt))
	renderConfigState(w, st.Config, now)
	writeFleet(w, st.Fleet)

	fmt.Fprintln(w)
	if len(st.ScaleSets) == 0 {
		fmt.Fprintln(w, "No scale sets.")
	} else {
		tw := newTable(w)
		fmt.Fprintln(tw, "SCALE SET\tSTATE\tLISTENER\tPROV\tIDLE\tBUSY\tSTOP\tWARM\tMAX\tCAP\tJOBS A/R\tRESTARTS R/L\tLAST ERROR")
		for _, s := range st.ScaleSets {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d/%d\t%d\t%d\t%d/%d\t%d/%d\t%s\n",
				s.Name, scaleSetState(s), orDash(string(s.Listener)),
				s.RunnerCount(messages.RunnerProvisioning), s.RunnerCount(messages.RunnerIdle),
				s.RunnerCount(messages.RunnerRunning), s.RunnerCount(messages.RunnerStopping),
				s.RunnerCount(messages.RunnerWarm), s.WarmTarget,
				s.MaxRunners, s.Capacity, s.Statistics.AssignedJobs, s.Statistics.RunningJobs,
				s.RunnerRestarts, s.ListenerRestarts, cut(scaleSetError(s)))
		}
		_ = tw.Flush()
	}

	fmt.Fprintln(w)
	rows := 0
	tw := newTable(w)
	fmt.Fprintln(tw, "RUNNER\tSCALE SET\tPHASE\tAGE\tATTEMPTS\tRUNNER ID\tLAST ERROR")
	for _, s := range st.ScaleSets {
		for _, r := range s.Runners {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\t%s\n", r.Name, s.Name, runnerPhase(r), age(now, r.PhaseSince),
				r.Attempts, runnerIDText(r.RunnerID), cut(runnerError(r)))
			rows++
		}
		for _, r := range s.Failed {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\t%s\n", r.Name, s.Name, runnerPhase(r), age(now, r.PhaseSince),
				r.Attempts, runnerIDText(r.RunnerID), cut(runnerError(r)))
			rows++
		}
	}
	if rows == 0 {
		fmt.Fprintln(w, "No runners.")
	} else {
		_ = tw.Flush()
	}

	if len(st.Actors) > 0 {
		fmt.Fprintln(w)
		tw := newTable(w)
		fmt.Fprintln(tw, "ACTOR\tKIND\tMESSAGES\tMAILBOX\tP50\tP99\tRESTARTS\tFAILURES\tLAST FAILURE")
		for _, a := range sortedActors(st.Actors) {
			segments := strings.Split(a.Path, "/")
			name := strings.Repeat("  ", len(segments)-1) + segments[len(segments)-1]
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\t%d\t%d\t%s\n", name, a.Kind, a.Messages, a.MailboxDepth,
				latency(a.ReceiveP50), latency(a.ReceiveP99), a.Restarts, a.Failures, cut(failureText(a.LastFailure)))
		}
		_ = tw.Flush()
	}
}

// renderConfigState writes the configuration line, the last reload and the
// changes waiting for a restart.
func renderConfigState(w io.Writer, c messages.ConfigState, now time.Time) {
	fmt.Fprintf(w, "config %s  generation %d  loaded %s", orDash(c.Path), c.Generation, stamp(now, c.LoadedAt))
	switch {
	case c.LastReload.IsZero():
		fmt.Fprintln(w, "  never reloaded")
	case c.LastReloadError == "":
		fmt.Fprintf(w, "  last reload %s: applied\n", stamp(now, c.LastReload))
	default:
		fmt.Fprintf(w, "  last reload %s: REFUSED, running on the last good configuration:\n", stamp(now, c.LastReload))
		for line := range strings.SplitSeq(strings.TrimSpace(c.LastReloadError), "\n") {
			fmt.Fprintf(w, "  %s\n", line)
		}
	}
	if len(c.Pending) > 0 {
		fmt.Fprintf(w, "waiting for a restart: %s\n", strings.Join(c.Pending, ", "))
	}
}

func newTable(w io.Writer) *tabwriter.Writer { return tabwriter.NewWriter(w, 0, 4, 2, ' ', 0) }

// scaleSetState is the scale set's state, with an unhealthy backend noted
// when the state names another reason.
func scaleSetState(s messages.ScaleSetSnapshot) string {
	if !s.BackendHealthy && s.BackendError != "" && s.State != messages.StateBackendDown {
		return s.State + ", backend down"
	}
	return orDash(s.State)
}

// scaleSetError is the scale set's most relevant error, its cause first.
func scaleSetError(s messages.ScaleSetSnapshot) string {
	switch {
	case s.Error != "":
		return s.Error
	case s.BackendError != "":
		return "backend: " + causes.Text(s.BackendError).String()
	case s.ListenerError != "":
		return "listener: " + causes.Text(s.ListenerError).String()
	}
	return ""
}

// failureText is an actor's last failure, its cause first.
func failureText(s string) string {
	if s == "" {
		return ""
	}
	return causes.Text(s).String()
}

// runnerError is a runner's last error, its cause first.
func runnerError(r messages.RunnerSnapshot) string {
	if r.LastError == "" {
		return ""
	}
	return causes.Text(r.LastError).String()
}

// runnerPhase is the runner's phase with what else is going on.
func runnerPhase(r messages.RunnerSnapshot) string {
	switch {
	case r.GaveUp:
		return "gave up"
	case r.Leaked:
		return "leaked"
	}
	p := r.Phase.String()
	if r.Phase == messages.RunnerRunning {
		p = "busy"
	}
	if r.BackingOff {
		p += " (backoff)"
	}
	if r.Adopted {
		p += " (adopted)"
	}
	return p
}

func runnerIDText(id int) string {
	if id == 0 {
		return "-"
	}
	return strconv.Itoa(id)
}

// sortedActors orders actors as a tree: parents before children, siblings
// by name.
func sortedActors(in []messages.ActorStats) []messages.ActorStats {
	out := slices.Clone(in)
	slices.SortStableFunc(out, func(a, b messages.ActorStats) int {
		return slices.Compare(strings.Split(a.Path, "/"), strings.Split(b.Path, "/"))
	})
	return out
}

// age formats the time since t compactly (45s, 3m12s, 2h5m, 3d4h).
func age(now, t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	d := max(now.Sub(t), 0).Round(time.Second)
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
	case d < 24*time.Hour:
		return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
	}
	return fmt.Sprintf("%dd%dh", int(d.Hours())/24, int(d.Hours())%24)
}

// stamp formats a point in time with how long ago it was.
func stamp(now, t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.In(now.Location()).Format(time.DateTime) + " (" + age(now, t) + " ago)"
}

// latency formats a message handling time with two or three significant
// digits.
func latency(d time.Duration) string {
	switch {
	case d <= 0:
		return "-"
	case d < time.Microsecond:
		return fmt.Sprintf("%dns", d.Nanoseconds())
	case d < time.Millisecond:
		return fmt.Sprintf("%.1fµs", float64(d)/float64(time.Microsecond))
	case d < time.Second:
		return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond))
	}
	return fmt.Sprintf("%.2fs", d.Seconds())
}

// cut puts an error on one line of at most errorWidth characters.
func cut(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > errorWidth {
		return string(r[:errorWidth-1]) + "…"
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
