package fleet

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"
	"go.uber.org/zap"

	"github.com/outrunner/outrunner/config"
)

// clientConfig turns a cluster section into the etcd client's settings.
// The password is passed apart: it never lives in the configuration.
func clientConfig(c *config.Cluster, password string) (clientv3.Config, error) {
	cc := clientv3.Config{
		Endpoints:   c.Endpoints,
		DialTimeout: c.DialTimeout.D(),
		// The client's keep-alive probes notice a dead member without
		// waiting for TCP.
		DialKeepAliveTime:    2 * time.Second,
		DialKeepAliveTimeout: 2 * time.Second,
		Username:             c.Username,
		Password:             password,
		// The client library logs through zap; the node reports what
		// matters in the daemon's own log.
		Logger: zap.NewNop(),
	}
	if !c.TLS() {
		return cc, nil
	}
	tc := &tls.Config{MinVersion: tls.VersionTLS12}
	if c.CAFile != "" {
		pem, err := os.ReadFile(c.CAFile)
		if err != nil {
			return cc, fmt.Errorf("cluster.ca_file: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return cc, errors.New("cluster.ca_file: no PEM certificate in " + c.CAFile)
		}
		tc.RootCAs = pool
	}
	if c.CertFile != "" {
		cert, err := tls.LoadX509KeyPair(c.CertFile, c.KeyFile)
		if err != nil {
			return cc, fmt.Errorf("cluster.cert_file and key_file: %w", err)
		}
		tc.Certificates = []tls.Certificate{cert}
	}
	cc.TLS = tc
	return cc, nil
}
