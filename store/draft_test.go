package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
)

// reach brings a new draft into state s through the public API.
func reach(t *testing.T, db *DB, s aftersale.DraftState) int64 {
	t.Helper()
	ctx := t.Context()
	id := addDraft(t, db, nil)
	claim := func() {
		t.Helper()
		d, err := db.ClaimOutbox(ctx)
		if err != nil || d.ID != id {
			t.Fatalf("ClaimOutbox = %d, %v, want %d", d.ID, err, id)
		}
	}
	var err error
	switch s {
	case aftersale.DraftProposed:
	case aftersale.DraftApproved:
		approve(t, db, id)
	case aftersale.DraftSending:
		approve(t, db, id)
		claim()
	case aftersale.DraftSent:
		approve(t, db, id)
		claim()
		err = db.MarkSent(ctx, id, aftersale.SentReply{SMTPReply: "250 ok", Verdict: "ok"})
	case aftersale.DraftFailed:
		approve(t, db, id)
		claim()
		err = db.MarkSendFailed(ctx, id, "550 no such user", false, time.Time{})
	case aftersale.DraftRejected:
		err = db.RejectDraft(ctx, id, "anna", "wrong case")
	case aftersale.DraftNoResponseNeeded:
		err = db.MarkNoResponseNeeded(ctx, id, "anna", "thank-you note")
	case aftersale.DraftSendUnknown:
		approve(t, db, id)
		claim()
		_, err = db.RecoverSending(ctx)
	}
	if err != nil {
		t.Fatalf("reaching %s: %v", s, err)
	}
	if got := state(t, db, id); got != s {
		t.Fatalf("reached %s, want %s", got, s)
	}
	return id
}

// move tries the operation that takes draft id to state to.
func move(ctx context.Context, db *DB, id int64, to aftersale.DraftState) error {
	switch to {
	case aftersale.DraftProposed:
		return db.UpdateDraftBody(ctx, id, "Hallo, neu", nil, nil, "anna")
	case aftersale.DraftApproved:
		if d, err := db.Draft(ctx, id); err == nil && d.State == aftersale.DraftSendUnknown {
			// send_unknown -> approved: a person found it was not sent.
			return db.ResolveSendUnknown(ctx, id, "anna", false, "")
		}
		if d, err := db.Draft(ctx, id); err == nil && d.State == aftersale.DraftSending {
			// sending -> approved is the sender's retry, not an approval.
			return db.MarkSendFailed(ctx, id, "451 try again later", true, time.Time{})
		}
		return db.ApproveDraft(ctx, id, Approval{By: "anna", Reviewed: true, OutgoingID: outgoingID()})
	case aftersale.DraftSending:
		d, err := db.ClaimOutbox(ctx)
		if err == nil && d.ID != id {
			return fmt.Errorf("claimed draft %d, not %d", d.ID, id)
		}
		return err
	case aftersale.DraftSent:
		return db.MarkSent(ctx, id, aftersale.SentReply{SMTPReply: "250 ok"})
	case aftersale.DraftFailed:
		return db.MarkSendFailed(ctx, id, "550 rejected", false, time.Time{})
	case aftersale.DraftRejected:
		return db.RejectDraft(ctx, id, "anna", "no")
	case aftersale.DraftNoResponseNeeded:
		return db.MarkNoResponseNeeded(ctx, id, "anna", "no")
	case aftersale.DraftSendUnknown:
		n, err := db.RecoverSending(ctx)
		if err == nil && n != 1 {
			return fmt.Errorf("RecoverSending moved %d drafts: %w", n, aftersale.ErrNotFound)
		}
		return err
	}
	return fmt.Errorf("no operation leads to %s", to)
}

