package libvirt

import (
	"context"
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

// resolveConnSettings fills the defaults of the connection part of a
// libvirt block (uri, socket, overlay_dir), checks it with checkConn and
// resolves it.
func resolveConnSettings(in *config.LibvirtImage) (connSettings, error) {
	c := config.LibvirtImage{URI: config.DefaultLibvirtURI, OverlayDir: config.DefaultLibvirtOverlayDir}
	if in != nil {
		c.Socket = in.Socket
		if in.URI != "" {
			c.URI = in.URI
		}
		if in.OverlayDir != "" {
			c.OverlayDir = in.OverlayDir
		}
	}
	var r config.Report
	checkConn(&r, &c)
	if err := backends.SettingsError("libvirt", r.Problems()); err != nil {
		return connSettings{}, err
	}
	return connSettings{uri: withSocket(c.URI, c.Socket), overlayDir: filepath.Clean(c.OverlayDir)}, nil
}

// withSocket adds the gha-outrunner socket setting to a checked URI as its
// socket parameter, unless socket is empty or the URI names a socket of
// its own.
func withSocket(uri, socket string) string {
	u, err := url.Parse(uri)
	if err != nil || socket == "" {
		return uri
	}
	q := u.Query()
	if q.Get("socket") != "" {
		return uri
	}
	q.Set("socket", socket)
	u.RawQuery = q.Encode()
	return u.String()
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
