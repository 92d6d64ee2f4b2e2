package respond

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aftersale/aftersale"
)

// Input is everything Decide looks at for one buyer message.
type Input struct {
	Message aftersale.Message
	Class   aftersale.Classification
	// Order is the seller's record of the order; the zero Order when the
	// order is unknown.
	Order aftersale.Order
	// Now is the decision time (task due dates, overdue checks).
	Now time.Time
}

// Settings are the seller's choices that change decisions and rendering.
type Settings struct {
	// ReshipThreshold is the item value, per ISO 4217 currency, under which
	// a shipped order is reshipped to a new address (playbook:
	// address_change). A currency missing here never gets an automatic
	// reship offer: the draft declines and is flagged for a person.
	ReshipThreshold map[string]aftersale.Money
	// AllowAddressUpdate enables the guide's "confirm the new address and
	// update the order" route for unshipped FBM orders. Off by default:
	// Amazon requires cancel and reorder.
	AllowAddressUpdate bool
	// SellerName and Signature close every reply; Signature wins when set
	// and may span several lines.
	SellerName, Signature string
	// SellerLanguage is the language of the seller's copy of each draft
	// (ISO 639-1, e.g. "en" or "zh").
	SellerLanguage string
	// AllowedLinkDomains lists amazon.* domains (e.g. "amazon.de") whose
	// links Check accepts. Non-Amazon domains listed here are ignored:
	// Amazon forbids links to other sites.
	AllowedLinkDomains []string
	// Templates are the reply templates; nil means the built-in ones. Use
	// LoadTemplates for a seller's override directory.
	Templates *Templates
	// NoReplacements means the seller never ships replacements or missing
	// parts itself: replies offer a return or a refund instead, even when
	// the buyer asks for a new unit. Off by default: the seller sends
	// replacements and missing parts when the buyer asks.
	NoReplacements bool
	// Holidays are the seller's non-working days ("2026-12-25"), skipped
	// like weekends when a task is due in business days (a refund within
	// two business days of receiving the return).
	Holidays []string
}

// isHoliday reports whether t's calendar date is one of s.Holidays.
func (s Settings) isHoliday(t time.Time) bool {
	if len(s.Holidays) == 0 {
		return false
	}
	d := t.Format(time.DateOnly)
	for _, h := range s.Holidays {
		if h == d {
			return true
		}
	}
	return false
}

func (s Settings) templates() *Templates {
	if s.Templates != nil {
		return s.Templates
	}
	return builtin
}

// Decision is the playbook's answer for one message: the action (which
// template to render), the reply plan, the seller tasks, and why a person
// must look.
type Decision struct {
	// Action names the playbook route; see the package documentation for
	// the list. It is also the template name.
	Action string
	// Plan is what the reply offers, asks and states, and the paragraphs
	// rendered after the action's template. Empty for no response.
	Plan Plan
	// NoResponse means no reply is drafted; NoResponseReason says why.
	NoResponse       bool
	NoResponseReason string
	// Owed means that, with no reply drafted, the buyer may still expect
	// an answer only the seller can give (a question before buying): the
	// message stays in the queue for a person, with no draft, until the
	// seller writes a reply or marks it no response needed.
	Owed bool
	// NeedsHuman means the draft must not be approved unread.
	NeedsHuman bool
	Reasons    []string
	Tasks      []aftersale.Task
	// Facts is the template data: known facts as strings (dates as
	// 2006-01-02). A fact the template needs but that is missing renders
	// as a visible [[placeholder]].
	Facts map[string]string
	// Placeholders lists the missing facts (as they appear between [[ ]])
	// the seller must fill in before approval.
	Placeholders []string
}

// Actions. Their names are stored in drafts and shown to sellers, so they
// never change. Every action in ReplyActions has a template per language;
// the others (no_response and the *_task actions) draft no reply.
const (
	ActionNoResponse        = "no_response"
	ActionHold              = "needs_human_hold"
	ActionReturnedGoodsTask = "returned_goods_task"
	// Amazon notices that need seller tasks and no reply: Amazon's
	// no-reply senders cannot be answered by mail.
	ActionReturnRequestTask = "return_request_task" // a return authorisation: inspect it when it arrives, refund (FBM)
	ActionClaimTask         = "claim_task"          // an A-to-z claim or chargeback: respond in Seller Central
	ActionFeedbackTask      = "feedback_task"       // a negative feedback or review alert: reach out to the buyer

	ActionAddressCancelReorder  = "address_cancel_reorder"
	ActionAddressConfirm        = "address_confirm"
	ActionAddressFBA            = "address_fba_contact_amazon"
	ActionAddressReshipOffer    = "address_reship_offer"
	ActionAddressShippedDecline = "address_shipped_decline"
	ActionAddressOrderUnknown   = "address_order_unknown"

	ActionCancelConfirm            = "cancel_confirm"
	ActionCancelOfficialPath       = "cancel_official_path"
	ActionCancelFBA                = "cancel_fba_amazon"
	ActionCancelAlreadyCanceled    = "cancel_already_canceled"
	ActionCancelShippedRefuse      = "cancel_shipped_refuse"
	ActionCancelDeliveredFBAReturn = "cancel_delivered_fba_return"
	ActionCancelDeliveredFBMRefund = "cancel_delivered_fbm_refund_offer"
	ActionCancelOrderUnknown       = "cancel_order_unknown"

	ActionOrderCanceledInfo = "order_canceled_info"

	ActionShippingFBA          = "shipping_fba_amazon"
	ActionShippingTracking     = "shipping_tracking"
	ActionShippingNoTracking   = "shipping_no_tracking"
	ActionShippingOrderUnknown = "shipping_order_unknown"

	ActionReturnKeepOffer = "return_keep_offer"

	ActionDissatisfiedDamaged      = "dissatisfied_damaged"
	ActionDissatisfiedWrongItem    = "dissatisfied_wrong_item"
	ActionDissatisfiedNotReceived  = "dissatisfied_not_received"
	ActionDissatisfiedDefective    = "dissatisfied_defective"
	ActionDissatisfiedMissingParts = "dissatisfied_missing_parts"
	ActionDissatisfiedGeneral      = "dissatisfied_general"

	ActionReviewResolve = "review_resolve"

	ActionRefundIssued     = "refund_issued"
	ActionRefundProcessing = "refund_processing"
	ActionRefundUnknown    = "refund_unknown"

	ActionOtherReply = "other_reply"
)

// ReplyActions lists every action that renders a reply, in playbook order.
func ReplyActions() []string {
	return []string{
		ActionHold,
		ActionAddressCancelReorder, ActionAddressConfirm, ActionAddressFBA,
		ActionAddressReshipOffer, ActionAddressShippedDecline, ActionAddressOrderUnknown,
		ActionCancelConfirm, ActionCancelOfficialPath, ActionCancelFBA,
		ActionCancelAlreadyCanceled, ActionCancelShippedRefuse,
		ActionCancelDeliveredFBAReturn, ActionCancelDeliveredFBMRefund, ActionCancelOrderUnknown,
		ActionOrderCanceledInfo,
		ActionShippingFBA, ActionShippingTracking, ActionShippingNoTracking, ActionShippingOrderUnknown,
		ActionReturnKeepOffer,
		ActionDissatisfiedDamaged, ActionDissatisfiedWrongItem, ActionDissatisfiedNotReceived,
		ActionDissatisfiedDefective, ActionDissatisfiedMissingParts, ActionDissatisfiedGeneral,
		ActionReviewResolve,
		ActionRefundIssued, ActionRefundProcessing, ActionRefundUnknown,
		ActionOtherReply,
	}
}

// Fact keys of Decision.Facts. A missing fact renders as [[key with
// spaces]], e.g. [[order status]].
const (
	FactOrderID          = "order_id"
	FactBuyerName        = "buyer_name"
	FactProduct          = "product"
	FactChannel          = "channel" // "fba" or "fbm" when known
	FactShipped          = "shipped" // "true" when the order left the warehouse
	FactDelivered        = "delivered"
	FactNewAddress       = "new_address"
	FactCarrier          = "carrier"
	FactTracking         = "tracking"
	FactShipDate         = "ship_date"
	FactExpectedDelivery = "expected_delivery"
	FactDeliveryDate     = "delivery_date"
	FactDispatchDate     = "dispatch_date"
	FactRefundAmount     = "refund_amount"
	FactRefundDate       = "refund_date"
	FactOrderStatus      = "order_status"
	// FactAnswer is never known: the seller writes it (other_reply).
	FactAnswer = "answer"
)

// requiredFacts are the facts an action's templates always print; a missing
// one becomes a placeholder. Facts printed only when present are not listed.
var requiredFacts = map[string][]string{
	ActionAddressOrderUnknown: {FactOrderStatus},
	ActionCancelOrderUnknown:  {FactOrderStatus},
	// The expected delivery date is said when the order report has it
	// (latest-delivery-date); without it the tracking number is enough and
	// the sentence is left out rather than blocking the draft.
	ActionShippingTracking:   {FactCarrier, FactTracking},
	ActionShippingNoTracking: {FactDispatchDate},
	ActionRefundIssued:       {FactRefundAmount, FactRefundDate},
	ActionOtherReply:         {FactAnswer},
}

