// Package mailbox turns the seller's IMAP mailbox into stored, parsed
// messages.
//
// It has two halves:
//
//   - a pure core, [Parse], that reads one raw RFC 5322 message (MIME per
//     RFC 2045–2049, encoded words per RFC 2047, parameters per RFC 2231)
//     into an [aftersale.Message]: thread headers, decoded subject and
//     addresses, the decoded text, the buyer's own words inside Amazon's
//     relay template, order ids, ASINs, the relay alias and marketplace, the
//     sender kind and RFC 3834 auto-reply markers. It does no I/O and never
//     panics. The buyer's words are found by judging each line by its
//     shape (wrapper.go: rules, decorated begin and end markers, message
//     labels, header fields, product rows, attachment lists, footers, in
//     the marketplace languages), not by one spelling of one template;
//   - [Template], the lines of Amazon's wrappers learned from the mailbox
//     itself (lines recurring in the mail of many different buyers of one
//     marketplace, or in the notices of one Amazon sender), applied to a
//     parsed message by [Template.Apply]; and its shell,
//     [TemplateLearner], which reads each stored message once and keeps
//     the counts in the store. The classify worker runs both before it
//     classifies (the daemon hands it the learner: classify does not
//     import this package);
//   - a thin shell, [Poller], that logs in to one IMAP account (RFC 9051 /
//     RFC 3501, via go-imap v2; LOGIN or SASL XOAUTH2), waits with IDLE
//     or polls, and for each folder with new mail runs a folder sync that
//     fetches it by UID with BODY.PEEK[] and writes it through one write
//     path: the raw bytes with the UID cursor in one transaction, then the
//     parse result (pipelined unless an after-processing action needs the
//     connection);
//   - an optional worker, [SentCopier], that appends a copy of each sent
//     reply to the account's Sent folder ([[account]] sent_folder), over
//     the Poller's connection and login code.
//
// What it does not own: the SQL schema and cursors (package store), the
// triage of a message (package classify) and replies (package respond).
//
// Invariants:
//
//   - The mailbox is not modified by default: fetches use BODY.PEEK (no
//     \Seen) on folders opened read-only. Only when configured does the
//     poller add a keyword (Options.MarkKeyword, e.g. $Triaged) and/or move
//     stored mail to a folder (Options.MoveTo, UID MOVE only); nothing is
//     ever expunged or deleted. The SentCopier, when configured, only
//     APPENDs to the Sent folder; it never creates the folder.
//   - A sent reply is filed in the Sent folder at most once: the folder is
//     searched for its Message-ID before each APPEND, and what was copied
//     is recorded in the store (sent_copies), never in the append-only
//     sent log. Copying never blocks or changes sending.
//   - Checking a folder with nothing new costs one STATUS, whatever its
//     size; the folder the session has selected is selected again instead,
//     since STATUS on the selected mailbox may answer from a stale view
//     (RFC 9051 §6.3.11; Dovecot does).
//   - Raw bytes are stored before parsing, and the IMAP cursor advances in
//     the same transaction, so a crash never loses or duplicates a message;
//     rows left unparsed by a crash are parsed at the next start.
//   - A message that fails to parse is stored with ParseErr set, never
//     dropped.
//   - Mail from an Amazon relay or system address that failed sender
//     authentication (the receiving server's Authentication-Results, RFC
//     8601: see [ParseOptions] for which fields are believed) is flagged
//     [FlagAuthFailed], never dropped; an unreadable or missing field flags
//     nothing.
//   - When UIDVALIDITY changes, messages are deduplicated by Message-ID, so
//     no message is processed twice.
//   - Passwords and message bodies are never logged.
//   - Parse results carry [ParserVersion], so re-parsing after an upgrade is
//     an explicit job.
//   - Text between a recognised begin marker and its end is the buyer's:
//     it is never learned as template and never stripped. A line becomes
//     template only when found, outside such text, in the mail of several
//     different buyers (relay aliases), so one buyer repeating a sentence
//     never teaches it.
package mailbox
