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
	Origin     Origin   // through Amazon (""), not buyer mail (no draft) or direct buyer mail
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

// Origin is where a message comes from, as far as drafting is concerned
// (docs/amazon.md: buyers write through a marketplace.amazon.<tld> relay
// alias; Amazon's notices come from its system senders).
type Origin string

// Origins.
const (
	// OriginAmazon is mail relayed from a buyer's marketplace.amazon.<tld>
	// alias or sent by an Amazon system sender: triaged and drafted.
	OriginAmazon Origin = ""
	// OriginNotBuyer is the not_buyer_mail verdict: mail neither relayed
	// from a buyer nor sent by Amazon (bounces, newsletters, vendors,
	// personal mail, look-alikes of Amazon). It is stored and counted but
	// never gets a draft.
	OriginNotBuyer Origin = "not_buyer_mail"
	// OriginDirect is a buyer writing from their own address to an account
	// that takes direct buyer mail, naming an order id in the seller's
	// orders. Its draft goes to the sender's address and always needs a
	// human: it is not Amazon's relay.
	OriginDirect Origin = "direct_buyer"
)

// Valid reports whether o is a known origin.
func (o Origin) Valid() bool {
	switch o {
	case OriginAmazon, OriginNotBuyer, OriginDirect:
		return true
	}
	return false
}
