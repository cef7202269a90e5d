//go:build !cgo || !libvirt_dlopen

package libvirt

import (
	"context"
	"errors"

	"github.com/outrunner/outrunner/backends"
)

// errNoCgo is what the stub returns: the binary cannot talk to libvirt.
var errNoCgo = errors.New("libvirt backend unavailable: this outrunner binary was built without libvirt support (it needs cgo and the libvirt_dlopen build tag); rebuild it with make build, or CGO_ENABLED=1 go build -tags libvirt_dlopen")

// Provisioner is the stub used in binaries built without cgo or without the
// libvirt_dlopen tag. Every method
// reports that libvirt support is missing.
type Provisioner struct{}

// New always fails: the binary has no libvirt binding.
func New(Options) (*Provisioner, error) { return nil, backends.Permanent(errNoCgo) }

// URI returns "" (no connection is possible).
func (*Provisioner) URI() string { return "" }

// Start fails: no libvirt support.
func (*Provisioner) Start(context.Context, *backends.RunnerRequest) error {
	return backends.Permanent(errNoCgo)
}

// Stop fails: no libvirt support.
func (*Provisioner) Stop(context.Context, string) error { return errNoCgo }

// List fails: no libvirt support.
func (*Provisioner) List(context.Context) ([]backends.Environment, error) { return nil, errNoCgo }

// Wait fails: no libvirt support.
func (*Provisioner) Wait(context.Context, string) (backends.ExitStatus, error) {
	return backends.ExitStatus{}, errNoCgo
}

// Ping fails: no libvirt support.
func (*Provisioner) Ping(context.Context) error { return errNoCgo }

// Close does nothing.
func (*Provisioner) Close() error { return nil }
