package store

import (
	"errors"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/google/go-cmp/cmp"
)

// sendDraft creates, approves, claims and marks sent one draft and
// returns its sent-log row id.
func sendDraft(t testing.TB, db *DB, mut func(*aftersale.Draft)) int64 {
	t.Helper()
	ctx := t.Context()
	id := addDraft(t, db, mut)
	approve(t, db, id)
	if d, err := db.ClaimOutbox(ctx); err != nil || d.ID != id {
		t.Fatalf("ClaimOutbox = %d, %v, want %d", d.ID, err, id)
	}
	if err := db.MarkSent(ctx, id, aftersale.SentReply{SMTPReply: "250 ok", Verdict: "ok"}); err != nil {
		t.Fatalf("MarkSent(%d): %v", id, err)
	}
	rs, err := db.Sent(ctx, SentFilter{Limit: 1})
	if err != nil || len(rs) != 1 || rs[0].DraftID != id {
		t.Fatalf("Sent = %v, %v, want the row of draft %d", rs, err, id)
	}
	return rs[0].ID
}

func pendingIDs(t *testing.T, db *DB, account string, maxAttempts int) []int64 {
	t.Helper()
	cs, err := db.PendingSentCopies(t.Context(), account, maxAttempts, 0)
	if err != nil {
		t.Fatalf("PendingSentCopies(%s): %v", account, err)
	}
	var ids []int64
	for _, c := range cs {
		ids = append(ids, c.Reply.ID)
	}
	return ids
}

