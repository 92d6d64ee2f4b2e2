package queue

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// View is everything a person needs to decide on a draft.
type View struct {
	Draft   aftersale.Draft
	Message aftersale.Message
	Class   aftersale.Classification
	Order   aftersale.Order     // zero when unknown
	Thread  []aftersale.Message // the conversation, oldest first
	Plan    Plan
	History []store.AuditEntry // who did what, oldest first
	// Replaced are the classifications people replaced, oldest first.
	Replaced []store.ReplacedClassification
	// SellerStale: the copy in the seller's language is of the text
	// before a person's edit (SellerStale).
	SellerStale bool
}

// View returns draft id with its context and records that viewer was
// shown this revision of it: a needs-human draft can then be approved, and
// an approval by viewer without an explicit revision approves this one.
// Returns aftersale.ErrNotFound when the draft does not exist.
func (q *Queue) View(ctx context.Context, id int64, viewer string) (View, error) {
	d, err := q.db.ShowDraft(ctx, id, viewer)
	if err != nil {
		return View{}, err
	}
	return q.view(ctx, d)
}

// Peek is View without recording that anyone saw the draft.
func (q *Queue) Peek(ctx context.Context, id int64) (View, error) {
	d, err := q.db.Draft(ctx, id)
	if err != nil {
		return View{}, err
	}
	return q.view(ctx, d)
}

func (q *Queue) view(ctx context.Context, d aftersale.Draft) (View, error) {
	m, cl, o, err := q.context(ctx, d)
	if err != nil {
		return View{}, err
	}
	v := View{Draft: d, Message: m, Class: cl, Order: o, SellerStale: SellerStale(d)}
	v.Thread, _ = q.db.Thread(ctx, m.ThreadKey())
	if v.History, err = q.db.Audit(ctx, d.ID); err != nil {
		return View{}, err
	}
	if v.Replaced, err = q.db.ClassificationHistory(ctx, d.MessageID); err != nil {
		return View{}, err
	}
	_, v.Plan = plan(d, m, cl, o, q.opts.Settings, q.opts.Now())
	return v, nil
}

// Raw returns the buyer message of draft id exactly as received.
func (q *Queue) Raw(ctx context.Context, id int64) ([]byte, error) {
	d, err := q.db.Draft(ctx, id)
	if err != nil {
		return nil, err
	}
	return q.db.Raw(ctx, d.MessageID)
}

// Plan says why a reply says what it says: the draft's message decided
// again as the drafter did when the draft was made (at its creation time,
// with today's order record and settings).
type Plan struct {
	Action    string    `json:"action"`   // the action Decide chooses now
	Asks      []string  `json:"asks"`     // what the buyer asks for
	Given     []string  `json:"given"`    // what the message already gave
	Offers    []string  `json:"offers"`   // what the reply offers
	Requests  []string  `json:"requests"` // what it asks the buyer for
	States    []string  `json:"states"`   // the facts it states
	Why       []string  `json:"why"`      // why, a line each
	Differs   bool      `json:"differs"`  // the draft was made with another action
	DecidedAt time.Time `json:"decided_at"`
}

// plan decides d's message again at d's creation time (now when unknown).
func plan(d aftersale.Draft, m aftersale.Message, cl aftersale.Classification, o aftersale.Order, s respond.Settings, now time.Time) (respond.Decision, Plan) {
	at := d.CreatedAt
	if at.IsZero() {
		at = now
	}
	dec := respond.Decide(respond.Input{Message: m, Class: cl, Order: o, Now: at}, s)
	p := Plan{
		Action: dec.Action, Asks: nonNil(AskWords(cl.Facts.Asks)), Given: nonNil(GivenLines(cl.Facts.Given)),
		Offers: nonNil(words(dec.Plan.Offers)), Requests: nonNil(words(dec.Plan.Requests)),
		States: nonNil(dec.Plan.States), Why: nonNil(dec.Plan.Why), Differs: dec.Action != d.Action, DecidedAt: at.UTC(),
	}
	return dec, p
}

// GivenLines describes what a buyer's message already gave, one fact a
// line; none when it gives nothing.
func GivenLines(g aftersale.Given) []string {
	var out []string
	q := func(s string) string { return "“" + clip(strings.Join(strings.Fields(s), " "), 80) + "”" }
	if g.Symptom != "" {
		out = append(out, "symptom: "+q(g.Symptom))
	}
	if g.MissingPart != "" {
		s := "missing part: " + g.MissingPart
		if g.MissingCount > 0 {
			s += fmt.Sprintf(" ×%d", g.MissingCount)
		}
		out = append(out, s)
	}
	switch {
	case g.Video:
		out = append(out, "a video (or photo) attached")
	case g.Photo:
		out = append(out, "a photo attached")
	}
	var v []string
	for _, p := range [][2]string{{"ordered", g.Ordered}, {"received", g.Received}, {"wants", g.Wanted}} {
		if p[1] != "" {
			v = append(v, p[0]+" "+p[1])
		}
	}
	if len(v) > 0 {
		out = append(out, "variant: "+strings.Join(v, ", "))
	}
	if g.Reason != "" {
		out = append(out, "reason: "+q(g.Reason))
	}
	switch g.Keep {
	case "yes":
		out = append(out, "would keep the item")
	case "no":
		out = append(out, "will not keep the item")
	}
	if g.Complaint != aftersale.SubNone {
		out = append(out, "complaint: "+string(g.Complaint))
	}
	if len(g.Declined) > 0 {
		out = append(out, "does not want: "+strings.Join(words(g.Declined), ", "))
	}
	return out
}

// AskWords returns the buyer's asks as words.
func AskWords(as []aftersale.Ask) []string { return words(as) }

func words[T ~string](ts []T) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = string(t)
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// clip cuts s to n runes, the last one an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
