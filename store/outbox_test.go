package store

import (
	"database/sql"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
)

func TestClaimOutboxExcept(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	id := reach(t, db, aftersale.DraftApproved)
	if _, err := db.ClaimOutboxExcept(ctx, []string{"shop"}); !errors.Is(err, aftersale.ErrNotFound) {
		t.Fatalf("ClaimOutboxExcept(shop) = %v, want ErrNotFound", err)
	}
	if got := state(t, db, id); got != aftersale.DraftApproved {
		t.Fatalf("state %s, want approved", got)
	}
	d, err := db.ClaimOutboxExcept(ctx, []string{"other"})
	if err != nil || d.ID != id || d.State != aftersale.DraftSending {
		t.Fatalf("ClaimOutboxExcept(other) = %d %s, %v; want %d sending", d.ID, d.State, err, id)
	}
}

func TestMarkSendUnknown(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	other := MustOpenTest(t)
	approved := reach(t, other, aftersale.DraftApproved)
	if err := other.MarkSendUnknown(ctx, approved, "x"); !errors.Is(err, aftersale.ErrConflict) {
		t.Errorf("MarkSendUnknown(approved) = %v, want ErrConflict", err)
	}
	id := reach(t, db, aftersale.DraftSending)
	if err := db.MarkSendUnknown(ctx, id, "read tcp: i/o timeout after DATA"); err != nil {
		t.Fatal(err)
	}
	d, err := db.Draft(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if d.State != aftersale.DraftSendUnknown || d.LastError != "read tcp: i/o timeout after DATA" || d.Attempts != 1 {
		t.Errorf("draft %s %q attempts %d; want send_unknown with the reason", d.State, d.LastError, d.Attempts)
	}
	// Never claimed again.
	if _, err := db.ClaimOutbox(ctx); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("ClaimOutbox = %v, want ErrNotFound", err)
	}
}

