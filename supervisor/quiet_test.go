package supervisor

import (
	"log/slog"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/messages"
)

// notDebug matches a log line of the human format above debug level.
var notDebug = regexp.MustCompile(`^\S+ \S+ (INFO|WARN|ERROR) `)

// TestIdleDaemonIsQuiet checks the logging convention's promise: routine
// traffic (every long poll of the message queue, every poll of an idle
// runner) is logged at debug, so an idle daemon at the default level
// writes nothing once it serves.
func TestIdleDaemonIsQuiet(t *testing.T) {
	h := newHarness(t, ghsim.Options{PollHold: 50 * time.Millisecond})
	info := slog.LevelInfo
	h.logLevel = &info
	d := h.start(h.config("quiet",
		runnerYAML{name: "linux", extra: "    max_runners: 3\n"},
		runnerYAML{name: "arm", extra: "    max_runners: 2\n    min_idle: 1\n"},
	))
	h.eventually("both scale sets listening and the idle runner up", 30*time.Second, func() bool {
		st := h.status(d)
		idle := 0
		for _, ss := range st.ScaleSets {
			if ss.Listener != messages.ListenerListening {
				return false
			}
			for _, r := range ss.Runners {
				if r.Phase == messages.RunnerIdle {
					idle++
				}
			}
		}
		return len(st.ScaleSets) == 2 && idle == 1
	})
	mark := len(h.logs.String())
	polls := func() uint64 { return h.sim.Metrics().Endpoints[ghsim.EndpointMessageGet].Calls }
	start := polls()
	h.eventually("40 more long polls", 30*time.Second, func() bool { return polls() >= start+40 })

	var loud []string
	for _, line := range strings.Split(h.logs.String()[mark:], "\n") {
		if notDebug.MatchString(line) {
			loud = append(loud, line)
		}
	}
	if len(loud) > 0 {
		t.Errorf("an idle daemon logged %d lines above debug during 40 long polls:\n%s", len(loud), strings.Join(loud, "\n"))
	}
}
