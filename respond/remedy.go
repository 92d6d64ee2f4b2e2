package respond

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/aftersale/aftersale"
)

// complaint is what went wrong, for the remedy and the requests of a
// reply: a return_dissatisfied sub-reason or a complaint behind a
// negative review.
type complaint string

const (
	compDamaged     complaint = "damaged"
	compWrong       complaint = "wrong_item"
	compDefective   complaint = "defective"
	compMissing     complaint = "missing_parts"
	compGeneral     complaint = "general"
	compReview      complaint = "review"
	compNotReceived complaint = "not_received"
)

// complain plans the reply to a complaint (playbook: return_dissatisfied,
// negative_review): thanks for a photo the buyer sent, the remedy, then
// what the seller still needs to know. The buyer's asks choose among the
// playbook's remedies; nothing the message already gives is asked again.
func (b *decider) complain(k complaint) {
	if b.given().Photo && k != compReview && k != compNotReceived {
		b.para(ParaThanksPhoto)
		b.why("no photo request: the buyer sent one")
	}
	b.remedy(k)
	b.requests(k)
	b.unknownOrderTask()
}

// remedy chooses what the reply offers. Playbook: damaged — replacement or
// refund; wrong item, not received — return or refund as the buyer
// prefers; negative review — refund or reship. What the buyer asks for
// decides among them: missing parts the seller sends (unless
// Settings.NoReplacements), a replacement, a refund or a partial refund;
// with no ask the buyer chooses. A remedy the buyer refuses is never
// offered: a buyer who refuses a replacement and asks for nothing else
// gets a refund, one who refuses a refund a replacement, and one who
// keeps the item a partial refund instead of a return.
func (b *decider) remedy(k complaint) {
	g := b.given()
	repl := b.asked(aftersale.AskReplacement)
	refund := b.asked(aftersale.AskRefund)
	partial := b.asked(aftersale.AskPartialRefund)
	parts := b.asked(aftersale.AskSendParts)
	switch {
	case g.HasDeclined(aftersale.AskReplacement) && !refund && !partial && !parts && k != compMissing:
		b.why("no replacement: the buyer does not want one")
		refund = true
	case g.HasDeclined(aftersale.AskRefund) && !repl && !partial && !parts && !g.HasDeclined(aftersale.AskReplacement) && k != compMissing:
		b.why("no refund: the buyer does not want one")
		repl = true
	}
	keep := g.Keep == "yes" && k != compNotReceived
	switch {
	case k == compMissing && !b.s.NoReplacements && (parts || !(repl || refund || partial)):
		b.sendParts(parts)
	case parts && !b.s.NoReplacements && (k == compDamaged || k == compDefective || k == compGeneral) && b.brokenPieces():
		b.sendBroken()
	case repl:
		b.replacement(k, refund)
	case (partial || keep) && k != compNotReceived:
		if !partial {
			b.why("a partial refund and no return: the buyer keeps the item")
		}
		b.partialRefund()
	case refund:
		b.refund(k)
	default:
		b.choice(k)
	}
}

// sendParts: the seller sends the missing parts (playbook silent: sending
// a part is cheaper than a return and what the buyer usually wants).
func (b *decider) sendParts(asked bool) {
	g := b.given()
	why := "missing parts are sent by default"
	if asked {
		why = "the buyer asked for the missing parts"
	}
	b.offer(OfferSendParts, why)
	if p := partName(g); p != "" {
		b.para(ParaSendParts)
		b.why("no missing_part request: the buyer named it (" + p + ")")
		b.task(aftersale.TaskShipParts, "send the missing part to the address on the order: "+p, time.Time{})
		return
	}
	b.para(ParaSendPartsOnceKnown)
	b.request(RequestMissingPart, "the buyer did not say which part is missing")
	if !g.Photo {
		b.request(RequestPhoto, "a photo of what arrived shows what is missing")
		b.para(ParaAskMissingPartPhoto)
	} else {
		b.para(ParaAskMissingPart)
	}
	b.task(aftersale.TaskShipParts, "once the buyer says which part is missing, send it to the address on the order", time.Time{})
}

// brokenPieces reports whether the buyer asks for pieces that came broken
// or faulty to be sent ("two of the six cups arrived broken, could you
// send those two"), naming no part that is missing.
func (b *decider) brokenPieces() bool {
	g := b.given()
	return b.asked(aftersale.AskSendParts) && g.MissingPart == "" &&
		(g.Complaint == aftersale.SubDamaged || g.Complaint == aftersale.SubDefective)
}

// sendBroken: the seller sends new pieces for the broken ones, the buyer
// keeps the rest (playbook silent: cheaper than a new set or a return, and
// what the buyer asked for).
func (b *decider) sendBroken() {
	b.para(ParaSendBroken)
	b.offer(OfferSendParts, "the buyer asked for the broken pieces to be sent again")
	b.task(aftersale.TaskShipParts, "send new pieces for the ones that arrived broken to the address on the order", time.Time{})
}

