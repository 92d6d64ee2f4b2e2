package respond

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// now is a Tuesday.
var now = time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)

const testOrderID = "302-1234567-7654321"

func testSettings() Settings {
	return Settings{
		ReshipThreshold: map[string]aftersale.Money{"EUR": 3000},
		SellerName:      "Lindenhof Living",
		Signature:       "Lindenhof Living\nCustomer service",
		SellerLanguage:  "en",
	}
}

func buyerMsg(subject, text string) aftersale.Message {
	return aftersale.Message{
		ID:         7,
		Account:    "shop",
		MessageID:  "buyer-1@marketplace.amazon.de",
		References: []string{"seller-0@shop.example"},
		FromName:   "Anna - Amazon Marketplace",
		FromAddr:   "6bmcx2l1t7cwrwb@marketplace.amazon.de",
		Subject:    subject,
		Text:       text,
		BuyerText:  text,
		OrderIDs:   []string{testOrderID},
		RelayAlias: "6bmcx2l1t7cwrwb@marketplace.amazon.de",
		Sender:     aftersale.SenderBuyer,
		BuyerName:  "Anna",
	}
}

// order builds an order record; opts adjust it.
func order(ch aftersale.Channel, st aftersale.OrderStatus, opts ...func(*aftersale.Order)) aftersale.Order {
	o := aftersale.Order{
		ID: testOrderID, Status: st, Channel: ch, Marketplace: "Amazon.de",
		ProductName: "Linen cushion cover", Currency: "EUR", ItemValue: 1999, Quantity: 1,
		PurchaseDate: now.AddDate(0, 0, -6),
	}
	if st.Shipped() {
		o.ShipDate = now.AddDate(0, 0, -4)
		o.Carrier = "DHL"
		o.Tracking = "00340434161094042557"
		o.LatestDelivery = now.AddDate(0, 0, 2)
	}
	if st == aftersale.StatusDelivered {
		o.DeliveryDate = now.AddDate(0, 0, -1)
	}
	for _, f := range opts {
		f(&o)
	}
	return o
}

func value(m aftersale.Money) func(*aftersale.Order) {
	return func(o *aftersale.Order) { o.ItemValue = m }
}

func noTracking(o *aftersale.Order) { o.Tracking, o.Carrier = "", "" }

type decideCase struct {
	name      string
	c         aftersale.Case
	sub       aftersale.SubReason
	notice    aftersale.Notice
	text      string
	newAddr   string
	order     aftersale.Order
	settings  func(*Settings)
	classHelp bool // classifier flagged needs_human

	action       string
	noResponse   bool
	human        bool
	tasks        []aftersale.TaskKind
	placeholders []string
}

var (
	fba         = aftersale.ChannelFBA
	fbm         = aftersale.ChannelFBM
	unshipped   = aftersale.StatusUnshipped
	shipped     = aftersale.StatusShipped
	delivered   = aftersale.StatusDelivered
	canceledSt  = aftersale.StatusCanceled
	unknownSt   = aftersale.StatusUnknown
	noOrder     = aftersale.Order{}
	withAddress = "Anna Berg\nLindenstr. 12\n10115 Berlin"
)

