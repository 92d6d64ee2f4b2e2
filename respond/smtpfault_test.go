package respond

import (
	"bufio"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"io"
	"log"
	"math/big"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// faultBackend is a go-smtp server whose sessions fail at a chosen step
// with a chosen reply, and count the messages they accepted.
type faultBackend struct {
	rcptErr, dataErr error
	accepted         atomic.Int32
}

func (b *faultBackend) NewSession(*smtp.Conn) (smtp.Session, error) { return &faultSession{b: b}, nil }

type faultSession struct{ b *faultBackend }

func (s *faultSession) Reset()                               {}
func (s *faultSession) Logout() error                        { return nil }
func (s *faultSession) Mail(string, *smtp.MailOptions) error { return nil }
func (s *faultSession) Rcpt(string, *smtp.RcptOptions) error { return s.b.rcptErr }
func (s *faultSession) Data(r io.Reader) error {
	if _, err := io.Copy(io.Discard, r); err != nil {
		return err
	}
	if s.b.dataErr != nil {
		return s.b.dataErr
	}
	s.b.accepted.Add(1)
	return nil
}

// startFaultServer serves b on 127.0.0.1:0; with tlsConf it offers
// STARTTLS (or, with implicit, speaks TLS from the first byte).
func startFaultServer(t *testing.T, b *faultBackend, tlsConf *tls.Config, implicit bool) int {
	t.Helper()
	srv := smtp.NewServer(b)
	srv.Domain = "fault.test"
	srv.ErrorLog = log.New(io.Discard, "", 0)
	srv.AllowInsecureAuth = true
	var ln net.Listener
	var err error
	ln, err = net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if tlsConf != nil {
		srv.TLSConfig = tlsConf
		if implicit {
			ln = tls.NewListener(ln, tlsConf)
		}
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().(*net.TCPAddr).Port
}

func smtpErr(code int, msg string) *smtp.SMTPError {
	return &smtp.SMTPError{Code: code, EnhancedCode: smtp.EnhancedCode{code / 100, 0, 0}, Message: msg}
}

// scriptedServer speaks just enough SMTP for one message and then drops
// the connection at the step named by drop: "greeting" (right after 220),
// "rcpt" (instead of answering RCPT TO) or "data" (after reading the first
// line of the message, before its final "."). It records whether the
// final "." ever arrived.
func scriptedServer(t *testing.T, drop string) (port int, gotDot *atomic.Bool) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	gotDot = &atomic.Bool{}
	var wg sync.WaitGroup
	t.Cleanup(func() { ln.Close(); wg.Wait() })
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				c.SetDeadline(time.Now().Add(10 * time.Second))
				w := bufio.NewWriter(c)
				say := func(s string) { w.WriteString(s + "\r\n"); w.Flush() }
				say("220 scripted.test ESMTP")
				if drop == "greeting" {
					return
				}
				r := bufio.NewReader(c)
				inData := false
				for {
					line, err := r.ReadString('\n')
					if err != nil {
						return
					}
					cmd := strings.ToUpper(strings.TrimSpace(line))
					switch {
					case inData:
						if drop == "data" {
							return // the connection drops in the middle of the message
						}
						if cmd == "." {
							gotDot.Store(true)
							say("250 ok")
							inData = false
						}
					case strings.HasPrefix(cmd, "EHLO"), strings.HasPrefix(cmd, "HELO"):
						say("250 scripted.test")
					case strings.HasPrefix(cmd, "MAIL"):
						say("250 ok")
					case strings.HasPrefix(cmd, "RCPT"):
						if drop == "rcpt" {
							return
						}
						say("250 ok")
					case cmd == "DATA":
						say("354 go ahead")
						inData = true
					case cmd == "QUIT":
						say("221 bye")
						return
					default:
						say("250 ok")
					}
				}
			}()
		}
	}()
	return ln.Addr().(*net.TCPAddr).Port, gotDot
}

