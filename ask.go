package aftersale

// Ask is something a buyer's message asks the seller for: a remedy or a
// piece of information. The values are stored (classifications' facts)
// and shown to sellers, so they never change.
type Ask string

// Asks a buyer message can carry.
const (
	AskReplacement   Ask = "replacement"    // a new unit, the right one, or an exchange for another variant
	AskRefund        Ask = "refund"         // the money back
	AskPartialRefund Ask = "partial_refund" // part of the money back, a discount to keep the item
	AskSendParts     Ask = "send_parts"     // send the missing part(s)
	AskReturn        Ask = "return"         // how to return the item, or to return it
	AskCancel        Ask = "cancel"         // cancel the order
	AskNewAddress    Ask = "new_address"    // deliver to another address
	AskDeliveryDate  Ask = "delivery_date"  // when it will arrive
	AskTracking      Ask = "tracking"       // where it is, the tracking number
	AskInvoice       Ask = "invoice"        // an invoice or receipt
	AskHowTo         Ask = "how_to"         // help using or setting up the product
)

// Asks lists every Ask in a fixed order.
func Asks() []Ask {
	return []Ask{AskReplacement, AskRefund, AskPartialRefund, AskSendParts, AskReturn, AskCancel,
		AskNewAddress, AskDeliveryDate, AskTracking, AskInvoice, AskHowTo}
}

// Given are the facts a buyer's message already gives, so that a reply
// never asks for them again. Text fields hold the buyer's own words (data,
// never template source).
type Given struct {
	// Symptom is the buyer's description of what is wrong with the item
	// (the sentence that describes it); "" when the message only says
	// that something is wrong.
	Symptom string `json:"symptom,omitempty"`
	// MissingPart names the part the buyer says is missing ("screws",
	// "ネジ"); MissingCount is how many, 0 when not said.
	MissingPart  string `json:"missing_part,omitempty"`
	MissingCount int    `json:"missing_count,omitempty"`
	// Photo is true when a photo or video is attached, or the buyer says
	// one is; Video when it is a video.
	Photo bool `json:"photo,omitempty"`
	Video bool `json:"video,omitempty"`
	// Ordered, Received and Wanted are variants (a size or colour as the
	// buyer wrote it): what was ordered, what arrived, what the buyer
	// wants instead.
	Ordered  string `json:"ordered,omitempty"`
	Received string `json:"received,omitempty"`
	Wanted   string `json:"wanted,omitempty"`
	// Reason is why the buyer cancels or returns, as written; "" when no
	// reason is given.
	Reason string `json:"reason,omitempty"`
	// Keep is "yes" when the buyer would keep the item (for a partial
	// refund, say), "no" when the buyer says they will not keep it, ""
	// when the message does not say.
	Keep string `json:"keep,omitempty"`
	// Declined are the remedies the buyer says they do not want ("no
	// replacement, please", "kein Ersatz", "交換は不要"), in the order of
	// Asks().
	Declined []Ask `json:"declined,omitempty"`
	// Complaint is what the buyer says went wrong with the order, read
	// from the words that name it (damaged, wrong item, missing parts,
	// defective, not received): it names the remedy a complaint behind a
	// review or a refund question calls for. SubNone when no such words.
	Complaint SubReason `json:"complaint,omitempty"`
}

// Zero reports whether g gives nothing.
func (g Given) Zero() bool {
	return g.Symptom == "" && g.MissingPart == "" && g.MissingCount == 0 && !g.Photo && !g.Video &&
		g.Ordered == "" && g.Received == "" && g.Wanted == "" && g.Reason == "" && g.Keep == "" &&
		len(g.Declined) == 0 && g.Complaint == SubNone
}

// HasDeclined reports whether the buyer declined remedy a.
func (g Given) HasDeclined(a Ask) bool {
	for _, x := range g.Declined {
		if x == a {
			return true
		}
	}
	return false
}

// Has reports whether the facts include ask a.
func (f Facts) Has(a Ask) bool {
	for _, x := range f.Asks {
		if x == a {
			return true
		}
	}
	return false
}
