package queue

import (
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// JSONVersion is the schema version of the JSON types below, which every
// front end prints or serves (queue list --json, a web queue).
const JSONVersion = 1

// DraftJSON is a draft in the versioned JSON of every front end
// (schema version JSONVersion).
type DraftJSON struct {
	ID             int64  `json:"id"`
	MessageID      int64  `json:"message_id"`
	Account        string `json:"account"`
	State          string `json:"state"`
	Revision       int    `json:"revision"`
	Case           string `json:"case"`
	Action         string `json:"action"`
	OrderID        string `json:"order_id,omitempty"`
	Marketplace    string `json:"marketplace,omitempty"`
	Buyer          string `json:"buyer,omitempty"`
	To             string `json:"to,omitempty"`
	Subject        string `json:"subject"`
	Language       string `json:"language,omitempty"`
	Body           string `json:"body"`
	SellerLanguage string `json:"seller_language,omitempty"`
	SellerBody     string `json:"seller_body,omitempty"`
	// SellerBodyStale: the reply was edited after the seller-language copy
	// was made; the copy is not a translation of Body.
	SellerBodyStale bool                `json:"seller_body_stale,omitempty"`
	NeedsHuman      bool                `json:"needs_human"`
	Reasons         []string            `json:"reasons,omitempty"`
	Findings        []aftersale.Finding `json:"findings,omitempty"`
	Placeholders    []string            `json:"placeholders,omitempty"`
	Tasks           []TaskJSON          `json:"tasks,omitempty"`
	Deadline        *time.Time          `json:"deadline,omitempty"`
	CreatedAt       time.Time           `json:"created_at"`
	ApprovedBy      string              `json:"approved_by,omitempty"`
	ApprovedAt      *time.Time          `json:"approved_at,omitempty"`
	AutoApproved    bool                `json:"auto_approved,omitempty"`
	LastError       string              `json:"last_error,omitempty"`
	OutgoingID      string              `json:"outgoing_message_id,omitempty"`
	// Overdue: the deadline has passed and a reply is still owed.
	Overdue bool `json:"overdue"`
}

// TaskJSON is a seller task in DraftJSON.
type TaskJSON struct {
	Kind        string     `json:"kind"`
	Description string     `json:"description"`
	Due         *time.Time `json:"due,omitempty"`
	Done        bool       `json:"done"`
}

// timePtr is t in UTC, nil when zero.
func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	u := t.UTC()
	return &u
}

// NewDraftJSON returns r as JSON; now decides Overdue.
func NewDraftJSON(r store.Listed, now time.Time) DraftJSON {
	d := r.Draft
	j := DraftJSON{
		ID: d.ID, MessageID: d.MessageID, Account: d.Account, State: string(d.State), Revision: d.Revision, Case: string(d.Case),
		Action: d.Action, OrderID: d.OrderID, Marketplace: r.Marketplace, Buyer: r.Buyer, To: d.To,
		Subject: d.Subject, Language: d.Language, Body: d.Body, SellerLanguage: d.SellerLanguage,
		SellerBody: d.SellerBody, SellerBodyStale: SellerStale(d), NeedsHuman: d.NeedsHuman, Reasons: d.Reasons,
		Findings: d.Findings, Placeholders: d.Placeholders, Deadline: timePtr(d.Deadline), CreatedAt: d.CreatedAt.UTC(),
		ApprovedBy: d.ApprovedBy, ApprovedAt: timePtr(d.ApprovedAt), AutoApproved: d.AutoApproved,
		LastError: d.LastError, OutgoingID: d.OutgoingID,
		Overdue: OwesReply(d.State) && !d.Deadline.IsZero() && !d.Deadline.After(now),
	}
	for _, t := range d.Tasks {
		j.Tasks = append(j.Tasks, TaskJSON{Kind: string(t.Kind), Description: t.Description, Due: timePtr(t.Due), Done: t.Done})
	}
	return j
}

// NotBuyerJSON is one not buyer mail in JSON.
type NotBuyerJSON struct {
	MessageID  int64      `json:"message_id"` // for inspect --message
	Account    string     `json:"account"`
	Notice     string     `json:"notice"` // not_buyer_mail, phishing, delivery_failure or auto_reply
	Phishing   bool       `json:"phishing"`
	NeedsHuman bool       `json:"needs_human"`
	FromName   string     `json:"from_name,omitempty"`
	From       string     `json:"from,omitempty"`
	Subject    string     `json:"subject"`
	Date       *time.Time `json:"date,omitempty"`
	FetchedAt  *time.Time `json:"fetched_at,omitempty"`
	Reasons    []string   `json:"reasons,omitempty"`
}

// NewNotBuyerJSON returns c as JSON.
func NewNotBuyerJSON(c store.Classified) NotBuyerJSON {
	m, cl := c.Message, c.Classification
	return NotBuyerJSON{MessageID: m.ID, Account: m.Account, Notice: string(cl.Notice),
		Phishing: cl.Notice == aftersale.NoticePhishing, NeedsHuman: cl.NeedsHuman, FromName: m.FromName,
		From: m.FromAddr, Subject: m.Subject, Date: timePtr(m.Date), FetchedAt: timePtr(m.FetchedAt), Reasons: cl.Reasons}
}

// SentJSON is a row of the sent log in JSON.
type SentJSON struct {
	ID           int64     `json:"id"`
	DraftID      int64     `json:"draft_id"`
	Account      string    `json:"account"`
	MessageID    string    `json:"message_id"`
	To           string    `json:"to"`
	Subject      string    `json:"subject"`
	Body         string    `json:"body,omitempty"`
	OrderID      string    `json:"order_id,omitempty"`
	Case         string    `json:"case"`
	ApprovedBy   string    `json:"approved_by"`
	AutoApproved bool      `json:"auto_approved"`
	Verdict      string    `json:"verdict"`
	SMTPReply    string    `json:"smtp_reply"`
	SentAt       time.Time `json:"sent_at"`
}

// NewSentJSON returns r as JSON, with its body when body is true.
func NewSentJSON(r aftersale.SentReply, body bool) SentJSON {
	j := SentJSON{ID: r.ID, DraftID: r.DraftID, Account: r.Account, MessageID: r.MessageID, To: r.To,
		Subject: r.Subject, OrderID: r.OrderID, Case: string(r.Case), ApprovedBy: r.ApprovedBy,
		AutoApproved: r.AutoApproved, Verdict: r.Verdict, SMTPReply: r.SMTPReply, SentAt: r.SentAt.UTC()}
	if body {
		j.Body = r.Body
	}
	return j
}
