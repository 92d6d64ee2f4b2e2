package mailbox

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/mail"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

const testFrom = "service@shop.example"

// copyClock is the injectable clock of the sent-copy tests.
type copyClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *copyClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *copyClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// copyEnv is a store with a clock and a sent-reply factory.
type copyEnv struct {
	t     *testing.T
	db    *store.DB
	clock *copyClock
	n     int
	buyer map[int64]string // sent-log id -> Message-ID of the buyer message answered
}

func newCopyEnv(t *testing.T) *copyEnv {
	t.Helper()
	c := &copyClock{t: time.Date(2026, 3, 4, 9, 0, 0, 0, time.UTC)}
	return &copyEnv{t: t, db: store.MustOpenTestOptions(t, store.Options{Now: c.Now}), clock: c, buyer: map[int64]string{}}
}

// send stores a buyer message of account and a reply to it, approved,
// claimed and recorded as sent now; it returns the sent-log row.
func (e *copyEnv) send(account string) aftersale.SentReply {
	e.t.Helper()
	ctx := context.Background()
	e.n++
	alias := fmt.Sprintf("buyer%d@marketplace.amazon.de", e.n)
	order := fmt.Sprintf("302-%07d-1234567", e.n)
	m := aftersale.Message{
		MessageID: fmt.Sprintf("buyer-%d@marketplace.amazon.de", e.n), FromAddr: alias, RelayAlias: alias,
		Subject: "Inquiry from Amazon customer Anna (Order: " + order + ")", Date: e.clock.Now(),
		Text: "Where is my parcel?", BuyerText: "Where is my parcel?", Marketplace: "amazon.de",
		Sender: aftersale.SenderBuyer, OrderIDs: []string{order}, ParserVersion: 1,
	}
	id, _, err := e.db.InsertRawMessage(ctx, store.RawMessage{Account: account, Folder: "INBOX", UIDValidity: 1, UID: uint32(e.n),
		Raw: []byte("Subject: x\r\n\r\nbody\r\n"), InternalDate: e.clock.Now()})
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.db.SaveParsed(ctx, id, m, nil); err != nil {
		e.t.Fatal(err)
	}
	did, err := e.db.CreateDraft(ctx, aftersale.Draft{
		MessageID: id, Case: aftersale.CaseShippingInquiry, Action: "shipping_tracking", OrderID: order, Language: "en",
		To: alias, Subject: "Re: " + m.Subject, Body: fmt.Sprintf("Dear Anna,\n\nyour parcel %d is on its way.\n", e.n),
		InReplyTo: m.MessageID, References: []string{"first@shop.example", m.MessageID},
	})
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.db.ApproveDraft(ctx, did, store.Approval{By: "anna", Reviewed: true, OutgoingID: fmt.Sprintf("as.r%d@shop.example", e.n)}); err != nil {
		e.t.Fatal(err)
	}
	if d, err := e.db.ClaimOutbox(ctx); err != nil || d.ID != did {
		e.t.Fatalf("ClaimOutbox = %d, %v; want %d", d.ID, err, did)
	}
	if err := e.db.MarkSent(ctx, did, aftersale.SentReply{Verdict: "ok", SMTPReply: "250 ok"}); err != nil {
		e.t.Fatal(err)
	}
	rs, err := e.db.Sent(ctx, store.SentFilter{Limit: 1})
	if err != nil || len(rs) != 1 || rs[0].DraftID != did {
		e.t.Fatalf("Sent = %+v, %v; want the row of draft %d", rs, err, did)
	}
	e.buyer[rs[0].ID] = m.MessageID
	return rs[0]
}

