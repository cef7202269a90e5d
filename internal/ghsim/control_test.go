package ghsim_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/outrunner/outrunner/internal/ghsim"
	"github.com/outrunner/outrunner/internal/ghsim/emurunner"
)

func TestControlAPI(t *testing.T) {
	s := newServer(t, ghsim.Options{AssignWithoutAcquire: true})
	c := patClient(t, s.ConfigURL(), s.Token())
	set := createScaleSet(t, c, "ctl", "linux")
	base := s.URL() + "/_sim"

	r := rawCall(t, "POST", base+"/jobs", "", `{"labels":["linux"],"count":3,"duration":"10ms","result":"succeeded"}`)
	var enq struct{ IDs []int64 }
	if r.status != 201 || json.Unmarshal([]byte(r.body), &enq) != nil || len(enq.IDs) != 3 {
		t.Fatalf("enqueue: %+v", r)
	}
	if r := rawCall(t, "POST", base+"/jobs", "", `{"labels":["linux"],"behavior":"explode"}`); r.status != 400 || !strings.Contains(r.body, "explode") {
		t.Fatalf("bad behavior: %+v", r)
	}
	if r := rawCall(t, "POST", base+"/jobs/"+fmt.Sprint(enq.IDs[2])+"/cancel", "", ""); r.status != 200 || !strings.Contains(r.body, `"result":"canceled"`) {
		t.Fatalf("cancel: %+v", r)
	}
	if r := rawCall(t, "POST", base+"/jobs/999/cancel", "", ""); r.status != 404 {
		t.Fatalf("cancel unknown: %+v", r)
	}
	if r := rawCall(t, "POST", base+"/jobs/"+fmt.Sprint(enq.IDs[2])+"/cancel", "", ""); r.status != 409 {
		t.Fatalf("cancel twice: %+v", r)
	}
	for range 2 {
		cfg := (&runnerFixture{s: s, c: c, set: set, n: 100 + len(s.State().Registrations)}).jit(t)
		if err := emurunner.Run(ctxT(t), cfg.EncodedJITConfig, emurunner.Options{}); err != nil {
			t.Fatal(err)
		}
	}
	var state struct {
		Jobs          ghsim.JobCounts `json:"jobs"`
		Registrations int             `json:"registrations"`
		Sessions      int             `json:"sessions"`
		ScaleSets     []struct {
			ID   int    `json:"id"`
			Name string `json:"name"`
		} `json:"scale_sets"`
		Detail *ghsim.State `json:"detail"`
	}
	r = rawCall(t, "GET", base+"/state", "", "")
	if r.status != 200 || json.Unmarshal([]byte(r.body), &state) != nil {
		t.Fatalf("state: %+v", r)
	}
	if state.Jobs != (ghsim.JobCounts{Completed: 2, Succeeded: 2, Canceled: 1}) || state.Registrations != 0 || state.Sessions != 0 ||
		len(state.ScaleSets) != 1 || state.ScaleSets[0].Name != "ctl" || state.Detail != nil {
		t.Fatalf("state: %s", r.body)
	}
	r = rawCall(t, "GET", base+"/state?detail=1", "", "")
	if err := json.Unmarshal([]byte(r.body), &state); err != nil || state.Detail == nil || len(state.Detail.Jobs) != 3 {
		t.Fatalf("detailed state: %s", r.body)
	}
	if j := state.Detail.Jobs[0]; j.Duration != ghsim.Duration(10*time.Millisecond) || j.StartedAt.IsZero() || j.RunnerName == "" {
		t.Fatalf("job detail: %+v", j)
	}
	if r := rawCall(t, "GET", base+"/jobs?state=completed", "", ""); r.status != 200 || strings.Count(r.body, `"id"`) != 3 {
		t.Fatalf("jobs by state: %+v", r)
	}
	if r := rawCall(t, "GET", base+"/jobs/"+fmt.Sprint(enq.IDs[0]), "", ""); r.status != 200 || !strings.Contains(r.body, `"state":"completed"`) {
		t.Fatalf("job: %+v", r)
	}

	r = rawCall(t, "POST", base+"/faults", "", `{"endpoints":{"jit_config":{"error_rate":0.5,"latency":"1ms"}},"session_conflicts":1,"jit_rate_limit":{"per_second":10,"burst":2}}`)
	var f ghsim.Faults
	if r.status != 200 || json.Unmarshal([]byte(r.body), &f) != nil || f.Endpoints["jit_config"].ErrorRate != 0.5 || f.SessionConflicts != 1 || f.JITRateLimit.Burst != 2 {
		t.Fatalf("faults: %+v", r)
	}
	if got := s.Faults(); got.Endpoints["jit_config"].Latency != ghsim.Duration(time.Millisecond) {
		t.Fatalf("faults in force: %+v", got)
	}
	for _, bad := range []string{`{"endpoints":{"nope":{}}}`, `{"endpoints":{"*":{"error_rate":2}}}`, `{"messages":{"drop_rate":-1}}`, `{"endpoints":{"*":{"error_status":404,"error_rate":1}}}`, `[`} {
		if r := rawCall(t, "POST", base+"/faults", "", bad); r.status != 400 {
			t.Errorf("faults %s: %+v", bad, r)
		}
	}
	if r := rawCall(t, "GET", base+"/metrics", "", ""); r.status != 200 || !strings.Contains(r.body, `"jit_config"`) || !strings.Contains(r.body, `"p99_ns"`) {
		t.Fatalf("metrics: %+v", r)
	}
	if r := rawCall(t, "DELETE", base+"/scalesets/"+fmt.Sprint(set.ID), "", ""); r.status != 204 {
		t.Fatalf("delete scale set: %+v", r)
	}
	if r := rawCall(t, "DELETE", base+"/scalesets/"+fmt.Sprint(set.ID), "", ""); r.status != 404 {
		t.Fatalf("delete scale set twice: %+v", r)
	}
}

