package respond

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/loop"
	"github.com/aftersale/aftersale/internal/par"
	"github.com/aftersale/aftersale/store"
)

// drafterBatch is how many classified messages one store read returns.
const drafterBatch = 100

// Drafter turns classified messages into drafts: it decides, renders in the
// buyer's and the seller's language, checks the policy and stores the draft.
type Drafter struct {
	db       *store.DB
	s        Settings
	log      *slog.Logger
	kick     chan struct{}
	interval time.Duration
	now      func() time.Time
	// buildDraft is BuildDraft; tests replace it.
	buildDraft func(Input, Settings) (aftersale.Draft, error)
}

// NewDrafter returns a Drafter using settings s. log may be nil.
func NewDrafter(db *store.DB, s Settings, log *slog.Logger) *Drafter {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Drafter{
		db: db, s: s, log: log.With("component", "drafter"),
		kick: make(chan struct{}, 1), interval: 10 * time.Second, now: time.Now, buildDraft: BuildDraft,
	}
}

// SetClock makes d read the current time (decisions and task due dates)
// from now instead of time.Now. Call it before Run or RunOnce.
func (d *Drafter) SetClock(now func() time.Time) {
	if now != nil {
		d.now = now
	}
}

// Kick asks Run to look for new classified messages now (e.g. after the
// classifier stored some). It never blocks.
func (d *Drafter) Kick() {
	select {
	case d.kick <- struct{}{}:
	default:
	}
}

// Run drafts replies until ctx is cancelled, woken by Kick or every 10
// seconds. It returns nil on a clean stop; errors are logged and retried.
func (d *Drafter) Run(ctx context.Context) error {
	l := loop.Loop{Interval: d.interval, Kick: d.kick, Log: d.log, Failed: "drafting failed", MaxBackoff: time.Minute}
	return l.Run(ctx, func(ctx context.Context) (time.Duration, error) {
		_, err := d.RunOnce(ctx)
		return 0, err
	})
}

// RunOnce drafts every classified message that has no draft yet and
// returns how many drafts it created. Each batch of messages is drafted on
// up to GOMAXPROCS goroutines (BuildDraft does no I/O) and stored in one
// transaction. A message whose order cannot be read is logged and left for
// the next run; one whose draft cannot be built (a template error, a
// panic) gets a fallback draft that needs a human, so it is in the queue
// rather than retried unseen forever. Not buyer mail gets no draft at
// all: it is marked done in the store (MarkNoDraft), so that it leaves the
// work list for good. The error reports store failures.
func (d *Drafter) RunOnce(ctx context.Context) (int, error) {
	created := 0
	for {
		all, err := d.db.Undrafted(ctx, drafterBatch)
		if err != nil {
			return created, fmt.Errorf("listing undrafted messages: %w", err)
		}
		if ctx.Err() != nil {
			return created, nil
		}
		pend, skipped, err := d.skipNotBuyer(ctx, all)
		if err != nil {
			return created, err
		}
		drafts := make([]aftersale.Draft, len(pend))
		errs := make([]error, len(pend))
		orders, oerr := d.orders(ctx, pend)
		par.For(len(pend), func(i int) {
			drafts[i], errs[i] = d.buildSafe(pend[i], orders, oerr)
		})
		var batch []aftersale.Draft
		for i, p := range pend {
			if errs[i] != nil {
				d.log.Error("drafting message failed", "message_id", p.Message.ID, "err", errs[i])
				continue
			}
			batch = append(batch, drafts[i])
		}
		res, err := d.db.CreateDrafts(ctx, batch)
		if err != nil {
			return created, fmt.Errorf("storing %d drafts: %w", len(batch), err)
		}
		made := 0
		for i, r := range res {
			draft := batch[i]
			switch {
			case errors.Is(r.Err, aftersale.ErrConflict):
				// drafted meanwhile
			case r.Err != nil:
				d.log.Error("drafting message failed", "message_id", draft.MessageID,
					"err", fmt.Errorf("storing draft for message %d: %w", draft.MessageID, r.Err))
			default:
				made++
				d.log.Info("draft created", "draft_id", r.ID, "message_id", draft.MessageID, "order_id", draft.OrderID,
					"case", draft.Case, "action", draft.Action, "state", draft.State, "needs_human", draft.NeedsHuman)
			}
		}
		created += made
		if len(all) < drafterBatch || made+skipped == 0 {
			return created, nil
		}
	}
}

// skipNotBuyer marks the not buyer mail among pend done without a draft
// and returns the rest, with how many it marked.
func (d *Drafter) skipNotBuyer(ctx context.Context, pend []store.Pending) ([]store.Pending, int, error) {
	var ids []int64
	rest := make([]store.Pending, 0, len(pend))
	for _, p := range pend {
		if p.Classification.Origin == aftersale.OriginNotBuyer {
			ids = append(ids, p.Message.ID)
			continue
		}
		rest = append(rest, p)
	}
	if len(ids) == 0 {
		return pend, 0, nil
	}
	n, err := d.db.MarkNoDraft(ctx, ids)
	if err != nil {
		return nil, 0, fmt.Errorf("marking %d not buyer messages done: %w", len(ids), err)
	}
	d.log.Debug("not buyer mail: no draft", "messages", n)
	return rest, n, nil
}