// replacement: the buyer asks for a new unit or the right one. FBA orders
// are replaced through Amazon (Your Orders > Return or replace items); the
// seller ships FBM replacements (a reship task). alsoRefund: the buyer
// asked for either.
func (b *decider) replacement(k complaint, alsoRefund bool) {
	if b.s.NoReplacements {
		b.why("replacement asked, but your settings send no replacements: a return or refund is offered")
		b.choiceReturnRefund()
		return
	}
	why := "the buyer asked for one"
	if k == compWrong {
		why = "the buyer asked for the right item"
		if v := b.given().Wanted; v != "" {
			why = "the buyer asked for " + quote(v)
		}
	}
	if b.in.Order.Channel == aftersale.ChannelFBA && k != compNotReceived {
		// Amazon override: FBA orders are replaced and returned through
		// Amazon, not shipped by the seller.
		if alsoRefund {
			b.para(ParaChoiceFBA)
			b.offer(OfferReplacement, why+" (through Your Orders, FBA)")
			b.offer(OfferRefund, "the buyer also asked for a refund")
			b.offer(OfferReturn, "")
			return
		}
		b.para(ParaReplacementFBA)
		b.offer(OfferReplacement, why+" (through Your Orders, FBA)")
		b.offer(OfferReturn, "the item received goes back through Amazon")
		return
	}
	b.fba() // flags an unknown channel
	switch k {
	case compWrong:
		b.para(ParaCorrectItem, ParaAltReturn)
		b.offer(OfferReplacement, why)
		b.offer(OfferReturn, "or a return and refund, as the buyer prefers")
		b.offer(OfferRefund, "")
		b.task(aftersale.TaskReship, "send the correct item"+b.variantNote(), time.Time{})
		return
	default:
		b.para(ParaReplacement)
		b.offer(OfferReplacement, why)
		b.task(aftersale.TaskReship, "send a replacement unit", time.Time{})
	}
	if alsoRefund {
		b.para(ParaAltRefund)
		b.offer(OfferRefund, "the buyer asked for a replacement or a refund")
	}
}

// variantNote names the variant to send in a task: " (wanted: L)".
func (b *decider) variantNote() string {
	g := b.given()
	switch {
	case g.Wanted != "":
		return " (the buyer wants " + cleanName(g.Wanted) + ")"
	case g.Ordered != "":
		return " (ordered: " + cleanName(g.Ordered) + ")"
	}
	return " (as on the order)"
}

// refund: the buyer asks for the money back. Never received: a refund
// now. A complaint behind a negative review: a refund without a return
// (the playbook: offer a solution quickly). Otherwise FBA returns are
// refunded by Amazon when they arrive; an FBM item under the reship
// threshold is not worth its return postage (playbook silent: the same
// threshold as for reshipping decides), above it the buyer returns it.
func (b *decider) refund(k complaint) {
	o := b.in.Order
	fba := o.Channel == aftersale.ChannelFBA
	switch {
	case k == compNotReceived:
		if fba {
			b.para(ParaNotReceivedFBA)
			b.offer(OfferAmazonSupport, "Amazon delivers FBA orders and can trace the parcel")
			b.offer(OfferTracking, "")
		}
		b.para(ParaRefundNow)
		b.offer(OfferRefund, "the buyer asked for a refund of an order that never arrived")
		b.task(aftersale.TaskRefund, "refund the order: the buyer never received it", b.in.Now.Add(24*time.Hour))
	case k == compReview:
		b.para(ParaRefundKeep)
		b.offer(OfferRefund, "the buyer asked for a refund")
		b.offer(OfferKeepWithRefund, "no return for an unhappy buyer")
		b.task(aftersale.TaskRefund, "refund the order in full; the buyer keeps the item", b.in.Now.Add(24*time.Hour))
		if th, ok := b.threshold(o.Currency); o.ItemValue > 0 && ok && o.ItemValue >= th {
			b.human(fmt.Sprintf("a refund without a return of %s: change it to a return if you prefer", o.ItemValue.Format(o.Currency)))
		}
	case fba:
		b.para(ParaRefundReturn)
		b.offer(OfferRefund, "the buyer asked for a refund; Amazon refunds FBA returns when they arrive")
		b.offer(OfferReturn, "")
	default:
		b.fba()
		if b.given().HasDeclined(aftersale.AskReturn) {
			b.para(ParaRefundKeep)
			b.offer(OfferRefund, "the buyer asked for a refund")
			b.offer(OfferKeepWithRefund, "the buyer does not want to send it back")
			b.task(aftersale.TaskRefund, "refund the order in full; the buyer keeps the item", b.in.Now.Add(24*time.Hour))
			if th, ok := b.threshold(o.Currency); !ok || o.ItemValue <= 0 || o.ItemValue >= th {
				b.human("a refund without a return: change it to a return if you prefer")
			}
			return
		}
		if th, ok := b.threshold(o.Currency); ok && o.ItemValue > 0 && o.ItemValue < th {
			b.para(ParaRefundKeep)
			b.offer(OfferRefund, "the buyer asked for a refund")
			b.offer(OfferKeepWithRefund, fmt.Sprintf("the item is worth less than the return (%s, under the reship threshold)", o.ItemValue.Format(o.Currency)))
			b.task(aftersale.TaskRefund, "refund the order in full; the buyer keeps the item", b.in.Now.Add(24*time.Hour))
			return
		}
		b.para(ParaRefundReturn)
		b.offer(OfferRefund, "the buyer asked for a refund")
		b.offer(OfferReturn, "the item is worth its return (at or above the reship threshold, or its value is unknown)")
		b.task(aftersale.TaskRefund, "refund the order within two business days of receiving the return", time.Time{})
	}
}

