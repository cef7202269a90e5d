//go:build !cgo || !libvirt_dlopen

package libvirt

import (
	"context"
	"strings"
	"testing"

	"github.com/outrunner/outrunner/backends"
)

func TestStubExplainsMissingCgo(t *testing.T) {
	t.Log("this build has no libvirt support (cgo off or no -tags libvirt_dlopen): only the stub is tested; make test runs the real tests")
	p, err := New(Options{Owner: backends.Ownership{DaemonID: "d"}})
	if p != nil || !backends.IsPermanent(err) || !strings.Contains(err.Error(), "built without libvirt support") || !strings.Contains(err.Error(), "-tags libvirt_dlopen") {
		t.Fatalf("New = %v, %v", p, err)
	}
	var s *Provisioner
	if err := s.Ping(context.Background()); err == nil {
		t.Error("stub Ping succeeded")
	}
}
