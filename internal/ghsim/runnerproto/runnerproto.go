// Package runnerproto defines what the simulator and an emulated runner share:
// the content of the JIT config the simulator hands out (opaque to the scaleset
// client) and the small JSON-over-HTTP protocol under /_runner/ through which an
// emulated runner connects, long-polls for its job and reports the result.
package runnerproto

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
)

// Version is the JIT config format version this package writes and accepts.
const Version = 1

// Paths of the runner protocol, relative to JITConfig.URL.
const (
	// PathConnect consumes the one-time registration and returns a runner token.
	PathConnect = "/_runner/connect"
	// PathPoll long-polls for the runner's job, a cancellation or an order to exit.
	// Every poll renews the runner's lease.
	PathPoll = "/_runner/poll"
	// PathComplete reports the result of the runner's job.
	PathComplete = "/_runner/complete"
)

// Job results a runner reports.
const (
	ResultSucceeded = "succeeded"
	ResultFailed    = "failed"
	ResultCanceled  = "canceled"
)

// Runner behaviours a job can ask for, used for failure tests.
const (
	// BehaviorCrash makes the runner die half-way through the job without reporting.
	BehaviorCrash = "crash"
	// BehaviorHang makes the runner never finish the job (it still honours cancellation).
	BehaviorHang = "hang"
	// BehaviorExitEarly makes the first runner offered the job exit before taking it.
	BehaviorExitEarly = "exit_early"
)

// Error codes in ErrorResponse.Code.
const (
	CodeBadRequest          = "bad_request"
	CodeRegistrationUnknown = "registration_not_found"
	CodeRegistrationUsed    = "registration_used"
	CodeBadSecret           = "bad_secret"
	CodeRegistrationRemoved = "registration_removed"
	CodeNoJob               = "no_job"
)

// JITConfig is what the simulator's encodedJITConfig decodes to.
type JITConfig struct {
	Version    int    `json:"v"`
	URL        string `json:"url"`
	RunnerID   int    `json:"runner_id"`
	RunnerName string `json:"runner_name"`
	ScaleSetID int    `json:"scale_set_id"`
	Secret     string `json:"secret"`
}

// Encode returns the base64 (standard encoding) of the JSON form of c.
func (c JITConfig) Encode() (string, error) {
	b, err := json.Marshal(c)
	if err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(b), nil
}

// String describes c without its secret, so it is safe to log.
func (c JITConfig) String() string {
	return fmt.Sprintf("runner %d %q of scale set %d at %s", c.RunnerID, c.RunnerName, c.ScaleSetID, c.URL)
}

// ErrInvalidJITConfig wraps every DecodeJITConfig failure.
var ErrInvalidJITConfig = errors.New("invalid JIT config")

// DecodeJITConfig decodes and validates an encoded JIT config. Its errors never
// contain the input, which is a credential.
func DecodeJITConfig(encoded string) (JITConfig, error) {
	var c JITConfig
	raw, err := base64.StdEncoding.DecodeString(encoded)
	if err != nil {
		return c, fmt.Errorf("%w: not base64", ErrInvalidJITConfig)
	}
	if err := json.Unmarshal(raw, &c); err != nil {
		return JITConfig{}, fmt.Errorf("%w: not JSON", ErrInvalidJITConfig)
	}
	switch {
	case c.Version != Version:
		return JITConfig{}, fmt.Errorf("%w: unsupported version %d", ErrInvalidJITConfig, c.Version)
	case c.RunnerID <= 0:
		return JITConfig{}, fmt.Errorf("%w: missing runner id", ErrInvalidJITConfig)
	case c.Secret == "":
		return JITConfig{}, fmt.Errorf("%w: missing secret", ErrInvalidJITConfig)
	}
	u, err := url.Parse(c.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return JITConfig{}, fmt.Errorf("%w: service URL must be an absolute http(s) URL", ErrInvalidJITConfig)
	}
	return c, nil
}

// ConnectRequest is the body of POST PathConnect.
type ConnectRequest struct {
	RunnerID int    `json:"runner_id"`
	Secret   string `json:"secret"`
}

// ConnectResponse answers a successful connect. Token authenticates every later
// call (Authorization: Bearer). PollHoldMS is how long the server holds a poll.
type ConnectResponse struct {
	Token      string `json:"token"`
	PollHoldMS int64  `json:"poll_hold_ms"`
}

// Job is the work handed to a runner.
type Job struct {
	ID          int64    `json:"id"`
	DisplayName string   `json:"display_name"`
	Labels      []string `json:"labels"`
	DurationMS  int64    `json:"duration_ms"`
	Result      string   `json:"result"`
	Behavior    string   `json:"behavior,omitempty"`
}

// PollResponse answers POST PathPoll. At most one field is set; none means the
// hold expired and the runner polls again.
type PollResponse struct {
	Job    *Job `json:"job,omitempty"`
	Cancel bool `json:"cancel,omitempty"`
	Exit   bool `json:"exit,omitempty"`
}

// CompleteRequest is the body of POST PathComplete.
type CompleteRequest struct {
	JobID  int64  `json:"job_id"`
	Result string `json:"result"`
}

// ErrorResponse is the body of every non-2xx answer of the runner protocol.
type ErrorResponse struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}