func TestSentActivityAndOutcomes(t *testing.T) {
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	db := MustOpenTestOptions(t, Options{Now: func() time.Time { return now }})
	ctx := t.Context()
	id := reach(t, db, aftersale.DraftSent)
	sentAt := now
	act, err := db.SentActivity(ctx, sentAt.Add(-time.Hour), sentAt.Add(-time.Minute), now)
	if err != nil {
		t.Fatal(err)
	}
	if a := act["shop"]; a.InWindow != 1 || !a.Last.Equal(sentAt) {
		t.Errorf("SentActivity = %+v, want 1 in window, last %v", act, sentAt)
	}
	// The window excludes its start: a send exactly one window ago no
	// longer counts.
	if act, _ := db.SentActivity(ctx, sentAt, sentAt, now); act["shop"].InWindow != 0 {
		t.Errorf("InWindow at the window start = %d, want 0", act["shop"].InWindow)
	}
	outs, err := db.Outcomes(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := db.Draft(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(outs) != 1 || outs[0].Action != d.Action || outs[0].Language != d.Language {
		t.Errorf("Outcomes action/language = %+v, want %q %q", outs, d.Action, d.Language)
	}
	if len(outs) != 1 || outs[0].DraftID != id || outs[0].State != aftersale.DraftSent || !outs[0].SentAt.Equal(sentAt) ||
		!outs[0].Received.Equal(outs[0].Deadline.Add(-ReplyWindow)) {
		t.Errorf("Outcomes = %+v", outs)
	}
	if outs, _ := db.Outcomes(ctx, outs[0].Received.Add(time.Second)); len(outs) != 0 {
		t.Errorf("Outcomes since after the message = %d rows, want 0", len(outs))
	}
}

// BenchmarkClaimAndMarkSent is the store's part of sending one reply: the
// claim (approved -> sending) and the sent mark with its sent-log row.
func BenchmarkClaimAndMarkSent(b *testing.B) {
	db := MustOpenTest(b)
	ctx := b.Context()
	ready := 0
	for b.Loop() {
		if ready == 0 {
			b.StopTimer()
			for range 100 {
				approve(b, db, addDraft(b, db, nil))
			}
			ready = 100
			b.StartTimer()
		}
		d, err := db.ClaimOutbox(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if err := db.MarkSent(ctx, d.ID, aftersale.SentReply{SMTPReply: "250 2.0.0 OK"}); err != nil {
			b.Fatal(err)
		}
		ready--
	}
}

// TestSendPathIsDurable: the claim (approved -> sending) and the sent mark
// commit with synchronous=FULL on the writer connection, so both are on
// disk before the sender goes on (a claim lost to a power cut would make
// the draft approved again and send it twice). Other writes keep NORMAL.
func TestSendPathIsDurable(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	id := reach(t, db, aftersale.DraftApproved)
	syncAt := map[string]int{}
	db.beforeCommit = func(op string, tx *sql.Tx) {
		var level int
		if err := tx.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&level); err != nil {
			t.Errorf("%s: PRAGMA synchronous: %v", op, err)
		}
		syncAt[op] = level
	}
	if _, err := db.ClaimOutbox(ctx); err != nil {
		t.Fatal(err)
	}
	if err := db.MarkSent(ctx, id, aftersale.SentReply{SMTPReply: "250 OK"}); err != nil {
		t.Fatal(err)
	}
	other := addDraft(t, db, nil)
	if err := db.MarkShown(ctx, other); err != nil {
		t.Fatal(err)
	}
	const normal, full = 1, 2
	for op, want := range map[string]int{
		"claiming outbox":                            full,
		fmt.Sprintf("marking draft %d sent", id):     full,
		fmt.Sprintf("marking draft %d shown", other): normal,
	} {
		got, ok := syncAt[op]
		if !ok {
			t.Errorf("%s: no transaction seen (ops: %v)", op, syncAt)
			continue
		}
		if got != want {
			t.Errorf("%s committed with synchronous=%d, want %d", op, got, want)
		}
	}
	// The writer connection is back to NORMAL afterwards.
	var level int
	if err := db.w.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&level); err != nil || level != normal {
		t.Errorf("writer connection synchronous = %d, %v; want %d", level, err, normal)
	}
}

// TestClaimOutboxWithClockStepBack: a NextAttempt written before the
// clock went back is due once it lies more than MaxWait ahead, or when
// the caller lists the draft as due; otherwise it waits.
func TestClaimOutboxWithClockStepBack(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	id := reach(t, db, aftersale.DraftSending)
	if err := db.MarkSendFailed(ctx, id, "451 try later", true, c.Now().Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	c.Add(-24 * time.Hour) // the clock goes back a day
	if _, err := db.ClaimOutboxWith(ctx, ClaimFilter{}); !errors.Is(err, aftersale.ErrNotFound) {
		t.Fatalf("claim without a cap = %v, want ErrNotFound (not due by the clock)", err)
	}
	if _, err := db.ClaimOutboxWith(ctx, ClaimFilter{MaxWait: 25 * time.Hour}); !errors.Is(err, aftersale.ErrNotFound) {
		t.Fatalf("claim with a cap beyond the step = %v, want ErrNotFound", err)
	}
	if d, err := db.ClaimOutboxWith(ctx, ClaimFilter{MaxWait: 30 * time.Minute}); err != nil || d.ID != id {
		t.Fatalf("claim with a 30-minute cap = %d, %v; want draft %d (a minute's backoff now lies a day ahead)", d.ID, err, id)
	}
	if err := db.MarkSendFailed(ctx, id, "451 try later", true, c.Now().Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ClaimOutboxWith(ctx, ClaimFilter{Due: []int64{id + 1}}); !errors.Is(err, aftersale.ErrNotFound) {
		t.Fatalf("claim with another draft due = %v, want ErrNotFound", err)
	}
	if d, err := db.ClaimOutboxWith(ctx, ClaimFilter{Due: []int64{id}, Skip: []string{"other"}}); err != nil || d.ID != id {
		t.Fatalf("claim with the draft due = %d, %v; want %d", d.ID, err, id)
	}
}

// TestSentActivityAhead: replies dated after now (the clock went back)
// are counted apart, not in the window or as the last send.
func TestSentActivityAhead(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	reach(t, db, aftersale.DraftSent)
	sentAt := c.Now()
	c.Add(10 * time.Minute)
	reach(t, db, aftersale.DraftSent)
	c.Add(-time.Hour) // back before both sends
	now := c.Now()
	act, err := db.SentActivity(ctx, now.Add(-time.Hour), now, now)
	if err != nil {
		t.Fatal(err)
	}
	a := act["shop"]
	if a.InWindow != 0 || !a.Last.IsZero() || a.Ahead != 2 || !a.AheadLast.Equal(sentAt.Add(10*time.Minute)) {
		t.Errorf("SentActivity after the clock went back = %+v, want 2 ahead, latest %v", a, sentAt.Add(10*time.Minute))
	}
	c.Add(55 * time.Minute) // between the two sends
	now = c.Now()
	act, _ = db.SentActivity(ctx, now.Add(-time.Hour), now, now)
	if a := act["shop"]; a.InWindow != 1 || !a.First.Equal(sentAt) || !a.Last.Equal(sentAt) || a.Ahead != 1 {
		t.Errorf("SentActivity between the sends = %+v, want 1 in window at %v, 1 ahead", a, sentAt)
	}
}

func TestOutbox(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	waiting := reach(t, db, aftersale.DraftSending)
	next := c.Now().Add(5 * time.Minute)
	if err := db.MarkSendFailed(ctx, waiting, "451", true, next); err != nil {
		t.Fatal(err)
	}
	reach(t, db, aftersale.DraftApproved)
	reach(t, db, aftersale.DraftProposed)
	ob, err := db.Outbox(ctx, c.Now(), 30*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if a := ob["shop"]; len(ob) != 1 || a.Approved != 2 || a.Due != 1 || !a.NextDue.Equal(next) || a.Beyond != 0 {
		t.Errorf("Outbox = %+v, want shop: 2 approved, 1 due, next at %v", ob, next)
	}
	c.Add(-time.Hour) // the retry time now lies beyond the longest backoff
	ob, _ = db.Outbox(ctx, c.Now(), 30*time.Minute)
	if a := ob["shop"]; a.Due != 2 || a.Beyond != 1 || !a.NextDue.IsZero() {
		t.Errorf("Outbox after the clock went back = %+v, want 2 due, 1 beyond the longest backoff", a)
	}
}