// partialRefund: the buyer would keep the item for part of the price. The
// amount is the seller's to choose: a placeholder.
func (b *decider) partialRefund() {
	b.para(ParaPartialRefund)
	b.offer(OfferPartialRefund, "the buyer asked for a partial refund")
	b.offer(OfferKeepWithRefund, "the buyer keeps the item")
	b.task(aftersale.TaskRefund, "issue the partial refund once the buyer agrees to the amount", time.Time{})
	b.human("fill in the partial refund you offer")
}

// choice: the buyer asked for no remedy; the reply offers the playbook's
// remedies and lets the buyer choose.
func (b *decider) choice(k complaint) {
	fba := b.in.Order.Channel == aftersale.ChannelFBA
	switch k {
	case compReview:
		b.para(ParaChoiceRefundReplacement)
		b.offer(OfferRefund, "playbook: offer a refund or a reship")
		b.offer(OfferReplacement, "")
		if !fba {
			b.reshipIfChosen("a replacement unit")
		}
	case compNotReceived:
		if fba {
			b.para(ParaNotReceivedFBA, ParaAltRefund)
			b.offer(OfferAmazonSupport, "Amazon delivers FBA orders and can trace the parcel")
			b.offer(OfferTracking, "")
			b.offer(OfferRefund, "playbook: not received — a refund if it does not turn up")
			return
		}
		b.para(ParaChoiceReplacementRefund)
		b.offer(OfferReplacement, "playbook: not received — replacement or refund, as the buyer prefers")
		b.offer(OfferRefund, "")
		b.reshipIfChosen("a new unit")
	case compDamaged, compWrong, compDefective, compGeneral, compMissing:
		if fba {
			b.para(ParaChoiceFBA)
			b.offer(OfferReplacement, "FBA: a replacement or refund through Your Orders, as the buyer prefers")
			b.offer(OfferRefund, "")
			b.offer(OfferReturn, "")
			return
		}
		switch k {
		case compDamaged:
			b.para(ParaChoiceReplacementRefund)
			b.offer(OfferReplacement, "playbook: damaged — a replacement or a refund, as the buyer prefers")
			b.offer(OfferRefund, "")
			b.reshipIfChosen("a replacement unit")
		case compDefective:
			if !b.faultDescribed() || b.s.NoReplacements || b.asked(aftersale.AskReturn) {
				b.choiceReturnRefund()
				return
			}
			// A fault the buyer described is known: a working unit or the
			// money back, as for a damaged item (a buyer who asks to
			// return it is offered the return).
			b.para(ParaChoiceReplacementRefund)
			b.offer(OfferReplacement, "the buyer described the fault: a replacement or a refund, as the buyer prefers")
			b.offer(OfferRefund, "")
			b.reshipIfChosen("a replacement unit")
		case compWrong:
			b.para(ParaChoiceCorrectReturn)
			b.offer(OfferReplacement, "playbook: wrong item — the correct item, or a return and refund, as the buyer prefers")
			b.offer(OfferReturn, "")
			b.offer(OfferRefund, "")
			b.reshipIfChosen("the correct item" + b.variantNote())
		default:
			b.choiceReturnRefund()
		}
	}
}

// reshipIfChosen is the seller task beside a replacement the buyer may
// choose: every replacement the seller ships comes with its reship task.
func (b *decider) reshipIfChosen(what string) {
	b.task(aftersale.TaskReship, "if the buyer chooses a replacement, send "+what, time.Time{})
}

