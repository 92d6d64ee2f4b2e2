package report

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"github.com/aftersale/aftersale/queue"
	"github.com/aftersale/aftersale/store"
)

// CaseNames, StateNames and MarketplaceNames are the values a queue
// filter takes (see package queue); WaitingStates are the states a queue
// listing shows by default.
var (
	CaseNames        = queue.CaseNames
	StateNames       = queue.StateNames
	MarketplaceNames = queue.MarketplaceNames
	WaitingStates    = queue.DefaultStates
)

// Choice is a value a person may pick, with what it is.
type Choice struct {
	Value, Desc string
}

// WaitingDrafts returns the ids of up to 500 drafts in WaitingStates, each
// described by its case and subject (at most 60 characters), leaving out
// the ids in except.
func WaitingDrafts(ctx context.Context, db *store.DB, except []string) ([]Choice, error) {
	ds, err := db.Drafts(ctx, store.DraftFilter{States: WaitingStates, Limit: 500})
	if err != nil {
		return nil, err
	}
	var out []Choice
	for _, d := range ds {
		id := strconv.FormatInt(d.ID, 10)
		if slices.Contains(except, id) {
			continue
		}
		desc := string(d.Case)
		if d.Subject != "" {
			desc += " " + d.Subject
		}
		out = append(out, Choice{id, truncate(desc, 60)})
	}
	return out, nil
}

// AccountNames returns the names in configured and the accounts of the
// drafts in db (nil: none), sorted, each once.
func AccountNames(ctx context.Context, configured []string, db *store.DB) []string {
	out := slices.Clone(configured)
	if db != nil {
		if ds, err := db.Drafts(ctx, store.DraftFilter{Limit: 1000}); err == nil {
			for _, d := range ds {
				out = append(out, d.Account)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// MarketplaceDomains are the marketplaces of aftersale.Marketplaces by
// their domain ("amazon.de").
func MarketplaceDomains() []string {
	var out []string
	for _, m := range MarketplaceNames() {
		out = append(out, "amazon."+m)
	}
	return out
}

// ChoiceFlags are the flags whose value must be one of a fixed list, in
// the order CheckChoice is applied to them.
var ChoiceFlags = []string{"case", "state", "marketplace"}

var choiceLists = map[string]func() []string{
	"case":        CaseNames,
	"state":       StateNames,
	"marketplace": MarketplaceNames,
}

// CheckChoice returns the first of values that is not one of the values of
// the choice flag name, with those values; bad is "" when every value is
// valid. Case and surrounding space do not matter, an empty value is
// valid, and a marketplace may start with "amazon.".
func CheckChoice(name string, values []string) (bad string, valid []string) {
	valid = choiceLists[name]()
	for _, v := range values {
		norm := strings.ToLower(strings.TrimSpace(v))
		if name == "marketplace" {
			norm = strings.TrimPrefix(norm, "amazon.")
		}
		if norm != "" && !slices.Contains(valid, norm) {
			return v, valid
		}
	}
	return "", valid
}
