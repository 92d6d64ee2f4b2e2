package respond

import (
	"fmt"
	"slices"
	"strings"

	"github.com/aftersale/aftersale"
)

// Offer is something a reply offers the buyer. The values are shown to
// sellers and named in reply scenarios (eval-replies), so they never
// change.
type Offer string

// Offers a plan can make.
const (
	OfferReplacement      Offer = "replacement"        // a new unit, or the correct one
	OfferSendParts        Offer = "send_parts"         // send the missing parts
	OfferRefund           Offer = "refund"             // the money back
	OfferPartialRefund    Offer = "partial_refund"     // part of the money back
	OfferKeepWithRefund   Offer = "keep_with_refund"   // a refund without a return
	OfferReturn           Offer = "return"             // how to return it (Your Orders)
	OfferCancelViaAmazon  Offer = "cancel_via_amazon"  // Your Orders > Request cancellation
	OfferCancel           Offer = "cancel"             // the seller cancels
	OfferReorder          Offer = "reorder"            // cancel and order again with the right address
	OfferReshipNewAddress Offer = "reship_new_address" // a new unit to the new address
	OfferTracking         Offer = "tracking"           // carrier, tracking number or dates from the record
	OfferAmazonSupport    Offer = "amazon_support"     // Amazon customer service (FBA)
	OfferRefundInfo       Offer = "refund_info"        // the refund on record and bank timing
)

// Offers lists every Offer.
func Offers() []Offer {
	return []Offer{OfferReplacement, OfferSendParts, OfferRefund, OfferPartialRefund, OfferKeepWithRefund,
		OfferReturn, OfferCancelViaAmazon, OfferCancel, OfferReorder, OfferReshipNewAddress, OfferTracking,
		OfferAmazonSupport, OfferRefundInfo}
}

// Request is something a reply asks the buyer for.
type Request string

// Requests a plan can make.
const (
	RequestPhoto               Request = "photo"                // a photo (or video) of the item
	RequestSymptom             Request = "symptom"              // what is wrong with it
	RequestMissingPart         Request = "missing_part"         // which part is missing, how many
	RequestReason              Request = "reason"               // why they cancel or return
	RequestAddress             Request = "address"              // the full new address
	RequestAddressConfirmation Request = "address_confirmation" // confirm the address echoed back
	RequestVariant             Request = "variant"              // which size or colour they want
	RequestOrderID             Request = "order_id"             // the order number
	RequestKeepItem            Request = "keep_item"            // whether they would keep the item
)

// Requests lists every Request.
func Requests() []Request {
	return []Request{RequestPhoto, RequestSymptom, RequestMissingPart, RequestReason, RequestAddress,
		RequestAddressConfirmation, RequestVariant, RequestOrderID, RequestKeepItem}
}

// Plan is what a reply does, decided before its text (Decide): what it
// offers, what it asks the buyer for, the facts it states, and the
// paragraphs that say so. The seller tasks are Decision.Tasks.
type Plan struct {
	Offers   []Offer   `json:"offers"`
	Requests []Request `json:"requests"`
	// States are the facts the reply states, as Decision.Facts keys
	// (carrier, tracking, refund_amount, ...).
	States []string `json:"states"`
	// Paragraphs are the templates of paragraphs.tmpl rendered after the
	// action's own template, in order.
	Paragraphs []string `json:"paragraphs"`
	// Why says, a line each, why the plan offers or asks what it does and
	// what it leaves out because the buyer already said it.
	Why []string `json:"why"`
}

// HasOffer reports whether the plan offers o.
func (p Plan) HasOffer(o Offer) bool { return slices.Contains(p.Offers, o) }

// HasRequest reports whether the plan asks for r.
func (p Plan) HasRequest(r Request) bool { return slices.Contains(p.Requests, r) }

