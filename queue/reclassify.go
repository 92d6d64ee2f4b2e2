package queue

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// Target is what a person says a message is.
type Target struct {
	Case      aftersale.Case
	SubReason aftersale.SubReason // return_dissatisfied only
	// NotBuyer: not buyer mail (a bounce, a newsletter, a vendor): it
	// gets no reply. Case is other.
	NotBuyer bool
}

// String returns "case", "case/sub_reason" or "not_buyer_mail".
func (t Target) String() string {
	switch {
	case t.NotBuyer:
		return StateNotBuyer
	case t.SubReason != "":
		return string(t.Case) + "/" + string(t.SubReason)
	}
	return string(t.Case)
}

// TargetNames lists what ParseTarget takes.
func TargetNames() []string {
	out := CaseNames()
	for _, s := range aftersale.SubReasons() {
		out = append(out, string(aftersale.CaseReturnDissatisfied)+"/"+string(s))
	}
	return append(out, StateNotBuyer)
}

// ParseTarget reads "case", "case/sub_reason" (return_dissatisfied only)
// or "not_buyer_mail"; anything else is an *InvalidValue.
func ParseTarget(s string) (Target, error) {
	v := strings.TrimSpace(s)
	if v == StateNotBuyer {
		return Target{Case: aftersale.CaseOther, NotBuyer: true}, nil
	}
	kase, sub, _ := strings.Cut(v, "/")
	t := Target{Case: aftersale.Case(kase), SubReason: aftersale.SubReason(sub)}
	if !t.Case.Valid() || (sub != "" && (t.Case != aftersale.CaseReturnDissatisfied || !slices.Contains(aftersale.SubReasons(), t.SubReason))) {
		return Target{}, &InvalidValue{"case", s, TargetNames()}
	}
	return t, nil
}

// Reclassified is what Reclassify did.
type Reclassified struct {
	Draft     aftersale.Draft          // the draft as stored now
	Previous  aftersale.Classification // the classification replaced
	Redrafted bool                     // the draft was written again
	// Correction is the training example kept for the classifier; nil
	// when none was (not buyer mail, or no words to learn from:
	// CorrectionErr says why).
	Correction    *aftersale.Correction
	CorrectionErr error
}

// reclassifiedVersion is the classifier version of a person's case.
const reclassifiedVersion = "person"

// Reclassify gives draft id's message the case t instead of the
// classifier's. The old classification is kept in the message's history
// and the audit records who changed what. A draft that nothing was sent
// from (proposed, approved, failed, rejected, no_response_needed) is
// decided again for the new case and the same order: new text, tasks and
// policy check; it becomes proposed (or no_response_needed) and loses any
// approval. A draft sending, sent or send_unknown keeps its text. Either
// way the correction is recorded for the classifier (not for not buyer
// mail), which the daemon learns without a restart.
func (q *Queue) Reclassify(ctx context.Context, id int64, t Target, by string) (Reclassified, error) {
	const op = "reclassify"
	if t.NotBuyer {
		t.Case, t.SubReason = aftersale.CaseOther, ""
	}
	if !t.Case.Valid() {
		return Reclassified{}, &InvalidValue{"case", string(t.Case), TargetNames()}
	}
	d, err := q.db.Draft(ctx, id)
	if err != nil {
		return Reclassified{}, err
	}
	m, _, o, err := q.context(ctx, d)
	if err != nil {
		return Reclassified{}, err
	}
	var res Reclassified
	// The correction first: the learner reads the classification it
	// corrects (the classifier's case, kept as the correction's Previous).
	if !t.NotBuyer {
		c, err := q.opts.Learner.RecordCorrection(ctx, d.MessageID, t.Case, t.SubReason, by)
		if err != nil {
			res.CorrectionErr = err
		} else {
			res.Correction = &c
		}
	}
	out, err := q.db.ReclassifyDraft(ctx, id, by, func(cur aftersale.Draft, old aftersale.Classification) (store.Redraft, error) {
		res.Previous = old
		cl := old
		cl.Case, cl.SubReason, cl.Notice, cl.Version, cl.Confidence, cl.At = t.Case, t.SubReason, "", reclassifiedVersion, 1, q.opts.Now()
		if cl.Secondary == t.Case {
			cl.Secondary = ""
		}
		cl.Reasons = append([]string{fmt.Sprintf("reclassified by %s (was %s)", by, caseName(old))}, old.Reasons...)
		switch {
		case t.NotBuyer:
			cl.Origin = aftersale.OriginNotBuyer
		case old.Origin == aftersale.OriginNotBuyer:
			cl.Origin = ""
		}
		r := store.Redraft{Class: cl}
		if !store.Redraftable(cur.State) {
			return r, nil
		}
		var nd aftersale.Draft
		if t.NotBuyer {
			nd = aftersale.Draft{Case: aftersale.CaseOther, Action: cur.Action, OrderID: cur.OrderID, State: aftersale.DraftNoResponseNeeded,
				Reasons: []string{"not buyer mail: no reply (reclassified by " + by + ")"}}
		} else {
			nd, err = respond.BuildDraft(respond.Input{Message: m, Class: cl, Order: o, Now: q.opts.Now()}, q.opts.Settings)
			if err != nil {
				return store.Redraft{}, err
			}
		}
		r.Draft = &nd
		res.Redrafted = true
		return r, nil
	})
	if err != nil {
		return Reclassified{}, translate(err, op, id, func() (aftersale.Draft, error) { return q.db.Draft(ctx, id) })
	}
	res.Draft = out
	return res, nil
}

func caseName(c aftersale.Classification) string {
	s := string(c.Case)
	if c.SubReason != "" {
		s += "/" + string(c.SubReason)
	}
	return s
}
