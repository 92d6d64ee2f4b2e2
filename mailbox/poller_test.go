package mailbox

import (
	"context"
	"crypto/x509"
	"errors"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

var t0 = time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC)

// stored returns every parsed message of db, oldest first.
func stored(t *testing.T, db *store.DB) []aftersale.Message {
	t.Helper()
	ms, err := db.Unclassified(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

func cursor(t *testing.T, db *store.DB, folder string) store.Cursor {
	t.Helper()
	c, err := db.Cursor(context.Background(), testAccount, folder)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestPollOnceStoresNewMailOnce(t *testing.T) {
	srv := startIMAP(t)
	srv.add(t, "INBOX", mailN(1), t0)
	srv.add(t, "INBOX", mailN(2), t0)
	notified := 0
	p, db, lg := newTestPoller(t, srv, func(o *Options) { o.OnStored = func() { notified++ } })
	ctx := context.Background()

	n, err := p.PollOnce(ctx)
	if err != nil || n != 2 {
		t.Fatalf("PollOnce = %d, %v; want 2, nil", n, err)
	}
	if notified != 1 {
		t.Errorf("OnStored called %d times, want 1", notified)
	}
	ms := stored(t, db)
	if len(ms) != 2 {
		t.Fatalf("stored %d messages, want 2", len(ms))
	}
	m := ms[0]
	if m.MessageID != "m1@example.test" || m.UID != 1 || m.Account != testAccount || m.Folder != "INBOX" ||
		m.Sender != aftersale.SenderBuyer || m.BuyerText != "body 1" || m.ParserVersion != ParserVersion {
		t.Errorf("stored message = %+v, want m1 parsed as a buyer message", m)
	}
	if c := cursor(t, db, "INBOX"); c.LastUID != 2 || c.UIDValidity == 0 {
		t.Errorf("cursor = %+v, want LastUID 2", c)
	}

	// Nothing new: nothing stored twice.
	if n, err := p.PollOnce(ctx); err != nil || n != 0 {
		t.Fatalf("second PollOnce = %d, %v; want 0, nil", n, err)
	}
	srv.add(t, "INBOX", mailN(3), t0)
	if n, err := p.PollOnce(ctx); err != nil || n != 1 {
		t.Fatalf("third PollOnce = %d, %v; want 1, nil", n, err)
	}
	if got := len(stored(t, db)); got != 3 {
		t.Errorf("stored %d messages, want 3", got)
	}
	if c := cursor(t, db, "INBOX"); c.LastUID != 3 {
		t.Errorf("cursor = %+v, want LastUID 3", c)
	}
	// BODY.PEEK[] and EXAMINE leave every message unseen.
	if total, unseen := srv.status(t, "INBOX"); total != 3 || unseen != 3 {
		t.Errorf("INBOX has %d messages, %d unseen; want 3, 3", total, unseen)
	}
	if st := p.State(); st.LastErr != "" || st.LastPoll.IsZero() || st.Paused {
		t.Errorf("State() = %+v, want a successful poll", st)
	}
	if strings.Contains(lg.String(), testPassword) || strings.Contains(lg.String(), "body 1") {
		t.Errorf("log contains the password or a message body:\n%s", lg)
	}
}

func TestPollOnceSeveralFoldersAndDuplicates(t *testing.T) {
	srv := startIMAP(t)
	if err := srv.user.Create("Amazon", nil); err != nil {
		t.Fatal(err)
	}
	srv.add(t, "INBOX", mailN(1), t0)
	srv.add(t, "Amazon", mailN(1), t0) // the same mail copied by a filter
	srv.add(t, "Amazon", mailN(2), t0)
	p, db, _ := newTestPoller(t, srv, func(o *Options) { o.Folders = []string{"INBOX", "Amazon", "Missing"} })

	n, err := p.PollOnce(context.Background())
	if err != nil || n != 2 {
		t.Fatalf("PollOnce = %d, %v; want 2 (a missing folder is skipped), nil", n, err)
	}
	if c := cursor(t, db, "Amazon"); c.LastUID != 2 {
		t.Errorf("Amazon cursor = %+v, want LastUID 2 (the duplicate is skipped, not refetched)", c)
	}
}

func TestUIDValidityChangeStoresNoDuplicates(t *testing.T) {
	srv := startIMAP(t)
	srv.add(t, "INBOX", mailN(1), t0)
	srv.add(t, "INBOX", mailN(2), t0)
	p, db, lg := newTestPoller(t, srv, nil)
	ctx := context.Background()
	if n, err := p.PollOnce(ctx); err != nil || n != 2 {
		t.Fatalf("PollOnce = %d, %v; want 2, nil", n, err)
	}
	old := cursor(t, db, "INBOX")

	srv.recreate(t, "INBOX")
	srv.add(t, "INBOX", mailN(1), t0)
	srv.add(t, "INBOX", mailN(2), t0)
	srv.add(t, "INBOX", mailN(3), t0)
	n, err := p.PollOnce(ctx)
	if err != nil || n != 1 {
		t.Fatalf("PollOnce after UIDVALIDITY change = %d, %v; want 1, nil", n, err)
	}
	if got := len(stored(t, db)); got != 3 {
		t.Errorf("stored %d messages, want 3", got)
	}
	c := cursor(t, db, "INBOX")
	if c.UIDValidity == old.UIDValidity || c.LastUID != 3 {
		t.Errorf("cursor = %+v (was %+v), want the new UIDVALIDITY and LastUID 3", c, old)
	}
	if !strings.Contains(lg.String(), "uidvalidity changed") {
		t.Errorf("no warning about the UIDVALIDITY change in the log:\n%s", lg)
	}
	if n, err := p.PollOnce(ctx); err != nil || n != 0 {
		t.Errorf("PollOnce again = %d, %v; want 0, nil", n, err)
	}
}

func TestWrongPasswordPauses(t *testing.T) {
	srv := startIMAP(t)
	p, _, lg := newTestPoller(t, srv, func(o *Options) {
		o.Password = func(context.Context) (string, error) { return "wrong-password", nil }
	})
	ctx := context.Background()
	_, err := p.PollOnce(ctx)
	if !errors.Is(err, ErrAuthFailed) {
		t.Fatalf("PollOnce = %v, want ErrAuthFailed", err)
	}
	if !p.State().Paused {
		t.Errorf("State().Paused = false after a refused login")
	}
	// The pause is in the store, where status reads it.
	if hs, err := p.db.AccountHealths(ctx); err != nil || len(hs) != 1 || !hs[0].Paused || hs[0].LastError == "" || hs[0].ErrorSince.IsZero() {
		t.Errorf("AccountHealths = %+v, %v; want the account paused with its error", hs, err)
	}
	if _, err := p.PollOnce(ctx); !errors.Is(err, ErrPaused) {
		t.Errorf("PollOnce on a paused account = %v, want ErrPaused", err)
	}

	// Run on a paused account does not connect again and stops with ctx.
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	if got := srv.conns.Load(); got != 1 {
		t.Errorf("server saw %d connections, want 1 (no hammering)", got)
	}
	if got := strings.Count(lg.String(), "account paused"); got != 1 {
		t.Errorf("account paused logged %d times, want once:\n%s", got, lg)
	}
	if strings.Contains(lg.String(), "wrong-password") {
		t.Errorf("log contains the password:\n%s", lg)
	}
}

func TestRunPausesOnWrongPassword(t *testing.T) {
	srv := startIMAP(t)
	p, _, _ := newTestPoller(t, srv, func(o *Options) {
		o.Password = func(context.Context) (string, error) { return "wrong", nil }
	})
	paused := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	deadline := time.After(10 * time.Second)
	go func() {
		for !p.State().Paused {
			select {
			case <-deadline:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
		close(paused)
	}()
	select {
	case <-paused:
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not pause the account")
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
	if got := srv.conns.Load(); got != 1 {
		t.Errorf("server saw %d connections, want 1", got)
	}
}

func TestStartFromSkipsOldMail(t *testing.T) {
	srv := startIMAP(t)
	start := t0.Add(24 * time.Hour)
	srv.add(t, "INBOX", mailN(1), t0)                   // before StartFrom
	srv.add(t, "INBOX", mailN(2), start.Add(time.Hour)) // after
	srv.add(t, "INBOX", mailN(3), t0)                   // before
	p, db, _ := newTestPoller(t, srv, func(o *Options) { o.StartFrom = start })
	ctx := context.Background()
	n, err := p.PollOnce(ctx)
	if err != nil || n != 1 {
		t.Fatalf("PollOnce = %d, %v; want 1, nil", n, err)
	}
	if ms := stored(t, db); len(ms) != 1 || ms[0].MessageID != "m2@example.test" {
		t.Errorf("stored %+v, want only m2", ms)
	}
	if c := cursor(t, db, "INBOX"); c.LastUID != 3 {
		t.Errorf("cursor = %+v, want LastUID 3 (skipped mail is not refetched)", c)
	}
	// StartFrom applies to the first run only.
	srv.add(t, "INBOX", mailN(4), t0)
	if n, err := p.PollOnce(ctx); err != nil || n != 1 {
		t.Errorf("second PollOnce = %d, %v; want 1, nil", n, err)
	}
}

func TestOversizedMessageStoredHeaderOnly(t *testing.T) {
	srv := startIMAP(t)
	big := testMail("big@example.test", strings.Repeat("attachment data ", 500))
	srv.add(t, "INBOX", big, t0)
	srv.add(t, "INBOX", mailN(2), t0)
	p, db, _ := newTestPoller(t, srv, func(o *Options) { o.MaxMessageBytes = 2000 })
	if n, err := p.PollOnce(context.Background()); err != nil || n != 2 {
		t.Fatalf("PollOnce = %d, %v; want 2, nil", n, err)
	}
	ms := stored(t, db)
	if len(ms) != 2 {
		t.Fatalf("stored %d messages, want 2", len(ms))
	}
	m := ms[0]
	if m.MessageID != "big@example.test" || !m.HasFlag(FlagTooLarge) || m.Subject == "" {
		t.Errorf("oversized message = %+v, want its header parsed and flag %q", m, FlagTooLarge)
	}
	raw, err := db.Raw(context.Background(), m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw), "attachment data") || !strings.Contains(string(raw), "Message-ID: <big@example.test>") {
		t.Errorf("stored raw = %q, want the header only", raw)
	}
	if ms[1].HasFlag(FlagTooLarge) {
		t.Errorf("small message flagged %q", FlagTooLarge)
	}
}

func TestGarbageMessageStoredWithParseErr(t *testing.T) {
	srv := startIMAP(t)
	srv.add(t, "INBOX", "\x00\x01\x02 not a mail \xff\xfe", t0)
	p, db, _ := newTestPoller(t, srv, nil)
	if n, err := p.PollOnce(context.Background()); err != nil || n != 1 {
		t.Fatalf("PollOnce = %d, %v; want 1, nil", n, err)
	}
	ms := stored(t, db)
	if len(ms) != 1 || ms[0].ParseErr == "" {
		t.Fatalf("stored %+v, want one message with ParseErr", ms)
	}
}

func TestRecoverUnparsedRows(t *testing.T) {
	srv := startIMAP(t)
	p, db, _ := newTestPoller(t, srv, nil)
	ctx := context.Background()
	// A crash between InsertRawMessage and SaveParsed left this row.
	id, _, err := db.InsertRawMessage(ctx, store.RawMessage{
		Account: testAccount, Folder: "INBOX", UIDValidity: 1, UID: 7, Raw: []byte(mailN(7)), InternalDate: t0,
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.PollOnce(ctx); err != nil {
		t.Fatal(err)
	}
	m, err := db.Message(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if m.ParserVersion != ParserVersion || m.MessageID != "m7@example.test" {
		t.Errorf("recovered message = %+v, want it parsed", m)
	}
}

// runPoller starts Run and returns a channel with its result and a
// channel signalled each time IDLE starts.
func runPoller(t *testing.T, ctx context.Context, p *Poller) (done <-chan error, idling <-chan struct{}) {
	t.Helper()
	idle := make(chan struct{}, 16)
	p.onIdle = func() {
		select {
		case idle <- struct{}{}:
		default:
		}
	}
	d := make(chan error, 1)
	go func() { d <- p.Run(ctx) }()
	return d, idle
}

func waitFor(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(10 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
	}
}

// appendAndWait appends mail n to INBOX and waits until the poller stored
// something. imapserver's IDLE has a small window after "+ idling" in which
// an update is queued but not pushed (SessionTracker.Idle registers its
// channel after the continuation is sent, and does not flush the queue);
// if nothing arrives within two seconds, a second message is appended,
// whose notice flushes the queue. With PollInterval at one hour only IDLE
// can wake the poller either way.
func appendAndWait(t *testing.T, srv *testIMAP, storedCh <-chan struct{}, n int) {
	t.Helper()
	for len(storedCh) > 0 {
		<-storedCh // signals of earlier messages
	}
	srv.add(t, "INBOX", mailN(n), t0)
	select {
	case <-storedCh:
		return
	case <-time.After(2 * time.Second):
		srv.add(t, "INBOX", mailN(100+n), t0)
	}
	waitFor(t, storedCh, "message "+strconv.Itoa(n)+" to be stored after an IDLE notice")
}

func TestIdleWakeupStoresNewMessage(t *testing.T) {
	srv := startIMAP(t)
	storedCh := make(chan struct{}, 16)
	p, db, _ := newTestPoller(t, srv, func(o *Options) {
		o.PollInterval = time.Hour // only IDLE can wake the poller
		o.OnStored = func() {
			select {
			case storedCh <- struct{}{}:
			default:
			}
		}
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done, idling := runPoller(t, ctx, p)

	waitFor(t, idling, "IDLE to start")
	if !p.State().Connected {
		t.Errorf("State().Connected = false while idling")
	}
	appendAndWait(t, srv, storedCh, 1)
	// m1, and m101 when appendAndWait had to nudge the server.
	if ms := stored(t, db); len(ms) == 0 || len(ms) > 2 || ms[0].MessageID != "m1@example.test" {
		t.Errorf("stored %+v, want m1 first", ms)
	}
	waitFor(t, idling, "IDLE to restart")
	appendAndWait(t, srv, storedCh, 2)

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	ids := map[string]bool{}
	for _, m := range stored(t, db) {
		ids[m.MessageID] = true
	}
	if !ids["m1@example.test"] || !ids["m2@example.test"] {
		t.Errorf("stored message ids %v, want m1 and m2 among them", ids)
	}
}

func TestRunWithoutIdlePolls(t *testing.T) {
	srv := startIMAP(t)
	storedCh := make(chan struct{}, 16)
	p, _, _ := newTestPoller(t, srv, func(o *Options) {
		o.DisableIdle = true
		o.PollInterval = 10 * time.Millisecond
		o.OnStored = func() {
			select {
			case storedCh <- struct{}{}:
			default:
			}
		}
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done, _ := runPoller(t, ctx, p)
	srv.add(t, "INBOX", mailN(1), t0)
	waitFor(t, storedCh, "the message to be stored by polling")
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
}

// viewSession answers STATUS on the selected mailbox from the view of the
// mailbox taken when it was selected, as Dovecot does ("[CLIENTBUG] Status
// on selected mailbox"): the UIDNEXT of a selected mailbox only changes
// when the session syncs. It counts such STATUS commands.
type viewSession struct {
	imapserver.SessionIMAP4rev2
	selected string
	view     *imap.StatusData
	misused  *atomic.Int32
}

func (s *viewSession) Select(mailbox string, o *imap.SelectOptions) (*imap.SelectData, error) {
	sd, err := s.SessionIMAP4rev2.Select(mailbox, o)
	if err != nil {
		return nil, err
	}
	next := sd.UIDNext
	s.selected, s.view = mailbox, &imap.StatusData{Mailbox: mailbox, UIDNext: next, UIDValidity: sd.UIDValidity}
	return sd, nil
}

func (s *viewSession) Unselect() error {
	s.selected, s.view = "", nil
	return s.SessionIMAP4rev2.Unselect()
}

func (s *viewSession) Status(mailbox string, o *imap.StatusOptions) (*imap.StatusData, error) {
	if s.view != nil && mailbox == s.selected {
		s.misused.Add(1)
		v := *s.view
		return &v, nil
	}
	return s.SessionIMAP4rev2.Status(mailbox, o)
}

// TestRunWithoutIdleSeesMailInSelectedFolder: polling without IDLE finds
// new mail in a folder the session has selected (after its first check,
// and after a fetch), on a server whose STATUS of the selected mailbox
// answers from the session's stale view (Dovecot). The poller never sends
// STATUS for the selected mailbox (RFC 9051 §6.3.11).
func TestRunWithoutIdleSeesMailInSelectedFolder(t *testing.T) {
	var misused atomic.Int32
	srv := startIMAPWith(t, nil, false, func(s imapserver.Session) imapserver.Session {
		return &viewSession{SessionIMAP4rev2: s.(imapserver.SessionIMAP4rev2), misused: &misused}
	})
	notify := make(chan struct{}, 1)
	p, db, _ := newTestPoller(t, srv, func(o *Options) {
		o.DisableIdle = true
		o.PollInterval = 10 * time.Millisecond
		o.OnStored = func() {
			select {
			case notify <- struct{}{}:
			default:
			}
		}
	})
	ctx, cancel := context.WithCancel(context.Background())
	done, _ := runPoller(t, ctx, p)
	defer stopRun(t, cancel, done)
	// The first check selects the empty folder and sets the cursor.
	waitUntil(t, "the first check", func() bool { return cursor(t, db, "INBOX").UIDValidity != 0 })
	srv.add(t, "INBOX", mailN(1), t0)
	srv.add(t, "INBOX", mailN(2), t0)
	waitUntil(t, "2 messages stored", func() bool { return len(stored(t, db)) == 2 })
	// INBOX stays selected after the fetch.
	srv.add(t, "INBOX", mailN(3), t0)
	waitUntil(t, "3 messages stored", func() bool { return len(stored(t, db)) == 3 })
	if n := misused.Load(); n != 0 {
		t.Errorf("the poller sent STATUS for the selected mailbox %d times, want 0", n)
	}
}

// waitUntil polls cond until it holds, failing the test after 10 s.
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for !cond() {
		select {
		case <-deadline:
			t.Fatalf("timed out waiting for %s", what)
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func TestRunStopsPromptlyOnCancel(t *testing.T) {
	srv := startIMAP(t)
	p, _, _ := newTestPoller(t, srv, func(o *Options) { o.PollInterval = time.Hour })
	ctx, cancel := context.WithCancel(context.Background())
	done, idling := runPoller(t, ctx, p)
	waitFor(t, idling, "IDLE to start")
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return within 5s of cancel")
	}
	if p.State().Connected {
		t.Errorf("State().Connected = true after Run returned")
	}
}

func TestRunRetriesWhenServerIsDown(t *testing.T) {
	// A closed port: Run keeps retrying with backoff and stops with ctx.
	srv := startIMAP(t)
	p, _, lg := newTestPoller(t, srv, func(o *Options) { o.Port = 1 })
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	failed := make(chan struct{})
	go func() {
		for p.State().LastErr == "" && ctx.Err() == nil {
			select {
			case <-ctx.Done():
			case <-time.After(5 * time.Millisecond):
			}
		}
		close(failed)
	}()
	waitFor(t, failed, "the first failure")
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
	if p.State().Paused {
		t.Errorf("a connection failure paused the account")
	}
	if !strings.Contains(lg.String(), "retrying") {
		t.Errorf("no retry logged:\n%s", lg)
	}
}

func TestPollOnceOverTLS(t *testing.T) {
	cert, pool := selfSigned(t)
	tests := []struct {
		name     string
		mode     TLSMode
		implicit bool
		roots    *x509.CertPool
		insecure bool
		wantErr  bool
	}{
		{"implicit tls", TLSImplicit, true, pool, false, false},
		{"starttls", TLSStartTLS, false, pool, false, false},
		{"implicit tls, unknown ca", TLSImplicit, true, nil, false, true},
		{"starttls, unknown ca", TLSStartTLS, false, nil, false, true},
		{"implicit tls, verification off", TLSImplicit, true, nil, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := startIMAPTLS(t, cert, tt.implicit)
			srv.add(t, "INBOX", mailN(1), t0)
			p, _, _ := newTestPoller(t, srv, func(o *Options) {
				o.TLS, o.RootCAs, o.InsecureSkipVerify = tt.mode, tt.roots, tt.insecure
			})
			n, err := p.PollOnce(context.Background())
			if tt.wantErr {
				if err == nil || errors.Is(err, ErrAuthFailed) || !p.State().Paused {
					t.Errorf("PollOnce = %d, %v (paused %v); want a certificate error that pauses the account", n, err, p.State().Paused)
				}
				if _, err := p.PollOnce(context.Background()); !errors.Is(err, ErrPaused) {
					t.Errorf("second PollOnce = %v, want ErrPaused without connecting", err)
				}
				return
			}
			if err != nil || n != 1 {
				t.Errorf("PollOnce = %d, %v; want 1, nil", n, err)
			}
		})
	}
}
