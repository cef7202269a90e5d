package ghsim_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/actions/scaleset"
	"github.com/outrunner/outrunner/internal/ghsim"
)

type rawResponse struct {
	status int
	header http.Header
	body   string
}

// rawCall makes one HTTP call with an optional bearer token and JSON body.
func rawCall(t testing.TB, method, url, token, body string) rawResponse {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return rawResponse{status: resp.StatusCode, header: resp.Header, body: string(b)}
}

// adminToken bootstraps by hand and returns "Bearer <admin JWT>".
func adminToken(t testing.TB, s *ghsim.Server) string {
	t.Helper()
	reg := rawCall(t, "POST", s.URL()+"/api/v3/orgs/sim-org/actions/runners/registration-token", "Bearer "+s.Token(), "")
	var tok struct{ Token string }
	if reg.status != 201 || json.Unmarshal([]byte(reg.body), &tok) != nil {
		t.Fatalf("registration token: %+v", reg)
	}
	conn := rawCall(t, "POST", s.URL()+"/api/v3/actions/runner-registration", "RemoteAuth "+tok.Token,
		`{"url":"`+s.ConfigURL()+`","runner_event":"register"}`)
	var admin struct{ URL, Token string }
	if conn.status != 201 || json.Unmarshal([]byte(conn.body), &admin) != nil || admin.URL != s.URL()+"/_actions/" {
		t.Fatalf("runner-registration: %+v", conn)
	}
	return "Bearer " + admin.Token
}