// PlaceholderLabel returns how a missing fact key appears inside [[ ]].
func PlaceholderLabel(key string) string { return strings.ReplaceAll(key, "_", " ") }

const dateLayout = "2006-01-02"

// riskRe finds legal threats and A-to-z claim threats in buyer text
// (playbook: needs human), legalRe the legal ones among them; the
// classifier's own cues arrive as Classification.Risks. Decide holds a legal threat for a person with a neutral
// acknowledgment, even when the classifier missed the cue; an A-to-z claim
// threat still gets the table's reply (solving the problem is what keeps
// the claim from being filed), read by a person first.
var (
	riskRe  = guard(`(?i)\ba-?to-?z\b|\ba-z[- ]?(guarantee|garantie|claim)|\batoz\b|\ba-bis-z|garantie a à z|\blawyers?\b|\battorneys?\b|\blegal (action|steps)|\bsue (you|your)\b|\b(to|in) court\b|\bsmall claims\b|\banwalt|\brechtliche schritte|\bklage\b|\bavocat|\babogad|\bavvocat|弁護士|律师|起诉|法院|訴訟`)
	legalRe = guard(`(?i)\blawyers?\b|\battorneys?\b|\blegal (action|steps)|\bsue (you|your)\b|\b(to|in) court\b|\bsmall claims\b|\banwalt|\brechtliche schritte|\bklage\b|\bavocat|\babogad|\bavvocat|弁護士|律师|起诉|法院|訴訟`)
)

// Decide applies the playbook's decision table (docs/playbook.md,
// "Decision table"; this code is the truth where the two differ) with Amazon's overrides ("Where Amazon's rules override the
// guide") to one classified message and its order record. It is pure: the
// same input always gives the same decision, and it never invents a fact —
// a fact the reply needs but the records lack becomes a placeholder, a
// check_order task and a needs-human flag.
func Decide(in Input, s Settings) Decision {
	b := &decider{in: in, s: s, d: Decision{Facts: map[string]string{}}}
	b.baseFacts()
	b.decide()
	return b.finish()
}

type decider struct {
	in Input
	s  Settings
	d  Decision
}

func (b *decider) human(reason string) {
	b.d.NeedsHuman = true
	b.d.Reasons = append(b.d.Reasons, reason)
}

func (b *decider) task(kind aftersale.TaskKind, desc string, due time.Time) {
	b.d.Tasks = append(b.d.Tasks, aftersale.Task{
		OrderID: b.orderID(), Kind: kind, Description: desc, Due: due,
	})
}

func (b *decider) noResponse(action, reason string) {
	b.d.Action = action
	b.d.NoResponse = true
	b.d.NoResponseReason = reason
}

// orderID is the order the reply is about: the seller's record first, then
// the message, then the classifier's extraction.
func (b *decider) orderID() string {
	if b.in.Order.ID != "" {
		return b.in.Order.ID
	}
	if id := b.in.Message.OrderID(); id != "" {
		return id
	}
	if len(b.in.Class.Facts.OrderIDs) > 0 {
		return b.in.Class.Facts.OrderIDs[0]
	}
	return ""
}

func (b *decider) set(key, value string) {
	if value = strings.TrimSpace(value); value != "" {
		b.d.Facts[key] = value
	}
}

func (b *decider) setDate(key string, t time.Time) {
	if !t.IsZero() {
		b.d.Facts[key] = t.Format(dateLayout)
	}
}

func (b *decider) baseFacts() {
	o := b.in.Order
	b.set(FactOrderID, b.orderID())
	name := b.in.Class.Facts.BuyerName
	if name == "" {
		name = b.in.Message.BuyerName
	}
	b.set(FactBuyerName, cleanName(name))
	if !o.Known() {
		return
	}
	b.set(FactProduct, o.ProductName)
	b.set(FactChannel, string(o.Channel))
	if b.shipped() {
		b.d.Facts[FactShipped] = "true"
	}
	if b.delivered() {
		b.d.Facts[FactDelivered] = "true"
	}
	b.set(FactCarrier, o.Carrier)
	b.set(FactTracking, o.Tracking)
	b.setDate(FactShipDate, o.ShipDate)
	b.setDate(FactExpectedDelivery, o.LatestDelivery)
	if b.delivered() {
		b.setDate(FactDeliveryDate, o.DeliveryDate)
	}
	if o.RefundAmount > 0 {
		b.set(FactRefundAmount, o.RefundAmount.Format(o.Currency))
	}
	b.setDate(FactRefundDate, o.RefundDate)
}

// cleanName keeps a buyer name safe for a greeting line: one line, no
// template or placeholder brackets, no control characters, at most 60
// characters.
func cleanName(s string) string {
	s = strings.Join(strings.Fields(cleanControls(s)), " ")
	s = strings.NewReplacer("[[", "", "]]", "").Replace(s)
	if r := []rune(s); len(r) > 60 {
		s = string(r[:60])
	}
	return s
}

// statusKnown reports whether the records say where the order is. A
// tracking number or a ship date implies shipped even without a status.
func (b *decider) statusKnown() bool {
	o := b.in.Order
	return o.Known() && (o.Status != aftersale.StatusUnknown || o.Tracking != "" || !o.ShipDate.IsZero())
}

func (b *decider) shipped() bool {
	o := b.in.Order
	return o.Status.Shipped() || (o.Status == aftersale.StatusUnknown && (o.Tracking != "" || !o.ShipDate.IsZero()))
}

func (b *decider) delivered() bool {
	o := b.in.Order
	switch o.Status {
	case aftersale.StatusDelivered, aftersale.StatusReturned:
		return true
	case aftersale.StatusCanceled:
		return false
	}
	return !o.DeliveryDate.IsZero() && !o.DeliveryDate.After(b.in.Now)
}

func (b *decider) canceled() bool { return b.in.Order.Status == aftersale.StatusCanceled }

// fba reports whether the order is fulfilled by Amazon. An unknown channel
// is treated as FBM (the seller ships it) and flagged: the playbook is
// silent, and the seller's own shipment is the case the seller can check.
func (b *decider) fba() bool {
	switch b.in.Order.Channel {
	case aftersale.ChannelFBA:
		return true
	case aftersale.ChannelFBM:
		return false
	}
	b.human("fulfilment channel unknown: the draft assumes you ship it yourself (FBM)")
	return false
}

// unknownOrder handles a case whose reply depends on order facts the
// records lack: a draft with placeholders, a check_order task and a flag.
func (b *decider) unknownOrder(action string) {
	b.d.Action = action
	if b.in.Order.Known() {
		b.human(fmt.Sprintf("order %s has no status in your records: fill in the placeholders", b.in.Order.ID))
	} else if id := b.orderID(); id != "" {
		b.human(fmt.Sprintf("order %s is not in your records: check it in Seller Central before replying", id))
	} else {
		b.human("the message names no order: find the order before replying")
	}
	b.task(aftersale.TaskCheckOrder, "look the order up in Seller Central; fill in any [[placeholders]] from it", time.Time{})
	b.requestOrderID()
}

