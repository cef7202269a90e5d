// Package causes turns an error chain into a line that leads with its
// cause: it finds the innermost cause, classifies the common ones (GitHub's
// HTTP answers, an unreachable host, a missing image, a container engine
// that does not answer, a permission refused, missing credentials) and
// gives each a short summary and what to do about it. The full chain
// follows as context.
//
// Errors cross actors as text (a panic's reason, a snapshot's last error),
// so classification works on an error value (typed checks first) and on
// its text alike.
package causes

import (
	"context"
	"errors"
	"net"
	"os"
	"regexp"
	"strings"
	"syscall"
)

// Kind names a class of cause.
type Kind string

// Kinds of cause. KindUnknown is an error none of the others describe.
const (
	KindUnknown       Kind = ""
	KindNoCredentials Kind = "no_credentials"     // no token or app configured
	KindUnauthorized  Kind = "unauthorized"       // GitHub answered 401
	KindForbidden     Kind = "forbidden"          // GitHub answered 403
	KindNotFound      Kind = "not_found"          // GitHub answered 404
	KindConflict      Kind = "conflict"           // GitHub answered 409
	KindRateLimited   Kind = "rate_limited"       // GitHub answered 429 or its secondary limit
	KindServerError   Kind = "server_error"       // GitHub answered 5xx
	KindRefused       Kind = "connection_refused" // nothing listens at the address
	KindDNS           Kind = "dns"                // the host name does not resolve
	KindTimeout       Kind = "timeout"            // no answer in time
	KindImageMissing  Kind = "image_missing"      // the image is not on the engine
	KindEngineDown    Kind = "engine_down"        // the container or VM engine does not answer
	KindPermission    Kind = "permission_denied"  // the OS refused access
)

// Cause is a classified error.
type Cause struct {
	// Kind is the class of the cause.
	Kind Kind
	// Summary names the cause in a few words, e.g.
	// "401 Bad credentials from GitHub".
	Summary string
	// Hint says what to do about it; empty for an unknown cause.
	Hint string
	// Context is the whole error chain, one line.
	Context string
}

// Known reports whether the cause was classified.
func (c Cause) Known() bool { return c.Kind != KindUnknown }

// Short is the summary and the hint: the line for a table or a warning.
// An unknown cause gives its innermost message.
func (c Cause) Short() string {
	if c.Hint == "" {
		return c.Summary
	}
	return c.Summary + ": " + c.Hint
}

// String is Short followed by the context.
func (c Cause) String() string {
	s := c.Short()
	if c.Context == "" || c.Context == c.Summary {
		return s
	}
	return s + " (" + c.Context + ")"
}

// GitHub reports whether the cause is GitHub refusing or failing a request
// (as opposed to not being reached).
func (c Cause) GitHub() bool {
	switch c.Kind {
	case KindUnauthorized, KindForbidden, KindNotFound, KindConflict, KindRateLimited, KindServerError:
		return true
	}
	return false
}

// Unreachable reports whether the cause is a host that could not be reached.
func (c Cause) Unreachable() bool {
	return c.Kind == KindRefused || c.Kind == KindDNS || c.Kind == KindTimeout
}

// Of classifies err. A nil error gives the zero Cause.
func Of(err error) Cause {
	if err == nil {
		return Cause{}
	}
	text := oneLine(err.Error())
	if c, ok := typed(err, text); ok {
		return c
	}
	c := classify(text)
	if !c.Known() {
		c.Summary = innermost(err)
	}
	return c
}

// Text classifies an error's text. An empty text gives the zero Cause.
func Text(s string) Cause {
	s = oneLine(s)
	if s == "" {
		return Cause{}
	}
	return classify(s)
}

// Short is Text(s).Short(): the cause-first line for an error's text, or
// "" for an empty one.
func Short(s string) string { return Text(s).Short() }

