// Package ghsim is a loopback simulator of GitHub and the GitHub Actions
// service, faithful enough that the real github.com/actions/scaleset client and
// its listener package run against it unchanged.
//
// A Server answers the GitHub REST bootstrap calls (registration tokens, GitHub
// App installation tokens, runner-registration), the Actions-service scale set,
// runner, session and acquire-job endpoints, and the long-polled message queue.
// It models jobs (available, acquired, assigned, running, completed), runner
// registrations created by JIT configs, emulated runners (see the emurunner
// package and cmd/simrunner) that take exactly one job each, fault injection
// reproducible from a seed, and inspection of everything for assertions.
//
// docs/reference/simulator.md documents the control API, endpoint identifiers,
// fault settings and the deliberate simplifications.
package ghsim
