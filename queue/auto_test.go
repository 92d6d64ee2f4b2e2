package queue

import (
	"context"
	"strings"
	"testing"

	"github.com/aftersale/aftersale"
)

var shippingRule = []AutoRule{{Case: aftersale.CaseShippingInquiry, MinConfidence: 0.9}}

// TestAutoApprove approves what the rule allows, with a Message-ID of the
// configured domain, and nothing twice.
func TestAutoApprove(t *testing.T) {
	f := newFix(t)
	ctx := context.Background()
	ok := f.where()
	low := f.draft(msg{text: "Wo ist mein Paket?", kase: aftersale.CaseShippingInquiry, conf: 0.5, order: f.shipped("302-4444444-1234567")})
	a := f.q.NewAutoApprover(shippingRule, nil)
	if n, err := a.RunOnce(ctx); err != nil || n != 1 {
		t.Fatalf("RunOnce = %d, %v; want 1", n, err)
	}
	d := f.get(ok)
	if d.State != aftersale.DraftApproved || !d.AutoApproved || d.ApprovedBy != AutoActor || !strings.HasSuffix(d.OutgoingID, "@shop.example") {
		t.Errorf("auto-approved draft: %s by %q auto %v id %q", d.State, d.ApprovedBy, d.AutoApproved, d.OutgoingID)
	}
	if got := f.get(low).State; got != aftersale.DraftProposed {
		t.Errorf("low confidence: %s, want proposed", got)
	}
	if n, err := a.RunOnce(ctx); err != nil || n != 0 {
		t.Errorf("second RunOnce = %d, %v; want 0", n, err)
	}
}

// TestAutoApproveRechecksInTransaction: a person edits the draft after
// the auto-approver judged it and before it approves: the approval is
// refused, because everything the rules promise (not edited, no finding,
// even a warning, no placeholder, not needs-human) is checked again inside
// the approving transaction.
func TestAutoApproveRechecksInTransaction(t *testing.T) {
	edits := map[string]string{
		"edited":      "Hallo Erika,\n\ndas Paket kommt morgen, Bestellung %s.\n\nMit freundlichen Grüßen\nExample Store\n",
		"warning":     "Hallo Erika,\n\ndas Paket kommt morgen!!! Bestellung %s.\n\nMit freundlichen Grüßen\nExample Store\n",
		"placeholder": "Hallo Erika,\n\ndas Paket kommt am [[date]].\n\nMit freundlichen Grüßen\nExample Store\n",
	}
	for name, body := range edits {
		t.Run(name, func(t *testing.T) {
			f := newFix(t)
			ctx := context.Background()
			id := f.where()
			a := f.q.NewAutoApprover(shippingRule, nil)
			a.beforeApprove = func(d aftersale.Draft) {
				b := strings.ReplaceAll(body, "%s", d.OrderID)
				if _, err := f.q.Edit(ctx, d.ID, b, "anna", 0); err != nil {
					t.Fatal(err)
				}
			}
			if n, err := a.RunOnce(ctx); err != nil || n != 0 {
				t.Errorf("RunOnce = %d, %v; want 0", n, err)
			}
			if d := f.get(id); d.State != aftersale.DraftProposed || d.AutoApproved {
				t.Errorf("draft after the race: %s auto %v, want proposed", d.State, d.AutoApproved)
			}
		})
	}
	// The in-transaction check alone (no revision pinned) refuses an
	// edited draft, and one with a warning.
	f := newFix(t)
	ctx := context.Background()
	id := f.where()
	if _, err := f.q.Edit(ctx, id, strings.Replace(f.get(id).Body, "Geduld.", "Geduld!!!", 1), "anna", 0); err != nil {
		t.Fatal(err)
	}
	a := f.q.NewAutoApprover(shippingRule, nil)
	_, err := f.q.approve(ctx, id, autoApproval(0), func(d aftersale.Draft) string { return a.check(ctx, d) })
	refused(t, "auto approve(edited, warning)", err, ErrNotAuto)
}
