package report

import (
	"context"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/store"
)

// Reparsed is what parsing stored mail again with this parser did (or
// with DryRun would do), and the open drafts of the messages that changed.
type Reparsed struct {
	DryRun bool
	mailbox.ReparseResult
	Open []aftersale.Draft
}

// Reparse parses again the messages parsed by an older parser
// (mailbox.Reparse) and finds the open drafts of those that changed.
func Reparse(ctx context.Context, db *store.DB, o mailbox.ReparseOptions) (Reparsed, error) {
	r, err := mailbox.Reparse(ctx, db, o)
	if err != nil {
		return Reparsed{}, err
	}
	open, err := mailbox.OpenDraftsOf(ctx, db, r.Changed)
	return Reparsed{DryRun: o.DryRun, ReparseResult: r, Open: open}, err
}

// WriteText prints the counts, and a line for each open draft to review
// with why.
func (r Reparsed) WriteText(w io.Writer) {
	verb := "re-parsed"
	if r.DryRun {
		verb = "would re-parse"
	}
	fmt.Fprintf(w, "%s %d messages parsed before parser version %d; flags or buyer's words changed on %d, %d of them now fail sender authentication\n",
		verb, r.Messages, mailbox.ParserVersion, len(r.Changed), len(r.AuthNew))
	for _, d := range r.Open {
		why := "the message's flags or buyer's words changed"
		if slices.Contains(r.AuthNew, d.MessageID) {
			why = "the message now fails sender authentication (may be forged)"
		}
		fmt.Fprintf(w, "  draft %d (%s): %s; review it: aftersale queue show %d\n", d.ID, d.State, why, d.ID)
	}
}

// ParseSince reads a --since value: a duration back from now ("30d",
// "48h", config.ParseDuration's forms through parse) or a local date
// ("2026-11-01"). "" is the zero time: everything.
func ParseSince(s string, now time.Time, parse func(string) (time.Duration, error)) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if d, err := parse(s); err == nil {
		return now.Add(-d), nil
	}
	t, err := time.ParseInLocation("2006-01-02", s, time.Local)
	if err != nil {
		return time.Time{}, fmt.Errorf("--since %q is not a duration like 30d or a date like 2026-11-01", s)
	}
	return t, nil
}
