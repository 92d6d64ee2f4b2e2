package aftersale

import "time"

// Message is one fetched mail, as stored and parsed. Fields after Raw metadata
// are filled by mailbox.Parse; a message that failed to parse keeps ParseErr
// and whatever fields could be read.
type Message struct {
	ID          int64  // store id; 0 before it is stored
	Account     string // configured account name
	Folder      string // IMAP folder
	UIDValidity uint32
	UID         uint32
	Size        int       // raw size in bytes
	FetchedAt   time.Time // when the daemon stored it

	MessageID  string   // Message-ID without angle brackets; may be empty
	InReplyTo  []string // message ids without angle brackets
	References []string // message ids without angle brackets, oldest first
	FromName   string   // display name of From
	FromAddr   string   // address of From, lower-cased
	ReplyTo    string   // Reply-To address, if any
	To         []string
	Subject    string // decoded (RFC 2047)
	Date       time.Time

	Text      string   // the whole decoded text (text/plain, or HTML converted)
	BuyerText string   // the buyer's own words inside Amazon's relay template
	OrderIDs  []string // every 3-7-7 order id, subject first, deduplicated
	// RelayAlias is the buyer's anonymised address
	// (alias@marketplace.amazon.<tld>) when the mail is a buyer message.
	RelayAlias  string
	Marketplace string // marketplace domain such as "amazon.de"; "" if unknown
	BuyerName   string // buyer's name from the display name or subject
	ASINs       []string
	Attachments []string // file names of attachments (ignored, but noted)

	Sender        SenderKind // buyer, amazon system, or other
	AutoReply     bool       // RFC 3834 Auto-Submitted, X-Autoreply, Precedence
	Flags         []string   // parse warnings such as "unknown_charset", "html_only"
	ParseErr      string     // non-empty when parsing failed; the raw bytes are kept
	ParserVersion int
}

// SenderKind tells who sent a message.
type SenderKind string

// Sender kinds.
const (
	SenderUnknown SenderKind = ""
	SenderBuyer   SenderKind = "buyer"  // relayed by marketplace.amazon.<tld>
	SenderAmazon  SenderKind = "amazon" // an Amazon system address
	SenderOther   SenderKind = "other"
)

// OrderID returns the first order id of m, or "".
func (m Message) OrderID() string {
	if len(m.OrderIDs) == 0 {
		return ""
	}
	return m.OrderIDs[0]
}

// ThreadKey is the conversation key: relay alias and order id, never the
// order id alone (docs/amazon.md, "Order ids"). A message without an order id
// is a pre-sale question threaded by alias.
func (m Message) ThreadKey() string {
	who := m.RelayAlias
	if who == "" {
		who = m.FromAddr
	}
	return who + "|" + m.OrderID()
}

// FlagNoBuyerText is the parse flag of a message in which Amazon's wrapper
// was recognised but holds no words of the buyer (a photo or a file only).
const FlagNoBuyerText = "no_buyer_text"

// FlagRelayViaReplyTo is the parse flag of a message whose buyer relay
// alias is only in Reply-To, From being neither the alias nor Amazon: mail
// forwarded by the seller's own mail system, or a stranger using a buyer's
// alias to get a reply sent to it. Its draft always needs a person.
const FlagRelayViaReplyTo = "relay_via_reply_to"

// ClassifyText returns the text the classifier should read: the buyer's own
// words, or nothing when the message carries FlagNoBuyerText (never
// Amazon's wrapper around a photo); else, for a message whose buyer text
// is unknown, the whole text.
func (m Message) ClassifyText() string {
	if m.BuyerText != "" || m.HasFlag(FlagNoBuyerText) {
		return m.BuyerText
	}
	return m.Text
}

// HasFlag reports whether m carries the parse flag f.
func (m Message) HasFlag(f string) bool {
	for _, g := range m.Flags {
		if g == f {
			return true
		}
	}
	return false
}
