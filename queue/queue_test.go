package queue

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// TestEditRefusesEmptyReply: a reply that is empty, blanks, or only the
// greeting and the signature is refused at edit, and the draft keeps its
// text.
func TestEditRefusesEmptyReply(t *testing.T) {
	f := newFix(t)
	ctx := context.Background()
	id := f.where()
	before := f.get(id)
	frame := "Hallo Erika,\n\nMit freundlichen Grüßen\nExample Store\n"
	for _, body := range []string{"", "\n", "  \n\t\n", frame, "Hallo Erika,\n", "Mit freundlichen  Grüßen\nExample Store"} {
		_, err := f.q.Edit(ctx, id, body, "anna", 0)
		refused(t, "Edit("+strings.ReplaceAll(body, "\n", `\n`)+")", err, ErrEmpty)
	}
	if got := f.get(id); got.Body != before.Body || got.Revision != 1 || got.Edited {
		t.Errorf("draft after refused edits: revision %d edited %v body %q", got.Revision, got.Edited, got.Body)
	}
	// A short reply of its own is not empty.
	if _, err := f.q.Edit(ctx, id, "Hallo Erika,\n\ndas Paket kommt morgen.\n\nMit freundlichen Grüßen\nExample Store\n", "anna", 0); err != nil {
		t.Errorf("Edit(short reply) = %v", err)
	}
}

// TestApproveRefusesEmptyReply: a draft without reply text (stored by any
// path) is refused at approval.
func TestApproveRefusesEmptyReply(t *testing.T) {
	f := newFix(t)
	ctx := context.Background()
	for _, body := range []string{"", " \n", "Hallo Erika,\n\nMit freundlichen Grüßen\nExample Store\n"} {
		id := f.where()
		if err := f.db.UpdateDraftBody(ctx, id, body, nil, nil, "anna"); err != nil {
			t.Fatal(err)
		}
		_, err := f.q.Approve(ctx, id, Approval{By: "anna"})
		refused(t, "Approve(empty)", err, ErrEmpty)
		if got := f.get(id).State; got != aftersale.DraftProposed {
			t.Errorf("state after refusal = %s", got)
		}
	}
}

// TestApproveRefusesNoRecipient: a draft with no address to send to
// cannot be approved.
func TestApproveRefusesNoRecipient(t *testing.T) {
	f := newFix(t)
	ctx := context.Background()
	id := f.draft(msg{text: "Wo ist mein Paket?", kase: aftersale.CaseShippingInquiry, alias: "-", order: f.shipped("302-7777777-1234567")})
	_, err := f.q.Approve(ctx, id, Approval{By: "anna", Reviewed: true})
	refused(t, "Approve(no recipient)", err, ErrNoRecipient)
	if got := f.get(id).State; got != aftersale.DraftProposed {
		t.Errorf("state after refusal = %s", got)
	}
}

// TestApproveRevision: approval approves the revision the person saw; a
// draft edited since is refused, and an edit makes a needs-human draft
// unread again.
func TestApproveRevision(t *testing.T) {
	f := newFix(t)
	ctx := context.Background()
	id := f.where()
	v, err := f.q.View(ctx, id, "anna")
	if err != nil || v.Draft.Revision != 1 {
		t.Fatalf("View = revision %d, %v", v.Draft.Revision, err)
	}
	r, err := f.q.Edit(ctx, id, strings.Replace(v.Draft.Body, "Entschuldigen", "Verzeihen", 1), "bob", 0)
	if err != nil || r.Draft.Revision != 2 {
		t.Fatalf("Edit = revision %d, %v", r.Draft.Revision, err)
	}
	// anna saw revision 1: refused, also with --revision 1.
	_, err = f.q.Approve(ctx, id, Approval{By: "anna"})
	refused(t, "Approve(anna, the revision shown)", err, ErrChanged)
	_, err = f.q.Approve(ctx, id, Approval{By: "anna", Revision: 1})
	refused(t, "Approve(revision 1)", err, ErrChanged)
	var ref *Refusal
	if errors.As(err, &ref) && (ref.Revision != 2 || ref.Want != 1) {
		t.Errorf("refusal revision %d want %d, want 2 and 1", ref.Revision, ref.Want)
	}
	// An edit from the old text is refused too.
	_, err = f.q.Edit(ctx, id, v.Draft.Body+"\nPS\n", "anna", 1)
	refused(t, "Edit(from revision 1)", err, ErrChanged)
	// bob wrote revision 2: his approval approves it.
	d, err := f.q.Approve(ctx, id, Approval{By: "bob"})
	if err != nil || d.Revision != 2 || d.State != aftersale.DraftApproved {
		t.Fatalf("Approve(bob) = %+v, %v", d, err)
	}

	// A needs-human draft shown, then edited: it must be read again.
	id = f.draft(msg{text: "Ich verklage Sie, wo ist mein Paket?", kase: aftersale.CaseShippingInquiry, order: f.shipped("302-5555555-1234567")})
	setNeedsHuman(t, f, id)
	if _, err := f.q.View(ctx, id, "anna"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.q.Edit(ctx, id, f.get(id).Body+"\nPS: Entschuldigung.\n", "bob", 0); err != nil {
		t.Fatal(err)
	}
	if !f.get(id).ShownAt.IsZero() {
		t.Errorf("ShownAt after an edit = %v, want zero", f.get(id).ShownAt)
	}
	_, err = f.q.Approve(ctx, id, Approval{By: "carl"})
	refused(t, "Approve(needs human, edited after it was shown)", err, ErrNeedsReview)
}

// setNeedsHuman marks draft id needs_human, as the drafter does for risks.
func setNeedsHuman(t *testing.T, f *fix, id int64) {
	t.Helper()
	d := f.get(id)
	d.NeedsHuman, d.Reasons = true, []string{"legal threat"}
	if _, err := f.db.ReclassifyDraft(context.Background(), id, "x", func(_ aftersale.Draft, c aftersale.Classification) (store.Redraft, error) {
		return store.Redraft{Class: c, Draft: &d}, nil
	}); err != nil {
		t.Fatal(err)
	}
}

// TestApproveRefusals: each rule gives its own typed refusal.
func TestApproveRefusals(t *testing.T) {
	f := newFix(t)
	ctx := context.Background()
	id := f.where()
	body := f.get(id).Body
	if _, err := f.q.Edit(ctx, id, body+"\nRufen Sie uns an: +49 30 1234567\n", "anna", 0); err != nil {
		t.Fatal(err)
	}
	_, err := f.q.Approve(ctx, id, Approval{By: "anna"})
	refused(t, "Approve(phone number)", err, ErrBlocked)
	if _, err := f.q.Edit(ctx, id, body+"\nDie Sendungsnummer: [[tracking number]]\n", "anna", 0); err != nil {
		t.Fatal(err)
	}
	_, err = f.q.Approve(ctx, id, Approval{By: "anna", Override: "x"})
	refused(t, "Approve(placeholders)", err, ErrPlaceholders)
	if _, err := f.q.Approve(ctx, 999, Approval{By: "anna"}); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("Approve(999) = %v, want ErrNotFound", err)
	}
	if err := f.q.Reject(ctx, id, "anna", "no"); err != nil {
		t.Fatal(err)
	}
	_, err = f.q.Approve(ctx, id, Approval{By: "anna"})
	refused(t, "Approve(rejected)", err, ErrWrongState)
	var r *Refusal
	if errors.As(err, &r) && r.State != aftersale.DraftRejected {
		t.Errorf("refusal state %s, want rejected", r.State)
	}
	refused(t, "NoResponseNeeded(rejected)", f.q.NoResponseNeeded(ctx, id, "anna", ""), ErrWrongState)
	_, err = f.q.Edit(ctx, id, "Hallo", "anna", 0)
	refused(t, "Edit(rejected)", err, ErrWrongState)
	// Refusals still unwrap to the store's sentinels.
	if !errors.Is(err, aftersale.ErrConflict) {
		t.Errorf("Edit(rejected) = %v, want it to wrap ErrConflict", err)
	}
}

