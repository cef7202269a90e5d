package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/dashboard"
	"github.com/outrunner/outrunner/internal/testutil/testlog"
	"github.com/outrunner/outrunner/internal/timeline"
	"github.com/outrunner/outrunner/messages"
)

// chromium finds a headless-capable Chromium: skipped without one, unless
// OUTRUNNER_REQUIRE_INTEGRATION=1 (make test-integration, whose
// scripts/testenv.sh installs Debian's chromium).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("OUTRUNNER_REQUIRE_INTEGRATION") == "1" {
		t.Fatal("chromium is not installed (scripts/testenv.sh up installs it)")
	}
	t.Skip("dashboard test skipped: chromium is not installed")
	return ""
}

// getJSON decodes a dashboard endpoint.
func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("%s: %v", url, err)
	}
}

// TestIntegrationDashboardInChromium serves the dashboard from outrunner
// simulate --dashboard and renders it in headless Chromium: the DOM that
// the page's script builds names every scale set and every running job,
// a job's explanation opens from its link, and a screenshot is saved
// (docs/dashboard.png under make test-integration).
func TestIntegrationDashboardInChromium(t *testing.T) {
	browser := chromium(t)
	bin := outrunnerBinary(t)
	cmd := exec.Command(bin, "simulate", "--jobs", "24", "--rate", "3", "--job-duration", "6s", "--scale-sets", "2",
		"--max-runners", "3", "--dashboard", "127.0.0.1:0", "--json", "--timeout", "2m")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	}()
	var logs testlog.Buffer
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			logs.Write([]byte(line + "\n"))
			if u, ok := strings.CutPrefix(line, "dashboard: "); ok {
				urls <- u
			}
		}
	}()
	var url string
	select {
	case url = <-urls:
	case <-time.After(30 * time.Second):
		t.Fatalf("simulate printed no dashboard URL:\n%s", logs.String())
	}

	// Wait for a busy moment: jobs done, jobs running, jobs waiting.
	var jobs dashboard.JobList
	var st messages.Status
	deadline := time.Now().Add(60 * time.Second)
	for {
		getJSON(t, url+"api/jobs", &jobs)
		getJSON(t, url+"api/status", &st)
		running, completed := 0, 0
		for _, j := range jobs.Jobs {
			switch j.State {
			case timeline.StateRunning:
				running++
			case timeline.StateCompleted:
				completed++
			}
		}
		if running >= 4 && completed >= 8 && len(st.ScaleSets) == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no busy moment: %d jobs\n%s", len(jobs.Jobs), logs.String())
		}
		<-time.After(200 * time.Millisecond) // polling the daemon's state
	}

	render := func(args ...string) []byte {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
			"--user-data-dir=" + t.TempDir(), "--virtual-time-budget=5000", "--window-size=1400,1000"}
		out, err := exec.CommandContext(ctx, browser, append(base, args...)...).Output()
		if err != nil {
			t.Fatalf("chromium %v: %v", args, err)
		}
		return out
	}
	dom := string(render("--dump-dom", url))
	for _, s := range st.ScaleSets {
		if !strings.Contains(dom, `scaleset-name">`+s.Name+"<") {
			t.Errorf("the rendered page lacks scale set %s", s.Name)
		}
	}
	for _, j := range jobs.Jobs {
		if j.State == timeline.StateRunning && !strings.Contains(dom, `data-job="`+j.ID+`"`) {
			t.Errorf("the rendered page lacks running job %s", j.ID)
		}
	}
	if !strings.Contains(dom, `class="seg"`) {
		t.Error("the Gantt chart has no phase segments")
	}

	// The explanation of the job that waited longest for capacity, opened
	// from its link.
	waited := jobs.Jobs[len(jobs.Jobs)-1]
	for _, j := range jobs.Jobs {
		if j.Phase(timeline.PhaseCapacityWait) > waited.Phase(timeline.PhaseCapacityWait) {
			waited = j
		}
	}
	linked := url + "#job=" + waited.ID
	explained := string(render("--dump-dom", linked))
	if !strings.Contains(explained, `id="explanation"`) || !strings.Contains(explained, "job "+waited.ID) {
		t.Errorf("the explanation of job %s did not open", waited.ID)
	}
	if waited.Phase(timeline.PhaseCapacityWait) > time.Second && !strings.Contains(explained, "at max_runners 3") {
		t.Errorf("the explanation of job %s does not name max_runners", waited.ID)
	}
	shot := filepath.Join(t.TempDir(), "dashboard.png")
	if os.Getenv("OUTRUNNER_REQUIRE_INTEGRATION") == "1" {
		shot, _ = filepath.Abs("../../docs/dashboard.png")
	}
	render("--screenshot="+shot, linked)
	if info, err := os.Stat(shot); err != nil || info.Size() < 10_000 {
		t.Errorf("screenshot %s: %v", shot, err)
	}
	t.Logf("screenshot: %s", shot)
}