func (b *decider) decide() {
	in := b.in
	// Structured notices and auto-replies first (playbook: other;
	// docs/amazon.md, "Subjects" and "Body layout"; RFC 3834: never answer an auto-reply).
	if in.Message.AutoReply || in.Class.Notice == aftersale.NoticeAutoReply {
		b.noResponse(ActionNoResponse, "automatic reply (RFC 3834): never answered")
		return
	}
	if b.direct() {
		// The playbook is silent: Amazon's relay is how buyers write. We
		// choose to answer a buyer's own mail about a known order like
		// relayed mail, never without a person.
		b.human(fmt.Sprintf("direct mail from %s, not through Amazon's relay: the reply goes to that address, outside Amazon's Buyer-Seller Messaging; check that it is the order's buyer", in.Message.FromAddr))
	}
	switch in.Class.Notice {
	case aftersale.NoticeSellerCopy:
		b.noResponse(ActionNoResponse, "copy of your own outgoing message")
		return
	case aftersale.NoticeOptOut:
		b.noResponse(ActionNoResponse, "the buyer opted out of messages; replies on the buyer's own thread are still delivered")
		return
	case aftersale.NoticeDeliveryFailure:
		b.noResponse(ActionNoResponse, "Amazon could not deliver one of your messages")
		b.human("a message to the buyer was not delivered: check the sent log and Seller Central")
		return
	case aftersale.NoticeSystem, aftersale.NoticePerformance, aftersale.NoticeOrderUpdate, aftersale.NoticeMarketing:
		b.noResponse(ActionNoResponse, "Amazon system notification")
		return
	case aftersale.NoticeNotBuyer:
		b.noResponse(ActionNoResponse, "not buyer mail: neither relayed from a buyer nor sent by Amazon")
		return
	case aftersale.NoticePhishing:
		b.noResponse(ActionNoResponse, "imitates Amazon from a domain that is not Amazon's")
		b.human("possible phishing: do not open its links or attachments")
		return
	case aftersale.NoticeChargeback:
		// Amazon's notices come from no-reply senders: the answer goes to
		// Seller Central, never by mail.
		b.noResponse(ActionClaimTask, "chargeback notice from Amazon: respond in Seller Central; no reply by mail")
		b.human("chargeback: answer the bank's claim in Seller Central")
		b.task(aftersale.TaskRespondClaim, "respond to the chargeback in Seller Central", in.Now.Add(72*time.Hour))
		return
	case aftersale.NoticeRefund:
		if in.Class.Case != aftersale.CaseReturnedGoods {
			b.noResponse(ActionNoResponse, "Amazon refund notification")
			return
		}
	case aftersale.NoticeAtoZ:
		// playbook: "A-to-z claim notices are always needs-human and urgent".
		// The response window is UNCONFIRMED (72 hours vs 7 days): the task
		// uses the shorter one. The notice comes from Amazon's no-reply
		// sender: the answer goes to Seller Central, never by mail.
		b.noResponse(ActionClaimTask, "A-to-z claim notice from Amazon: respond in Seller Central; no reply by mail")
		b.human("A-to-z Guarantee claim: respond to Amazon in Seller Central")
		b.task(aftersale.TaskRespondClaim, "represent the A-to-z claim to Amazon in Seller Central", in.Now.Add(72*time.Hour))
		return
	case aftersale.NoticeReturnRequest:
		if !b.fromBuyer() {
			b.returnRequest()
			return
		}
	case aftersale.NoticeFeedback, aftersale.NoticeReviewAlert:
		if !b.fromBuyer() {
			b.feedbackAlert()
			return
		}
	}
	if b.fromBuyer() && autoReplyText(b.in.Message.ClassifyText()) {
		// RFC 3834 asks never to answer an automatic reply; Amazon's relay
		// drops the headers that say so, the words remain.
		b.noResponse(ActionNoResponse, "an automatic reply (out of office) relayed from the buyer: no reply needed; mark no response needed in Seller Central")
		if !b.direct() {
			b.task(aftersale.TaskMarkNoResponse, "tick \"no response needed\" for this message in Seller Central", time.Time{})
		}
		return
	}
	if b.fromBuyer() && !in.Order.Known() && solicitation(in.Message.ClassifyText()) {
		// playbook: other — not a buyer's request. Paid reviews and
		// ranking services break Amazon's rules: never answered.
		b.noResponse(ActionNoResponse, "an unsolicited offer of reviews, ranking or marketing services: never answered; mark no response needed in Seller Central")
		if !b.direct() {
			b.task(aftersale.TaskMarkNoResponse, "tick \"no response needed\" for this message in Seller Central", time.Time{})
		}
		return
	}
	if b.threatens(legalRe, aftersale.RiskLegal) {
		// playbook: legal threats are needs human; the draft is a neutral
		// acknowledgment with no promise.
		b.d.Action = ActionHold
		b.human("legal threat: answer personally, promise nothing in writing before you checked the order")
		return
	}
	if b.threatens(riskRe, aftersale.RiskAtoZ) {
		// playbook: an A-to-z claim threat is needs human; playbook silent
		// on the reply: solving the problem now is what prevents the claim,
		// so the reply follows the table and a person reads it first.
		b.human("threatens an A-to-z claim or a chargeback: read the reply before it goes out; a filed claim is answered in Seller Central")
	}

	if b.fromBuyer() && b.asked(aftersale.AskSendParts) && in.Class.SubReason != aftersale.SubMissingParts && !b.brokenPieces() {
		switch in.Class.Case {
		case aftersale.CaseReturnDissatisfied, aftersale.CaseShippingInquiry, aftersale.CaseOther,
			aftersale.CaseNegativeReview, aftersale.CaseReturnUnwanted, aftersale.CaseRefundStatus,
			aftersale.CaseAddressChange:
			if in.Class.Case == aftersale.CaseAddressChange && (in.Class.Facts.NewAddress != "" || b.asked(aftersale.AskNewAddress) || b.given().MissingPart == "") {
				break // the address change is the request unless a part is named
			}
			// playbook silent: a buyer who says a part is missing and asks
			// for it wants the part (return_dissatisfied, missing parts),
			// whatever else the message is read as.
			b.d.Reasons = append(b.d.Reasons, "the buyer asks for a missing part: answered as missing parts")
			b.d.Action = ActionDissatisfiedMissingParts
			b.complain(compMissing)
			return
		}
	}

	if b.preSale() {
		// playbook: other — a question before buying, whatever case the
		// classifier read into its words ("is the strap adjustable? I am
		// quite short").
		b.d.Reasons = append(b.d.Reasons, "no order and no purchase in the message, nothing to remedy: a question before buying")
		b.other()
		return
	}

	switch in.Class.Case {
	case aftersale.CaseAddressChange:
		b.addressChange()
	case aftersale.CaseCancelOrder:
		b.cancelOrder()
	case aftersale.CaseShippingInquiry:
		if g := b.given(); b.fromBuyer() && b.asked(aftersale.AskRefund) && !b.asked(aftersale.AskTracking) &&
			b.in.Order.Known() && b.delivered() && g.Complaint == aftersale.SubNone && g.Symptom == "" && g.MissingPart == "" {
			// playbook silent: "when do I get my money back?" on a
			// delivered order asks about a refund, not the parcel.
			b.d.Reasons = append(b.d.Reasons, "delivered, and the buyer asks when the money comes back: answered as a refund status")
			b.refundStatus()
			return
		}
		b.shippingInquiry()
	case aftersale.CaseReturnUnwanted:
		b.returnUnwanted()
	case aftersale.CaseReturnDissatisfied:
		b.returnDissatisfied()
	case aftersale.CaseReturnedGoods:
		b.returnedGoods()
	case aftersale.CaseNegativeReview:
		b.negativeReview()
	case aftersale.CaseRefundStatus:
		switch {
		case !b.fromBuyer():
		case !b.asked(aftersale.AskRefund) && !b.asked(aftersale.AskReturn) &&
			(b.asked(aftersale.AskTracking) || b.asked(aftersale.AskDeliveryDate)) &&
			b.in.Order.ReturnReceived.IsZero() && b.in.Order.RefundAmount == 0 && b.in.Order.RefundDate.IsZero():
			// playbook silent: a buyer who asks where the parcel is and
			// never mentions a refund or a return asks about the delivery
			// (a return received or a refund on record says otherwise).
			b.d.Reasons = append(b.d.Reasons, "the buyer asks where the parcel is, not about a refund: answered as a shipping inquiry")
			b.shippingInquiry()
			return
		case b.overdueUndelivered() && (b.asked(aftersale.AskRefund) || b.asked(aftersale.AskCancel)):
			// playbook: a parcel long overdue is not_received; a buyer who
			// asks for the money back is offered it, not a refund status.
			b.d.Reasons = append(b.d.Reasons, "the order never arrived and the buyer asks for the money back: answered as not received")
			b.notReceived()
			return
		case b.askingForRefund():
			// playbook silent: a buyer who describes a problem and asks for
			// money back, with nothing returned or refunded yet, makes a
			// complaint (return_dissatisfied), not a refund-status question.
			b.d.Reasons = append(b.d.Reasons, "the buyer asks for a refund for a problem with the item, nothing returned yet: answered as a complaint")
			b.complaintFromGiven(aftersale.SubNone)
			return
		}
		b.refundStatus()
	default:
		b.other()
	}
}

// purchasedRe finds a buyer saying they bought or ordered something, in
// the template languages.
var purchasedRe = guard(`(?i)\b(?:ordered|order|orders|bought|paid|purchased?|purchases|bestellt|bestellung|gekauft|bezahlt|commandé|commande|acheté|payé|pedí|pedido|compré|comprado|pagué|ordinato|ordine|comprato|acquistato|pagato)\b|注文|購入|買った|買いました|订单|买的|买了|下单|付款|付了`)

// remedyAsks are the asks of a buyer who has an order to remedy or follow.
var remedyAsks = []aftersale.Ask{aftersale.AskReplacement, aftersale.AskRefund, aftersale.AskPartialRefund,
	aftersale.AskSendParts, aftersale.AskReturn, aftersale.AskCancel, aftersale.AskNewAddress, aftersale.AskTracking,
	aftersale.AskDeliveryDate, aftersale.AskInvoice}

// preSale reports whether a buyer's message is a question before buying:
// no order on record or named, no words of a purchase, nothing said to be
// wrong and no remedy or delivery asked for.
func (b *decider) preSale() bool {
	if !b.fromBuyer() || b.in.Class.Notice != aftersale.NoticeNone || b.orderID() != "" || b.in.Order.Known() {
		return false
	}
	g := b.given()
	if g.Complaint != aftersale.SubNone || g.Symptom != "" || g.MissingPart != "" || g.Photo || g.Received != "" || g.Ordered != "" {
		return false
	}
	for _, a := range remedyAsks {
		if b.asked(a) {
			return false
		}
	}
	text := b.in.Message.ClassifyText()
	if !preSaleSaidRe.MatchString(text) && parcelRe.MatchString(text) {
		return false // "the courier left my parcel with a neighbour": an order exists
	}
	return preSaleSaidRe.MatchString(text) || !purchasedRe.MatchString(text)
}

