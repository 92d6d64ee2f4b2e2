package mailbox

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/aftersale/aftersale/internal/dovecot"
	"github.com/aftersale/aftersale/store"
)

// Integration tests against a real Dovecot (internal/dovecot): skipped
// when Dovecot is not installed or the tests do not run as root, unless
// AFTERSALE_TEST_DOVECOT=1 makes them mandatory (as in CI).

var dovecotUsers = map[string]string{"alice": "secret", "bob": "hunter2"}

// dovecotPoller returns a poller for user on s with a fresh store (or db
// when non-nil).
func dovecotPoller(t *testing.T, s *dovecot.Server, user string, db *store.DB, edit func(*Options)) (*Poller, *store.DB, *testLog) {
	t.Helper()
	if db == nil {
		db = store.MustOpenTest(t)
	}
	pass := dovecotUsers[user]
	opts := Options{
		Account: "acct-" + user, Host: s.Host, Port: s.Port, TLS: TLSPlain, Username: user,
		Password: func(context.Context) (string, error) { return pass, nil },
	}
	if edit != nil {
		edit(&opts)
	}
	lg := &testLog{}
	return NewPoller(db, opts, slog.New(slog.NewTextHandler(lg, &slog.HandlerOptions{Level: slog.LevelDebug}))), db, lg
}

func mails(from, to int) [][]byte {
	var out [][]byte
	for i := from; i <= to; i++ {
		out = append(out, []byte(mailN(i)))
	}
	return out
}

// signal returns a non-blocking notifier and its channel.
func signal() (func(), chan struct{}) {
	ch := make(chan struct{}, 1)
	return func() {
		select {
		case ch <- struct{}{}:
		default:
		}
	}, ch
}

// messageIDs returns the stored Message-IDs of db with their counts.
func messageIDs(t *testing.T, db *store.DB) map[string]int {
	t.Helper()
	ids := map[string]int{}
	for _, m := range stored(t, db) {
		ids[m.MessageID]++
	}
	return ids
}

// waitStored waits until db holds want messages.
func waitStored(t *testing.T, db *store.DB, ch <-chan struct{}, want int) {
	t.Helper()
	deadline := time.After(30 * time.Second)
	for len(stored(t, db)) < want {
		select {
		case <-ch:
		case <-time.After(50 * time.Millisecond):
		case <-deadline:
			t.Fatalf("timed out: %d messages stored, want %d", len(stored(t, db)), want)
		}
	}
}

