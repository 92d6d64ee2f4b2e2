package queue

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/store"
)

// DefaultStates are the drafts List shows without a state filter: the ones
// that need a decision, and approved ones not sent yet.
var DefaultStates = []aftersale.DraftState{aftersale.DraftProposed, aftersale.DraftFailed,
	aftersale.DraftSendUnknown, aftersale.DraftApproved, aftersale.DraftSending}

// The pseudo-states of a list for the mail that gets no draft.
const (
	StateNotBuyer = string(aftersale.OriginNotBuyer) // all of it
	StatePhishing = string(aftersale.NoticePhishing) // only possible phishing
)

// InvalidValue is a filter value that is not one of the valid ones. It
// wraps aftersale.ErrInvalid.
type InvalidValue struct {
	What  string   // "state", "case", "marketplace"
	Value string   // as given
	Valid []string // every valid value
}

func (e *InvalidValue) Error() string {
	return fmt.Sprintf("unknown %s %q; valid: %s", e.What, e.Value, strings.Join(e.Valid, ", "))
}

// Unwrap returns aftersale.ErrInvalid.
func (e *InvalidValue) Unwrap() error { return aftersale.ErrInvalid }

// StateNames lists the valid state filter values: the draft states, then
// not_buyer_mail and phishing.
func StateNames() []string {
	var out []string
	for _, s := range aftersale.DraftStates() {
		out = append(out, string(s))
	}
	return append(out, StateNotBuyer, StatePhishing)
}

// CaseNames lists the case names.
func CaseNames() []string {
	var out []string
	for _, c := range aftersale.Cases() {
		out = append(out, string(c))
	}
	return out
}

// ParseCase returns the case named s, or an *InvalidValue.
func ParseCase(s string) (aftersale.Case, error) {
	c := aftersale.Case(strings.TrimSpace(s))
	if !c.Valid() {
		return "", &InvalidValue{"case", s, CaseNames()}
	}
	return c, nil
}

// MarketplaceNames lists the marketplaces of aftersale.Marketplaces by
// their domain's ending ("de", "co.uk").
func MarketplaceNames() []string {
	var out []string
	for _, mp := range aftersale.Marketplaces() {
		out = append(out, strings.TrimPrefix(mp.Domain, "amazon."))
	}
	return out
}

// ParseMarketplace returns the marketplace domain s names ("de",
// "amazon.de", "Amazon.DE"), or an *InvalidValue.
func ParseMarketplace(s string) (string, error) {
	m := classify.NormMarketplace(s)
	if m == "" {
		return "", &InvalidValue{"marketplace", s, MarketplaceNames()}
	}
	return m, nil
}

// Filter selects what List returns. Zero fields do not filter.
type Filter struct {
	// States are draft states, or StateNotBuyer / StatePhishing for the
	// mail that gets no draft; none means DefaultStates (unless All).
	States      []string
	All         bool // drafts in every state
	Case        aftersale.Case
	Account     string
	Marketplace string // as ParseMarketplace takes it
	Overdue     bool   // only drafts past the deadline, still owing a reply
}

// Listing is what List found.
type Listing struct {
	Drafts []store.Listed
	// DraftsAsked: the filter asked for drafts (not only not buyer mail).
	DraftsAsked bool
	// NotBuyerAsked: the filter asked for not buyer mail (Phishing: only
	// the possible phishing); NotBuyer holds it.
	NotBuyerAsked, Phishing bool
	NotBuyer                []store.Classified
}

// List returns the drafts f selects, most urgent first (Amazon's reply
// deadline), and the not buyer mail when f asks for it; the filters run
// in the store's queries. An unknown state or marketplace is an
// *InvalidValue.
func (q *Queue) List(ctx context.Context, f Filter) (Listing, error) {
	df := store.DraftFilter{Account: f.Account, Overdue: f.Overdue, Case: f.Case}
	if f.Marketplace != "" {
		mp, err := ParseMarketplace(f.Marketplace)
		if err != nil {
			return Listing{}, err
		}
		df.Marketplace = mp
	}
	out := Listing{DraftsAsked: true}
	var nb *store.NotBuyerFilter
	switch {
	case f.All:
	case len(f.States) > 0:
		out.DraftsAsked = false
		for _, s := range f.States {
			s = strings.TrimSpace(s)
			switch s {
			case StateNotBuyer:
				nb = &store.NotBuyerFilter{Account: f.Account}
				continue
			case StatePhishing:
				if nb == nil {
					nb = &store.NotBuyerFilter{Account: f.Account, Phishing: true}
				}
				continue
			}
			st := aftersale.DraftState(s)
			if !st.Valid() {
				return Listing{}, &InvalidValue{"state", s, StateNames()}
			}
			if !slices.Contains(df.States, st) {
				df.States = append(df.States, st)
			}
			out.DraftsAsked = true
		}
	default:
		df.States = DefaultStates
	}
	if nb != nil {
		out.NotBuyerAsked, out.Phishing = true, nb.Phishing
		// Not buyer mail is case other, never overdue and of no
		// marketplace: other filters leave none of it.
		if !f.Overdue && f.Marketplace == "" && (f.Case == "" || f.Case == aftersale.CaseOther) {
			var err error
			if out.NotBuyer, err = q.db.NotBuyerMail(ctx, *nb); err != nil {
				return Listing{}, err
			}
		}
	}
	if out.DraftsAsked {
		var err error
		if out.Drafts, err = q.db.ListDrafts(ctx, df); err != nil {
			return Listing{}, err
		}
	}
	return out, nil
}

// Sent returns the rows of the sent log f selects, newest first.
func (q *Queue) Sent(ctx context.Context, f store.SentFilter) ([]aftersale.SentReply, error) {
	return q.db.Sent(ctx, f)
}

// SentReply returns one reply of the sent log, with its body; it returns
// aftersale.ErrNotFound when there is none with that id.
func (q *Queue) SentReply(ctx context.Context, id int64) (aftersale.SentReply, error) {
	return q.db.SentReply(ctx, id)
}