// TestDraftTransitions tries every (from, to) pair. Legal transitions
// (aftersale.CanTransition) succeed; illegal ones return ErrConflict and
// leave the draft as it was. ClaimOutbox and RecoverSending pick their
// drafts by state rather than by id, so an illegal move to sending or
// send_unknown shows as "nothing to claim/recover" (ErrNotFound) instead.
func TestDraftTransitions(t *testing.T) {
	for _, from := range aftersale.DraftStates() {
		for _, to := range aftersale.DraftStates() {
			if from == to {
				continue
			}
			t.Run(string(from)+"->"+string(to), func(t *testing.T) {
				db := MustOpenTest(t)
				id := reach(t, db, from)
				err := move(t.Context(), db, id, to)
				if aftersale.CanTransition(from, to) {
					if err != nil {
						t.Fatalf("legal %s -> %s: %v", from, to, err)
					}
					if got := state(t, db, id); got != to {
						t.Errorf("after %s -> %s state = %s", from, to, got)
					}
					return
				}
				want := aftersale.ErrConflict
				if to == aftersale.DraftSending || to == aftersale.DraftSendUnknown {
					want = aftersale.ErrNotFound
				}
				if !errors.Is(err, want) {
					t.Errorf("illegal %s -> %s error = %v, want %v", from, to, err, want)
				}
				if got := state(t, db, id); got != from {
					t.Errorf("after refused %s -> %s state = %s, want unchanged", from, to, got)
				}
			})
		}
	}
}

func TestApproveDraftGuards(t *testing.T) {
	tests := []struct {
		name    string
		draft   func(*aftersale.Draft)
		shown   bool
		a       Approval
		wantErr error
		wantMsg string
	}{
		{name: "plain", a: Approval{By: "anna"}},
		{name: "no approver", a: Approval{}, wantErr: aftersale.ErrInvalid, wantMsg: "no approver"},
		{name: "no outgoing id", a: Approval{By: "anna"}, wantErr: aftersale.ErrInvalid, wantMsg: "outgoing message id"},
		{name: "needs human not shown", draft: func(d *aftersale.Draft) { d.NeedsHuman = true },
			a: Approval{By: "anna"}, wantErr: aftersale.ErrInvalid, wantMsg: "read it first"},
		{name: "needs human reviewed", draft: func(d *aftersale.Draft) { d.NeedsHuman = true },
			a: Approval{By: "anna", Reviewed: true}},
		{name: "needs human shown", draft: func(d *aftersale.Draft) { d.NeedsHuman = true }, shown: true,
			a: Approval{By: "anna"}},
		{name: "needs human auto", draft: func(d *aftersale.Draft) { d.NeedsHuman = true }, shown: true,
			a: Approval{By: "auto", Auto: true}, wantErr: aftersale.ErrInvalid, wantMsg: "auto-approved"},
		{name: "blocking without override", draft: blocking,
			a: Approval{By: "anna"}, wantErr: aftersale.ErrInvalid, wantMsg: "override"},
		{name: "blocking with override", draft: blocking, a: Approval{By: "anna", Override: "link is our own shop policy page"}},
		{name: "blocking auto", draft: blocking, a: Approval{By: "auto", Auto: true, Override: "x"},
			wantErr: aftersale.ErrInvalid, wantMsg: "auto-approval cannot override"},
		{name: "warn only", draft: func(d *aftersale.Draft) {
			d.Findings = []aftersale.Finding{{Rule: "exclamation", Severity: aftersale.SeverityWarn}}
		}, a: Approval{By: "auto", Auto: true}},
		{name: "placeholders", draft: func(d *aftersale.Draft) { d.Placeholders = []string{"tracking number"} },
			a: Approval{By: "anna"}, wantErr: aftersale.ErrInvalid, wantMsg: "tracking number"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := MustOpenTest(t)
			ctx := t.Context()
			id := addDraft(t, db, tc.draft)
			if tc.shown {
				if err := db.MarkShown(ctx, id); err != nil {
					t.Fatal(err)
				}
			}
			if tc.a.By != "" && tc.name != "no outgoing id" {
				tc.a.OutgoingID = "<" + outgoingID() + ">"
			}
			err := db.ApproveDraft(ctx, id, tc.a)
			if tc.wantErr == nil {
				if err != nil {
					t.Fatalf("ApproveDraft = %v, want nil", err)
				}
				d, _ := db.Draft(ctx, id)
				if d.State != aftersale.DraftApproved || d.OutgoingID != strings.Trim(tc.a.OutgoingID, "<>") ||
					d.ApprovedBy != tc.a.By || d.AutoApproved != tc.a.Auto || d.ApprovedAt.IsZero() {
					t.Errorf("approved draft = state %s outgoing %q by %q auto %v at %v", d.State, d.OutgoingID, d.ApprovedBy, d.AutoApproved, d.ApprovedAt)
				}
				if aftersale.Blocking(d.Findings) && d.OverrideReason != tc.a.Override {
					t.Errorf("OverrideReason = %q, want %q", d.OverrideReason, tc.a.Override)
				}
				// A second approval is a conflict.
				if err := db.ApproveDraft(ctx, id, Approval{By: "anna", Reviewed: true, Override: "x", OutgoingID: outgoingID()}); !errors.Is(err, aftersale.ErrConflict) {
					t.Errorf("second ApproveDraft error = %v, want ErrConflict", err)
				}
				return
			}
			if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.wantMsg) {
				t.Errorf("ApproveDraft error = %v, want %v mentioning %q", err, tc.wantErr, tc.wantMsg)
			}
			if got := state(t, db, id); got != aftersale.DraftProposed {
				t.Errorf("state after refusal = %s, want proposed", got)
			}
		})
	}
}

