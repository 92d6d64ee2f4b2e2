package queue

import (
	"encoding/csv"
	"io"
	"strconv"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// ListingJSON is a listing in JSON: the drafts and, when not buyer mail
// was asked for, that too.
type ListingJSON struct {
	Version  int             `json:"version"`
	Drafts   []DraftJSON     `json:"drafts"`
	NotBuyer *[]NotBuyerJSON `json:"not_buyer_mail,omitempty"`
}

// NewListingJSON returns l in JSON; now decides which drafts are overdue.
func NewListingJSON(l Listing, now time.Time) ListingJSON {
	out := ListingJSON{Version: JSONVersion, Drafts: []DraftJSON{}}
	for _, r := range l.Drafts {
		out.Drafts = append(out.Drafts, NewDraftJSON(r, now))
	}
	if l.NotBuyerAsked {
		nb := []NotBuyerJSON{}
		for _, c := range l.NotBuyer {
			nb = append(nb, NewNotBuyerJSON(c))
		}
		out.NotBuyer = &nb
	}
	return out
}

// AuditJSON is one entry of a draft's history.
type AuditJSON struct {
	At     time.Time `json:"at"`
	Actor  string    `json:"actor"`
	Action string    `json:"action"`
	Detail string    `json:"detail,omitempty"`
}

// ViewJSON is a view in JSON: the draft, its plan and its history.
type ViewJSON struct {
	Version int         `json:"version"`
	Draft   DraftJSON   `json:"draft"`
	Plan    Plan        `json:"plan"`
	History []AuditJSON `json:"history"`
}

// JSON returns v in JSON; now decides whether the draft is overdue.
func (v View) JSON(now time.Time) ViewJSON {
	hist := []AuditJSON{}
	for _, a := range v.History {
		hist = append(hist, AuditJSON{a.At.UTC(), a.Actor, a.Action, a.Detail})
	}
	l := store.Listed{Draft: v.Draft, Marketplace: v.Message.Marketplace, Buyer: v.Message.BuyerName}
	return ViewJSON{JSONVersion, NewDraftJSON(l, now), v.Plan, hist}
}

// SentListJSON is the sent log in JSON.
type SentListJSON struct {
	Version int        `json:"version"`
	Sent    []SentJSON `json:"sent"`
}

// NewSentListJSON returns rows in JSON, without their bodies.
func NewSentListJSON(rows []aftersale.SentReply) SentListJSON {
	out := SentListJSON{JSONVersion, []SentJSON{}}
	for _, r := range rows {
		out.Sent = append(out.Sent, NewSentJSON(r, false))
	}
	return out
}

// SentOneJSON is one sent reply in JSON, with its body.
type SentOneJSON struct {
	Version int      `json:"version"`
	Sent    SentJSON `json:"sent"`
}

// WriteSentCSV writes rows as CSV for a spreadsheet, with a header row.
func WriteSentCSV(w io.Writer, rows []aftersale.SentReply) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "sent_at", "account", "case", "order_id", "to", "subject", "approved_by", "auto_approved", "verdict", "message_id", "smtp_reply"})
	for _, r := range rows {
		cw.Write([]string{strconv.FormatInt(r.ID, 10), r.SentAt.UTC().Format(time.RFC3339), r.Account, string(r.Case),
			r.OrderID, r.To, r.Subject, r.ApprovedBy, strconv.FormatBool(r.AutoApproved), r.Verdict, r.MessageID, r.SMTPReply})
	}
	cw.Flush()
	return cw.Error()
}
