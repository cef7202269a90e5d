package libvirt

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

// Probe checks, read-only, that libvirtd answers at the URI and, for a URI
// on this host, that the golden image exists.
func (p *Provisioner) Probe(ctx context.Context, rc *config.RunnerConfig) []backends.ProbeResult {
	var out []backends.ProbeResult
	if err := p.Ping(ctx); err != nil {
		out = append(out, backends.ProbeOf("libvirt", backends.ProbeFailed, err.Error()))
	} else {
		out = append(out, backends.ProbeOf("libvirt", backends.ProbeOK, "connects to "+p.URI()))
	}
	if rc == nil || rc.Libvirt == nil || rc.Libvirt.Path == "" {
		return out
	}
	return append(out, probeImage(p.URI(), rc.Libvirt.Path))
}

// probeImage checks that the golden image exists, when the URI names this
// host (qemu:///system, qemu:///session, with or without ?socket=).
func probeImage(uri, path string) backends.ProbeResult {
	if !strings.Contains(uri, ":///") {
		return backends.ProbeOf("golden image", backends.ProbeWarning, "not checked: "+uri+" is another host")
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return backends.ProbeOf("golden image", backends.ProbeFailed, path+" does not exist")
	case err != nil:
		return backends.ProbeOf("golden image", backends.ProbeWarning, "cannot check "+path+": "+err.Error())
	case !fi.Mode().IsRegular():
		return backends.ProbeOf("golden image", backends.ProbeFailed, path+" is not a regular file")
	}
	return backends.ProbeOf("golden image", backends.ProbeOK, path+" exists")
}

var _ backends.Prober = (*Provisioner)(nil)