// visibleFault reports whether the buyer said what is wrong with the item
// itself: a fault, damage or a wrong item, not a late or lost parcel.
func (b *decider) visibleFault() bool {
	g := b.given()
	text := b.in.Message.ClassifyText()
	if g.Complaint == aftersale.SubNotReceived || lateRe.MatchString(text) {
		return false
	}
	return g.Symptom != "" || g.Complaint == aftersale.SubDamaged || g.Complaint == aftersale.SubDefective ||
		g.Complaint == aftersale.SubWrongItem || faultSaid(text) != ""
}

// faultDescribed reports whether the buyer described what is wrong with
// the item, in the symptom read or a fault said in other words.
func (b *decider) faultDescribed() bool {
	return b.given().Symptom != "" || faultSaid(b.in.Message.ClassifyText()) != ""
}

func (b *decider) choiceReturnRefund() {
	b.para(ParaChoiceReturnRefund)
	b.offer(OfferReturn, "a return or a refund, as the buyer prefers")
	b.offer(OfferRefund, "")
}

// requests asks for what the seller still needs: playbook — politely ask
// for photos of what arrived; for a defect or an unclear complaint, what
// is wrong. A photo the buyer sent and a symptom the buyer described are
// never asked for again.
func (b *decider) requests(k complaint) {
	g := b.given()
	photo := !g.Photo
	symptom := g.Symptom == ""
	if !symptom && (k == compDefective || k == compGeneral || k == compReview) {
		b.why("no symptom request: the buyer described it: " + quote(g.Symptom))
	}
	if symptom && (k == compGeneral || k == compReview) && b.complaintSaid() && g.Complaint != aftersale.SubDefective {
		symptom = false
		b.why("no symptom request: the buyer said what went wrong (" + string(g.Complaint) + ")")
	}
	if symptom && k == compReview && lateRe.MatchString(b.in.Message.ClassifyText()) {
		symptom = false
		b.why("no symptom request: the buyer said the delivery was late")
	}
	if symptom && (k == compDefective || k == compGeneral || k == compReview) {
		if s := faultSaid(b.in.Message.ClassifyText()); s != "" {
			symptom = false
			b.why("no symptom request: the buyer described it: " + quote(s))
		}
	}
	switch k {
	case compDamaged, compWrong:
		if !photo {
			return
		}
		if k == compDamaged {
			b.para(ParaAskPhotoDamage)
			b.request(RequestPhoto, "playbook: photos of the damage and the packaging")
		} else {
			b.para(ParaAskPhotoWrong)
			b.request(RequestPhoto, "playbook: a photo of what arrived, to find the mix-up")
		}
	case compDefective, compGeneral:
		switch {
		case symptom && photo:
			b.para(ParaAskSymptomPhoto)
			b.request(RequestSymptom, "the buyer did not say what is wrong")
			b.request(RequestPhoto, "playbook: a photo or video of the fault")
		case symptom:
			b.para(ParaAskSymptom)
			b.request(RequestSymptom, "the buyer did not say what is wrong")
		case photo && k == compDefective:
			b.para(ParaAskPhotoDefect)
			b.request(RequestPhoto, "playbook: a photo or video of the fault")
		case photo:
			b.para(ParaAskPhotoGeneral)
			b.request(RequestPhoto, "playbook: a photo of the item")
		}
	case compReview:
		switch {
		case symptom:
			b.para(ParaAskWhatWrong)
			b.request(RequestSymptom, "playbook: ask what went wrong")
		case photo && b.visibleFault() && !b.asked(aftersale.AskRefund) && !b.asked(aftersale.AskPartialRefund) &&
			!b.asked(aftersale.AskReplacement):
			// A fault one can see (a colour, a stain, chipped paint) is
			// shown best in a photo, as for a complaint without a threat;
			// a buyer who already chose a remedy is not asked for more.
			b.para(ParaAskPhotoDefect)
			b.request(RequestPhoto, "playbook: a photo of what arrived")
		}
	}
}

