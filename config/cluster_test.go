package config

import (
	"path/filepath"
	"slices"
	"testing"
	"time"
)

const clusterBase = `url: https://github.com/o
runners:
  linux: {labels: [l], sim: {}}
`

func TestClusterSection(t *testing.T) {
	dir := t.TempDir()
	pw := writeFile(t, dir, "pw", "s3cret\n", 0o600)
	tests := []struct {
		name    string
		section string
		env     []string
		// line and key of the problem expected, or key "" for none.
		line int
		key  string
		msg  string
	}{
		{"minimal", "cluster:\n  endpoints: [http://127.0.0.1:2379]\n", nil, 0, "", ""},
		{"no endpoints", "cluster:\n  node_name: a\n", nil, 4, "cluster.endpoints", "at least one etcd endpoint"},
		{"bad endpoint", "cluster:\n  endpoints: [\"127.0.0.1:2379\"]\n", nil, 5, "cluster.endpoints[0]", "not an etcd client URL"},
		{"no port", "cluster:\n  endpoints: [http://etcd]\n", nil, 5, "cluster.endpoints[0]", "needs a port"},
		{"credentials in URL", "cluster:\n  endpoints: [\"http://u:p@etcd:2379\"]\n", nil, 5, "cluster.endpoints[0]", "carries credentials"},
		{"https without TLS", "cluster:\n  endpoints: [https://etcd:2379]\n", nil, 5, "cluster.endpoints[0]", "set ca_file"},
		{"TLS needs https", "cluster:\n  endpoints: [http://etcd:2379]\n  ca_file: " + pw + "\n", nil, 5, "cluster.endpoints[0]", "use https"},
		{"unknown key", "cluster:\n  endpoints: [http://etcd:2379]\n  placment: pack\n", nil, 6, "cluster.placment", `did you mean "placement"`},
		{"bad placement", "cluster:\n  endpoints: [http://etcd:2379]\n  placement: random\n", nil, 6, "cluster.placement", "is not one of"},
		{"short lease", "cluster:\n  endpoints: [http://etcd:2379]\n  lease_ttl: 1s\n", nil, 6, "cluster.lease_ttl", "between 2s"},
		{"bad node name", "cluster:\n  endpoints: [http://etcd:2379]\n  node_name: Node_1\n", nil, 6, "cluster.node_name", "not a valid node name"},
		{"bad prefix", "cluster:\n  endpoints: [http://etcd:2379]\n  prefix: outrunner/\n", nil, 6, "cluster.prefix", "must start with /"},
		{"cert without key", "cluster:\n  endpoints: [https://etcd:2379]\n  cert_file: " + pw + "\n", nil, 6, "cluster.cert_file", "both cert_file and key_file"},
		{"user without password", "cluster:\n  endpoints: [http://etcd:2379]\n  username: u\n", nil, 6, "cluster.username", "needs a password"},
		{"password without user", "cluster:\n  endpoints: [http://etcd:2379]\n  password_file: " + pw + "\n", nil, 4, "cluster.username", "no username"},
		{"both passwords", "cluster:\n  endpoints: [http://etcd:2379]\n  username: u\n  password_file: " + pw + "\n  password_env: PW\n", []string{"PW=x"}, 8, "cluster.password_env", "not both"},
		{"unset password variable", "cluster:\n  endpoints: [http://etcd:2379]\n  username: u\n  password_env: ETCD_PW\n", nil, 7, "cluster.password_env", "not set or empty"},
		{"password variable", "cluster:\n  endpoints: [http://etcd:2379]\n  username: u\n  password_env: ETCD_PW\n", []string{"ETCD_PW=x"}, 0, "", ""},
		{"missing password file", "cluster:\n  endpoints: [http://etcd:2379]\n  username: u\n  password_file: " + filepath.Join(dir, "none") + "\n", nil, 7, "cluster.password_file", "does not exist"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), "c.yml", clusterBase+tc.section, 0o600)
			env := tc.env
			if env == nil {
				env = []string{}
			}
			res, err := Load(LoadOptions{Path: p, Environ: env})
			if tc.key == "" {
				if err != nil {
					t.Fatalf("unexpected problems: %v", err)
				}
				if res.Config.Cluster == nil {
					t.Fatal("the cluster section is lost")
				}
				return
			}
			ps := problemsOf(t, err)
			pr, ok := findProblem(ps, tc.key, tc.msg)
			if !ok {
				t.Fatalf("no problem %s %q in %v", tc.key, tc.msg, ps)
			}
			if pr.Line != tc.line {
				t.Errorf("%s reported on line %d, want %d", tc.key, pr.Line, tc.line)
			}
		})
	}
}