// buildSafe is build; a failure of BuildDraft itself, or a panic, gives
// the fallback draft instead (the stack of a panic goes to the log).
func (d *Drafter) buildSafe(p store.Pending, orders map[string]aftersale.Order, ordersErr error) (draft aftersale.Draft, err error) {
	defer func() {
		if r := recover(); r != nil {
			d.log.Error("drafting message panicked", "message_id", p.Message.ID, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			draft, err = fallbackDraft(p, "an internal error (see the log)"), nil
		}
	}()
	draft, err = d.build(p, orders, ordersErr)
	var be *buildError
	if errors.As(err, &be) {
		d.log.Error("drafting message failed; queued a draft for a person to write", "message_id", p.Message.ID, "err", err)
		return fallbackDraft(p, be.Error()), nil
	}
	return draft, err
}

// buildError is a failure of BuildDraft: it would fail the same way next
// time, unlike reading the order.
type buildError struct{ err error }

func (e *buildError) Error() string { return e.err.Error() }
func (e *buildError) Unwrap() error { return e.err }

// fallbackDraft is the draft of a message whose reply could not be
// drafted: no text but an [[answer]] placeholder, needs_human with the
// reason, threaded like any other reply. The seller writes the answer or
// marks it no response needed; the message is never left without a draft.
func fallbackDraft(p store.Pending, reason string) aftersale.Draft {
	m, c := p.Message, p.Classification
	cs := c.Case
	if !cs.Valid() {
		cs = aftersale.CaseOther
	}
	draft := aftersale.Draft{
		MessageID:    m.ID,
		Account:      m.Account,
		Case:         cs,
		Action:       ActionOtherReply,
		OrderID:      orderID(p),
		To:           recipient(m, c),
		NeedsHuman:   true,
		Reasons:      []string{"drafting failed: " + reason + "; write the reply yourself"},
		Language:     BuyerLanguage(c.Language, m.Marketplace),
		Body:         "[[" + FactAnswer + "]]",
		Placeholders: []string{FactAnswer},
	}
	draft.Subject = ReplySubject(m.Subject, draft.OrderID)
	if ValidMessageID(m.MessageID) {
		draft.InReplyTo = m.MessageID
	}
	draft.References = references(m)
	if draft.To == "" {
		draft.Reasons = append(draft.Reasons, "no Amazon relay address: this reply cannot be sent by mail; answer in Seller Central")
	}
	return draft
}

// orderID is the order a pending message is about: its own, else the
// first one the classifier found; "" for none.
func orderID(p store.Pending) string {
	if id := p.Message.OrderID(); id != "" {
		return id
	}
	if ids := p.Classification.Facts.OrderIDs; len(ids) > 0 {
		return ids[0]
	}
	return ""
}

// orders reads the orders of a batch of pending messages with one store
// call. An unknown order is absent from the map.
func (d *Drafter) orders(ctx context.Context, pend []store.Pending) (map[string]aftersale.Order, error) {
	ids := make([]string, 0, len(pend))
	for _, p := range pend {
		if id := orderID(p); id != "" {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	return d.db.Orders(ctx, ids)
}

// build builds the draft of one pending message with its order from
// orders (read by Drafter.orders; ordersErr is that read's failure, which
// leaves the messages that have an order for the next run).
func (d *Drafter) build(p store.Pending, orders map[string]aftersale.Order, ordersErr error) (aftersale.Draft, error) {
	m, c := p.Message, p.Classification
	var o aftersale.Order
	if id := orderID(p); id != "" {
		if ordersErr != nil {
			return aftersale.Draft{}, fmt.Errorf("reading order %s: %w", id, ordersErr)
		}
		o = orders[id] // the zero Order when unknown
	}
	draft, err := d.buildDraft(Input{Message: m, Class: c, Order: o, Now: d.now()}, d.s)
	if err != nil {
		return aftersale.Draft{}, &buildError{err}
	}
	return draft, nil
}

// BuildDraft runs Decide, Render (buyer's and seller's language) and Check
// for one message and returns the draft to store. It does no I/O. The
// buyer's language is the classifier's, else the marketplace's; a language
// without templates falls back to English and flags the draft. The reply
// goes to the buyer's relay alias, or for direct buyer mail to the
// sender's own address. Not buyer mail gets no draft: ErrInvalid.
func BuildDraft(in Input, s Settings) (aftersale.Draft, error) {
	m, c := in.Message, in.Class
	if c.Origin == aftersale.OriginNotBuyer {
		return aftersale.Draft{}, fmt.Errorf("drafting message %d: not buyer mail gets no draft: %w", m.ID, aftersale.ErrInvalid)
	}
	dec := Decide(in, s)
	cs := c.Case
	if !cs.Valid() {
		cs = aftersale.CaseOther
		dec.NeedsHuman = true
		dec.Reasons = append(dec.Reasons, fmt.Sprintf("unknown case %q", c.Case))
	}
	draft := aftersale.Draft{
		MessageID:    m.ID,
		Account:      m.Account,
		Case:         cs,
		Action:       dec.Action,
		OrderID:      dec.Facts[FactOrderID],
		To:           recipient(m, c),
		NeedsHuman:   dec.NeedsHuman,
		Reasons:      dec.Reasons,
		Tasks:        dec.Tasks,
		Placeholders: dec.Placeholders,
	}
	if ValidMessageID(m.MessageID) {
		draft.InReplyTo = m.MessageID
	}
	draft.References = references(m)
	if dec.NoResponse && dec.Owed && draft.To != "" {
		// No reply drafted, but the buyer may expect one: the draft stays
		// proposed with no text, for a person to write (queue edit) or to
		// mark no response needed; it cannot be approved empty.
		draft.State = aftersale.DraftProposed
		draft.NeedsHuman = true
		draft.Reasons = append([]string{dec.NoResponseReason}, draft.Reasons...)
		draft.Placeholders = nil
		draft.Language = BuyerLanguage(c.Language, m.Marketplace)
		draft.Subject = ReplySubject(m.Subject, dec.Facts[FactOrderID])
		return draft, nil
	}
	if dec.NoResponse {
		draft.State = aftersale.DraftNoResponseNeeded
		draft.Reasons = append([]string{dec.NoResponseReason}, draft.Reasons...)
		draft.Placeholders = nil
		return draft, nil
	}

	detected := c.Language
	if c.Notice == aftersale.NoticeCancellation && aftersale.MarketplaceLanguage(m.Marketplace) != "" {
		// Amazon's cancellation request wraps the buyer's reason in its
		// own words: the marketplace's language is the buyer's.
		detected = ""
	}
	want := BuyerLanguage(detected, m.Marketplace)
	r, err := Render(dec, in, want, s)
	if err != nil {
		return aftersale.Draft{}, fmt.Errorf("rendering message %d: %w", m.ID, err)
	}
	draft.Language, draft.Subject, draft.Body, draft.Placeholders = r.Language, r.Subject, r.Body, r.Placeholders
	if r.Language != want {
		draft.NeedsHuman = true
		draft.Reasons = append(draft.Reasons, fmt.Sprintf("no %s templates: drafted in %s; translate it into the buyer's language before sending", want, r.Language))
	}
	sellerLang := normLang(s.SellerLanguage)
	if sellerLang == "" {
		sellerLang = DefaultLanguage
	}
	if sellerLang == r.Language {
		draft.SellerLanguage, draft.SellerBody = r.Language, r.Body
	} else {
		sr, err := Render(dec, in, sellerLang, s)
		if err != nil {
			return aftersale.Draft{}, fmt.Errorf("rendering message %d for the seller: %w", m.ID, err)
		}
		draft.SellerLanguage, draft.SellerBody = sr.Language, sr.Body
	}
	// The check runs at creation; the CLI runs it after every edit and the
	// Sender again right before sending.
	draft.Findings = CheckLang(draft.Body, want, s)
	if draft.To == "" {
		draft.NeedsHuman = true
		draft.Reasons = append(draft.Reasons, "no Amazon relay address: this reply cannot be sent by mail; answer in Seller Central")
	}
	if draft.InReplyTo == "" {
		draft.Reasons = append(draft.Reasons, "the buyer's message has no usable Message-ID: the reply will not be threaded")
	}
	return draft, nil
}

// recipient is where the reply to m goes: the buyer's relay alias, or for
// direct buyer mail the sender's own address.
func recipient(m aftersale.Message, c aftersale.Classification) string {
	if c.Origin == aftersale.OriginDirect {
		return m.FromAddr
	}
	return m.RelayAlias
}

// references is the buyer message's References plus its own Message-ID,
// keeping only valid ids, without duplicates, at most the last 20.
func references(m aftersale.Message) []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range append(append([]string{}, m.References...), m.MessageID) {
		id = strings.Trim(strings.TrimSpace(id), "<>")
		if ValidMessageID(id) && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	if len(out) > 20 {
		out = out[len(out)-20:]
	}
	return out
}

// BuyerLanguage returns the language to answer in: the classifier's
// detected language, else the marketplace's default, else English.
func BuyerLanguage(detected, marketplace string) string {
	if l := normLang(detected); l != "" {
		return l
	}
	if l := aftersale.MarketplaceLanguage(marketplace); l != "" {
		return l
	}
	return DefaultLanguage
}
