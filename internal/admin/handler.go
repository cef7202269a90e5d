package admin

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/pprof"
	"strings"
	"time"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/logkey"
)

// requestTimeout bounds the daemon's work for one request.
const requestTimeout = 30 * time.Second

// NewHandler returns the admin API's HTTP handler. metrics serves GET
// /metrics; nil answers 404 there. logger may be nil.
func NewHandler(d Daemon, metrics http.Handler, logger *slog.Logger) http.Handler {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	h := &handler{d: d, metrics: metrics, log: logger}
	mux := http.NewServeMux()
	mux.Handle("/v1/status", only(http.MethodGet, h.status))
	mux.Handle("/v1/config", only(http.MethodGet, h.config))
	mux.Handle("/v1/reload", only(http.MethodPost, h.reload))
	mux.Handle("/v1/scalesets/{name}/drain", only(http.MethodPost, h.drain))
	mux.Handle("/v1/jobs", only(http.MethodGet, h.jobs))
	mux.Handle("/v1/jobs/{id}", only(http.MethodGet, h.job))
	mux.Handle("/metrics", only(http.MethodGet, h.serveMetrics))
	// Go's profiles (CPU, heap, allocations, goroutines, execution trace),
	// for debugging: the socket is only open to the daemon's user.
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no such endpoint: %s %s", r.Method, r.URL.Path))
	})
	return mux
}

type handler struct {
	d       Daemon
	metrics http.Handler
	log     *slog.Logger
}

// only answers 405 with a JSON error to methods other than method.
func only(method string, fn http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != method {
			w.Header().Set("Allow", method)
			writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("%s %s: method not allowed (use %s)", r.Method, r.URL.Path, method))
			return
		}
		fn(w, r)
	})
}

func (h *handler) status(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
	defer cancel()
	st, err := h.d.Status(ctx)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

func (h *handler) config(w http.ResponseWriter, r *http.Request) {
	cfg, fps := h.d.RunningConfig()
	if cfg == nil {
		h.internal(w, r, errors.New("no configuration in force"))
		return
	}
	b, err := config.ComparableYAML(cfg)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	if fps == nil {
		fps = map[string]string{}
	}
	writeJSON(w, http.StatusOK, RunningConfig{YAML: string(b), Fingerprints: fps})
}

func (h *handler) reload(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
	defer cancel()
	h.log.Info("reload requested through the admin API")
	plan, err := h.d.Reload(ctx)
	var verr *config.ValidationError
	switch {
	case errors.As(err, &verr):
		body := ErrorBody{Error: "the configuration is invalid; the daemon keeps the last good one"}
		for _, p := range verr.Problems {
			body.Problems = append(body.Problems, p.String())
		}
		writeJSON(w, http.StatusUnprocessableEntity, body)
	case err != nil:
		h.internal(w, r, err)
	default:
		writeJSON(w, http.StatusOK, newReloadResult(plan))
	}
}

func (h *handler) drain(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
	defer cancel()
	h.log.Info("drain requested through the admin API", logkey.ScaleSet, name)
	err := h.d.DrainScaleSet(ctx, name)
	switch {
	case errors.Is(err, ErrUnknownScaleSet):
		writeError(w, http.StatusNotFound, err.Error())
	case err != nil:
		h.internal(w, r, err)
	default:
		writeJSON(w, http.StatusAccepted, map[string]string{"scale_set": name, "state": "draining"})
	}
}

func (h *handler) serveMetrics(w http.ResponseWriter, r *http.Request) {
	if h.metrics == nil {
		writeError(w, http.StatusNotFound, "this daemon serves no metrics")
		return
	}
	h.metrics.ServeHTTP(w, r)
}

// internal answers 500 and logs the error.
func (h *handler) internal(w http.ResponseWriter, r *http.Request, err error) {
	h.log.Warn("admin API request failed", logkey.Method, r.Method, logkey.Path, r.URL.Path, logkey.Error, err)
	writeError(w, http.StatusInternalServerError, err.Error())
}

func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, ErrorBody{Error: strings.TrimSpace(msg)})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}
