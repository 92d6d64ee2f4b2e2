package mailbox

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/aftersale/aftersale/internal/dovecot"
)

// dovecotSent returns the messages of folder of alice on s.
func dovecotSent(t *testing.T, s *dovecot.Server, folder string) []sentMail {
	t.Helper()
	c := s.Login(t, "alice")
	defer func() { c.Logout().Wait() }()
	return fetchAll(t, c, folder)
}

// TestDovecotSentCopier: against a real server the copy lands once, with
// the reply's headers, \Seen and the send time; a copy appended by a run
// that crashed before recording it is found, not appended again; a
// missing folder is an error naming it.
func TestDovecotSentCopier(t *testing.T) {
	s := dovecot.Start(t, dovecotUsers)
	s.CreateMailbox(t, "alice", "Sent")
	e := newCopyEnv(t)
	ctx := context.Background()
	c, lg := e.copier(s.Host, s.Port, "alice", dovecotUsers["alice"], "Sent", nil)
	if n, err := c.CopyOnce(ctx); err != nil || n != 0 {
		t.Fatalf("first CopyOnce = %d, %v; want nothing to copy", n, err)
	}
	r1 := e.send(testAccount)
	if n, err := c.CopyOnce(ctx); err != nil || n != 1 {
		t.Fatalf("CopyOnce = %d, %v; want 1 (log: %s)", n, err, lg)
	}
	got := dovecotSent(t, s, "Sent")
	if len(got) != 1 {
		t.Fatalf("Sent holds %d messages, want 1", len(got))
	}
	e.checkCopy(t, got[0], r1)
	if n, err := c.CopyOnce(ctx); err != nil || n != 0 || len(dovecotSent(t, s, "Sent")) != 1 {
		t.Errorf("CopyOnce again = %d, %v; want nothing appended", n, err)
	}

	// A crash between APPEND and recording it.
	r2 := e.send(testAccount)
	cs, err := e.db.PendingSentCopies(ctx, testAccount, 0, 0)
	if err != nil || len(cs) != 1 {
		t.Fatalf("pending = %d, %v; want 1", len(cs), err)
	}
	raw, err := renderCopy(cs[0])
	if err != nil {
		t.Fatal(err)
	}
	s.Append(t, "alice", "Sent", r2.SentAt, raw)
	c, _ = e.copier(s.Host, s.Port, "alice", dovecotUsers["alice"], "Sent", nil)
	if n, err := c.CopyOnce(ctx); err != nil || n != 0 {
		t.Fatalf("CopyOnce after the crash = %d, %v; want 0 appended", n, err)
	}
	if got := len(dovecotSent(t, s, "Sent")); got != 2 {
		t.Errorf("Sent holds %d messages, want 2 (no duplicate)", got)
	}
	if rec := e.record(r2.ID); !rec.Found || rec.CopiedAt.IsZero() {
		t.Errorf("record = %+v, want found and copied", rec)
	}

	// A folder that does not exist.
	e.send(testAccount)
	c, _ = e.copier(s.Host, s.Port, "alice", dovecotUsers["alice"], "Gesendet", nil)
	_, err = c.CopyOnce(ctx)
	t.Logf("missing folder: %v", err)
	if !errors.Is(err, ErrNoSentFolder) || !strings.Contains(err.Error(), `"Gesendet"`) {
		t.Errorf("CopyOnce to a missing folder: %v, want ErrNoSentFolder naming \"Gesendet\"", err)
	}
}

// TestDovecotSentCopierXOAUTH2: the copier logs in like the poller, here
// with an OAuth2 token over STARTTLS; a refused token is an error that
// needs a person, and the token is never logged.
func TestDovecotSentCopierXOAUTH2(t *testing.T) {
	s := dovecot.StartWith(t, dovecotUsers, dovecot.Options{TLS: true, OAuth2Tokens: map[string]string{"ya29.alice": "alice"}})
	s.CreateMailbox(t, "alice", "Sent")
	for _, tt := range []struct {
		name, token string
		wantOK      bool
	}{
		{"token accepted", "ya29.alice", true},
		{"token refused", "ya29.revoked", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := newCopyEnv(t)
			c, lg := e.copier(s.Host, s.Port, "alice", "", "Sent", func(o *SentCopierOptions) {
				o.IMAP.TLS, o.IMAP.RootCAs, o.IMAP.Password = TLSStartTLS, s.RootCAs, nil
				o.IMAP.OAuth2Token = func(context.Context) (string, error) { return tt.token, nil }
			})
			ctx := context.Background()
			if _, err := c.CopyOnce(ctx); err != nil {
				t.Fatalf("CopyOnce with nothing to copy: %v", err)
			}
			before := len(dovecotSent(t, s, "Sent"))
			e.send(testAccount)
			n, err := c.CopyOnce(ctx)
			switch {
			case tt.wantOK && (err != nil || n != 1):
				t.Errorf("CopyOnce = %d, %v; want 1 appended (log: %s)", n, err, lg)
			case !tt.wantOK && (!errors.Is(err, ErrAuthFailed) || n != 0):
				t.Errorf("CopyOnce = %d, %v; want ErrAuthFailed and nothing appended", n, err)
			}
			want := before
			if tt.wantOK {
				want++
			}
			if got := len(dovecotSent(t, s, "Sent")); got != want {
				t.Errorf("Sent holds %d messages, want %d", got, want)
			}
			if strings.Contains(lg.String(), "ya29.") {
				t.Error("log contains the token")
			}
		})
	}
}
