package queue

import (
	"errors"
	"fmt"
	"strings"

	"github.com/aftersale/aftersale"
)

// Explain renders an error of an operation on draft id as one clause
// (the draft is the subject) and what to do, naming the aftersale
// commands that do it; an error that is not a refusal is returned as it
// is, with no hint. Every front end can show these; the CLI prefixes
// "draft ID: ".
func Explain(id int64, err error) (msg, hint string) {
	show := fmt.Sprintf("see it with \"aftersale queue show %d\"", id)
	var iv *InvalidValue
	var r *Refusal
	switch {
	case errors.Is(err, aftersale.ErrNotFound):
		return "no such draft", "list the drafts with \"aftersale queue list --all\""
	case errors.As(err, &iv):
		return iv.Error(), ""
	case !errors.As(err, &r):
		return err.Error(), ""
	}
	switch r.Code {
	case ErrNeedsReview:
		return "needs a person to read it first", fmt.Sprintf("read it with \"aftersale queue show %d\", then approve again (or pass --reviewed)", id)
	case ErrPlaceholders:
		msg = "has unfilled placeholders: " + strings.Join(r.Placeholders, ", ")
		hint = fmt.Sprintf("fill in the [[...]] parts with \"aftersale queue edit %d\"", id)
		if len(r.Rules) > 0 {
			msg += fmt.Sprintf("; it also has blocking policy findings (%s)", strings.Join(r.Rules, ", "))
			hint += ", then fix the findings or approve with --override \"reason\""
		}
		return msg, hint
	case ErrBlocked:
		return fmt.Sprintf("has blocking policy findings (%s)", strings.Join(r.Rules, ", ")),
			fmt.Sprintf("fix the draft with \"aftersale queue edit %d\", or pass --override \"reason\" (the reason is logged)", id)
	case ErrChanged:
		return fmt.Sprintf("changed since you saw it (it is at revision %d now)", r.Revision),
			fmt.Sprintf("read the new text with \"aftersale queue show %d\", then approve again", id)
	case ErrEmpty:
		return "has no reply text (empty, or only the greeting and the signature)",
			fmt.Sprintf("write the reply with \"aftersale queue edit %d\", or reject the draft", id)
	case ErrNoRecipient:
		return "has no recipient: the buyer's message has no Amazon relay address",
			fmt.Sprintf("answer in Seller Central, then mark it with \"aftersale queue nrn %d\"", id)
	case ErrNoReply:
		return "has no reply (no response is needed)", show
	case ErrNotAuto:
		return "does not meet the auto-approval rules: " + r.Why, show
	case ErrWrongState:
		switch r.Op {
		case "approve":
			msg = fmt.Sprintf("the draft is %s; only a proposed or failed draft can be approved", r.State)
		case "edit":
			msg = fmt.Sprintf("the draft is %s; only a proposed or approved draft can be edited", r.State)
		case "resolve":
			msg = fmt.Sprintf("the draft is %s; only a send_unknown draft needs resolving", r.State)
		case "no_response_needed":
			msg = fmt.Sprintf("the draft is %s and cannot become no_response_needed; only a proposed draft can", r.State)
		case "reject":
			msg = fmt.Sprintf("the draft is %s and cannot become rejected", r.State)
		default:
			msg = fmt.Sprintf("the draft is %s", r.State)
		}
		return msg, show
	}
	return r.Error(), ""
}
