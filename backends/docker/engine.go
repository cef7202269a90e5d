package docker

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/docker/cli/cli/connhelper"
	"github.com/docker/docker/client"
	"github.com/docker/go-connections/tlsconfig"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
)

// Sources of a resolved engine endpoint, in the order they are tried.
const (
	SourceConfig     = "config"      // the docker block's host key
	SourceDockerHost = "DOCKER_HOST" // the DOCKER_HOST environment variable
	SourceContext    = "context"     // the active docker CLI context
	SourceSocket     = "socket"      // a well-known socket that exists
	SourceDefault    = "default"     // no socket found: the engine's default socket
)

// DefaultHost is the engine endpoint used when nothing else is configured and
// no well-known socket exists.
const DefaultHost = "unix:///var/run/docker.sock"

// ErrEngineUnreachable is matched (errors.Is) by every error caused by an
// engine that does not answer: nothing listens on the socket, the connection
// was refused or dropped, or the ssh tunnel failed.
var ErrEngineUnreachable = errors.New("docker engine unreachable")

// EngineUnreachableError reports that the engine at Host did not answer.
// It matches ErrEngineUnreachable with errors.Is.
type EngineUnreachableError struct {
	// Host is the engine endpoint that was tried.
	Host string
	// Err is the transport error.
	Err error
}

// Error names the engine and says that it is unreachable.
func (e *EngineUnreachableError) Error() string {
	return fmt.Sprintf("docker engine at %s is unreachable: %v", e.Host, e.Err)
}

// Unwrap returns the transport error.
func (e *EngineUnreachableError) Unwrap() error { return e.Err }

// Is reports whether target is ErrEngineUnreachable.
func (e *EngineUnreachableError) Is(target error) bool { return target == ErrEngineUnreachable }

// Endpoint is a resolved Docker engine address.
type Endpoint struct {
	// Host is the engine URL: unix://, tcp:// or ssh://.
	Host string
	// Source says where Host came from (SourceConfig, SourceDockerHost,
	// SourceContext, SourceSocket or SourceDefault).
	Source string
	// Context is the docker CLI context name when Source is SourceContext.
	Context string
	// TLSDir holds ca.pem, cert.pem and key.pem for a TLS tcp:// engine;
	// empty means plain TCP.
	TLSDir string
	// TLSVerify verifies the engine's certificate against ca.pem.
	TLSVerify bool
}

// String describes the endpoint and where it came from.
func (e Endpoint) String() string {
	if e.Source == SourceContext {
		return fmt.Sprintf("%s (docker context %q)", e.Host, e.Context)
	}
	return fmt.Sprintf("%s (%s)", e.Host, e.Source)
}

// resolveEnv is what host resolution reads from the outside world; tests
// replace it.
type resolveEnv struct {
	// getenv reads an environment variable (HOME, DOCKER_HOST, ...).
	getenv func(string) string
	// isSocket reports whether path is an existing unix socket.
	isSocket func(path string) bool
}

// osResolveEnv is the process environment and file system.
var osResolveEnv = resolveEnv{
	getenv: os.Getenv,
	isSocket: func(path string) bool {
		fi, err := os.Stat(path)
		return err == nil && fi.Mode()&fs.ModeSocket != 0
	},
}

// ResolveHost returns the engine endpoint to use: configured (the docker
// block's host key) when set, else DOCKER_HOST, else the active docker CLI
// context (DOCKER_CONTEXT or currentContext in $DOCKER_CONFIG/config.json,
// read from the context store without running the docker CLI), else the
// first well-known socket that exists (/var/run/docker.sock, Docker
// Desktop, Colima, rootless and rootful Podman), else DefaultHost.
// It fails only on an invalid setting: a malformed host, an unreadable
// docker configuration or a context that does not exist.
func ResolveHost(configured string) (Endpoint, error) {
	return resolveHost(configured, osResolveEnv)
}