// unwanted plans return_unwanted (playbook: ask whether the buyer would
// keep the item with a refund instead of sending it back; FBA returns
// within 30 days without a reason, said honestly). An exchange for another
// size or colour is a return and a new unit (FBM) or a return and a new
// order (FBA); a buyer who wants part of the money back keeps the item;
// one who will not keep it gets the return.
func (b *decider) unwanted() {
	b.d.Action = ActionReturnKeepOffer
	g := b.given()
	fba := b.in.Order.Channel == aftersale.ChannelFBA
	switch {
	case b.asked(aftersale.AskReplacement) && !b.s.NoReplacements:
		if fba {
			b.para(ParaExchangeFBA)
			b.offer(OfferReturn, "an exchange of an FBA order is a return and a new order")
			b.offer(OfferRefund, "")
		} else {
			b.para(ParaExchange)
			b.offer(OfferReplacement, "the buyer asked to exchange it")
			b.offer(OfferReturn, "")
			b.task(aftersale.TaskReship, "once the return arrives, send the new variant"+b.variantNote(), time.Time{})
		}
		if g.Wanted == "" && g.Ordered == "" && g.Received == "" {
			b.para(ParaAskVariant)
			b.request(RequestVariant, "the buyer did not say which size or colour they want")
		} else {
			b.why("no variant request: the buyer named it")
		}
	case b.asked(aftersale.AskPartialRefund) || g.Keep == "yes":
		b.partialRefund()
		b.why("no keep_item request: the buyer would keep it")
	case g.Keep == "no":
		b.para(ParaReturnHowTo)
		b.offer(OfferReturn, "the buyer will not keep the item")
		b.offer(OfferRefund, "")
		b.why("no keep_item request: the buyer said they will not keep it")
	case b.asked(aftersale.AskRefund) && !fba:
		// The buyer wants the money back: the keep offer first, then the
		// full refund when the return arrives.
		b.returnReason()
		b.para(ParaKeepOffer, ParaAltReturn)
		b.offer(OfferKeepWithRefund, "playbook: a return costs a lot; offer to keep it with a refund")
		b.offer(OfferPartialRefund, "")
		b.offer(OfferReturn, "")
		b.offer(OfferRefund, "the buyer asked for the money back: refunded in full once the return arrives")
		b.request(RequestKeepItem, "playbook: would the buyer keep it instead")
	default:
		b.returnReason()
		b.para(ParaKeepOffer, ParaReturnHowTo)
		b.offer(OfferKeepWithRefund, "playbook: a return costs a lot; offer to keep it with a refund")
		b.offer(OfferPartialRefund, "")
		b.offer(OfferReturn, "playbook: say honestly how to return it")
		b.request(RequestKeepItem, "playbook: would the buyer keep it instead")
	}
	b.unknownOrderTask()
}

// returnReason asks why an unwanted FBM item goes back, unless the buyer
// said it (the reason tells the seller what to improve and whether a keep
// offer fits). FBA items in most categories go back within 30 days without
// a reason, which the reply says: there the reason is not asked.
func (b *decider) returnReason() {
	if r := b.given().Reason; r != "" {
		b.why("no reason request: the buyer gave it: " + quote(r))
		return
	}
	if b.in.Order.Channel == aftersale.ChannelFBA {
		return
	}
	if c := reasonClause(b.in.Message.ClassifyText()); c != "" {
		// "ya no lo necesito", "宝宝不用奶瓶": a clause of its own beside
		// the return ask says why.
		b.why("no reason request: the buyer says why in a clause of its own: " + quote(c))
		return
	}
	if text := b.in.Message.ClassifyText(); !bareReturnAsk(text) && !onlyAskClauses(text) {
		// "gefällt mir doch nicht", "heavier than I expected", "思っていたより
		// 厚い": a reason in words no cue list knows is still a reason;
		// only a message that says no more than the return is asked.
		b.why("no reason request: the buyer says more than that it goes back")
		return
	}
	b.para(ParaAskReasonReturn)
	b.request(RequestReason, "the buyer did not say why the item goes back")
}

// unknownOrderTask flags a reply that promises something for an order the
// records lack: the seller looks it up first.
func (b *decider) unknownOrderTask() {
	if b.in.Order.Known() {
		return
	}
	if id := b.orderID(); id != "" {
		b.human(fmt.Sprintf("order %s is not in your records: check it in Seller Central before replying", id))
	} else {
		b.human("the message names no order: find the order before replying")
		b.requestOrderID()
	}
	b.task(aftersale.TaskCheckOrder, "look the order up in Seller Central before you confirm the reply", time.Time{})
}

// requestOrderID asks for the order number when no order id is known.
func (b *decider) requestOrderID() {
	if b.orderID() != "" {
		return
	}
	b.para(ParaAskOrderID)
	b.request(RequestOrderID, "the message names no order")
}

// complaintSaid reports whether the buyer named a concrete problem (the
// item came damaged, was the wrong one, lacks a part, never came): more
// than "it is defective".
func (b *decider) complaintSaid() bool {
	switch b.given().Complaint {
	case aftersale.SubDamaged, aftersale.SubWrongItem, aftersale.SubMissingParts, aftersale.SubNotReceived:
		return true
	}
	return false
}

// lateRe finds a buyer saying the delivery took too long, in the template
// languages: the complaint behind a review, said.
var lateRe = guard(`(?i)\b(?:took (?:\p{L}+ |\d+ ){0,3}(?:days|weeks|months|forever|ages)|took too long|too (?:slow|late)|(?:very|so|extremely) (?:slow|late)|late delivery|delivery was (?:slow|late)|(?:weeks?|days) late|dauerte? (?:zu lange|ewig|wochen)|zu spät|viel zu lange|lieferzeit|trop (?:long|lent|tard)|retard|a mis \d+|tard[óo] (?:mucho|demasiado|\d+)|demasiado (?:lento|tarde)|muy lento|retraso|troppo (?:tempo|lento|tardi)|ritardo|ci ha messo)\b|遅すぎ|遅い|遅れ|かかりました|時間がかか|週間もかか|太慢|慢死|这么慢|等了|迟到|延误`)

