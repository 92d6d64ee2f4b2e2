package respond

import (
	"fmt"
	"strings"
	"testing"

	"github.com/aftersale/aftersale"
	"github.com/google/go-cmp/cmp"
)

// matrixRow is one row of the playbook's decision table written as the
// test expects it (docs/playbook.md, "Decision table" and "Where Amazon's rules
// override the guide"). Empty fields match anything; the first matching
// row wins.
type matrixRow struct {
	kase  string // case, or case/variant: cancel_order/official, return_dissatisfied/<sub-reason>
	known string // "yes", "no"
	state string // "unshipped", "shipped" (in transit), "delivered", "sent" (shipped or delivered)
	ch    string // "fba", "fbm"
	value string // "below", "above" the reship threshold

	action string
	tasks  []aftersale.TaskKind
	// noReply: "none" for no reply (no_response_needed), "held" for a
	// message kept in the queue for a person with no draft; "" for a reply.
	noReply string
}

var (
	checkOrder = []aftersale.TaskKind{aftersale.TaskCheckOrder}
	addTrack   = []aftersale.TaskKind{aftersale.TaskAddTracking}
	// A replacement the seller ships, offered for the buyer to choose,
	// comes with its reship task (an unknown channel is treated as FBM).
	reship        = []aftersale.TaskKind{aftersale.TaskReship}
	reshipUnknown = []aftersale.TaskKind{aftersale.TaskReship, aftersale.TaskCheckOrder}
)

var matrix = []matrixRow{
	{kase: "address_change", known: "no", action: ActionAddressOrderUnknown, tasks: checkOrder},
	{kase: "address_change", ch: "fba", action: ActionAddressFBA},
	{kase: "address_change", state: "unshipped", action: ActionAddressCancelReorder},
	{kase: "address_change", value: "below", action: ActionAddressReshipOffer, tasks: []aftersale.TaskKind{aftersale.TaskReship}},
	{kase: "address_change", value: "above", action: ActionAddressShippedDecline},

	{kase: "cancel_order", known: "no", action: ActionCancelOrderUnknown, tasks: checkOrder},
	// Amazon's cancellation notice for an order the records lack: tasks,
	// no reply until the order is known.
	{kase: "cancel_order/official", known: "no", action: ActionCancelOrderUnknown, tasks: []aftersale.TaskKind{aftersale.TaskCheckOrder, aftersale.TaskCancelOrder}, noReply: "none"},
	{kase: "cancel_order", state: "unshipped", ch: "fba", action: ActionCancelFBA},
	{kase: "cancel_order/official", state: "unshipped", ch: "fba", action: ActionCancelFBA},
	{kase: "cancel_order", state: "unshipped", action: ActionCancelOfficialPath},
	{kase: "cancel_order/official", state: "unshipped", action: ActionCancelConfirm, tasks: []aftersale.TaskKind{aftersale.TaskCancelOrder}},
	{kase: "cancel_order", state: "shipped", action: ActionCancelShippedRefuse},
	{kase: "cancel_order/official", state: "shipped", action: ActionCancelShippedRefuse},
	{kase: "cancel_order", ch: "fba", action: ActionCancelDeliveredFBAReturn},
	{kase: "cancel_order/official", ch: "fba", action: ActionCancelDeliveredFBAReturn},
	{kase: "cancel_order", action: ActionCancelDeliveredFBMRefund},
	{kase: "cancel_order/official", action: ActionCancelDeliveredFBMRefund},

	{kase: "shipping_inquiry", known: "no", action: ActionShippingOrderUnknown, tasks: checkOrder},
	{kase: "shipping_inquiry", ch: "fba", action: ActionShippingFBA},
	{kase: "shipping_inquiry", state: "unshipped", action: ActionShippingNoTracking, tasks: addTrack},
	{kase: "shipping_inquiry", action: ActionShippingTracking},

	{kase: "return_unwanted", known: "yes", state: "unshipped", ch: "fba", action: ActionCancelFBA},
	{kase: "return_unwanted", known: "yes", state: "unshipped", action: ActionCancelOfficialPath},
	// A reply that offers a remedy for an order the records lack: the
	// seller looks it up first.
	{kase: "return_unwanted", known: "no", action: ActionReturnKeepOffer, tasks: checkOrder},
	{kase: "return_unwanted", action: ActionReturnKeepOffer},

	{kase: "return_dissatisfied/damaged", known: "no", action: ActionDissatisfiedDamaged, tasks: reshipUnknown},
	{kase: "return_dissatisfied/damaged", ch: "fba", action: ActionDissatisfiedDamaged},
	{kase: "return_dissatisfied/damaged", action: ActionDissatisfiedDamaged, tasks: reship},
	{kase: "return_dissatisfied/wrong_item", known: "no", action: ActionDissatisfiedWrongItem, tasks: reshipUnknown},
	{kase: "return_dissatisfied/wrong_item", ch: "fba", action: ActionDissatisfiedWrongItem},
	{kase: "return_dissatisfied/wrong_item", action: ActionDissatisfiedWrongItem, tasks: reship},
	{kase: "return_dissatisfied/defective", known: "no", action: ActionDissatisfiedDefective, tasks: checkOrder},
	{kase: "return_dissatisfied/defective", action: ActionDissatisfiedDefective},
	// Missing parts are sent (once the buyer says which).
	{kase: "return_dissatisfied/missing_parts", known: "no", action: ActionDissatisfiedMissingParts, tasks: []aftersale.TaskKind{aftersale.TaskShipParts, aftersale.TaskCheckOrder}},
	{kase: "return_dissatisfied/missing_parts", action: ActionDissatisfiedMissingParts, tasks: []aftersale.TaskKind{aftersale.TaskShipParts}},
	{kase: "return_dissatisfied/", known: "no", action: ActionDissatisfiedGeneral, tasks: checkOrder},
	{kase: "return_dissatisfied/", action: ActionDissatisfiedGeneral},
	{kase: "return_dissatisfied/not_received", known: "yes", state: "unshipped", ch: "fba", action: ActionShippingFBA},
	{kase: "return_dissatisfied/not_received", known: "yes", state: "unshipped", action: ActionShippingNoTracking, tasks: addTrack},
	{kase: "return_dissatisfied/not_received", known: "no", action: ActionDissatisfiedNotReceived, tasks: reshipUnknown},
	{kase: "return_dissatisfied/not_received", ch: "fba", action: ActionDissatisfiedNotReceived},
	{kase: "return_dissatisfied/not_received", action: ActionDissatisfiedNotReceived, tasks: reship},

	// A buyer message read as returned_goods ("I sent it back, did you get
	// it?") is answered like refund_status; Amazon's notices become tasks
	// (decide_test.go).
	{kase: "returned_goods", action: ActionRefundUnknown, tasks: checkOrder},

	{kase: "negative_review", known: "no", action: ActionReviewResolve, tasks: reshipUnknown},
	{kase: "negative_review", ch: "fba", action: ActionReviewResolve},
	{kase: "negative_review", action: ActionReviewResolve, tasks: reship},

	{kase: "refund_status", action: ActionRefundUnknown, tasks: checkOrder},

	{kase: "other/thanks", action: ActionNoResponse, tasks: []aftersale.TaskKind{aftersale.TaskMarkNoResponse}},
	// playbook: other — no reply drafted unless the seller asks; the
	// message stays in the queue for a person.
	{kase: "other", action: ActionOtherReply, noReply: "held"},
}

