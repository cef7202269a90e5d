package ghsim

import (
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/actions/scaleset"
	"github.com/outrunner/outrunner/internal/ghsim/runnerproto"
	"github.com/outrunner/outrunner/internal/logkey"
)

// handleJITConfig registers a runner in a scale set and answers its JIT
// config. A name already registered in the scale set gets 409
// AgentExistsException; past the JIT rate limit the answer is GitHub's
// secondary rate limit (429 with Retry-After).
func (s *Server) handleJITConfig(w http.ResponseWriter, r *http.Request) {
	id, _ := pathInt(r, "id")
	if ok, wait := s.faults.jitAllowed(s.adminCredential(r)); !ok {
		writeSecondaryRateLimit(w, wait)
		return
	}
	var req scaleset.RunnerScaleSetJitRunnerSetting
	if err := decodeBody(r, &req); err != nil {
		writeActionsError(w, http.StatusBadRequest, excArgument, "invalid JIT runner setting: "+err.Error())
		return
	}
	name := strings.TrimSpace(req.Name)
	if name == "" {
		writeActionsError(w, http.StatusBadRequest, excArgument, "runner name is required")
		return
	}
	s.mu.Lock()
	ss := s.scaleSets[id]
	if ss == nil {
		s.mu.Unlock()
		writeActionsError(w, http.StatusNotFound, excScaleSetNotFound, fmt.Sprintf("runner scale set %d not found", id))
		return
	}
	if ss.byName[strings.ToLower(name)] != nil {
		s.mu.Unlock()
		writeActionsError(w, http.StatusConflict, excAgentExists, fmt.Sprintf("A runner with name %q already exists.", name))
		return
	}
	s.nextRunnerID++
	rn := &runner{id: s.nextRunnerID, name: name, ss: ss, secret: randomToken(16), createdAt: time.Now()}
	rn.lease.onExpire = func() { s.runnerLostLocked(rn) }
	s.runners[rn.id] = rn
	ss.byName[strings.ToLower(name)] = rn
	ss.stats.TotalRegisteredRunners++
	s.statsChangedLocked(ss)
	s.notifyLocked()
	s.mu.Unlock()

	enc, err := runnerproto.JITConfig{
		Version: runnerproto.Version, URL: s.base, RunnerID: rn.id, RunnerName: name, ScaleSetID: id, Secret: rn.secret,
	}.Encode()
	if err != nil {
		writeActionsError(w, http.StatusInternalServerError, excServer, "encoding JIT config failed")
		return
	}
	writeJSON(w, http.StatusOK, scaleset.RunnerScaleSetJitRunnerConfig{
		Runner:           &scaleset.RunnerReference{ID: rn.id, Name: name, RunnerScaleSetID: id},
		EncodedJITConfig: enc,
	})
}

// removeRunnerLocked deletes a registration.
func (s *Server) removeRunnerLocked(r *runner) {
	if s.runners[r.id] != r {
		return
	}
	delete(s.runners, r.id)
	delete(r.ss.byName, strings.ToLower(r.name))
	if r.token != "" {
		delete(s.runnerTokens, r.token)
	}
	s.setRunnerStatus(r, runnerOffline)
	r.ss.stats.TotalRegisteredRunners--
	s.statsChangedLocked(r.ss)
	r.lease.stop()
	r.wake.fire()
	s.removed++
}

// runnerLostLocked handles a connected runner that stopped polling: a busy
// one fails its job (which removes the registration), an idle one goes offline.
func (s *Server) runnerLostLocked(r *runner) {
	if s.runners[r.id] != r {
		return
	}
	s.log.Info("runner lost", logkey.Runner, r.name, logkey.ID, r.id, logkey.Status, r.status.String())
	switch r.status {
	case runnerBusy:
		result := ResultFailed
		if r.job.cancelRequested {
			result = ResultCanceled
		}
		r.job.runnerLost = true
		s.completeJobLocked(r.job, result, time.Now())
	case runnerIdle:
		s.setRunnerStatus(r, runnerOffline)
	}
}

func (s *Server) runnerRef(r *runner) scaleset.RunnerReference {
	return scaleset.RunnerReference{ID: r.id, Name: r.name, RunnerScaleSetID: r.ss.rs.ID}
}

// handleRunnerGet answers a registration by id, or 404 AgentNotFoundException.
func (s *Server) handleRunnerGet(w http.ResponseWriter, r *http.Request) {
	id, _ := pathInt(r, "id")
	s.mu.Lock()
	defer s.mu.Unlock()
	rn := s.runners[id]
	if rn == nil {
		writeActionsError(w, http.StatusNotFound, excAgentNotFound, fmt.Sprintf("No agent found with identifier %d.", id))
		return
	}
	writeJSON(w, http.StatusOK, s.runnerRef(rn))
}

// handleRunnerList answers agents?agentName=N.
func (s *Server) handleRunnerList(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("agentName")
	s.mu.Lock()
	defer s.mu.Unlock()
	out := scaleset.RunnerReferenceList{RunnerReferences: []scaleset.RunnerReference{}}
	for _, ss := range s.sortedScaleSetsLocked() {
		for _, rn := range ss.byName {
			if name == "" || strings.EqualFold(rn.name, name) {
				out.RunnerReferences = append(out.RunnerReferences, s.runnerRef(rn))
			}
		}
	}
	out.Count = len(out.RunnerReferences)
	writeJSON(w, http.StatusOK, out)
}

// handleRunnerDelete removes a registration: 204, 404 AgentNotFoundException,
// or 400 JobStillRunningException while it runs a job.
func (s *Server) handleRunnerDelete(w http.ResponseWriter, r *http.Request) {
	id, _ := pathInt(r, "id")
	s.mu.Lock()
	defer s.mu.Unlock()
	rn := s.runners[id]
	switch {
	case rn == nil:
		writeActionsError(w, http.StatusNotFound, excAgentNotFound, fmt.Sprintf("No agent found with identifier %d.", id))
	case rn.status == runnerBusy:
		writeActionsError(w, http.StatusBadRequest, excJobStillRunning,
			fmt.Sprintf("Agent %d is running job %d and cannot be deleted.", id, rn.job.id))
	default:
		s.removeRunnerLocked(rn)
		s.notifyLocked()
		w.WriteHeader(http.StatusNoContent)
	}
}