// faultSaid returns the first sentence (or clause) of a buyer's text that
// says what is wrong in words the symptom cues do not know ("the speaker
// goes to sleep by itself after 30 seconds"): five words or more (eight
// characters in Chinese or Japanese) that are not a greeting, a question,
// an ask, a review threat, the story of the order or only vague words
// ("defective", "very disappointed"). "" when there is none.
func faultSaid(text string) string {
	start := 0
	for _, end := range append(clauseRe.FindAllStringIndex(text, -1), []int{len(text), len(text)}) {
		c, stop := strings.TrimSpace(text[start:end[0]]), text[end[0]:end[1]]
		start = end[1]
		if c == "" || strings.ContainsAny(stop, "?？") || notFaultRe.MatchString(c) || reviewWordRe.MatchString(c) || threatClauseRe.MatchString(c) || bareFault(c) {
			continue
		}
		words, cjk := 0, 0
		for _, f := range strings.Fields(c) {
			if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
				words++
			}
		}
		for _, r := range c {
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
				cjk++
			}
		}
		if (cjk == 0 && words >= 5) || cjk >= 8 {
			return c
		}
	}
	return ""
}

var (
	// clauseRe splits a text into sentences, and CJK text also at its
	// commas.
	clauseRe = regexp.MustCompile(`[.!?。！？\n]+|[，、]`)
	// notFaultRe finds what a clause about the fault is not: a greeting or
	// sign-off, an ask or question, the story of the order, vague words.
	notFaultRe = guard(`(?i)\b(?:hello|hi|hey|dear|thanks?|thank you|regards|hallo|guten tag|danke|grüße|bonjour|merci|cordialement|hola|gracias|saludos|buongiorno|salve|grazie|saluti|please|could you|can you|would you|i want|i would like|i'd like|bitte|könnten sie|können sie|ich möchte|ich hätte|pourriez|pouvez|je voudrais|je veux|je souhaite|podéis|podrían|puede|quiero|quisiera|me gustaría|potete|potreste|vorrei|voglio|money|got it|order|bad|terrible|awful|poor|useless|rubbish|junk|worst|schlecht|nul|malo|roto|rotto|defekt|kaputt|cassé)\b|\b(?:refund|replace|exchange|return|send|erstatt|ersatz|austausch|umtausch|zurück|schick|sende|rembours|rempla|échang|retour|renvoy|envoy|reembols|cambi|devol|envi|mand|rimbors|sostitu|restitu|spedi|invia|ordered|bought|purchased|received|arrived|delivered|bestellt|gekauft|erhalten|angekommen|geliefert|commandé|acheté|reçu|arrivé|livré|pedí|compré|recibí|llegó|pedido|ordinato|comprato|ricevuto|arrivat|ordine|defective|faulty|broken|problem|issue|not working|doesn't work|does not work|disappoint|unhappy|quality|funktioniert nicht|geht nicht|ne marche pas|marche pas|ne marche plus|no funcionan?|non funzionano?|enttäusch|mangelhaft|problème|défectueu|ne fonctionne pas|mauvais|déçu|defectuos|no funciona|decepcion|pésim|difettos|non funziona|pessim|delus|problema)|こんにちは|お世話|ありがとう|よろしく|お願い|ください|いただけ|返金|交換|返品|送って|注文|購入|届き|届い|不良品|壊れています|故障しています|動きません|動かない|動かなくて|使えません|使えない|不能用|用不了|不工作|最悪|ひどい|がっかり|残念|你好|您好|谢谢|麻烦|请|退款|换货|退货|寄|买的|订的|收到|质量|太差|差劲|垃圾|失望|坏了|有问题|不能用`)
)

// threatClauseRe is a clause that sets a condition on the seller, not a
// fault: "si je n'ai pas de solution rapidement je mets 1 étoile", "if I
// don't hear back I'll leave a review".
var threatClauseRe = guard(`(?i)\b(?:if|unless|si|se|wenn|falls)\b[^.!?]{0,60}\b(?:solution|answer|reply|response|hear|réponse|solución|respuesta|soluzione|risposta|lösung|antwort|étoiles?|estrellas?|stelle|sterne?|stars?|reviews?|avis|reseñas?|recensione|bewertung)\b`)

