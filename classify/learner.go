package classify

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/loop"
	"github.com/aftersale/aftersale/store"
)

// LearnerOptions configure a Learner.
type LearnerOptions struct {
	// Classifier are the options of every Classifier the Learner builds;
	// its Corrections and CachedModel are the Learner's to fill.
	Classifier Options
	// Interval is how often Run looks for corrections another process
	// (the CLI) stored; zero means 5s. A correction recorded through the
	// Learner itself is picked up at once.
	Interval time.Duration
	// OnSwap, when set, is called from Run's goroutine after a retrained
	// Classifier replaced the one in use. It must not block.
	OnSwap func(*Classifier)
}

// Learner keeps the Classifier in use trained on the seller's corrections.
// Load builds the first one at start-up from the store's cached model (or,
// if the corrections changed since, the embedded one); Run trains a new one
// in the background whenever the corrections change, saves it in the
// store's model cache and swaps it in (Current), so a Worker reading
// Current uses it from its next batch without a restart. RecordCorrection
// stores a correction and wakes Run.
//
// A Learner is safe for concurrent use. NewLearner is cheap: a command
// that only records corrections needs no Load or Run.
type Learner struct {
	db   *store.DB
	opts LearnerOptions
	log  *slog.Logger
	cur  *Current
	kick chan struct{}

	mu  sync.Mutex
	gen int64 // corrections generation of the Classifier in use; -1: not trained with the newest
}

