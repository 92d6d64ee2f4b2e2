package respond

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
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
	asks      []aftersale.Ask
	given     aftersale.Given

	// offers and requests, when not nil, are the plan's exactly (in any
	// order); an empty non-nil slice means none.
	offers   []Offer
	requests []Request

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
// state (docs/playbook.md, "Decision table", and Amazon's overrides).
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
		action: ActionCancelOrderUnknown, human: true, noResponse: true, tasks: []aftersale.TaskKind{aftersale.TaskCheckOrder, aftersale.TaskCancelOrder}},
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
		action: ActionShippingOrderUnknown, human: true, tasks: []aftersale.TaskKind{aftersale.TaskCheckOrder}, offers: []Offer{}},
	{name: "shipping_canceled", c: aftersale.CaseShippingInquiry, order: order(fbm, canceledSt),
		action: ActionOrderCanceledInfo, human: true},

	// return_unwanted
	{name: "return_unwanted_fba", c: aftersale.CaseReturnUnwanted, order: order(fba, delivered),
		action: ActionReturnKeepOffer},
	{name: "return_unwanted_fbm", c: aftersale.CaseReturnUnwanted, order: order(fbm, delivered),
		action: ActionReturnKeepOffer},
	{name: "return_unwanted_unknown_order", c: aftersale.CaseReturnUnwanted, order: noOrder,
		action: ActionReturnKeepOffer, human: true, tasks: []aftersale.TaskKind{aftersale.TaskCheckOrder}},
	{name: "return_unwanted_unshipped_is_cancel", c: aftersale.CaseReturnUnwanted, order: order(fbm, unshipped),
		action: ActionCancelOfficialPath},

	// return_dissatisfied, per sub-reason
	{name: "dissatisfied_damaged", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDamaged,
		order: order(fbm, delivered), action: ActionDissatisfiedDamaged, tasks: []aftersale.TaskKind{aftersale.TaskReship}},
	{name: "dissatisfied_wrong_item", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubWrongItem,
		order: order(fba, delivered), action: ActionDissatisfiedWrongItem},
	{name: "dissatisfied_not_received", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubNotReceived,
		order:  order(fbm, shipped, func(o *aftersale.Order) { o.LatestDelivery = now.AddDate(0, 0, -5) }),
		action: ActionDissatisfiedNotReceived, human: true, tasks: []aftersale.TaskKind{aftersale.TaskReship}},
	{name: "dissatisfied_not_received_carrier_says_delivered", c: aftersale.CaseReturnDissatisfied,
		sub: aftersale.SubNotReceived, order: order(fbm, delivered), action: ActionDissatisfiedNotReceived, tasks: []aftersale.TaskKind{aftersale.TaskReship}},
	{name: "dissatisfied_not_received_unshipped", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubNotReceived,
		order: order(fbm, unshipped), action: ActionShippingNoTracking, human: true,
		tasks: []aftersale.TaskKind{aftersale.TaskAddTracking}, placeholders: []string{"dispatch date"}},
	{name: "dissatisfied_defective", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDefective,
		order: order(fbm, delivered), action: ActionDissatisfiedDefective},
	{name: "dissatisfied_missing_parts", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubMissingParts,
		order: noOrder, action: ActionDissatisfiedMissingParts, human: true,
		tasks:    []aftersale.TaskKind{aftersale.TaskShipParts, aftersale.TaskCheckOrder},
		offers:   []Offer{OfferSendParts},
		requests: []Request{RequestMissingPart, RequestPhoto}},
	{name: "dissatisfied_no_sub_reason", c: aftersale.CaseReturnDissatisfied,
		order: order(fbm, delivered), action: ActionDissatisfiedGeneral},

	// returned_goods: tasks, never a reply
	{name: "returned_goods_intact", c: aftersale.CaseReturnedGoods, notice: aftersale.NoticeReturnReceived,
		order: order(fba, delivered), action: ActionReturnedGoodsTask, noResponse: true,
		tasks: []aftersale.TaskKind{aftersale.TaskRelabelResell}},
	{name: "returned_goods_damaged_fbm_refund_due", c: aftersale.CaseReturnedGoods, sub: aftersale.SubDamaged,
		notice: aftersale.NoticeReturnReceived,
		order:  order(fbm, aftersale.StatusReturned, func(o *aftersale.Order) { o.ReturnReceived = now }),
		action: ActionReturnedGoodsTask, noResponse: true,
		tasks: []aftersale.TaskKind{aftersale.TaskDispose, aftersale.TaskRefund}},
	{name: "returned_goods_notice_fbm_not_in_records", c: aftersale.CaseReturnedGoods,
		notice: aftersale.NoticeReturnReceived, order: order(fbm, delivered),
		action: ActionReturnedGoodsTask, noResponse: true,
		tasks: []aftersale.TaskKind{aftersale.TaskRelabelResell, aftersale.TaskRefund}},
	// Amazon's return authorisations: tasks, no reply to the no-reply sender.
	{name: "return_request_notice_fbm", c: aftersale.CaseReturnUnwanted, notice: aftersale.NoticeReturnRequest,
		order: order(fbm, delivered), action: ActionReturnRequestTask, noResponse: true,
		tasks: []aftersale.TaskKind{aftersale.TaskRelabelResell, aftersale.TaskRefund}},
	{name: "return_request_notice_defective_fbm", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDefective,
		notice: aftersale.NoticeReturnRequest, order: order(fbm, delivered), action: ActionReturnRequestTask, noResponse: true,
		tasks: []aftersale.TaskKind{aftersale.TaskDispose, aftersale.TaskRefund}},
	{name: "return_request_notice_fba", c: aftersale.CaseReturnUnwanted, notice: aftersale.NoticeReturnRequest,
		order: order(fba, delivered), action: ActionReturnRequestTask, noResponse: true,
		tasks: []aftersale.TaskKind{aftersale.TaskRelabelResell}},
	// A buyer's "I sent it back" is answered like refund_status, never
	// swallowed as a notice.
	{name: "returned_goods_from_buyer_return_received", c: aftersale.CaseReturnedGoods,
		order:  order(fbm, aftersale.StatusReturned, func(o *aftersale.Order) { o.ReturnReceived = now.AddDate(0, 0, -1) }),
		action: ActionRefundProcessing, tasks: []aftersale.TaskKind{aftersale.TaskRefund}},

	// negative_review
	{name: "review_known_order", c: aftersale.CaseNegativeReview, order: order(fbm, delivered),
		action: ActionReviewResolve, tasks: []aftersale.TaskKind{aftersale.TaskReship}},
	{name: "review_unknown_order", c: aftersale.CaseNegativeReview, order: noOrder,
		action: ActionReviewResolve, human: true, tasks: []aftersale.TaskKind{aftersale.TaskReship, aftersale.TaskCheckOrder}},
	// Amazon's feedback and review alerts: a task to contact the buyer, no reply.
	{name: "feedback_alert_known_order", c: aftersale.CaseNegativeReview, notice: aftersale.NoticeFeedback,
		order: order(fbm, delivered), action: ActionFeedbackTask, noResponse: true,
		tasks: []aftersale.TaskKind{aftersale.TaskContactBuyer}},
	{name: "review_alert_unknown_order", c: aftersale.CaseNegativeReview, notice: aftersale.NoticeReviewAlert,
		order: noOrder, action: ActionFeedbackTask, noResponse: true,
		tasks: []aftersale.TaskKind{aftersale.TaskContactBuyer, aftersale.TaskCheckOrder}},

	// refund_status
	{name: "refund_on_record", c: aftersale.CaseRefundStatus,
		order: order(fbm, aftersale.StatusReturned, func(o *aftersale.Order) {
			o.RefundAmount, o.RefundDate = 1999, now.AddDate(0, 0, -2)
		}),
		action: ActionRefundIssued},
	{name: "refund_return_received_fbm", c: aftersale.CaseRefundStatus,
		order:  order(fbm, aftersale.StatusReturned, func(o *aftersale.Order) { o.ReturnReceived = now.AddDate(0, 0, -1) }),
		action: ActionRefundProcessing, tasks: []aftersale.TaskKind{aftersale.TaskRefund},
		offers: []Offer{OfferRefund}},
	{name: "refund_return_received_fbm_overdue", c: aftersale.CaseRefundStatus,
		order:  order(fbm, aftersale.StatusReturned, func(o *aftersale.Order) { o.ReturnReceived = now.AddDate(0, 0, -7) }),
		action: ActionRefundProcessing, human: true, tasks: []aftersale.TaskKind{aftersale.TaskRefund}},
	{name: "refund_return_received_fba", c: aftersale.CaseRefundStatus,
		order:  order(fba, aftersale.StatusReturned, func(o *aftersale.Order) { o.ReturnReceived = now.AddDate(0, 0, -1) }),
		action: ActionRefundUnknown, human: true, tasks: []aftersale.TaskKind{aftersale.TaskCheckOrder}},
	{name: "refund_nothing_on_record", c: aftersale.CaseRefundStatus, order: order(fbm, delivered),
		action: ActionRefundUnknown, human: true, tasks: []aftersale.TaskKind{aftersale.TaskCheckOrder}},
	{name: "refund_unknown_order", c: aftersale.CaseRefundStatus, order: noOrder,
		action: ActionRefundUnknown, human: true, tasks: []aftersale.TaskKind{aftersale.TaskCheckOrder}},

	// other, notices, risk
	{name: "other_buyer_thanks", c: aftersale.CaseOther, text: "Thank you, it arrived safely!", order: order(fbm, delivered),
		action: ActionNoResponse, noResponse: true, tasks: []aftersale.TaskKind{aftersale.TaskMarkNoResponse}},
	{name: "other_buyer_question", c: aftersale.CaseOther, text: "Thanks! Do you also sell this cover in blue?", order: order(fbm, delivered),
		action: ActionOtherReply, human: true, noResponse: true},
	{name: "auto_reply", c: aftersale.CaseOther, notice: aftersale.NoticeAutoReply, order: noOrder,
		action: ActionNoResponse, noResponse: true},
	{name: "delivery_failure", c: aftersale.CaseOther, notice: aftersale.NoticeDeliveryFailure, order: noOrder,
		action: ActionNoResponse, noResponse: true, human: true},
	{name: "refund_notice_from_amazon", c: aftersale.CaseRefundStatus, notice: aftersale.NoticeRefund,
		order: order(fbm, delivered), action: ActionNoResponse, noResponse: true},
	{name: "atoz_claim_notice", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubNotReceived,
		notice: aftersale.NoticeAtoZ, order: order(fbm, shipped),
		action: ActionClaimTask, noResponse: true, human: true, tasks: []aftersale.TaskKind{aftersale.TaskRespondClaim}},
	{name: "chargeback_notice", c: aftersale.CaseOther, notice: aftersale.NoticeChargeback, order: order(fbm, delivered),
		action: ActionClaimTask, noResponse: true, human: true, tasks: []aftersale.TaskKind{aftersale.TaskRespondClaim}},
	{name: "legal_threat_in_text", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDefective,
		text: "It broke after a day. If you do not refund me I will talk to my lawyer.", order: order(fbm, delivered),
		action: ActionHold, human: true},
	// An A-to-z threat is answered by the table (solving the problem is
	// what prevents the claim), read by a person first.
	{name: "atoz_threat_in_text", c: aftersale.CaseShippingInquiry,
		text: "Still nothing. I will open an A-to-z claim tomorrow.", order: order(fbm, shipped),
		action: ActionShippingTracking, human: true, offers: []Offer{OfferTracking}},
	{name: "atoz_threat_refund_asked", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubNotReceived,
		text: "Two weeks late. Refund me or I file an A-to-z claim.", asks: []aftersale.Ask{aftersale.AskRefund},
		order:  order(fbm, shipped, func(o *aftersale.Order) { o.LatestDelivery = now.AddDate(0, 0, -7) }),
		action: ActionDissatisfiedNotReceived, human: true, tasks: []aftersale.TaskKind{aftersale.TaskRefund},
		offers: []Offer{OfferRefund, OfferTracking}, requests: []Request{}},
	{name: "classifier_needs_human_keeps_action", c: aftersale.CaseShippingInquiry, classHelp: true,
		order: order(fbm, shipped), action: ActionShippingTracking, human: true},

	// Plans: what the buyer asks for and already said chooses among the
	// playbook's remedies, and nothing the message gives is asked again.
	{name: "plan_missing_part_named_send_asked", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubMissingParts,
		asks: []aftersale.Ask{aftersale.AskSendParts}, given: aftersale.Given{MissingPart: "screws", MissingCount: 4},
		order: order(fbm, delivered), action: ActionDissatisfiedMissingParts,
		tasks: []aftersale.TaskKind{aftersale.TaskShipParts}, offers: []Offer{OfferSendParts}, requests: []Request{}},
	{name: "plan_missing_part_unnamed_photo_sent", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubMissingParts,
		given: aftersale.Given{Photo: true}, order: order(fbm, delivered), action: ActionDissatisfiedMissingParts,
		tasks: []aftersale.TaskKind{aftersale.TaskShipParts}, offers: []Offer{OfferSendParts}, requests: []Request{RequestMissingPart}},
	{name: "plan_missing_part_refund_asked_cheap", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubMissingParts,
		asks: []aftersale.Ask{aftersale.AskRefund}, order: order(fbm, delivered), action: ActionDissatisfiedMissingParts,
		tasks: []aftersale.TaskKind{aftersale.TaskRefund}, offers: []Offer{OfferRefund, OfferKeepWithRefund}, requests: []Request{}},
	{name: "plan_missing_part_no_replacements_setting", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubMissingParts,
		asks: []aftersale.Ask{aftersale.AskSendParts}, given: aftersale.Given{MissingPart: "screws"},
		settings: func(s *Settings) { s.NoReplacements = true },
		order:    order(fbm, delivered), action: ActionDissatisfiedMissingParts,
		offers: []Offer{OfferReturn, OfferRefund}, requests: []Request{}},
	{name: "plan_wrong_colour_exchange_fbm", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubWrongItem,
		asks: []aftersale.Ask{aftersale.AskReplacement, aftersale.AskReturn}, given: aftersale.Given{Ordered: "navy", Received: "grey"},
		order: order(fbm, delivered), action: ActionDissatisfiedWrongItem,
		tasks:  []aftersale.TaskKind{aftersale.TaskReship},
		offers: []Offer{OfferReplacement, OfferReturn, OfferRefund}, requests: []Request{RequestPhoto}},
	{name: "plan_wrong_colour_exchange_fba", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubWrongItem,
		asks: []aftersale.Ask{aftersale.AskReplacement}, given: aftersale.Given{Ordered: "navy", Received: "grey"},
		order: order(fba, delivered), action: ActionDissatisfiedWrongItem,
		offers: []Offer{OfferReplacement, OfferReturn}, requests: []Request{RequestPhoto}},
	{name: "plan_wrong_item_photo_sent_no_ask", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubWrongItem,
		given: aftersale.Given{Photo: true}, order: order(fbm, delivered), action: ActionDissatisfiedWrongItem,
		offers: []Offer{OfferReplacement, OfferReturn, OfferRefund}, requests: []Request{}, tasks: []aftersale.TaskKind{aftersale.TaskReship}},
	{name: "plan_damaged_refund_worth_a_return", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDamaged,
		asks: []aftersale.Ask{aftersale.AskRefund}, order: order(fbm, delivered, value(8999)), action: ActionDissatisfiedDamaged,
		tasks: []aftersale.TaskKind{aftersale.TaskRefund}, offers: []Offer{OfferRefund, OfferReturn}, requests: []Request{RequestPhoto}},
	// A delivered order cancelled because it does not fit, read as a
	// defect: the cancellation, with a refund offered instead of a return.
	{name: "fit_cancel_read_as_defective", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDefective,
		text: "昨日届きましたが、サイズが合わず使えないのでキャンセルしたいです。", asks: []aftersale.Ask{aftersale.AskCancel},
		given: aftersale.Given{Symptom: "サイズが合わず使えない", Complaint: aftersale.SubDefective},
		order: order(fbm, delivered), action: ActionCancelDeliveredFBMRefund},
	// "When do I get my money back?" on a delivered order read as a
	// shipping question: the refund status (nothing on record: check it).
	{name: "shipping_read_refund_asked_delivered", c: aftersale.CaseShippingInquiry, text: "Quand est-ce que vous me rendez mon argent ?",
		asks: []aftersale.Ask{aftersale.AskRefund, aftersale.AskDeliveryDate}, order: order(fbm, delivered),
		action: ActionRefundUnknown, tasks: []aftersale.TaskKind{aftersale.TaskCheckOrder}, human: true},
	// New pieces asked for the ones that came broken: they are sent, with
	// a ship_parts task, and no part is asked for (none is missing).
	{name: "plan_damaged_broken_pieces_sent", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDamaged,
		asks: []aftersale.Ask{aftersale.AskSendParts}, given: aftersale.Given{Photo: true, Complaint: aftersale.SubDamaged},
		order: order(fbm, delivered), action: ActionDissatisfiedDamaged,
		tasks: []aftersale.TaskKind{aftersale.TaskShipParts}, offers: []Offer{OfferSendParts}, requests: []Request{}},
	{name: "plan_damaged_replacement_photo_sent", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDamaged,
		asks: []aftersale.Ask{aftersale.AskReplacement}, given: aftersale.Given{Photo: true},
		order: order(fbm, delivered), action: ActionDissatisfiedDamaged,
		tasks: []aftersale.TaskKind{aftersale.TaskReship}, offers: []Offer{OfferReplacement}, requests: []Request{}},
	{name: "plan_defective_described_either_fba", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDefective,
		asks:  []aftersale.Ask{aftersale.AskReplacement, aftersale.AskRefund},
		given: aftersale.Given{Symptom: "It never powers on."}, order: order(fba, delivered), action: ActionDissatisfiedDefective,
		offers: []Offer{OfferReplacement, OfferRefund, OfferReturn}, requests: []Request{RequestPhoto}},
	{name: "plan_defective_described_either_fbm", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDefective,
		asks:  []aftersale.Ask{aftersale.AskReplacement, aftersale.AskRefund},
		given: aftersale.Given{Symptom: "It never powers on.", Video: true, Photo: true}, order: order(fbm, delivered),
		action: ActionDissatisfiedDefective, tasks: []aftersale.TaskKind{aftersale.TaskReship},
		offers: []Offer{OfferReplacement, OfferRefund}, requests: []Request{}},
	{name: "plan_defective_undescribed", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDefective,
		order: order(fbm, delivered), action: ActionDissatisfiedDefective,
		offers: []Offer{OfferReturn, OfferRefund}, requests: []Request{RequestSymptom, RequestPhoto}},
	{name: "plan_general_photo_sent_undescribed", c: aftersale.CaseReturnDissatisfied, given: aftersale.Given{Photo: true},
		order: order(fbm, delivered), action: ActionDissatisfiedGeneral,
		offers: []Offer{OfferReturn, OfferRefund}, requests: []Request{RequestSymptom}},
	{name: "plan_general_partial_refund", c: aftersale.CaseReturnDissatisfied,
		asks: []aftersale.Ask{aftersale.AskPartialRefund}, given: aftersale.Given{Symptom: "The colour is paler than in the photos.", Keep: "yes"},
		order: order(fbm, delivered), action: ActionDissatisfiedGeneral, human: true, placeholders: []string{"partial refund"},
		tasks: []aftersale.TaskKind{aftersale.TaskRefund}, offers: []Offer{OfferPartialRefund, OfferKeepWithRefund},
		requests: []Request{RequestPhoto}},
	{name: "plan_not_received_refund_fbm", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubNotReceived,
		asks: []aftersale.Ask{aftersale.AskRefund}, order: order(fbm, shipped), action: ActionDissatisfiedNotReceived,
		tasks: []aftersale.TaskKind{aftersale.TaskRefund}, offers: []Offer{OfferRefund, OfferTracking}, requests: []Request{}},
	{name: "plan_not_received_fba", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubNotReceived,
		order: order(fba, shipped), action: ActionDissatisfiedNotReceived,
		offers: []Offer{OfferAmazonSupport, OfferTracking, OfferRefund}, requests: []Request{}},
	{name: "plan_review_refund_problem_said", c: aftersale.CaseNegativeReview,
		asks: []aftersale.Ask{aftersale.AskRefund}, given: aftersale.Given{Symptom: "It went completely flat after a week."},
		order: order(fbm, delivered), action: ActionReviewResolve, tasks: []aftersale.TaskKind{aftersale.TaskRefund},
		offers: []Offer{OfferRefund, OfferKeepWithRefund}, requests: []Request{}},
	{name: "plan_review_refund_expensive", c: aftersale.CaseNegativeReview,
		asks: []aftersale.Ask{aftersale.AskRefund}, given: aftersale.Given{Symptom: "It went completely flat after a week."},
		order: order(fbm, delivered, value(8999)), action: ActionReviewResolve, human: true,
		tasks: []aftersale.TaskKind{aftersale.TaskRefund}, offers: []Offer{OfferRefund, OfferKeepWithRefund}, requests: []Request{}},
	{name: "plan_review_visible_fault_photo", c: aftersale.CaseNegativeReview,
		given: aftersale.Given{Symptom: "The colour is a dull grey, not the green in the pictures."},
		order: order(fbm, delivered), action: ActionReviewResolve, tasks: []aftersale.TaskKind{aftersale.TaskReship},
		offers: []Offer{OfferRefund, OfferReplacement}, requests: []Request{RequestPhoto}},
	{name: "plan_review_nothing_said", c: aftersale.CaseNegativeReview, order: order(fbm, delivered), action: ActionReviewResolve,
		offers: []Offer{OfferRefund, OfferReplacement}, requests: []Request{RequestSymptom}, tasks: []aftersale.TaskKind{aftersale.TaskReship}},
	{name: "plan_unwanted_will_not_keep_fbm", c: aftersale.CaseReturnUnwanted, asks: []aftersale.Ask{aftersale.AskReturn},
		given: aftersale.Given{Keep: "no"}, order: order(fbm, delivered), action: ActionReturnKeepOffer,
		offers: []Offer{OfferReturn, OfferRefund}, requests: []Request{}},
	{name: "plan_unwanted_will_not_keep_fba", c: aftersale.CaseReturnUnwanted, given: aftersale.Given{Keep: "no"},
		order: order(fba, delivered), action: ActionReturnKeepOffer, offers: []Offer{OfferReturn, OfferRefund}, requests: []Request{}},
	{name: "plan_unwanted_partial_refund", c: aftersale.CaseReturnUnwanted, asks: []aftersale.Ask{aftersale.AskPartialRefund},
		order: order(fbm, delivered), action: ActionReturnKeepOffer, human: true, placeholders: []string{"partial refund"},
		tasks: []aftersale.TaskKind{aftersale.TaskRefund}, offers: []Offer{OfferPartialRefund, OfferKeepWithRefund}, requests: []Request{}},
	{name: "plan_unwanted_exchange_no_variant_fbm", c: aftersale.CaseReturnUnwanted, asks: []aftersale.Ask{aftersale.AskReplacement},
		order: order(fbm, delivered), action: ActionReturnKeepOffer, tasks: []aftersale.TaskKind{aftersale.TaskReship},
		offers: []Offer{OfferReplacement, OfferReturn}, requests: []Request{RequestVariant}},
	{name: "plan_unwanted_exchange_size_fba", c: aftersale.CaseReturnUnwanted, asks: []aftersale.Ask{aftersale.AskReplacement},
		given: aftersale.Given{Wanted: "L"}, order: order(fba, delivered), action: ActionReturnKeepOffer,
		offers: []Offer{OfferReturn, OfferRefund}, requests: []Request{}},
	{name: "plan_cancel_shipped_reason_given", c: aftersale.CaseCancelOrder, given: aftersale.Given{Reason: "I ordered it twice."},
		order: order(fbm, shipped), action: ActionCancelShippedRefuse,
		offers: []Offer{OfferReturn, OfferRefund, OfferTracking}, requests: []Request{RequestKeepItem}},
	{name: "plan_cancel_shipped_will_refuse", c: aftersale.CaseCancelOrder,
		given: aftersale.Given{Reason: "I found it cheaper.", Keep: "no"}, order: order(fba, shipped), action: ActionCancelShippedRefuse,
		offers: []Offer{OfferReturn, OfferRefund, OfferTracking}, requests: []Request{}},
	{name: "plan_cancel_delivered_reason_given", c: aftersale.CaseCancelOrder, given: aftersale.Given{Reason: "I ordered it by mistake."},
		order: order(fbm, delivered), action: ActionCancelDeliveredFBMRefund,
		offers: []Offer{OfferKeepWithRefund, OfferRefund}, requests: []Request{RequestKeepItem}},
	{name: "plan_refund_status_is_a_complaint", c: aftersale.CaseRefundStatus, asks: []aftersale.Ask{aftersale.AskRefund},
		given: aftersale.Given{Symptom: "The toaster does not react at all."}, order: order(fbm, delivered),
		action: ActionDissatisfiedGeneral, tasks: []aftersale.TaskKind{aftersale.TaskRefund},
		offers: []Offer{OfferRefund, OfferKeepWithRefund}, requests: []Request{RequestPhoto}},
	{name: "plan_refund_status_sent_back", c: aftersale.CaseRefundStatus, asks: []aftersale.Ask{aftersale.AskRefund},
		text: "I sent the broken toaster back last week. Where is my refund?", given: aftersale.Given{Symptom: "the broken toaster"},
		order: order(fbm, delivered), action: ActionRefundUnknown, human: true, tasks: []aftersale.TaskKind{aftersale.TaskCheckOrder},
		offers: []Offer{}, requests: []Request{}},
	{name: "plan_refund_status_where_is_parcel", c: aftersale.CaseRefundStatus, asks: []aftersale.Ask{aftersale.AskTracking},
		order: order(fbm, shipped), action: ActionShippingTracking, offers: []Offer{OfferTracking}, requests: []Request{}},
	{name: "plan_not_received_but_part_missing", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubNotReceived,
		asks: []aftersale.Ask{aftersale.AskSendParts}, order: order(fbm, delivered), action: ActionDissatisfiedMissingParts,
		tasks: []aftersale.TaskKind{aftersale.TaskShipParts}, offers: []Offer{OfferSendParts}, requests: []Request{RequestMissingPart, RequestPhoto}},
	{name: "plan_not_received_but_would_keep", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubNotReceived,
		asks: []aftersale.Ask{aftersale.AskPartialRefund}, given: aftersale.Given{Keep: "yes", Symptom: "The colour is different."},
		order: order(fbm, delivered), action: ActionDissatisfiedGeneral, human: true, placeholders: []string{"partial refund"},
		tasks: []aftersale.TaskKind{aftersale.TaskRefund}, offers: []Offer{OfferPartialRefund, OfferKeepWithRefund}, requests: []Request{RequestPhoto}},
	{name: "plan_shipping_read_but_part_missing", c: aftersale.CaseShippingInquiry,
		asks: []aftersale.Ask{aftersale.AskSendParts}, given: aftersale.Given{MissingPart: "buttons", MissingCount: 2},
		order: order(fbm, delivered), action: ActionDissatisfiedMissingParts,
		tasks: []aftersale.TaskKind{aftersale.TaskShipParts}, offers: []Offer{OfferSendParts}, requests: []Request{}},
	{name: "plan_shipping_no_order_id", c: aftersale.CaseShippingInquiry, order: noOrder, action: ActionShippingOrderUnknown,
		human: true, tasks: []aftersale.TaskKind{aftersale.TaskCheckOrder},
		placeholders: []string{"order id"}, offers: []Offer{}, requests: []Request{RequestOrderID}},

	// A remedy the buyer refuses is not offered; one who keeps the item is
	// not sent a return.
	{name: "plan_damaged_replacement_declined", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDamaged,
		given: aftersale.Given{Declined: []aftersale.Ask{aftersale.AskReplacement}}, order: order(fbm, delivered),
		action: ActionDissatisfiedDamaged, tasks: []aftersale.TaskKind{aftersale.TaskRefund},
		offers: []Offer{OfferRefund, OfferKeepWithRefund}, requests: []Request{RequestPhoto}},
	{name: "plan_damaged_buyer_keeps_it", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDamaged,
		given: aftersale.Given{Keep: "yes", Symptom: "One cover has a torn seam."}, order: order(fbm, delivered),
		action: ActionDissatisfiedDamaged, human: true, placeholders: []string{"partial refund"},
		tasks: []aftersale.TaskKind{aftersale.TaskRefund}, offers: []Offer{OfferPartialRefund, OfferKeepWithRefund}, requests: []Request{RequestPhoto}},
	{name: "plan_defective_refund_return_declined", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDefective,
		asks: []aftersale.Ask{aftersale.AskRefund}, given: aftersale.Given{Symptom: "The pump leaks.", Declined: []aftersale.Ask{aftersale.AskReturn}},
		order: order(fbm, delivered, value(8999)), action: ActionDissatisfiedDefective, human: true,
		tasks: []aftersale.TaskKind{aftersale.TaskRefund}, offers: []Offer{OfferRefund, OfferKeepWithRefund}, requests: []Request{RequestPhoto}},
	// A review gets the remedy its complaint calls for.
	{name: "plan_review_missing_part", c: aftersale.CaseNegativeReview,
		given: aftersale.Given{MissingPart: "drawer handle", Complaint: aftersale.SubMissingParts}, order: order(fbm, delivered),
		action: ActionReviewResolve, tasks: []aftersale.TaskKind{aftersale.TaskShipParts}, offers: []Offer{OfferSendParts}, requests: []Request{}},
	{name: "plan_review_wrong_item", c: aftersale.CaseNegativeReview, given: aftersale.Given{Complaint: aftersale.SubWrongItem},
		order: order(fbm, delivered), action: ActionReviewResolve, tasks: []aftersale.TaskKind{aftersale.TaskReship},
		offers: []Offer{OfferReplacement, OfferReturn, OfferRefund}, requests: []Request{RequestPhoto}},
	{name: "plan_review_not_received", c: aftersale.CaseNegativeReview, given: aftersale.Given{Complaint: aftersale.SubNotReceived},
		order: order(fbm, shipped), action: ActionReviewResolve, tasks: []aftersale.TaskKind{aftersale.TaskReship},
		offers: []Offer{OfferReplacement, OfferRefund}, requests: []Request{}},
	{name: "plan_review_late_delivery", c: aftersale.CaseNegativeReview, text: "Delivery took two weeks, so one star from me.",
		order: order(fbm, delivered), action: ActionReviewResolve, tasks: []aftersale.TaskKind{aftersale.TaskReship},
		offers: []Offer{OfferRefund, OfferReplacement}, requests: []Request{}},
	// Another case that describes a fault or a wrong item is a complaint.
	{name: "plan_unwanted_fault_described", c: aftersale.CaseReturnUnwanted, asks: []aftersale.Ask{aftersale.AskReturn},
		given: aftersale.Given{Symptom: "The battery no longer charges.", Complaint: aftersale.SubDefective},
		order: order(fbm, delivered), action: ActionDissatisfiedDefective,
		offers: []Offer{OfferReturn, OfferRefund}, requests: []Request{RequestPhoto}},
	{name: "damaged_read_part_named", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDamaged,
		given: aftersale.Given{MissingPart: "dough hook"}, order: order(fba, delivered),
		action: ActionDissatisfiedMissingParts, tasks: []aftersale.TaskKind{aftersale.TaskShipParts},
		offers: []Offer{OfferSendParts}, requests: []Request{}},
	{name: "damaged_described_part_named", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDamaged,
		given: aftersale.Given{MissingPart: "lid", Complaint: aftersale.SubDamaged}, order: order(fbm, delivered),
		action: ActionDissatisfiedDamaged, tasks: []aftersale.TaskKind{aftersale.TaskReship}},
	{name: "plan_defective_fault_described", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDefective,
		given: aftersale.Given{Symptom: "The fan stops after two minutes every time.", Complaint: aftersale.SubDefective},
		order: order(fbm, delivered), action: ActionDissatisfiedDefective, tasks: []aftersale.TaskKind{aftersale.TaskReship},
		offers: []Offer{OfferReplacement, OfferRefund}, requests: []Request{RequestPhoto}},
	{name: "plan_refund_status_wrong_item", c: aftersale.CaseRefundStatus, asks: []aftersale.Ask{aftersale.AskRefund},
		given: aftersale.Given{Complaint: aftersale.SubWrongItem}, order: order(fbm, delivered),
		action: ActionDissatisfiedWrongItem, tasks: []aftersale.TaskKind{aftersale.TaskRefund},
		offers: []Offer{OfferRefund, OfferKeepWithRefund}, requests: []Request{RequestPhoto}},
	{name: "plan_shipping_long_overdue", c: aftersale.CaseShippingInquiry,
		order:  order(fbm, shipped, func(o *aftersale.Order) { o.LatestDelivery = now.AddDate(0, 0, -8) }),
		action: ActionDissatisfiedNotReceived, human: true, tasks: []aftersale.TaskKind{aftersale.TaskReship},
		offers: []Offer{OfferTracking, OfferReplacement, OfferRefund}, requests: []Request{}},
	// An out-of-office reply relayed by Amazon, its headers gone.
	{name: "relayed_out_of_office", c: aftersale.CaseOther,
		text:  "Thank you for your message. I am out of the office until 20 March with limited access to e-mail.",
		order: order(fbm, shipped), action: ActionNoResponse, noResponse: true,
		tasks: []aftersale.TaskKind{aftersale.TaskMarkNoResponse}},
	{name: "relayed_holiday_notice_de", c: aftersale.CaseShippingInquiry,
		text:  "Ich bin im Urlaub und ab dem 23. März wieder erreichbar.",
		order: order(fbm, shipped), action: ActionNoResponse, noResponse: true,
		tasks: []aftersale.TaskKind{aftersale.TaskMarkNoResponse}},
	{name: "relayed_auto_reply_with_question", c: aftersale.CaseOther,
		text:  "Automatic reply: I am out of the office until 20 March. Need help sooner? Please contact my colleague.",
		order: order(fbm, shipped), action: ActionNoResponse, noResponse: true,
		tasks: []aftersale.TaskKind{aftersale.TaskMarkNoResponse}},
	{name: "out_of_office_last_week_asks", c: aftersale.CaseShippingInquiry,
		text:  "Sorry, I was out of office last week. Where is my order?",
		order: order(fbm, shipped), action: ActionShippingTracking},
	{name: "on_leave_is_not_an_auto_reply", c: aftersale.CaseAddressChange,
		text:  "The order goes to my office but I am on leave now. Can you change the address?",
		order: order(fbm, unshipped), action: ActionAddressCancelReorder},

	// A cancelled order with a refund on record: the refund is stated.
	{name: "cancel_already_canceled_refunded", c: aftersale.CaseCancelOrder,
		order:  order(fbm, canceledSt, func(o *aftersale.Order) { o.RefundAmount, o.RefundDate = 2499, now.AddDate(0, 0, -2) }),
		action: ActionCancelAlreadyCanceled, offers: []Offer{OfferRefundInfo}},
	// Offers of paid reviews or ranking services are never answered, in
	// whatever case the classifier read them.
	{name: "spam_paid_reviews", c: aftersale.CaseNegativeReview, order: noOrder,
		text:   "Hi seller! We offer verified 5-star reviews for your products. Write to us on WhatsApp.",
		action: ActionNoResponse, noResponse: true, tasks: []aftersale.TaskKind{aftersale.TaskMarkNoResponse}},
	// A question before buying read as a complaint: no draft, kept for a
	// person.
	{name: "presale_question_read_as_damage", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubDamaged, order: noOrder,
		text: "Is the strap on this apron adjustable? I am quite short.", action: ActionOtherReply, noResponse: true, human: true},
	{name: "presale_said_before_purchase", c: aftersale.CaseShippingInquiry, order: noOrder,
		text: "購入前の質問です。この商品は自動で電源が切れますか？", action: ActionOtherReply, noResponse: true, human: true},
	{name: "presale_said_before_ordering_en", c: aftersale.CaseShippingInquiry, order: noOrder,
		text: "A question before I order: if I buy today, will it arrive by Friday?", action: ActionOtherReply, noResponse: true, human: true},
	// An unwanted return of an order that never came: not received.
	{name: "unwanted_but_never_delivered", c: aftersale.CaseReturnUnwanted,
		order: order(fbm, shipped, func(o *aftersale.Order) { o.LatestDelivery = now.AddDate(0, 0, -10) }),
		asks:  []aftersale.Ask{aftersale.AskRefund}, given: aftersale.Given{Declined: []aftersale.Ask{aftersale.AskReplacement}},
		action: ActionDissatisfiedNotReceived, human: true, tasks: []aftersale.TaskKind{aftersale.TaskRefund},
		offers: []Offer{OfferRefund, OfferTracking}},
	// A fault described on a delivered order read as a shipping question.
	{name: "shipping_question_with_fault", c: aftersale.CaseShippingInquiry, order: order(fba, delivered),
		given:  aftersale.Given{Symptom: "The light stays off when it sits on the base.", Complaint: aftersale.SubDefective},
		action: ActionDissatisfiedDefective, offers: []Offer{OfferReplacement, OfferRefund, OfferReturn}},
	// A part named as not in the parcel, read by triage as another
	// sub-reason: missing parts.
	{name: "part_not_in_parcel_read_as_not_received", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubNotReceived,
		order: order(fbm, delivered), given: aftersale.Given{MissingPart: "remote", Complaint: aftersale.SubMissingParts},
		action: ActionDissatisfiedMissingParts, tasks: []aftersale.TaskKind{aftersale.TaskShipParts}, offers: []Offer{OfferSendParts}},
	{name: "part_not_in_parcel_read_as_shipping", c: aftersale.CaseShippingInquiry,
		order: order(fbm, delivered), given: aftersale.Given{MissingPart: "remote", Complaint: aftersale.SubMissingParts},
		action: ActionDissatisfiedMissingParts, tasks: []aftersale.TaskKind{aftersale.TaskShipParts}, offers: []Offer{OfferSendParts}},
	// A delivered order read as not received whose buyer names what is
	// wrong: that complaint.
	{name: "delivered_read_as_not_received_wrong_item", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubNotReceived,
		order: order(fbm, delivered), given: aftersale.Given{Complaint: aftersale.SubWrongItem},
		action: ActionDissatisfiedWrongItem, tasks: []aftersale.TaskKind{aftersale.TaskReship}},
	// A return asked of an expensive item: still the keep offer beside the
	// return (the playbook's return_unwanted row holds at any value).
	{name: "unwanted_high_value_return_asked", c: aftersale.CaseReturnUnwanted, order: order(fbm, delivered, value(18900)),
		asks:   []aftersale.Ask{aftersale.AskReturn, aftersale.AskRefund},
		action: ActionReturnKeepOffer, offers: []Offer{OfferKeepWithRefund, OfferPartialRefund, OfferReturn, OfferRefund}, requests: []Request{RequestKeepItem, RequestReason}},
	{name: "unwanted_low_value_return_asked", c: aftersale.CaseReturnUnwanted, order: order(fbm, delivered, value(3499)),
		asks:   []aftersale.Ask{aftersale.AskReturn},
		action: ActionReturnKeepOffer, offers: []Offer{OfferKeepWithRefund, OfferPartialRefund, OfferReturn}, requests: []Request{RequestKeepItem, RequestReason}},
	// An unwanted return whose buyer says why in words no cue knows: the
	// reason is not asked; an FBA order is never asked for one.
	{name: "unwanted_reason_in_other_words", c: aftersale.CaseReturnUnwanted, order: order(fbm, delivered),
		text: "Hallo, ich schicke den Mantel zurück, er gefällt mir doch nicht so. Wie geht das?", asks: []aftersale.Ask{aftersale.AskReturn},
		action: ActionReturnKeepOffer, offers: []Offer{OfferKeepWithRefund, OfferPartialRefund, OfferReturn}, requests: []Request{RequestKeepItem}},
	{name: "unwanted_bare_ask_fba", c: aftersale.CaseReturnUnwanted, order: order(fba, delivered),
		text: "I want to return it.", asks: []aftersale.Ask{aftersale.AskReturn},
		action: ActionReturnKeepOffer, offers: []Offer{OfferKeepWithRefund, OfferPartialRefund, OfferReturn}, requests: []Request{RequestKeepItem}},
	{name: "unwanted_bare_ask_fbm", c: aftersale.CaseReturnUnwanted, order: order(fbm, delivered),
		text: "我想退货，怎么操作？", asks: []aftersale.Ask{aftersale.AskReturn},
		action: ActionReturnKeepOffer, offers: []Offer{OfferKeepWithRefund, OfferPartialRefund, OfferReturn}, requests: []Request{RequestKeepItem, RequestReason}},
}