func (e *copyEnv) record(id int64) store.SentCopyRecord {
	e.t.Helper()
	r, err := e.db.SentCopyRecord(context.Background(), id)
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

func renderCopy(c store.SentCopy) ([]byte, error) { return respond.SentCopyMessage(testFrom, c) }

// copier returns a SentCopier for user on host:port appending to folder.
func (e *copyEnv) copier(host string, port int, user, pass, folder string, edit func(*SentCopierOptions)) (*SentCopier, *testLog) {
	o := SentCopierOptions{
		IMAP: Options{
			Account: testAccount, Host: host, Port: port, TLS: TLSPlain, Username: user,
			Password: func(context.Context) (string, error) { return pass, nil },
			Now:      e.clock.Now,
		},
		Folder: folder,
		Render: renderCopy,
	}
	if edit != nil {
		edit(&o)
	}
	lg := &testLog{}
	return NewSentCopier(e.db, o, slog.New(slog.NewTextHandler(lg, &slog.HandlerOptions{Level: slog.LevelDebug}))), lg
}

// sentMail is one message of a folder as the server has it.
type sentMail struct {
	uid   imap.UID
	flags []imap.Flag
	date  time.Time
	raw   []byte
}

// checkCopy checks that got is the copy of r: headers, \Seen and dates.
func (e *copyEnv) checkCopy(t *testing.T, got sentMail, r aftersale.SentReply) {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(got.raw))
	if err != nil {
		t.Fatalf("parsing the copy: %v", err)
	}
	want := map[string]string{
		"Message-Id":  "<" + r.MessageID + ">",
		"From":        "<" + testFrom + ">",
		"To":          "<" + r.To + ">",
		"Subject":     r.Subject,
		"In-Reply-To": "<" + e.buyer[r.ID] + ">",
	}
	for h, v := range want {
		if g := m.Header.Get(h); g != v {
			t.Errorf("copy %s = %q, want %q", h, g, v)
		}
	}
	if g, w := m.Header.Get("References"), "<first@shop.example> <"+e.buyer[r.ID]+">"; g != w {
		t.Errorf("copy References = %q, want %q", g, w)
	}
	if d, err := m.Header.Date(); err != nil || !d.Equal(r.SentAt) {
		t.Errorf("copy Date = %v, %v; want the send time %v", d, err, r.SentAt)
	}
	if !got.date.Equal(r.SentAt) {
		t.Errorf("INTERNALDATE = %v, want the send time %v", got.date, r.SentAt)
	}
	seen := false
	for _, f := range got.flags {
		seen = seen || strings.EqualFold(string(f), string(imap.FlagSeen))
	}
	if !seen {
		t.Errorf("copy flags = %v, want \\Seen", got.flags)
	}
}

// messages returns the messages of folder on the in-memory server.
func (s *testIMAP) messages(t *testing.T, folder string) []sentMail {
	t.Helper()
	return fetchAll(t, s.login(t), folder)
}

// fetchAll returns every message of folder, in UID order.
func fetchAll(t *testing.T, c *imapclient.Client, folder string) []sentMail {
	t.Helper()
	sd, err := c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatalf("selecting %s: %v", folder, err)
	}
	if sd.NumMessages == 0 {
		return nil
	}
	section := &imap.FetchItemBodySection{Peek: true}
	bufs, err := c.Fetch(imap.SeqSetNum(1, sd.NumMessages), &imap.FetchOptions{
		UID: true, Flags: true, InternalDate: true, BodySection: []*imap.FetchItemBodySection{section},
	}).Collect()
	if err != nil {
		t.Fatalf("fetching %s: %v", folder, err)
	}
	var out []sentMail
	for _, b := range bufs {
		out = append(out, sentMail{uid: b.UID, flags: b.Flags, date: b.InternalDate, raw: b.FindBodySection(section)})
	}
	slices.SortFunc(out, func(a, b sentMail) int { return int(int64(a.uid) - int64(b.uid)) })
	return out
}

