package mailbox

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale/internal/dovecot"
)

// TestRunRefusesUnverifiedCertificate: with default options (TLS on,
// verification on, no extra CA) the poller's Run loop refuses a server
// whose certificate it cannot verify, for implicit TLS and STARTTLS: it
// never logs in (so the password is never sent), stores nothing, reports
// the reason in State().LastErr and the log, and keeps retrying (a fixed
// certificate is picked up without a restart).
func TestRunRefusesUnverifiedCertificate(t *testing.T) {
	cert, _ := selfSigned(t)
	for _, tt := range []struct {
		name     string
		mode     TLSMode
		implicit bool
	}{
		{"implicit tls", "", true},
		{"starttls", TLSStartTLS, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := startIMAPTLS(t, cert, tt.implicit)
			srv.add(t, "INBOX", mailN(1), t0)
			p, db, lg := newTestPoller(t, srv, func(o *Options) { o.TLS = tt.mode })
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- p.Run(ctx) }()
			deadline := time.Now().Add(10 * time.Second)
			for p.State().LastErr == "" && time.Now().Before(deadline) {
				select {
				case <-done:
					t.Fatal("Run returned early")
				case <-time.After(10 * time.Millisecond):
				}
			}
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Run = %v, want nil", err)
			}
			st := p.State()
			if !strings.Contains(st.LastErr, "certificate signed by unknown authority") || !st.Paused {
				t.Errorf("State() = %+v; want LastErr naming the unverified certificate, and paused", st)
			}
			if !strings.Contains(lg.String(), "certificate") {
				t.Errorf("log does not name the certificate problem:\n%s", lg)
			}
			if n := len(stored(t, db)); n != 0 {
				t.Errorf("stored %d messages over an unverified connection", n)
			}
			if strings.Contains(lg.String(), testPassword) {
				t.Errorf("log contains the password")
			}
		})
	}
}

// TestDovecotStartTLSUnknownCA: Dovecot's STARTTLS with a certificate the
// poller does not trust (no ca_file) is refused with a clear reason.
func TestDovecotStartTLSUnknownCA(t *testing.T) {
	s := dovecot.StartWith(t, dovecotUsers, dovecot.Options{TLS: true})
	s.Append(t, "alice", "INBOX", t0, mails(1, 1)...)
	p, db, _ := dovecotPoller(t, s, "alice", nil, func(o *Options) { o.TLS = TLSStartTLS })
	n, err := p.PollOnce(context.Background())
	if err == nil || n != 0 || !strings.Contains(err.Error(), "certificate") || !p.State().Paused {
		t.Fatalf("PollOnce = %d, %v (paused %v); want a certificate error, paused, nothing stored", n, err, p.State().Paused)
	}
	if got := len(stored(t, db)); got != 0 {
		t.Errorf("stored %d messages", got)
	}
}