// parcelRe finds the words of a parcel on its way or delivered, in the
// template languages: a buyer who speaks of one has an order.
var parcelRe = guard(`(?i)\b(?:parcel|courier|delivery driver|neighbou?rs?|next door|zusteller|paketbote|nachbarn?|colis|livreur|voisins?|paquete|repartidor|vecinos?|pacco|corriere|vicini|vicino)\b|荷物|配達員|置き配|お隣|包裹|快递|邻居|快递员`)

// preSaleSaidRe finds a buyer saying the question comes before buying
// ("a question before I order", "購入前の質問です"), whose words for
// ordering or buying name no order.
var preSaleSaidRe = guard(`(?i)\bbefore (?:i |we )?(?:buy|buying|order|ordering|purchas\p{L}*)\b|\bvor (?:dem|meinem) kauf\b|\bvor der bestellung\b|\bavant (?:d'acheter|de commander|l'achat)\b|\bantes de (?:comprar|pedir|hacer el pedido)\b|\bprima di (?:acquistare|comprare|ordinare|l'acquisto)\b|購入前|購入を検討|注文前|购买前|买之前|下单前|购买之前`)

// returnedRe finds a buyer saying the item was sent back already, in the
// template languages.
var returnedRe = guard(`(?i)\b(?:returned|(?:sent|shipped|mailed|posted) (?:[\p{L}'-]+ ){0,4}back|zurückgeschickt|zurückgesendet|retourniert|renvoyé|retourné|devuelto|devolví|restituito|rispedito|reso il)\b|返品しました|返送しました|返品済み|送り返しました|退货了|已退货|寄回了|退回了|已经寄回`)

// askingForRefund reports whether a buyer message read as refund_status
// asks for money back for a problem (a symptom or a partial refund to
// keep the item) while the records show no return and no refund and the
// buyer does not say they sent it back.
func (b *decider) askingForRefund() bool {
	o := b.in.Order
	if o.RefundAmount > 0 || !o.RefundDate.IsZero() || !o.ReturnReceived.IsZero() || o.Status == aftersale.StatusReturned {
		return false
	}
	if returnedRe.MatchString(b.in.Message.ClassifyText()) {
		return false
	}
	g := b.given()
	problem := g.Symptom != "" || b.complaintSaid() && g.Complaint != aftersale.SubNotReceived
	return b.asked(aftersale.AskPartialRefund) || g.Keep == "yes" || (problem && (b.asked(aftersale.AskRefund) || b.asked(aftersale.AskReturn)))
}

// thanksRe finds thanks in the template languages and a few more.
var thanksRe = guard(`(?i)\b(?:thank|thanks|thx|cheers|danke|vielen dank|merci|gracias|grazie|obrigad|bedankt|tack)\b|ありがとう|有難う|谢谢|感谢|多谢`)

// thanksOnly reports whether a buyer message is a short thank-you with no
// question in it: the kind of message that needs no reply.
func thanksOnly(text string) bool {
	text = strings.TrimSpace(text)
	return thanksRe.MatchString(text) && !strings.ContainsAny(text, "?？") && utf8.RuneCountInString(text) <= 300
}

// other: playbook other — no reply drafted unless the seller asks. A
// thank-you needs none: it becomes no response needed, with a task to
// mark it in Seller Central too (it counts toward Contact Response Time
// until marked). Any other buyer message (a question before buying,
// something the classifier could not place) gets no draft either, but
// may well need an answer only the seller can give: it stays in the
// queue for a person (Owed), so the seller writes the reply (queue edit)
// or marks it no response needed, and Amazon's 24-hour clock stays in
// sight.
func (b *decider) other() {
	if !b.fromBuyer() {
		b.noResponse(ActionNoResponse, "not a buyer message: no reply")
		return
	}
	g := b.given()
	complaint := b.in.Order.Known() && b.shipped() && (g.Complaint == aftersale.SubDefective || g.Complaint == aftersale.SubDamaged ||
		g.Complaint == aftersale.SubWrongItem || g.Complaint == aftersale.SubMissingParts || g.MissingPart != "")
	if thanksOnly(b.in.Message.ClassifyText()) && !complaint && b.direct() {
		b.noResponse(ActionNoResponse, "a thank-you with no question: no reply needed")
		return
	}
	if thanksOnly(b.in.Message.ClassifyText()) && !complaint {
		b.noResponse(ActionNoResponse, "a thank-you with no question: no reply needed; mark no response needed in Seller Central")
		b.task(aftersale.TaskMarkNoResponse, "tick \"no response needed\" for this message in Seller Central", time.Time{})
		return
	}
	if complaint && g.Complaint == aftersale.SubNone {
		// "there was no charger in the box, thanks in advance": a part
		// named as absent is a missing-parts complaint.
		b.d.Reasons = append(b.d.Reasons, "the buyer names a part that was not in the parcel: answered as missing parts")
		b.complainAs(aftersale.SubMissingParts)
		return
	}
	if complaint {
		// playbook silent: a buyer who says what is wrong with an item of
		// a known order makes a complaint (return_dissatisfied), whatever
		// the classifier read.
		b.d.Reasons = append(b.d.Reasons, "the buyer says what is wrong with the item: answered as a complaint")
		b.complainAs(g.Complaint)
		return
	}
	if b.asked(aftersale.AskReturn) && g.Keep == "no" && b.in.Order.Known() && b.delivered() {
		// playbook silent: a buyer who sends a delivered item back and
		// will not keep it, with no fault, returns an unwanted item.
		b.d.Reasons = append(b.d.Reasons, "the buyer sends a delivered item back and will not keep it: answered as an unwanted return")
		b.returnUnwanted()
		return
	}
	if b.in.Message.HasFlag(aftersale.FlagNoBuyerText) && g.Photo && b.in.Order.Known() && b.delivered() {
		// playbook silent: a photo with no words on a delivered order
		// shows a problem with the item; the reply asks what is wrong.
		b.d.Reasons = append(b.d.Reasons, "a photo with no words on a delivered order: answered as a complaint that asks what is wrong")
		b.complainAs(aftersale.SubNone)
		return
	}
	b.noResponse(ActionOtherReply, "no playbook case fits (a question before buying, or a message no case describes): no reply drafted")
	b.d.Owed = true
	b.human("write the reply yourself (queue edit), or mark it no response needed here and in Seller Central")
}

// solicitationRe finds an offer of paid reviews, ranking, traffic or
// marketing services in the template languages: an offer ("we offer",
// "we can provide") beside reviews, ratings, rankings or sales, or a
// contact on a messaging app beside them.
var (
	solicitOfferRe = guard(`(?i)\b(?:we (?:offer|provide|sell|can (?:help|provide|boost|get|increase|deliver))|our (?:service|services|agency|team)|boost your|increase your|grow your|wir bieten|unser(?:e)? (?:service|agentur|dienstleistung)|steigern sie|nous (?:proposons|offrons|vendons)|notre (?:service|agence)|boostez|ofrecemos|vendemos|nuestro servicio|nuestra agencia|aumenta tus|offriamo|vendiamo|il nostro servizio|la nostra agenzia|aumenta le tue|whatsapp|telegram|skype|wechat)\b|提供|代写|刷单|刷好评|サービスを提供|代行`)
	solicitWhatRe  = guard(`(?i)\b(?:(?:5|five)[- ]star|reviews?|ratings?|rankings?|seo|traffic|sales|listing optimi[sz]ation|bewertungen|rezensionen|ranking|verkäufe|avis|évaluations|classement|ventes|reseñas|valoraciones|opiniones|posicionamiento|ventas|recensioni|valutazioni|posizionamento|vendite|estrellas|sterne|étoiles|stelle)\b|レビュー|評価|星5|ランキング|好评|评论|评价|排名|五星|销量`)
)

// solicitation reports whether a message offers paid reviews, ratings,
// ranking or marketing services.
func solicitation(text string) bool {
	return solicitOfferRe.MatchString(text) && solicitWhatRe.MatchString(text)
}

func (b *decider) fromBuyer() bool {
	return b.in.Message.Sender == aftersale.SenderBuyer || b.in.Message.RelayAlias != "" || b.direct()
}

// direct reports whether the message is a buyer's own mail to an account
// that takes direct buyer mail (aftersale.OriginDirect).
func (b *decider) direct() bool { return b.in.Class.Origin == aftersale.OriginDirect }

// threatens reports whether the buyer's words match re, or the
// classifier found risk in them.
func (b *decider) threatens(re *guarded, risk aftersale.Risk) bool {
	if re.MatchString(b.in.Message.ClassifyText()) {
		return true
	}
	if risk == aftersale.RiskLegal && b.in.Class.Facts.NewAddress != "" {
		// "12 Kings Court", "Court Road": a street name the classifier's
		// cue reads as a court. The legal words of a threat are not in
		// the text, and the classifier's flag still asks for a person.
		return false
	}
	return b.in.Class.NeedsHuman && b.in.Class.HasRisk(risk)
}

