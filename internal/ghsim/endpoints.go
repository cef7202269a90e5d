package ghsim

// Stable endpoint identifiers, used for fault injection, call metrics and the
// documentation. Endpoint lists them all.
const (
	EndpointRegistrationToken  = "registration_token"
	EndpointAppToken           = "app_token"
	EndpointRunnerRegistration = "runner_registration"
	EndpointRunnerGroups       = "runner_groups"
	EndpointScaleSetsList      = "scalesets_list"
	EndpointScaleSetsGet       = "scalesets_get"
	EndpointScaleSetCreate     = "scaleset_create"
	EndpointScaleSetUpdate     = "scaleset_update"
	EndpointScaleSetDelete     = "scaleset_delete"
	EndpointJITConfig          = "jit_config"
	EndpointRunnerGet          = "runner_get"
	EndpointRunnerList         = "runner_list"
	EndpointRunnerDelete       = "runner_delete"
	EndpointSessionCreate      = "session_create"
	EndpointSessionRefresh     = "session_refresh"
	EndpointSessionDelete      = "session_delete"
	EndpointMessageGet         = "message_get"
	EndpointMessageDelete      = "message_delete"
	EndpointAcquireJobs        = "acquire_jobs"
	EndpointRunnerConnect      = "runner_connect"
	EndpointRunnerPoll         = "runner_poll"
	EndpointRunnerComplete     = "runner_complete"
)

// Endpoints lists every endpoint identifier that faults and metrics know.
func Endpoints() []string {
	return []string{
		EndpointRegistrationToken, EndpointAppToken, EndpointRunnerRegistration,
		EndpointRunnerGroups, EndpointScaleSetsList, EndpointScaleSetsGet,
		EndpointScaleSetCreate, EndpointScaleSetUpdate, EndpointScaleSetDelete,
		EndpointJITConfig, EndpointRunnerGet, EndpointRunnerList, EndpointRunnerDelete,
		EndpointSessionCreate, EndpointSessionRefresh, EndpointSessionDelete,
		EndpointMessageGet, EndpointMessageDelete, EndpointAcquireJobs,
		EndpointRunnerConnect, EndpointRunnerPoll, EndpointRunnerComplete,
	}
}

func knownEndpoint(id string) bool {
	for _, e := range Endpoints() {
		if e == id {
			return true
		}
	}
	return false
}