func blocking(d *aftersale.Draft) {
	d.Findings = []aftersale.Finding{{Rule: "link", Severity: aftersale.SeverityBlock, Detail: "https://example.com"}}
}

func TestApproveDraftDuplicateOutgoingID(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	a, b := addDraft(t, db, nil), addDraft(t, db, nil)
	if err := db.ApproveDraft(ctx, a, Approval{By: "anna", OutgoingID: "same@aftersale.invalid"}); err != nil {
		t.Fatal(err)
	}
	if err := db.ApproveDraft(ctx, b, Approval{By: "anna", OutgoingID: "same@aftersale.invalid"}); !errors.Is(err, aftersale.ErrConflict) {
		t.Errorf("ApproveDraft(reused outgoing id) error = %v, want ErrConflict", err)
	}
	if err := db.ApproveDraft(ctx, 999, Approval{By: "anna", OutgoingID: "x@y"}); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("ApproveDraft(missing) error = %v, want ErrNotFound", err)
	}
}

func TestCreateDraft(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	mid := addMessage(t, db, buyerMsg("c@marketplace.amazon.de", "302-1000000-0000001", c.Now()))
	due := c.Now().Add(48 * time.Hour)
	d := aftersale.Draft{MessageID: mid, Case: aftersale.CaseCancelOrder, OrderID: "302-1000000-0000001",
		References: []string{"<a@x>"}, Reasons: []string{"low confidence"}, NeedsHuman: true,
		Findings: []aftersale.Finding{{Rule: "link", Severity: aftersale.SeverityWarn}}, Placeholders: []string{"date"},
		Tasks: []aftersale.Task{{Kind: aftersale.TaskCancelOrder, Description: "cancel in Seller Central", Due: due},
			{Kind: aftersale.TaskRefund, OrderID: "302-1000000-0000009"}}}
	id, err := db.CreateDraft(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	got, err := db.Draft(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.State != aftersale.DraftProposed || got.Account != "shop" || !got.NeedsHuman ||
		len(got.References) != 1 || got.References[0] != "a@x" || len(got.Findings) != 1 || got.Placeholders[0] != "date" ||
		!got.CreatedAt.Equal(c.Now()) {
		t.Errorf("Draft = %+v", got)
	}
	if len(got.Tasks) != 2 || got.Tasks[0].OrderID != d.OrderID || !got.Tasks[0].Due.Equal(due) ||
		got.Tasks[1].OrderID != "302-1000000-0000009" || got.Tasks[0].DraftID != id {
		t.Errorf("Tasks = %+v", got.Tasks)
	}
	if _, err := db.CreateDraft(ctx, d); !errors.Is(err, aftersale.ErrConflict) {
		t.Errorf("second CreateDraft error = %v, want ErrConflict", err)
	}
	for name, bad := range map[string]aftersale.Draft{
		"no message": {Case: aftersale.CaseOther},
		"bad case":   {MessageID: mid, Case: "bogus"},
		"sent state": {MessageID: mid, Case: aftersale.CaseOther, State: aftersale.DraftSent},
		"kindless":   {MessageID: mid, Case: aftersale.CaseOther, Tasks: []aftersale.Task{{}}},
	} {
		if _, err := db.CreateDraft(ctx, bad); !errors.Is(err, aftersale.ErrInvalid) {
			t.Errorf("CreateDraft(%s) error = %v, want ErrInvalid", name, err)
		}
	}
	if _, err := db.CreateDraft(ctx, aftersale.Draft{MessageID: 999, Case: aftersale.CaseOther}); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("CreateDraft(missing message) error = %v, want ErrNotFound", err)
	}
	nrn := addMessage(t, db, buyerMsg("d@marketplace.amazon.de", "", c.Now()))
	nid, err := db.CreateDraft(ctx, aftersale.Draft{MessageID: nrn, Case: aftersale.CaseOther, State: aftersale.DraftNoResponseNeeded})
	if err != nil {
		t.Fatal(err)
	}
	if s := state(t, db, nid); s != aftersale.DraftNoResponseNeeded {
		t.Errorf("state = %s, want no_response_needed", s)
	}
}

func TestOutboxSendFlow(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	if _, err := db.ClaimOutbox(ctx); !errors.Is(err, aftersale.ErrNotFound) {
		t.Fatalf("ClaimOutbox(empty) error = %v, want ErrNotFound", err)
	}
	first := addDraft(t, db, nil)
	second := addDraft(t, db, nil)
	approve(t, db, second)
	c.Add(time.Minute)
	approve(t, db, first) // approved later: claimed later

	d, err := db.ClaimOutbox(ctx)
	if err != nil || d.ID != second || d.State != aftersale.DraftSending {
		t.Fatalf("ClaimOutbox = %d %s, %v, want %d sending", d.ID, d.State, err, second)
	}
	// Temporary failure: back to approved, not due until next.
	next := c.Now().Add(10 * time.Minute)
	if err := db.MarkSendFailed(ctx, second, "421 try later", true, next); err != nil {
		t.Fatal(err)
	}
	got, _ := db.Draft(ctx, second)
	if got.State != aftersale.DraftApproved || got.Attempts != 1 || got.LastError != "421 try later" || !got.NextAttempt.Equal(next) {
		t.Errorf("after temporary failure: %s attempts %d error %q next %v", got.State, got.Attempts, got.LastError, got.NextAttempt)
	}
	d, err = db.ClaimOutbox(ctx)
	if err != nil || d.ID != first {
		t.Fatalf("ClaimOutbox = %d, %v, want %d (the other is not due)", d.ID, err, first)
	}
	if _, err := db.ClaimOutbox(ctx); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("ClaimOutbox before next attempt error = %v, want ErrNotFound", err)
	}
	// Permanent failure of first.
	if err := db.MarkSendFailed(ctx, first, "550 mailbox unavailable", false, time.Time{}); err != nil {
		t.Fatal(err)
	}
	got, _ = db.Draft(ctx, first)
	if got.State != aftersale.DraftFailed || got.Attempts != 1 || got.LastError != "550 mailbox unavailable" {
		t.Errorf("after permanent failure: %s attempts %d error %q", got.State, got.Attempts, got.LastError)
	}
	if err := db.MarkSendFailed(ctx, first, "again", false, time.Time{}); !errors.Is(err, aftersale.ErrConflict) {
		t.Errorf("MarkSendFailed(failed) error = %v, want ErrConflict", err)
	}

	c.Set(next)
	d, err = db.ClaimOutbox(ctx)
	if err != nil || d.ID != second {
		t.Fatalf("ClaimOutbox at next attempt = %d, %v, want %d", d.ID, err, second)
	}
	c.Add(time.Second)
	if err := db.MarkSent(ctx, second, aftersale.SentReply{MessageID: "<wrong@x>"}); !errors.Is(err, aftersale.ErrInvalid) {
		t.Errorf("MarkSent(other message id) error = %v, want ErrInvalid", err)
	}
	if err := db.MarkSent(ctx, second, aftersale.SentReply{Verdict: "ok", SMTPReply: "250 2.0.0 queued"}); err != nil {
		t.Fatal(err)
	}
	got, _ = db.Draft(ctx, second)
	if got.State != aftersale.DraftSent || !got.SentAt.Equal(c.Now()) {
		t.Errorf("after MarkSent: %s sent %v", got.State, got.SentAt)
	}
	if err := db.MarkSent(ctx, second, aftersale.SentReply{}); !errors.Is(err, aftersale.ErrConflict) {
		t.Errorf("second MarkSent error = %v, want ErrConflict", err)
	}
	log, err := db.Sent(ctx, SentFilter{})
	if err != nil || len(log) != 1 {
		t.Fatalf("Sent = %v, %v, want 1 row", log, err)
	}
	r := log[0]
	if r.DraftID != second || r.MessageID != got.OutgoingID || r.To != got.To || r.Body != got.Body ||
		r.ApprovedBy != "anna" || r.SMTPReply != "250 2.0.0 queued" || r.Case != got.Case || r.OrderID != got.OrderID {
		t.Errorf("sent log row = %+v", r)
	}
	if one, err := db.SentReply(ctx, r.ID); err != nil || one != r {
		t.Errorf("SentReply(%d) = %+v, %v, want %+v", r.ID, one, err, r)
	}
	if _, err := db.SentReply(ctx, 999); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("SentReply(missing) error = %v, want ErrNotFound", err)
	}
	for name, f := range map[string]SentFilter{
		"case":    {Case: aftersale.CaseOther},
		"order":   {OrderID: "302-0000000-0000000"},
		"account": {Account: "other"},
		"since":   {Since: c.Now().Add(time.Hour)},
	} {
		if rows, err := db.Sent(ctx, f); err != nil || len(rows) != 0 {
			t.Errorf("Sent(%s filter) = %d rows, %v, want 0", name, len(rows), err)
		}
	}
	if rows, _ := db.Sent(ctx, SentFilter{OrderID: r.OrderID, Account: "shop", Case: r.Case, Since: r.SentAt, Limit: 5}); len(rows) != 1 {
		t.Errorf("Sent(matching filter) = %d rows, want 1", len(rows))
	}

	// The sent log is append-only, in the schema.
	for _, q := range []string{"UPDATE sent_log SET body = 'changed'", "DELETE FROM sent_log"} {
		if _, err := db.w.ExecContext(ctx, q); err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Errorf("%s: error = %v, want append-only", q, err)
		}
	}
	if _, err := db.w.ExecContext(ctx, "UPDATE audit SET actor = 'x'"); err == nil {
		t.Error("UPDATE audit succeeded, want append-only")
	}

	entries, err := db.Audit(ctx, second)
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, e := range entries {
		actions = append(actions, e.Actor+":"+e.Action)
	}
	want := "drafter:create anna:approve sender:claim sender:send_retry sender:claim sender:sent"
	if got := strings.Join(actions, " "); got != want {
		t.Errorf("Audit = %s, want %s", got, want)
	}
}