// wrongAddressRe finds a buyer saying the order's shipping address is
// wrong or old, in the template languages.
var wrongAddressRe = guard(`(?i)\b(?:wrong|old|previous|incorrect) (?:shipping |delivery )?address|address (?:is|was) (?:wrong|incorrect|old)|(?:falsche|alte|frühere) (?:liefer)?(?:adresse|anschrift)|(?:mauvaise|ancienne) adresse|adresse (?:erronée|incorrecte)|direcci[oó]n (?:equivocada|antigua|vieja|incorrecta|errónea)|(?:indirizzo (?:sbagliato|vecchio|errato)|vecchio indirizzo)\b|送り先を(?:実家|前の|旧|間違)|住所を間違|旧住所|前の住所|地址(?:写错|填错|错了)|旧地址|以前的地址|(?:gone|going|went|sent|shipped|heading|headed|addressed|sending) to\b[^.?!]{0,60}\b(?:which|that) ?(?:is|was|'s) (?:wrong|not right|incorrect|not my address)|\b(?:i'?ve|i have|we'?ve|we have) (?:just )?moved\b|\b(?:i|we) (?:no longer|don'?t) live there\b|\bbin (?:inzwischen |gerade |kürzlich )?umgezogen|wohne (?:dort |da )?nicht mehr|\bj'ai déménagé|n'habite plus|me (?:he|hemos) mudado|ya no vivo|\bho traslocato|mi sono trasferit[oa]|non abito più|引っ越し(?:まし|した)|搬家了`)

// canceledInfo answers a message about an order cancelled in the
// records: the cancellation, and the refund on record when there is one
// (playbook refund_status: amount, date and the bank's time).
func (b *decider) canceledInfo() {
	o := b.in.Order
	b.d.Action = ActionOrderCanceledInfo
	b.human("the order is cancelled in your records: check why before replying")
	if o.RefundAmount > 0 && !o.RefundDate.IsZero() {
		b.para(ParaRefundOnRecord)
		b.offer(OfferRefundInfo, "the order is cancelled and refunded: the refund on record, its date and the bank's time")
		b.states(FactRefundAmount, FactRefundDate)
	}
}

// addressChange: playbook address_change, with Amazon's override (ship only
// to the order address; unshipped FBM means cancel and reorder).
func (b *decider) addressChange() {
	o := b.in.Order
	if !b.statusKnown() {
		b.unknownOrder(ActionAddressOrderUnknown)
		b.offer(OfferReorder, "if it has not shipped: cancel and order again with the right address (Amazon: ship only to the order address)")
		b.offer(OfferCancelViaAmazon, "")
		return
	}
	if b.canceled() {
		// playbook silent: the order is already cancelled; tell the buyer
		// and let the seller explain why.
		b.canceledInfo()
		return
	}
	if o.Channel == aftersale.ChannelFBA {
		// Amazon override: for FBA orders the seller cannot change anything.
		b.d.Action = ActionAddressFBA
		b.offer(OfferAmazonSupport, "Amazon ships FBA orders; the seller cannot change the address")
		b.offer(OfferReorder, "")
		return
	}
	g := b.in.Class.Facts
	if !b.shipped() {
		b.fba() // flags an unknown channel
		b.set(FactNewAddress, g.NewAddress)
		if b.s.AllowAddressUpdate {
			// playbook: address_change, not shipped (the guide's route,
			// enabled by the seller): confirm the address, then update.
			b.d.Action = ActionAddressConfirm
			b.addressRequest()
			if g.NewAddress != "" {
				b.human("the new address is echoed from the buyer's message: compare it with the message before approving")
			}
			return
		}
		// Amazon override: cancel and reorder with the right address.
		b.d.Action = ActionAddressCancelReorder
		b.offer(OfferReorder, "Amazon: ship only to the order address; not shipped yet, so cancel and order again")
		b.offer(OfferCancelViaAmazon, "")
		if g.NewAddress != "" {
			b.why("no address request: the reorder carries the new address")
		}
		return
	}
	b.fba()
	// playbook: address_change, shipped — reship under the threshold.
	threshold, ok := b.threshold(o.Currency)
	switch {
	case !ok:
		b.d.Action = ActionAddressShippedDecline
		b.human(fmt.Sprintf("no reship threshold for currency %q: the draft declines; offer a reship yourself if you prefer", o.Currency))
	case o.ItemValue <= 0:
		b.d.Action = ActionAddressShippedDecline
		b.human("item value unknown: the draft declines; offer a reship yourself if the item is cheap")
	case o.ItemValue < threshold:
		b.d.Action = ActionAddressReshipOffer
		b.set(FactNewAddress, g.NewAddress)
		b.offer(OfferReshipNewAddress, fmt.Sprintf("shipped, and the item (%s) is worth less than the reship threshold (%s)",
			o.ItemValue.Format(o.Currency), threshold.Format(o.Currency)))
		b.addressRequest()
		b.task(aftersale.TaskReship, "once the buyer confirms the new address, send a new unit to it", time.Time{})
		b.states(FactCarrier)
		return
	default:
		b.d.Action = ActionAddressShippedDecline
		b.why(fmt.Sprintf("no reship: the item (%s) is worth at least the reship threshold", o.ItemValue.Format(o.Currency)))
	}
	if b.d.Facts[FactTracking] != "" {
		b.offer(OfferTracking, "the buyer can follow or redirect the parcel")
	}
	b.states(FactCarrier, FactTracking)
}

// addressRequest asks for the full new address, or echoes the one the
// buyer gave for confirmation.
func (b *decider) addressRequest() {
	if b.in.Class.Facts.NewAddress != "" {
		b.request(RequestAddressConfirmation, "the buyer gave the new address: it is echoed back to confirm")
		b.states(FactNewAddress)
		return
	}
	b.request(RequestAddress, "the buyer did not give the full new address")
}

// threshold returns the reship threshold for currency cur (case-insensitive).
func (b *decider) threshold(cur string) (aftersale.Money, bool) {
	if cur == "" {
		return 0, false
	}
	for k, v := range b.s.ReshipThreshold {
		if strings.EqualFold(k, cur) {
			return v, true
		}
	}
	return 0, false
}

// officialCancel reports whether the request came through Amazon's
// cancellation flow (docs/amazon.md, "Cancellation"): the notice, or the order report's
// is-buyer-requested-cancellation flag.
func (b *decider) officialCancel() bool {
	return b.in.Class.Notice == aftersale.NoticeCancellation || b.in.Order.BuyerRequestedCancel
}

// cancelOrder: playbook cancel_order, with Amazon's override on unofficial
// requests (only the official notice leads to a cancel task).
func (b *decider) cancelOrder() {
	o := b.in.Order
	if !b.statusKnown() {
		if b.officialCancel() && b.in.Class.Notice == aftersale.NoticeCancellation {
			// Amazon's notice from its no-reply sender, for an order the
			// records lack: tasks to look it up and cancel it, no reply
			// until the order is known.
			b.noResponse(ActionCancelOrderUnknown, "official cancellation request for an order not in your records: tasks for you, no reply yet")
			b.human(fmt.Sprintf("order %s is not in your records: look it up in Seller Central; if it has not shipped, cancel it", b.orderID()))
			b.task(aftersale.TaskCheckOrder, "look the order up in Seller Central", time.Time{})
			b.task(aftersale.TaskCancelOrder, "if the order has not shipped, cancel it in Seller Central (reason: buyer canceled)", b.in.Now.Add(24*time.Hour))
			return
		}
		b.unknownOrder(ActionCancelOrderUnknown)
		if b.officialCancel() {
			b.d.Reasons = append(b.d.Reasons, "official cancellation request: if the order has not shipped, cancel it in Seller Central")
			b.task(aftersale.TaskCancelOrder, "if the order has not shipped, cancel it in Seller Central (reason: buyer canceled)", b.in.Now.Add(24*time.Hour))
			return
		}
		b.offer(OfferCancelViaAmazon, "an unofficial request: the buyer requests the cancellation under Your Orders (Amazon rule)")
		return
	}
	if b.canceled() {
		// playbook silent: nothing left to cancel; confirm it, with the
		// refund on record when there is one (playbook: refund_status).
		b.d.Action = ActionCancelAlreadyCanceled
		if o.RefundAmount > 0 && !o.RefundDate.IsZero() {
			b.para(ParaRefundOnRecord)
			b.offer(OfferRefundInfo, "the order is cancelled and refunded: the refund on record, its date and the bank's time")
			b.states(FactRefundAmount, FactRefundDate)
		}
		return
	}
	if !b.shipped() {
		if o.Channel == aftersale.ChannelFBA {
			// playbook silent on FBA: Amazon, not the seller, cancels FBA
			// orders; point the buyer to Amazon's cancellation.
			b.d.Action = ActionCancelFBA
			b.offer(OfferCancelViaAmazon, "Amazon cancels FBA orders")
			b.offer(OfferAmazonSupport, "")
			return
		}
		b.fba()
		if b.officialCancel() {
			// playbook: cancel_order, not shipped, official notice.
			// playbook silent on a deadline: the task is due within 24 hours,
			// before the order ships.
			b.d.Action = ActionCancelConfirm
			b.offer(OfferCancel, "Amazon's official cancellation request on an unshipped order")
			b.task(aftersale.TaskCancelOrder, "cancel the order in Seller Central (reason: buyer canceled) before it ships", b.in.Now.Add(24*time.Hour))
			return
		}
		// Amazon override: an unofficial request; cancelling on it hurts the
		// Cancellation Rate. Point the buyer to Request Cancellation.
		b.d.Action = ActionCancelOfficialPath
		b.offer(OfferCancelViaAmazon, "an unofficial request: cancelling on it would count against your Cancellation Rate (Amazon rule)")
		return
	}
	b.cancelReason()
	if !b.delivered() {
		// playbook: cancel_order, shipped — cannot recall; refuse delivery;
		// refund once it comes back.
		b.d.Action = ActionCancelShippedRefuse
		b.keepRequest("playbook: ask whether the buyer would accept the item")
		b.offer(OfferReturn, "shipped: the buyer refuses the delivery and it comes back")
		b.offer(OfferRefund, "the refund follows once the parcel is back")
		if b.d.Facts[FactTracking] != "" {
			b.offer(OfferTracking, "")
		}
		b.states(FactCarrier, FactTracking)
		return
	}
	if b.fba() {
		// playbook: cancel_order, delivered, FBA — return it through Amazon.
		b.d.Action = ActionCancelDeliveredFBAReturn
		b.offer(OfferReturn, "delivered FBA order: a return through Amazon")
		b.offer(OfferRefund, "")
		b.states(FactDeliveryDate)
		return
	}
	// playbook: cancel_order, delivered, FBM — a return is costly; offer a
	// refund agreed with the buyer.
	b.d.Action = ActionCancelDeliveredFBMRefund
	b.offer(OfferKeepWithRefund, "delivered FBM order: a refund agreed with the buyer is cheaper than a return")
	b.offer(OfferRefund, "")
	b.keepRequest("playbook: agree a refund instead of a return")
	b.states(FactDeliveryDate)
}

