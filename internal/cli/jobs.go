package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/outrunner/outrunner/internal/admin"
	"github.com/outrunner/outrunner/internal/timeline"
)

func newJobsCommand(g *globalFlags) *cobra.Command {
	var socket string
	var jsonOut, watch bool
	var f timeline.Filter
	cmd := &cobra.Command{
		Use:   "jobs",
		Short: "List the running daemon's recent jobs with their timelines",
		Long: `jobs asks the running daemon through its admin socket for its recent jobs
(the last 1000), newest first: scale set, runner, state and result,
repository, how long each waited and ran, and the dominant wait. --json prints
every job's whole timeline (its marks and phases). The socket is found as for
outrunner status.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			sock := resolveSocket(g, socket)
			c, err := sock.client()
			if err != nil {
				fmt.Fprintln(cmd.ErrOrStderr(), "outrunner jobs:", err)
				return &exitError{code: 1}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			out := cmd.OutOrStdout()
			v := statusView{json: jsonOut, watch: watch, interactive: isTerminal(out), size: func() (int, int) { return terminalSize(out) }}
			block := func() ([]byte, error) { return jobsBlock(ctx, c, f, v.json && !v.watch, v.json && v.watch) }
			b, err := block()
			if err != nil {
				fmt.Fprintln(cmd.ErrOrStderr(), "outrunner jobs:", sock.describe(err))
				return &exitError{code: 1}
			}
			if !watch {
				_, err := out.Write(b)
				return err
			}
			screen := &watchScreen{out: out, v: v, interval: statusWatchInterval, title: "outrunner jobs"}
			defer screen.restore()
			t := time.NewTicker(statusWatchInterval)
			defer t.Stop()
			for {
				if err := screen.frame(b); err != nil {
					return err
				}
				select {
				case <-ctx.Done():
					return nil
				case <-t.C:
				}
				if b, err = block(); err != nil {
					if ctx.Err() != nil {
						return nil
					}
					b = fmt.Appendf(nil, "%s: the daemon does not answer: %s\n", time.Now().Format(time.TimeOnly), sock.describe(err))
				}
			}
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&socket, "socket", "", "admin socket of the daemon (default: admin.socket of --config, else the user's default)")
	fl.BoolVar(&jsonOut, "json", false, "print the jobs' timelines as JSON (with --watch: one line per refresh)")
	fl.BoolVar(&watch, "watch", false, "refresh every 2 seconds until interrupted")
	fl.StringVar(&f.ScaleSet, "scale-set", "", "only the jobs of this scale set")
	fl.StringVar(&f.State, "state", "", "only the jobs in this state (running or completed)")
	fl.StringVar(&f.Repo, "repo", "", "only the jobs of this repository (owner/name, or name)")
	return cmd
}

// jobsBlock fetches the jobs and renders them: a table, indented JSON, or
// one line of JSON.
func jobsBlock(ctx context.Context, c *admin.Client, f timeline.Filter, indented, compact bool) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, adminCallTimeout)
	defer cancel()
	jobs, err := c.Jobs(ctx, f)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	switch {
	case indented:
		enc := json.NewEncoder(&b)
		enc.SetIndent("", "  ")
		err = enc.Encode(admin.JobList{Jobs: jobs})
	case compact:
		err = json.NewEncoder(&b).Encode(admin.JobList{Jobs: jobs})
	default:
		renderJobs(&b, jobs)
	}
	return b.Bytes(), err
}

// renderJobs prints the jobs as a table.
func renderJobs(w io.Writer, jobs []timeline.Job) {
	if len(jobs) == 0 {
		fmt.Fprintln(w, "no jobs yet")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "JOB\tSCALE SET\tRUNNER\tSTATE\tREPOSITORY\tQUEUED\tWAITED\tRAN\tWAITED MOST")
	for _, j := range jobs {
		state := j.State
		if j.Result != "" {
			state += " (" + j.Result + ")"
		}
		queued := "-"
		if !j.Marks.Queued.IsZero() {
			queued = j.Marks.Queued.Local().Format(time.TimeOnly)
		}
		ran := j.Phase(timeline.PhaseJob)
		waited := time.Duration(j.TotalSeconds*float64(time.Second)) - ran
		most := "-"
		if name, d, ok := timeline.Dominant(j); ok {
			most = name + " " + timeline.Seconds(d)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", j.ID, j.ScaleSet, orDash(j.Runner), state,
			orDash(j.GitHub.Repository), queued, timeline.Seconds(waited), timeline.Seconds(ran), most)
	}
	_ = tw.Flush()
}

func newExplainCommand(g *globalFlags) *cobra.Command {
	var socket string
	var jsonOut bool
	cmd := &cobra.Command{
		Use:   "explain JOB",
		Short: "Show a job's timeline and what it waited for",
		Long: `explain asks the running daemon for one recent job, by job ID or by the name
of the runner that ran it, and prints its timeline: every phase with its
duration, then one sentence on the dominant wait and what would shorten it.
The socket is found as for outrunner status.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			sock := resolveSocket(g, socket)
			c, err := sock.client()
			if err != nil {
				fmt.Fprintln(cmd.ErrOrStderr(), "outrunner explain:", err)
				return &exitError{code: 1}
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), adminCallTimeout)
			defer cancel()
			d, err := c.Job(ctx, args[0])
			switch {
			case errors.Is(err, admin.ErrUnknownJob):
				fmt.Fprintf(cmd.ErrOrStderr(), "outrunner explain: %v (the daemon keeps the last %d jobs; see outrunner jobs)\n", err, timeline.DefaultKeep)
				return &exitError{code: 1}
			case err != nil:
				fmt.Fprintln(cmd.ErrOrStderr(), "outrunner explain:", sock.describe(err))
				return &exitError{code: 1}
			}
			out := cmd.OutOrStdout()
			if jsonOut {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(d)
			}
			renderExplain(out, d)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&socket, "socket", "", "admin socket of the daemon (default: admin.socket of --config, else the user's default)")
	f.BoolVar(&jsonOut, "json", false, "print the job's timeline and explanation as JSON")
	return cmd
}