func resolveHost(configured string, env resolveEnv) (Endpoint, error) {
	if configured != "" {
		ep := Endpoint{Host: configured, Source: SourceConfig}
		applyEnvTLS(&ep, env)
		return ep, validateHost(ep.Host, "host")
	}
	if h := env.getenv("DOCKER_HOST"); h != "" {
		ep := Endpoint{Host: h, Source: SourceDockerHost}
		applyEnvTLS(&ep, env)
		return ep, validateHost(ep.Host, "DOCKER_HOST")
	}
	ep, ok, err := contextEndpoint(env)
	if err != nil || ok {
		return ep, err
	}
	for _, s := range wellKnownSockets(env) {
		if env.isSocket(s) {
			return Endpoint{Host: "unix://" + s, Source: SourceSocket}, nil
		}
	}
	return Endpoint{Host: DefaultHost, Source: SourceDefault}, nil
}

// wellKnownSockets lists the sockets probed when nothing is configured.
func wellKnownSockets(env resolveEnv) []string {
	socks := []string{"/var/run/docker.sock"}
	if home := env.getenv("HOME"); home != "" {
		socks = append(socks,
			filepath.Join(home, ".docker", "run", "docker.sock"),     // Docker Desktop (macOS)
			filepath.Join(home, ".docker", "desktop", "docker.sock"), // Docker Desktop (Linux)
			filepath.Join(home, ".colima", "default", "docker.sock"), // Colima
		)
	}
	if xdg := env.getenv("XDG_RUNTIME_DIR"); xdg != "" {
		socks = append(socks, filepath.Join(xdg, "podman", "podman.sock")) // rootless Podman
	}
	return append(socks, "/run/podman/podman.sock") // rootful Podman
}

// dockerConfigDir is $DOCKER_CONFIG or ~/.docker ("" when neither is known).
func dockerConfigDir(env resolveEnv) string {
	if d := env.getenv("DOCKER_CONFIG"); d != "" {
		return d
	}
	if home := env.getenv("HOME"); home != "" {
		return filepath.Join(home, ".docker")
	}
	return ""
}

// applyEnvTLS turns on TLS for a tcp:// endpoint when DOCKER_CERT_PATH or
// DOCKER_TLS_VERIFY is set, as the docker CLI does.
func applyEnvTLS(ep *Endpoint, env resolveEnv) {
	if !strings.HasPrefix(ep.Host, "tcp://") {
		return
	}
	certPath, verify := env.getenv("DOCKER_CERT_PATH"), env.getenv("DOCKER_TLS_VERIFY")
	if certPath == "" && verify == "" {
		return
	}
	if certPath == "" {
		certPath = dockerConfigDir(env)
	}
	ep.TLSDir, ep.TLSVerify = certPath, verify != ""
}

// contextEndpoint reads the active docker CLI context. ok is false when no
// context other than "default" is active.
func contextEndpoint(env resolveEnv) (ep Endpoint, ok bool, err error) {
	dir := dockerConfigDir(env)
	name := env.getenv("DOCKER_CONTEXT")
	if name == "" && dir != "" {
		cfgPath := filepath.Join(dir, "config.json")
		data, err := os.ReadFile(cfgPath)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return ep, false, fmt.Errorf("read docker CLI config: %w", err)
		default:
			var cfg struct {
				CurrentContext string `json:"currentContext"`
			}
			if err := json.Unmarshal(data, &cfg); err != nil {
				return ep, false, fmt.Errorf("parse docker CLI config %s: %w", cfgPath, err)
			}
			name = cfg.CurrentContext
		}
	}
	if name == "" || name == "default" {
		return ep, false, nil
	}
	if dir == "" {
		return ep, false, fmt.Errorf("docker context %q is active but neither DOCKER_CONFIG nor HOME is set", name)
	}
	sum := sha256.Sum256([]byte(name))
	id := hex.EncodeToString(sum[:])
	metaPath := filepath.Join(dir, "contexts", "meta", id, "meta.json")
	data, err := os.ReadFile(metaPath)
	if err != nil {
		return ep, false, fmt.Errorf("docker context %q: %w", name, err)
	}
	var meta struct {
		Endpoints map[string]struct {
			Host          string `json:"Host"`
			SkipTLSVerify bool   `json:"SkipTLSVerify"`
		} `json:"Endpoints"`
	}
	if err := json.Unmarshal(data, &meta); err != nil {
		return ep, false, fmt.Errorf("parse docker context %q (%s): %w", name, metaPath, err)
	}
	d, found := meta.Endpoints["docker"]
	if !found || d.Host == "" {
		return ep, false, fmt.Errorf("docker context %q (%s) has no docker endpoint", name, metaPath)
	}
	ep = Endpoint{Host: d.Host, Source: SourceContext, Context: name}
	tlsDir := filepath.Join(dir, "contexts", "tls", id, "docker")
	if _, err := os.Stat(filepath.Join(tlsDir, "cert.pem")); err == nil && strings.HasPrefix(d.Host, "tcp://") {
		ep.TLSDir, ep.TLSVerify = tlsDir, !d.SkipTLSVerify
	}
	return ep, true, validateHost(ep.Host, fmt.Sprintf("docker context %q", name))
}

