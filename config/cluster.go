package config

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"reflect"
	"regexp"
	"strings"
	"time"
)

// Defaults of the cluster section.
const (
	DefaultClusterPrefix    = "/outrunner"
	DefaultClusterLeaseTTL  = 10 * time.Second
	DefaultClusterPlacement = PlacementSpread
	DefaultClusterDialWait  = 5 * time.Second
)

// Placement policies of a fleet.
const (
	// PlacementSpread puts new runners on the node with the most free
	// capacity.
	PlacementSpread = "spread"
	// PlacementPack fills one node before the next.
	PlacementPack = "pack"
)

// Cluster makes the daemon one node of a fleet coordinated through etcd.
// Without it the daemon never touches etcd.
type Cluster struct {
	// Endpoints are the etcd client URLs (http://host:2379, or https://
	// with TLS).
	Endpoints []string `yaml:"endpoints" koanf:"endpoints"`
	// Prefix is the etcd key prefix of the fleet; fleets sharing an etcd
	// use different prefixes.
	Prefix string `yaml:"prefix" koanf:"prefix"`
	// NodeName names this daemon in the fleet. Default: the host name.
	NodeName string `yaml:"node_name" koanf:"node_name"`
	// LeaseTTL is the lifetime of the node's etcd lease: a node that
	// stops renewing it leaves the fleet, and loses every leadership, this
	// long after its last renewal.
	LeaseTTL Duration `yaml:"lease_ttl" koanf:"lease_ttl"`
	// DialTimeout bounds each connection attempt to etcd.
	DialTimeout Duration `yaml:"dial_timeout" koanf:"dial_timeout"`
	// Placement is how runners are spread over nodes: spread or pack.
	Placement string `yaml:"placement" koanf:"placement"`
	// CAFile verifies etcd's server certificates (PEM).
	CAFile string `yaml:"ca_file,omitempty" koanf:"ca_file"`
	// CertFile and KeyFile are the client certificate and its key (PEM).
	CertFile string `yaml:"cert_file,omitempty" koanf:"cert_file"`
	KeyFile  string `yaml:"key_file,omitempty" koanf:"key_file"`
	// Username is the etcd user; its password comes from PasswordFile or
	// from the environment variable named by PasswordEnv.
	Username     string `yaml:"username,omitempty" koanf:"username"`
	PasswordFile string `yaml:"password_file,omitempty" koanf:"password_file"`
	PasswordEnv  string `yaml:"password_env,omitempty" koanf:"password_env"`
}

// TLS reports whether the cluster section asks for TLS.
func (c *Cluster) TLS() bool {
	return c.CAFile != "" || c.CertFile != "" || c.KeyFile != ""
}

// envNameRE accepts environment variable names.
var envNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// applyClusterDefaults fills the unset keys of a cluster section.
func applyClusterDefaults(c *Cluster) {
	if c == nil {
		return
	}
	if c.Prefix == "" {
		c.Prefix = DefaultClusterPrefix
	}
	if c.NodeName == "" {
		c.NodeName = defaultDaemonID()
	}
	if c.LeaseTTL == 0 {
		c.LeaseTTL = Duration(DefaultClusterLeaseTTL)
	}
	if c.DialTimeout == 0 {
		c.DialTimeout = Duration(DefaultClusterDialWait)
	}
	if c.Placement == "" {
		c.Placement = DefaultClusterPlacement
	}
}