// bareFaultRe is a fault said without saying how: "doesn't work",
// "defective", "kaputt", "ne marche pas", "no funciona", "non funziona",
// "不良品", "坏了".
var bareFaultRe = guard(`(?i)\b(?:does ?n[o']?t work|doesnt work|do ?n[o']?t work|dont work|did ?n[o']?t work|not working|won'?t work|is broken|are broken|broken|defective|faulty|funktionier\p{L}* nicht|geht nicht|defekt|kaputt|ne (?:marche|fonctionne)(?:nt)? pas|défectueu(?:x|se|ses)|en panne|no funciona(?:n)?|defectuos[oa]s?|estropead[oa]|non funziona(?:no)?|difettos[oa]|guast[oa])\b|不良品|壊れて|動きません|坏了|坏的|是坏|不能用|用不了`)

// bareFaultOnly reports whether a short message says only that the item
// is faulty: a bare fault phrase and no clause that says more.
func bareFaultOnly(text string) bool {
	text = strings.TrimSpace(text)
	return utf8.RuneCountInString(text) <= 120 && bareFaultRe.MatchString(text) && faultSaid(text) == ""
}

// bareFault reports whether a clause says only that the item is faulty:
// a bare fault phrase with at most four other words around it ("one of
// them doesnt work", "Produit défectueux", "El producto está defectuoso").
func bareFault(c string) bool {
	loc := bareFaultRe.FindStringIndex(c)
	if loc == nil {
		return false
	}
	rest := c[:loc[0]] + " " + c[loc[1]:]
	words := 0
	for _, f := range strings.Fields(strings.ToLower(rest)) {
		if bareJoin[f] {
			return false // "… and it smells burnt": more is said
		}
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 && !bareFiller[f] {
			words++
		}
	}
	return words <= 4 && utf8.RuneCountInString(strings.TrimSpace(rest)) <= 40
}

// bareFiller are the words around a bare fault that describe nothing:
// articles, counts, pronouns ("two of the bulbs in the pack").
var bareFiller = map[string]bool{"the": true, "a": true, "an": true, "of": true, "in": true, "my": true, "one": true, "two": true,
	"three": true, "them": true, "it": true, "this": true, "that": true, "these": true, "is": true, "are": true, "just": true,
	"der": true, "die": true, "das": true, "ist": true, "le": true, "la": true, "les": true, "est": true, "el": true, "los": true,
	"las": true, "está": true, "es": true, "il": true, "lo": true, "è": true, "i": true, "le'": true}

// bareJoin are the words that join a second clause to a fault: what
// follows them may describe it.
var bareJoin = map[string]bool{"and": true, "when": true, "but": true, "because": true, "und": true, "wenn": true, "aber": true,
	"et": true, "quand": true, "mais": true, "y": true, "cuando": true, "pero": true, "e": true, "quando": true, "ma": true}

// bareReturnAsk reports whether a buyer's text says no more than that the
// item should go back ("I want to return it", "Wie geht das?", "我想退货"):
// at most nine words besides greetings, thanks and politeness (sixteen
// characters in Chinese or Japanese), and no word of a cause.
func bareReturnAsk(text string) bool {
	if causeRe.MatchString(text) {
		return false
	}
	words, cjk := 0, 0
	for _, f := range strings.Fields(strings.ToLower(text)) {
		f = strings.Trim(f, ".,!?;:¿¡()\"'«»“”")
		if f == "" || politeWord[f] {
			continue
		}
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			words++
		}
	}
	rest := politeCJKRe.ReplaceAllString(text, "")
	for _, r := range rest {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			cjk++
		}
	}
	if cjk > 0 {
		return cjk <= 16
	}
	return words <= 9
}

// causeRe finds a word that gives a cause, in the template languages.
var causeRe = guard(`(?i)\b(?:because|since|as it|as they|cause|weil|da es|denn|parce que|car|puisque|porque|ya que|perché|poiché|siccome)\b|ので|から|ため|因为|由于|所以`)

// politeWord are greetings, thanks and politeness around a request.
var politeWord = map[string]bool{"hi": true, "hello": true, "hey": true, "dear": true, "thanks": true, "thank": true, "you": true,
	"please": true, "regards": true, "kind": true, "best": true, "hallo": true, "guten": true, "tag": true, "danke": true,
	"bitte": true, "grüße": true, "viele": true, "freundliche": true, "bonjour": true, "merci": true, "cordialement": true,
	"svp": true, "hola": true, "gracias": true, "saludos": true, "un": true, "saludo": true, "buongiorno": true, "salve": true,
	"grazie": true, "cordiali": true, "saluti": true}

// politeCJKRe finds greetings and thanks in Chinese and Japanese.
var politeCJKRe = regexp.MustCompile(`你好|您好|谢谢|麻烦了|こんにちは|お世話になっております|お世話になります|ありがとうございます|よろしくお願いします|よろしくお願いいたします`)