func TestOptionsValidation(t *testing.T) {
	for name, opts := range map[string]ghsim.Options{
		"short admin token":   {AdminTokenTTL: time.Minute},
		"duplicate group":     {RunnerGroups: []string{"a", "A"}},
		"default group again": {RunnerGroups: []string{"default"}},
		"app without key":     {Apps: []ghsim.GitHubApp{{ClientID: "x"}}},
		"bad fault":           {Faults: ghsim.Faults{Endpoints: map[string]ghsim.EndpointFault{"x": {}}}},
		"bad listen":          {Listen: "256.0.0.1:bad"},
		"bad advertise URL":   {AdvertiseURL: "ftp://x"},
		"advertise with path": {AdvertiseURL: "http://x/y"},
	} {
		if s, err := ghsim.New(opts); err == nil {
			_ = s.Close()
			t.Errorf("%s: want an error", name)
		}
	}
	s := newServer(t, ghsim.Options{})
	if !strings.HasPrefix(s.ConfigURL(), "http://127.0.0.1:") || !strings.HasSuffix(s.ConfigURL(), "/sim-org") || s.Token() != "sim-token" {
		t.Fatalf("defaults: %s %s", s.ConfigURL(), s.Token())
	}
	if s.EnterpriseURL("e") != s.URL()+"/enterprises/e" || s.RepoURL("o", "r") != s.URL()+"/o/r" {
		t.Fatal("scope URLs")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	wild := newServer(t, ghsim.Options{Listen: ":0"})
	if !strings.HasPrefix(wild.URL(), "http://127.0.0.1:") {
		t.Fatalf("URL when listening on all addresses: %s", wild.URL())
	}
	adv := newServer(t, ghsim.Options{AdvertiseURL: "http://10.0.2.2:8080/"})
	if adv.ConfigURL() != "http://10.0.2.2:8080/sim-org" {
		t.Fatalf("advertised config URL: %s", adv.ConfigURL())
	}
	if _, err := s.EnqueueJob(ghsim.JobSpec{Labels: []string{"x"}}); err == nil {
		t.Fatal("enqueue after Close: want an error")
	}
	if err := s.WaitFor(ctxT(t), func(ghsim.State) bool { return false }); err == nil {
		t.Fatal("WaitFor after Close: want an error")
	}
}
