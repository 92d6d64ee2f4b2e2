// Package dovecot starts a real Dovecot IMAP server for integration tests:
// on 127.0.0.1, on a free port, from a config written into a temporary
// directory, stopped when the test ends (docs/dependencies.md, "Dovecot as a test server").
//
// Tests call Start, which skips the test when Dovecot is not installed or the
// process is not root, unless AFTERSALE_TEST_DOVECOT=1 asks for the tests:
// then a missing Dovecot fails the test, so CI cannot skip them by accident.
package dovecot

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"
)

// EnvVar makes the Dovecot tests mandatory when set to 1.
const EnvVar = "AFTERSALE_TEST_DOVECOT"

const mailUID = 2000

// Options selects optional features of the test server.
type Options struct {
	// TLS adds a self-signed certificate for 127.0.0.1: STARTTLS on Port
	// and implicit TLS on TLSPort. Server.RootCAs trusts it.
	TLS bool
	// OAuth2Tokens, when non-empty, enables SASL XOAUTH2 and OAUTHBEARER
	// with these access tokens (token → user name), checked by an
	// introspection endpoint the harness serves on 127.0.0.1.
	OAuth2Tokens map[string]string
}

// Server is one running Dovecot instance.
type Server struct {
	Host    string
	Port    int            // IMAP (STARTTLS offered with Options.TLS)
	TLSPort int            // implicit TLS (imaps); 0 without Options.TLS
	RootCAs *x509.CertPool // trusts the server certificate with Options.TLS
	dir     string
	opts    Options
	users   map[string]string
	oauth   *httptest.Server

	mu     sync.Mutex
	cmd    *exec.Cmd
	stderr *bytes.Buffer
}

// Addr is host:port.
func (s *Server) Addr() string { return net.JoinHostPort(s.Host, strconv.Itoa(s.Port)) }

// Available reports whether Dovecot can be started here, and why not.
func Available() (bool, string) {
	if _, err := exec.LookPath("dovecot"); err != nil {
		return false, "dovecot is not installed (apt-get install dovecot-imapd)"
	}
	if os.Geteuid() != 0 {
		return false, "dovecot tests need root (mail processes run as uid 2000)"
	}
	return true, ""
}

// Start starts Dovecot with the given users (name → password) and registers
// its shutdown with tb.Cleanup.
func Start(tb testing.TB, users map[string]string) *Server {
	tb.Helper()
	return StartWith(tb, users, Options{})
}

