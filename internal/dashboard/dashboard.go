// Package dashboard serves the daemon's live dashboard over HTTP: the scale
// sets with their state, capacity and runners, a Gantt chart of recent
// jobs coloured by phase, and a job's explanation on click. The page is
// plain HTML, JavaScript and CSS embedded in the binary; it polls the
// read-only JSON endpoints under /api/. Nothing on it changes the daemon,
// so it asks for no token: keep it on loopback.
package dashboard

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/outrunner/outrunner/internal/logkey"
	"github.com/outrunner/outrunner/internal/timeline"
	"github.com/outrunner/outrunner/messages"
)

//go:embed assets
var assets embed.FS

// Source is what the dashboard shows; *supervisor.Daemon satisfies it.
type Source interface {
	// Status returns the daemon's state.
	Status(ctx context.Context) (*messages.Status, error)
	// Jobs returns the recent jobs f selects, newest first.
	Jobs(f timeline.Filter) []timeline.Job
	// Job returns a job by ID or by the name of the runner that ran it.
	Job(idOrRunner string) (timeline.Job, bool)
}

// JobDetail is the body of GET /api/jobs/{id}.
type JobDetail struct {
	Job         timeline.Job `json:"job"`
	Explanation string       `json:"explanation"`
}

// JobList is the body of GET /api/jobs: the newest jobs first, at most
// limit (query parameter, 300 by default), and how many there are.
type JobList struct {
	Jobs  []timeline.Job `json:"jobs"`
	Total int            `json:"total"`
	// Now is the daemon's clock, so that the page draws running jobs up
	// to it.
	Now time.Time `json:"now"`
}

// defaultLimit is how many jobs GET /api/jobs returns without a limit.
const defaultLimit = 300

// requestTimeout bounds a status request.
const requestTimeout = 5 * time.Second

// Handler returns the dashboard's HTTP handler.
func Handler(src Source) http.Handler {
	static, _ := fs.Sub(assets, "assets")
	mux := http.NewServeMux()
	mux.Handle("GET /", http.FileServerFS(static))
	mux.HandleFunc("GET /api/status", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
		defer cancel()
		st, err := src.Status(ctx)
		if err != nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": err.Error()})
			return
		}
		writeJSON(w, http.StatusOK, st)
	})
	mux.HandleFunc("GET /api/jobs", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		jobs := src.Jobs(timeline.Filter{ScaleSet: q.Get("scale_set"), State: q.Get("state"), Repo: q.Get("repo")})
		limit := defaultLimit
		if n, err := strconv.Atoi(q.Get("limit")); err == nil && n > 0 {
			limit = n
		}
		l := JobList{Jobs: jobs[:min(limit, len(jobs))], Total: len(jobs), Now: time.Now()}
		writeJSON(w, http.StatusOK, l)
	})
	mux.HandleFunc("GET /api/jobs/{id}", func(w http.ResponseWriter, r *http.Request) {
		j, ok := src.Job(r.PathValue("id"))
		if !ok {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "no such job among the recent ones"})
			return
		}
		writeJSON(w, http.StatusOK, JobDetail{Job: j, Explanation: timeline.Explain(j)})
	})
	return secure(mux)
}

// secure adds headers that keep the page to its own assets.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// Server is a running dashboard.
type Server struct {
	srv *http.Server
	ln  net.Listener
}

// Start listens on addr (host:port) and serves the dashboard of src.
func Start(addr string, src Source, logger *slog.Logger) (*Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("dashboard: %w", err)
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{ln: ln, srv: &http.Server{Handler: Handler(src), ReadHeaderTimeout: 10 * time.Second}}
	go func() {
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("the dashboard stopped", logkey.Error, err)
		}
	}()
	logger.Info("serving the dashboard", logkey.Listen, ln.Addr().String())
	return s, nil
}

// URL is the dashboard's address for a browser.
func (s *Server) URL() string { return "http://" + s.ln.Addr().String() + "/" }

// Close stops the server.
func (s *Server) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return s.srv.Shutdown(ctx)
}
