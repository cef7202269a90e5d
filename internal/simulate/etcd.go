package simulate

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/outrunner/outrunner/internal/scrub"
)

// etcdStartTimeout bounds how long a local etcd may take to answer.
const etcdStartTimeout = 30 * time.Second

// localEtcd is a one-member etcd that simulate --nodes starts on loopback
// from the etcd binary on PATH, in a directory of its own.
type localEtcd struct {
	cmd      *exec.Cmd
	exited   chan struct{}
	endpoint string
	logPath  string
}

// startEtcd starts etcd in dir and waits until it answers its health
// check.
func startEtcd(ctx context.Context, dir string) (*localEtcd, error) {
	bin, err := exec.LookPath("etcd")
	if err != nil {
		return nil, errors.New("etcd is not on PATH: install it (Debian: apt-get install etcd-server) or pass --etcd URL of an etcd to use")
	}
	client, err := freeLoopbackAddr()
	if err != nil {
		return nil, err
	}
	peer, err := freeLoopbackAddr()
	if err != nil {
		return nil, err
	}
	e := &localEtcd{endpoint: "http://" + client, logPath: filepath.Join(dir, "etcd.log"), exited: make(chan struct{})}
	logf, err := os.OpenFile(e.logPath, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return nil, err
	}
	defer func() { _ = logf.Close() }()
	e.cmd = exec.Command(bin, "--name", "simulate", "--data-dir", filepath.Join(dir, "etcd-data"),
		"--listen-client-urls", e.endpoint, "--advertise-client-urls", e.endpoint,
		"--listen-peer-urls", "http://"+peer, "--initial-advertise-peer-urls", "http://"+peer,
		"--initial-cluster", "simulate=http://"+peer, "--initial-cluster-state", "new")
	// etcd's own environment settings (ETCD_*) would change what runs.
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "ETCD_") {
			e.cmd.Env = append(e.cmd.Env, kv)
		}
	}
	e.cmd.Stdout, e.cmd.Stderr = logf, logf
	e.cmd.SysProcAttr = childAttrs()
	if err := e.cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting etcd: %w", err)
	}
	go func() { _ = e.cmd.Wait(); close(e.exited) }()
	deadline := time.Now().Add(etcdStartTimeout)
	for {
		if e.healthy(ctx) {
			return e, nil
		}
		select {
		case <-e.exited:
			return nil, fmt.Errorf("etcd exited at start: %s", scrub.FileTail(e.logPath, 2000, ""))
		case <-ctx.Done():
			e.stop()
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			e.stop()
			return nil, fmt.Errorf("etcd did not answer within %v: %s", etcdStartTimeout, scrub.FileTail(e.logPath, 2000, ""))
		}
	}
}

// healthy reports whether etcd answers its health endpoint.
func (e *localEtcd) healthy(ctx context.Context) bool {
	rctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, e.endpoint+"/health", nil)
	if err != nil {
		return false
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false
	}
	_ = resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// stop ends etcd and waits for it.
func (e *localEtcd) stop() {
	_ = e.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-e.exited:
	case <-time.After(10 * time.Second):
		_ = e.cmd.Process.Kill()
		<-e.exited
	}
}

// freeLoopbackAddr returns a loopback address with a port free right now.
func freeLoopbackAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer func() { _ = l.Close() }()
	return l.Addr().String(), nil
}
