// Package report owns the read-only views of a seller's data that every
// front end shows: the status of the database and its accounts
// (Status, with each account's connection as its poller recorded it),
// response times and how drafts were decided (Stats), the checks of a
// configuration before the daemon runs (the Check* functions behind
// doctor), what the parser and classifier make of one message
// (Inspected), the stored orders (OrderList) and corrections
// (Corrections), and what an order import did (Import). Each view is a
// plain value with JSON tags (schema version 1) and a WriteText method
// that prints it for a person.
//
// It does not own SQL (store), configuration files (the front end passes
// plain values), parsing or classifying (mailbox, classify), or any
// writes: a report never changes the database or a server.
package report

// JSONVersion is the schema version of every report's JSON.
const JSONVersion = 1