// validateHost checks that host is a unix://, tcp:// or ssh:// URL.
func validateHost(host, what string) error {
	u, err := url.Parse(host)
	if err != nil {
		return fmt.Errorf("%s %q is not a valid engine URL: %w", what, host, err)
	}
	switch u.Scheme {
	case "unix":
		if u.Path == "" {
			return fmt.Errorf("%s %q names no socket path", what, host)
		}
	case "tcp", "ssh":
		if u.Host == "" {
			return fmt.Errorf("%s %q names no host", what, host)
		}
	default:
		return fmt.Errorf("%s %q: scheme must be unix://, tcp:// or ssh://", what, host)
	}
	return nil
}

// newClient builds an API client for ep. It does not contact the engine:
// the API version is negotiated on the first request (Debian's engine
// speaks 1.41), and the client redials after the engine restarts. The
// client's OpenTelemetry instrumentation (a span, metrics and a wrapped
// body per request, which outrunner exports nowhere) is bypassed.
func newClient(ep Endpoint) (*client.Client, error) {
	opts := []client.Opt{
		client.WithAPIVersionNegotiation(),
		client.WithTraceOptions(otelhttp.WithFilter(func(*http.Request) bool { return false })),
	}
	switch {
	case strings.HasPrefix(ep.Host, "ssh://"):
		// ssh -- host docker system dial-stdio, spawned per connection.
		// BatchMode: a daemon has nobody to answer a password prompt.
		helper, err := connhelper.GetConnectionHelperWithSSHOpts(ep.Host, []string{"-o BatchMode=yes"})
		if err != nil {
			return nil, fmt.Errorf("docker engine %s: %w", ep.Host, err)
		}
		opts = append(opts,
			client.WithHTTPClient(&http.Client{Transport: &http.Transport{DialContext: helper.Dialer}}),
			client.WithHost(helper.Host),
			client.WithDialContext(helper.Dialer),
		)
	case ep.TLSDir != "":
		tc, err := tlsconfig.Client(tlsconfig.Options{
			CAFile:             filepath.Join(ep.TLSDir, "ca.pem"),
			CertFile:           filepath.Join(ep.TLSDir, "cert.pem"),
			KeyFile:            filepath.Join(ep.TLSDir, "key.pem"),
			InsecureSkipVerify: !ep.TLSVerify,
			ExclusiveRootPools: true,
		})
		if err != nil {
			return nil, fmt.Errorf("docker engine %s: TLS files in %s: %w", ep.Host, ep.TLSDir, err)
		}
		opts = append(opts,
			client.WithHTTPClient(&http.Client{Transport: &http.Transport{TLSClientConfig: tc}}),
			client.WithHost(ep.Host),
		)
	default:
		opts = append(opts, client.WithHost(ep.Host))
	}
	cli, err := client.NewClientWithOpts(opts...)
	if err != nil {
		return nil, fmt.Errorf("docker engine %s: %w", ep.Host, err)
	}
	return cli, nil
}

// isUnreachable reports whether err comes from the transport (the engine
// did not answer, or went away mid-response) rather than from the API.
func isUnreachable(err error) bool {
	if err == nil {
		return false
	}
	if client.IsErrConnectionFailed(err) {
		return true
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EPIPE) {
		return true
	}
	var opErr *net.OpError
	return errors.As(err, &opErr)
}