// renderExplain prints a job's timeline and explanation.
func renderExplain(w io.Writer, d *admin.JobDetail) {
	j := d.Job
	fmt.Fprintf(w, "job %s on %s, runner %s: %s", j.ID, j.ScaleSet, orDash(j.Runner), j.State)
	if j.Result != "" {
		fmt.Fprintf(w, " (%s)", j.Result)
	}
	fmt.Fprintln(w)
	gh := j.GitHub
	var about []string
	for _, kv := range [][2]string{{"repository", gh.Repository}, {"workflow", gh.WorkflowRef}, {"job", gh.DisplayName}, {"labels", strings.Join(gh.Labels, ",")}} {
		if kv[1] != "" {
			about = append(about, kv[0]+" "+kv[1])
		}
	}
	if gh.WorkflowRunID != 0 {
		about = append(about, fmt.Sprintf("run %d", gh.WorkflowRunID))
	}
	if len(about) > 0 {
		fmt.Fprintln(w, strings.Join(about, "  "))
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "PHASE\tFROM\tDURATION\tSHARE")
	for _, p := range j.Phases {
		if p.Seconds == 0 {
			continue
		}
		share := "-"
		if j.TotalSeconds > 0 {
			share = fmt.Sprintf("%.0f%%", 100*p.Seconds/j.TotalSeconds)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", p.Name, p.Start.Local().Format("15:04:05.000"), timeline.Seconds(p.Duration()), share)
	}
	fmt.Fprintf(tw, "total\t\t%s\t\n", timeline.Seconds(time.Duration(j.TotalSeconds*float64(time.Second))))
	if j.TeardownSeconds > 0 {
		fmt.Fprintf(tw, "(teardown after the job)\t\t%s\t\n", timeline.Seconds(time.Duration(j.TeardownSeconds*float64(time.Second))))
	}
	_ = tw.Flush()
	for _, h := range j.Holds {
		fmt.Fprintf(w, "capacity wait: %s held by %s", timeline.Seconds(time.Duration(h.Seconds*float64(time.Second))), holdName(h))
		fmt.Fprintln(w)
	}
	for i, e := range j.StartFailures {
		fmt.Fprintf(w, "failed start %d: %s\n", i+1, e)
	}
	fmt.Fprintf(w, "\n%s\n", d.Explanation)
}

func holdName(h timeline.Hold) string {
	switch {
	case h.Reason == "":
		return "runners busy with earlier jobs"
	case h.Limit > 0:
		return fmt.Sprintf("%s %d", h.Reason, h.Limit)
	default:
		return string(h.Reason)
	}
}
