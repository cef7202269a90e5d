package cli

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"text/template"
	"time"

	"github.com/spf13/cobra"

	"github.com/outrunner/outrunner/backends"
	"github.com/outrunner/outrunner/backends/docker"
	"github.com/outrunner/outrunner/config"
)

// starterFS holds the starter configurations: a header shared by every
// backend and one runner entry per backend.
//
//go:embed starter/*.yml
var starterFS embed.FS

// initBackends are the backends init writes a starter for.
var initBackends = []string{config.BackendDocker, config.BackendLibvirt, config.BackendTart, config.BackendSim}

// initProbeTimeout bounds init's host checks.
const initProbeTimeout = 10 * time.Second

func newInitCommand(g *globalFlags) *cobra.Command {
	var backend string
	var force bool
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write a commented starter configuration for one backend",
		Long: `init checks what it can on this host for the chosen backend (the Docker
engine answers, libvirtd connects, tart is on PATH), reports each check as ok
or warning, and writes a commented starter configuration to --config. It
never overwrites an existing file unless --force is given. State and the
admin socket go under the user's own directories when not run as root.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runInit(cmd, g.configPath, backend, force)
		},
	}
	cmd.Flags().StringVar(&backend, "backend", config.BackendDocker, "backend of the starter: "+strings.Join(initBackends, ", "))
	cmd.Flags().BoolVar(&force, "force", false, "overwrite an existing configuration file")
	return cmd
}

// starterData fills the starter templates.
type starterData struct {
	Backend, Config, URL, StateDir, AdminSocket string
}

// renderStarter returns the starter configuration of a backend for path.
func renderStarter(backend, path string) ([]byte, error) {
	body, err := fs.ReadFile(starterFS, "starter/"+backend+".yml")
	if err != nil {
		return nil, fmt.Errorf("unknown backend %q: want one of %s", backend, strings.Join(initBackends, ", "))
	}
	head, err := fs.ReadFile(starterFS, "starter/header.yml")
	if err != nil {
		return nil, err
	}
	t, err := template.New(backend).Parse(string(head) + string(body))
	if err != nil {
		return nil, err
	}
	user := config.CurrentUserDefaults()
	d := starterData{Backend: backend, Config: path, URL: "https://github.com/CHANGE-ME", StateDir: user.StateDir, AdminSocket: user.AdminSocket}
	if backend == config.BackendSim {
		d.URL = "http://127.0.0.1:8787/sim-org"
	}
	var b bytes.Buffer
	if err := t.Execute(&b, d); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func runInit(cmd *cobra.Command, path, backend string, force bool) error {
	out := cmd.OutOrStdout()
	content, err := renderStarter(backend, path)
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); err == nil && !force {
		return fmt.Errorf("%s already exists; not overwriting it (pass --force to replace it)", path)
	}
	checkHost(cmd.Context(), out, backend, content)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("create the directory of %s: %w", path, err)
	}
	if err := os.WriteFile(path, content, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	fmt.Fprintf(out, "wrote %s (backend %s)\n\nnext:\n", path, backend)
	fmt.Fprintf(out, "  1. edit url and the runner entry, then check the file and the host:\n       outrunner validate --config %s --probe\n", path)
	if backend == config.BackendSim {
		fmt.Fprintf(out, "  2. start the simulator (outrunner simulate server --listen 127.0.0.1:8787), then the daemon:\n       GITHUB_TOKEN=sim-token outrunner run --config %s\n", path)
	} else {
		fmt.Fprintf(out, "  2. start the daemon:\n       GITHUB_TOKEN=... outrunner run --config %s\n", path)
	}
	return nil
}

// checkHost reports what the host offers the backend, each check as ok or
// warning: nothing here stops init.
func checkHost(ctx context.Context, out io.Writer, backend string, starter []byte) {
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, cancel := context.WithTimeout(ctx, initProbeTimeout)
	defer cancel()
	for _, r := range hostChecks(ctx, backend, starter) {
		status := "ok"
		if r.Status != backends.ProbeOK {
			status = "warning"
		}
		fmt.Fprintf(out, "%-7s %s: %s\n", status, r.Check, r.Detail)
	}
}

// hostChecks probes the starter's runner with its backend's Prober. The
// Docker engine is only contacted on a unix socket or loopback.
func hostChecks(ctx context.Context, backend string, starter []byte) []backends.ProbeResult {
	cfg, err := loadStarter(starter)
	if err != nil {
		return []backends.ProbeResult{backends.ProbeOf("starter", backends.ProbeFailed, err.Error())}
	}
	if backend == config.BackendDocker {
		ep, err := docker.ResolveHost("")
		if err != nil {
			return []backends.ProbeResult{backends.ProbeOf("docker engine", backends.ProbeWarning, err.Error())}
		}
		if !localEngine(ep.Host) {
			return []backends.ProbeResult{backends.ProbeOf("docker engine", backends.ProbeWarning, "not checked: "+ep.String()+" is not on this host")}
		}
	}
	var out []backends.ProbeResult
	for _, rp := range probeRunners(ctx, cfg, nil) {
		out = append(out, rp.results...)
	}
	return out
}

// loadStarter loads a starter configuration as validate would, from a
// temporary file, without the environment.
func loadStarter(starter []byte) (*config.Config, error) {
	f, err := os.CreateTemp("", "outrunner-init-*.yml")
	if err != nil {
		return nil, err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(starter); err != nil {
		_ = f.Close()
		return nil, err
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	return config.LoadConfig(f.Name())
}

// localEngine reports whether an engine URL is a unix socket or a loopback
// TCP address.
func localEngine(host string) bool {
	u, err := url.Parse(host)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "unix":
		return true
	case "tcp", "http", "https":
		h := u.Hostname()
		ip := net.ParseIP(h)
		return h == "localhost" || (ip != nil && ip.IsLoopback())
	}
	return false
}