// cancelReason asks why the buyer cancels a shipped order (playbook:
// cancel_order, shipped — ask the reason) unless the message says it.
func (b *decider) cancelReason() {
	if r := b.given().Reason; r != "" {
		b.why("no reason request: the buyer gave it: " + quote(r))
		return
	}
	if fitRe.MatchString(b.in.Message.ClassifyText()) {
		b.why("no reason request: the buyer said it does not fit")
		return
	}
	b.request(RequestReason, "playbook: ask why the buyer cancels")
}

// keepRequest asks whether the buyer would keep the item, unless the
// message says they will not.
func (b *decider) keepRequest(why string) {
	if b.given().Keep == "no" {
		b.why("no keep_item request: the buyer said they will not keep it")
		return
	}
	b.request(RequestKeepItem, why)
}

// shippingInquiry: playbook shipping_inquiry.
func (b *decider) shippingInquiry() {
	o := b.in.Order
	if !b.statusKnown() {
		// No record: the reply asks for or confirms the order and says it
		// is being looked up; it states no carrier, tracking or date.
		b.unknownOrder(ActionShippingOrderUnknown)
		b.why("no tracking offer: the order is not in your records")
		return
	}
	if b.fromBuyer() && b.shipped() && !b.delivered() && !b.canceled() &&
		(wrongAddressRe.MatchString(b.in.Message.ClassifyText()) || b.in.Class.Facts.NewAddress != "") {
		// playbook silent: "I left my parents' address on it, it has
		// shipped, what now?" or a new address written out asks for the
		// address to be changed.
		b.d.Reasons = append(b.d.Reasons, "the buyer says the order's address is wrong: answered as an address change")
		b.addressChange()
		return
	}
	if g := b.given(); b.fromBuyer() && b.delivered() && g.Symptom != "" && !fitRe.MatchString(g.Symptom) &&
		(g.Complaint == aftersale.SubDefective || g.Complaint == aftersale.SubDamaged) {
		// playbook silent: a buyer who describes a fault in a delivered
		// item makes a complaint, not a shipping question.
		b.d.Reasons = append(b.d.Reasons, "delivered and the buyer describes a fault: answered as a complaint")
		b.complainAs(g.Complaint)
		return
	}
	if g := b.given(); b.fromBuyer() && b.delivered() && g.MissingPart != "" && g.Complaint == aftersale.SubMissingParts {
		// playbook silent: "the parcel came but the remote was not in it"
		// is a missing part (return_dissatisfied), not a shipping question.
		b.d.Reasons = append(b.d.Reasons, "delivered and the buyer names a part that was not in it: answered as missing parts")
		b.complainAs(aftersale.SubMissingParts)
		return
	}
	if b.canceled() {
		b.canceledInfo()
		return
	}
	if b.longOverdue() && b.fromBuyer() {
		// playbook: a parcel long overdue is not_received
		// (return_dissatisfied): the buyer is offered a remedy, not only
		// the tracking.
		b.d.Reasons = append(b.d.Reasons, fmt.Sprintf("a week or more past the latest delivery date %s: answered as not received", o.LatestDelivery.Format(dateLayout)))
		b.notReceived()
		return
	}
	b.overdue()
	if o.Channel == aftersale.ChannelFBA {
		// playbook: shipping_inquiry, FBA — Amazon handles delivery.
		b.d.Action = ActionShippingFBA
		b.offer(OfferAmazonSupport, "playbook: Amazon delivers FBA orders")
		b.offer(OfferTracking, "Track package under Your Orders")
		b.states(FactTracking, FactCarrier, FactDeliveryDate, FactExpectedDelivery)
		return
	}
	b.fba()
	if o.Tracking != "" {
		// playbook: shipping_inquiry, FBM — carrier, tracking, expected delivery.
		b.d.Action = ActionShippingTracking
		b.offer(OfferTracking, "playbook: carrier, tracking number and expected delivery from your records")
		b.states(FactShipDate, FactCarrier, FactTracking, FactDeliveryDate, FactExpectedDelivery)
		return
	}
	// playbook: shipping_inquiry, FBM, no tracking — say when it will be
	// sent, and flag it.
	b.d.Action = ActionShippingNoTracking
	b.offer(OfferTracking, "playbook: no tracking on record — say when it is sent")
	if b.shipped() {
		// playbook silent: shipped without tracking on record; the date it
		// left is the dispatch date.
		b.setDate(FactDispatchDate, o.ShipDate)
		b.states(FactDispatchDate, FactCarrier)
		b.human("shipped but no tracking number on record: add the tracking in Seller Central")
		b.task(aftersale.TaskAddTracking, "confirm the shipment with its tracking number in Seller Central", time.Time{})
		return
	}
	b.human("not shipped yet: fill in the date you will dispatch it")
	b.task(aftersale.TaskAddTracking, "ship the order and confirm it with a tracking number in Seller Central", time.Time{})
}

// notReceived: playbook return_dissatisfied, not_received — the tracking
// on record, and a replacement or refund as the buyer prefers.
func (b *decider) notReceived() {
	b.d.Action = ActionDissatisfiedNotReceived
	b.overdue()
	b.states(FactShipDate, FactCarrier, FactTracking, FactDeliveryDate)
	if b.d.Facts[FactTracking] != "" {
		b.offer(OfferTracking, "the tracking on record, and what the carrier reports")
	}
	b.complain(compNotReceived)
}

// longOverdue reports whether a shipped order is a week or more past its
// latest delivery date and not delivered (playbook silent on how long
// "long overdue" is: a week past the promised date).
func (b *decider) longOverdue() bool {
	o := b.in.Order
	return b.shipped() && !b.delivered() && !o.LatestDelivery.IsZero() && !o.LatestDelivery.After(b.in.Now.AddDate(0, 0, -7))
}

// overdue flags an order past its latest delivery date and not delivered
// (playbook silent: a person should consider a reship or refund).
func (b *decider) overdue() {
	o := b.in.Order
	if !o.LatestDelivery.IsZero() && o.LatestDelivery.Before(b.in.Now) && !b.delivered() {
		b.human(fmt.Sprintf("past the latest delivery date %s: consider a reship or refund", o.LatestDelivery.Format(dateLayout)))
	}
}

// returnUnwanted: playbook return_unwanted — offer to keep it with a
// refund; FBA returns within 30 days, said honestly.
func (b *decider) returnUnwanted() {
	if b.statusKnown() && !b.shipped() {
		// playbook silent: the case presumes a shipped item; an unshipped
		// order is a cancellation.
		b.d.Reasons = append(b.d.Reasons, "order not shipped yet: answered as a cancellation")
		b.cancelOrder()
		return
	}
	if b.overdueUndelivered() {
		// playbook silent: a buyer who wants out of an order that never
		// came has not received it (return_dissatisfied, not received).
		b.d.Reasons = append(b.d.Reasons, "shipped, past its latest delivery date and not delivered: answered as not received")
		b.notReceived()
		return
	}
	if g := b.given(); g.Complaint == aftersale.SubWrongItem && b.fromBuyer() && b.delivered() {
		// playbook silent: an item other than the one ordered is a
		// complaint (return_dissatisfied, wrong item), not an unwanted return.
		b.d.Reasons = append(b.d.Reasons, "the buyer received another item than the one ordered: answered as a complaint")
		b.complainAs(aftersale.SubWrongItem)
		return
	}
	if g := b.given(); g.Symptom != "" && b.fromBuyer() && !fitRe.MatchString(g.Symptom) &&
		(g.Complaint == aftersale.SubDefective || g.Complaint == aftersale.SubDamaged) {
		// playbook silent: a buyer who returns an item because it does not
		// work makes a complaint (return_dissatisfied, defective), not an
		// unwanted return.
		b.d.Reasons = append(b.d.Reasons, "the buyer describes a fault: answered as a complaint")
		b.complaintFromGiven(aftersale.SubDefective)
		return
	}
	b.unwanted()
}