func accountCursor(t *testing.T, db *store.DB, account, folder string) store.Cursor {
	t.Helper()
	c, err := db.Cursor(context.Background(), account, folder)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func stopRun(t *testing.T, cancel context.CancelFunc, done <-chan error) {
	t.Helper()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
}

func TestDovecotIdle(t *testing.T) {
	s := dovecot.Start(t, dovecotUsers)
	s.Append(t, "alice", "INBOX", t0, mails(1, 2)...)
	notify, storedCh := signal()
	p, db, _ := dovecotPoller(t, s, "alice", nil, func(o *Options) {
		o.PollInterval = time.Hour // only IDLE can wake it
		o.OnStored = notify
	})
	ctx, cancel := context.WithCancel(context.Background())
	done, idling := runPoller(t, ctx, p)
	defer stopRun(t, cancel, done)

	waitFor(t, idling, "IDLE to start")
	if got := len(stored(t, db)); got != 2 {
		t.Fatalf("stored %d messages before IDLE, want 2", got)
	}
	s.Append(t, "alice", "INBOX", t0, mails(3, 3)...)
	waitStored(t, db, storedCh, 3)
	waitFor(t, idling, "IDLE to restart")
	s.Append(t, "alice", "INBOX", t0, mails(4, 5)...)
	waitStored(t, db, storedCh, 5)
	for id, n := range messageIDs(t, db) {
		if n != 1 {
			t.Errorf("%s stored %d times", id, n)
		}
	}
}

// TestDovecotPoll: without IDLE, mail that arrives after the first check
// (which leaves INBOX selected) and after a fetch is found. Dovecot answers
// STATUS on the selected mailbox from the session's unsynced view, so a
// poller that used it never saw this mail.
func TestDovecotPoll(t *testing.T) {
	s := dovecot.Start(t, dovecotUsers)
	notify, storedCh := signal()
	p, db, _ := dovecotPoller(t, s, "alice", nil, func(o *Options) {
		o.DisableIdle = true
		o.PollInterval = 20 * time.Millisecond
		o.OnStored = notify
	})
	ctx, cancel := context.WithCancel(context.Background())
	done, idling := runPoller(t, ctx, p)
	defer stopRun(t, cancel, done)
	waitUntil(t, "the first check", func() bool { return accountCursor(t, db, "acct-alice", "INBOX").UIDValidity != 0 })
	s.Append(t, "alice", "INBOX", t0, mails(1, 3)...)
	waitStored(t, db, storedCh, 3)
	s.Append(t, "alice", "INBOX", t0, mails(4, 5)...)
	waitStored(t, db, storedCh, 5)
	if len(idling) != 0 {
		t.Errorf("IDLE started although disabled")
	}
}

// TestDovecotRestartMidSession restarts Dovecot while the poller fetches a
// large folder: it reconnects, resumes from the cursor, loses nothing and
// stores nothing twice, then goes back to IDLE.
func TestDovecotRestartMidSession(t *testing.T) {
	s := dovecot.Start(t, dovecotUsers)
	const n = 800
	s.Append(t, "alice", "INBOX", t0, mails(1, n)...)
	notify, storedCh := signal()
	p, db, lg := dovecotPoller(t, s, "alice", nil, func(o *Options) {
		o.PollInterval = time.Hour
		o.OnStored = notify
	})
	ctx, cancel := context.WithCancel(context.Background())
	done, idling := runPoller(t, ctx, p)
	defer stopRun(t, cancel, done)

	// Restart as soon as the first batch is in.
	deadline := time.After(30 * time.Second)
	for len(stored(t, db)) == 0 {
		select {
		case <-deadline:
			t.Fatal("nothing stored")
		case <-time.After(5 * time.Millisecond):
		}
	}
	if err := s.Restart(); err != nil {
		t.Fatal(err)
	}
	midFetch := len(stored(t, db)) < n
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("poller log:\n%s", lg)
		}
	})
	waitStored(t, db, storedCh, n)
	waitFor(t, idling, "IDLE after the reconnect")
	s.Append(t, "alice", "INBOX", t0, mails(n+1, n+1)...)
	waitStored(t, db, storedCh, n+1)

	ids := messageIDs(t, db)
	if len(ids) != n+1 {
		t.Errorf("%d distinct messages stored, want %d", len(ids), n+1)
	}
	for id, c := range ids {
		if c != 1 {
			t.Errorf("%s stored %d times", id, c)
		}
	}
	if c := accountCursor(t, db, "acct-alice", "INBOX"); c.LastUID != n+1 {
		t.Errorf("cursor = %+v, want LastUID %d", c, n+1)
	}
	t.Logf("restart hit mid-fetch: %v; log has reconnect: %v", midFetch, strings.Contains(lg.String(), "imap connection restored"))
}

