package queue

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/termtable"
	"github.com/aftersale/aftersale/store"
)

// Due says how long until deadline ("3h05m left") or how long past it
// ("overdue 2h10m"); "-" when there is none.
func Due(deadline, now time.Time) string {
	if deadline.IsZero() {
		return "-"
	}
	d := deadline.Sub(now).Round(time.Minute)
	if d < 0 {
		return "overdue " + shortDuration(-d)
	}
	return shortDuration(d) + " left"
}

func shortDuration(d time.Duration) string {
	h := int(d.Hours())
	m := int(d.Minutes()) % 60
	if h >= 48 {
		return fmt.Sprintf("%dd%dh", h/24, h%24)
	}
	if h > 0 {
		return fmt.Sprintf("%dh%02dm", h, m)
	}
	return fmt.Sprintf("%dm", m)
}

// Flags are a draft's flags in the queue table: H needs a human, B
// blocked by a policy finding, P placeholders to fill, ! send failed;
// "-" for none.
func Flags(d aftersale.Draft) string {
	var b strings.Builder
	if d.NeedsHuman {
		b.WriteByte('H')
	}
	if aftersale.Blocking(d.Findings) {
		b.WriteByte('B')
	}
	if len(d.Placeholders) > 0 {
		b.WriteByte('P')
	}
	if d.LastError != "" {
		b.WriteByte('!')
	}
	if b.Len() == 0 {
		return "-"
	}
	return b.String()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// WriteTable writes drafts as the queue's table, most urgent first as
// given. With st.Width (a terminal) the subject is cut to the width, else
// to 48 columns; with st.Color overdue drafts are red.
func WriteTable(w io.Writer, rows []store.Listed, now time.Time, st termtable.Style) error {
	if len(rows) == 0 {
		fmt.Fprintln(w, "The queue is empty.")
		return nil
	}
	tb := &termtable.Table{MaxWidth: st.Width}
	tb.Row("ID", "STATE", "DUE", "CASE", "ORDER", "MKT", "BUYER", "FLAGS", "SUBJECT")
	for _, r := range rows {
		due := Due(r.Deadline, now)
		if !OwesReply(r.State) {
			due = "-" // the clock has stopped
		}
		if strings.HasPrefix(due, "overdue") {
			due = st.Red(due)
		}
		subj := termtable.Clip(r.Subject, 48)
		if st.Width > 0 {
			subj = termtable.Clip(r.Subject, 0)
		}
		tb.Row(strconv.FormatInt(r.ID, 10), string(r.State), due, string(r.Case), orDash(r.OrderID),
			orDash(strings.TrimPrefix(r.Marketplace, "amazon.")), orDash(termtable.Clip(r.Buyer, 16)), Flags(r.Draft), subj)
	}
	return tb.Flush(w)
}

// WriteNotBuyerTable writes the mail that gets no draft, newest first as
// given; phishing says only possible phishing was asked for.
func WriteNotBuyerTable(w io.Writer, cs []store.Classified, phishing bool) error {
	switch {
	case len(cs) == 0 && phishing:
		fmt.Fprintln(w, "No possible phishing.")
		return nil
	case len(cs) == 0:
		fmt.Fprintln(w, "No not buyer mail.")
		return nil
	}
	tb := &termtable.Table{}
	tb.Row("MSG", "RECEIVED", "KIND", "FLAGS", "FROM", "SUBJECT")
	for _, c := range cs {
		m, cl := c.Message, c.Classification
		at := m.Date
		if at.IsZero() {
			at = m.FetchedAt
		}
		received := "-"
		if !at.IsZero() {
			received = at.Local().Format("2006-01-02 15:04")
		}
		flags := "-"
		if cl.NeedsHuman {
			flags = "H"
		}
		tb.Row(strconv.FormatInt(m.ID, 10), received, orDash(string(cl.Notice)), flags, orDash(termtable.Clip(m.FromAddr, 36)), termtable.Clip(m.Subject, 48))
	}
	return tb.Flush(w)
}

// WriteSentTable writes the sent log, newest first as given. With
// st.Width the subject is cut to the width, else to 50 columns.
func WriteSentTable(w io.Writer, rows []aftersale.SentReply, st termtable.Style) error {
	if len(rows) == 0 {
		fmt.Fprintln(w, "No replies sent yet.")
		return nil
	}
	tb := &termtable.Table{MaxWidth: st.Width}
	tb.Row("ID", "SENT", "CASE", "ORDER", "TO", "APPROVED BY", "SUBJECT")
	for _, r := range rows {
		by := r.ApprovedBy
		if r.AutoApproved && by != AutoActor {
			by += " (auto)"
		}
		subj := termtable.Clip(r.Subject, 50)
		if st.Width > 0 {
			subj = r.Subject
		}
		tb.Row(strconv.FormatInt(r.ID, 10), r.SentAt.Local().Format("2006-01-02 15:04"),
			string(r.Case), orDash(r.OrderID), r.To, orDash(by), subj)
	}
	return tb.Flush(w)
}

// WriteSent writes one sent reply in full.
func WriteSent(w io.Writer, r aftersale.SentReply) {
	fmt.Fprintf(w, "Sent reply %d (draft %d)\n", r.ID, r.DraftID)
	fmt.Fprintf(w, "Sent:        %s\n", r.SentAt.Local().Format("2006-01-02 15:04:05 MST"))
	fmt.Fprintf(w, "To:          %s\n", r.To)
	fmt.Fprintf(w, "Subject:     %s\n", r.Subject)
	fmt.Fprintf(w, "Message-ID:  <%s>\n", r.MessageID)
	fmt.Fprintf(w, "Case/order:  %s / %s\n", r.Case, orDash(r.OrderID))
	by := r.ApprovedBy
	if r.AutoApproved {
		by += " (auto-approved)"
	}
	fmt.Fprintf(w, "Approved by: %s\n", by)
	fmt.Fprintf(w, "Policy:      %s\n", r.Verdict)
	fmt.Fprintf(w, "SMTP reply:  %s\n\n%s\n", r.SMTPReply, r.Body)
}

// WriteText prints l as queue list does: the drafts' table when drafts
// were asked for, then the not buyer mail's table, under a heading when
// both were asked for. It returns the id of the first not buyer message
// listed, for a hint on how to show one (0: none).
func (l Listing) WriteText(w io.Writer, now time.Time, st termtable.Style) (int64, error) {
	if l.DraftsAsked {
		if err := WriteTable(w, l.Drafts, now, st); err != nil {
			return 0, err
		}
	}
	if !l.NotBuyerAsked {
		return 0, nil
	}
	if l.DraftsAsked {
		fmt.Fprintln(w, "\nNot buyer mail (no reply drafted):")
	}
	if err := WriteNotBuyerTable(w, l.NotBuyer, l.Phishing); err != nil || len(l.NotBuyer) == 0 {
		return 0, err
	}
	return l.NotBuyer[0].Message.ID, nil
}
