package messages

// Scale set states: what ScaleSetSnapshot.State holds. A scale set serves
// jobs only when it is StateActive; every other state names why not.
const (
	// StateActive: the scale set holds a GitHub message session, its
	// backend is healthy and its configuration is usable.
	StateActive = "active"
	// StateStarting: no session yet and no failure yet.
	StateStarting = "starting"
	// StateAuthFailed: GitHub refused the credentials (401, 403), or there
	// are none.
	StateAuthFailed = "auth_failed"
	// StateUnreachable: GitHub could not be reached (connection refused,
	// DNS, timeout).
	StateUnreachable = "unreachable"
	// StateNotFound: GitHub answered 404: a wrong URL, organization,
	// repository or runner group.
	StateNotFound = "not_found"
	// StateGitHubError: GitHub failed the session otherwise (5xx, 429, a
	// session conflict); the listener retries with backoff.
	StateGitHubError = "github_error"
	// StateBackendDown: the backend's health probe fails.
	StateBackendDown = "backend_down"
	// StateGivingUp: runners keep giving up: the last give-up is recent and
	// no runner has started since.
	StateGivingUp = "giving_up"
	// StateError: the configuration cannot be used (the backend or the
	// GitHub client cannot be created); nothing retries until it changes.
	StateError = "error"
	// StateDraining: the scale set drains and takes no new jobs.
	StateDraining = "draining"
)

// stateHints says what to do about each state.
var stateHints = map[string]string{
	StateActive:           "",
	StateStarting:         "wait: the listener is connecting to GitHub",
	StateAuthFailed:       "fix the credentials (token_file, GITHUB_TOKEN, --token or github_app) and their permissions; the listener retries with backoff",
	StateUnreachable:      "check url and the network path to GitHub (DNS, firewall, proxy); the listener retries with backoff",
	StateNotFound:         "check url (organization, repository or enterprise) and runner_group; the listener retries with backoff",
	StateGitHubError:      "GitHub is failing or busy; the listener retries with backoff",
	StateBackendDown:      "start or fix the backend's engine (Docker, libvirtd, Tart); capacity is 0 until its health probe passes",
	StateGivingUp:         "runners fail to start (see the error and `outrunner status`'s runner table); fix the image or backend settings",
	StateError:            "fix the scale set's configuration and reload; nothing is retried until it changes",
	StateDraining:         "the scale set stops once its running jobs finish",
	StateStandby:          "",
	StateFleetUnreachable: "check the cluster section's etcd endpoints and the network path to etcd; running jobs go on, no new work starts until etcd answers",
}

// StateHint returns a one-line hint of what to do about a scale set in
// state, or "" for active or an unknown state.
func StateHint(state string) string { return stateHints[state] }

// Serving reports whether a scale set in state serves jobs: it is active,
// or, on a fleet node, another node leads it and this one stands by to take
// over.
func Serving(state string) bool { return state == StateActive || state == StateStandby }
