package store

import (
	"errors"
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
	act, err := db.SentActivity(ctx, sentAt.Add(-time.Hour), sentAt.Add(-time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if a := act["shop"]; a.InWindow != 1 || !a.Last.Equal(sentAt) {
		t.Errorf("SentActivity = %+v, want 1 in window, last %v", act, sentAt)
	}
	// The window excludes its start: a send exactly one window ago no
	// longer counts.
	if act, _ := db.SentActivity(ctx, sentAt, sentAt); act["shop"].InWindow != 0 {
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
