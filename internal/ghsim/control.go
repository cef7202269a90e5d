package ghsim

import (
	"errors"
	"net/http"
	"strconv"
)

// controlPrefix is the path prefix of the control API.
const controlPrefix = "/_sim"

// JobRequest is the body of POST /_sim/jobs: a JobSpec and a count (default 1).
type JobRequest struct {
	JobSpec
	Count int `json:"count,omitempty"`
}

// controlError is the error body of the control API.
type controlError struct {
	Error string `json:"error"`
}

// stateSummary is the body of GET /_sim/state.
type stateSummary struct {
	Jobs          JobCounts      `json:"jobs"`
	Registrations int            `json:"registrations"`
	Sessions      int            `json:"sessions"`
	ScaleSets     []scaleSetName `json:"scale_sets"`
	Detail        *State         `json:"detail,omitempty"`
}

type scaleSetName struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

func writeControlError(w http.ResponseWriter, status int, err error) {
	writeJSON(w, status, controlError{Error: err.Error()})
}

func (s *Server) controlRoutes(mux *http.ServeMux) {
	p := controlPrefix
	mux.HandleFunc("POST "+p+"/jobs", s.handleControlEnqueue)
	mux.HandleFunc("GET "+p+"/jobs", s.handleControlJobs)
	mux.HandleFunc("GET "+p+"/jobs/{id}", s.handleControlJob)
	mux.HandleFunc("POST "+p+"/jobs/{id}/cancel", s.handleControlCancel)
	mux.HandleFunc("GET "+p+"/state", s.handleControlState)
	mux.HandleFunc("GET "+p+"/faults", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, http.StatusOK, s.Faults()) })
	mux.HandleFunc("POST "+p+"/faults", s.handleControlFaults)
	mux.HandleFunc("DELETE "+p+"/scalesets/{id}", s.handleControlDeleteScaleSet)
	mux.HandleFunc("GET "+p+"/metrics", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, http.StatusOK, s.Metrics()) })
}

func (s *Server) handleControlEnqueue(w http.ResponseWriter, r *http.Request) {
	var req JobRequest
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := decodeBody(r, &req); err != nil {
		writeControlError(w, http.StatusBadRequest, err)
		return
	}
	if req.Count == 0 {
		req.Count = 1
	}
	ids, err := s.EnqueueJobs(req.JobSpec, req.Count)
	if err != nil {
		writeControlError(w, http.StatusBadRequest, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string][]int64{"ids": ids})
}

func (s *Server) handleControlJobs(w http.ResponseWriter, r *http.Request) {
	st := s.State()
	jobs := st.Jobs
	if want := r.URL.Query().Get("state"); want != "" {
		jobs = st.JobsIn(want)
	}
	if jobs == nil {
		jobs = []JobInfo{}
	}
	writeJSON(w, http.StatusOK, jobs)
}

func (s *Server) handleControlJob(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		writeControlError(w, http.StatusBadRequest, errors.New("invalid job id"))
		return
	}
	j, err := s.Job(id)
	if err != nil {
		writeControlError(w, http.StatusNotFound, err)
		return
	}
	writeJSON(w, http.StatusOK, j)
}

func (s *Server) handleControlCancel(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		writeControlError(w, http.StatusBadRequest, errors.New("invalid job id"))
		return
	}
	switch err := s.CancelJob(id); {
	case errors.Is(err, ErrUnknownJob):
		writeControlError(w, http.StatusNotFound, err)
	case err != nil:
		writeControlError(w, http.StatusConflict, err)
	default:
		j, _ := s.Job(id)
		writeJSON(w, http.StatusOK, j)
	}
}

func (s *Server) handleControlState(w http.ResponseWriter, r *http.Request) {
	st := s.State()
	out := stateSummary{Jobs: st.JobCounts(), Registrations: len(st.Registrations), Sessions: len(st.Sessions),
		ScaleSets: []scaleSetName{}}
	for _, ss := range st.ScaleSets {
		out.ScaleSets = append(out.ScaleSets, scaleSetName{ID: ss.ID, Name: ss.Name})
	}
	if v := r.URL.Query().Get("detail"); v != "" && v != "0" && v != "false" {
		out.Detail = &st
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleControlFaults(w http.ResponseWriter, r *http.Request) {
	var f Faults
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := decodeBody(r, &f); err != nil {
		writeControlError(w, http.StatusBadRequest, err)
		return
	}
	if err := s.SetFaults(f); err != nil {
		writeControlError(w, http.StatusBadRequest, err)
		return
	}
	writeJSON(w, http.StatusOK, s.Faults())
}

func (s *Server) handleControlDeleteScaleSet(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err == nil {
		err = s.DeleteScaleSet(id)
	}
	if err != nil {
		writeControlError(w, http.StatusNotFound, ErrUnknownScaleSet)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// SetFaults replaces the faults in force. Counted faults (session conflicts,
// queue-token expiries) start over; the random source keeps its sequence.
func (s *Server) SetFaults(f Faults) error {
	if err := f.validate(); err != nil {
		return err
	}
	s.faults.set(f)
	s.log.Info("faults changed")
	return nil
}

// Faults returns the faults in force, with counted faults as far as used.
func (s *Server) Faults() Faults { return s.faults.get() }