// cluster checks the cluster section.
func (v *validator) cluster(c *Cluster) {
	if c == nil {
		return
	}
	if len(c.Endpoints) == 0 {
		v.rep.Errorf("cluster.endpoints", "at least one etcd endpoint is required, such as http://127.0.0.1:2379")
	}
	for i, e := range c.Endpoints {
		if err := checkEndpoint(e, c.TLS()); err != nil {
			v.rep.Errorf(fmt.Sprintf("cluster.endpoints[%d]", i), "%v", err)
		}
	}
	if !strings.HasPrefix(c.Prefix, "/") || strings.HasSuffix(c.Prefix, "/") || strings.Contains(c.Prefix, "//") {
		v.rep.Errorf("cluster.prefix", "must start with / and not end with /, such as /outrunner, got %q", c.Prefix)
	}
	if !daemonIDRE.MatchString(c.NodeName) {
		v.rep.Errorf("cluster.node_name", "%q is not a valid node name: use 1-63 lower-case letters, digits and dashes", c.NodeName)
	}
	v.rep.DurationRange("cluster.lease_ttl", c.LeaseTTL, 2*time.Second, 5*time.Minute)
	v.rep.DurationRange("cluster.dial_timeout", c.DialTimeout, 100*time.Millisecond, time.Minute)
	v.rep.OneOf("cluster.placement", c.Placement, PlacementSpread, PlacementPack)
	if (c.CertFile == "") != (c.KeyFile == "") {
		v.rep.Errorf("cluster.cert_file", "set both cert_file and key_file for a client certificate, or neither")
	}
	for _, f := range []struct{ key, path string }{{"cluster.ca_file", c.CAFile}, {"cluster.cert_file", c.CertFile}} {
		if f.path != "" && v.readFiles {
			if _, err := os.Stat(f.path); err != nil {
				v.rep.Errorf(f.key, "cannot read %s: %v", f.path, errors.Unwrap(err))
			}
		}
	}
	if c.KeyFile != "" && v.readFiles {
		v.secretFile("cluster.key_file", c.KeyFile, "key")
	}
	v.clusterAuth(c)
}

// clusterAuth checks the etcd user and where its password comes from.
func (v *validator) clusterAuth(c *Cluster) {
	hasPassword := c.PasswordFile != "" || c.PasswordEnv != ""
	switch {
	case c.PasswordFile != "" && c.PasswordEnv != "":
		v.rep.Errorf("cluster.password_env", "set either password_file or password_env, not both")
	case c.Username != "" && !hasPassword:
		v.rep.Errorf("cluster.username", "an etcd user needs a password: set password_file or password_env")
	case c.Username == "" && hasPassword:
		v.rep.Errorf("cluster.username", "a password is set but no username")
	}
	if c.PasswordEnv != "" && !envNameRE.MatchString(c.PasswordEnv) {
		v.rep.Errorf("cluster.password_env", "%q is not an environment variable name", c.PasswordEnv)
	}
	if c.PasswordFile != "" && v.readFiles {
		v.secretFile("cluster.password_file", c.PasswordFile, "password")
	}
	if c.PasswordEnv != "" && v.readFiles && v.getenv(c.PasswordEnv) == "" {
		v.rep.Errorf("cluster.password_env", "the environment variable %s is not set or empty", c.PasswordEnv)
	}
}

// checkEndpoint accepts http(s)://host:port; https is required with TLS
// and refused without it.
func checkEndpoint(raw string, tls bool) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") {
		return fmt.Errorf("%q is not an etcd client URL such as http://127.0.0.1:2379", raw)
	}
	if _, port, err := net.SplitHostPort(u.Host); err != nil || port == "" {
		return fmt.Errorf("%q needs a port, such as http://127.0.0.1:2379", raw)
	}
	if u.User != nil {
		return fmt.Errorf("%q carries credentials: use username with password_file or password_env", u.Redacted())
	}
	switch {
	case tls && u.Scheme != "https":
		return fmt.Errorf("%q: ca_file, cert_file or key_file is set, so use https://", raw)
	case !tls && u.Scheme == "https":
		return fmt.Errorf("%q uses https: set ca_file (and cert_file and key_file for a client certificate)", raw)
	}
	return nil
}

// ClusterPassword reads the etcd password of a cluster section: the
// content of password_file (trailing newlines removed) or the value of the
// variable password_env names; "" when no user is set.
func ClusterPassword(c *Cluster, getenv func(string) string) (string, error) {
	switch {
	case c == nil || c.Username == "":
		return "", nil
	case c.PasswordFile != "":
		content, _, err := readSecretFile(c.PasswordFile)
		if err != nil {
			return "", fmt.Errorf("cluster.password_file: %w", err)
		}
		p := strings.TrimRight(content, "\r\n")
		if p == "" {
			return "", fmt.Errorf("cluster.password_file: the file %s is empty", c.PasswordFile)
		}
		return p, nil
	case c.PasswordEnv != "":
		p := getenv(c.PasswordEnv)
		if p == "" {
			return "", fmt.Errorf("cluster.password_env: the environment variable %s is not set or empty", c.PasswordEnv)
		}
		return p, nil
	}
	return "", errors.New("cluster.username: no password_file or password_env")
}

// clusterChanged reports whether two cluster sections differ.
func clusterChanged(a, b *Cluster) bool {
	if (a == nil) != (b == nil) {
		return true
	}
	if a == nil {
		return false
	}
	return !reflect.DeepEqual(*a, *b)
}
