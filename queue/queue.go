package queue

import (
	"context"
	"fmt"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// Options configure a Queue.
type Options struct {
	// Settings are the reply settings: the policy check after an edit,
	// the plan View shows, the redraft after a reclassification.
	Settings respond.Settings
	// MessageIDDomain is the domain of the outgoing Message-IDs fixed at
	// approval; "" means aftersale.localhost.
	MessageIDDomain string
	// Learner records the corrections a reclassification makes, and the
	// running daemon learns them; nil means one over the Queue's store
	// (the daemon, when it runs, picks them up from the store).
	Learner *classify.Learner
	// Now returns the current time; nil means the store's clock.
	Now func() time.Time
}

// Queue is the seller's queue of reply drafts over one store. It is safe
// for concurrent use; every operation is one or more store transactions.
type Queue struct {
	db   *store.DB
	opts Options
}

// New returns the queue of db.
func New(db *store.DB, opts Options) *Queue {
	if opts.MessageIDDomain == "" {
		opts.MessageIDDomain = "aftersale.localhost"
	}
	if opts.Now == nil {
		opts.Now = db.Now
	}
	if opts.Learner == nil {
		opts.Learner = classify.NewLearner(db, classify.LearnerOptions{}, nil)
	}
	return &Queue{db: db, opts: opts}
}

// DB returns the queue's store.
func (q *Queue) DB() *store.DB { return q.db }

// Draft returns draft id without marking it shown. Returns
// aftersale.ErrNotFound if it does not exist.
func (q *Queue) Draft(ctx context.Context, id int64) (aftersale.Draft, error) {
	return q.db.Draft(ctx, id)
}

// OwesReply reports whether a draft in state s still owes the buyer a
// reply (Amazon's clock is running).
func OwesReply(s aftersale.DraftState) bool {
	switch s {
	case aftersale.DraftSent, aftersale.DraftRejected, aftersale.DraftNoResponseNeeded:
		return false
	}
	return true
}

// SellerStale reports whether d's copy in the seller's language no
// longer matches its reply: a person edited the reply, and the copy is the
// drafter's translation of the text before.
func SellerStale(d aftersale.Draft) bool {
	return d.Edited && d.SellerBody != "" && d.SellerLanguage != d.Language
}

// context reads what a decision on d needs: its message, classification
// and order (zero when unknown).
func (q *Queue) context(ctx context.Context, d aftersale.Draft) (aftersale.Message, aftersale.Classification, aftersale.Order, error) {
	m, err := q.db.Message(ctx, d.MessageID)
	if err != nil {
		return aftersale.Message{}, aftersale.Classification{}, aftersale.Order{}, fmt.Errorf("reading the message of draft %d: %w", d.ID, err)
	}
	cl, _ := q.db.Classification(ctx, d.MessageID)
	var o aftersale.Order
	if d.OrderID != "" {
		o, _ = q.db.Order(ctx, d.OrderID)
	}
	return m, cl, o, nil
}
