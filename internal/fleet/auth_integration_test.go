package fleet

import (
	"context"
	"strings"
	"testing"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"
	"go.uber.org/zap"

	"github.com/outrunner/outrunner/config"
	"github.com/outrunner/outrunner/internal/testutil/etcdtest"
	"github.com/outrunner/outrunner/internal/testutil/testwait"
)

// startSecured starts a node with its own cluster section (TLS, user).
func startSecured(t *testing.T, c *config.Cluster, password string) *Node {
	t.Helper()
	c.Prefix, c.NodeName, c.LeaseTTL, c.DialTimeout, c.Placement = "/test", "a", config.Duration(testTTL), config.Duration(time.Second), config.PlacementSpread
	n, err := Start(Options{Cluster: c, Password: password, ScaleSets: []ScaleSet{{Name: "linux", Backend: "sim", Capacity: 1}}, Timing: testTiming})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Close)
	return n
}

func TestIntegrationFleetOverTLS(t *testing.T) {
	c, files := etcdtest.StartTLS(t)
	tests := []struct {
		name    string
		cluster config.Cluster
		leads   bool
	}{
		{"CA and client certificate", config.Cluster{Endpoints: c.Endpoints(), CAFile: files.CA, CertFile: files.ClientCert, KeyFile: files.ClientKey}, true},
		{"no client certificate", config.Cluster{Endpoints: c.Endpoints(), CAFile: files.CA}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := startSecured(t, &tc.cluster, "")
			if tc.leads {
				testwait.Until(t, 15*time.Second, "leading over TLS", func() bool { return n.Leading("linux") && n.Connected() })
				return
			}
			testwait.Until(t, 15*time.Second, "the refusal reported", func() bool { return n.Status().Error != "" })
			if n.Leading("linux") || n.Connected() {
				t.Fatalf("a node without a client certificate leads: %+v", n.Status())
			}
		})
	}
}

func TestIntegrationFleetWithAnEtcdUser(t *testing.T) {
	c := etcdtest.Start(t, 1)
	const password = "s3cret-etcd-password"
	root, err := clientv3.New(clientv3.Config{Endpoints: c.Endpoints(), DialTimeout: 5 * time.Second, Logger: zap.NewNop()})
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, step := range []func() error{
		func() error { _, err := root.UserAdd(ctx, "root", "root-pw"); return err },
		func() error { _, err := root.UserGrantRole(ctx, "root", "root"); return err },
		func() error { _, err := root.RoleAdd(ctx, "outrunner"); return err },
		func() error {
			_, err := root.RoleGrantPermission(ctx, "outrunner", "/test/", clientv3.GetPrefixRangeEnd("/test/"), clientv3.PermissionType(clientv3.PermReadWrite))
			return err
		},
		func() error { _, err := root.UserAdd(ctx, "outrunner", password); return err },
		func() error { _, err := root.UserGrantRole(ctx, "outrunner", "outrunner"); return err },
		func() error { _, err := root.AuthEnable(ctx); return err },
	} {
		if err := step(); err != nil {
			t.Fatalf("setting up etcd's users: %v", err)
		}
	}
	tests := []struct {
		name     string
		password string
		leads    bool
	}{
		{"the right password", password, true},
		{"a wrong password", "wrong-" + password, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := Start(Options{
				Cluster: &config.Cluster{Endpoints: c.Endpoints(), Prefix: "/test", NodeName: "a", LeaseTTL: config.Duration(testTTL),
					DialTimeout: config.Duration(time.Second), Placement: config.PlacementSpread, Username: "outrunner", PasswordEnv: "UNUSED"},
				Password: tc.password, ScaleSets: []ScaleSet{{Name: "linux", Backend: "sim", Capacity: 1}}, Timing: testTiming,
			})
			if !tc.leads {
				// The client authenticates when it is created or on its
				// first call: either way the node never joins.
				if err != nil {
					if strings.Contains(err.Error(), tc.password) {
						t.Fatalf("the password appears in the error: %v", err)
					}
					return
				}
				t.Cleanup(n.Close)
				testwait.Until(t, 15*time.Second, "the refusal reported", func() bool { return n.Status().Error != "" })
				st := n.Status()
				if n.Leading("linux") || strings.Contains(st.Error, tc.password) {
					t.Fatalf("a wrong password: status %+v", st)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(n.Close)
			testwait.Until(t, 15*time.Second, "leading as the etcd user", func() bool { return n.Leading("linux") && n.Connected() })
			if st := n.Status(); strings.Contains(st.Error, password) {
				t.Fatalf("the password appears in the status: %+v", st)
			}
		})
	}
}
