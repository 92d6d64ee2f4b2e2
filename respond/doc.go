// Package respond turns a classified buyer message into a reply draft and
// sends approved drafts.
//
// It owns the playbook's decision table (Decide) and the reply plan it
// makes (Plan: what the reply offers, asks and states, chosen by what the
// buyer asks for and never asking for what the message already gives),
// the reply templates per language (Render), the Amazon Communication Guidelines check (Check), the
// Drafter worker that writes proposed drafts to the store, and the Sender
// worker with the Mailer seam, the only code that talks SMTP. It does not
// own IMAP, classification or SQL: it reads and writes through *store.DB.
//
// # Invariants
//
//   - Decide is pure and never invents a fact: a fact the reply needs but the
//     order records lack renders as a visible [[placeholder]], comes with a
//     check_order task, and flags the draft for a person.
//   - Buyer text (names, addresses) reaches templates only as data; it is
//     never parsed as template source.
//   - No draft ties anything to a review, and Check blocks links (also
//     bare and obfuscated ones), email addresses (also obfuscated), phone
//     numbers, asks to contact or pay outside Amazon, review asks,
//     marketing and unfilled placeholders, in all seven template
//     languages. It runs when a draft is created (with the buyer's language,
//     for the language_mismatch warning), after every edit (the CLI) and
//     again right before it is sent. testdata/lint holds the corpus of bad
//     and good replies it is tested on.
//   - A broken template override is an error of LoadTemplates, with its
//     file:line, so the daemon refuses to start with it; it never fails a
//     send.
//   - Replies go to the buyer's relay alias on the buyer's thread
//     (In-Reply-To and References), with the Message-ID fixed at approval.
//     Direct buyer mail (an account that takes it, a known order) is
//     answered to the sender's own address, always needs a human, and the
//     Sender accepts that address only for such a draft.
//   - Not buyer mail (aftersale.OriginNotBuyer) never gets a draft: the
//     Drafter marks it done in the store instead, and BuildDraft refuses it.
//   - Delivery is at most once: a draft found in sending at start-up becomes
//     send_unknown and is never resent automatically; a temporary SMTP
//     failure (4xx, timeouts, refused connections) goes back to approved with
//     a next attempt, a permanent one (5xx, invalid message) to failed.
//
// # Templates
//
// templates/<lang>/<action>.tmpl (text/template, embedded), plus
// layout.tmpl with the greeting, closing and shared phrases, and
// paragraphs.tmpl with the paragraphs of reply plans (offers such as
// send_parts or refund_keep, requests such as ask_photo_damage): a reply
// is the greeting, the action's template, the plan's paragraphs in order
// and the closing. Languages: en,
// de, fr, es, it, ja (keigo) and zh, each written as a native seller
// writes: apologise, explain, offer, ask. The reply is in the buyer's
// language (the classifier's, else the marketplace's); another language
// falls back to en, reported in Rendered.Language, and the Drafter flags
// the draft so a person translates it. Every draft is also rendered in the
// seller's language from the same decision. A seller can override any
// template from a directory (LoadTemplates, Settings.Templates). Templates
// see facts only through methods (.Fact, .Has, .Is, .True, .Date), and a
// missing fact renders as [[label]].
//
// # Actions
//
// Decision.Action names the playbook route and the template. Where the
// playbook is silent, the comment in decide.go says what was chosen.
//
//	needs_human_hold                  a legal threat in the buyer's words: neutral acknowledgment, no promise (an A-to-z threat gets the table's reply, needs human)
//	address_cancel_reorder            address_change, not shipped, FBM: cancel and reorder (Amazon rule, default)
//	address_confirm                   address_change, not shipped, FBM, AllowAddressUpdate: confirm (echo) the new address
//	address_fba_contact_amazon        address_change, FBA: Amazon handles it
//	address_reship_offer              address_change, shipped, value < reship threshold: offer a new unit (+ reship task)
//	address_shipped_decline           address_change, shipped, value >= threshold (or no threshold): explain, ask for understanding
//	address_order_unknown             address_change, order or status unknown: placeholders
//	cancel_confirm                    cancel_order, official request, not shipped, FBM: cancel (+ cancel_order task)
//	cancel_official_path              cancel_order, unofficial request, not shipped: Your Orders > Request cancellation
//	cancel_fba_amazon                 cancel_order, not shipped, FBA: Amazon cancels FBA orders
//	cancel_already_canceled           cancel_order, already cancelled (+ the refund on record)
//	cancel_shipped_refuse             cancel_order, shipped, not delivered: ask why, cannot recall, refuse delivery, refund on return
//	cancel_delivered_fba_return       cancel_order, delivered, FBA: return through Amazon
//	cancel_delivered_fbm_refund_offer cancel_order, delivered, FBM: offer an agreed refund instead of a costly return
//	cancel_order_unknown              cancel_order, order or status unknown: placeholders; Amazon's official request: no reply, check_order and cancel_order tasks
//	order_canceled_info               address_change or shipping_inquiry on a cancelled order
//	shipping_fba_amazon               shipping_inquiry, FBA: Amazon delivers; Track package
//	shipping_tracking                 shipping_inquiry, FBM with tracking: carrier, tracking, dates
//	shipping_no_tracking              shipping_inquiry, FBM without tracking: dispatch date placeholder (+ add_tracking task)
//	shipping_order_unknown            shipping_inquiry, order or status unknown: looked up (order number asked if none); never tracking
//	return_keep_offer                 return_unwanted: keep it with a partial refund; FBA 30-day returns said honestly
//	dissatisfied_damaged              return_dissatisfied, damaged: transit damage; the remedy asked for, else replacement or refund; photos
//	dissatisfied_wrong_item           return_dissatisfied, wrong item: the right item (asked) or a return and refund; photo
//	dissatisfied_not_received         return_dissatisfied, not received: tracking facts; replacement or refund (FBA: Amazon traces it)
//	dissatisfied_defective            return_dissatisfied, defective: the remedy asked for, else return or refund; symptom, photo or video
//	dissatisfied_missing_parts        return_dissatisfied, missing parts: send the parts (+ ship_parts task); which part, if not said
//	dissatisfied_general              return_dissatisfied without a sub-reason
//	review_resolve                    negative_review: apologise, the remedy asked for (refund, replacement), ask what went wrong if not said; never mentions the review
//	refund_issued                     refund_status, refund on record: amount, date, 3-5 bank days
//	refund_processing                 refund_status, FBM return received, no refund: processing (+ refund task, 2 business days)
//	refund_unknown                    refund_status, nothing on record: patience, flagged
//	returned_goods_task               returned_goods: no reply; relabel_resell or dispose task (+ refund task for FBM)
//	return_request_task               Amazon return authorisation: no reply; inspect task (+ refund task for FBM)
//	claim_task                        A-to-z claim or chargeback notice: no reply; respond_claim task, needs human
//	feedback_task                     negative feedback or review alert: no reply; contact_buyer task
//	other_reply                       other, a buyer message that is not a thank-you (a question before buying): no draft; kept in the queue for a person (Decision.Owed)
//	no_response                       other thank-yous, auto-replies, offers of paid reviews and Amazon notices: no reply; mark no response needed
//
// The dissatisfied_*, review_resolve and return_keep_offer texts are an
// opening; the plan's paragraphs carry the remedy and the requests.
package respond