func (r matrixRow) matches(kase, known, state, ch, value string) bool {
	ok := func(want, got string) bool { return want == "" || want == got }
	st := r.state == "" || r.state == state || r.state == "sent" && state != "unshipped"
	return r.kase == kase && ok(r.known, known) && st && ok(r.ch, ch) && ok(r.value, value)
}

// matrixCases are the cases of the walk, with the variants the decision
// table tells apart.
func matrixCases() []string {
	var out []string
	for _, c := range aftersale.Cases() {
		switch c {
		case aftersale.CaseCancelOrder:
			out = append(out, "cancel_order", "cancel_order/official")
		case aftersale.CaseReturnDissatisfied:
			out = append(out, "return_dissatisfied/")
			for _, s := range aftersale.SubReasons() {
				out = append(out, "return_dissatisfied/"+string(s))
			}
		case aftersale.CaseOther:
			out = append(out, "other", "other/thanks")
		default:
			out = append(out, string(c))
		}
	}
	return out
}

// TestDecisionMatrix walks every playbook row: case × order state
// (unshipped, shipped, delivered) × FBA/FBM × item value below/above the
// reship threshold × order known/unknown, in a rotating buyer language.
// It checks the action and the tasks against the table above, and that
// BuildDraft gives a draft an experienced seller could approve: in the
// buyer's language with a seller copy, naming the order, with no policy
// finding but the placeholders of an unknown order.
func TestDecisionMatrix(t *testing.T) {
	langs := []string{"en", "de", "fr", "es", "it", "ja", "zh"}
	s := testSettings()
	s.SellerLanguage = "zh"
	n := 0
	for _, kase := range matrixCases() {
		for _, known := range []string{"yes", "no"} {
			for _, state := range []string{"unshipped", "shipped", "delivered"} {
				for _, ch := range []string{"fba", "fbm"} {
					for _, value := range []string{"below", "above"} {
						name := fmt.Sprintf("%s/%s/%s/%s/%s", kase, known, state, ch, value)
						lang := langs[n%len(langs)]
						n++
						t.Run(name, func(t *testing.T) {
							checkMatrixCell(t, s, lang, kase, known, state, ch, value)
						})
					}
				}
			}
		}
	}
}