// overdueUndelivered reports whether a buyer writes about a known order
// that shipped, is not delivered and is past its latest delivery date by
// a week or more, or past it with the buyer saying it never came.
func (b *decider) overdueUndelivered() bool {
	o := b.in.Order
	if !b.fromBuyer() || !o.Known() || !b.shipped() || b.delivered() || b.canceled() || o.LatestDelivery.IsZero() {
		return false
	}
	return b.longOverdue() || (o.LatestDelivery.Before(b.in.Now) && b.given().Complaint == aftersale.SubNotReceived)
}

// fitRe finds a buyer saying the item does not fit, in the template
// languages: a reason to return it, not a fault.
var fitRe = guard(`(?i)\b(?:too (?:small|big|large|tight|loose|short|long)|(?:doesn't|does not|didn't|did not) fit|zu (?:klein|groß|gross|eng|weit|kurz|lang)|passt nicht|trop (?:petit|grand|serré|large|court|long)e?s?|ne me va pas|demasiado (?:pequeñ|grande|estrech|corto|largo)\p{L}*|no me queda|troppo (?:piccol|grand|strett|larg|cort|lung)\p{L}*|non mi sta|(?:smaller|bigger|larger) than|(?:kleiner|größer) als|plus (?:petit|grand)e?s? que|más (?:pequeñ|grand)\p{L}* (?:de|que)|più (?:piccol|grand)\p{L}*)\b|サイズが合わ|小さすぎ|大きすぎ|きつ|ゆる|尺码不合适|不合身|太小|太大|偏小|偏大`)

// complaintFromGiven answers a message read as another case as the
// complaint the buyer describes (Given.Complaint), sub as the default.
func (b *decider) complaintFromGiven(sub aftersale.SubReason) {
	if c := b.given().Complaint; c != aftersale.SubNone && c != aftersale.SubNotReceived {
		sub = c
	}
	b.complainAs(sub)
}

// complainAs answers a complaint of sub-reason sub (any but not_received)
// with its playbook action; no sub-reason gets the general complaint:
// apologise, ask what is wrong and for photos, offer a return or refund
// (the playbook is silent on a missing sub-reason).
func (b *decider) complainAs(sub aftersale.SubReason) {
	switch sub {
	case aftersale.SubDamaged:
		b.d.Action = ActionDissatisfiedDamaged
		b.complain(compDamaged)
	case aftersale.SubWrongItem:
		b.d.Action = ActionDissatisfiedWrongItem
		b.complain(compWrong)
	case aftersale.SubMissingParts:
		b.d.Action = ActionDissatisfiedMissingParts
		b.complain(compMissing)
	case aftersale.SubDefective:
		b.d.Action = ActionDissatisfiedDefective
		b.complain(compDefective)
	default:
		b.d.Action = ActionDissatisfiedGeneral
		b.complain(compGeneral)
	}
}

// returnDissatisfied: playbook return_dissatisfied, per sub-reason.
func (b *decider) returnDissatisfied() {
	if g := b.given(); b.fromBuyer() && g.MissingPart != "" && g.Ordered == "" && g.Received == "" && g.Wanted == "" &&
		(b.in.Class.SubReason == aftersale.SubWrongItem || b.in.Class.SubReason == aftersale.SubNone ||
			b.in.Class.SubReason == aftersale.SubNotReceived && (b.delivered() || !b.statusKnown()) ||
			b.in.Class.SubReason == aftersale.SubDamaged && g.Complaint != aftersale.SubDamaged && g.Symptom == "") {
		// playbook silent: "the parcel came but the remote was not in it"
		// names a missing part, whatever sub-reason triage read (damaged
		// too, when the buyer describes nothing broken).
		b.d.Reasons = append(b.d.Reasons, "the buyer names a part that was not in the parcel: answered as missing parts")
		b.complainAs(aftersale.SubMissingParts)
		return
	}
	if b.fitCancel() {
		// playbook silent: "it came but the size is wrong, please cancel"
		// names no fault; a delivered order the buyer cancels is
		// cancel_order (FBM: a refund agreed instead of a costly return).
		b.d.Reasons = append(b.d.Reasons, "delivered, and the buyer cancels because it does not fit: answered as a cancellation")
		b.cancelOrder()
		return
	}
	switch b.in.Class.SubReason {
	case aftersale.SubNotReceived:
		if c := b.given().Complaint; b.delivered() && b.fromBuyer() &&
			(c == aftersale.SubWrongItem || c == aftersale.SubDamaged || c == aftersale.SubDefective) {
			// playbook silent: a delivered order whose buyer says what is
			// wrong with it came; the complaint is what the buyer names.
			b.d.Reasons = append(b.d.Reasons, "delivered, and the buyer says what is wrong with it: answered as that complaint")
			b.complainAs(c)
			return
		}
		switch {
		case b.asked(aftersale.AskPartialRefund) || b.given().Keep == "yes":
			// playbook silent: a buyer who would keep the item has it.
			b.d.Reasons = append(b.d.Reasons, "the buyer has the item and would keep it: answered as a complaint")
			b.d.Action = ActionDissatisfiedGeneral
			b.complain(compGeneral)
			return
		}
		if b.statusKnown() && !b.shipped() && !b.canceled() {
			// playbook silent: "not received" on an unshipped order is a
			// shipping question.
			b.d.Reasons = append(b.d.Reasons, "order not shipped yet: answered as a shipping inquiry")
			b.shippingInquiry()
			return
		}
		b.notReceived()
	case aftersale.SubMissingParts, aftersale.SubWrongItem:
		if g := b.given(); b.fromBuyer() && g.Complaint == aftersale.SubNone && g.MissingPart == "" && g.Ordered == "" &&
			g.Received == "" && g.Wanted == "" && !b.asked(aftersale.AskSendParts) && bareFaultOnly(b.in.Message.ClassifyText()) {
			// "Two of the bulbs don't work", "东西是坏的": a fault said
			// bare, with nothing missing or wrong named, is a defect.
			b.d.Reasons = append(b.d.Reasons, "the buyer only says the item is faulty: answered as defective")
			b.complainAs(aftersale.SubDefective)
			return
		}
		b.complainAs(b.in.Class.SubReason)
	default:
		b.complainAs(b.in.Class.SubReason)
	}
}

// fitCancel reports whether a buyer cancels a delivered order because it
// does not fit: a cancel asked, no remedy asked, the only fault said a fit
// ("サイズが合わず使えない", "too small for the shelf"), nothing damaged,
// wrong or missing.
func (b *decider) fitCancel() bool {
	g := b.given()
	if !b.fromBuyer() || !b.asked(aftersale.AskCancel) || !b.in.Order.Known() || !b.delivered() || g.MissingPart != "" {
		return false
	}
	for _, a := range []aftersale.Ask{aftersale.AskReplacement, aftersale.AskRefund, aftersale.AskPartialRefund, aftersale.AskSendParts} {
		if b.asked(a) {
			return false
		}
	}
	switch g.Complaint {
	case aftersale.SubDamaged, aftersale.SubWrongItem, aftersale.SubMissingParts, aftersale.SubNotReceived:
		return false
	}
	text := b.in.Message.ClassifyText()
	return fitRe.MatchString(text) && (g.Symptom == "" || fitRe.MatchString(g.Symptom))
}

// damagedReturnRe reads Amazon's return reason codes that mean the item
// cannot be resold as new (docs/amazon.md, "Return reason codes").
var damagedReturnRe = regexp.MustCompile(`(?i)damag|defect|doesn.?t work|does not work|broken|beschädigt|defekt`)

// returnedGoods: playbook returned_goods — a seller task, no reply.
func (b *decider) returnedGoods() {
	if b.fromBuyer() && b.in.Class.Notice == aftersale.NoticeNone {
		// A buyer saying "I sent it back, did you get it?" asks about the
		// refund: the playbook's returned_goods is a notice, not a buyer
		// request, and a buyer message must never vanish as "no reply".
		b.refundStatus()
		return
	}
	b.noResponse(ActionReturnedGoodsTask, "returned item: a task for you, no reply to the buyer")
	b.inspectTask()
	o := b.in.Order
	if b.in.Class.Notice == aftersale.NoticeRefund || o.RefundAmount > 0 || o.Channel == aftersale.ChannelFBA {
		return
	}
	switch {
	case o.Known() && !o.ReturnReceived.IsZero():
		// Amazon: refunds for FBM returns are due within two business days.
		b.task(aftersale.TaskRefund, "refund the returned order", b.s.addBusinessDays(o.ReturnReceived, 2))
	case b.in.Class.Notice == aftersale.NoticeReturnReceived:
		// The notice says the return arrived: the two business days run
		// from the notice.
		at := b.in.Message.Date
		if at.IsZero() {
			at = b.in.Now
		}
		b.task(aftersale.TaskRefund, "refund the returned order (Amazon: within two business days of receiving the return)", b.s.addBusinessDays(at, 2))
	}
}