// decideCases is the playbook's decision table, one row per case × order
// state (playbook.md, "Decision table", and Amazon's overrides).
var decideCases = []decideCase{
	// address_change
	{name: "address_unshipped_fbm", c: aftersale.CaseAddressChange, order: order(fbm, unshipped),
		action: ActionAddressCancelReorder},
	{name: "address_unshipped_fbm_update_allowed", c: aftersale.CaseAddressChange, newAddr: withAddress,
		order: order(fbm, unshipped), settings: func(s *Settings) { s.AllowAddressUpdate = true },
		action: ActionAddressConfirm, human: true},
	{name: "address_unshipped_fbm_update_allowed_no_address", c: aftersale.CaseAddressChange,
		order: order(fbm, unshipped), settings: func(s *Settings) { s.AllowAddressUpdate = true },
		action: ActionAddressConfirm},
	{name: "address_unshipped_fba", c: aftersale.CaseAddressChange, order: order(fba, unshipped),
		action: ActionAddressFBA},
	{name: "address_shipped_fba", c: aftersale.CaseAddressChange, order: order(fba, shipped),
		action: ActionAddressFBA},
	{name: "address_shipped_under_threshold", c: aftersale.CaseAddressChange, newAddr: withAddress,
		order:  order(fbm, shipped, value(1999)),
		action: ActionAddressReshipOffer, tasks: []aftersale.TaskKind{aftersale.TaskReship}},
	{name: "address_shipped_at_threshold", c: aftersale.CaseAddressChange, order: order(fbm, shipped, value(3000)),
		action: ActionAddressShippedDecline},
	{name: "address_shipped_over_threshold", c: aftersale.CaseAddressChange, order: order(fbm, shipped, value(8999)),
		action: ActionAddressShippedDecline},
	{name: "address_shipped_no_threshold_for_currency", c: aftersale.CaseAddressChange,
		order:  order(fbm, shipped, func(o *aftersale.Order) { o.Currency = "GBP" }),
		action: ActionAddressShippedDecline, human: true},
	{name: "address_shipped_unknown_channel", c: aftersale.CaseAddressChange, order: order("", shipped),
		action: ActionAddressReshipOffer, human: true, tasks: []aftersale.TaskKind{aftersale.TaskReship}},
	{name: "address_unknown_order", c: aftersale.CaseAddressChange, order: noOrder,
		action: ActionAddressOrderUnknown, human: true, tasks: []aftersale.TaskKind{aftersale.TaskCheckOrder},
		placeholders: []string{"order status"}},
	{name: "address_canceled", c: aftersale.CaseAddressChange, order: order(fbm, canceledSt),
		action: ActionOrderCanceledInfo, human: true},

	// cancel_order
	{name: "cancel_official_unshipped_fbm", c: aftersale.CaseCancelOrder, notice: aftersale.NoticeCancellation,
		order: order(fbm, unshipped), action: ActionCancelConfirm, tasks: []aftersale.TaskKind{aftersale.TaskCancelOrder}},
	{name: "cancel_report_flag_unshipped_fbm", c: aftersale.CaseCancelOrder,
		order:  order(fbm, unshipped, func(o *aftersale.Order) { o.BuyerRequestedCancel = true }),
		action: ActionCancelConfirm, tasks: []aftersale.TaskKind{aftersale.TaskCancelOrder}},
	{name: "cancel_unofficial_unshipped_fbm", c: aftersale.CaseCancelOrder, order: order(fbm, unshipped),
		action: ActionCancelOfficialPath},
	{name: "cancel_unshipped_fba", c: aftersale.CaseCancelOrder, notice: aftersale.NoticeCancellation,
		order: order(fba, unshipped), action: ActionCancelFBA},
	{name: "cancel_shipped_fbm", c: aftersale.CaseCancelOrder, order: order(fbm, shipped),
		action: ActionCancelShippedRefuse},
	{name: "cancel_shipped_fba", c: aftersale.CaseCancelOrder, order: order(fba, shipped),
		action: ActionCancelShippedRefuse},
	{name: "cancel_official_shipped_fbm", c: aftersale.CaseCancelOrder, notice: aftersale.NoticeCancellation,
		order: order(fbm, shipped), action: ActionCancelShippedRefuse},
	{name: "cancel_delivered_fba", c: aftersale.CaseCancelOrder, order: order(fba, delivered),
		action: ActionCancelDeliveredFBAReturn},
	{name: "cancel_delivered_fbm", c: aftersale.CaseCancelOrder, order: order(fbm, delivered),
		action: ActionCancelDeliveredFBMRefund},
	{name: "cancel_already_canceled", c: aftersale.CaseCancelOrder, order: order(fbm, canceledSt),
		action: ActionCancelAlreadyCanceled},
	{name: "cancel_unknown_order", c: aftersale.CaseCancelOrder, notice: aftersale.NoticeCancellation, order: noOrder,
		action: ActionCancelOrderUnknown, human: true, tasks: []aftersale.TaskKind{aftersale.TaskCheckOrder},
		placeholders: []string{"order status"}},
	{name: "cancel_known_order_without_status", c: aftersale.CaseCancelOrder, order: order(fbm, unknownSt),
		action: ActionCancelOrderUnknown, human: true, tasks: []aftersale.TaskKind{aftersale.TaskCheckOrder},
		placeholders: []string{"order status"}},

	// shipping_inquiry
	{name: "shipping_fba", c: aftersale.CaseShippingInquiry, order: order(fba, shipped),
		action: ActionShippingFBA},
	{name: "shipping_fbm_tracking", c: aftersale.CaseShippingInquiry, order: order(fbm, shipped),
		action: ActionShippingTracking},
	{name: "shipping_fbm_tracking_delivered", c: aftersale.CaseShippingInquiry, order: order(fbm, delivered),
		action: ActionShippingTracking},
	{name: "shipping_fbm_tracking_no_carrier", c: aftersale.CaseShippingInquiry,
		order:  order(fbm, shipped, func(o *aftersale.Order) { o.Carrier, o.LatestDelivery = "", time.Time{} }),
		action: ActionShippingTracking, placeholders: []string{"carrier"}},
	{name: "shipping_fbm_overdue", c: aftersale.CaseShippingInquiry,
		order:  order(fbm, shipped, func(o *aftersale.Order) { o.LatestDelivery = now.AddDate(0, 0, -2) }),
		action: ActionShippingTracking, human: true},
	{name: "shipping_fbm_unshipped_no_tracking", c: aftersale.CaseShippingInquiry, order: order(fbm, unshipped),
		action: ActionShippingNoTracking, human: true, tasks: []aftersale.TaskKind{aftersale.TaskAddTracking},
		placeholders: []string{"dispatch date"}},
	{name: "shipping_fbm_shipped_no_tracking", c: aftersale.CaseShippingInquiry, order: order(fbm, shipped, noTracking),
		action: ActionShippingNoTracking, human: true, tasks: []aftersale.TaskKind{aftersale.TaskAddTracking}},
	{name: "shipping_unknown_order", c: aftersale.CaseShippingInquiry, order: noOrder,
		action: ActionShippingOrderUnknown, human: true, tasks: []aftersale.TaskKind{aftersale.TaskCheckOrder},
		placeholders: []string{"carrier", "tracking", "expected delivery"}},
	{name: "shipping_canceled", c: aftersale.CaseShippingInquiry, order: order(fbm, canceledSt),
		action: ActionOrderCanceledInfo, human: true},

	// return_unwanted
	{name: "return_unwanted_fba", c: aftersale.CaseReturnUnwanted, order: order(fba, delivered),
		action: ActionReturnKeepOffer},
	{name: "return_unwanted_fbm", c: aftersale.CaseReturnUnwanted, order: order(fbm, delivered),
		action: ActionReturnKeepOffer},
	{name: "return_unwanted_unknown_order", c: aftersale.CaseReturnUnwanted, order: noOrder,
		action: ActionReturnKeepOffer},
	{name: "return_unwanted_unshipped_is_cancel", c: aftersale.CaseReturnUnwanted, order: order(fbm, unshipped),
		action: ActionCancelOfficialPath},

	// return_dissatisfied, per sub-reason
	{name: "dissatisfied_damaged", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDamaged,
		order: order(fbm, delivered), action: ActionDissatisfiedDamaged},
	{name: "dissatisfied_wrong_item", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubWrongItem,
		order: order(fba, delivered), action: ActionDissatisfiedWrongItem},
	{name: "dissatisfied_not_received", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubNotReceived,
		order:  order(fbm, shipped, func(o *aftersale.Order) { o.LatestDelivery = now.AddDate(0, 0, -5) }),
		action: ActionDissatisfiedNotReceived, human: true},
	{name: "dissatisfied_not_received_carrier_says_delivered", c: aftersale.CaseReturnDissatisfied,
		sub: aftersale.SubNotReceived, order: order(fbm, delivered), action: ActionDissatisfiedNotReceived},
	{name: "dissatisfied_not_received_unshipped", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubNotReceived,
		order: order(fbm, unshipped), action: ActionShippingNoTracking, human: true,
		tasks: []aftersale.TaskKind{aftersale.TaskAddTracking}, placeholders: []string{"dispatch date"}},
	{name: "dissatisfied_defective", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDefective,
		order: order(fbm, delivered), action: ActionDissatisfiedDefective},
	{name: "dissatisfied_missing_parts", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubMissingParts,
		order: noOrder, action: ActionDissatisfiedMissingParts},
	{name: "dissatisfied_no_sub_reason", c: aftersale.CaseReturnDissatisfied,
		order: order(fbm, delivered), action: ActionDissatisfiedGeneral},

	// returned_goods: tasks, never a reply
	{name: "returned_goods_intact", c: aftersale.CaseReturnedGoods, notice: aftersale.NoticeReturnRequest,
		order: order(fba, delivered), action: ActionReturnedGoodsTask, noResponse: true,
		tasks: []aftersale.TaskKind{aftersale.TaskRelabelResell}},
	{name: "returned_goods_damaged_fbm_refund_due", c: aftersale.CaseReturnedGoods, sub: aftersale.SubDamaged,
		notice: aftersale.NoticeReturnRequest,
		order:  order(fbm, aftersale.StatusReturned, func(o *aftersale.Order) { o.ReturnReceived = now }),
		action: ActionReturnedGoodsTask, noResponse: true,
		tasks: []aftersale.TaskKind{aftersale.TaskDispose, aftersale.TaskRefund}},
	// A buyer's "I sent it back" is answered like refund_status, never
	// swallowed as a notice.
	{name: "returned_goods_from_buyer_return_received", c: aftersale.CaseReturnedGoods,
		order:  order(fbm, aftersale.StatusReturned, func(o *aftersale.Order) { o.ReturnReceived = now.AddDate(0, 0, -1) }),
		action: ActionRefundProcessing, tasks: []aftersale.TaskKind{aftersale.TaskRefund}},

	// negative_review
	{name: "review_known_order", c: aftersale.CaseNegativeReview, order: order(fbm, delivered),
		action: ActionReviewResolve},
	{name: "review_unknown_order", c: aftersale.CaseNegativeReview, notice: aftersale.NoticeFeedback, order: noOrder,
		action: ActionReviewResolve, tasks: []aftersale.TaskKind{aftersale.TaskCheckOrder}},

	// refund_status
	{name: "refund_on_record", c: aftersale.CaseRefundStatus,
		order: order(fbm, aftersale.StatusReturned, func(o *aftersale.Order) {
			o.RefundAmount, o.RefundDate = 1999, now.AddDate(0, 0, -2)
		}),
		action: ActionRefundIssued},
	{name: "refund_return_received_fbm", c: aftersale.CaseRefundStatus,
		order:  order(fbm, aftersale.StatusReturned, func(o *aftersale.Order) { o.ReturnReceived = now.AddDate(0, 0, -1) }),
		action: ActionRefundProcessing, tasks: []aftersale.TaskKind{aftersale.TaskRefund}},
	{name: "refund_return_received_fbm_overdue", c: aftersale.CaseRefundStatus,
		order:  order(fbm, aftersale.StatusReturned, func(o *aftersale.Order) { o.ReturnReceived = now.AddDate(0, 0, -7) }),
		action: ActionRefundProcessing, human: true, tasks: []aftersale.TaskKind{aftersale.TaskRefund}},
	{name: "refund_return_received_fba", c: aftersale.CaseRefundStatus,
		order:  order(fba, aftersale.StatusReturned, func(o *aftersale.Order) { o.ReturnReceived = now.AddDate(0, 0, -1) }),
		action: ActionRefundUnknown, human: true},
	{name: "refund_nothing_on_record", c: aftersale.CaseRefundStatus, order: order(fbm, delivered),
		action: ActionRefundUnknown, human: true, tasks: []aftersale.TaskKind{aftersale.TaskCheckOrder}},
	{name: "refund_unknown_order", c: aftersale.CaseRefundStatus, order: noOrder,
		action: ActionRefundUnknown, human: true, tasks: []aftersale.TaskKind{aftersale.TaskCheckOrder}},

	// other, notices, risk
	{name: "other_buyer_thanks", c: aftersale.CaseOther, text: "Thank you, it arrived safely!", order: order(fbm, delivered),
		action: ActionNoResponse, noResponse: true, tasks: []aftersale.TaskKind{aftersale.TaskMarkNoResponse}},
	{name: "other_buyer_question", c: aftersale.CaseOther, text: "Thanks! Do you also sell this cover in blue?", order: order(fbm, delivered),
		action: ActionOtherReply, human: true, placeholders: []string{"answer"}},
	{name: "auto_reply", c: aftersale.CaseOther, notice: aftersale.NoticeAutoReply, order: noOrder,
		action: ActionNoResponse, noResponse: true},
	{name: "delivery_failure", c: aftersale.CaseOther, notice: aftersale.NoticeDeliveryFailure, order: noOrder,
		action: ActionNoResponse, noResponse: true, human: true},
	{name: "refund_notice_from_amazon", c: aftersale.CaseRefundStatus, notice: aftersale.NoticeRefund,
		order: order(fbm, delivered), action: ActionNoResponse, noResponse: true},
	{name: "atoz_claim_notice", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubNotReceived,
		notice: aftersale.NoticeAtoZ, order: order(fbm, shipped),
		action: ActionHold, human: true, tasks: []aftersale.TaskKind{aftersale.TaskRespondClaim}},
	{name: "legal_threat_in_text", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDefective,
		text: "It broke after a day. If you do not refund me I will talk to my lawyer.", order: order(fbm, delivered),
		action: ActionHold, human: true},
	{name: "atoz_threat_in_text", c: aftersale.CaseShippingInquiry,
		text: "Still nothing. I will open an A-to-z claim tomorrow.", order: order(fbm, shipped),
		action: ActionHold, human: true},
	{name: "classifier_needs_human_keeps_action", c: aftersale.CaseShippingInquiry, classHelp: true,
		order: order(fbm, shipped), action: ActionShippingTracking, human: true},
}