// TestMarkSentRollsBack checks that the state change and the sent_log row
// commit together: when the log insert fails, the draft stays sending.
func TestMarkSentRollsBack(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	a := reach(t, db, aftersale.DraftSending)
	d, _ := db.Draft(ctx, a)
	// Occupy the draft's outgoing Message-ID in the log through another
	// draft, so that inserting a's row violates UNIQUE(message_id).
	b := reach(t, db, aftersale.DraftSending)
	if _, err := db.w.ExecContext(ctx, `INSERT INTO sent_log (draft_id, account, message_id, to_addr, sent_at)
VALUES (?, 'shop', ?, 'x', 0)`, b, d.OutgoingID); err != nil {
		t.Fatal(err)
	}
	if err := db.MarkSent(ctx, a, aftersale.SentReply{}); !errors.Is(err, aftersale.ErrConflict) {
		t.Errorf("MarkSent with a clashing log row error = %v, want ErrConflict", err)
	}
	if s := state(t, db, a); s != aftersale.DraftSending {
		t.Errorf("state after failed MarkSent = %s, want sending (rolled back)", s)
	}
}

func TestRecoverSending(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	a := reach(t, db, aftersale.DraftSending)
	b := reach(t, db, aftersale.DraftSending)
	c := reach(t, db, aftersale.DraftApproved)
	n, err := db.RecoverSending(ctx)
	if err != nil || n != 2 {
		t.Fatalf("RecoverSending = %d, %v, want 2", n, err)
	}
	for id, want := range map[int64]aftersale.DraftState{a: aftersale.DraftSendUnknown, b: aftersale.DraftSendUnknown, c: aftersale.DraftApproved} {
		if got := state(t, db, id); got != want {
			t.Errorf("draft %d state = %s, want %s", id, got, want)
		}
	}
	if n, _ := db.RecoverSending(ctx); n != 0 {
		t.Errorf("second RecoverSending = %d, want 0", n)
	}
	// A person confirms one went out and rejects the other.
	if err := db.MarkSent(ctx, a, aftersale.SentReply{SMTPReply: "confirmed by anna"}); err != nil {
		t.Errorf("MarkSent(send_unknown) = %v", err)
	}
	if err := db.RejectDraft(ctx, b, "anna", "not sent, answered by hand"); err != nil {
		t.Errorf("RejectDraft(send_unknown) = %v", err)
	}
	counts, err := db.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := map[aftersale.DraftState]int{aftersale.DraftSent: 1, aftersale.DraftRejected: 1, aftersale.DraftApproved: 1}
	for _, s := range aftersale.DraftStates() {
		if counts[s] != want[s] {
			t.Errorf("Counts[%s] = %d, want %d", s, counts[s], want[s])
		}
	}
}

