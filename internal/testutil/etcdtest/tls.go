package etcdtest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TLSFiles are the PEM files of a TLS member: the CA that signed every
// certificate, and a client certificate with its key.
type TLSFiles struct {
	CA, ClientCert, ClientKey string
	// server certificate and key, for the member itself.
	serverCert, serverKey string
}

// StartTLS starts one member that serves clients over TLS only and
// requires a client certificate signed by its CA.
func StartTLS(tb testing.TB) (*Cluster, TLSFiles) {
	tb.Helper()
	files := writeCerts(tb, tb.TempDir())
	c := &Cluster{tb: tb, bin: Binary(tb), dir: tb.TempDir(), token: "outrunner-test-tls", tls: &files}
	m := &member{name: "m1", client: "https://" + freeAddr(tb), peer: "http://" + freeAddr(tb)}
	m.dataDir = filepath.Join(c.dir, m.name)
	c.members = append(c.members, m)
	c.launch(m, m.name+"="+m.peer)
	tb.Cleanup(c.stopAll)
	c.WaitHealthy(0)
	return c, files
}

// tlsArgs are the member's TLS flags.
func (f *TLSFiles) tlsArgs() []string {
	return []string{"--cert-file", f.serverCert, "--key-file", f.serverKey, "--trusted-ca-file", f.CA, "--client-cert-auth"}
}

// clientConfig is a TLS client configuration with the client certificate.
func (f *TLSFiles) clientConfig() (*tls.Config, error) {
	ca, err := os.ReadFile(f.CA)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(ca)
	cert, err := tls.LoadX509KeyPair(f.ClientCert, f.ClientKey)
	if err != nil {
		return nil, err
	}
	return &tls.Config{RootCAs: pool, Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}, nil
}

// writeCerts writes a CA, a server certificate for 127.0.0.1 and a client
// certificate into dir, keys with mode 0600.
func writeCerts(tb testing.TB, dir string) TLSFiles {
	tb.Helper()
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	now := time.Now()
	caTmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "outrunner test CA"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour), IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		tb.Fatal(err)
	}
	caCert, err := x509.ParseCertificate(caDER)
	if err != nil {
		tb.Fatal(err)
	}
	issue := func(serial int64, cn string, usage x509.ExtKeyUsage) (certPEM, keyPEM []byte) {
		key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			tb.Fatal(err)
		}
		tmpl := &x509.Certificate{SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: cn},
			NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
			KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{usage},
			IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"}}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, caCert, &key.PublicKey, caKey)
		if err != nil {
			tb.Fatal(err)
		}
		kb, err := x509.MarshalECPrivateKey(key)
		if err != nil {
			tb.Fatal(err)
		}
		return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kb})
	}
	write := func(name string, b []byte, mode os.FileMode) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, mode); err != nil {
			tb.Fatal(err)
		}
		return p
	}
	f := TLSFiles{CA: write("ca.pem", pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}), 0o644)}
	sc, sk := issue(2, "127.0.0.1", x509.ExtKeyUsageServerAuth)
	f.serverCert, f.serverKey = write("server.pem", sc, 0o644), write("server-key.pem", sk, 0o600)
	cc, ck := issue(3, "outrunner", x509.ExtKeyUsageClientAuth)
	f.ClientCert, f.ClientKey = write("client.pem", cc, 0o644), write("client-key.pem", ck, 0o600)
	return f
}
