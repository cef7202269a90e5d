// Package etcdtest starts real etcd members (the etcd binary on PATH) on
// loopback, each on random ports in a temporary directory, for the fleet's
// tests. A test without etcd on PATH skips with a message saying what to
// install; with OUTRUNNER_REQUIRE_INTEGRATION=1 (make test-integration) it
// fails instead.
package etcdtest

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// startTimeout bounds how long a cluster may take to answer its health
// checks.
const startTimeout = 30 * time.Second

// Cluster is a set of etcd members started by a test. Every member is
// stopped when the test ends.
type Cluster struct {
	tb      testing.TB
	bin     string
	dir     string
	token   string
	members []*member
	// tls, when set, makes the members serve clients over TLS only.
	tls *TLSFiles
}

type member struct {
	name    string
	client  string // http://127.0.0.1:port
	peer    string
	dataDir string
	mu      sync.Mutex
	cmd     *exec.Cmd
	exited  chan struct{}
	out     *bytes.Buffer
	started bool // started once: a restart joins the existing cluster
}

// Binary returns the etcd binary on PATH, skipping the test (failing it
// under OUTRUNNER_REQUIRE_INTEGRATION=1) when there is none.
func Binary(tb testing.TB) string {
	tb.Helper()
	bin, err := exec.LookPath("etcd")
	if err != nil {
		msg := "etcd is not on PATH: install Debian's etcd-server (apt-get install etcd-server) to run the fleet tests against a real etcd"
		if os.Getenv("OUTRUNNER_REQUIRE_INTEGRATION") == "1" {
			tb.Fatal(msg)
		}
		tb.Skip(msg)
	}
	return bin
}

// Start starts a cluster of n members on loopback and waits until every
// member answers its health check.
func Start(tb testing.TB, n int) *Cluster {
	tb.Helper()
	c := &Cluster{tb: tb, bin: Binary(tb), dir: tb.TempDir(), token: fmt.Sprintf("outrunner-test-%d", time.Now().UnixNano())}
	var initial []string
	for i := range n {
		m := &member{name: fmt.Sprintf("m%d", i+1), client: "http://" + freeAddr(tb), peer: "http://" + freeAddr(tb)}
		m.dataDir = filepath.Join(c.dir, m.name)
		c.members = append(c.members, m)
		initial = append(initial, m.name+"="+m.peer)
	}
	for _, m := range c.members {
		c.launch(m, strings.Join(initial, ","))
	}
	tb.Cleanup(c.stopAll)
	for i := range c.members {
		c.WaitHealthy(i)
	}
	return c
}

// freeAddr returns a loopback address with a port that was free a moment
// ago.
func freeAddr(tb testing.TB) string {
	tb.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatalf("etcdtest: %v", err)
	}
	defer l.Close()
	return l.Addr().String()
}

func (c *Cluster) launch(m *member, initial string) {
	c.tb.Helper()
	state := "new"
	if m.started {
		state = "existing"
	}
	args := []string{
		"--name", m.name, "--data-dir", m.dataDir,
		"--listen-client-urls", m.client, "--advertise-client-urls", m.client,
		"--listen-peer-urls", m.peer, "--initial-advertise-peer-urls", m.peer,
		"--initial-cluster", initial, "--initial-cluster-state", state,
		"--initial-cluster-token", c.token,
		// Short timeouts: the tests measure failovers in seconds.
		"--heartbeat-interval", "100", "--election-timeout", "1000",
		"--log-level", "warn",
	}
	if c.tls != nil {
		args = append(args, c.tls.tlsArgs()...)
	}
	cmd := exec.Command(c.bin, args...)
	out := &bytes.Buffer{}
	cmd.Stdout, cmd.Stderr = out, out
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "ETCD_UNSUPPORTED_ARCH=" + os.Getenv("ETCD_UNSUPPORTED_ARCH")}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		c.tb.Fatalf("etcdtest: starting etcd %s: %v", m.name, err)
	}
	exited := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(exited)
	}()
	m.mu.Lock()
	m.cmd, m.exited, m.out, m.started = cmd, exited, out, true
	m.mu.Unlock()
}

func (c *Cluster) initial() string {
	var parts []string
	for _, m := range c.members {
		parts = append(parts, m.name+"="+m.peer)
	}
	return strings.Join(parts, ",")
}

// Endpoints returns every member's client URL.
func (c *Cluster) Endpoints() []string {
	out := make([]string, 0, len(c.members))
	for _, m := range c.members {
		out = append(out, m.client)
	}
	return out
}

// Endpoint returns member i's client URL.
func (c *Cluster) Endpoint(i int) string { return c.members[i].client }

// Healthy reports whether member i answers its health check.
func (c *Cluster) Healthy(i int) bool {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.members[i].client+"/health", nil)
	if err != nil {
		return false
	}
	client := http.DefaultClient
	if c.tls != nil {
		tc, err := c.tls.clientConfig()
		if err != nil {
			return false
		}
		client = &http.Client{Transport: &http.Transport{TLSClientConfig: tc}}
		defer client.CloseIdleConnections()
	}
	resp, err := client.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	_, _ = b.ReadFrom(resp.Body)
	return resp.StatusCode == http.StatusOK && strings.Contains(b.String(), `"health":"true"`)
}

// WaitHealthy waits until member i answers its health check, failing the
// test with the member's output otherwise.
func (c *Cluster) WaitHealthy(i int) {
	c.tb.Helper()
	deadline := time.Now().Add(startTimeout)
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	m := c.members[i]
	for !c.Healthy(i) {
		m.mu.Lock()
		exited := m.exited
		m.mu.Unlock()
		select {
		case <-exited:
			c.tb.Fatalf("etcdtest: etcd %s exited:\n%s", m.name, m.output())
		case <-t.C:
		}
		if time.Now().After(deadline) {
			c.tb.Fatalf("etcdtest: etcd %s not healthy after %s:\n%s", m.name, startTimeout, m.output())
		}
	}
}

func (m *member) output() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.out == nil {
		return ""
	}
	return m.out.String()
}

// Stop stops member i (SIGTERM, then SIGKILL) and waits until it is gone;
// its data stays for Restart.
func (c *Cluster) Stop(i int) {
	c.tb.Helper()
	m := c.members[i]
	m.mu.Lock()
	cmd, exited := m.cmd, m.exited
	m.cmd = nil
	m.mu.Unlock()
	if cmd == nil {
		return
	}
	_ = cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		<-exited
	}
}

// Restart starts a stopped member i again with its data, and waits until
// it is healthy.
func (c *Cluster) Restart(i int) {
	c.tb.Helper()
	c.launch(c.members[i], c.initial())
	c.WaitHealthy(i)
}

// Freeze stops member i with SIGSTOP; Thaw resumes it.
func (c *Cluster) Freeze(i int) { c.signal(i, syscall.SIGSTOP) }

// Thaw resumes a member frozen by Freeze.
func (c *Cluster) Thaw(i int) { c.signal(i, syscall.SIGCONT) }

func (c *Cluster) signal(i int, sig syscall.Signal) {
	m := c.members[i]
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.cmd != nil {
		_ = m.cmd.Process.Signal(sig)
	}
}

func (c *Cluster) stopAll() {
	for i := range c.members {
		c.Thaw(i)
		c.Stop(i)
	}
}