func (tc decideCase) input() Input {
	text := tc.text
	if text == "" {
		text = "Hello, about my order."
	}
	m := buyerMsg("Inquiry from Amazon customer Anna (Order: "+testOrderID+")", text)
	if tc.name == "plan_shipping_no_order_id" || strings.HasPrefix(tc.name, "presale_") || strings.HasPrefix(tc.name, "spam_") {
		m.Subject, m.OrderIDs = "Inquiry from Amazon customer Anna", nil
	}
	if tc.notice == aftersale.NoticeAutoReply {
		m.AutoReply = true
	}
	switch tc.notice {
	case aftersale.NoticeAtoZ, aftersale.NoticeRefund, aftersale.NoticeFeedback, aftersale.NoticeReviewAlert,
		aftersale.NoticeReturnRequest, aftersale.NoticeReturnReceived, aftersale.NoticeChargeback:
		m.RelayAlias, m.Sender, m.FromAddr = "", aftersale.SenderAmazon, "do-not-reply@amazon.de"
	}
	c := aftersale.Classification{
		MessageID: m.ID, Case: tc.c, SubReason: tc.sub, Notice: tc.notice, Language: "de", Confidence: 0.9,
		Facts: aftersale.Facts{OrderIDs: m.OrderIDs, NewAddress: tc.newAddr, Asks: tc.asks, Given: tc.given},
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
			if tc.offers != nil {
				if diff := cmp.Diff(tc.offers, d.Plan.Offers, cmpopts.EquateEmpty(),
					cmpopts.SortSlices(func(a, b Offer) bool { return a < b })); diff != "" {
					t.Errorf("Plan.Offers (-want +got):\n%s\nwhy %q", diff, d.Plan.Why)
				}
			}
			if tc.requests != nil {
				if diff := cmp.Diff(tc.requests, d.Plan.Requests, cmpopts.EquateEmpty(),
					cmpopts.SortSlices(func(a, b Request) bool { return a < b })); diff != "" {
					t.Errorf("Plan.Requests (-want +got):\n%s\nwhy %q", diff, d.Plan.Why)
				}
			}
			if d.NoResponse && (len(d.Plan.Offers) > 0 || len(d.Plan.Requests) > 0 || len(d.Plan.Paragraphs) > 0) {
				t.Errorf("no-response decision with a plan: %+v", d.Plan)
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
				if !strings.Contains(r.Body, testOrderID) && len(in.Message.OrderIDs) > 0 {
					t.Errorf("%s body lacks the order id", lang)
				}
				// A filled draft must pass the policy check except for its
				// placeholders.
				for _, f := range Check(r.Body, s) {
					if f.Rule != RulePlaceholder && (f.Rule != RuleMissingOrderID || len(in.Message.OrderIDs) > 0) {
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

// TestDecideReadsRisks: a legal threat or an A-to-z threat the classifier
// found (Classification.Risks) counts even when the buyer's words do not
// match the decision's own patterns (a cue word such as "Polizei").
func TestDecideReadsRisks(t *testing.T) {
	now := time.Date(2026, 3, 13, 15, 0, 0, 0, time.UTC)
	in := Input{
		Message: buyerMsg("Paket?", "Wo ist mein Paket? Sonst rufe ich die Polizei."),
		Class:   aftersale.Classification{Case: aftersale.CaseShippingInquiry, NeedsHuman: true},
		Order:   order(fbm, shipped),
		Now:     now,
	}
	if d := Decide(in, testSettings()); d.Action == ActionHold {
		t.Fatalf("without risks: action %s; the text alone must not be a legal threat for this test", d.Action)
	}
	in.Class.Risks = []aftersale.Risk{aftersale.RiskLegal}
	if d := Decide(in, testSettings()); d.Action != ActionHold || !d.NeedsHuman {
		t.Errorf("legal risk: action %s needs_human %v; want %s for a person", d.Action, d.NeedsHuman, ActionHold)
	}
	in.Class.Risks = []aftersale.Risk{aftersale.RiskAtoZ}
	if d := Decide(in, testSettings()); d.Action == ActionHold || !d.NeedsHuman {
		t.Errorf("A-to-z risk: action %s needs_human %v; want the table's reply for a person", d.Action, d.NeedsHuman)
	}
}

// TestDecideStreetIsNoCourt: a legal risk the classifier read in a new
// address ("12 Kings Court") and in no legal words of the text is no
// legal hold: the address change gets its reply, read by a person.
func TestDecideStreetIsNoCourt(t *testing.T) {
	now := time.Date(2026, 3, 13, 15, 0, 0, 0, time.UTC)
	in := Input{
		Message: buyerMsg("Address", "Please send it to 12 Kings Court, Leeds LS2 7EY instead."),
		Class: aftersale.Classification{Case: aftersale.CaseAddressChange, NeedsHuman: true,
			Risks: []aftersale.Risk{aftersale.RiskLegal}, Facts: aftersale.Facts{NewAddress: "12 Kings Court, Leeds LS2 7EY"}},
		Order: order(fbm, unshipped),
		Now:   now,
	}
	d := Decide(in, testSettings())
	if d.Action != ActionAddressCancelReorder || !d.Plan.HasOffer(OfferReorder) || !d.NeedsHuman {
		t.Errorf("action %s offers %v needs_human %v; want %s with reorder, for a person", d.Action, d.Plan.Offers, d.NeedsHuman, ActionAddressCancelReorder)
	}
	in.Message = buyerMsg("Address", "Send it to 12 Kings Court, Leeds LS2 7EY or I take you to court.")
	if d := Decide(in, testSettings()); d.Action != ActionHold {
		t.Errorf("a threat beside the address: action %s, want %s", d.Action, ActionHold)
	}
}

// TestDecideShippingNewAddress: a shipping question on a shipped FBM
// order that writes out a new address asks for the address change.
func TestDecideShippingNewAddress(t *testing.T) {
	now := time.Date(2026, 3, 13, 15, 0, 0, 0, time.UTC)
	in := Input{
		Message: buyerMsg("Paket", "Es ist unterwegs, aber ich bin ab morgen in Bonn, Lindenallee 7, 53111 Bonn. Geht das noch?"),
		Class: aftersale.Classification{Case: aftersale.CaseShippingInquiry,
			Facts: aftersale.Facts{NewAddress: "Lindenallee 7, 53111 Bonn", Asks: []aftersale.Ask{aftersale.AskTracking}}},
		Order: order(fbm, shipped, value(1999)),
		Now:   now,
	}
	d := Decide(in, testSettings())
	if d.Action != ActionAddressReshipOffer || !d.Plan.HasOffer(OfferReshipNewAddress) || d.Plan.HasRequest(RequestAddress) {
		t.Errorf("action %s offers %v requests %v; want %s with reship_new_address and no address request", d.Action, d.Plan.Offers, d.Plan.Requests, ActionAddressReshipOffer)
	}
}

// TestDecideParcelIsNoPreSale: a parcel left with a neighbour, no order
// named and none on record, is no question before buying: the reply asks
// for the order number and the seller checks the order.
func TestDecideParcelIsNoPreSale(t *testing.T) {
	for _, text := range []string{
		"The courier says my parcel was left with a neighbour, but nobody has it.",
		"Laut Zusteller liegt mein Paket beim Nachbarn, da ist es aber nicht.",
		"快递员说包裹放在邻居家了，但是邻居说没有。",
	} {
		m := buyerMsg("Parcel", text)
		m.OrderIDs = nil
		in := Input{Message: m, Class: aftersale.Classification{Case: aftersale.CaseReturnDissatisfied, SubReason: aftersale.SubDamaged},
			Now: time.Date(2026, 3, 13, 15, 0, 0, 0, time.UTC)}
		d := Decide(in, testSettings())
		if d.NoResponse || !d.Plan.HasRequest(RequestOrderID) || !slices.ContainsFunc(d.Tasks, func(t aftersale.Task) bool { return t.Kind == aftersale.TaskCheckOrder }) {
			t.Errorf("%q: action %s no_response %v requests %v tasks %v; want a reply asking the order id and a check_order task",
				text, d.Action, d.NoResponse, d.Plan.Requests, d.Tasks)
		}
	}
}

// TestFaultSaid: a fault in words the symptom cues do not know counts as
// described; greetings, questions, asks, review threats, the story of the
// order and vague words do not.
func TestFaultSaid(t *testing.T) {
	for _, tc := range []struct {
		text string
		said bool
	}{
		{"The speaker goes to sleep by itself after thirty seconds.", true},
		{"Die Zange ist nach dem ersten Grillen durchgebrochen.", true},
		{"Alcuni tasti non scrivono niente e la tastiera si disconnette spesso.", true},
		{"夹板通电后温度上不去，一直是凉的。", true},
		{"The blender I bought is faulty. What are you going to do about it?", false},
		{"The item is defective. Please send me a new one.", false},
		{"Worst purchase ever, going to leave a bad review.", false},
		{"Hello, I ordered this kettle from you two weeks ago.", false},
		{"质量太差，我要退款。", false},
		{"one of the two fans does not work", false},
		{"Produit défectueux. Si je n'ai pas de réponse rapide je mets une étoile.", false},
		{"El producto está defectuoso.", false},
	} {
		if got := faultSaid(tc.text) != ""; got != tc.said {
			t.Errorf("faultSaid(%q) = %v, want %v", tc.text, got, tc.said)
		}
	}
}

// TestDecideShapesRound is the decision for messages whose facts come by
// shape: a thank-you that names a missing part, a photo with no words, a
// bare fault read as another sub-reason, a review threat about a defect
// not described.
func TestDecideShapesRound(t *testing.T) {
	photoOnly := decideCase{name: "photo_only", c: aftersale.CaseOther, text: " ", order: order(fbm, delivered),
		given: aftersale.Given{Photo: true}}
	in := photoOnly.input()
	in.Message.Flags = append(in.Message.Flags, aftersale.FlagNoBuyerText)
	in.Message.Attachments = []string{"IMG_0412.jpg"}
	d := Decide(in, photoOnly.settingsFor())
	if d.NoResponse || d.Action != ActionDissatisfiedGeneral || slices.Contains(d.Plan.Requests, RequestPhoto) {
		t.Errorf("photo only: action %q, no response %v, requests %v; want a general complaint that asks no photo (reasons %q)",
			d.Action, d.NoResponse, d.Plan.Requests, d.Reasons)
	}
	for _, tc := range []struct {
		dc      decideCase
		action  string
		offer   Offer
		request Request
	}{
		{decideCase{name: "thanks_naming_part", c: aftersale.CaseOther, text: "There was no charger in the box, thank you.",
			order: order(fbm, delivered), given: aftersale.Given{MissingPart: "charger"}},
			ActionDissatisfiedMissingParts, OfferSendParts, ""},
		{decideCase{name: "bare_fault_read_as_missing", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubMissingParts,
			text: "Two of the lamps don't work.", order: order(fbm, delivered)},
			ActionDissatisfiedDefective, "", RequestSymptom},
		{decideCase{name: "bare_fault_read_as_wrong", c: aftersale.CaseReturnDissatisfied, sub: aftersale.SubWrongItem,
			text: "东西是坏的。", order: order(fbm, delivered)},
			ActionDissatisfiedDefective, "", RequestSymptom},
		{decideCase{name: "review_bare_defect", c: aftersale.CaseNegativeReview,
			text: "Produit défectueux. Si je n'ai pas de solution rapidement je mets 1 étoile.", order: order(fbm, delivered),
			given: aftersale.Given{Complaint: aftersale.SubDefective}},
			ActionReviewResolve, "", RequestSymptom},
		{decideCase{name: "canceled_refund_asked", c: aftersale.CaseShippingInquiry, text: "Ich habe storniert, wann kommt mein Geld?",
			order: order(fbm, canceledSt, func(o *aftersale.Order) { o.RefundAmount, o.RefundDate = 1999, now.AddDate(0, 0, -2) }),
			asks:  []aftersale.Ask{aftersale.AskCancel}},
			ActionOrderCanceledInfo, OfferRefundInfo, ""},
		{decideCase{name: "shipping_wrong_address_none_given", c: aftersale.CaseShippingInquiry,
			text: "The order still has my old address and it has shipped already. What now?", order: order(fbm, shipped, value(999))},
			ActionAddressReshipOffer, OfferReshipNewAddress, RequestAddress},
	} {
		d := Decide(tc.dc.input(), tc.dc.settingsFor())
		if d.Action != tc.action || tc.offer != "" && !slices.Contains(d.Plan.Offers, tc.offer) ||
			tc.request != "" && !slices.Contains(d.Plan.Requests, tc.request) {
			t.Errorf("%s: action %q offers %v requests %v; want %q with %q %q (reasons %q)", tc.dc.name, d.Action,
				d.Plan.Offers, d.Plan.Requests, tc.action, tc.offer, tc.request, d.Reasons)
		}
	}
}
