package classify

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"slices"
	"sync/atomic"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"

	"github.com/aftersale/aftersale/internal/loop"
	"github.com/aftersale/aftersale/internal/par"
)

// WorkerOptions configure a Worker.
type WorkerOptions struct {
	// Interval between polls of the store when nothing kicks the worker;
	// zero means 2s.
	Interval time.Duration
	// Batch is how many messages one pass reads; zero means 50.
	Batch int
	// OnClassified is called (from the worker's goroutine) after a pass
	// that classified at least one message, typically a non-blocking kick
	// of the drafter. It must not block.
	OnClassified func()
	// Current, when set, holds the Classifier to use: each batch is
	// classified by the one it holds when the batch starts, so a retrained
	// Classifier (Learner) is used from the next batch on, without a
	// restart. The Classifier given to NewWorker may then be nil.
	Current *Current
	// DirectBuyerMail names the accounts that take direct buyer mail
	// ([[account]] direct_buyer_mail): there, mail that did not come
	// through Amazon but names an order id in the orders table is
	// classified as the buyer's own (Classifier.ClassifyDirect).
	DirectBuyerMail []string
	// LearnTemplate, when set, reads the messages stored since its last
	// call, learns the lines of Amazon's wrapper from them and returns the
	// template as it then stands (mailbox.TemplateLearner.Learn). The
	// worker drops those lines from each buyer text before classifying
	// and saves the result. Nil classifies the buyer text as parsed.
	LearnTemplate func(ctx context.Context) (Template, error)
}

// Template drops the lines of Amazon's wrapper it knows from a message's
// buyer text (*mailbox.Template). Classify reads messages, never mail:
// the template comes from the caller.
type Template interface {
	// Len is the number of lines known.
	Len() int
	// Apply returns m with the known lines dropped from its buyer text,
	// and the lines dropped (nil when m is unchanged).
	Apply(m aftersale.Message) (out aftersale.Message, dropped []string)
}

// Worker classifies stored, parsed messages that have no classification
// yet: db.Unclassified → learn Amazon's template from every message stored
// so far and drop its learned lines from the buyer text
// (WorkerOptions.LearnTemplate, Template.Apply) → Classify →
// db.SaveClassification.
type Worker struct {
	db    *store.DB
	cur   *Current
	known atomic.Int64 // template lines known after the last pass
	opts  WorkerOptions
	log   *slog.Logger
	kick  chan struct{}
	// classify is (*Classifier).Classify and classifyDirect
	// (*Classifier).ClassifyDirect; tests replace them.
	classify       func(*Classifier, context.Context, aftersale.Message) (aftersale.Classification, error)
	classifyDirect func(*Classifier, context.Context, aftersale.Message) (aftersale.Classification, error)
	direct         map[string]bool // opts.DirectBuyerMail
}