// TestErrorAnswers checks the statuses and bodies of bad requests.
func TestErrorAnswers(t *testing.T) {
	s := newServer(t, ghsim.Options{})
	admin := adminToken(t, s)
	a := s.URL() + "/_actions/_apis/"
	if r := rawCall(t, "POST", a+"runtime/runnerscalesets", admin, `{"name":"set"}`); r.status != 200 {
		t.Fatalf("create: %+v", r)
	}
	sess := rawCall(t, "POST", a+"runtime/runnerscalesets/1/sessions", admin, `{"ownerName":"me"}`)
	var session scaleset.RunnerScaleSetSession
	if sess.status != 200 || json.Unmarshal([]byte(sess.body), &session) != nil {
		t.Fatalf("session: %+v", sess)
	}
	tests := []struct {
		name, method, url, token, body string
		status                         int
		contains                       string
	}{
		{"wrong PAT", "POST", s.URL() + "/api/v3/orgs/sim-org/actions/runners/registration-token", "Bearer nope", "", 401, `"message":"Bad credentials","documentation_url"`},
		{"no PAT", "POST", s.URL() + "/api/v3/repos/o/r/actions/runners/registration-token", "", "", 401, "Bad credentials"},
		{"wrong registration token", "POST", s.URL() + "/api/v3/actions/runner-registration", "RemoteAuth nope", `{"url":"x"}`, 401, "Bad credentials"},
		{"app token without JWT", "POST", s.URL() + "/api/v3/app/installations/1/access_tokens", "Bearer x.y.z", "", 401, "JSON web token"},
		{"wrong admin token", "GET", a + "runtime/runnerscalesets?name=set", "Bearer not-a-jwt", "", 401, "VssUnauthorizedException"},
		{"no admin token", "POST", a + "runtime/runnerscalesets/1/generatejitconfig", "", `{"name":"r"}`, 401, "VssUnauthorizedException"},
		{"malformed scale set", "POST", a + "runtime/runnerscalesets", admin, `{"name":`, 400, "ArgumentException"},
		{"scale set without name", "POST", a + "runtime/runnerscalesets", admin, `{"labels":[]}`, 400, "ArgumentException"},
		{"duplicate scale set", "POST", a + "runtime/runnerscalesets", admin, `{"name":"SET"}`, 409, "RunnerScaleSetExistsException"},
		{"unknown runner group", "POST", a + "runtime/runnerscalesets", admin, `{"name":"x","runnerGroupId":9}`, 404, "RunnerGroupNotFoundException"},
		{"malformed JIT setting", "POST", a + "runtime/runnerscalesets/1/generatejitconfig", admin, `[1]`, 400, "ArgumentException"},
		{"JIT for unknown scale set", "POST", a + "runtime/runnerscalesets/7/generatejitconfig", admin, `{"name":"r"}`, 404, "RunnerScaleSetNotFoundException"},
		{"unknown scale set by id", "GET", a + "runtime/runnerscalesets/7", admin, "", 200, "null"},
		{"delete unknown scale set", "DELETE", a + "runtime/runnerscalesets/7", admin, "", 404, "RunnerScaleSetNotFoundException"},
		{"session for unknown scale set", "POST", a + "runtime/runnerscalesets/7/sessions", admin, `{}`, 404, "RunnerScaleSetNotFoundException"},
		{"malformed session", "POST", a + "runtime/runnerscalesets/1/sessions", admin, `nope`, 400, "ArgumentException"},
		{"second session", "POST", a + "runtime/runnerscalesets/1/sessions", admin, `{"ownerName":"other"}`, 409, `"typeName":"GitHub.DistributedTask.WebApi.TaskAgentSessionConflictException"`},
		{"refresh unknown session", "PATCH", a + "runtime/runnerscalesets/1/sessions/00000000-0000-0000-0000-000000000001", admin, "", 404, "TaskAgentSessionExpiredException"},
		{"unknown runner", "GET", a + "distributedtask/pools/0/agents/5", admin, "", 404, "AgentNotFoundException"},
		{"queue with wrong token", "GET", session.MessageQueueURL, "Bearer nope", "", 401, ""},
		{"queue with admin token", "GET", session.MessageQueueURL, admin, "", 401, ""},
		{"queue of unknown session", "GET", s.URL() + "/_queue/00000000-0000-0000-0000-000000000001", "Bearer x", "", 404, "TaskAgentSessionExpiredException"},
		{"acquire with admin token", "POST", a + "runtime/runnerscalesets/1/acquirejobs", admin, `[1]`, 401, ""},
		{"malformed acquire", "POST", a + "runtime/runnerscalesets/1/acquirejobs", "Bearer " + session.MessageQueueAccessToken, `{"x":1}`, 400, "ArgumentException"},
		{"unknown path", "GET", s.URL() + "/api/v3/nothing", "", "", 404, "Not Found"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := rawCall(t, tc.method, tc.url, tc.token, tc.body)
			if r.status != tc.status || !strings.Contains(r.body, tc.contains) {
				t.Fatalf("got %d %s, want %d containing %q", r.status, r.body, tc.status, tc.contains)
			}
			if r.status >= 400 && r.body != "" && !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
				t.Fatalf("error content type %q", r.header.Get("Content-Type"))
			}
		})
	}
	// The real client maps a wrong PAT to an error mentioning the status.
	c := patClient(t, s.ConfigURL(), "wrong")
	if _, err := c.GetRunnerScaleSet(ctxT(t), 1, "set"); err == nil || !strings.Contains(err.Error(), "401") || !strings.Contains(err.Error(), "Bad credentials") {
		t.Fatalf("client with a wrong PAT: %v", err)
	}
	app := newTestApp(t)
	other := newTestApp(t)
	s2 := newServer(t, ghsim.Options{Apps: []ghsim.GitHubApp{app.option()}})
	for name, auth := range map[string]scaleset.GitHubAppAuth{
		"wrong key":            {ClientID: app.clientID, InstallationID: app.installationID, PrivateKey: other.pem},
		"wrong issuer":         {ClientID: "Iv1.other", InstallationID: app.installationID, PrivateKey: app.pem},
		"unknown installation": {ClientID: app.clientID, InstallationID: 1, PrivateKey: app.pem},
	} {
		_, err := appClient(t, s2.ConfigURL(), auth).GetRunnerScaleSet(ctxT(t), 1, "x")
		want := "401"
		if name == "unknown installation" {
			want = "404"
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %s", name, err, want)
		}
	}
	if _, err := appClient(t, s2.ConfigURL(), scaleset.GitHubAppAuth{ClientID: "77", InstallationID: app.installationID, PrivateKey: app.pem}).
		GetRunnerScaleSet(ctxT(t), 1, "x"); err != nil {
		t.Errorf("app id as issuer: %v", err)
	}
}
