package libvirt

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/config"
)

// Options configures a Provisioner.
type Options struct {
	// Owner is written into every domain's metadata and overlay sidecar and
	// selects what List reports. Owner.DaemonID is required.
	Owner backends.Ownership
	// Config is the scale set's libvirt block. Its uri/socket and
	// overlay_dir are the provisioner's connection settings; VM settings
	// are read from each request instead. Nil means all defaults.
	Config *config.LibvirtImage
	// Logger receives the backend's logs; nil discards them. The caller's
	// logger carries the backend attribute (logkey.Backend); the backend
	// does not add it again.
	Logger *slog.Logger
	// Agent talks to the QEMU guest agent of a domain. Nil uses libvirt's
	// virDomainQemuAgentCommand on the provisioner's own connection.
	Agent Agent
}

// Agent sends QEMU guest agent (QGA) commands to a domain. A command is one
// QGA JSON request such as {"execute":"guest-ping"}; the reply is QGA's JSON
// answer ({"return":...}). An error reply may come back either as an error
// or as a {"error":{...}} document; callers handle both.
type Agent interface {
	// Command sends command to the guest agent of the named domain and
	// returns the raw JSON reply. It returns when ctx ends.
	Command(ctx context.Context, domain, command string) (string, error)
}

// connSettings are the provisioner-wide settings taken from Options.
type connSettings struct {
	uri        string
	overlayDir string
}

// resolveConnSettings validates the connection part of a libvirt block and
// fills its defaults.
func resolveConnSettings(c *config.LibvirtImage) (connSettings, error) {
	var s connSettings
	var uri, socket string
	if c != nil {
		uri, socket, s.overlayDir = c.URI, c.Socket, c.OverlayDir
	}
	u, err := resolveURI(uri, socket)
	if err != nil {
		return s, err
	}
	s.uri = u
	if s.overlayDir == "" {
		s.overlayDir = config.DefaultLibvirtOverlayDir
	}
	if !filepath.IsAbs(s.overlayDir) {
		return s, fmt.Errorf("libvirt overlay_dir %q must be an absolute path", s.overlayDir)
	}
	s.overlayDir = filepath.Clean(s.overlayDir)
	return s, nil
}

// resolveURI returns the libvirt connection URI: uri (default
// qemu:///system) with the gha-outrunner socket setting added as its socket
// parameter when the URI names no socket of its own.
func resolveURI(uri, socket string) (string, error) {
	if uri == "" {
		uri = config.DefaultLibvirtURI
	}
	u, err := url.Parse(uri)
	if err != nil || u.Scheme == "" {
		return "", fmt.Errorf("libvirt uri %q is not a libvirt connection URI (e.g. qemu:///system or qemu+ssh://host/system)", uri)
	}
	if socket == "" {
		return uri, nil
	}
	if !filepath.IsAbs(socket) {
		return "", fmt.Errorf("libvirt socket %q must be an absolute path", socket)
	}
	q := u.Query()
	if q.Get("socket") != "" {
		return uri, nil
	}
	q.Set("socket", socket)
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// isLocalURI reports whether a URI addresses the hypervisor on this host.
func isLocalURI(uri string) bool {
	u, err := url.Parse(uri)
	if err != nil {
		return false
	}
	_, transport, _ := strings.Cut(u.Scheme, "+")
	return u.Host == "" && (transport == "" || transport == "unix")
}
