package ghsim

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/actions/scaleset"
	"github.com/outrunner/outrunner/internal/logkey"
)

// ErrUnknownScaleSet is returned for a scale set id that does not exist.
var ErrUnknownScaleSet = errors.New("unknown scale set")

// scaleSetList is the client's unexported runnerScaleSetsResponse.
type scaleSetList struct {
	Count int                       `json:"count"`
	Value []scaleset.RunnerScaleSet `json:"value"`
}

// handleRunnerGroups answers runnergroups/?groupName=X: count 0 for an
// unknown name, as GitHub does.
func (s *Server) handleRunnerGroups(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("groupName")
	s.mu.Lock()
	defer s.mu.Unlock()
	out := scaleset.RunnerGroupList{RunnerGroups: []scaleset.RunnerGroup{}}
	for _, g := range s.groups {
		if name == "" || strings.EqualFold(g.Name, name) {
			for _, ss := range s.scaleSets {
				if ss.rs.RunnerGroupID == g.ID {
					g.Size += ss.stats.TotalRegisteredRunners
				}
			}
			out.RunnerGroups = append(out.RunnerGroups, g)
		}
	}
	out.Count = len(out.RunnerGroups)
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) groupByID(id int) *scaleset.RunnerGroup {
	for i := range s.groups {
		if s.groups[i].ID == id {
			return &s.groups[i]
		}
	}
	return nil
}

// sortedScaleSetsLocked lists the scale sets by id.
func (s *Server) sortedScaleSetsLocked() []*scaleSet {
	out := make([]*scaleSet, 0, len(s.scaleSets))
	for _, ss := range s.scaleSets {
		out = append(out, ss)
	}
	slices.SortFunc(out, func(a, b *scaleSet) int { return a.rs.ID - b.rs.ID })
	return out
}

