package respond

import (
	"github.com/aftersale/aftersale/store"
)

// SentCopyMessage rebuilds the reply of a sent-log row as the RFC 5322
// message that was sent, for the copy in the account's IMAP Sent folder:
// from is the sender address ([smtp] from), recipient, subject, body and
// Message-ID come from the sent log, In-Reply-To and References from the
// draft, and Date is the time it was sent. Built by the same code as the
// message Send transmits (Outgoing.Message).
func SentCopyMessage(from string, c store.SentCopy) ([]byte, error) {
	r := c.Reply
	out := Outgoing{
		From: from, To: r.To, Subject: r.Subject, Body: r.Body,
		MessageID: r.MessageID, InReplyTo: c.InReplyTo, References: c.References,
	}
	return out.Message(r.SentAt)
}
