package queue

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// NRNReminder reminds the seller that marking a message "no response
// needed" here does not stop Amazon's clock.
const NRNReminder = "Reminder: tick \"No response needed\" in Seller Central too (Amazon has no API for it)."

// ReviewInput is where a review reads a person's answers.
type ReviewInput interface {
	// Key returns the next one-key answer, lower-cased.
	Key() (rune, error)
	// Line returns one line of text, trimmed.
	Line() (string, error)
	// Edit returns body as the person edited it.
	Edit(ctx context.Context, body string) (string, error)
}

// ReviewCounts count what a review did.
type ReviewCounts struct {
	Shown, Approved, Edited, Reclassified, Rejected, NRN, Skipped int
}

// Review walks a person through the drafts that need a decision
// (proposed or failed), most urgent first, one key per decision:
//
//	a  approve (asks for an override reason if a policy finding blocks it)
//	e  edit; the policy check runs again and the draft is shown again
//	c  change the case (asks for it): the reply is drafted again
//	b  not buyer mail: no reply, and the classifier learns it
//	r  reject (asks for the reason)
//	n  no response needed
//	s  skip to the next draft
//	q  quit
//
// A draft shown counts as read, so a needs-human draft can be approved;
// "a" approves the revision shown, and a draft someone changed meanwhile
// is shown again instead.
type Review struct {
	q      *Queue
	by     string
	Drafts []store.Listed // the drafts to walk, in order
	Count  ReviewCounts
}

// Review lists the drafts of f that need a decision (f's States are
// replaced by proposed and failed) for a review by person by.
func (q *Queue) Review(ctx context.Context, f Filter, by string) (*Review, error) {
	f.States = []string{string(aftersale.DraftProposed), string(aftersale.DraftFailed)}
	l, err := q.List(ctx, f)
	if err != nil {
		return nil, err
	}
	return &Review{q: q, by: by, Drafts: l.Drafts}, nil
}

var errQuit = errors.New("quit")