// TestClaimOutboxConcurrent claims from several goroutines over two DB
// handles on the same file (two processes): each draft is claimed once.
func TestClaimOutboxConcurrent(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	const drafts = 30
	for i := 0; i < drafts; i++ {
		approve(t, db, addDraft(t, db, nil))
	}
	other, err := Open(ctx, db.Path(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })

	var mu sync.Mutex
	claimed := map[int64]int{}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		h := db
		if g%2 == 1 {
			h = other
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				d, err := h.ClaimOutbox(ctx)
				if errors.Is(err, aftersale.ErrNotFound) {
					return
				}
				if err != nil {
					errs <- err
					return
				}
				mu.Lock()
				claimed[d.ID]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("ClaimOutbox: %v", err)
	}
	if len(claimed) != drafts {
		t.Errorf("claimed %d distinct drafts, want %d", len(claimed), drafts)
	}
	for id, n := range claimed {
		if n != 1 {
			t.Errorf("draft %d claimed %d times", id, n)
		}
	}
}

func TestUpdateDraftBody(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	id := reach(t, db, aftersale.DraftApproved)
	if err := db.UpdateDraftBody(ctx, id, "Neuer Text [[tracking number]]", []aftersale.Finding{{Rule: "x", Severity: aftersale.SeverityWarn}},
		[]string{"tracking number"}, "anna"); err != nil {
		t.Fatal(err)
	}
	d, _ := db.Draft(ctx, id)
	if d.State != aftersale.DraftProposed || !d.Edited || d.Body != "Neuer Text [[tracking number]]" || d.OutgoingID != "" ||
		d.ApprovedBy != "" || len(d.Placeholders) != 1 || len(d.Findings) != 1 {
		t.Errorf("after editing an approved draft: %+v", d)
	}
	if err := db.UpdateDraftBody(ctx, id, "x", nil, nil, ""); !errors.Is(err, aftersale.ErrInvalid) {
		t.Errorf("UpdateDraftBody without actor error = %v, want ErrInvalid", err)
	}
	if err := db.UpdateDraftBody(ctx, 999, "x", nil, nil, "anna"); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("UpdateDraftBody(missing) error = %v, want ErrNotFound", err)
	}
	if err := db.MarkShown(ctx, 999); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("MarkShown(missing) error = %v, want ErrNotFound", err)
	}
}