// handleScaleSetList answers runnerscalesets?name=N&runnerGroupId=G.
func (s *Server) handleScaleSetList(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	name := q.Get("name")
	group := 0
	if v := q.Get("runnerGroupId"); v != "" {
		g, err := strconv.Atoi(v)
		if err != nil {
			writeActionsError(w, http.StatusBadRequest, excArgument, "invalid runnerGroupId")
			return
		}
		group = g
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := scaleSetList{Value: []scaleset.RunnerScaleSet{}}
	for _, ss := range s.sortedScaleSetsLocked() {
		if (name == "" || strings.EqualFold(ss.rs.Name, name)) && (group == 0 || ss.rs.RunnerGroupID == group) {
			out.Value = append(out.Value, ss.view())
		}
	}
	out.Count = len(out.Value)
	writeJSON(w, http.StatusOK, out)
}

// handleScaleSetGet answers a scale set by id, or a null body when absent.
func (s *Server) handleScaleSetGet(w http.ResponseWriter, r *http.Request) {
	id, _ := pathInt(r, "id")
	s.mu.Lock()
	defer s.mu.Unlock()
	ss := s.scaleSets[id]
	if ss == nil {
		writeRawJSON(w, http.StatusOK, []byte("null"))
		return
	}
	writeJSON(w, http.StatusOK, ss.view())
}

// scaleSetLabels applies the client's defaults: the name as a System label
// when there are none, and System for an empty type.
func scaleSetLabels(name string, in []scaleset.Label) ([]scaleset.Label, error) {
	if len(in) == 0 {
		return []scaleset.Label{{Type: "System", Name: name}}, nil
	}
	out := slices.Clone(in)
	for i := range out {
		if strings.TrimSpace(out[i].Name) == "" {
			return nil, errors.New("label names must not be empty")
		}
		if out[i].Type == "" {
			out[i].Type = "System"
		}
	}
	return out, nil
}

// handleScaleSetCreate creates a scale set: 200 (not 201) as GitHub answers.
func (s *Server) handleScaleSetCreate(w http.ResponseWriter, r *http.Request) {
	var req scaleset.RunnerScaleSet
	if err := decodeBody(r, &req); err != nil {
		writeActionsError(w, http.StatusBadRequest, excArgument, "invalid runner scale set: "+err.Error())
		return
	}
	name := strings.TrimSpace(req.Name)
	if name == "" {
		writeActionsError(w, http.StatusBadRequest, excArgument, "runner scale set name is required")
		return
	}
	labels, err := scaleSetLabels(name, req.Labels)
	if err != nil {
		writeActionsError(w, http.StatusBadRequest, excArgument, err.Error())
		return
	}
	groupID := req.RunnerGroupID
	if groupID == 0 {
		groupID = 1
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	g := s.groupByID(groupID)
	if g == nil {
		writeActionsError(w, http.StatusNotFound, excRunnerGroupMissing, fmt.Sprintf("runner group %d not found", groupID))
		return
	}
	if s.nameTakenLocked(name, groupID, 0) {
		writeActionsError(w, http.StatusConflict, excScaleSetExists, fmt.Sprintf("a runner scale set named %q already exists in runner group %q", name, g.Name))
		return
	}
	now := time.Now()
	s.nextScaleSetID++
	id := s.nextScaleSetID
	ss := &scaleSet{byName: map[string]*runner{}, acquireURL: fmt.Sprintf("%s%s/_apis/runtime/runnerscalesets/%d/acquirejobs", s.base, actionsPrefix, id)}
	ss.rs = scaleset.RunnerScaleSet{
		ID:                 id,
		Name:               name,
		RunnerGroupID:      g.ID,
		RunnerGroupName:    g.Name,
		RunnerSetting:      req.RunnerSetting,
		CreatedOn:          now.UTC(),
		RunnerJitConfigURL: fmt.Sprintf("%s%s/_apis/runtime/runnerscalesets/%d/generatejitconfig", s.base, actionsPrefix, id),
	}
	ss.setLabels(labels)
	s.scaleSets[id] = ss
	s.rerouteUnmatchedLocked(now)
	s.notifyLocked()
	s.log.Info("scale set created", logkey.ID, id, logkey.Name, name)
	writeJSON(w, http.StatusOK, ss.view())
}

func (s *Server) nameTakenLocked(name string, group, except int) bool {
	for _, o := range s.scaleSets {
		if o.rs.ID != except && o.rs.RunnerGroupID == group && strings.EqualFold(o.rs.Name, name) {
			return true
		}
	}
	return false
}

// handleScaleSetUpdate applies a PATCH: non-empty name, non-zero group and
// non-empty labels replace the current ones; RunnerSetting always does.
func (s *Server) handleScaleSetUpdate(w http.ResponseWriter, r *http.Request) {
	id, _ := pathInt(r, "id")
	var req scaleset.RunnerScaleSet
	if err := decodeBody(r, &req); err != nil {
		writeActionsError(w, http.StatusBadRequest, excArgument, "invalid runner scale set: "+err.Error())
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ss := s.scaleSets[id]
	if ss == nil {
		writeActionsError(w, http.StatusNotFound, excScaleSetNotFound, fmt.Sprintf("runner scale set %d not found", id))
		return
	}
	name, group := ss.rs.Name, ss.rs.RunnerGroupID
	if n := strings.TrimSpace(req.Name); n != "" {
		name = n
	}
	if req.RunnerGroupID != 0 {
		group = req.RunnerGroupID
	}
	g := s.groupByID(group)
	if g == nil {
		writeActionsError(w, http.StatusNotFound, excRunnerGroupMissing, fmt.Sprintf("runner group %d not found", group))
		return
	}
	if s.nameTakenLocked(name, group, id) {
		writeActionsError(w, http.StatusConflict, excScaleSetExists, fmt.Sprintf("a runner scale set named %q already exists in runner group %q", name, g.Name))
		return
	}
	if len(req.Labels) > 0 {
		labels, err := scaleSetLabels(name, req.Labels)
		if err != nil {
			writeActionsError(w, http.StatusBadRequest, excArgument, err.Error())
			return
		}
		ss.setLabels(labels)
	}
	ss.rs.Name, ss.rs.RunnerGroupID, ss.rs.RunnerGroupName = name, g.ID, g.Name
	ss.rs.RunnerSetting = req.RunnerSetting
	now := time.Now()
	for _, j := range s.jobList {
		if j.ss == ss && j.state == jobAvailable && !ss.matches(j.labels) {
			s.setJobScaleSet(j, nil)
			s.unmatched = append(s.unmatched, j)
		}
	}
	s.rerouteUnmatchedLocked(now)
	s.statsChangedLocked(ss)
	s.notifyLocked()
	writeJSON(w, http.StatusOK, ss.view())
}

// handleScaleSetDelete deletes a scale set: 204.
func (s *Server) handleScaleSetDelete(w http.ResponseWriter, r *http.Request) {
	id, _ := pathInt(r, "id")
	if err := s.DeleteScaleSet(id); err != nil {
		writeActionsError(w, http.StatusNotFound, excScaleSetNotFound, fmt.Sprintf("runner scale set %d not found", id))
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// DeleteScaleSet deletes a scale set as GitHub does for idle ones: its session
// and queue go away, its registrations are removed (busy runners keep theirs
// until their job ends), and its jobs that have not started return to
// unmatched and are routed again. A daemon sees its next call fail and must
// re-create the scale set.
func (s *Server) DeleteScaleSet(id int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	ss := s.scaleSets[id]
	if ss == nil {
		return ErrUnknownScaleSet
	}
	if se := ss.session; se != nil {
		s.dropSessionLocked(se)
	}
	delete(s.scaleSets, id)
	for _, r := range ss.byName {
		if r.status != runnerBusy {
			s.removeRunnerLocked(r)
		}
	}
	ss.waiting, ss.idle = nil, nil
	now := time.Now()
	for _, j := range s.jobList {
		if j.ss == ss && j.state < jobRunning {
			s.setJobState(j, jobAvailable)
			j.acquiredAt, j.assignedAt = time.Time{}, time.Time{}
			s.setJobScaleSet(j, nil)
			s.routeLocked(j, now)
		}
	}
	s.notifyLocked()
	s.log.Info("scale set deleted", logkey.ID, id, logkey.Name, ss.rs.Name)
	return nil
}
