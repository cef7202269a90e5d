package admin

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"

	"github.com/outrunner/outrunner/internal/timeline"
)

// JobSource is what a daemon that keeps job timelines adds to Daemon; the
// API answers 404 on /v1/jobs for a daemon without it.
type JobSource interface {
	// Jobs returns the recent jobs f selects, newest first.
	Jobs(f timeline.Filter) []timeline.Job
	// Job returns a job by ID or by the name of the runner that ran it.
	Job(idOrRunner string) (timeline.Job, bool)
}

// ErrUnknownJob is wrapped by Client.Job for a job the daemon does not
// know (never seen, or forgotten).
var ErrUnknownJob = errors.New("no such job is known to the daemon")

// JobList is the body of GET /v1/jobs.
type JobList struct {
	Jobs []timeline.Job `json:"jobs"`
}

// JobDetail is the body of GET /v1/jobs/{id}: the timeline and the
// explanation of its dominant wait.
type JobDetail struct {
	Job         timeline.Job `json:"job"`
	Explanation string       `json:"explanation"`
}

func (h *handler) jobSource(w http.ResponseWriter) (JobSource, bool) {
	js, ok := h.d.(JobSource)
	if !ok {
		writeError(w, http.StatusNotFound, "this daemon keeps no job timelines")
	}
	return js, ok
}

func (h *handler) jobs(w http.ResponseWriter, r *http.Request) {
	js, ok := h.jobSource(w)
	if !ok {
		return
	}
	q := r.URL.Query()
	f := timeline.Filter{ScaleSet: q.Get("scale_set"), State: q.Get("state"), Repo: q.Get("repo")}
	writeJSON(w, http.StatusOK, JobList{Jobs: js.Jobs(f)})
}

func (h *handler) job(w http.ResponseWriter, r *http.Request) {
	js, ok := h.jobSource(w)
	if !ok {
		return
	}
	j, found := js.Job(r.PathValue("id"))
	if !found {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no job or runner %q among the recent jobs", r.PathValue("id")))
		return
	}
	writeJSON(w, http.StatusOK, JobDetail{Job: j, Explanation: timeline.Explain(j)})
}

// Jobs returns the recent jobs f selects, newest first.
func (c *Client) Jobs(ctx context.Context, f timeline.Filter) ([]timeline.Job, error) {
	q := url.Values{}
	for k, v := range map[string]string{"scale_set": f.ScaleSet, "state": f.State, "repo": f.Repo} {
		if v != "" {
			q.Set(k, v)
		}
	}
	path := "/v1/jobs"
	if len(q) > 0 {
		path += "?" + q.Encode()
	}
	var l JobList
	if err := c.call(ctx, http.MethodGet, path, http.StatusOK, &l); err != nil {
		return nil, err
	}
	return l.Jobs, nil
}

// Job returns a job by ID or runner name with its explanation. An unknown
// one returns an error wrapping ErrUnknownJob.
func (c *Client) Job(ctx context.Context, idOrRunner string) (*JobDetail, error) {
	var d JobDetail
	err := c.call(ctx, http.MethodGet, "/v1/jobs/"+url.PathEscape(idOrRunner), http.StatusOK, &d)
	if se, ok := errors.AsType[*StatusError](err); ok && se.Code == http.StatusNotFound {
		return nil, fmt.Errorf("%w: %s", ErrUnknownJob, idOrRunner)
	}
	if err != nil {
		return nil, err
	}
	return &d, nil
}