// inspectTask is the playbook's returned_goods task: an intact item is
// relabelled and sold again, a damaged one disposed of. Amazon's return
// reason decides the default, and both say to inspect first.
func (b *decider) inspectTask() {
	damaged := damagedReturnRe.MatchString(b.in.Class.Facts.ReturnReason) ||
		b.in.Class.SubReason == aftersale.SubDamaged || b.in.Class.SubReason == aftersale.SubDefective
	if damaged {
		b.task(aftersale.TaskDispose, "inspect the returned item; if it is damaged, have Amazon dispose of it or send it to a returns service", time.Time{})
	} else {
		b.task(aftersale.TaskRelabelResell, "inspect the returned item; if it is intact, have it relabelled and sold again", time.Time{})
	}
}

// returnRequest: Amazon's return authorisation notice (docs/amazon.md, "Returns, seller-fulfilled"):
// Amazon authorised the return and the buyer sends the item back. No
// reply (the notice comes from a no-reply sender); the tasks are to
// inspect the item when it arrives and, for FBM, to refund within two
// business days of receiving it.
func (b *decider) returnRequest() {
	b.noResponse(ActionReturnRequestTask, "Amazon return authorisation: tasks for you, no reply (Amazon's notices cannot be answered by mail)")
	b.inspectTask()
	if b.in.Order.Channel == aftersale.ChannelFBA {
		return // Amazon receives and refunds FBA returns
	}
	b.task(aftersale.TaskRefund, "refund the order within two business days of receiving the return", time.Time{})
}

// feedbackAlert: Amazon's negative feedback or review notice (playbook:
// negative_review — find the order and contact the buyer as fast as
// possible). No reply to the notice: a task to write to the buyer in
// Seller Central, apologising and offering a solution, never tied to the
// feedback.
func (b *decider) feedbackAlert() {
	b.noResponse(ActionFeedbackTask, "Amazon feedback or review alert: a task for you, no reply to the notice")
	b.task(aftersale.TaskContactBuyer, "write to the buyer through Buyer-Seller Messaging: apologise and offer a refund or replacement; never ask to change the feedback in exchange", b.in.Now.Add(24*time.Hour))
	if !b.in.Order.Known() {
		b.task(aftersale.TaskCheckOrder, "find the order behind the feedback", time.Time{})
	}
}

// negativeReview: playbook negative_review — apologise, ask what went
// wrong unless the buyer said it, offer a solution (a refund or reship, as
// asked). The solution is the one the complaint calls for: a missing part
// is sent, a wrong item replaced by the right one, a parcel that never
// came replaced or refunded. Never tie anything to a review (Amazon
// override): the reply does not mention it.
func (b *decider) negativeReview() {
	b.d.Action = ActionReviewResolve
	g := b.given()
	switch {
	case g.MissingPart != "" || g.Complaint == aftersale.SubMissingParts:
		b.why("the review is about a missing part: the part is sent")
		b.complain(compMissing)
	case g.Complaint == aftersale.SubWrongItem || g.Wanted != "":
		b.why("the review is about a wrong item: the right one is sent")
		b.complain(compWrong)
	case g.Complaint == aftersale.SubNotReceived:
		b.why("the review is about a parcel that never came")
		b.complain(compNotReceived)
	case g.Complaint == aftersale.SubDamaged:
		b.why("the review is about an item that arrived damaged: a replacement or refund, and photos of the damage")
		b.complain(compDamaged)
	default:
		b.complain(compReview)
	}
}

// refundStatus: playbook refund_status.
func (b *decider) refundStatus() {
	o := b.in.Order
	if !o.Known() {
		b.unknownOrder(ActionRefundUnknown)
		return
	}
	if o.RefundAmount > 0 || !o.RefundDate.IsZero() {
		// playbook: refund on record — amount, date, bank time.
		b.d.Action = ActionRefundIssued
		b.offer(OfferRefundInfo, "playbook: the refund on record, its date and the bank's time")
		b.states(FactRefundAmount, FactRefundDate)
		return
	}
	if !o.ReturnReceived.IsZero() {
		if o.Channel == aftersale.ChannelFBA {
			// playbook silent on FBA: Amazon refunds FBA returns itself.
			b.d.Action = ActionRefundUnknown
			b.human("FBA return received but no refund on record: check the refund in Seller Central")
			b.task(aftersale.TaskCheckOrder, "check the refund of the FBA return in Seller Central", time.Time{})
			return
		}
		b.fba()
		// playbook: return received, no refund (FBM) — refund within two
		// business days of receiving the return.
		b.d.Action = ActionRefundProcessing
		// refund_info is the refund on record (amount and date); there is
		// none yet, so the reply offers the refund the seller issues now.
		b.offer(OfferRefund, "playbook: the return arrived and is not refunded yet (FBM): the refund is issued now, within two business days, and the reply says it is being processed")
		due := b.s.addBusinessDays(o.ReturnReceived, 2)
		b.task(aftersale.TaskRefund, "refund the returned order (Amazon: within two business days of receiving the return)", due)
		if due.Before(b.in.Now) {
			b.human(fmt.Sprintf("refund overdue since %s", due.Format(dateLayout)))
		}
		return
	}
	// playbook: nothing on record — ask for patience, flag it.
	b.d.Action = ActionRefundUnknown
	b.human("no refund or received return on record: check the order before replying")
	b.task(aftersale.TaskCheckOrder, "check the return and refund status in Seller Central", time.Time{})
}

// addBusinessDays adds n days to t, skipping Saturdays, Sundays and the
// seller's Holidays (the dates as on t's clock).
func (s Settings) addBusinessDays(t time.Time, n int) time.Time {
	for n > 0 {
		t = t.AddDate(0, 0, 1)
		if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday && !s.isHoliday(t) {
			n--
		}
	}
	return t
}

func (b *decider) finish() Decision {
	d := b.d
	c := b.in.Class
	if c.NeedsHuman {
		reasons := append([]string{}, c.Reasons...)
		if len(reasons) == 0 {
			reasons = append(reasons, "the classifier asked for a person")
		}
		d.Reasons = append(reasons, d.Reasons...)
		d.NeedsHuman = true
	}
	if d.NoResponse {
		d.Plan = Plan{Why: d.Plan.Why}
	} else {
		need := append([]string{FactOrderID}, requiredFacts[d.Action]...)
		for _, p := range d.Plan.Paragraphs {
			need = append(need, paragraphFacts[p]...)
		}
		for _, k := range need {
			if k == FactExpectedDelivery && d.Facts[FactDelivered] == "true" {
				continue // the templates say when it was delivered instead
			}
			if d.Facts[k] == "" && !slices.Contains(d.Placeholders, PlaceholderLabel(k)) {
				d.Placeholders = append(d.Placeholders, PlaceholderLabel(k))
			}
		}
	}
	d.Reasons = dedupe(d.Reasons)
	return d
}

func dedupe(ss []string) []string {
	seen := make(map[string]bool, len(ss))
	out := ss[:0]
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// autoReplyRe finds the words of an automatic reply (out of office,
// holiday notice) in the template languages; holidayRe the weaker words
// of a holiday notice, which count only beside a return date
// (untilRe).
var (
	autoReplyRe = guard(`(?i)\b(?:out of (?:the )?office|automatic reply|auto-?reply|automated (?:reply|response)|limited access to (?:my )?e-?mail|nicht im büro|abwesenheitsnotiz|automatische antwort|automatisch generiert|absente? du bureau|réponse automatique|message automatique|fuera de la oficina|respuesta automática|mensaje automático|fuori ufficio|risposta automatica|messaggio automatico)\b|自動返信|自動応答|不在にしております|自动回复|不在办公室`)
	autoHeadRe  = guard(`(?i)\b(?:automatic reply|auto-?reply|automated (?:reply|response)|out of office\s*:|abwesenheitsnotiz|automatische antwort|réponse automatique|respuesta automática|risposta automatica)\b|自動返信|自動応答|自动回复`)
	holidayRe   = guard(`(?i)\b(?:on (?:annual )?leave|on holiday|on vacation|away from (?:the|my) (?:office|desk)|im urlaub|abwesend|en congés?|en vacances|de vacaciones|ausente|in ferie|assente)\b|休暇|休假`)
	untilRe     = guard(`(?i)\b(?:until|till|return|returning|back on|back in the office|bis|zurück|wieder erreichbar|wieder im büro|wieder da|ab dem|jusqu|retour|hasta|vuelta|regreso|fino al|rientro|ritorno)\b|まで|より順次|以降|之后|后回复|回来`)
)

// autoReplyText reports whether a buyer message is an automatic reply:
// the words of one at its start, or anywhere in a short text with no
// question; a holiday notice only with its return date, short and with no
// question.
func autoReplyText(text string) bool {
	text = strings.TrimSpace(text)
	n := utf8.RuneCountInString(text)
	question := strings.ContainsAny(text, "?？")
	if n <= 2000 && autoReplyRe.MatchString(text) {
		if !question {
			return true
		}
		// A question beside the words ("I was out of office, where is my
		// order?") is a buyer's; an automatic reply names itself first.
		if loc := autoHeadRe.FindStringIndex(text); loc != nil && utf8.RuneCountInString(text[:loc[0]]) <= 60 {
			return true
		}
	}
	return n <= 600 && !question && holidayRe.MatchString(text) && untilRe.MatchString(text)
}