func checkMatrixCell(t *testing.T, s Settings, lang, kase, known, state, ch, val string) {
	t.Helper()
	var want *matrixRow
	for i := range matrix {
		if matrix[i].matches(kase, known, state, ch, val) {
			want = &matrix[i]
			break
		}
	}
	if want == nil {
		t.Fatalf("no matrix row for %s %s %s %s %s", kase, known, state, ch, val)
	}
	c, variant, _ := strings.Cut(kase, "/")
	text := "Hello, about my order."
	if variant == "thanks" {
		text = "Thank you, it arrived safely!"
	}
	m := buyerMsg("Inquiry from Amazon customer Anna (Order: "+testOrderID+")", text)
	cl := aftersale.Classification{MessageID: m.ID, Case: aftersale.Case(c), Language: lang, Confidence: 0.9,
		Facts: aftersale.Facts{OrderIDs: m.OrderIDs}}
	switch {
	case variant == "official":
		cl.Notice = aftersale.NoticeCancellation
	case c == string(aftersale.CaseReturnDissatisfied):
		cl.SubReason = aftersale.SubReason(variant)
	}
	var o aftersale.Order
	if known == "yes" {
		st := map[string]aftersale.OrderStatus{"unshipped": unshipped, "shipped": shipped, "delivered": delivered}[state]
		v := aftersale.Money(1999)
		if val == "above" {
			v = 8999
		}
		o = order(aftersale.Channel(ch), st, value(v))
	}
	in := Input{Message: m, Class: cl, Order: o, Now: now}
	d, err := BuildDraft(in, s)
	if err != nil {
		t.Fatalf("BuildDraft: %v", err)
	}
	if d.Action != want.action {
		t.Errorf("action = %s, want %s (reasons %q)", d.Action, want.action, d.Reasons)
	}
	var kinds []aftersale.TaskKind
	for _, task := range d.Tasks {
		kinds = append(kinds, task.Kind)
		if task.OrderID != testOrderID || task.Description == "" {
			t.Errorf("task %+v: want order %s and a description", task, testOrderID)
		}
	}
	if diff := cmp.Diff(want.tasks, kinds); diff != "" {
		t.Errorf("tasks (-want +got):\n%s", diff)
	}
	if d.Case != aftersale.Case(c) || d.OrderID != testOrderID {
		t.Errorf("draft case %s order %q, want %s %s", d.Case, d.OrderID, c, testOrderID)
	}
	if want.noReply == "held" {
		if d.State != aftersale.DraftProposed || d.Body != "" || !d.NeedsHuman || d.To != m.RelayAlias || len(d.Reasons) == 0 {
			t.Errorf("held message: state %s body %q needs human %v to %q reasons %q, want proposed, no body, needs a person, the relay address",
				d.State, d.Body, d.NeedsHuman, d.To, d.Reasons)
		}
		return
	}
	if want.noReply == "none" || want.action == ActionNoResponse || want.action == ActionReturnedGoodsTask {
		if d.State != aftersale.DraftNoResponseNeeded || d.Body != "" || len(d.Reasons) == 0 || d.Reasons[0] == "" {
			t.Errorf("no-response draft: state %s body %q reasons %q, want no_response_needed with a reason and no body", d.State, d.Body, d.Reasons)
		}
		return
	}
	if d.Language != lang || d.SellerLanguage != "zh" || d.SellerBody == "" {
		t.Errorf("languages: reply %q seller %q (seller body %d bytes), want %s and zh", d.Language, d.SellerLanguage, len(d.SellerBody), lang)
	}
	if !strings.Contains(d.Body, testOrderID) || !strings.Contains(d.SellerBody, testOrderID) {
		t.Errorf("order id missing from the reply or the seller copy:\n%s", d.Body)
	}
	if !strings.HasPrefix(d.Subject, "Re: ") || d.To != m.RelayAlias || d.InReplyTo != m.MessageID {
		t.Errorf("threading: subject %q to %q in-reply-to %q", d.Subject, d.To, d.InReplyTo)
	}
	if !strings.Contains(d.Body, "Lindenhof Living") {
		t.Errorf("reply lacks the signature:\n%s", d.Body)
	}
	for _, f := range d.Findings {
		if f.Rule != RulePlaceholder {
			t.Errorf("policy finding on the draft: %+v\n%s", f, d.Body)
		}
	}
	if (len(d.Placeholders) > 0) != aftersale.Blocking(d.Findings) {
		t.Errorf("placeholders %q but findings %+v: a placeholder must block", d.Placeholders, d.Findings)
	}
	if known == "no" && want.action != ActionReviewResolve && want.action != ActionReturnKeepOffer && !strings.HasPrefix(want.action, "dissatisfied_") {
		if !d.NeedsHuman {
			t.Errorf("unknown order without a needs-human flag (reasons %q)", d.Reasons)
		}
	}
	if len(d.Placeholders) > 0 && !d.NeedsHuman {
		t.Errorf("placeholders %q without a needs-human flag", d.Placeholders)
	}
}