// TestSenderSMTPFaults covers the SMTP failures TestSenderRetryClasses
// does not: 452 (insufficient storage) at RCPT TO and 421 after the
// message are temporary; 552 after the message is permanent; a connection
// dropped after the greeting or at RCPT TO is retried; one dropped in the
// middle of DATA is never recorded as sent and never retried blindly
// (approved for a retry or send_unknown for a person, with the reason).
func TestSenderSMTPFaults(t *testing.T) {
	plain := func(port int) Mailer {
		return NewSMTPMailer(SMTPOptions{Host: "127.0.0.1", Port: port, TLS: "plain", Timeout: 2 * time.Second})
	}
	tests := []struct {
		name   string
		mailer func(t *testing.T) Mailer
		states []aftersale.DraftState
		reason string
	}{
		{"452 at RCPT TO", func(t *testing.T) Mailer {
			return plain(startFaultServer(t, &faultBackend{rcptErr: smtpErr(452, "insufficient system storage")}, nil, false))
		}, []aftersale.DraftState{aftersale.DraftApproved}, "452"},
		{"421 after DATA", func(t *testing.T) Mailer {
			return plain(startFaultServer(t, &faultBackend{dataErr: smtpErr(421, "shutting down")}, nil, false))
		}, []aftersale.DraftState{aftersale.DraftApproved}, "421"},
		{"552 after DATA", func(t *testing.T) Mailer {
			return plain(startFaultServer(t, &faultBackend{dataErr: smtpErr(552, "message exceeds fixed maximum message size")}, nil, false))
		}, []aftersale.DraftState{aftersale.DraftFailed}, "552"},
		{"dropped after greeting", func(t *testing.T) Mailer {
			p, _ := scriptedServer(t, "greeting")
			return plain(p)
		}, []aftersale.DraftState{aftersale.DraftApproved}, ""},
		{"dropped at RCPT TO", func(t *testing.T) Mailer {
			p, _ := scriptedServer(t, "rcpt")
			return plain(p)
		}, []aftersale.DraftState{aftersale.DraftApproved}, ""},
		{"dropped mid-DATA", func(t *testing.T) Mailer {
			p, _ := scriptedServer(t, "data")
			return plain(p)
		}, []aftersale.DraftState{aftersale.DraftApproved, aftersale.DraftSendUnknown}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			d := e.approvedDraft("6bmcx2l1t7cwrwb@marketplace.amazon.de")
			if n, err := e.sender(tt.mailer(t)).RunOnce(e.ctx); err != nil || n != 0 {
				t.Fatalf("RunOnce = %d, %v; want 0 sent, nil", n, err)
			}
			got := e.draft(d.ID)
			t.Logf("state %s, last error %q", got.State, got.LastError)
			ok := false
			for _, s := range tt.states {
				ok = ok || got.State == s
			}
			if !ok || got.LastError == "" || !strings.Contains(got.LastError, tt.reason) {
				t.Errorf("state %s, last error %q; want one of %v with a reason containing %q", got.State, got.LastError, tt.states, tt.reason)
			}
			if sent, err := e.db.Sent(e.ctx, store.SentFilter{}); err != nil || len(sent) != 0 {
				t.Errorf("sent log = %d rows, %v; want none", len(sent), err)
			}
		})
	}
}

// selfSignedSMTP returns a server TLS config with a self-signed
// certificate for 127.0.0.1 and a pool that trusts it.
func selfSignedSMTP(t *testing.T) (*tls.Config, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "smtp test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, BasicConstraintsValid: true, IsCA: true,
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

// TestSMTPRefusesUnverifiedCertificate: with default options (STARTTLS
// required, verification on) the mailer refuses a relay whose certificate
// it cannot verify, for STARTTLS and implicit TLS alike; nothing is sent
// and the draft stays in the outbox (approved, for a retry once the
// certificate is fixed) with the reason. A relay without STARTTLS is
// refused too (no silent downgrade to plain text). Turning verification
// off explicitly sends, which shows the server itself works.
func TestSMTPRefusesUnverifiedCertificate(t *testing.T) {
	cert, _ := selfSignedSMTP(t)
	tests := []struct {
		name     string
		tls      string
		implicit bool
		offerTLS bool
		insecure bool
		reason   string // "" means the reply is sent
	}{
		{"starttls, self-signed", "", false, true, false, "certificate"},
		{"implicit tls, self-signed", "tls", true, true, false, "certificate"},
		{"server without starttls", "", false, false, false, "STARTTLS"},
		{"starttls, verification turned off", "starttls", false, true, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &faultBackend{}
			var conf *tls.Config
			if tt.offerTLS {
				conf = cert
			}
			port := startFaultServer(t, b, conf, tt.implicit)
			e := newEnv(t)
			d := e.approvedDraft("6bmcx2l1t7cwrwb@marketplace.amazon.de")
			m := NewSMTPMailer(SMTPOptions{Host: "127.0.0.1", Port: port, TLS: tt.tls, InsecureSkipVerify: tt.insecure, Timeout: 2 * time.Second})
			n, err := e.sender(m).RunOnce(e.ctx)
			if err != nil {
				t.Fatal(err)
			}
			got := e.draft(d.ID)
			if tt.reason == "" {
				if n != 1 || got.State != aftersale.DraftSent || b.accepted.Load() != 1 {
					t.Errorf("sent %d, state %s, server accepted %d, last error %q; want it sent", n, got.State, b.accepted.Load(), got.LastError)
				}
				return
			}
			t.Logf("state %s, last error %q", got.State, got.LastError)
			if n != 0 || b.accepted.Load() != 0 {
				t.Errorf("sent %d, server accepted %d; want nothing sent", n, b.accepted.Load())
			}
			if got.State != aftersale.DraftApproved || !strings.Contains(strings.ToLower(got.LastError), strings.ToLower(tt.reason)) {
				t.Errorf("state %s, last error %q; want approved (in the outbox) with a reason about %q", got.State, got.LastError, tt.reason)
			}
		})
	}
}