func TestDovecotWrongPassword(t *testing.T) {
	s := dovecot.Start(t, dovecotUsers)
	p, _, lg := dovecotPoller(t, s, "alice", nil, func(o *Options) {
		o.Password = func(context.Context) (string, error) { return "not-the-password", nil }
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	deadline := time.After(10 * time.Second)
	for !p.State().Paused {
		select {
		case <-deadline:
			t.Fatal("the account was not paused")
		case <-time.After(5 * time.Millisecond):
		}
	}
	if _, err := p.PollOnce(ctx); !errors.Is(err, ErrPaused) {
		t.Errorf("PollOnce on the paused account = %v, want ErrPaused", err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
	if got := strings.Count(lg.String(), "account paused"); got != 1 {
		t.Errorf("pause logged %d times, want 1:\n%s", got, lg)
	}
	if strings.Contains(lg.String(), "not-the-password") {
		t.Error("log contains the password")
	}
}

func TestDovecotUIDValidityReset(t *testing.T) {
	s := dovecot.Start(t, dovecotUsers)
	s.CreateMailbox(t, "alice", "Amazon")
	s.Append(t, "alice", "Amazon", t0, mails(1, 2)...)
	p, db, lg := dovecotPoller(t, s, "alice", nil, func(o *Options) { o.Folders = []string{"Amazon"} })
	ctx := context.Background()
	if n, err := p.PollOnce(ctx); err != nil || n != 2 {
		t.Fatalf("PollOnce = %d, %v; want 2, nil", n, err)
	}
	before, after := s.Recreate(t, "alice", "Amazon")
	s.Append(t, "alice", "Amazon", t0, mails(1, 3)...) // the old two again, and a new one
	if n, err := p.PollOnce(ctx); err != nil || n != 1 {
		t.Fatalf("PollOnce after the reset = %d, %v; want 1, nil", n, err)
	}
	if c := accountCursor(t, db, "acct-alice", "Amazon"); c.UIDValidity != after || c.UIDValidity == before || c.LastUID != 3 {
		t.Errorf("cursor = %+v, want UIDVALIDITY %d (was %d), LastUID 3", c, after, before)
	}
	for id, c := range messageIDs(t, db) {
		if c != 1 {
			t.Errorf("%s stored %d times", id, c)
		}
	}
	if !strings.Contains(lg.String(), "uidvalidity changed") {
		t.Errorf("no uidvalidity warning:\n%s", lg)
	}
}

// TestDovecotTwoAccounts: two accounts (one with two folders) in one
// store, each with its own cursors; the same Message-ID in both accounts
// is stored for each.
func TestDovecotTwoAccounts(t *testing.T) {
	s := dovecot.Start(t, dovecotUsers)
	s.CreateMailbox(t, "bob", "Amazon")
	s.Append(t, "alice", "INBOX", t0, mails(1, 3)...)
	s.Append(t, "bob", "INBOX", t0, mails(1, 1)...)
	s.Append(t, "bob", "Amazon", t0, mails(10, 11)...)
	pa, db, _ := dovecotPoller(t, s, "alice", nil, nil)
	pb, _, _ := dovecotPoller(t, s, "bob", db, func(o *Options) { o.Folders = []string{"INBOX", "Amazon"} })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	notify, storedCh := signal()
	var dones []<-chan error
	for _, p := range []*Poller{pa, pb} {
		p.opts.OnStored = notify
		done, _ := runPoller(t, ctx, p)
		dones = append(dones, done)
	}
	waitStored(t, db, storedCh, 6)
	s.Append(t, "bob", "INBOX", t0, mails(2, 2)...) // IDLE watches bob's INBOX
	waitStored(t, db, storedCh, 7)
	for _, d := range dones {
		stopRun(t, cancel, d)
	}
	byAccount := map[string][]string{}
	for _, m := range stored(t, db) {
		byAccount[m.Account+"/"+m.Folder] = append(byAccount[m.Account+"/"+m.Folder], m.MessageID)
	}
	want := map[string]int{"acct-alice/INBOX": 3, "acct-bob/INBOX": 2, "acct-bob/Amazon": 2}
	for k, n := range want {
		if len(byAccount[k]) != n {
			t.Errorf("%s: stored %v, want %d messages", k, byAccount[k], n)
		}
	}
	ca, cb := accountCursor(t, db, "acct-alice", "INBOX"), accountCursor(t, db, "acct-bob", "INBOX")
	if ca.LastUID != 3 || cb.LastUID != 2 {
		t.Errorf("cursors alice %+v, bob %+v; want LastUID 3 and 2", ca, cb)
	}
}

func TestDovecotStartFrom(t *testing.T) {
	s := dovecot.Start(t, dovecotUsers)
	start := t0.Add(30 * 24 * time.Hour)
	s.Append(t, "alice", "INBOX", t0, mails(1, 40)...) // an old mailbox
	s.Append(t, "alice", "INBOX", start.Add(time.Hour), mails(41, 42)...)
	p, db, _ := dovecotPoller(t, s, "alice", nil, func(o *Options) { o.StartFrom = start })
	ctx := context.Background()
	if n, err := p.PollOnce(ctx); err != nil || n != 2 {
		t.Fatalf("PollOnce = %d, %v; want 2 (only mail after the start date), nil", n, err)
	}
	ids := messageIDs(t, db)
	if ids["m41@example.test"] != 1 || ids["m42@example.test"] != 1 || len(ids) != 2 {
		t.Errorf("stored %v, want m41 and m42", ids)
	}
	if c := accountCursor(t, db, "acct-alice", "INBOX"); c.LastUID != 42 {
		t.Errorf("cursor = %+v, want LastUID 42", c)
	}
	s.Append(t, "alice", "INBOX", t0, mails(43, 43)...) // old date, but new: the start date is for the first run only
	if n, err := p.PollOnce(ctx); err != nil || n != 1 {
		t.Errorf("second PollOnce = %d, %v; want 1, nil", n, err)
	}
}

func TestDovecotTLSAndXOAUTH2(t *testing.T) {
	s := dovecot.StartWith(t, dovecotUsers, dovecot.Options{TLS: true, OAuth2Tokens: map[string]string{"ya29.alice": "alice"}})
	s.Append(t, "alice", "INBOX", t0, mails(1, 1)...)
	tests := []struct {
		name    string
		edit    func(*Options)
		wantErr error
	}{
		{"implicit tls", func(o *Options) { o.TLS, o.Port, o.RootCAs = TLSImplicit, s.TLSPort, s.RootCAs }, nil},
		{"starttls", func(o *Options) { o.TLS, o.RootCAs = TLSStartTLS, s.RootCAs }, nil},
		{"implicit tls, unknown ca", func(o *Options) { o.TLS, o.Port = TLSImplicit, s.TLSPort }, errors.New("certificate")},
		{"xoauth2 over starttls", func(o *Options) {
			o.TLS, o.RootCAs, o.Password = TLSStartTLS, s.RootCAs, nil
			o.OAuth2Token = func(context.Context) (string, error) { return "ya29.alice", nil }
		}, nil},
		{"xoauth2, refused token", func(o *Options) {
			o.Password = nil
			o.OAuth2Token = func(context.Context) (string, error) { return "ya29.revoked", nil }
		}, ErrAuthFailed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, _, lg := dovecotPoller(t, s, "alice", nil, tt.edit)
			n, err := p.PollOnce(context.Background())
			switch {
			case tt.wantErr == nil:
				if err != nil || n != 1 {
					t.Errorf("PollOnce = %d, %v; want 1, nil", n, err)
				}
			case errors.Is(tt.wantErr, ErrAuthFailed):
				if !errors.Is(err, ErrAuthFailed) || !p.State().Paused {
					t.Errorf("PollOnce = %v (paused %v), want ErrAuthFailed and paused", err, p.State().Paused)
				}
			default: // an untrusted certificate: a person must act, so it pauses
				if err == nil || !strings.Contains(err.Error(), tt.wantErr.Error()) || !p.State().Paused {
					t.Errorf("PollOnce = %v (paused %v), want an error about %q and paused", err, p.State().Paused, tt.wantErr)
				}
			}
			if strings.Contains(lg.String(), "ya29.") {
				t.Error("log contains the token")
			}
		})
	}
}

func TestDovecotKeywordAndMove(t *testing.T) {
	s := dovecot.Start(t, dovecotUsers)
	s.CreateMailbox(t, "alice", "Triaged")
	s.Append(t, "alice", "INBOX", t0, mails(1, 3)...)
	p, db, _ := dovecotPoller(t, s, "alice", nil, func(o *Options) { o.MarkKeyword, o.MoveTo = "$Triaged", "Triaged" })
	if n, err := p.PollOnce(context.Background()); err != nil || n != 3 {
		t.Fatalf("PollOnce = %d, %v; want 3, nil", n, err)
	}
	if in, moved := s.Count(t, "alice", "INBOX"), s.Count(t, "alice", "Triaged"); in != 0 || moved != 3 {
		t.Errorf("INBOX %d, Triaged %d messages; want 0, 3", in, moved)
	}
	c := s.Login(t, "alice")
	if _, err := c.Select("Triaged", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	uids, err := c.UIDSearch(&imapSearchKeyword, nil).Wait()
	if err != nil {
		t.Fatal(err)
	}
	if got := len(uids.AllUIDs()); got != 3 {
		t.Errorf("%d messages carry $Triaged, want 3", got)
	}
	unseen, err := c.UIDSearch(&imapSearchUnseen, nil).Wait()
	if err != nil {
		t.Fatal(err)
	}
	if got := len(unseen.AllUIDs()); got != 3 {
		t.Errorf("%d messages unseen, want 3 (BODY.PEEK)", got)
	}
	if got := len(stored(t, db)); got != 3 {
		t.Errorf("stored %d, want 3", got)
	}
}

var (
	imapSearchKeyword = imap.SearchCriteria{Flag: []imap.Flag{"$Triaged"}}
	imapSearchUnseen  = imap.SearchCriteria{NotFlag: []imap.Flag{imap.FlagSeen}}
)
