package admin

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/timeline"
	"github.com/outrunner/outrunner/messages"
)

// jobsDaemon is a fake daemon with job timelines.
type jobsDaemon struct {
	*fakeDaemon
	store *timeline.Store
}

func (d *jobsDaemon) Jobs(f timeline.Filter) []timeline.Job { return d.store.List(f) }
func (d *jobsDaemon) Job(id string) (timeline.Job, bool)    { return d.store.Get(id) }

func TestJobsOverASocket(t *testing.T) {
	store := timeline.New(timeline.Options{})
	t0 := time.Now().Add(-time.Minute)
	for _, e := range []messages.Event{
		{Kind: messages.EventCapacityHeld, ScaleSet: "linux", Hold: messages.HoldMaxRunners, Limit: 4, At: t0},
		{Kind: messages.EventDemand, ScaleSet: "linux", At: t0.Add(time.Second)},
		{Kind: messages.EventCapacityHeld, ScaleSet: "linux", At: t0.Add(42 * time.Second)},
		{Kind: messages.EventProvisioning, Runner: "linux-1", At: t0.Add(42 * time.Second)},
		{Kind: messages.EventProvisioned, Runner: "linux-1", At: t0.Add(43 * time.Second)},
		{Kind: messages.EventJobStarted, ScaleSet: "linux", Runner: "linux-1", At: t0.Add(44 * time.Second),
			Job: &messages.JobInfo{ID: "7", QueuedAt: t0, Repository: "octo/app"}},
		{Kind: messages.EventJobStarted, ScaleSet: "mac", Runner: "mac-1", At: t0.Add(44 * time.Second),
			Job: &messages.JobInfo{ID: "8", QueuedAt: t0, Repository: "octo/ios"}},
	} {
		store.Observe(e)
	}
	path := filepath.Join(shortDir(t), "admin.sock")
	s, err := Listen(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Serve(&jobsDaemon{fakeDaemon: newFake(t), store: store}, nil, nil)
	defer s.Close()
	c := NewClient(path)
	ctx := context.Background()

	tests := []struct {
		name string
		f    timeline.Filter
		want []string
	}{
		{"all", timeline.Filter{}, []string{"8", "7"}},
		{"scale set", timeline.Filter{ScaleSet: "linux"}, []string{"7"}},
		{"repo", timeline.Filter{Repo: "ios"}, []string{"8"}},
		{"state", timeline.Filter{State: timeline.StateCompleted}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			jobs, err := c.Jobs(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, j := range jobs {
				ids = append(ids, j.ID)
			}
			if strings.Join(ids, ",") != strings.Join(tt.want, ",") {
				t.Errorf("jobs %v, want %v", ids, tt.want)
			}
		})
	}
	for _, key := range []string{"7", "linux-1"} {
		d, err := c.Job(ctx, key)
		if err != nil || d.Job.ID != "7" || !strings.Contains(d.Explanation, "at max_runners 4") {
			t.Errorf("Job(%s) = %+v, %v", key, d, err)
		}
	}
	if _, err := c.Job(ctx, "nope"); !errors.Is(err, ErrUnknownJob) {
		t.Errorf("unknown job: %v", err)
	}
}

func TestJobsWithoutTimelines(t *testing.T) {
	path := filepath.Join(shortDir(t), "admin.sock")
	s, err := Listen(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Serve(newFake(t), nil, nil)
	defer s.Close()
	if _, err := NewClient(path).Jobs(context.Background(), timeline.Filter{}); err == nil || !strings.Contains(err.Error(), "no job timelines") {
		t.Errorf("Jobs = %v, want no job timelines", err)
	}
}
