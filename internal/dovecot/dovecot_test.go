package dovecot

import (
	"crypto/tls"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"
)

func TestStartLoginRestart(t *testing.T) {
	s := Start(t, map[string]string{"alice": "secret"})
	login := func() {
		t.Helper()
		c, err := imapclient.DialInsecure(s.Addr(), nil)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if err := c.Login("alice", "secret").Wait(); err != nil {
			t.Fatalf("login: %v", err)
		}
		if _, err := c.Select("INBOX", nil).Wait(); err != nil {
			t.Fatalf("select: %v", err)
		}
		if err := c.Logout().Wait(); err != nil {
			t.Fatalf("logout: %v", err)
		}
	}
	login()
	if err := s.Restart(); err != nil {
		t.Fatal(err)
	}
	login()
}

func TestTLSAndOAuth2(t *testing.T) {
	s := StartWith(t, map[string]string{"alice": "secret"}, Options{TLS: true, OAuth2Tokens: map[string]string{"tok-1": "alice"}})
	tlsConf := &tls.Config{RootCAs: s.RootCAs, ServerName: "127.0.0.1"}
	dials := []struct {
		name string
		dial func() (*imapclient.Client, error)
	}{
		{"starttls", func() (*imapclient.Client, error) {
			return imapclient.DialStartTLS(s.Addr(), &imapclient.Options{TLSConfig: tlsConf})
		}},
		{"imaps", func() (*imapclient.Client, error) {
			return imapclient.DialTLS(net.JoinHostPort(s.Host, strconv.Itoa(s.TLSPort)), &imapclient.Options{TLSConfig: tlsConf})
		}},
	}
	for _, d := range dials {
		c, err := d.dial()
		if err != nil {
			t.Fatalf("%s: %v", d.name, err)
		}
		if err := c.Login("alice", "secret").Wait(); err != nil {
			t.Errorf("%s: login: %v", d.name, err)
		}
		c.Close()
	}
	for _, tt := range []struct {
		token string
		ok    bool
	}{{"tok-1", true}, {"wrong", false}} {
		c, err := imapclient.DialInsecure(s.Addr(), nil)
		if err != nil {
			t.Fatal(err)
		}
		err = c.Authenticate(sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{Username: "alice", Token: tt.token}))
		if (err == nil) != tt.ok {
			t.Errorf("OAUTHBEARER with token %q: err = %v, want ok=%v", tt.token, err, tt.ok)
		}
		c.Close()
	}
	uids := s.Append(t, "alice", "INBOX", time.Now(), []byte("Subject: a\r\n\r\nx\r\n"), []byte("Subject: b\r\n\r\ny\r\n"))
	if len(uids) != 2 || uids[1] != uids[0]+1 {
		t.Errorf("Append UIDs = %v, want two consecutive", uids)
	}
	s.CreateMailbox(t, "alice", "Amazon")
	if before, after := s.Recreate(t, "alice", "Amazon"); before == after {
		t.Errorf("Recreate kept UIDVALIDITY %d", before)
	}
	if n := s.Count(t, "alice", "INBOX"); n != 2 {
		t.Errorf("Count = %d, want 2", n)
	}
}
