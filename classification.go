package aftersale

import "time"

// Classification is the classifier's verdict on one message.
type Classification struct {
	MessageID  int64 // store id of the message
	Case       Case
	Secondary  Case      // optional second case in the same message
	SubReason  SubReason // for return_dissatisfied
	Confidence float64   // calibrated, 0..1
	NeedsHuman bool
	Reasons    []string // why needs_human, and rule hits, in plain words
	Language   string   // ISO 639-1 code of the buyer's text, "" if unknown
	Notice     Notice   // the structured notice that decided it, if any
	Facts      Facts
	Version    string // classifier version that produced it
	At         time.Time
}

// Facts are what the classifier extracted from the message.
type Facts struct {
	OrderIDs     []string `json:"order_ids,omitempty"`
	NewAddress   string   `json:"new_address,omitempty"`   // a shipping address the buyer gave
	ReturnReason string   `json:"return_reason,omitempty"` // Amazon's return reason code text
	BuyerName    string   `json:"buyer_name,omitempty"`
	// Asks are what the buyer asks for, in the order of Asks(); Given
	// what the message already tells (classify.ReadAsks).
	Asks  []Ask `json:"asks,omitempty"`
	Given Given `json:"given,omitzero"`
}
