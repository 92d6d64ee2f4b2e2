// Package aftersale holds the shared vocabulary of the aftersale daemon: the
// playbook's case types, parsed buyer messages, orders, classifications,
// reply drafts with their state machine, seller tasks, the sent-reply log and
// the sentinel errors every package returns. It also holds the facts about
// Amazon every package reads: the marketplace table (Marketplaces: domain,
// relay domain, default language, currency) and the order-id scanner
// (ScanOrderIDs, also for full-width digits and typographic dashes), and
// the typed findings passed between packages: a message's failed sender
// authentication (Message.Auth) and the classifier's risk cues
// (Classification.Risks).
//
// It does no I/O. The adapters live in subpackages: mailbox (IMAP and MIME),
// classify (triage), store (SQLite), respond (decisions, templates, policy
// checks and the SMTP outbox) and cmd/aftersale (the one binary).
//
// The string values of every typed constant here are stored in the database,
// printed in --json output and used in the playbook, so they never change.
package aftersale