// Paragraph templates (paragraphs.tmpl in every language). Each says one
// part of a plan; Decide lists the ones a reply needs.
const (
	ParaThanksPhoto             = "thanks_photo"              // thanks for the photo or video
	ParaSendParts               = "send_parts"                // we send the missing parts
	ParaSendPartsOnceKnown      = "send_parts_once_known"     // we send them once we know which
	ParaSendBroken              = "send_broken"               // we send new pieces for the broken ones
	ParaReplacement             = "replacement"               // we send a new unit (FBM)
	ParaCorrectItem             = "correct_item"              // we send the correct item (FBM)
	ParaReplacementFBA          = "replacement_fba"           // a replacement through Your Orders (FBA)
	ParaRefundKeep              = "refund_keep"               // a full refund, keep the item
	ParaRefundReturn            = "refund_return"             // return it, refund on arrival
	ParaRefundNow               = "refund_now"                // a full refund now (never arrived)
	ParaPartialRefund           = "partial_refund"            // a partial refund of an amount the seller fills in
	ParaChoiceReplacementRefund = "choice_replacement_refund" // replacement or refund, as the buyer prefers
	ParaChoiceReturnRefund      = "choice_return_refund"      // return or refund, as the buyer prefers
	ParaChoiceCorrectReturn     = "choice_correct_return"     // the correct item, or a return and refund
	ParaChoiceRefundReplacement = "choice_refund_replacement" // refund or replacement (after a complaint)
	ParaChoiceFBA               = "choice_fba"                // replacement or refund through Your Orders (FBA)
	ParaNotReceivedFBA          = "not_received_fba"          // Amazon traces the parcel (FBA)
	ParaAltReturn               = "alt_return"                // or return it for a refund
	ParaAltRefund               = "alt_refund"                // or a refund, if they prefer
	ParaKeepOffer               = "keep_offer"                // keep it with a partial refund?
	ParaReturnHowTo             = "return_howto"              // how to return it (30 days for FBA)
	ParaExchange                = "exchange"                  // return it, we send the other variant (FBM)
	ParaExchangeFBA             = "exchange_fba"              // return it, order the other variant (FBA)
	ParaAskPhotoDamage          = "ask_photo_damage"
	ParaAskPhotoWrong           = "ask_photo_wrong"
	ParaAskPhotoDefect          = "ask_photo_defect"
	ParaAskPhotoGeneral         = "ask_photo_general"
	ParaAskSymptom              = "ask_symptom"
	ParaAskSymptomPhoto         = "ask_symptom_photo"
	ParaAskMissingPart          = "ask_missing_part"
	ParaAskMissingPartPhoto     = "ask_missing_part_photo"
	ParaAskWhatWrong            = "ask_what_wrong"
	ParaAskVariant              = "ask_variant"
	ParaAskReasonReturn         = "ask_reason_return" // why the item is not right for them
	ParaAskOrderID              = "ask_order_id"
	ParaRefundOnRecord          = "refund_on_record" // the refund on record, its date and the bank's time
)

// Paragraphs lists every paragraph template.
func Paragraphs() []string {
	return []string{ParaThanksPhoto, ParaSendParts, ParaSendPartsOnceKnown, ParaSendBroken, ParaReplacement, ParaCorrectItem,
		ParaReplacementFBA, ParaRefundKeep, ParaRefundReturn, ParaRefundNow, ParaPartialRefund,
		ParaChoiceReplacementRefund, ParaChoiceReturnRefund, ParaChoiceCorrectReturn, ParaChoiceRefundReplacement,
		ParaChoiceFBA, ParaNotReceivedFBA, ParaAltReturn, ParaAltRefund, ParaKeepOffer, ParaReturnHowTo,
		ParaExchange, ParaExchangeFBA, ParaAskPhotoDamage, ParaAskPhotoWrong, ParaAskPhotoDefect,
		ParaAskPhotoGeneral, ParaAskSymptom, ParaAskSymptomPhoto, ParaAskMissingPart, ParaAskMissingPartPhoto,
		ParaAskWhatWrong, ParaAskVariant, ParaAskReasonReturn, ParaAskOrderID, ParaRefundOnRecord}
}

// paragraphFacts are the facts a paragraph always prints; a missing one is
// a placeholder.
var paragraphFacts = map[string][]string{
	ParaPartialRefund:  {FactPartialRefund},
	ParaRefundOnRecord: {FactRefundAmount, FactRefundDate},
}

// FactPartialRefund is the partial refund the seller offers; never known
// to Decide, so the seller fills it in.
const FactPartialRefund = "partial_refund"

func (b *decider) offer(o Offer, why string) {
	if !slices.Contains(b.d.Plan.Offers, o) {
		b.d.Plan.Offers = append(b.d.Plan.Offers, o)
	}
	if why != "" {
		b.why(string(o) + ": " + why)
	}
}

func (b *decider) request(r Request, why string) {
	if !slices.Contains(b.d.Plan.Requests, r) {
		b.d.Plan.Requests = append(b.d.Plan.Requests, r)
	}
	if why != "" {
		b.why("asks " + string(r) + ": " + why)
	}
}

func (b *decider) para(names ...string) {
	for _, n := range names {
		if !slices.Contains(b.d.Plan.Paragraphs, n) {
			b.d.Plan.Paragraphs = append(b.d.Plan.Paragraphs, n)
		}
	}
}

func (b *decider) why(line string) {
	if !slices.Contains(b.d.Plan.Why, line) {
		b.d.Plan.Why = append(b.d.Plan.Why, line)
	}
}

// states records the facts the reply states, those that are known.
func (b *decider) states(keys ...string) {
	for _, k := range keys {
		if b.d.Facts[k] != "" && !slices.Contains(b.d.Plan.States, k) {
			b.d.Plan.States = append(b.d.Plan.States, k)
		}
	}
}

// asked reports whether the buyer asks for a.
func (b *decider) asked(a aftersale.Ask) bool { return b.in.Class.Facts.Has(a) }

func (b *decider) given() aftersale.Given { return b.in.Class.Facts.Given }

// quote shows buyer text in a Why line: one line, at most 80 characters.
func quote(s string) string {
	s = strings.Join(strings.Fields(cleanControls(s)), " ")
	if r := []rune(s); len(r) > 80 {
		s = string(r[:80]) + "…"
	}
	return "“" + s + "”"
}

// partName describes the missing part the buyer named, for Why lines and
// tasks: "screws ×4".
func partName(g aftersale.Given) string {
	if g.MissingPart == "" {
		return ""
	}
	s := cleanName(g.MissingPart)
	if g.MissingCount > 0 {
		s += fmt.Sprintf(" ×%d", g.MissingCount)
	}
	return s
}