// Run reviews the drafts in order until the end, q or the end of the
// input, writing each draft, the prompts and the outcomes to w.
func (r *Review) Run(ctx context.Context, w io.Writer, in ReviewInput) error {
	for i, d := range r.Drafts {
		err := r.one(ctx, w, in, i+1, len(r.Drafts), d.ID)
		if errors.Is(err, errQuit) || errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// Walk runs the review and writes its summary to w, or says there is
// nothing to review when no draft needs a decision.
func (r *Review) Walk(ctx context.Context, w io.Writer, in ReviewInput) error {
	if len(r.Drafts) == 0 {
		fmt.Fprintln(w, "Nothing to review.")
		return nil
	}
	err := r.Run(ctx, w, in)
	r.WriteSummary(w)
	return err
}

// WriteSummary writes what the review did.
func (r *Review) WriteSummary(w io.Writer) {
	n := r.Count
	fmt.Fprintf(w, "\nReviewed %d of %d: %d approved, %d edited, %d reclassified, %d rejected, %d no response needed, %d skipped.\n",
		n.Shown, len(r.Drafts), n.Approved, n.Edited, n.Reclassified, n.Rejected, n.NRN, n.Skipped)
	if n.NRN > 0 {
		fmt.Fprintln(w, NRNReminder)
	}
}

// one shows draft id and acts on keys until it is decided or skipped.
func (r *Review) one(ctx context.Context, w io.Writer, in ReviewInput, pos, total int, id int64) error {
	show := true
	r.Count.Shown++
	var v View
	for {
		if show {
			var err error
			if v, err = r.q.View(ctx, id, r.by); err != nil {
				return err
			}
		} else if d, err := r.q.Draft(ctx, id); err != nil {
			return err
		} else {
			v.Draft.State = d.State
		}
		d := v.Draft
		if d.State != aftersale.DraftProposed && d.State != aftersale.DraftFailed {
			fmt.Fprintf(w, "\nDraft %d is now %s (someone else decided); next.\n", d.ID, d.State)
			return nil
		}
		if show {
			fmt.Fprintf(w, "\n════ %d of %d ════\n", pos, total)
			v.WriteText(w, r.q.opts.Now(), TextOptions{Plan: true})
			show = false
		}
		fmt.Fprint(w, "\n[a]pprove  [e]dit  [c]hange case  [b] not buyer mail  [r]eject  [n]o response needed  [s]kip  [q]uit > ")
		k, err := in.Key()
		if err != nil {
			fmt.Fprintln(w)
			return err
		}
		fmt.Fprintf(w, "%c\n", k)
		switch k {
		case 'a':
			override := ""
			if aftersale.Blocking(d.Findings) && len(d.Placeholders) == 0 {
				fmt.Fprint(w, "A policy finding blocks this draft. Override reason (empty: back): ")
				if override, err = in.Line(); err != nil {
					return err
				}
				if override == "" {
					continue
				}
			}
			_, err := r.q.Approve(ctx, d.ID, Approval{By: r.by, Reviewed: true, Override: override, Revision: d.Revision})
			if err != nil {
				msg, hint := Explain(d.ID, err)
				fmt.Fprintf(w, "Not approved: %s\n", msg)
				switch {
				case errors.Is(err, ErrChanged):
					fmt.Fprintln(w, "Here it is again.")
					show = true
				case errors.Is(err, ErrPlaceholders), errors.Is(err, ErrEmpty):
					fmt.Fprintln(w, "Press e to edit it.")
				case hint != "":
					fmt.Fprintf(w, "(%s)\n", hint)
				}
				continue
			}
			r.Count.Approved++
			fmt.Fprintf(w, "Draft %d approved; the daemon sends it shortly.\n", d.ID)
			return nil
		case 'e':
			body, err := in.Edit(ctx, d.Body)
			if err != nil {
				fmt.Fprintf(w, "Edit failed: %v\n", err)
				continue
			}
			res, err := r.q.Edit(ctx, d.ID, body, r.by, d.Revision)
			if err != nil {
				msg, _ := Explain(d.ID, err)
				fmt.Fprintf(w, "Not saved: draft %d: %s\n", d.ID, msg)
				continue
			}
			WriteEdited(w, res)
			if res.Changed {
				r.Count.Edited++
				show = true
			}
		case 'c', 'b':
			t := Target{NotBuyer: true}
			if k == 'c' {
				fmt.Fprintf(w, "New case (%s; empty: back): ", strings.Join(CaseNames(), ", "))
				s, err := in.Line()
				if err != nil {
					return err
				}
				if s == "" {
					continue
				}
				if t, err = ParseTarget(s); err != nil {
					fmt.Fprintf(w, "%v\n", err)
					continue
				}
			}
			res, err := r.q.Reclassify(ctx, d.ID, t, r.by)
			if err != nil {
				msg, _ := Explain(d.ID, err)
				fmt.Fprintf(w, "Not changed: %s\n", msg)
				continue
			}
			r.Count.Reclassified++
			WriteReclassified(w, w, res, t)
			if res.Draft.State != aftersale.DraftProposed {
				return nil
			}
			show = true
		case 'r':
			fmt.Fprint(w, "Reason for rejecting (empty: back): ")
			reason, err := in.Line()
			if err != nil {
				return err
			}
			if reason == "" {
				continue
			}
			if err := r.q.Reject(ctx, d.ID, r.by, reason); err != nil {
				msg, _ := Explain(d.ID, err)
				fmt.Fprintf(w, "Not rejected: %s\n", msg)
				continue
			}
			r.Count.Rejected++
			fmt.Fprintf(w, "Draft %d rejected.\n", d.ID)
			return nil
		case 'n':
			if err := r.q.NoResponseNeeded(ctx, d.ID, r.by, ""); err != nil {
				msg, _ := Explain(d.ID, err)
				fmt.Fprintf(w, "Not marked: %s\n", msg)
				continue
			}
			r.Count.NRN++
			fmt.Fprintf(w, "Draft %d: no response needed. Tick it in Seller Central too.\n", d.ID)
			return nil
		case 's':
			r.Count.Skipped++
			return nil
		case 'q':
			return errQuit
		default:
			fmt.Fprintln(w, "Keys: a approve, e edit, c change case, b not buyer mail, r reject, n no response needed, s skip, q quit.")
		}
	}
}

// WriteEdited says what an edit stored: the new revision and its policy
// check, or that the text did not change.
func WriteEdited(w io.Writer, r EditResult) {
	d := r.Draft
	if !r.Changed {
		fmt.Fprintf(w, "draft %d unchanged\n", d.ID)
		return
	}
	fmt.Fprintf(w, "draft %d saved (revision %d)\n", d.ID, d.Revision)
	for _, f := range d.Findings {
		fmt.Fprintf(w, "  [%s] %s: %s\n", f.Severity, f.Rule, f.Detail)
	}
	for _, p := range d.Placeholders {
		fmt.Fprintf(w, "  [block] placeholder still to fill: [[%s]]\n", p)
	}
	if SellerStale(d) {
		fmt.Fprintf(w, "  the copy in %s is not updated: it shows the text before your edit\n", d.SellerLanguage)
	}
}

// WriteReclassified says what a reclassification to t did on out; that
// the classifier cannot learn from it, on errw.
func WriteReclassified(out, errw io.Writer, r Reclassified, t Target) {
	d := r.Draft
	fmt.Fprintf(out, "draft %d: %s, was %s", d.ID, t, r.Previous.Case)
	switch {
	case r.Redrafted && d.State == aftersale.DraftNoResponseNeeded:
		fmt.Fprintf(out, "; no reply (revision %d)\n", d.Revision)
	case r.Redrafted:
		fmt.Fprintf(out, "; drafted again as %s (revision %d): read it with \"aftersale queue show %d\"\n", d.Action, d.Revision, d.ID)
	default:
		fmt.Fprintf(out, "; the draft is %s and stays as it is\n", d.State)
	}
	if r.CorrectionErr != nil {
		fmt.Fprintf(errw, "The classifier cannot learn from this message: %v\n", r.CorrectionErr)
	}
}
