package ghsim

import (
	"encoding/json"
	"errors"
	"io"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// maxBody bounds every request body the simulator reads.
const maxBody = 1 << 20

// Actions-service exception type names the simulator sends. The scaleset
// client maps the first three to its sentinel errors.
const (
	excAgentExists        = "GitHub.DistributedTask.WebApi.AgentExistsException"
	excAgentNotFound      = "GitHub.DistributedTask.WebApi.AgentNotFoundException"
	excJobStillRunning    = "GitHub.DistributedTask.WebApi.JobStillRunningException"
	excSessionConflict    = "GitHub.DistributedTask.WebApi.TaskAgentSessionConflictException"
	excSessionExpired     = "GitHub.DistributedTask.WebApi.TaskAgentSessionExpiredException"
	excScaleSetNotFound   = "GitHub.Actions.Runtime.WebApi.RunnerScaleSetNotFoundException"
	excScaleSetExists     = "GitHub.Actions.Runtime.WebApi.RunnerScaleSetExistsException"
	excRunnerGroupMissing = "GitHub.DistributedTask.WebApi.RunnerGroupNotFoundException"
	excArgument           = "System.ArgumentException"
	excUnauthorized       = "Microsoft.VisualStudio.Services.Common.VssUnauthorizedException"
	excServer             = "Microsoft.VisualStudio.Services.Common.VssServiceException"
)

const (
	docsREST       = "https://docs.github.com/rest"
	docsRateLimits = "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits"
)

// actionsError is the Actions service's error body.
type actionsError struct {
	TypeName string `json:"typeName"`
	Message  string `json:"message"`
}

// githubError is the GitHub REST API's error body.
type githubError struct {
	Message          string `json:"message"`
	DocumentationURL string `json:"documentation_url"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "encoding response: "+err.Error(), http.StatusInternalServerError)
		return
	}
	writeRawJSON(w, status, b)
}

func writeRawJSON(w http.ResponseWriter, status int, b []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

func writeActionsError(w http.ResponseWriter, status int, typeName, msg string) {
	writeJSON(w, status, actionsError{TypeName: typeName, Message: msg})
}

func writeGitHubError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, githubError{Message: msg, DocumentationURL: docsREST})
}

func writeBadCredentials(w http.ResponseWriter) {
	writeGitHubError(w, http.StatusUnauthorized, "Bad credentials")
}

func writeUnauthorized(w http.ResponseWriter) {
	writeActionsError(w, http.StatusUnauthorized, excUnauthorized, "The user is not authorized to access this resource.")
}

// writeSecondaryRateLimit answers like GitHub's secondary rate limit.
func writeSecondaryRateLimit(w http.ResponseWriter, wait time.Duration) {
	w.Header().Set("Retry-After", retryAfterSeconds(wait))
	w.Header().Set("X-RateLimit-Resource", "actions_runner_registration")
	writeGitHubErrorDoc(w, http.StatusTooManyRequests,
		"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.", docsRateLimits)
}

func writeGitHubErrorDoc(w http.ResponseWriter, status int, msg, doc string) {
	writeJSON(w, status, githubError{Message: msg, DocumentationURL: doc})
}

// retryAfterSeconds renders d as whole seconds, rounded up.
func retryAfterSeconds(d time.Duration) string {
	if d <= 0 {
		return "0"
	}
	return strconv.FormatInt(int64(math.Ceil(d.Seconds())), 10)
}

// decodeBody decodes a JSON request body into v. An empty body is an error.
func decodeBody(r *http.Request, v any) error {
	dec := json.NewDecoder(io.LimitReader(r.Body, maxBody))
	if err := dec.Decode(v); err != nil {
		if errors.Is(err, io.EOF) {
			return errors.New("request body is empty")
		}
		return err
	}
	if dec.More() {
		return errors.New("request body has trailing data")
	}
	return nil
}

// bearer returns the credential of an "Authorization: Bearer X" or "token X" header.
func bearer(r *http.Request) string {
	h := r.Header.Get("Authorization")
	for _, p := range []string{"Bearer ", "bearer ", "token "} {
		if strings.HasPrefix(h, p) {
			return strings.TrimSpace(h[len(p):])
		}
	}
	return ""
}

func pathInt(r *http.Request, name string) (int, bool) {
	v, err := strconv.Atoi(r.PathValue(name))
	return v, err == nil && v > 0
}
