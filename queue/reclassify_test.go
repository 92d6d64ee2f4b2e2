package queue

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

func TestParseTarget(t *testing.T) {
	for in, want := range map[string]Target{
		"cancel_order":                      {Case: aftersale.CaseCancelOrder},
		"return_dissatisfied/missing_parts": {Case: aftersale.CaseReturnDissatisfied, SubReason: aftersale.SubMissingParts},
		"not_buyer_mail":                    {Case: aftersale.CaseOther, NotBuyer: true},
	} {
		if got, err := ParseTarget(in); err != nil || got != want {
			t.Errorf("ParseTarget(%q) = %+v, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "cancel", "cancel_order/damaged", "return_dissatisfied/broken"} {
		_, err := ParseTarget(in)
		var iv *InvalidValue
		if !errors.As(err, &iv) || !strings.Contains(err.Error(), "return_dissatisfied/damaged") {
			t.Errorf("ParseTarget(%q) = %v, want an InvalidValue listing the valid ones", in, err)
		}
	}
}

// TestReclassify: in every state, the classification is replaced (the old
// one kept in the history), the audit says who changed what, and the
// correction is kept for the classifier; a draft nothing was sent from is
// drafted again for the new case and the same order, a sending or sent
// one keeps its text.
func TestReclassify(t *testing.T) {
	ctx := context.Background()
	type setup func(f *fix, id int64)
	approve := func(f *fix, id int64) {
		if _, err := f.q.Approve(ctx, id, Approval{By: "anna"}); err != nil {
			t.Fatal(err)
		}
	}
	claim := func(f *fix, id int64) {
		approve(f, id)
		if _, err := f.db.ClaimOutbox(ctx); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name      string
		setup     setup
		redrafted bool
		state     aftersale.DraftState
	}{
		{"proposed", func(*fix, int64) {}, true, aftersale.DraftProposed},
		{"approved", approve, true, aftersale.DraftProposed},
		{"failed", func(f *fix, id int64) {
			claim(f, id)
			if err := f.db.MarkSendFailed(ctx, id, "550 no", false, t0); err != nil {
				t.Fatal(err)
			}
		}, true, aftersale.DraftProposed},
		{"rejected", func(f *fix, id int64) {
			if err := f.q.Reject(ctx, id, "anna", "no"); err != nil {
				t.Fatal(err)
			}
		}, true, aftersale.DraftProposed},
		{"no_response_needed", func(f *fix, id int64) {
			if err := f.q.NoResponseNeeded(ctx, id, "anna", ""); err != nil {
				t.Fatal(err)
			}
		}, true, aftersale.DraftProposed},
		{"sending", claim, false, aftersale.DraftSending},
		{"send_unknown", func(f *fix, id int64) {
			claim(f, id)
			if _, err := f.db.RecoverSending(ctx); err != nil {
				t.Fatal(err)
			}
		}, false, aftersale.DraftSendUnknown},
		{"sent", func(f *fix, id int64) {
			claim(f, id)
			if err := f.db.MarkSent(ctx, id, aftersale.SentReply{SMTPReply: "250 ok"}); err != nil {
				t.Fatal(err)
			}
		}, false, aftersale.DraftSent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFix(t)
			id := f.where()
			before := f.get(id)
			tt.setup(f, id)
			r, err := f.q.Reclassify(ctx, id, Target{Case: aftersale.CaseCancelOrder}, "anna")
			if err != nil {
				t.Fatal(err)
			}
			d := f.get(id)
			if r.Redrafted != tt.redrafted || d.State != tt.state {
				t.Errorf("redrafted %v state %s, want %v %s", r.Redrafted, d.State, tt.redrafted, tt.state)
			}
			if r.Previous.Case != aftersale.CaseShippingInquiry {
				t.Errorf("Previous = %s", r.Previous.Case)
			}
			if tt.redrafted {
				if d.Case != aftersale.CaseCancelOrder || d.Action == before.Action || d.Body == before.Body || d.Revision <= before.Revision ||
					d.OutgoingID != "" || d.ApprovedBy != "" || !d.ShownAt.IsZero() || d.OrderID != before.OrderID {
					t.Errorf("redraft: case %s action %s (was %s) revision %d outgoing %q approved by %q shown %v order %s",
						d.Case, d.Action, before.Action, d.Revision, d.OutgoingID, d.ApprovedBy, d.ShownAt, d.OrderID)
				}
			} else if d.Body != before.Body || d.Case != before.Case {
				t.Errorf("draft changed in state %s: case %s", d.State, d.Case)
			}
			cl, err := f.db.Classification(ctx, d.MessageID)
			if err != nil || cl.Case != aftersale.CaseCancelOrder || cl.Version != reclassifiedVersion {
				t.Errorf("classification = %+v, %v", cl, err)
			}
			hist, err := f.db.ClassificationHistory(ctx, d.MessageID)
			if err != nil || len(hist) != 1 || hist[0].Case != aftersale.CaseShippingInquiry || hist[0].ReplacedBy != "anna" {
				t.Errorf("history = %+v, %v", hist, err)
			}
			audit, err := f.db.Audit(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			last := audit[len(audit)-1]
			if last.Action != "reclassify" || last.Actor != "anna" || !strings.Contains(last.Detail, "shipping_inquiry -> cancel_order") {
				t.Errorf("last audit entry %+v", last)
			}
			if r.Correction == nil || r.Correction.Case != aftersale.CaseCancelOrder || r.Correction.Previous != aftersale.CaseShippingInquiry {
				t.Errorf("correction = %+v (%v)", r.Correction, r.CorrectionErr)
			}
			cs, err := f.db.Corrections(ctx, store.CorrectionFilter{})
			if err != nil || len(cs) != 1 {
				t.Errorf("stored corrections = %d, %v; want 1", len(cs), err)
			}
		})
	}
}

// TestReclassifyNotBuyer: not buyer mail gets no reply and teaches the
// classifier nothing about buyer cases.
func TestReclassifyNotBuyer(t *testing.T) {
	f := newFix(t)
	ctx := context.Background()
	id := f.where()
	r, err := f.q.Reclassify(ctx, id, Target{NotBuyer: true}, "anna")
	if err != nil {
		t.Fatal(err)
	}
	if d := f.get(id); d.State != aftersale.DraftNoResponseNeeded || d.Body != "" || r.Correction != nil {
		t.Errorf("not buyer mail: state %s body %q correction %v", d.State, d.Body, r.Correction)
	}
	cl, _ := f.db.Classification(ctx, f.get(id).MessageID)
	if cl.Origin != aftersale.OriginNotBuyer || cl.Case != aftersale.CaseOther {
		t.Errorf("classification %s/%s", cl.Origin, cl.Case)
	}
	// A second reclassification back to a buyer case drafts a reply again.
	if _, err := f.q.Reclassify(ctx, id, Target{Case: aftersale.CaseShippingInquiry}, "anna"); err != nil {
		t.Fatal(err)
	}
	if d := f.get(id); d.State != aftersale.DraftProposed || d.Body == "" || d.To == "" {
		t.Errorf("back to a buyer case: state %s body %q to %q", d.State, d.Body, d.To)
	}
	if hist, _ := f.db.ClassificationHistory(ctx, f.get(id).MessageID); len(hist) != 2 {
		t.Errorf("history has %d rows, want 2", len(hist))
	}
}
