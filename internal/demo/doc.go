// Package demo holds the embedded sample data behind `aftersale demo` and
// the end-to-end tests: realistic buyer mails in Amazon's relay formats
// (mail/*.eml), a Seller Central "All Orders" flat file (orders.tsv), a
// shipment confirmation file (shipments.tsv), a manifest saying what each
// sample is meant to exercise (samples.tsv), and an in-memory IMAP server
// (go-imap's imapmemserver) to serve the mails from.
//
// It owns that data, the demo IMAP server and the demo's assembly: its
// directory (PrepareDir empties only a directory the demo made), its
// config, the sample orders' import, waiting for the drafts and reporting
// what the SMTP sink receives. It does not parse, classify or draft
// anything; the daemon's own packages do that when they are pointed at
// the server.
//
// Invariants, checked by the tests: every sample mail is valid RFC 5322,
// declares the charset its text is really encoded in, has a unique
// Message-ID and a Date, and every order id it mentions is in 3-7-7 form;
// every order a mail mentions is in orders.tsv except the ones the manifest
// marks "unknown"; the manifest lists exactly the embedded mails.
//
// The files are written by gen.go (go run gen.go in this directory); edit
// the generator, not the outputs.
package demo