// reasonClause returns a clause of a short return request that says why
// the item goes back in words of its own, beside the ask ("ya no lo
// necesito", "il ne me sert plus", "宝宝不用奶瓶"): a clause with no word
// of the return itself, of the item's condition (unused, unopened), of a
// greeting or of a question how to return it. "" if none.
func reasonClause(text string) string {
	for _, c := range clauseSplitRe.Split(text, -1) {
		c = strings.TrimLeft(strings.TrimSpace(c), "¿¡ ")
		if c == "" || returnWordRe.MatchString(c) || questionClauseRe.MatchString(c) || aftersale.HasOrderID(c) || orderWordRe.MatchString(c) {
			continue
		}
		// Twice: a match takes the space after it, which the next word
		// needs ("still sealed it is").
		rest := strings.TrimSpace(conditionRe.ReplaceAllString(conditionRe.ReplaceAllString(c, " "), " "))
		rest = politeCJKRe.ReplaceAllString(rest, "")
		words, cjk := 0, 0
		for _, f := range strings.Fields(strings.ToLower(rest)) {
			f = strings.Trim(f, ".,!?;:¿¡()\"'«»“”")
			if f != "" && !politeWord[f] && strings.IndexFunc(f, unicode.IsLetter) >= 0 {
				words++
			}
		}
		for _, r := range rest {
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
				cjk++
			}
		}
		if words >= 2 || cjk >= 4 {
			return c
		}
	}
	return ""
}

// onlyAskClauses reports whether every clause of text is the return ask
// in a few words, a question how to return, the item's condition or a
// greeting ("Unopened, I'd like to send it back. How do I do that?"):
// the message says no more than that the item goes back.
func onlyAskClauses(text string) bool {
	if causeRe.MatchString(text) || reasonClause(text) != "" {
		return false
	}
	for _, c := range clauseSplitRe.Split(text, -1) {
		c = strings.TrimLeft(strings.TrimSpace(c), "¿¡ ")
		if c == "" || !returnWordRe.MatchString(c) {
			continue
		}
		if !bareReturnAsk(c) || len(strings.Fields(c)) > 7 {
			return false // "I'd like to return the blue one it's too dark": more than the ask
		}
	}
	return true
}

var (
	// clauseSplitRe splits a message into clauses: at punctuation and
	// line ends.
	clauseSplitRe = regexp.MustCompile(`[.,;!?。，、；！？\n]+|\s+-\s+`)
	// returnWordRe finds the return ask itself, in the template languages.
	returnWordRe = regexp.MustCompile(`(?i)\b(?:return\p{L}*|send (?:it|them|this) back|sent back|refund\p{L}*|money back|retour\p{L}*|renvo\p{L}*|rembours\p{L}*|devol\p{L}*|reembols\p{L}*|restitu\p{L}*|reso|rimbors\p{L}*|zurück\p{L}*|retoure\p{L}*|erstatt\p{L}*|rücksend\p{L}*)\b|返品|返金|返送|退货|退款|退回|退`)
	// orderWordRe finds the order or the message named, a clause that
	// says what the message is about ("about my order").
	orderWordRe = regexp.MustCompile(`(?i)\b(?:order|purchase|message|bestellung|nachricht|kauf|commande|achat|pedido|compra|mensaje|ordine|acquisto|messaggio)\b|注文|订单|購入`)
	// questionClauseRe finds a clause asking how, where or whether.
	questionClauseRe = regexp.MustCompile(`(?i)^\s*(?:how|what|where|can|could|is|do|wie|was|wo|kann|können|comment|que|où|puis|pouvez|cómo|qué|dónde|puedo|podéis|puede|come|cosa|dove|posso|potete|può)\b|どう|どこ|できますか|怎么|如何|可以吗|吗$`)
	// conditionRe finds the item's condition and the words around a
	// return that give no cause (unused, unopened, still sealed, new).
	conditionRe = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:unused|unopened|never used|not used|still sealed|sealed|brand new|new|in (?:the )?original (?:packaging|box)|still in (?:the|its) (?:box|packaging)|unbenutzt|ungeöffnet|originalverpackt|noch verpackt|neu|nie benutzt|jamais utilisé\p{L}*|neuf|neuve|non ouvert\p{L}*|encore emballé\p{L}*|sin usar|sin estrenar|sin abrir|nuevo|nueva|precintad\p{L}*|mai usat\p{L}*|nuov[oa]|intatt[oa]|sigillat[oa]|ancora imballat[oa]|the item|the product|this item|it|is|was|still|das|der|die|ist|le|la|il|est|el|está|è)(?:$|[^\p{L}])|未使用|未開封|新品|没用过|没有用过|没使用|未使用过|没拆|没拆封|未拆封|全新|没开封|东西|商品`)
)
