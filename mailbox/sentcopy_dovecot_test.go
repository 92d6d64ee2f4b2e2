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
