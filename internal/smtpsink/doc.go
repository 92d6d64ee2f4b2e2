// Package smtpsink is an in-process SMTP server, built on go-smtp, that
// records every message it accepts. Tests and the demo point the reply
// sender at it instead of a real relay.
//
// It owns only the listener, the SMTP sessions and the list of received
// messages. It does no delivery, authentication or TLS.
//
// The recipient's local part chooses how the sink answers, after mox's
// localserve, so that callers can exercise their failure paths:
//
//	temperror...  RCPT TO is refused with 451 4.3.0 (temporary)
//	permerror...  RCPT TO is refused with 550 5.1.1 (permanent)
//	timeout...    DATA is read in full, then the final reply is withheld for
//	              Options.Stall (or until Close); the message is not recorded
//	anything else accepted and recorded
//
// The prefixes are matched case-insensitively, so "TempError+2@x" is a
// temporary failure too.
//
// Invariants: a Message is recorded only after the whole DATA was read and
// only with the recipients that were accepted; Messages returns copies, so
// callers may keep or modify them; Close stops every stalled session and
// waits for the server goroutine to end.
package smtpsink
