// Package report owns the read-only views of a seller's data that every
// front end shows: the status of the database and its accounts
// (Status, with each account's connection as its poller recorded it),
// response times and how drafts were decided (Stats), the checks of a
// configuration before the daemon runs (the Check* functions behind
// doctor), what the parser and classifier make of one message
// (Inspected), the stored orders (OrderList) and corrections
// (Corrections), what an order import, a purge or a re-parse did (Import,
// Purged, Reparsed), the binary's versions (Version), and the values a
// front end offers for completion (CaseNames, StateNames,
// MarketplaceNames, WaitingDrafts, AccountNames). Each view is a plain
// value with JSON tags (schema version 1) and a WriteText method that
// prints it for a person.
//
// It does not own SQL (store), reading configuration files (Doctor takes
// a loaded config.Config), parsing or classifying (mailbox, classify).
// Besides the views, it runs the work a front end starts on a seller's
// behalf that only reports: importing order files (ImportOrderFiles),
// re-parsing stored mail (Reparse), and learning Amazon's template from
// given messages in a temporary database (LearnTemplate), inspecting
// messages (Inspect), and importing, exporting and deleting corrections
// (ImportCorrections, ExportCorrections, DeleteCorrections). It turns a
// front end's flags and a loaded config into the options of that work and
// checks them (OrderFilter, CorrectionFilter, CheckChoice with
// ChoiceFlags, Retention, StatusOptionsFor, ReparseOptionsFor,
// ImportOptionsFor), opens the database a config names (OpenStore), and
// marks an error in what a person gave as a UsageError.
package report

// JSONVersion is the schema version of every report's JSON.
const JSONVersion = 1