func TestSentCopierCopiesOnce(t *testing.T) {
	srv := startIMAP(t)
	if err := srv.user.Create("Sent", nil); err != nil {
		t.Fatal(err)
	}
	e := newCopyEnv(t)
	old := e.send(testAccount) // sent before the feature was enabled
	e.clock.Add(time.Minute)
	c, lg := e.copier(srv.host, srv.port, testUser, testPassword, "Sent", nil)
	ctx := context.Background()
	if n, err := c.CopyOnce(ctx); err != nil || n != 0 {
		t.Fatalf("first CopyOnce = %d, %v; want nothing to copy", n, err)
	}
	if got := srv.conns.Load(); got != 0 {
		t.Errorf("%d connections with nothing to copy, want 0", got)
	}
	e.clock.Add(time.Minute)
	r1 := e.send(testAccount)
	other := e.send("other-account")
	e.clock.Add(time.Second)
	r2 := e.send(testAccount)
	if n, err := c.CopyOnce(ctx); err != nil || n != 2 {
		t.Fatalf("CopyOnce = %d, %v; want 2 appended (log: %s)", n, err, lg)
	}
	got := srv.messages(t, "Sent")
	if len(got) != 2 {
		t.Fatalf("Sent holds %d messages, want 2", len(got))
	}
	e.checkCopy(t, got[0], r1)
	e.checkCopy(t, got[1], r2)
	for _, r := range []aftersale.SentReply{r1, r2} {
		if rec := e.record(r.ID); rec.Folder != "Sent" || rec.CopiedAt.IsZero() || rec.Found {
			t.Errorf("record of %d = %+v, want appended to Sent", r.ID, rec)
		}
	}
	for _, r := range []aftersale.SentReply{old, other} {
		if rec := e.record(r.ID); !rec.CopiedAt.IsZero() || rec.Attempts != 0 {
			t.Errorf("record of %d = %+v, want untouched", r.ID, rec)
		}
	}
	conns := srv.conns.Load()
	if n, err := c.CopyOnce(ctx); err != nil || n != 0 {
		t.Errorf("CopyOnce again = %d, %v; want nothing", n, err)
	}
	if srv.conns.Load() != conns || len(srv.messages(t, "Sent")) != 2 {
		t.Errorf("CopyOnce again connected or appended")
	}
	if strings.Contains(lg.String(), testPassword) || strings.Contains(lg.String(), "parcel") {
		t.Errorf("log shows the password or a body:\n%s", lg)
	}
}

// TestSentCopierCrashBeforeMarking: a copy appended by a run that stopped
// before recording it is found by its Message-ID and not appended again.
func TestSentCopierCrashBeforeMarking(t *testing.T) {
	srv := startIMAP(t)
	if err := srv.user.Create("Sent", nil); err != nil {
		t.Fatal(err)
	}
	e := newCopyEnv(t)
	c, _ := e.copier(srv.host, srv.port, testUser, testPassword, "Sent", nil)
	ctx := context.Background()
	if _, err := c.CopyOnce(ctx); err != nil {
		t.Fatal(err)
	}
	r := e.send(testAccount)
	// The crashed run: APPEND done, the store not told.
	cs, err := e.db.PendingSentCopies(ctx, testAccount, 0, 0)
	if err != nil || len(cs) != 1 {
		t.Fatalf("pending = %d, %v; want 1", len(cs), err)
	}
	raw, err := renderCopy(cs[0])
	if err != nil {
		t.Fatal(err)
	}
	srv.add(t, "Sent", string(raw), r.SentAt)

	// The restarted copier.
	c, _ = e.copier(srv.host, srv.port, testUser, testPassword, "Sent", nil)
	if n, err := c.CopyOnce(ctx); err != nil || n != 0 {
		t.Fatalf("CopyOnce after the crash = %d, %v; want 0 appended", n, err)
	}
	if got := len(srv.messages(t, "Sent")); got != 1 {
		t.Errorf("Sent holds %d messages, want 1", got)
	}
	if rec := e.record(r.ID); !rec.Found || rec.CopiedAt.IsZero() {
		t.Errorf("record = %+v, want found and copied", rec)
	}
}

func TestSentCopierMissingFolder(t *testing.T) {
	srv := startIMAP(t) // no "Sent Items" folder
	e := newCopyEnv(t)
	c, _ := e.copier(srv.host, srv.port, testUser, testPassword, "Sent Items", nil)
	ctx := context.Background()
	if _, err := c.CopyOnce(ctx); err != nil {
		t.Fatal(err)
	}
	r := e.send(testAccount)
	_, err := c.CopyOnce(ctx)
	if !errors.Is(err, ErrNoSentFolder) || !strings.Contains(err.Error(), `"Sent Items"`) {
		t.Fatalf("CopyOnce error = %v, want ErrNoSentFolder naming \"Sent Items\"", err)
	}
	if rec := e.record(r.ID); !rec.CopiedAt.IsZero() || rec.Attempts != 0 {
		t.Errorf("record = %+v, want untouched (a folder problem is not the reply's)", rec)
	}
	if d, err := e.db.Draft(ctx, r.DraftID); err != nil || d.State != aftersale.DraftSent {
		t.Errorf("draft = %s, %v; want still sent", d.State, err)
	}
	if err := srv.user.Create("Sent Items", nil); err != nil {
		t.Fatal(err)
	}
	if n, err := c.CopyOnce(ctx); err != nil || n != 1 {
		t.Errorf("CopyOnce once the folder exists = %d, %v; want 1", n, err)
	}
}

