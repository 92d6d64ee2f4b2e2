package mailbox

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"io"
	"log"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"github.com/aftersale/aftersale/store"
)

const (
	testUser     = "alice"
	testPassword = "secret"
	testAccount  = "shop"
)

// testIMAP is an in-process imapmemserver on 127.0.0.1:0 (docs/dependencies.md, "go-imap").
type testIMAP struct {
	host  string
	port  int
	user  *imapmemserver.User
	conns atomic.Int32 // accepted connections
}

// countingListener counts accepted connections.
type countingListener struct {
	net.Listener
	n *atomic.Int32
}

func (l countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err == nil {
		l.n.Add(1)
	}
	return c, err
}

func startIMAP(t *testing.T) *testIMAP {
	t.Helper()
	return startIMAPWith(t, nil, false, nil)
}

// startIMAPTLS starts the server with STARTTLS offered (cert non-nil) or,
// with implicit, TLS from the first byte.
func startIMAPTLS(t *testing.T, cert *tls.Config, implicit bool) *testIMAP {
	t.Helper()
	return startIMAPWith(t, cert, implicit, nil)
}

// startIMAPWith is startIMAPTLS with wrap, when non-nil, applied to each
// new session (e.g. to offer other SASL mechanisms).
func startIMAPWith(t *testing.T, cert *tls.Config, implicit bool, wrap func(imapserver.Session) imapserver.Session) *testIMAP {
	t.Helper()
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(testUser, testPassword)
	if err := u.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(u)
	so := &imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			if wrap != nil {
				return wrap(mem.NewSession()), nil, nil
			}
			return mem.NewSession(), nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}},
		InsecureAuth: true,
		Logger:       log.New(io.Discard, "", 0),
	}
	if cert != nil && !implicit {
		so.TLSConfig = cert
	}
	srv := imapserver.New(so)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if implicit {
		ln = tls.NewListener(ln, cert)
	}
	s := &testIMAP{host: "127.0.0.1", port: ln.Addr().(*net.TCPAddr).Port, user: u}

	go srv.Serve(countingListener{ln, &s.conns})
	t.Cleanup(func() { srv.Close() })
	return s
}

// add appends raw to folder with INTERNALDATE date and returns its UID.
func (s *testIMAP) add(t *testing.T, folder, raw string, date time.Time) uint32 {
	t.Helper()
	d, err := s.user.Append(folder, bytes.NewReader([]byte(raw)), &imap.AppendOptions{Time: date})
	if err != nil {
		t.Fatalf("appending to %s: %v", folder, err)
	}
	return uint32(d.UID)
}

// status returns the message and unseen counts of folder.
func (s *testIMAP) status(t *testing.T, folder string) (messages, unseen uint32) {
	t.Helper()
	sd, err := s.user.Status(folder, &imap.StatusOptions{NumMessages: true, NumUnseen: true})
	if err != nil {
		t.Fatal(err)
	}
	return *sd.NumMessages, *sd.NumUnseen
}

// recreate deletes and re-creates folder, which changes its UIDVALIDITY.
func (s *testIMAP) recreate(t *testing.T, folder string) {
	t.Helper()
	if err := s.user.Delete(folder); err != nil {
		t.Fatal(err)
	}
	if err := s.user.Create(folder, nil); err != nil {
		t.Fatal(err)
	}
}

// testLog collects log output for assertions and never prints secrets.
type testLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *testLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *testLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// newTestPoller returns a poller on srv with a fresh store; edit tweaks
// the options.
func newTestPoller(t *testing.T, srv *testIMAP, edit func(*Options)) (*Poller, *store.DB, *testLog) {
	t.Helper()
	db := store.MustOpenTest(t)
	opts := Options{
		Account:  testAccount,
		Host:     srv.host,
		Port:     srv.port,
		TLS:      TLSPlain,
		Username: testUser,
		Password: func(context.Context) (string, error) { return testPassword, nil },
	}
	if edit != nil {
		edit(&opts)
	}
	lg := &testLog{}
	log := slog.New(slog.NewTextHandler(lg, &slog.HandlerOptions{Level: slog.LevelDebug}))
	return NewPoller(db, opts, log), db, lg
}

// testMail returns a small message with the given Message-ID and body.
func testMail(id, body string) string {
	return "From: \"Anna - Amazon Marketplace\" <k3v9x2m7q1w8z5t@marketplace.amazon.de>\r\n" +
		"To: shop@seller.example\r\n" +
		"Subject: Inquiry from Amazon customer Anna (Order: 302-1234567-7654321)\r\n" +
		"Message-ID: <" + id + ">\r\n" +
		"Date: Tue, 04 Mar 2025 09:15:02 +0000\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n" +
		"\r\n" + body + "\r\n"
}

func mailN(n int) string {
	return testMail("m"+strconv.Itoa(n)+"@example.test", "Message:\r\nbody "+strconv.Itoa(n)+"\r\nView message")
}

// selfSigned returns a server TLS config for 127.0.0.1 and a pool that
// trusts it.
func selfSigned(t *testing.T) (*tls.Config, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "aftersale test"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}}}, pool
}