// TestSellerCopyMarkedStale: after an edit of the buyer-language reply,
// the seller-language copy is marked as not updated.
func TestSellerCopyMarkedStale(t *testing.T) {
	f := newFix(t)
	ctx := context.Background()
	id := f.where()
	v, err := f.q.View(ctx, id, "anna")
	if err != nil {
		t.Fatal(err)
	}
	if v.SellerStale || v.Draft.SellerLanguage != "en" || v.Draft.Language != "de" {
		t.Fatalf("fresh draft: stale %v, languages %s/%s", v.SellerStale, v.Draft.Language, v.Draft.SellerLanguage)
	}
	if _, err := f.q.Edit(ctx, id, strings.Replace(v.Draft.Body, "DHL", "DHL Express", 1), "anna", 0); err != nil {
		t.Fatal(err)
	}
	if v, err = f.q.View(ctx, id, "anna"); err != nil || !v.SellerStale {
		t.Errorf("after an edit: SellerStale %v, %v; want true", v.SellerStale, err)
	}
}

// TestResolve: a send_unknown draft is resolved either way, by a person.
func TestResolve(t *testing.T) {
	f := newFix(t)
	ctx := context.Background()
	sendUnknown := func() int64 {
		id := f.where()
		if _, err := f.q.Approve(ctx, id, Approval{By: "anna"}); err != nil {
			t.Fatal(err)
		}
		if _, err := f.db.ClaimOutbox(ctx); err != nil {
			t.Fatal(err)
		}
		if n, err := f.db.RecoverSending(ctx); err != nil || n != 1 {
			t.Fatalf("RecoverSending = %d, %v", n, err)
		}
		return id
	}
	sent, notSent := sendUnknown(), sendUnknown()
	out := f.get(sent).OutgoingID
	if err := f.q.Resolve(ctx, sent, "anna", true, "seen in the Sent folder"); err != nil {
		t.Fatal(err)
	}
	if d := f.get(sent); d.State != aftersale.DraftSent {
		t.Errorf("resolved --sent: state %s", d.State)
	}
	rows, err := f.q.Sent(ctx, store.SentFilter{})
	if err != nil || len(rows) != 1 || rows[0].DraftID != sent || rows[0].MessageID != out || rows[0].SMTPReply != "seen in the Sent folder" {
		t.Errorf("sent log = %+v, %v", rows, err)
	}
	if err := f.q.Resolve(ctx, notSent, "anna", false, ""); err != nil {
		t.Fatal(err)
	}
	if d := f.get(notSent); d.State != aftersale.DraftApproved || d.OutgoingID == "" {
		t.Errorf("resolved --not-sent: state %s outgoing %q, want approved with its id", d.State, d.OutgoingID)
	}
	if d, err := f.db.ClaimOutbox(ctx); err != nil || d.ID != notSent {
		t.Errorf("ClaimOutbox after --not-sent = %d, %v", d.ID, err)
	}
	refused(t, "Resolve(sent)", f.q.Resolve(ctx, sent, "anna", false, ""), ErrWrongState)
}