// typed classifies by the error values in err's chain.
func typed(err error, text string) (Cause, bool) {
	var dns *net.DNSError
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return refused(text), true
	case errors.As(err, &dns):
		return Cause{Kind: KindDNS, Summary: "DNS lookup of " + dns.Name + " failed", Hint: hintDNS, Context: text}, true
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded):
		if c := classify(text); c.Known() && c.Kind != KindTimeout {
			// A deadline that ended retries of a known failure.
			return c, true
		}
		return Cause{Kind: KindTimeout, Summary: "timed out" + hostPart(text), Hint: hintTimeout, Context: text}, true
	case errors.Is(err, os.ErrPermission):
		return Cause{Kind: KindPermission, Summary: "permission denied" + pathPart(text), Hint: hintPermission, Context: text}, true
	}
	return Cause{}, false
}

// Hints, one per kind.
const (
	hintNoCredentials = "set token_file or github_app in the configuration, pass --token, or set GITHUB_TOKEN"
	hintUnauthorized  = "the token is wrong, expired or revoked; check token_file / GITHUB_TOKEN (or the GitHub App's key)"
	hintForbidden     = "the credential lacks a permission: the token needs admin:org (organization) or repo (repository) scope, a GitHub App Self-hosted runners write"
	hintNotFound      = "check url: the organization, repository or enterprise does not exist or the credential cannot see it"
	hintConflict      = "another session holds the scale set (a second daemon with the same scale set name?); a stale one expires after a few minutes"
	hintRateLimited   = "GitHub rate-limits the credential; lower github.rate_limit or wait"
	hintServerError   = "GitHub is failing; the daemon retries with backoff"
	hintRefused       = "nothing listens there; check url and that GitHub (or the proxy) is reachable from this host"
	hintDNS           = "the host name does not resolve; check url and the host's DNS"
	hintTimeout       = "no answer in time; check the network path to GitHub (firewall, proxy)"
	hintImageMissing  = "pull the image on the engine (docker pull), or set pull_policy: missing"
	hintEngineDown    = "start the engine or fix its socket (docker.host, libvirt.uri); capacity is 0 until it answers"
	hintPermission    = "the daemon's user may not use it; check the file's or socket's owner and mode (e.g. docker group)"
)

var (
	statusRe  = regexp.MustCompile(`status="?(\d{3})([^",)]*)`)
	codeRe    = regexp.MustCompile(`unexpected status code: (\d{3})`)
	dialRe    = regexp.MustCompile(`dial (?:tcp|tcp4|tcp6|unix) ([^ ]+?): connect: connection refused`)
	hostRe    = regexp.MustCompile(`lookup ([^ :]+)`)
	urlHostRe = regexp.MustCompile(`https?://([^/ "]+)`)
	imageRe   = regexp.MustCompile(`image (\S+) is not present`)
)

// classify classifies an error by its text.
func classify(text string) Cause {
	lower := strings.ToLower(text)
	c := Cause{Context: text}
	switch {
	case strings.Contains(lower, "no github credentials") || strings.Contains(lower, "no github token"):
		c.Kind, c.Summary, c.Hint = KindNoCredentials, "no GitHub credentials", hintNoCredentials
	case strings.Contains(lower, "no github url"):
		c.Kind, c.Summary, c.Hint = KindNotFound, "no GitHub URL", "set url in the configuration or pass --url"
	case strings.Contains(lower, "secondary rate limit"):
		c.Kind, c.Summary, c.Hint = KindRateLimited, "GitHub's secondary rate limit", hintRateLimited
	case httpStatus(text) != "":
		return fromStatus(text, c)
	case strings.Contains(lower, "is not present on the engine and pull_policy is never"):
		img := "the image"
		if m := imageRe.FindStringSubmatch(text); m != nil {
			img = "image " + m[1]
		}
		c.Kind, c.Summary, c.Hint = KindImageMissing, img+" is missing and pull_policy is never", hintImageMissing
	case strings.Contains(lower, "no such image") || strings.Contains(lower, "pull access denied") || strings.Contains(lower, "manifest unknown"):
		c.Kind, c.Summary, c.Hint = KindImageMissing, "image not found", hintImageMissing
	case strings.Contains(lower, "docker engine") && strings.Contains(lower, "unreachable"),
		strings.Contains(lower, "cannot connect to the docker daemon"),
		strings.Contains(lower, "failed to connect socket"),
		strings.Contains(lower, "failed to connect to the hypervisor"):
		c.Kind, c.Summary, c.Hint = KindEngineDown, "the engine does not answer", hintEngineDown
	case strings.Contains(lower, "connection refused"):
		return refused(text)
	case strings.Contains(lower, "no such host") || strings.Contains(lower, "server misbehaving"):
		host := ""
		if m := hostRe.FindStringSubmatch(text); m != nil {
			host = " of " + m[1]
		}
		c.Kind, c.Summary, c.Hint = KindDNS, "DNS lookup"+host+" failed", hintDNS
	case strings.Contains(lower, "i/o timeout"), strings.Contains(lower, "deadline exceeded"),
		strings.Contains(lower, "timeout awaiting"), strings.Contains(lower, "handshake timeout"),
		strings.Contains(lower, "client.timeout exceeded"):
		c.Kind, c.Summary, c.Hint = KindTimeout, "timed out"+hostPart(text), hintTimeout
	case strings.Contains(lower, "permission denied"):
		c.Kind, c.Summary, c.Hint = KindPermission, "permission denied"+pathPart(text), hintPermission
	default:
		c.Summary = text
	}
	return c
}

