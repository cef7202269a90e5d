package docker

import (
	"testing"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

// newTestProvisioner returns a Provisioner that is closed when the test ends.
func newTestProvisioner(t testing.TB, opts Options) *Provisioner {
	t.Helper()
	p, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// testRequest is a runner request for image with no network.
func testRequest(name, image, jit string) *backends.RunnerRequest {
	return testRequestWith(name, jit, config.DockerImage{Image: image, Network: "none"})
}

// testRequestWith is a runner request with the given docker block.
func testRequestWith(name, jit string, d config.DockerImage) *backends.RunnerRequest {
	rc := &config.RunnerConfig{Name: testOwner.ScaleSet, Docker: &d}
	rc.ApplyBackendDefaults()
	return &backends.RunnerRequest{Name: name, JITConfig: jit, Runner: rc}
}