func TestSentCopierAuthRefused(t *testing.T) {
	srv := startIMAP(t)
	e := newCopyEnv(t)
	c, lg := e.copier(srv.host, srv.port, testUser, "wrong-password", "Sent", nil)
	ctx := context.Background()
	if _, err := c.CopyOnce(ctx); err != nil {
		t.Fatal(err)
	}
	e.send(testAccount)
	_, err := c.CopyOnce(ctx)
	if !errors.Is(err, ErrAuthFailed) {
		t.Fatalf("CopyOnce error = %v, want ErrAuthFailed", err)
	}
	if got := nextBackoff(0, err); got != maxBackoff {
		t.Errorf("backoff after a refused login = %v, want %v at once", got, maxBackoff)
	}
	if strings.Contains(lg.String(), "wrong-password") {
		t.Errorf("log shows the password:\n%s", lg)
	}
}

// TestSentCopierRenderFailure: a reply that cannot be rebuilt is recorded
// with its reason and retried later; the others are still copied.
func TestSentCopierRenderFailure(t *testing.T) {
	srv := startIMAP(t)
	if err := srv.user.Create("Sent", nil); err != nil {
		t.Fatal(err)
	}
	e := newCopyEnv(t)
	var bad int64
	c, _ := e.copier(srv.host, srv.port, testUser, testPassword, "Sent", func(o *SentCopierOptions) {
		o.MaxAttempts = 2
		o.Render = func(sc store.SentCopy) ([]byte, error) {
			if sc.Reply.ID == bad {
				return nil, errors.New("broken reply")
			}
			return renderCopy(sc)
		}
	})
	ctx := context.Background()
	if _, err := c.CopyOnce(ctx); err != nil {
		t.Fatal(err)
	}
	bad = e.send(testAccount).ID
	good := e.send(testAccount)
	if n, err := c.CopyOnce(ctx); err != nil || n != 1 {
		t.Fatalf("CopyOnce = %d, %v; want 1", n, err)
	}
	rec := e.record(bad)
	if rec.Attempts != 1 || !strings.Contains(rec.LastError, "broken reply") || !rec.NextAttempt.Equal(e.clock.Now().Add(minEntryBackoff)) {
		t.Errorf("record of the bad reply = %+v, want one failed attempt, retried in %v", rec, minEntryBackoff)
	}
	if rec := e.record(good.ID); rec.CopiedAt.IsZero() {
		t.Errorf("good reply not copied: %+v", rec)
	}
	if n, err := c.CopyOnce(ctx); err != nil || n != 0 || e.record(bad).Attempts != 1 {
		t.Errorf("CopyOnce before the next attempt = %d, %v, attempts %d; want it left alone", n, err, e.record(bad).Attempts)
	}
	e.clock.Add(minEntryBackoff)
	if _, err := c.CopyOnce(ctx); err != nil {
		t.Fatal(err)
	}
	e.clock.Add(maxEntryBackoff)
	if _, err := c.CopyOnce(ctx); err != nil {
		t.Fatal(err)
	}
	if rec := e.record(bad); rec.Attempts != 2 {
		t.Errorf("attempts = %d, want 2 (MaxAttempts: no more)", rec.Attempts)
	}
}

// TestSentCopierRunKick: Run copies at start and again when kicked, and
// returns nil when cancelled.
func TestSentCopierRunKick(t *testing.T) {
	srv := startIMAP(t)
	if err := srv.user.Create("Sent", nil); err != nil {
		t.Fatal(err)
	}
	e := newCopyEnv(t)
	e.clock.Add(-time.Hour) // enabled before the first reply
	c, _ := e.copier(srv.host, srv.port, testUser, testPassword, "Sent", func(o *SentCopierOptions) {
		o.Interval = time.Hour // only a kick can wake it
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx) }()
	defer stopRun(t, cancel, done)

	waitCond(t, "the copier to start", func() bool { return e.started(c) })
	e.clock.Add(time.Hour)
	e.send(testAccount)
	c.Kick()
	waitCond(t, "the copy in Sent", func() bool { return len(srv.messages(t, "Sent")) == 1 })
	e.send(testAccount)
	c.Kick()
	waitCond(t, "the second copy in Sent", func() bool { return len(srv.messages(t, "Sent")) == 2 })
}

func (e *copyEnv) started(c *SentCopier) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.started
}

// waitCond polls cond until it holds or 30 s pass (a hang guard, not a
// timing assertion).
func waitCond(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
