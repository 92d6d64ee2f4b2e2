package aftersale

import (
	"fmt"
	"time"
)

// DraftState is a state of a reply draft.
//
//	proposed → approved → sending → sent
//	                             ↘ failed (permanent) / approved (temporary, retried)
//	                             ↘ send_unknown (found mid-send after a crash)
//	proposed → rejected | no_response_needed
//	failed → approved (re-approved by a person)
type DraftState string

// Draft states.
const (
	DraftProposed         DraftState = "proposed"
	DraftApproved         DraftState = "approved"
	DraftSending          DraftState = "sending"
	DraftSent             DraftState = "sent"
	DraftFailed           DraftState = "failed"
	DraftRejected         DraftState = "rejected"
	DraftNoResponseNeeded DraftState = "no_response_needed"
	DraftSendUnknown      DraftState = "send_unknown"
)

// DraftStates lists every draft state.
func DraftStates() []DraftState {
	return []DraftState{DraftProposed, DraftApproved, DraftSending, DraftSent,
		DraftFailed, DraftRejected, DraftNoResponseNeeded, DraftSendUnknown}
}

var transitions = map[DraftState][]DraftState{
	DraftProposed:    {DraftApproved, DraftRejected, DraftNoResponseNeeded},
	DraftApproved:    {DraftSending, DraftProposed}, // back to proposed when edited
	DraftSending:     {DraftSent, DraftFailed, DraftApproved, DraftSendUnknown},
	DraftFailed:      {DraftApproved, DraftRejected},
	DraftSendUnknown: {DraftSent, DraftRejected}, // a person decides what happened
}

// CanTransition reports whether a draft may move from one state to another.
func CanTransition(from, to DraftState) bool {
	for _, s := range transitions[from] {
		if s == to {
			return true
		}
	}
	return false
}

// Valid reports whether s is a known draft state.
func (s DraftState) Valid() bool {
	for _, k := range DraftStates() {
		if s == k {
			return true
		}
	}
	return false
}

// Terminal reports whether no further transition is possible.
func (s DraftState) Terminal() bool { return len(transitions[s]) == 0 }

// Severity of a policy finding.
type Severity string

// Severities. A draft with a block finding cannot be approved without an
// explicit, logged override.
const (
	SeverityBlock Severity = "block"
	SeverityWarn  Severity = "warn"
)

// Finding is one result of the Amazon messaging-policy check of a draft.
type Finding struct {
	Rule     string   `json:"rule"`     // stable rule name, e.g. "link", "email_address"
	Severity Severity `json:"severity"` // block or warn
	Detail   string   `json:"detail"`   // what was found, for the seller
}

// Blocking reports whether any finding blocks approval.
func Blocking(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity == SeverityBlock {
			return true
		}
	}
	return false
}

// Draft is a proposed reply to one buyer message, with its seller tasks.
type Draft struct {
	ID        int64
	MessageID int64 // the buyer message it answers (store id)
	Account   string
	Case      Case
	Action    string // playbook action name chosen by respond.Decide
	OrderID   string

	Language       string // language of Body
	SellerLanguage string // language of SellerBody
	To             string // the buyer's relay alias
	Subject        string
	Body           string // the reply in the buyer's language
	SellerBody     string // the same reply in the seller's language
	InReplyTo      string // Message-ID answered, without angle brackets
	References     []string

	State      DraftState
	NeedsHuman bool
	Reasons    []string // why a person must read it
	Findings   []Finding
	Tasks      []Task
	// Placeholders lists facts the seller must fill in before approval
	// (e.g. "tracking number"); the body shows them as [[...]].
	Placeholders []string

	ShownAt        time.Time // when a person displayed it (needed for needs_human)
	OutgoingID     string    // Message-ID of the reply, fixed at approval
	ApprovedBy     string
	ApprovedAt     time.Time
	AutoApproved   bool
	OverrideReason string // why blocking findings were overridden
	RejectReason   string
	LastError      string // last send error
	Attempts       int
	NextAttempt    time.Time
	Deadline       time.Time // Amazon's 24-hour reply deadline
	CreatedAt      time.Time
	UpdatedAt      time.Time
	SentAt         time.Time
	Edited         bool // the body was changed by a person
}

// Validate checks the fields a draft needs before it is stored.
func (d Draft) Validate() error {
	if d.MessageID == 0 {
		return fmt.Errorf("draft without a message: %w", ErrInvalid)
	}
	if !d.Case.Valid() {
		return fmt.Errorf("draft case %q: %w", d.Case, ErrInvalid)
	}
	if d.State != "" && !d.State.Valid() {
		return fmt.Errorf("draft state %q: %w", d.State, ErrInvalid)
	}
	return nil
}

// SentReply is one row of the append-only sent-reply log.
type SentReply struct {
	ID           int64
	DraftID      int64
	Account      string
	MessageID    string // outgoing Message-ID, without angle brackets
	To           string
	Subject      string
	Body         string
	OrderID      string
	Case         Case
	ApprovedBy   string
	AutoApproved bool
	Verdict      string // policy verdict at send time: "ok", "warn", "override: …"
	SMTPReply    string // the server's final reply
	SentAt       time.Time
}