// TestDeadline checks the 24-hour rule with an injected clock.
func TestDeadline(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	t0 := c.Now()
	alias, order := "dl@marketplace.amazon.de", "302-5555555-0000001"
	create := func(mid int64) aftersale.Draft {
		t.Helper()
		id, err := db.CreateDraft(ctx, aftersale.Draft{MessageID: mid, Case: aftersale.CaseShippingInquiry})
		if err != nil {
			t.Fatal(err)
		}
		d, _ := db.Draft(ctx, id)
		return d
	}
	check := func(name string, d aftersale.Draft, want time.Time) {
		t.Helper()
		if !d.Deadline.Equal(want) {
			t.Errorf("%s: deadline = %v, want %v", name, d.Deadline, want)
		}
	}

	// m1 arrives at t0 and is answered two hours later.
	c.Set(t0.Add(time.Minute))
	m1 := addMessage(t, db, buyerMsg(alias, order, t0))
	d1 := create(m1)
	check("first message", d1, t0.Add(24*time.Hour))
	c.Set(t0.Add(2 * time.Hour))
	approve(t, db, d1.ID)
	if _, err := db.ClaimOutbox(ctx); err != nil {
		t.Fatal(err)
	}
	if err := db.MarkSent(ctx, d1.ID, aftersale.SentReply{}); err != nil {
		t.Fatal(err)
	}

	// m2 (t0+5h) and m3 (t0+6h) arrive unanswered: the clock runs from m2.
	c.Set(t0.Add(5 * time.Hour))
	m2 := addMessage(t, db, buyerMsg(alias, order, t0.Add(5*time.Hour)))
	c.Set(t0.Add(6 * time.Hour))
	m3 := addMessage(t, db, buyerMsg(alias, order, t0.Add(6*time.Hour)))
	// Another buyer on the same order is another thread.
	addMessage(t, db, buyerMsg("someone@marketplace.amazon.de", order, t0.Add(3*time.Hour)))
	d3 := create(m3)
	check("burst", d3, t0.Add(29*time.Hour))

	// m2 marked no response needed: m4's clock starts at m3.
	d2 := create(m2)
	if err := db.MarkNoResponseNeeded(ctx, d2.ID, "anna", "duplicate"); err != nil {
		t.Fatal(err)
	}
	c.Set(t0.Add(8 * time.Hour))
	m4 := addMessage(t, db, buyerMsg(alias, order, t0.Add(8*time.Hour)))
	check("after no response needed", create(m4), t0.Add(30*time.Hour))

	// A Date in the future is not sane: the arrival time counts.
	c.Set(t0.Add(10 * time.Hour))
	fut := buyerMsg("future@marketplace.amazon.de", "302-5555555-0000002", t0.Add(72*time.Hour))
	raw := RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 7, UID: nextUID(), Raw: []byte("x"),
		InternalDate: t0.Add(9 * time.Hour)}
	fid, _, err := db.InsertRawMessage(ctx, raw)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SaveParsed(ctx, fid, fut, nil); err != nil {
		t.Fatal(err)
	}
	check("future Date", create(fid), t0.Add(33*time.Hour))

	// An unparseable message is its own thread, timed by its arrival.
	c.Set(t0.Add(11 * time.Hour))
	bid, _, err := db.InsertRawMessage(ctx, RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 7, UID: nextUID(), Raw: []byte("\x00")})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SaveParsed(ctx, bid, aftersale.Message{}, errors.New("no header")); err != nil {
		t.Fatal(err)
	}
	check("unparsed", create(bid), t0.Add(35*time.Hour))

	// Drafts lists by deadline; Overdue uses the injected clock.
	c.Set(t0.Add(30*time.Hour + time.Minute))
	over, err := db.Drafts(ctx, DraftFilter{Overdue: true})
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, d := range over {
		ids = append(ids, d.ID)
	}
	if fmt.Sprint(ids) != fmt.Sprint([]int64{d3.ID, d3.ID + 2}) {
		t.Errorf("Drafts(overdue) = %v, want [%d %d]", ids, d3.ID, d3.ID+2)
	}
	all, err := db.Drafts(ctx, DraftFilter{})
	if err != nil || len(all) != 6 {
		t.Fatalf("Drafts(all) = %d, %v, want 6", len(all), err)
	}
	for i := 1; i < len(all); i++ {
		if all[i].Deadline.Before(all[i-1].Deadline) {
			t.Errorf("Drafts not ordered by deadline at %d", i)
		}
	}
	for name, tc := range map[string]struct {
		f    DraftFilter
		want int
	}{
		"states":  {DraftFilter{States: []aftersale.DraftState{aftersale.DraftSent, aftersale.DraftNoResponseNeeded}}, 2},
		"case":    {DraftFilter{Case: aftersale.CaseShippingInquiry}, 6},
		"account": {DraftFilter{Account: "other"}, 0},
		"limit":   {DraftFilter{Limit: 2}, 2},
	} {
		if got, err := db.Drafts(ctx, tc.f); err != nil || len(got) != tc.want {
			t.Errorf("Drafts(%s) = %d, %v, want %d", name, len(got), err, tc.want)
		}
	}
}

// TestApproveWhileSendingRefused: an approval arriving while the sender
// holds the draft (a second process approving the same id) must not put
// it back to approved, or it would be sent twice.
func TestApproveWhileSendingRefused(t *testing.T) {
	db := MustOpenTest(t)
	id := reach(t, db, aftersale.DraftSending)
	err := db.ApproveDraft(t.Context(), id, Approval{By: "bob", Reviewed: true, OutgoingID: outgoingID()})
	if !errors.Is(err, aftersale.ErrConflict) {
		t.Fatalf("ApproveDraft on a sending draft = %v, want ErrConflict", err)
	}
	if got := state(t, db, id); got != aftersale.DraftSending {
		t.Errorf("state %s, want sending", got)
	}
}
