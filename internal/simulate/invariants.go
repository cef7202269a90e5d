package simulate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/ghsim"
)

// finish checks the invariants of a chaos run on the simulator's final
// state: every job completed exactly once and started at most once (a job
// whose runner died with a killed daemon fails, as on GitHub, and that is
// its one completion), never more runners at work than max_runners, and
// nothing left behind.
func (c *chaos) finish(st ghsim.State, runners map[string]config.RunnerConfig, rep *Report) {
	if len(st.Jobs) != c.o.Jobs {
		c.violation("%d jobs were enqueued, %d expected", len(st.Jobs), c.o.Jobs)
	}
	for _, j := range st.Jobs {
		switch {
		case j.State != ghsim.JobCompleted:
			c.violation("job %d never completed (state %s)", j.ID, j.State)
		case j.Completions != 1:
			c.violation("job %d completed %d times", j.ID, j.Completions)
		}
		if j.Starts > 1 {
			c.violation("job %d started %d times", j.ID, j.Starts)
		}
		if j.RunnerLost {
			c.rep.LostJobs++
		} else if j.Result == ghsim.ResultFailed {
			c.violation("job %d failed and its runner was not lost", j.ID)
		}
	}
	c.rep.PeakBusyRunners, c.rep.PeakOnlineRunners = map[string]int{}, map[string]int{}
	for _, ss := range st.ScaleSets {
		rc, ok := runners[ss.Name]
		if !ok {
			continue
		}
		c.rep.PeakBusyRunners[ss.Name] = ss.PeakBusyRunners
		c.rep.PeakOnlineRunners[ss.Name] = ss.PeakOnlineRunners
		if ss.PeakBusyRunners > rc.MaxRunners {
			c.violation("scale set %s had %d runners at work at once; max_runners is %d", ss.Name, ss.PeakBusyRunners, rc.MaxRunners)
		}
	}
	if rep.Leaks != (LeakReport{}) {
		var names []string
		for _, r := range st.Registrations {
			names = append(names, fmt.Sprintf("%s (%s)", r.Name, r.Status))
		}
		c.violation("left behind: %d registrations %v, %d sessions, %d environments", rep.Leaks.Registrations, names, rep.Leaks.Sessions, rep.Leaks.Environments)
	}
}

// checkStateDir checks the daemon's state directory as a crash left it
// (final: as a clean shutdown left it): owner-only files, a journal whose
// lines all parse but a torn last one (none after a clean shutdown, and no
// live entry), a session record that parses (none after a clean
// shutdown). It returns what does not hold.
func checkStateDir(dir string, final bool) []string {
	var bad []string
	entries, err := os.ReadDir(dir)
	if err != nil {
		return []string{fmt.Sprintf("state directory unreadable: %v", err)}
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		if info.Mode().Perm()&0o077 != 0 {
			bad = append(bad, fmt.Sprintf("%s has mode %v, not owner-only", e.Name(), info.Mode().Perm()))
		}
		if final && strings.HasSuffix(e.Name(), ".tmp") {
			bad = append(bad, fmt.Sprintf("temporary file %s left after a clean shutdown", e.Name()))
		}
	}
	bad = append(bad, checkJournal(filepath.Join(dir, "registrations.jsonl"), final)...)
	sessions := filepath.Join(dir, "sessions.json")
	b, err := os.ReadFile(sessions)
	switch {
	case os.IsNotExist(err):
	case err != nil:
		bad = append(bad, fmt.Sprintf("sessions.json unreadable: %v", err))
	case final:
		bad = append(bad, "sessions.json outlived a clean shutdown")
	default:
		var list []map[string]any
		if json.Unmarshal(b, &list) != nil {
			bad = append(bad, fmt.Sprintf("sessions.json is torn (%d bytes)", len(b)))
		}
	}
	return bad
}

// checkJournal checks the journal's lines.
func checkJournal(path string, final bool) []string {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return []string{fmt.Sprintf("journal unreadable: %v", err)}
	}
	var bad []string
	lines := bytes.Split(b, []byte("\n"))
	for i, line := range lines {
		if len(line) == 0 {
			continue
		}
		var r struct {
			Op   string `json:"op"`
			Name string `json:"name"`
		}
		last := i == len(lines)-1 // no newline after it: written in part
		if json.Unmarshal(line, &r) != nil || r.Name == "" {
			if !last || final {
				bad = append(bad, fmt.Sprintf("journal line %d is damaged", i+1))
			}
			continue
		}
	}
	// Live entries may outlive a clean shutdown: a registration GitHub
	// still held (its runner died mid-job) is removed at the next start.
	// Whether one leaked is the simulator's to say.
	return bad
}
