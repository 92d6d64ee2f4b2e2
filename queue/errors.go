package queue

import (
	"errors"
	"fmt"
	"strings"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// Refusal codes: the Code of a *Refusal, for errors.Is.
var (
	// ErrNeedsReview: a needs-human draft was not shown to a person (nor
	// approved as reviewed); auto-approval never approves one.
	ErrNeedsReview = errors.New("needs a person to read it first")
	// ErrBlocked: a blocking policy finding, and no override reason (or
	// an auto-approval, which never overrides).
	ErrBlocked = errors.New("has blocking policy findings")
	// ErrPlaceholders: [[placeholders]] left to fill in.
	ErrPlaceholders = errors.New("has unfilled placeholders")
	// ErrChanged: the draft changed since the revision the person saw.
	ErrChanged = errors.New("changed since you saw it")
	// ErrWrongState: the draft's state does not allow the operation.
	ErrWrongState = errors.New("wrong state")
	// ErrEmpty: no reply text: empty, blanks, or only the greeting and
	// the signature.
	ErrEmpty = errors.New("has no reply text")
	// ErrNoRecipient: the reply has no address to go to.
	ErrNoRecipient = errors.New("has no recipient")
	// ErrNotAuto: auto-approval refused: no rule matches the draft as it
	// is now (edited, a warning, a task, a lower confidence ...).
	ErrNotAuto = errors.New("does not meet the auto-approval rules")
	// ErrNoReply: the draft has no reply to edit or approve (not buyer
	// mail, no response needed).
	ErrNoReply = errors.New("has no reply")
)

// Refusal is a refused operation on a draft. Code is one of the Err*
// values; the other fields give a front end what it needs to say why and
// what to do.
type Refusal struct {
	Code  error
	Op    string               // "approve", "edit", "reject", "no_response_needed", "resolve", "reclassify"
	Draft int64                // the draft
	State aftersale.DraftState // its state when refused
	// Rules are the blocking policy rules (ErrBlocked, and ErrPlaceholders
	// when the draft is blocked too).
	Rules []string
	// Placeholders are the facts to fill in (ErrPlaceholders).
	Placeholders []string
	// Revision is the draft's revision, Want the one approved (ErrChanged).
	Revision, Want int
	// Why is the reason in words (ErrNotAuto).
	Why string
	// Err is the underlying error, if any: aftersale.ErrConflict or
	// ErrInvalid for errors.Is.
	Err error
}

// Error returns one sentence for logs, e.g. "approve draft 14: has
// blocking policy findings (phone_number)". Front ends render Code.
func (r *Refusal) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s draft %d: %v", r.Op, r.Draft, r.Code)
	switch {
	case r.Code == ErrWrongState:
		fmt.Fprintf(&b, " (it is %s)", r.State)
	case r.Code == ErrChanged:
		fmt.Fprintf(&b, " (revision %d, you saw %d)", r.Revision, r.Want)
	case r.Code == ErrNotAuto && r.Why != "":
		fmt.Fprintf(&b, " (%s)", r.Why)
	}
	if len(r.Placeholders) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(r.Placeholders, ", "))
	}
	if len(r.Rules) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(r.Rules, ", "))
	}
	return b.String()
}

// Is reports whether target is r's Code.
func (r *Refusal) Is(target error) bool { return target == r.Code }

// Unwrap returns the underlying error.
func (r *Refusal) Unwrap() error { return r.Err }

// refuse builds a Refusal of d.
func refuse(code error, op string, d aftersale.Draft) *Refusal {
	kind := aftersale.ErrInvalid
	if code == ErrWrongState || code == ErrChanged {
		kind = aftersale.ErrConflict
	}
	return &Refusal{Code: code, Op: op, Draft: d.ID, State: d.State, Revision: d.Revision, Err: kind}
}

// translate turns the store's typed errors for draft id into Refusals; a
// Refusal made inside the store's transaction is returned as it is, and
// anything else unchanged. current reads the draft's state for
// ErrWrongState.
func translate(err error, op string, id int64, current func() (aftersale.Draft, error)) error {
	if err == nil {
		return nil
	}
	var r *Refusal
	if errors.As(err, &r) {
		return r
	}
	switch {
	case errors.Is(err, store.ErrWrongState):
		d, rerr := current()
		if rerr != nil {
			d = aftersale.Draft{ID: id}
		}
		out := refuse(ErrWrongState, op, d)
		out.Err = err
		return out
	case errors.Is(err, store.ErrChanged):
		out := refuse(ErrChanged, op, aftersale.Draft{ID: id})
		out.Err = err
		return out
	}
	return err
}

// blockingRules lists the rules of the blocking findings.
func blockingRules(fs []aftersale.Finding) []string {
	var out []string
	for _, f := range fs {
		if f.Severity == aftersale.SeverityBlock {
			out = append(out, f.Rule)
		}
	}
	return out
}