func TestSentCopies(t *testing.T) {
	clk := newClock()
	db := openClock(t, clk)
	ctx := t.Context()

	before := sendDraft(t, db, nil) // sent before the feature was enabled: never copied
	if got := pendingIDs(t, db, "shop", 0); len(got) != 0 {
		t.Fatalf("pending before StartSentCopies = %v, want none", got)
	}
	clk.Add(time.Minute)
	start, err := db.StartSentCopies(ctx, "shop")
	if err != nil {
		t.Fatal(err)
	}
	if !start.Equal(clk.Now()) {
		t.Errorf("StartSentCopies = %v, want now %v", start, clk.Now())
	}
	clk.Add(time.Hour)
	if again, err := db.StartSentCopies(ctx, "shop"); err != nil || !again.Equal(start) {
		t.Errorf("StartSentCopies again = %v, %v; want the first time %v kept", again, err, start)
	}
	if _, err := db.StartSentCopies(ctx, ""); !errors.Is(err, aftersale.ErrInvalid) {
		t.Errorf("StartSentCopies(\"\") error = %v, want ErrInvalid", err)
	}

	a := sendDraft(t, db, func(d *aftersale.Draft) {
		d.InReplyTo = "buyer-1@marketplace.amazon.de"
		d.References = []string{"buyer-0@marketplace.amazon.de", "buyer-1@marketplace.amazon.de"}
	})
	clk.Add(time.Second)
	b := sendDraft(t, db, nil)

	cs, err := db.PendingSentCopies(ctx, "shop", 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || cs[0].Reply.ID != a || cs[1].Reply.ID != b {
		t.Fatalf("pending = %+v, want rows %d then %d (not %d, sent before enabling)", cs, a, b, before)
	}
	if got, want := cs[0].References, []string{"buyer-0@marketplace.amazon.de", "buyer-1@marketplace.amazon.de"}; !cmp.Equal(got, want) ||
		cs[0].InReplyTo != "buyer-1@marketplace.amazon.de" {
		t.Errorf("thread headers = %q, %q; want the draft's", cs[0].InReplyTo, got)
	}
	if cs[0].Reply.Body == "" || cs[0].Reply.MessageID == "" || cs[0].Reply.SentAt.IsZero() || cs[0].Reply.To == "" {
		t.Errorf("pending reply = %+v, want body, message id, recipient and time", cs[0].Reply)
	}
	if got := pendingIDs(t, db, "other", 0); len(got) != 0 {
		t.Errorf("pending of another account = %v, want none", got)
	}
	if got, _ := db.PendingSentCopies(ctx, "shop", 0, 1); len(got) != 1 {
		t.Errorf("pending with limit 1 = %d rows", len(got))
	}

	// A failure delays the row; at maxAttempts it is no longer offered.
	next := clk.Now().Add(time.Minute)
	if err := db.MarkSentCopyFailed(ctx, a, "selecting Sent: NO", next); err != nil {
		t.Fatal(err)
	}
	if got := pendingIDs(t, db, "shop", 0); !cmp.Equal(got, []int64{b}) {
		t.Errorf("pending before the next attempt = %v, want [%d]", got, b)
	}
	clk.Add(time.Minute)
	if got := pendingIDs(t, db, "shop", 0); !cmp.Equal(got, []int64{a, b}) {
		t.Errorf("pending at the next attempt = %v, want [%d %d]", got, a, b)
	}
	if got := pendingIDs(t, db, "shop", 1); !cmp.Equal(got, []int64{b}) {
		t.Errorf("pending with maxAttempts 1 = %v, want [%d]", got, b)
	}
	rec, err := db.SentCopyRecord(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	want := SentCopyRecord{SentID: a, Account: "shop", Attempts: 1, LastError: "selecting Sent: NO", NextAttempt: next}
	if diff := cmp.Diff(want, rec); diff != "" {
		t.Errorf("record after a failure (-want +got):\n%s", diff)
	}

	// Copied rows are done, whether appended or found.
	if err := db.MarkSentCopied(ctx, a, "Sent", false); err != nil {
		t.Fatal(err)
	}
	if err := db.MarkSentCopied(ctx, b, "Sent", true); err != nil {
		t.Fatal(err)
	}
	if got := pendingIDs(t, db, "shop", 0); len(got) != 0 {
		t.Errorf("pending after copying = %v, want none", got)
	}
	rec, _ = db.SentCopyRecord(ctx, a)
	want = SentCopyRecord{SentID: a, Account: "shop", Folder: "Sent", CopiedAt: clk.Now(), Attempts: 1, LastError: "selecting Sent: NO"}
	if diff := cmp.Diff(want, rec); diff != "" {
		t.Errorf("record after copying (-want +got):\n%s", diff)
	}
	if rec, _ := db.SentCopyRecord(ctx, b); !rec.Found || rec.Attempts != 0 {
		t.Errorf("record of the found copy = %+v, want Found", rec)
	}
	// Marking again keeps the first record; a failure after it is refused.
	clk.Add(time.Hour)
	if err := db.MarkSentCopied(ctx, a, "Other", true); err != nil {
		t.Errorf("MarkSentCopied again = %v", err)
	}
	if rec, _ := db.SentCopyRecord(ctx, a); rec.Folder != "Sent" || rec.Found {
		t.Errorf("record after marking again = %+v, want the first", rec)
	}
	if err := db.MarkSentCopyFailed(ctx, a, "late", time.Time{}); !errors.Is(err, aftersale.ErrConflict) {
		t.Errorf("MarkSentCopyFailed on a copied row = %v, want ErrConflict", err)
	}
	for _, op := range []func() error{
		func() error { return db.MarkSentCopied(ctx, 9999, "Sent", false) },
		func() error { return db.MarkSentCopyFailed(ctx, 9999, "x", time.Time{}) },
		func() error { _, err := db.SentCopyRecord(ctx, 9999); return err },
	} {
		if err := op(); !errors.Is(err, aftersale.ErrNotFound) {
			t.Errorf("on a missing sent-log row: %v, want ErrNotFound", err)
		}
	}
	if rec, _ := db.SentCopyRecord(ctx, before); rec.Attempts != 0 || !rec.CopiedAt.IsZero() || rec.Account != "shop" {
		t.Errorf("record of an untouched row = %+v", rec)
	}
}

func TestSentCopiesSkipPurged(t *testing.T) {
	clk := newClock()
	db := openClock(t, clk)
	ctx := t.Context()
	if _, err := db.StartSentCopies(ctx, "shop"); err != nil {
		t.Fatal(err)
	}
	id := sendDraft(t, db, nil)
	if got := pendingIDs(t, db, "shop", 0); !cmp.Equal(got, []int64{id}) {
		t.Fatalf("pending = %v, want [%d]", got, id)
	}
	clk.Add(DefaultRetention + 24*time.Hour)
	if res, err := db.Purge(ctx, DefaultRetention, false); err != nil || res.Sent != 1 {
		t.Fatalf("Purge = %+v, %v; want one sent row purged", res, err)
	}
	if got := pendingIDs(t, db, "shop", 0); len(got) != 0 {
		t.Errorf("pending after the purge = %v, want none: the body is gone", got)
	}
}

// TestStatsSentCopies: Stats reports each enabled account's copies:
// filed, pending, failing with the last reason.
func TestStatsSentCopies(t *testing.T) {
	clk := newClock()
	db := openClock(t, clk)
	ctx := t.Context()

	sendDraft(t, db, nil) // before enabling: never counted
	s, err := db.Stats(ctx)
	if err != nil || len(s.SentCopies) != 0 {
		t.Fatalf("Stats before enabling: SentCopies = %+v, %v; want none", s.SentCopies, err)
	}
	clk.Add(time.Minute)
	start, err := db.StartSentCopies(ctx, "shop")
	if err != nil {
		t.Fatal(err)
	}
	clk.Add(time.Minute)
	a := sendDraft(t, db, nil)
	b := sendDraft(t, db, nil)
	sendDraft(t, db, nil)
	if err := db.MarkSentCopied(ctx, a, "Sent", false); err != nil {
		t.Fatal(err)
	}
	if err := db.MarkSentCopyFailed(ctx, b, "folder Sent missing", clk.Now().Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	s, err = db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []SentCopyInfo{{Account: "shop", EnabledAt: start, Copied: 1, Pending: 2, Failing: 1, LastError: "folder Sent missing"}}
	if diff := cmp.Diff(want, s.SentCopies); diff != "" {
		t.Errorf("Stats().SentCopies mismatch (-want +got):\n%s", diff)
	}

	// An error of the whole account is shown until a good pass clears it.
	if err := db.SetSentCopyError(ctx, "shop", "login refused"); err != nil {
		t.Fatal(err)
	}
	if s, err = db.Stats(ctx); err != nil || s.SentCopies[0].Error != "login refused" || !s.SentCopies[0].ErrorAt.Equal(clk.Now()) {
		t.Errorf("after SetSentCopyError: %+v, %v; want the error at now", s.SentCopies, err)
	}
	if err := db.SetSentCopyError(ctx, "shop", ""); err != nil {
		t.Fatal(err)
	}
	if s, err = db.Stats(ctx); err != nil || s.SentCopies[0].Error != "" || !s.SentCopies[0].ErrorAt.IsZero() {
		t.Errorf("after clearing: %+v, %v; want no error", s.SentCopies, err)
	}
	if err := db.SetSentCopyError(ctx, "other", "x"); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("SetSentCopyError(unknown account) = %v, want ErrNotFound", err)
	}
}

// BenchmarkPendingSentCopies: the copier's check for work, and the status
// counts, on an account whose replies are all copied already — what runs
// every minute and at every /metrics scrape.
func BenchmarkPendingSentCopies(b *testing.B) {
	clk := newClock()
	db := openClock(b, clk)
	ctx := b.Context()
	if _, err := db.StartSentCopies(ctx, "shop"); err != nil {
		b.Fatal(err)
	}
	const n = 3000
	for range n {
		clk.Add(time.Second)
		id := sendDraft(b, db, nil)
		if err := db.MarkSentCopied(ctx, id, "Sent", false); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("pending", func(b *testing.B) {
		for b.Loop() {
			if cs, err := db.PendingSentCopies(ctx, "shop", 10, 100); err != nil || len(cs) != 0 {
				b.Fatalf("PendingSentCopies = %d, %v", len(cs), err)
			}
		}
	})
	b.Run("stats", func(b *testing.B) {
		for b.Loop() {
			if s, err := db.Stats(ctx); err != nil || s.SentCopies[0].Copied != n {
				b.Fatalf("Stats = %+v, %v", s.SentCopies, err)
			}
		}
	})
}