// StartWith is Start with optional features.
func StartWith(tb testing.TB, users map[string]string, opts Options) *Server {
	tb.Helper()
	if ok, why := Available(); !ok {
		if os.Getenv(EnvVar) == "1" {
			tb.Fatalf("%s=1 but %s", EnvVar, why)
		}
		tb.Skip(why)
	}
	dir, err := os.MkdirTemp("", "aftersale-dovecot-")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { os.RemoveAll(dir) })
	// Dovecot's unprivileged processes must traverse the directory.
	if err := os.Chmod(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	for _, d := range []string{"run", "state", "mail"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			tb.Fatal(err)
		}
	}
	if err := os.Chown(filepath.Join(dir, "mail"), mailUID, mailUID); err != nil {
		tb.Fatal(err)
	}
	var ub bytes.Buffer
	for u, p := range users {
		fmt.Fprintf(&ub, "%s:{PLAIN}%s::::::\n", u, p)
	}
	if err := os.WriteFile(filepath.Join(dir, "users"), ub.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
	s := &Server{Host: "127.0.0.1", Port: freePort(tb), dir: dir, opts: opts, users: users}
	if opts.TLS {
		s.TLSPort = freePort(tb)
		pool, err := writeCert(dir)
		if err != nil {
			tb.Fatal(err)
		}
		s.RootCAs = pool
	}
	if len(opts.OAuth2Tokens) > 0 {
		s.oauth = httptest.NewServer(introspection(opts.OAuth2Tokens))
		tb.Cleanup(s.oauth.Close)
		conf := fmt.Sprintf("introspection_url = %s/introspect\nintrospection_mode = post\n"+
			"username_attribute = username\nactive_attribute = active\nactive_value = true\nforce_introspection = yes\n", s.oauth.URL)
		if err := os.WriteFile(filepath.Join(dir, "oauth2.conf.ext"), []byte(conf), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	if err := os.WriteFile(s.confPath(), []byte(s.config()), 0o644); err != nil {
		tb.Fatal(err)
	}
	if err := s.start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(s.Stop)
	return s
}

func (s *Server) confPath() string { return filepath.Join(s.dir, "dovecot.conf") }

func (s *Server) config() string {
	ssl, imaps, mechs := "ssl = no", "  inet_listener imaps {\n    port = 0\n  }\n", "plain login"
	if s.opts.TLS {
		ssl = fmt.Sprintf("ssl = yes\nssl_cert = <%[1]s/cert.pem\nssl_key = <%[1]s/key.pem", s.dir)
		imaps = fmt.Sprintf("  inet_listener imaps {\n    address = 127.0.0.1\n    port = %d\n    ssl = yes\n  }\n", s.TLSPort)
	}
	oauth := ""
	if s.oauth != nil {
		mechs += " xoauth2 oauthbearer"
		oauth = fmt.Sprintf("passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = %s/oauth2.conf.ext\n}\n", s.dir)
	}
	return fmt.Sprintf(`base_dir = %[1]s/run
state_dir = %[1]s/state
instance_name = aftersale-test-%[2]d
log_path = /dev/stderr
protocols = imap
listen = 127.0.0.1
%[4]s
disable_plaintext_auth = no
auth_failure_delay = 0
auth_mechanisms = %[6]s
mail_location = sdbox:%[1]s/mail/%%u/sdbox
mail_fsync = never
mail_uid = %[3]d
mail_gid = %[3]d
first_valid_uid = 100
passdb {
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%%u %[1]s/users
}
%[7]suserdb {
  driver = passwd-file
  args = username_format=%%u %[1]s/users
  default_fields = home=%[1]s/mail/%%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = %[2]d
  }
%[5]s}
service stats {
  unix_listener stats-writer {
    mode = 0666
  }
}
`, s.dir, s.Port, mailUID, ssl, imaps, mechs, oauth)
}

// introspection answers Dovecot's RFC 7662 token introspection (POST
// token=...) from tokens (token → user name).
func introspection(tokens map[string]string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		user, ok := tokens[r.PostForm.Get("token")]
		w.Header().Set("Content-Type", "application/json")
		if !ok {
			fmt.Fprint(w, `{"active":false}`)
			return
		}
		fmt.Fprintf(w, `{"active":true,"username":%q}`, user)
	})
}

// writeCert writes a self-signed ECDSA certificate for 127.0.0.1 as
// cert.pem and key.pem into dir and returns a pool that trusts it.
func writeCert(dir string) (*x509.CertPool, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "aftersale dovecot test"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, err
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "cert.pem"), pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "key.pem"), pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), 0o600); err != nil {
		return nil, err
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return pool, nil
}

func (s *Server) start() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	cmd := exec.Command("dovecot", "-F", "-c", s.confPath())
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	s.stderr = &bytes.Buffer{}
	cmd.Stderr = s.stderr
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting dovecot: %w", err)
	}
	s.cmd = cmd
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		c, err := net.DialTimeout("tcp", s.Addr(), 100*time.Millisecond)
		if err == nil {
			c.Close()
			return nil
		}
		time.Sleep(5 * time.Millisecond)
	}
	s.stopLocked()
	return fmt.Errorf("dovecot did not listen on %s within 10s: %s", s.Addr(), s.stderr.String())
}

// Stop stops Dovecot (SIGTERM to its process group, SIGKILL after 5 s).
// It is safe to call more than once.
func (s *Server) Stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stopLocked()
}

func (s *Server) stopLocked() {
	if s.cmd == nil {
		return
	}
	pgid := s.cmd.Process.Pid
	_ = syscall.Kill(-pgid, syscall.SIGTERM)
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		_ = syscall.Kill(-pgid, syscall.SIGKILL)
		<-done
	}
	s.cmd = nil
}

// Restart stops and starts Dovecot on the same port with the same mail.
func (s *Server) Restart() error {
	s.Stop()
	return s.start()
}

func freePort(tb testing.TB) int {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}
