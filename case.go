package aftersale

import "fmt"

// Case is a playbook case type (docs/playbook.md, "Case types").
type Case string

// The playbook's case types. Every buyer message gets exactly one primary case.
const (
	CaseAddressChange      Case = "address_change"
	CaseCancelOrder        Case = "cancel_order"
	CaseShippingInquiry    Case = "shipping_inquiry"
	CaseReturnUnwanted     Case = "return_unwanted"
	CaseReturnDissatisfied Case = "return_dissatisfied"
	CaseReturnedGoods      Case = "returned_goods"
	CaseNegativeReview     Case = "negative_review"
	CaseRefundStatus       Case = "refund_status"
	CaseOther              Case = "other"
)

// Cases lists every case type in the playbook's order.
func Cases() []Case {
	return []Case{
		CaseAddressChange, CaseCancelOrder, CaseShippingInquiry,
		CaseReturnUnwanted, CaseReturnDissatisfied, CaseReturnedGoods,
		CaseNegativeReview, CaseRefundStatus, CaseOther,
	}
}

// Valid reports whether c is one of the playbook's case types.
func (c Case) Valid() bool {
	for _, k := range Cases() {
		if c == k {
			return true
		}
	}
	return false
}

// ParseCase returns the case named s, or an error wrapping ErrInvalid.
func ParseCase(s string) (Case, error) {
	c := Case(s)
	if !c.Valid() {
		return "", fmt.Errorf("unknown case %q: %w", s, ErrInvalid)
	}
	return c, nil
}

// SubReason refines CaseReturnDissatisfied (playbook: return_dissatisfied).
type SubReason string

// Sub-reasons of return_dissatisfied.
const (
	SubNone         SubReason = ""
	SubDamaged      SubReason = "damaged"
	SubWrongItem    SubReason = "wrong_item"
	SubNotReceived  SubReason = "not_received"
	SubDefective    SubReason = "defective"
	SubMissingParts SubReason = "missing_parts"
)

// SubReasons lists the sub-reasons of return_dissatisfied.
func SubReasons() []SubReason {
	return []SubReason{SubDamaged, SubWrongItem, SubNotReceived, SubDefective, SubMissingParts}
}

// Notice is the kind of a structured Amazon notice or machine-generated mail,
// recognised deterministically before any free-text classification.
type Notice string

// Structured notices (docs/amazon.md: "Subjects", "Body layout",
// "Case-type rules").
const (
	NoticeNone            Notice = ""
	NoticeCancellation    Notice = "cancellation_request" // official "Order cancellation request"
	NoticeReturnRequest   Notice = "return_request"       // return authorization request, with a reason code
	NoticeRefund          Notice = "refund"               // "Refund initiated for order"
	NoticeAtoZ            Notice = "atoz_claim"           // A-to-z Guarantee claim
	NoticeFeedback        Notice = "feedback"             // negative feedback notification
	NoticeDeliveryFailure Notice = "delivery_failure"     // our message could not be delivered
	NoticeOptOut          Notice = "opt_out"              // buyer opted out of messages
	NoticeAutoReply       Notice = "auto_reply"           // RFC 3834 auto-reply, out of office
	NoticeSellerCopy      Notice = "seller_copy"          // copy of the seller's own outgoing message
	NoticeSystem          Notice = "system"               // any other Amazon system mail

	NoticeReturnReceived Notice = "return_received" // a returned item reached the seller or Amazon's warehouse
	NoticeReviewAlert    Notice = "review_alert"    // a product review was posted (Brand Registry, review alerts)
	NoticeChargeback     Notice = "chargeback"      // a card chargeback on an order
	NoticePerformance    Notice = "performance"     // account health, performance or policy notice
	NoticeOrderUpdate    Notice = "order_update"    // sold, ship now; shipment and order notices
	NoticeMarketing      Notice = "amazon_marketing"
	// NoticeNotBuyer is mail neither relayed from a buyer nor sent by
	// Amazon: bounces of other mail, newsletters, vendors, personal mail.
	// It is stored and counted but never drafted.
	NoticeNotBuyer Notice = "not_buyer_mail"
	// NoticePhishing is mail that imitates Amazon from a domain that is
	// not Amazon's.
	NoticePhishing Notice = "phishing"
)
