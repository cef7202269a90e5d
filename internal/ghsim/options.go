package ghsim

import (
	"crypto/rsa"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Defaults applied by New to zero Options fields.
const (
	DefaultListen            = "127.0.0.1:0"
	DefaultToken             = "sim-token"
	DefaultOrg               = "sim-org"
	DefaultRepository        = "sim-org/sim-repo"
	DefaultPollHold          = time.Second
	DefaultSessionTTL        = 2 * time.Minute
	DefaultQueueTokenTTL     = time.Hour
	DefaultAdminTokenTTL     = time.Hour
	DefaultRunnerLostTimeout = 30 * time.Second
)

// GitHubApp is a GitHub App the simulator accepts: the client signs an RS256
// JWT whose iss is ClientID (or AppID in decimal) and asks for a token of one of
// InstallationIDs.
type GitHubApp struct {
	ClientID        string
	AppID           int64
	InstallationIDs []int64
	PublicKey       *rsa.PublicKey
}

// Options configures a Server. The zero value is usable.
type Options struct {
	// Listen is the TCP address to listen on (default 127.0.0.1:0). Use a
	// loopback address: the server has no TLS and no authentication on its
	// control API.
	Listen string
	// AdvertiseURL is the base URL put into every URL the simulator hands out
	// (config URLs, the Actions service URL, queue URLs, JIT configs), for
	// runners that reach it by another address (e.g. from a VM). Default:
	// http://<listen address>, with an unspecified host (":0", "0.0.0.0")
	// replaced by 127.0.0.1.
	AdvertiseURL string
	// Token is the personal access token the GitHub REST endpoints accept
	// (default "sim-token").
	Token string
	// Apps are the GitHub Apps whose installation tokens are accepted.
	Apps []GitHubApp
	// RunnerGroups names runner groups that exist besides "default" (id 1);
	// they get ids 2, 3, ... in order.
	RunnerGroups []string
	// PollHold is how long a message-queue long-poll waits before answering
	// 202 (default 1s; the real service holds about 50s).
	PollHold time.Duration
	// SessionTTL is how long a message session lives without being polled
	// (default 2m). An expired session no longer blocks a new one.
	SessionTTL time.Duration
	// QueueTokenTTL is the lifetime of a message-queue access token (default
	// 1h); an expired token gets 401 and the client refreshes the session.
	QueueTokenTTL time.Duration
	// AdminTokenTTL is the lifetime of the Actions-service admin JWT (default 1h).
	AdminTokenTTL time.Duration
	// RunnerLostTimeout is how long a connected runner may go without polling
	// before the simulator considers it lost (default 30s). A lost busy runner
	// fails its job and loses its registration; a lost idle runner goes offline.
	RunnerLostTimeout time.Duration
	// RunnerDisconnectTimeout is how long a runner whose poll connection
	// broke (its process died) may take to poll again before it is lost
	// (default RunnerLostTimeout). GitHub notices a dead runner's broken
	// connection sooner than a silent one.
	RunnerDisconnectTimeout time.Duration
	// Seed seeds the random source behind probabilistic faults.
	Seed uint64
	// Faults are the faults in force at start; see (*Server).SetFaults.
	Faults Faults
	// AssignWithoutAcquire makes jobs go straight to assigned (JobAssigned, no
	// JobAvailable, no acquirejobs call needed), as older service versions did.
	AssignWithoutAcquire bool
	// Logger receives the simulator's logs; nil discards them.
	Logger *slog.Logger
}

func (o *Options) applyDefaults() {
	if o.Listen == "" {
		o.Listen = DefaultListen
	}
	if o.Token == "" {
		o.Token = DefaultToken
	}
	if o.PollHold <= 0 {
		o.PollHold = DefaultPollHold
	}
	if o.SessionTTL <= 0 {
		o.SessionTTL = DefaultSessionTTL
	}
	if o.QueueTokenTTL <= 0 {
		o.QueueTokenTTL = DefaultQueueTokenTTL
	}
	if o.AdminTokenTTL <= 0 {
		o.AdminTokenTTL = DefaultAdminTokenTTL
	}
	if o.RunnerLostTimeout <= 0 {
		o.RunnerLostTimeout = DefaultRunnerLostTimeout
	}
	if o.RunnerDisconnectTimeout <= 0 || o.RunnerDisconnectTimeout > o.RunnerLostTimeout {
		o.RunnerDisconnectTimeout = o.RunnerLostTimeout
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
}

func (o *Options) validate() error {
	if o.AdvertiseURL != "" {
		u, err := url.Parse(o.AdvertiseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") {
			return errors.New("AdvertiseURL must be an absolute http(s) URL without a path")
		}
		o.AdvertiseURL = strings.TrimSuffix(o.AdvertiseURL, "/")
	}
	if o.AdminTokenTTL < 2*time.Minute {
		// The client refreshes a token that expires within 60s before every call.
		return errors.New("AdminTokenTTL must be at least 2m")
	}
	seen := map[string]bool{"default": true}
	for _, g := range o.RunnerGroups {
		if strings.TrimSpace(g) == "" {
			return errors.New("runner group names must not be empty")
		}
		if seen[strings.ToLower(g)] {
			return fmt.Errorf("duplicate runner group %q", g)
		}
		seen[strings.ToLower(g)] = true
	}
	for i, a := range o.Apps {
		if a.PublicKey == nil {
			return fmt.Errorf("app %d: PublicKey is required", i)
		}
		if a.ClientID == "" && a.AppID == 0 {
			return fmt.Errorf("app %d: ClientID or AppID is required", i)
		}
	}
	return o.Faults.validate()
}

// issuerMatches reports whether a JWT iss names the app.
func (a *GitHubApp) issuerMatches(iss string) bool {
	if iss == "" {
		return false
	}
	return iss == a.ClientID || (a.AppID != 0 && iss == strconv.FormatInt(a.AppID, 10))
}
