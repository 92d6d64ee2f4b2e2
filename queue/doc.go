// Package queue holds the seller's operations on reply drafts, the same
// for every front end (the CLI, a web queue, approval by mail): List,
// View, Edit, Approve, Reject, NoResponseNeeded, Resolve and Reclassify,
// the auto-approval rules (AutoApprover), saving an edited reply as a
// template (SaveTemplate) and the sent log (Sent, SentReply).
//
// It also renders what every text front end shows the same way: a draft
// as a person reads it (View.WriteText), the queue, not-buyer and sent
// tables (WriteTable, WriteNotBuyerTable, WriteSentTable), one sentence
// and a hint per refusal (Explain), the review walk driven by keys
// (Review), and the versioned JSON (DraftJSON, ListingJSON, ViewJSON,
// SentListJSON).
//
// What it owns: the rules a draft must meet before it is sent (a person
// read a needs-human draft, no blocking policy finding without a logged
// override, no placeholders, a reply text beyond the greeting and the
// signature, a recipient, the revision the approver saw), checked inside
// the approving transaction; the policy check after an edit in the
// buyer's language; the outgoing Message-ID fixed at approval; the
// redraft after a reclassification and the correction it records for the
// classifier.
//
// What it does not own: SQL and state transitions (store), the decision
// table, templates and policy rules (respond), the classifier (classify),
// flags, the terminal's width and colour, reading keys and running an
// editor (the front ends), and the worker loops that
// run the auto-approver (the daemon).
//
// Refusals are typed: every refusal is a *Refusal whose Code is one of
// the Err* values (errors.Is(err, queue.ErrBlocked)); a front end renders
// each its own way (or uses Explain) and never matches English text.
package queue