func TestClusterDefaultsAndAbsence(t *testing.T) {
	res, err := load(t, clusterBase)
	if err != nil {
		t.Fatal(err)
	}
	if res.Config.Cluster != nil {
		t.Fatalf("no cluster section must leave Cluster nil, got %+v", res.Config.Cluster)
	}
	res, err = load(t, clusterBase+"cluster:\n  endpoints: [http://127.0.0.1:2379]\n")
	if err != nil {
		t.Fatal(err)
	}
	c := res.Config.Cluster
	host := defaultDaemonID()
	if c.Prefix != DefaultClusterPrefix || c.NodeName != host || c.LeaseTTL.D() != 10*time.Second || c.Placement != PlacementSpread {
		t.Errorf("defaults = %+v", c)
	}
}

func TestClusterPassword(t *testing.T) {
	dir := t.TempDir()
	pw := writeFile(t, dir, "pw", "s3cret\n", 0o600)
	empty := writeFile(t, dir, "empty", "\n", 0o600)
	env := func(k string) string { return map[string]string{"PW": "from-env"}[k] }
	tests := []struct {
		name    string
		c       *Cluster
		want    string
		wantErr bool
	}{
		{"no section", nil, "", false},
		{"no user", &Cluster{}, "", false},
		{"file", &Cluster{Username: "u", PasswordFile: pw}, "s3cret", false},
		{"empty file", &Cluster{Username: "u", PasswordFile: empty}, "", true},
		{"variable", &Cluster{Username: "u", PasswordEnv: "PW"}, "from-env", false},
		{"unset variable", &Cluster{Username: "u", PasswordEnv: "NONE"}, "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ClusterPassword(tc.c, env)
			if (err != nil) != tc.wantErr || got != tc.want {
				t.Fatalf("ClusterPassword = %q, %v; want %q (error %v)", got, err, tc.want, tc.wantErr)
			}
		})
	}
}

func TestClusterChangeNeedsRestart(t *testing.T) {
	res, err := load(t, clusterBase+"cluster:\n  endpoints: [http://127.0.0.1:2379]\n")
	if err != nil {
		t.Fatal(err)
	}
	plain, err := load(t, clusterBase)
	if err != nil {
		t.Fatal(err)
	}
	moved := *res.Config
	c := *res.Config.Cluster
	c.Endpoints = []string{"http://127.0.0.1:2479"}
	moved.Cluster = &c
	same := *res.Config
	cc := *res.Config.Cluster
	cc.Endpoints = slices.Clone(cc.Endpoints)
	same.Cluster = &cc
	tests := []struct {
		name     string
		old, new *Config
		restart  bool
	}{
		{"added", plain.Config, res.Config, true},
		{"removed", res.Config, plain.Config, true},
		{"endpoints changed", res.Config, &moved, true},
		{"unchanged copy", res.Config, &same, false},
		{"absent both", plain.Config, plain.Config, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := Diff(tc.old, tc.new, nil, nil)
			if got := slices.Contains(p.NeedRestart, "cluster"); got != tc.restart {
				t.Errorf("cluster needs restart = %v, want %v (%v)", got, tc.restart, p.NeedRestart)
			}
		})
	}
}
