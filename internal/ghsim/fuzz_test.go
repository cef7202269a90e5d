package ghsim

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// fuzzServer is a simulator with one scale set, a session and an admin token,
// whose handler the fuzz targets call directly.
type fuzzServer struct {
	s       *Server
	h       http.Handler
	admin   string
	mqToken string
}

func newFuzzServer(f *testing.F) *fuzzServer {
	f.Helper()
	s, err := New(Options{PollHold: time.Millisecond})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = s.Close() })
	fs := &fuzzServer{s: s, h: s.srv.Handler, admin: "fuzz-admin"}
	s.tokMu.Lock()
	issue(s.adminTokens, fs.admin, "pat", time.Hour)
	s.tokMu.Unlock()
	if code := fs.call("POST", "/_actions/_apis/runtime/runnerscalesets", `{"name":"fuzz","labels":[{"name":"linux"}]}`, fs.admin); code != 200 {
		f.Fatalf("create scale set: %d", code)
	}
	if code := fs.call("POST", "/_actions/_apis/runtime/runnerscalesets/1/sessions", `{"ownerName":"fuzz"}`, fs.admin); code != 200 {
		f.Fatalf("create session: %d", code)
	}
	s.mu.Lock()
	fs.mqToken = s.scaleSets[1].session.token
	s.mu.Unlock()
	return fs
}

func (fs *fuzzServer) call(method, path, body, token string) int {
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	fs.h.ServeHTTP(rec, req)
	return rec.Code
}

// fuzzBody calls one endpoint with arbitrary bodies: it must never panic and
// never answer 5xx.
func fuzzBody(f *testing.F, method, path string, token func(*fuzzServer) string, seeds ...string) {
	fs := newFuzzServer(f)
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		if code := fs.call(method, path, body, token(fs)); code >= 500 {
			t.Fatalf("%s %s with %q: status %d", method, path, body, code)
		}
	})
}

func adminOf(fs *fuzzServer) string { return fs.admin }

var commonSeeds = []string{"", "{", "null", "[]", "{}", `"x"`, "1e999", "\xff\xfe", `{"a":` + strings.Repeat("[", 100)}

func FuzzSessionCreateBody(f *testing.F) {
	seeds := append([]string{`{"sessionId":"00000000-0000-0000-0000-000000000000","ownerName":"host"}`, `{"sessionId":"nope"}`, `{"ownerName":7}`}, commonSeeds...)
	fuzzBody(f, "POST", "/_actions/_apis/runtime/runnerscalesets/1/sessions", adminOf, seeds...)
}

func FuzzScaleSetBody(f *testing.F) {
	seeds := append([]string{
		`{"name":"my-set","runnerGroupId":1,"labels":[{"type":"System","name":"my-set"}],"RunnerSetting":{"disableUpdate":true},"createdOn":"0001-01-01T00:00:00Z"}`,
		`{"name":"a","runnerGroupId":-1}`, `{"name":"b","labels":[{"name":""}]}`, `{"name":"c","createdOn":"yesterday"}`,
	}, commonSeeds...)
	fs := newFuzzServer(f)
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		for _, c := range []struct{ method, path string }{
			{"POST", "/_actions/_apis/runtime/runnerscalesets"},
			{"PATCH", "/_actions/_apis/runtime/runnerscalesets/1"},
		} {
			if code := fs.call(c.method, c.path, body, fs.admin); code >= 500 {
				t.Fatalf("%s %s with %q: status %d", c.method, c.path, body, code)
			}
		}
	})
}

func FuzzJITSetting(f *testing.F) {
	seeds := append([]string{`{"name":"r1","workFolder":""}`, `{"name":"  "}`, `{"name":"` + strings.Repeat("x", 300) + `"}`}, commonSeeds...)
	fuzzBody(f, "POST", "/_actions/_apis/runtime/runnerscalesets/1/generatejitconfig", adminOf, seeds...)
}

func FuzzAcquireJobs(f *testing.F) {
	seeds := append([]string{`[1,2,3]`, `[-1]`, `[9223372036854775807]`, `[1.5]`}, commonSeeds...)
	fuzzBody(f, "POST", "/_actions/_apis/runtime/runnerscalesets/1/acquirejobs", func(fs *fuzzServer) string { return fs.mqToken }, seeds...)
}

func FuzzControlJobSpec(f *testing.F) {
	seeds := append([]string{
		`{"labels":["linux"],"count":5,"duration":"2s","result":"succeeded"}`,
		`{"labels":["linux"],"behavior":"crash","duration":1.5}`, `{"labels":["x"],"count":-1}`,
		`{"labels":["x"],"duration":"-1s"}`, `{"labels":["x"],"duration":1e300}`, `{"labels":["x"],"repository":"a/b/c"}`,
	}, commonSeeds...)
	fuzzBody(f, "POST", "/_sim/jobs", func(*fuzzServer) string { return "" }, seeds...)
}

func FuzzFaultsJSON(f *testing.F) {
	seeds := append([]string{
		`{"endpoints":{"*":{"latency":"1ms","jitter":"1ms","error_rate":0.1,"rate_limit_rate":0.1,"retry_after":"1s"}}}`,
		`{"endpoints":{"jit_config":{"exception_rate":1,"exception":"X","exception_status":409}}}`,
		`{"messages":{"drop_rate":0.5,"duplicate_rate":0.5,"reorder_rate":0.5,"drop_started_rate":0.5}}`,
		`{"jit_rate_limit":{"per_second":1e308,"burst":1}}`, `{"endpoints":{"*":{"jitter":"-5s"}}}`,
	}, commonSeeds...)
	fs := newFuzzServer(f)
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		if code := fs.call("POST", "/_sim/faults", body, ""); code >= 500 {
			t.Fatalf("faults %q: status %d", body, code)
		}
		// Whatever was accepted must not break a request.
		_ = fs.s.SetFaults(Faults{Endpoints: fs.s.Faults().Endpoints})
		fs.s.faults.decide(EndpointRunnerGroups)
		fs.s.faults.messageFate(true)
		fs.s.faults.jitAllowed("pat")
		_ = fs.s.SetFaults(Faults{})
	})
}

func FuzzRunnerConnect(f *testing.F) {
	seeds := append([]string{`{"runner_id":1,"secret":"x"}`, `{"runner_id":-1}`, `{"runner_id":1e99}`}, commonSeeds...)
	fuzzBody(f, "POST", "/_runner/connect", func(*fuzzServer) string { return "" }, seeds...)
}
