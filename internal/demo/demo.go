package demo

import (
	"bytes"
	"embed"
	"encoding/csv"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"

	"github.com/aftersale/aftersale"
)

//go:embed mail/*.eml orders.tsv shipments.tsv samples.tsv
var files embed.FS

// Mail is one embedded sample message.
type Mail struct {
	Name string // file name, e.g. "01-address-change-new-address-en.eml"
	Raw  []byte // the RFC 5322 message with CRLF line ends; the caller owns it
}

// Mails returns every sample mail, sorted by name.
func Mails() ([]Mail, error) {
	names, err := fs.Glob(files, "mail/*.eml")
	if err != nil {
		return nil, fmt.Errorf("list demo mails: %w", err)
	}
	sort.Strings(names)
	out := make([]Mail, 0, len(names))
	for _, n := range names {
		raw, err := files.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("read demo mail %s: %w", n, err)
		}
		out = append(out, Mail{Name: path.Base(n), Raw: raw})
	}
	return out, nil
}

// OrderFile is one embedded order report.
type OrderFile struct {
	Name string // "orders.tsv" or "shipments.tsv"
	Data []byte // tab-separated, header line first; the caller owns it
}

// OrderFiles returns the sample order reports, in import order: the All
// Orders flat file (orders.tsv), then the shipment confirmations
// (shipments.tsv) that add carrier and tracking to some FBM orders.
func OrderFiles() []OrderFile {
	var out []OrderFile
	for _, n := range []string{"orders.tsv", "shipments.tsv"} {
		b, err := files.ReadFile(n)
		if err != nil {
			panic(fmt.Sprintf("demo: embedded %s missing: %v", n, err)) // cannot happen: go:embed checked it
		}
		out = append(out, OrderFile{Name: n, Data: b})
	}
	return out
}

// Sample describes what one sample mail is meant to exercise: the expected
// triage, for end-to-end tests and the demo's summary.
type Sample struct {
	File      string // Mail.Name
	Language  string // ISO 639-1 of the buyer's text; "" when there is none
	Charset   string // charset the text parts declare (and are encoded in)
	Case      aftersale.Case
	SubReason aftersale.SubReason
	Notice    aftersale.Notice
	// NeedsHuman means the playbook requires a person to read it (legal
	// threat, A-to-z claim, no text at all). False means the playbook does
	// not require it, not that a cautious classifier may not flag it.
	NeedsHuman bool
	OrderID    string // the order the mail is about; "" for a pre-sale question
	// OrderState summarises the order in the sample reports, e.g.
	// "FBM Shipped Amazon.de EUR 14.99 tracking DHL"; "unknown" when the
	// order is in neither report, "none" without an order id.
	OrderState string
	Note       string // the point of the sample, in plain words
}

// Samples returns the manifest of the sample mails, in file order.
func Samples() ([]Sample, error) {
	b, err := files.ReadFile("samples.tsv")
	if err != nil {
		return nil, fmt.Errorf("read demo manifest: %w", err)
	}
	r := csv.NewReader(bytes.NewReader(b))
	r.Comma = '\t'
	r.LazyQuotes = true
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("parse demo manifest: %w", err)
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("demo manifest is empty: %w", aftersale.ErrInvalid)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for _, h := range []string{"file", "language", "charset", "case", "sub_reason", "notice", "needs_human", "order_id", "order_state", "note"} {
		if _, ok := col[h]; !ok {
			return nil, fmt.Errorf("demo manifest lacks column %q: %w", h, aftersale.ErrInvalid)
		}
	}
	var out []Sample
	for i, rec := range recs[1:] {
		get := func(h string) string { return rec[col[h]] }
		c, err := aftersale.ParseCase(get("case"))
		if err != nil {
			return nil, fmt.Errorf("demo manifest line %d: %w", i+2, err)
		}
		nh, err := strconv.ParseBool(get("needs_human"))
		if err != nil {
			return nil, fmt.Errorf("demo manifest line %d: needs_human %q: %w", i+2, get("needs_human"), aftersale.ErrInvalid)
		}
		out = append(out, Sample{
			File:       get("file"),
			Language:   get("language"),
			Charset:    get("charset"),
			Case:       c,
			SubReason:  aftersale.SubReason(get("sub_reason")),
			Notice:     aftersale.Notice(get("notice")),
			NeedsHuman: nh,
			OrderID:    get("order_id"),
			OrderState: get("order_state"),
			Note:       get("note"),
		})
	}
	return out, nil
}
