//go:build !cgo

package libvirt

import (
	"context"
	"strings"
	"testing"

	"github.com/outrunner/outrunner/backends"
)

func TestStubExplainsMissingCgo(t *testing.T) {
	p, err := New(Options{Owner: backends.Ownership{DaemonID: "d"}})
	if p != nil || !backends.IsPermanent(err) || !strings.Contains(err.Error(), "built without cgo") || !strings.Contains(err.Error(), "CGO_ENABLED=1 -tags libvirt_dlopen") {
		t.Fatalf("New = %v, %v", p, err)
	}
	var s *Provisioner
	if err := s.Ping(context.Background()); err == nil {
		t.Error("stub Ping succeeded")
	}
}
