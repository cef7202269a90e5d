package causes

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"
)

func TestText(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		kind    Kind
		summary string // the start of Short()
	}{
		{"bad token", `runner group "default": failed to get runner registration token: request POST http://127.0.0.1:4000/orgs/o/actions/runners/registration-token failed(status="401 Unauthorized"): unexpected status code: 401: failed to unmarshal error response body: {"message":"Bad credentials"}`,
			KindUnauthorized, "401 Bad credentials from GitHub: the token is wrong"},
		{"401 without GitHub's message", `request GET http://x/y failed(status="401 Unauthorized")`, KindUnauthorized, "401 Unauthorized from GitHub"},
		{"forbidden", `request GET http://x/y failed(status="403 Forbidden"): Resource not accessible by integration`, KindForbidden, "403 Resource not accessible by integration from GitHub"},
		{"403 rate limit", `request GET http://x/y failed(status="403 Forbidden"): API rate limit exceeded`, KindRateLimited, "403 Forbidden from GitHub: GitHub rate-limits"},
		{"not found", `looking up scale set "x": request GET http://x/y failed(status="404 Not Found"): unknown error`, KindNotFound, "404 Not Found from GitHub: check url"},
		{"conflict", `creating the message session: request POST http://x failed(status="409 Conflict"): SessionConflictException: taken`, KindConflict, "409 Conflict from GitHub"},
		{"rate limited", `request POST http://x failed(status="429 Too Many Requests")`, KindRateLimited, "429 Too Many Requests from GitHub"},
		{"secondary", `You have exceeded a secondary rate limit`, KindRateLimited, "GitHub's secondary rate limit"},
		{"server error", `request GET http://x failed(status="503 Service Unavailable")`, KindServerError, "503 Service Unavailable from GitHub"},
		{"status code only", `failed to get admin connection: unexpected status code: 502`, KindServerError, "502 from GitHub"},
		{"refused", `runner group "default": request POST http://127.0.0.1:1/orgs/o failed: failed to send request: POST http://127.0.0.1:1/orgs/o giving up after 5 attempt(s): Post "http://127.0.0.1:1/orgs/o": dial tcp 127.0.0.1:1: connect: connection refused`,
			KindRefused, "connection refused by 127.0.0.1:1: nothing listens there"},
		{"dns", `Post "https://api.nope.invalid/x": dial tcp: lookup api.nope.invalid on 127.0.0.53:53: no such host`, KindDNS, "DNS lookup of api.nope.invalid failed"},
		{"timeout", `Post "https://api.github.com/x": dial tcp 1.2.3.4:443: i/o timeout`, KindTimeout, "timed out talking to api.github.com"},
		{"no credentials", `no GitHub credentials: set token_file or github_app in the config, pass --token, or set GITHUB_TOKEN`, KindNoCredentials, "no GitHub credentials: set token_file"},
		{"no token", `GitHub client for http://x: no GitHub token`, KindNoCredentials, "no GitHub credentials"},
		{"image never", `starting the environment: docker: start runner img-never-9c0a: image img-never:latest is not present on the engine and pull_policy is never`,
			KindImageMissing, "image img-never:latest is missing and pull_policy is never: pull the image"},
		{"no such image", `docker: create container: Error response from daemon: No such image: foo:1`, KindImageMissing, "image not found"},
		{"engine down", `docker engine at unix:///var/run/docker.sock is unreachable: dial unix /var/run/docker.sock: connect: no such file or directory`, KindEngineDown, "the engine does not answer: start the engine"},
		{"libvirt down", `virConnectOpen: Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file`, KindEngineDown, "the engine does not answer"},
		{"permission", `open /var/lib/outrunner/base.qcow2: permission denied`, KindPermission, "permission denied on /var/lib/outrunner/base.qcow2"},
		{"unknown", `something odd happened`, KindUnknown, "something odd happened"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Text(tt.text)
			if c.Kind != tt.kind {
				t.Errorf("kind = %q, want %q (%s)", c.Kind, tt.kind, c.Short())
			}
			if !strings.HasPrefix(c.Short(), tt.summary) {
				t.Errorf("Short() = %q, want it to start with %q", c.Short(), tt.summary)
			}
			if c.Context != strings.Join(strings.Fields(tt.text), " ") {
				t.Errorf("Context = %q, want the whole text", c.Context)
			}
		})
	}
}

func TestOfTyped(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close()
	_, dialErr := net.DialTimeout("tcp", addr, time.Second)
	if dialErr == nil {
		t.Skip("something listens on a port just closed")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 0)
	defer cancel()
	<-ctx.Done()
	inner := errors.New("the innermost")
	tests := []struct {
		name    string
		err     error
		kind    Kind
		summary string
	}{
		{"nil", nil, KindUnknown, ""},
		{"refused", fmt.Errorf("ensuring: %w", dialErr), KindRefused, "connection refused by " + addr},
		{"dns", fmt.Errorf("get: %w", &net.DNSError{Err: "no such host", Name: "nope.invalid", IsNotFound: true}), KindDNS, "DNS lookup of nope.invalid failed"},
		{"deadline", fmt.Errorf("post http://gh.example/x: %w", ctx.Err()), KindTimeout, "timed out talking to gh.example"},
		{"unknown leads with the innermost", fmt.Errorf("a: %w", fmt.Errorf("b: %w", inner)), KindUnknown, "the innermost"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Of(tt.err)
			if c.Kind != tt.kind || !strings.HasPrefix(c.Short(), tt.summary) {
				t.Errorf("Of() = %q (%s), want %q starting %q", c.Short(), c.Kind, tt.kind, tt.summary)
			}
		})
	}
}

func TestString(t *testing.T) {
	tests := []struct {
		name string
		c    Cause
		want string
	}{
		{"hint and context", Cause{Kind: KindRefused, Summary: "s", Hint: "h", Context: "a: b"}, "s: h (a: b)"},
		{"no hint", Cause{Summary: "a: b", Context: "a: b"}, "a: b"},
		{"zero", Cause{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.c.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}