func (tc decideCase) input() Input {
	text := tc.text
	if text == "" {
		text = "Hello, about my order."
	}
	m := buyerMsg("Inquiry from Amazon customer Anna (Order: "+testOrderID+")", text)
	if tc.notice == aftersale.NoticeAutoReply {
		m.AutoReply = true
	}
	if tc.notice == aftersale.NoticeAtoZ || tc.notice == aftersale.NoticeRefund || tc.notice == aftersale.NoticeFeedback {
		m.RelayAlias, m.Sender, m.FromAddr = "", aftersale.SenderAmazon, "do-not-reply@amazon.de"
	}
	c := aftersale.Classification{
		MessageID: m.ID, Case: tc.c, SubReason: tc.sub, Notice: tc.notice, Language: "de", Confidence: 0.9,
		Facts: aftersale.Facts{OrderIDs: m.OrderIDs, NewAddress: tc.newAddr},
	}
	if tc.classHelp {
		c.NeedsHuman = true
		c.Reasons = []string{"low confidence 0.41"}
	}
	return Input{Message: m, Class: c, Order: tc.order, Now: now}
}

func (tc decideCase) settingsFor() Settings {
	s := testSettings()
	if tc.settings != nil {
		tc.settings(&s)
	}
	return s
}

func TestDecide(t *testing.T) {
	for _, tc := range decideCases {
		t.Run(tc.name, func(t *testing.T) {
			d := Decide(tc.input(), tc.settingsFor())
			if d.Action != tc.action {
				t.Errorf("Action = %q, want %q (reasons %q)", d.Action, tc.action, d.Reasons)
			}
			if d.NoResponse != tc.noResponse {
				t.Errorf("NoResponse = %v, want %v", d.NoResponse, tc.noResponse)
			}
			if d.NoResponse && d.NoResponseReason == "" {
				t.Errorf("NoResponse without a reason")
			}
			if d.NeedsHuman != tc.human {
				t.Errorf("NeedsHuman = %v, want %v (reasons %q)", d.NeedsHuman, tc.human, d.Reasons)
			}
			if d.NeedsHuman && len(d.Reasons) == 0 {
				t.Errorf("NeedsHuman without reasons")
			}
			var kinds []aftersale.TaskKind
			for _, task := range d.Tasks {
				kinds = append(kinds, task.Kind)
				if task.Description == "" {
					t.Errorf("task %s has no description", task.Kind)
				}
			}
			if diff := cmp.Diff(tc.tasks, kinds); diff != "" {
				t.Errorf("task kinds (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.placeholders, d.Placeholders); diff != "" {
				t.Errorf("Placeholders (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDecideCoversEveryCase makes sure the table has a row for every case
// and every reply action.
func TestDecideCoversEveryCase(t *testing.T) {
	cases := map[aftersale.Case]bool{}
	actions := map[string]bool{}
	for _, tc := range decideCases {
		cases[tc.c] = true
		actions[tc.action] = true
	}
	for _, c := range aftersale.Cases() {
		if !cases[c] {
			t.Errorf("no decision table row for case %s", c)
		}
	}
	for _, a := range ReplyActions() {
		if !actions[a] {
			t.Errorf("no decision table row for action %s", a)
		}
	}
}

func TestDecideTaskDueDates(t *testing.T) {
	received := time.Date(2026, 3, 13, 15, 0, 0, 0, time.UTC) // a Friday
	in := Input{
		Message: buyerMsg("Refund?", "Where is my refund?"),
		Class:   aftersale.Classification{Case: aftersale.CaseRefundStatus},
		Order:   order(fbm, aftersale.StatusReturned, func(o *aftersale.Order) { o.ReturnReceived = received }),
		Now:     received.Add(time.Hour),
	}
	d := Decide(in, testSettings())
	if len(d.Tasks) != 1 {
		t.Fatalf("Tasks = %v, want one refund task", d.Tasks)
	}
	want := time.Date(2026, 3, 17, 15, 0, 0, 0, time.UTC) // Tuesday: two business days
	if got := d.Tasks[0].Due; !got.Equal(want) {
		t.Errorf("refund task due %v, want %v", got, want)
	}
	if d.Tasks[0].OrderID != testOrderID {
		t.Errorf("task order id %q, want %q", d.Tasks[0].OrderID, testOrderID)
	}

	// The seller's holidays are skipped like weekends: received on
	// Thursday 24 December, with the 25th off the refund is due on Tuesday
	// 29th, not on Monday 28th.
	xmas := time.Date(2026, 12, 24, 15, 0, 0, 0, time.UTC)
	in.Order.ReturnReceived, in.Now = xmas, xmas.Add(time.Hour)
	for _, tt := range []struct {
		holidays []string
		want     time.Time
	}{
		{nil, time.Date(2026, 12, 28, 15, 0, 0, 0, time.UTC)},
		{[]string{"2026-12-25"}, time.Date(2026, 12, 29, 15, 0, 0, 0, time.UTC)},
		{[]string{"2026-12-25", "2026-12-28"}, time.Date(2026, 12, 30, 15, 0, 0, 0, time.UTC)},
	} {
		s := testSettings()
		s.Holidays = tt.holidays
		d := Decide(in, s)
		if len(d.Tasks) != 1 || !d.Tasks[0].Due.Equal(tt.want) {
			t.Errorf("holidays %q: tasks %v, want one refund task due %v", tt.holidays, d.Tasks, tt.want)
		}
	}
}

func TestDecideFacts(t *testing.T) {
	in := Input{
		Message: buyerMsg("Where is it?", "Where is my parcel?"),
		Class:   aftersale.Classification{Case: aftersale.CaseShippingInquiry, Facts: aftersale.Facts{BuyerName: "Anna  {{.Secret}}\r\nBcc: x [[y]]"}},
		Order:   order(fbm, shipped),
		Now:     now,
	}
	d := Decide(in, testSettings())
	want := map[string]string{
		FactOrderID: testOrderID, FactBuyerName: "Anna {{.Secret}} Bcc: x y", FactProduct: "Linen cushion cover",
		FactChannel: "fbm", FactShipped: "true", FactCarrier: "DHL", FactTracking: "00340434161094042557",
		FactShipDate: "2026-03-06", FactExpectedDelivery: "2026-03-12",
	}
	if diff := cmp.Diff(want, d.Facts); diff != "" {
		t.Errorf("Facts (-want +got):\n%s", diff)
	}
}

// TestRenderGolden renders every reply row of the decision table in
// English and German and compares with testdata/<row>.golden. Run with
// -update to rewrite the files, then review the diff.
func TestRenderGolden(t *testing.T) {
	for _, tc := range decideCases {
		if tc.noResponse {
			continue
		}
		t.Run(tc.name, func(t *testing.T) {
			in := tc.input()
			s := tc.settingsFor()
			d := Decide(in, s)
			var b strings.Builder
			for _, lang := range []string{"en", "de", "fr", "es", "it", "ja", "zh"} {
				r, err := Render(d, in, lang, s)
				if err != nil {
					t.Fatalf("Render(%s, %s): %v", d.Action, lang, err)
				}
				if r.Language != lang {
					t.Errorf("Render(%s, %s).Language = %q, want %q", d.Action, lang, r.Language, lang)
				}
				// Decide's placeholder list must match what the template left.
				if diff := cmp.Diff(d.Placeholders, r.Placeholders); diff != "" {
					t.Errorf("%s: rendered placeholders differ from Decision.Placeholders (-decision +rendered):\n%s", lang, diff)
				}
				if !strings.Contains(r.Body, testOrderID) {
					t.Errorf("%s body lacks the order id", lang)
				}
				// A filled draft must pass the policy check except for its
				// placeholders.
				for _, f := range Check(r.Body, s) {
					if f.Rule != RulePlaceholder {
						t.Errorf("%s: Check finding on a rendered draft: %+v", lang, f)
					}
				}
				b.WriteString("--- " + lang + "\nSubject: " + r.Subject + "\n\n" + r.Body)
			}
			golden(t, filepath.Join("testdata", tc.name+".golden"), b.String())
		})
	}
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run go test -update): %v", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}
