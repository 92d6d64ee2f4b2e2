package queue

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/termtable"
	"github.com/aftersale/aftersale/store"
)

// TextOptions choose the sections of a draft's text view.
type TextOptions struct {
	Plan    bool // the plan: why the reply says this
	History bool // the audit trail: who did what, when
}

// WriteText writes the draft as a person reads it before deciding: the
// buyer's message, the conversation, the order, the plan, the reply in
// the buyer's and in the seller's language, seller tasks, policy findings
// and what to do next; times are local, the deadline relative to now.
func (v View) WriteText(w io.Writer, now time.Time, opts TextOptions) {
	v.writeText(w, now, opts.Plan)
	if opts.History {
		writeHistory(w, v.History)
	}
}

func (v View) writeText(w io.Writer, now time.Time, withPlan bool) {
	d, m, cl, o := v.Draft, v.Message, v.Class, v.Order
	if OwesReply(d.State) {
		fmt.Fprintf(w, "Draft %d  [%s]  revision %d  %s\n", d.ID, d.State, d.Revision, Due(d.Deadline, now))
	} else {
		fmt.Fprintf(w, "Draft %d  [%s]  revision %d\n", d.ID, d.State, d.Revision) // the clock has stopped
	}
	fmt.Fprintf(w, "Case:      %s", d.Case)
	if cl.SubReason != "" {
		fmt.Fprintf(w, " / %s", cl.SubReason)
	}
	if cl.Secondary != "" {
		fmt.Fprintf(w, " (also %s)", cl.Secondary)
	}
	fmt.Fprintf(w, "   confidence %.2f", cl.Confidence)
	if cl.Notice != "" {
		fmt.Fprintf(w, "   notice %s", cl.Notice)
	}
	fmt.Fprintln(w)
	for _, r := range v.Replaced {
		fmt.Fprintf(w, "           was %s (%s), changed by %s on %s\n", caseOf(r.Classification), r.Version, r.ReplacedBy,
			r.ReplacedAt.Local().Format("2006-01-02 15:04"))
	}
	fmt.Fprintf(w, "Action:    %s\n", d.Action)
	if d.NeedsHuman {
		fmt.Fprintf(w, "Needs a human: %s\n", strings.Join(d.Reasons, "; "))
	}
	if len(cl.Reasons) > 0 && !d.NeedsHuman {
		fmt.Fprintf(w, "Why:       %s\n", strings.Join(cl.Reasons, "; "))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "── Buyer's message ──")
	fmt.Fprintf(w, "From:      %s <%s>\n", m.FromName, m.FromAddr)
	fmt.Fprintf(w, "Subject:   %s\n", m.Subject)
	if !m.Date.IsZero() {
		fmt.Fprintf(w, "Date:      %s\n", m.Date.Local().Format("2006-01-02 15:04 MST"))
	}
	fmt.Fprintf(w, "Market:    %s   language %s\n", orDash(m.Marketplace), orDash(cl.Language))
	if m.ParseErr != "" {
		fmt.Fprintf(w, "Parse error: %s (see --raw)\n", m.ParseErr)
	}
	if len(m.Flags) > 0 {
		fmt.Fprintf(w, "Flags:     %s\n", strings.Join(m.Flags, ", "))
	}
	fmt.Fprintln(w)
	if text := m.ClassifyText(); text != "" {
		fmt.Fprintln(w, indent(text))
	} else {
		fmt.Fprintln(w, indent("(no words of the buyer: an attachment or a photo only? see --raw)"))
	}
	if len(v.Thread) > 1 {
		fmt.Fprintf(w, "\n── Conversation: %d messages ──\n", len(v.Thread))
		for _, t := range v.Thread {
			mark := " "
			if t.ID == m.ID {
				mark = "*"
			}
			fmt.Fprintf(w, "%s %s  %s\n", mark, t.Date.Local().Format("2006-01-02 15:04"), termtable.Clip(t.Subject, 60))
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "── Order ──")
	if !o.Known() {
		fmt.Fprintf(w, "%s: not in your order records (import reports with \"aftersale orders import\")\n", orDash(d.OrderID))
	} else {
		WriteOrder(w, o)
	}
	fmt.Fprintln(w)
	p := v.Plan
	if withPlan && !(d.State == aftersale.DraftNoResponseNeeded && len(p.Offers) == 0 && len(p.Why) == 0 && len(p.Asks) == 0) {
		writePlan(w, d, p)
		fmt.Fprintln(w)
	}
	if d.State == aftersale.DraftNoResponseNeeded && d.Body == "" {
		fmt.Fprintln(w, "── No reply ──")
		if len(d.Reasons) > 0 {
			fmt.Fprintln(w, d.Reasons[0])
		}
	} else if d.Body == "" && OwesReply(d.State) {
		// A message kept for a person with no draft (respond.Decision.Owed).
		fmt.Fprintf(w, "── No reply drafted (%s) to %s ──\n", orDash(d.Language), orDash(d.To))
		fmt.Fprintf(w, "Write one with \"aftersale queue edit %d\", or mark it \"aftersale queue nrn %d\" (and no response needed in Seller Central).\n", d.ID, d.ID)
	} else {
		fmt.Fprintf(w, "── Reply (%s) to %s ──\n", orDash(d.Language), orDash(d.To))
		fmt.Fprintf(w, "Subject: %s\n\n%s\n", d.Subject, d.Body)
		if d.SellerBody != "" && d.SellerLanguage != d.Language {
			if v.SellerStale {
				fmt.Fprintf(w, "\n── The reply before your edit, in %s (edited; translation not updated) ──\n%s\n", d.SellerLanguage, d.SellerBody)
			} else {
				fmt.Fprintf(w, "\n── The same reply in %s ──\n%s\n", d.SellerLanguage, d.SellerBody)
			}
		}
	}
	if len(d.Tasks) > 0 {
		fmt.Fprintln(w, "\n── Seller tasks ──")
		for _, t := range d.Tasks {
			due := ""
			if !t.Due.IsZero() {
				due = " (by " + t.Due.Local().Format("Mon 2006-01-02") + ")"
			}
			fmt.Fprintf(w, "- %s%s\n", t.Description, due)
		}
	}
	if len(d.Findings) > 0 || len(d.Placeholders) > 0 {
		fmt.Fprintln(w, "\n── Policy check ──")
		placeholderRule := false
		for _, f := range d.Findings {
			fmt.Fprintf(w, "- [%s] %s: %s\n", f.Severity, f.Rule, f.Detail)
			placeholderRule = placeholderRule || f.Rule == "placeholder"
		}
		if !placeholderRule {
			for _, p := range d.Placeholders {
				fmt.Fprintf(w, "- [block] placeholder: fill in [[%s]]\n", p)
			}
		}
		if len(d.Placeholders) > 0 {
			fmt.Fprintf(w, "Fill in the [[...]] parts with: aftersale queue edit %d\n", d.ID)
		}
	}
	if d.LastError != "" {
		fmt.Fprintf(w, "\nLast send error: %s\n", d.LastError)
	}
	switch d.State {
	case aftersale.DraftSendUnknown:
		fmt.Fprintf(w, "\nSend outcome unknown: the daemon stopped while sending it")
		if !d.UpdatedAt.IsZero() {
			fmt.Fprintf(w, " (found at %s", d.UpdatedAt.Local().Format("2006-01-02 15:04"))
			if d.Attempts > 0 {
				fmt.Fprintf(w, ", after %d failed attempts", d.Attempts)
			}
			fmt.Fprint(w, ")")
		}
		fmt.Fprintf(w, ". Look for Message-ID <%s> in the Sent folder or in Seller Central, then run\n"+
			"\"aftersale queue resolve %d --sent\" or \"aftersale queue resolve %d --not-sent\".\n", d.OutgoingID, d.ID, d.ID)
	case aftersale.DraftNoResponseNeeded:
		if m.Sender == aftersale.SenderAmazon || m.RelayAlias == "" {
			fmt.Fprintln(w, "\nNo reply: Amazon's notices cannot be answered by mail; the seller tasks above are what it needs.")
		} else {
			fmt.Fprintln(w, "\nNo reply needed. Also tick \"No response needed\" for this message in Seller Central (Amazon has no API for it).")
		}
	}
}

func caseOf(c aftersale.Classification) string {
	if c.SubReason != "" {
		return string(c.Case) + "/" + string(c.SubReason)
	}
	return string(c.Case)
}

// writePlan writes the plan section.
func writePlan(w io.Writer, d aftersale.Draft, p Plan) {
	fmt.Fprintln(w, "── Plan: why the reply says this ──")
	row := func(k string, vs []string) {
		v := "-"
		if len(vs) > 0 {
			v = strings.Join(vs, ", ")
		}
		fmt.Fprintf(w, "%-12s%s\n", k+":", v)
	}
	row("Buyer asks", p.Asks)
	if len(p.Given) == 0 {
		row("Buyer gave", nil)
	}
	for i, g := range p.Given {
		k := ""
		if i == 0 {
			k = "Buyer gave:"
		}
		fmt.Fprintf(w, "%-12s%s\n", k, g)
	}
	row("Offers", p.Offers)
	row("Asks buyer", p.Requests)
	row("States", p.States)
	for _, y := range p.Why {
		fmt.Fprintf(w, "  - %s\n", y)
	}
	if p.Differs {
		fmt.Fprintf(w, "Note: with today's order record and settings the decision would be %s; the draft was made as %s.\n", p.Action, d.Action)
	}
}

// writeHistory writes the audit trail: who did what, when.
func writeHistory(w io.Writer, h []store.AuditEntry) {
	if len(h) == 0 {
		return
	}
	fmt.Fprintln(w, "\n── History ──")
	tb := &termtable.Table{}
	for _, a := range h {
		tb.Row(a.At.Local().Format("2006-01-02 15:04:05"), a.Actor, a.Action, termtable.Clip(a.Detail, 70))
	}
	tb.Flush(w)
}

// WriteOrder writes an order's facts, one a line; facts not known are
// left out.
func WriteOrder(w io.Writer, o aftersale.Order) {
	tb := &termtable.Table{}
	line := func(k, v string) {
		if v != "" {
			tb.Row(k, v)
		}
	}
	day := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format("2006-01-02")
	}
	line("Order", o.ID)
	line("Status", string(o.Status))
	line("Fulfilment", strings.ToUpper(string(o.Channel)))
	line("Marketplace", o.Marketplace)
	line("Purchased", day(o.PurchaseDate))
	line("Product", o.ProductName)
	if o.ItemValue != 0 {
		line("Value", o.ItemValue.Format(o.Currency))
	}
	line("Shipped", day(o.ShipDate))
	line("Carrier", o.Carrier)
	line("Tracking", o.Tracking)
	line("Delivered", day(o.DeliveryDate))
	if o.RefundAmount != 0 {
		line("Refunded", o.RefundAmount.Format(o.Currency)+" on "+day(o.RefundDate))
	}
	line("Return received", day(o.ReturnReceived))
	tb.Flush(w)
}

func indent(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = "  " + l
	}
	return strings.Join(lines, "\n")
}
