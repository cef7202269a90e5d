package dashboard

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/timeline"
	"github.com/outrunner/outrunner/messages"
)

// fakeSource shows one scale set and two jobs.
type fakeSource struct{ store *timeline.Store }

func (f fakeSource) Status(context.Context) (*messages.Status, error) {
	return &messages.Status{DaemonID: "d1", ScaleSets: []messages.ScaleSetSnapshot{{Name: "linux", State: "active"}}}, nil
}
func (f fakeSource) Jobs(fl timeline.Filter) []timeline.Job { return f.store.List(fl) }
func (f fakeSource) Job(id string) (timeline.Job, bool)     { return f.store.Get(id) }

func TestHandler(t *testing.T) {
	store := timeline.New(timeline.Options{})
	for _, id := range []string{"11", "12"} {
		store.Observe(messages.Event{Kind: messages.EventJobStarted, ScaleSet: "linux", Runner: "r" + id,
			Job: &messages.JobInfo{ID: id, QueuedAt: time.Now().Add(-time.Second)}})
	}
	s, err := Start("127.0.0.1:0", fakeSource{store}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tests := []struct {
		path, want, contentType string
		code                    int
	}{
		{"", `<script src="app.js"`, "text/html", 200},
		{"app.js", "api/jobs", "javascript", 200},
		{"style.css", "--capacity_wait", "text/css", 200},
		{"api/status", `"daemon_id":"d1"`, "application/json", 200},
		{"api/jobs?limit=1", `"total":2`, "application/json", 200},
		{"api/jobs?scale_set=mac", `"jobs":[]`, "application/json", 200},
		{"api/jobs/11", `"explanation":`, "application/json", 200},
		{"api/jobs/r12", `"id":"12"`, "application/json", 200},
		{"api/jobs/99", "no such job", "application/json", 404},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, err := http.Get(s.URL() + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.code || !strings.Contains(string(b), tt.want) || !strings.Contains(resp.Header.Get("Content-Type"), tt.contentType) {
				t.Errorf("GET %s: %d %s\n%s", tt.path, resp.StatusCode, resp.Header.Get("Content-Type"), b)
			}
			if !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'self'") {
				t.Errorf("GET %s: no content security policy", tt.path)
			}
		})
	}
	resp, err := http.Get(s.URL() + "api/jobs?limit=1")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var l JobList
	if err := json.NewDecoder(resp.Body).Decode(&l); err != nil || len(l.Jobs) != 1 || l.Jobs[0].ID != "12" {
		t.Errorf("jobs = %+v, %v", l, err)
	}
	post, err := http.Post(s.URL()+"api/jobs", "application/json", nil)
	if err != nil {
		t.Fatal(err)
	}
	post.Body.Close()
	if post.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST answered %d, want 405: the dashboard is read-only", post.StatusCode)
	}
}