// httpStatus returns the HTTP status code an error's text reports, or "".
func httpStatus(text string) string {
	if m := statusRe.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	if m := codeRe.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}

// fromStatus classifies GitHub's HTTP answer.
func fromStatus(text string, c Cause) Cause {
	code := httpStatus(text)
	reason := githubMessage(text)
	if reason == "" {
		if m := statusRe.FindStringSubmatch(text); m != nil {
			reason = strings.TrimSpace(m[2])
		}
	}
	c.Summary = strings.TrimSpace(code+" "+reason) + " from GitHub"
	switch {
	case code == "401":
		c.Kind, c.Hint = KindUnauthorized, hintUnauthorized
	case code == "403" && strings.Contains(strings.ToLower(text), "rate limit"):
		c.Kind, c.Hint = KindRateLimited, hintRateLimited
	case code == "403":
		c.Kind, c.Hint = KindForbidden, hintForbidden
	case code == "404":
		c.Kind, c.Hint = KindNotFound, hintNotFound
	case code == "409":
		c.Kind, c.Hint = KindConflict, hintConflict
	case code == "429":
		c.Kind, c.Hint = KindRateLimited, hintRateLimited
	case code[0] == '5':
		c.Kind, c.Hint = KindServerError, hintServerError
	default:
		c.Kind = KindUnknown
	}
	return c
}

// githubMessages are GitHub's messages worth naming in a summary.
var githubMessages = []string{"Bad credentials", "Not Found", "Resource not accessible by integration",
	"Must have admin rights to Repository", "Requires authentication", "A JSON web token could not be decoded"}

// githubMessage returns a well-known message of GitHub's in text, or "".
func githubMessage(text string) string {
	for _, m := range githubMessages {
		if strings.Contains(text, m) {
			return m
		}
	}
	return ""
}

// refused describes a refused connection.
func refused(text string) Cause {
	addr := ""
	if m := dialRe.FindStringSubmatch(text); m != nil {
		addr = " by " + m[1]
	}
	return Cause{Kind: KindRefused, Summary: "connection refused" + addr, Hint: hintRefused, Context: text}
}

// hostPart names the host of the first URL in text, as " talking to HOST".
func hostPart(text string) string {
	if m := urlHostRe.FindStringSubmatch(text); m != nil {
		return " talking to " + m[1]
	}
	return ""
}

// pathPart names what a "permission denied" was about, when text says.
func pathPart(text string) string {
	i := strings.Index(strings.ToLower(text), "permission denied")
	if i < 0 {
		return ""
	}
	before := strings.TrimSuffix(strings.TrimSpace(text[:i]), ":")
	if j := strings.LastIndex(before, " "); j >= 0 {
		before = before[j+1:]
	}
	if strings.HasPrefix(before, "/") {
		return " on " + before
	}
	return ""
}

// innermost returns the message of the deepest error in err's chain that
// says something of its own.
func innermost(err error) string {
	msg := oneLine(err.Error())
	for e := errors.Unwrap(err); e != nil; e = errors.Unwrap(e) {
		if m := oneLine(e.Error()); m != "" {
			msg = m
		}
	}
	return msg
}

// oneLine joins the lines and runs of spaces of s.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