// NewWorker returns a worker classifying with c, or with the Classifier
// opts.Current holds when set (c may then be nil); log may be nil (logs
// are then discarded).
func NewWorker(db *store.DB, c *Classifier, opts WorkerOptions, log *slog.Logger) *Worker {
	if opts.Interval <= 0 {
		opts.Interval = 2 * time.Second
	}
	if opts.Batch <= 0 {
		opts.Batch = 50
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	w := &Worker{db: db, cur: opts.Current, opts: opts,
		log: log.With("component", "classifier"), kick: make(chan struct{}, 1)}
	if w.cur == nil {
		w.cur = NewCurrent(c)
	}
	w.classify, w.classifyDirect = (*Classifier).Classify, (*Classifier).ClassifyDirect
	for _, a := range opts.DirectBuyerMail {
		if w.direct == nil {
			w.direct = map[string]bool{}
		}
		w.direct[a] = true
	}
	return w
}

// classifyOne classifies m with c, as a buyer's own message when direct. A
// panic on one message must not stop triage for every other one (the
// worker would panic again on the same message after each restart), so it
// becomes a verdict that puts the message in front of a person: case
// other, needs_human, with the failure as the reason. The stack goes to
// the log; the message text does not.
func (w *Worker) classifyOne(ctx context.Context, c *Classifier, m aftersale.Message, direct bool) (cl aftersale.Classification, err error) {
	defer func() {
		if r := recover(); r != nil {
			w.log.Error("classifier failed on a message", "message_id", m.ID, "account", m.Account,
				"panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			cl = aftersale.Classification{
				MessageID:  m.ID,
				Version:    c.version,
				At:         c.now(),
				Case:       aftersale.CaseOther,
				NeedsHuman: true,
				Reasons:    []string{"the classifier failed on this message (an internal error, see the log); read it yourself"},
				Facts:      aftersale.Facts{OrderIDs: m.OrderIDs, BuyerName: m.BuyerName},
			}
			err = nil
		}
	}()
	if direct {
		return w.classifyDirect(c, ctx, m)
	}
	cl, err = w.classify(c, ctx, m)
	if err == nil && w.direct[m.Account] && cl.Origin == aftersale.OriginNotBuyer && cl.Notice == aftersale.NoticeNotBuyer {
		cl.Reasons = append(cl.Reasons, "the account takes direct buyer mail, but this mail names no order id in your orders")
	}
	return cl, err
}

// directMail reports for each message of msgs whether it is direct buyer
// mail to triage: sent to an account that takes direct buyer mail, from
// an address that is not Amazon's, naming an order id the orders table
// knows. nil means none is.
func (w *Worker) directMail(ctx context.Context, msgs []aftersale.Message) ([]bool, error) {
	if len(w.direct) == 0 {
		return nil, nil
	}
	cand := make([][]string, len(msgs))
	var ids []string
	for i, m := range msgs {
		if w.direct[m.Account] && m.ParseErr == "" && m.FromAddr != "" && !viaAmazon(m) {
			cand[i] = orderIDs(m)
			ids = append(ids, cand[i]...)
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	known, err := w.db.Orders(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("looking up the orders named in direct mail: %w", err)
	}
	out := make([]bool, len(msgs))
	for i, c := range cand {
		out[i] = slices.ContainsFunc(c, func(id string) bool { _, ok := known[id]; return ok })
	}
	return out, nil
}

// Kick wakes the worker for a pass now. It never blocks: a pending kick
// absorbs further ones.
func (w *Worker) Kick() {
	select {
	case w.kick <- struct{}{}:
	default:
	}
}

// maxBackoff caps the wait after consecutive failed passes.
const maxBackoff = time.Minute

// Run classifies until ctx is cancelled, then returns nil. A pass runs at
// start, on every Kick and every Interval; after a failing pass it waits
// with exponential backoff (capped at one minute) before trying again.
func (w *Worker) Run(ctx context.Context) error {
	l := loop.Loop{Interval: w.opts.Interval, Kick: w.kick, MaxBackoff: maxBackoff, Log: w.log, Failed: "classifying failed"}
	return l.Run(ctx, func(ctx context.Context) (time.Duration, error) {
		n, err := w.drain(ctx)
		if n > 0 && w.opts.OnClassified != nil {
			w.opts.OnClassified()
		}
		return 0, err
	})
}

// drain runs passes until one finds less than a full batch.
func (w *Worker) drain(ctx context.Context) (int, error) {
	total := 0
	for {
		n, full, err := w.pass(ctx)
		total += n
		if err != nil || !full || ctx.Err() != nil {
			return total, err
		}
	}
}

// RunOnce classifies one batch of unclassified messages and returns how many
// it saved. It is what Run does on each wake-up, exposed for tests and for
// the CLI.
func (w *Worker) RunOnce(ctx context.Context) (int, error) {
	n, _, err := w.pass(ctx)
	if n > 0 && w.opts.OnClassified != nil {
		w.opts.OnClassified()
	}
	return n, err
}

// pass classifies one batch and saves the verdicts in one transaction;
// full reports whether the batch was full (more work may be waiting).
// Before that the template learner reads every message parsed so far (the
// batch included), and the learned lines are dropped from the batch's
// buyer texts, which are saved. The messages are classified on up to
// GOMAXPROCS goroutines (the Classifier is safe for concurrent use). A
// message another process classified first is skipped, not an error.
func (w *Worker) pass(ctx context.Context) (saved int, full bool, err error) {
	msgs, err := w.db.Unclassified(ctx, w.opts.Batch)
	if err != nil {
		return 0, false, fmt.Errorf("reading unclassified messages: %w", err)
	}
	if len(msgs) == 0 {
		return 0, false, nil
	}
	texts, err := w.dropTemplate(ctx, msgs)
	if err != nil {
		return 0, false, err
	}
	if err := w.db.SaveBuyerTexts(ctx, texts); err != nil {
		return 0, false, err
	}
	direct, err := w.directMail(ctx, msgs)
	if err != nil {
		return 0, false, err
	}
	c := w.cur.Load() // one Classifier for the whole batch
	cls := make([]aftersale.Classification, len(msgs))
	errs := make([]error, len(msgs))
	par.For(len(msgs), func(i int) {
		cls[i], errs[i] = w.classifyOne(ctx, c, msgs[i], direct != nil && direct[i])
	})
	if err := errors.Join(errs...); err != nil {
		return 0, false, err
	}
	ok, err := w.db.SaveClassifications(ctx, cls)
	if err != nil {
		return 0, false, fmt.Errorf("saving classifications of %d messages: %w", len(cls), err)
	}
	for i, m := range msgs {
		if !ok[i] {
			continue
		}
		saved++
		cl := cls[i]
		w.log.Info("message classified", "message_id", m.ID, "account", m.Account, "order_id", m.OrderID(),
			"case", string(cl.Case), "confidence", cl.Confidence, "needs_human", cl.NeedsHuman, "notice", string(cl.Notice),
			"origin", string(cl.Origin))
	}
	return saved, len(msgs) == w.opts.Batch, nil
}

// dropTemplate learns the template from every message stored so far and
// drops its lines from the buyer texts of msgs (in place); it returns the
// buyer texts to save.
func (w *Worker) dropTemplate(ctx context.Context, msgs []aftersale.Message) ([]store.BuyerText, error) {
	if w.opts.LearnTemplate == nil {
		return nil, nil
	}
	tpl, err := w.opts.LearnTemplate(ctx)
	if err != nil {
		return nil, fmt.Errorf("learning Amazon's template: %w", err)
	}
	if n := int64(tpl.Len()); n > w.known.Swap(n) {
		w.log.Info("template lines known from stored mail", "total", n)
	}
	var texts []store.BuyerText
	for i, m := range msgs {
		m2, dropped := tpl.Apply(m)
		if dropped == nil {
			continue
		}
		msgs[i] = m2
		texts = append(texts, store.BuyerText{MessageID: m.ID, Text: m2.BuyerText, Flags: m2.Flags, Auth: m2.Auth})
		w.log.Debug("template lines dropped from the buyer text", "message_id", m.ID, "lines", len(dropped))
	}
	return texts, nil
}
