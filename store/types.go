package store

import (
	"fmt"
	"time"

	"github.com/aftersale/aftersale"
)

// Options configures Open.
type Options struct {
	// Now returns the current time; nil means time.Now. Tests inject a
	// fixed clock.
	Now func() time.Time
	// MustExist makes Open fail with ErrNoDatabase instead of creating a
	// database that is not there: commands that only read or change an
	// existing database set it, so a mistyped path is reported rather
	// than answered from a new, empty database.
	MustExist bool
}

// Cursor is the IMAP position of one (account, folder): the UIDVALIDITY
// seen last and the highest UID stored under it.
type Cursor struct {
	UIDValidity uint32
	LastUID     uint32
}

// RawMessage is a fetched mail before parsing.
type RawMessage struct {
	Account      string
	Folder       string
	UIDValidity  uint32
	UID          uint32
	Raw          []byte    // the RFC 5322 bytes as fetched
	InternalDate time.Time // the IMAP INTERNALDATE
	// Truncated means Raw holds only the header (the message was over the
	// size limit).
	Truncated bool
	// Skip, for InsertRawMessages only: store nothing, only advance the
	// cursor past UID (a message the caller recognised as a duplicate).
	Skip bool
}

// RawStored is a stored raw message with its store id.
type RawStored struct {
	ID int64
	RawMessage
}

// ImportResult reports what ImportOrders did.
type ImportResult struct {
	Format  string // "order_report", "shipment_confirmation" or "csv"
	Rows    int    // data rows read (blank lines excluded)
	Created int    // orders that did not exist before
	Updated int    // existing orders that got new facts
	Skipped int    // malformed rows, each listed in Errors
	Errors  []RowError
}

// RowError is one malformed import row.
type RowError struct {
	Line int // 1-based line number in the file
	Err  error
}

// Error returns "line N: ...".
func (e RowError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the row's error.
func (e RowError) Unwrap() error { return e.Err }

// Pending is a classified message that has no draft yet.
type Pending struct {
	Message        aftersale.Message
	Classification aftersale.Classification
}

// DraftFilter selects drafts for Drafts. Zero fields do not filter.
type DraftFilter struct {
	States  []aftersale.DraftState
	Case    aftersale.Case
	Account string
	Overdue bool // only drafts whose deadline has passed (by Options.Now)
	Limit   int  // 0 means no limit
}

// Approval is a person's (or the auto-approver's) decision to send a draft.
type Approval struct {
	By         string // who approved: a user name or "auto"
	Reviewed   bool   // the person has read the draft (needed for needs_human unless shown)
	Override   string // why blocking findings are overridden; required when any block
	OutgoingID string // Message-ID of the reply, without angle brackets; required
	Auto       bool   // approved by the auto-approval policy
}

// SentFilter selects rows of the sent log. Zero fields do not filter.
type SentFilter struct {
	Since   time.Time
	Case    aftersale.Case
	OrderID string
	Account string
	Limit   int // 0 means no limit
}

// AuditEntry is one recorded action on a draft.
type AuditEntry struct {
	At      time.Time
	Actor   string
	Action  string
	DraftID int64
	Detail  string
}