// NewLearner returns a Learner over db; log may be nil.
func NewLearner(db *store.DB, opts LearnerOptions, log *slog.Logger) *Learner {
	if opts.Interval <= 0 {
		opts.Interval = 5 * time.Second
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Learner{db: db, opts: opts, log: log.With("component", "learner"), cur: &Current{}, kick: make(chan struct{}, 1), gen: -1}
}

// Current holds the Classifier in use (nil before Load).
func (l *Learner) Current() *Current { return l.cur }

// Load builds the Classifier in use without training: with the stored
// corrections when the store's model cache holds the model trained from
// them (fast: no training), else the embedded model, which Run then
// replaces as soon as it has trained one (it starts at once). It returns
// the Classifier and whether it knows every correction.
func (l *Learner) Load(ctx context.Context) (*Classifier, bool, error) {
	gen, err := l.db.CorrectionsGeneration(ctx)
	if err != nil {
		return nil, false, err
	}
	cs, err := l.db.Corrections(ctx, store.CorrectionFilter{})
	if err != nil {
		return nil, false, err
	}
	opts := l.opts.Classifier
	opts.Corrections = cs
	set, err := newTrainingSet(opts)
	if err != nil {
		return nil, false, err
	}
	if len(cs) > 0 {
		blob, err := l.db.CachedModel(ctx, set.hexKey())
		switch {
		case err == nil:
			opts.CachedModel = blob
		case errors.Is(err, aftersale.ErrNotFound):
			// Not trained with these corrections yet: start with the
			// embedded model; Run trains.
			opts.Corrections = nil
			if set, err = newTrainingSet(opts); err != nil {
				return nil, false, err
			}
		default:
			return nil, false, err
		}
	}
	c, err := build(ctx, opts, set)
	if err != nil {
		return nil, false, err
	}
	if _, trained := c.TrainedModel(); trained {
		// The cached model did not decode: New trained. Keep it for the
		// next start.
		l.save(ctx, c)
	}
	l.cur.Store(c)
	current := len(opts.Corrections) == len(cs)
	l.mu.Lock()
	if current {
		l.gen = gen
	} else {
		l.gen = -1
		l.Kick()
	}
	l.mu.Unlock()
	l.log.Info("classifier loaded", "corrections", c.Corrections(), "version", c.Version(), "all_corrections", current)
	return c, current, nil
}

// Kick wakes Run to look for new corrections now. It never blocks.
func (l *Learner) Kick() {
	select {
	case l.kick <- struct{}{}:
	default:
	}
}

// Run trains and swaps in a new Classifier whenever the corrections have
// changed, looking at start, on Kick and every Interval, until ctx is
// cancelled; then it returns nil (a training under way is abandoned).
// Training takes seconds to tens of seconds of one core; corrections made
// meanwhile are learnt by the next one. A failure is logged and retried
// with backoff.
func (l *Learner) Run(ctx context.Context) error {
	lp := loop.Loop{Interval: l.opts.Interval, Kick: l.kick, MaxBackoff: time.Minute, Log: l.log,
		Failed: "training the classifier with the corrections failed; the one in use stays"}
	return lp.Run(ctx, func(ctx context.Context) (time.Duration, error) {
		_, err := l.RetrainOnce(ctx)
		return 0, err
	})
}

// RetrainOnce trains a Classifier with the stored corrections, if they
// changed since the one in use was built, saves its model in the store's
// cache and makes it the one in use. It reports whether it swapped one in.
// It blocks while training.
func (l *Learner) RetrainOnce(ctx context.Context) (bool, error) {
	gen, err := l.db.CorrectionsGeneration(ctx)
	if err != nil {
		return false, err
	}
	l.mu.Lock()
	same := gen == l.gen && l.cur.Load() != nil
	l.mu.Unlock()
	if same {
		return false, nil
	}
	cs, err := l.db.Corrections(ctx, store.CorrectionFilter{})
	if err != nil {
		return false, err
	}
	opts := l.opts.Classifier
	opts.Corrections = cs
	set, err := newTrainingSet(opts)
	if err != nil {
		return false, err
	}
	if old := l.cur.Load(); old != nil && old.ModelKey() == set.hexKey() {
		l.mu.Lock()
		l.gen = gen
		l.mu.Unlock()
		return false, nil
	}
	if blob, err := l.db.CachedModel(ctx, set.hexKey()); err == nil {
		opts.CachedModel = blob // another process trained it
	}
	start := time.Now()
	c, err := build(ctx, opts, set)
	if err != nil {
		return false, err
	}
	l.save(ctx, c)
	l.cur.Store(c)
	l.mu.Lock()
	l.gen = gen
	l.mu.Unlock()
	l.log.Info("classifier retrained with the corrections", "corrections", c.Corrections(), "version", c.Version(),
		"duration", time.Since(start).Round(time.Millisecond))
	if l.opts.OnSwap != nil {
		l.opts.OnSwap(c)
	}
	return true, nil
}

// RecordCorrection keeps a person's case for message messageID as a
// training example: the message's words with personal data replaced
// (CorrectionText), its language and marketplace, the case and sub-reason
// (return_dissatisfied only), the classifier's case before, who and when.
// It replaces an earlier correction of the same message. The message's
// draft may be in any state, sent included: the correction is kept apart
// from it. Run learns it at once.
//
// Returns ErrNotFound when the message does not exist, and ErrInvalid for
// an unknown case or sub-reason, no author, or a message without words to
// learn from (unparsed, purged, a photo only).
func (l *Learner) RecordCorrection(ctx context.Context, messageID int64, c aftersale.Case, sub aftersale.SubReason, by string) (aftersale.Correction, error) {
	op := fmt.Sprintf("recording the correction of message %d", messageID)
	m, err := l.db.Message(ctx, messageID)
	if err != nil {
		return aftersale.Correction{}, fmt.Errorf("%s: %w", op, err)
	}
	var cl aftersale.Classification
	if got, err := l.db.Classification(ctx, messageID); err == nil {
		cl = got
	} else if !errors.Is(err, aftersale.ErrNotFound) {
		return aftersale.Correction{}, fmt.Errorf("%s: %w", op, err)
	}
	text := CorrectionText(m, cl.Facts)
	if text == "" {
		return aftersale.Correction{}, fmt.Errorf("%s: the message has no words to learn from (not parsed, purged, or a photo only): %w", op, aftersale.ErrInvalid)
	}
	corr := aftersale.Correction{
		MessageID:   messageID,
		Text:        text,
		Language:    CorrectionLanguage(text, cl.Language, m.Marketplace),
		Marketplace: strings.ToLower(m.Marketplace),
		Case:        c,
		SubReason:   sub,
		Previous:    cl.Case,
		Source:      aftersale.CorrectionReclassify,
		By:          by,
	}
	id, err := l.db.SaveCorrection(ctx, corr)
	if err != nil {
		return aftersale.Correction{}, err
	}
	l.log.Info("correction recorded", "message_id", messageID, "case", string(c), "previous", string(cl.Case))
	l.Kick()
	saved, err := l.db.Corrections(ctx, store.CorrectionFilter{IDs: []int64{id}})
	if err != nil || len(saved) != 1 {
		corr.ID = id
		return corr, err
	}
	return saved[0], nil
}

// save keeps c's case model in the store's cache when c trained it.
func (l *Learner) save(ctx context.Context, c *Classifier) {
	b, ok := c.TrainedModel()
	if !ok {
		return
	}
	if err := l.db.SaveCachedModel(ctx, c.ModelKey(), c.Version(), b); err != nil {
		l.log.Warn("caching the trained model failed; the next start trains again", "err", err)
	}
}
