package mailbox

import (
	"context"
	"slices"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// reparseBatch is how many stored messages one pass of Reparse reads.
const reparseBatch = 200

// ReparseResult is what Reparse did.
type ReparseResult struct {
	Messages int     // messages parsed again
	Changed  []int64 // of those, messages whose flags or buyer text changed
	AuthNew  []int64 // of Changed, messages that now fail sender authentication
}

// ReparseOptions configure Reparse.
type ReparseOptions struct {
	// Accounts are each account's parse options (authserv_id), by name.
	Accounts map[string]ParseOptions
	// DryRun counts and saves nothing.
	DryRun bool
	// Progress, when set, is called after each message.
	Progress func()
}

// Reparse parses every stored message that an older ParserVersion read
// again from its raw bytes, drops the lines learned as Amazon's template
// from the buyer text, and saves the result (unless o.DryRun). Messages
// whose personal data the retention purge removed are left alone;
// classifications and drafts are not changed.
func Reparse(ctx context.Context, db *store.DB, o ReparseOptions) (ReparseResult, error) {
	var r ReparseResult
	lines, err := db.TemplateLines(ctx)
	if err != nil {
		return r, err
	}
	tpl := NewTemplate(lines)
	for after := int64(0); ; {
		rows, err := db.Stale(ctx, ParserVersion, after, reparseBatch)
		if err != nil {
			return r, err
		}
		if len(rows) == 0 {
			return r, nil
		}
		for _, row := range rows {
			after = row.ID
			old, err := db.Message(ctx, row.ID)
			if err != nil {
				return r, err
			}
			m, perr := ParseStored(row.Raw, row.Truncated, o.Accounts[row.Account])
			m.ID, m.Account = row.ID, row.Account
			m, _ = tpl.Apply(m)
			if !slices.Equal(old.Flags, m.Flags) || old.BuyerText != m.BuyerText {
				r.Changed = append(r.Changed, row.ID)
				if m.HasFlag(FlagAuthFailed) && !old.HasFlag(FlagAuthFailed) {
					r.AuthNew = append(r.AuthNew, row.ID)
				}
			}
			if !o.DryRun {
				if err := db.SaveParsed(ctx, row.ID, m, perr); err != nil {
					return r, err
				}
			}
			r.Messages++
			if o.Progress != nil {
				o.Progress()
			}
		}
	}
}

// OpenDraftsOf returns the open drafts (proposed or approved) answering
// the messages ids, for a person to review after a reparse.
func OpenDraftsOf(ctx context.Context, db *store.DB, ids []int64) ([]aftersale.Draft, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	open, err := db.Drafts(ctx, store.DraftFilter{States: []aftersale.DraftState{aftersale.DraftProposed, aftersale.DraftApproved}})
	if err != nil {
		return nil, err
	}
	var out []aftersale.Draft
	for _, d := range open {
		if slices.Contains(ids, d.MessageID) {
			out = append(out, d)
		}
	}
	return out, nil
}
