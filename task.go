package aftersale

import "time"

// TaskKind is a kind of seller task: work in Seller Central that Amazon
// offers no API for and that a draft reply promises or depends on.
type TaskKind string

// Seller task kinds.
const (
	TaskCancelOrder    TaskKind = "cancel_order"     // cancel in Seller Central
	TaskRefund         TaskKind = "refund"           // issue a (full or partial) refund
	TaskReship         TaskKind = "reship"           // send a replacement unit
	TaskAddTracking    TaskKind = "add_tracking"     // confirm shipment with tracking
	TaskRelabelResell  TaskKind = "relabel_resell"   // returned item intact: resell
	TaskDispose        TaskKind = "dispose"          // returned item damaged: dispose or send to a warehouse
	TaskMarkNoResponse TaskKind = "mark_no_response" // tick "no response needed" in Seller Central
	TaskCheckOrder     TaskKind = "check_order"      // look the order up; facts are missing
	TaskRespondClaim   TaskKind = "respond_claim"    // A-to-z claim: represent to Amazon
	TaskShipParts      TaskKind = "ship_parts"       // send the buyer the missing part(s)
	TaskContactBuyer   TaskKind = "contact_buyer"    // negative feedback or review: reach out to the buyer
)

// Task is one seller task beside a draft.
type Task struct {
	ID          int64
	DraftID     int64
	OrderID     string
	Kind        TaskKind
	Description string    // what to do, in the seller's words
	Due         time.Time // zero when there is no deadline
	Done        bool
}
