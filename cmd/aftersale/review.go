package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/queue"
	"github.com/aftersale/aftersale/store"
)

func newQueueReviewCmd(e *env) *cobra.Command {
	var (
		caseF   string
		account string
	)
	cmd := &cobra.Command{
		Use:   "review",
		Short: "Walk through the queue, most urgent first, one key per decision",
		Long: `Show each draft that needs a decision (proposed or failed), most urgent
first, and act on it with one key:

  a  approve (asks for an override reason if a policy finding blocks it)
  e  edit in $EDITOR; the policy check runs again and the draft is shown again
  c  change the case (asks for it): the reply is drafted again
  b  not buyer mail: no reply, and the classifier learns it
  r  reject (asks for the reason)
  n  no response needed (remember to tick it in Seller Central too)
  s  skip to the next draft
  q  quit

A draft shown here counts as read, so a needs-human draft can be approved;
"a" approves the revision shown, and a draft someone changed meanwhile is
shown again instead. Works in any plain terminal, also over SSH; when the
input is not a terminal, each key is read as one line (so the walk can be
scripted).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			f := queue.Filter{Account: account, States: []string{string(aftersale.DraftProposed), string(aftersale.DraftFailed)}}
			if caseF != "" {
				c, err := queue.ParseCase(caseF)
				if err != nil {
					return usageError{err}
				}
				f.Case = c
			}
			q, err := e.queue(ctx)
			if err != nil {
				return err
			}
			l, err := q.List(ctx, f)
			if err != nil {
				return err
			}
			if len(l.Drafts) == 0 {
				fmt.Fprintln(e.stdout, "Nothing to review.")
				return nil
			}
			r := &reviewer{e: e, q: q, keys: newKeyReader(e.stdin)}
			err = r.walk(ctx, l.Drafts)
			fmt.Fprintf(e.stdout, "\nReviewed %d of %d: %d approved, %d edited, %d reclassified, %d rejected, %d no response needed, %d skipped.\n",
				r.n.shown, len(l.Drafts), r.n.approved, r.n.edited, r.n.reclassified, r.n.rejected, r.n.nrn, r.n.skipped)
			if r.n.nrn > 0 {
				fmt.Fprintln(e.stdout, nrnReminder)
			}
			return err
		},
	}
	cmd.Flags().StringVar(&caseF, "case", "", "only drafts of this case")
	cmd.Flags().StringVar(&account, "account", "", "only drafts of this account")
	return cmd
}

type reviewer struct {
	e    *env
	q    *queue.Queue
	keys *keyReader
	n    struct{ shown, approved, edited, reclassified, rejected, nrn, skipped int }
}

var errQuit = errors.New("quit")

// walk reviews drafts in order until the end, q or the end of the input.
func (r *reviewer) walk(ctx context.Context, drafts []store.Listed) error {
	for i, d := range drafts {
		err := r.one(ctx, i+1, len(drafts), d.ID)
		if errors.Is(err, errQuit) || errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// one shows draft id and acts on keys until it is decided or skipped.
func (r *reviewer) one(ctx context.Context, pos, total int, id int64) error {
	w := r.e.stdout
	show := true
	r.n.shown++
	var v queue.View
	for {
		if show {
			var err error
			if v, err = r.q.View(ctx, id, r.e.who()); err != nil {
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
			v.WriteText(w, r.e.now(), queue.TextOptions{Plan: true})
			show = false
		}
		fmt.Fprint(w, "\n[a]pprove  [e]dit  [c]hange case  [b] not buyer mail  [r]eject  [n]o response needed  [s]kip  [q]uit > ")
		k, err := r.keys.key()
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
				if override, err = r.keys.line(); err != nil {
					return err
				}
				if override == "" {
					continue
				}
			}
			_, err := r.q.Approve(ctx, d.ID, queue.Approval{By: r.e.who(), Reviewed: true, Override: override, Revision: d.Revision})
			if err != nil {
				msg, hint := queue.Explain(d.ID, err)
				fmt.Fprintf(w, "Not approved: %s\n", msg)
				switch {
				case errors.Is(err, queue.ErrChanged):
					fmt.Fprintln(w, "Here it is again.")
					show = true
				case errors.Is(err, queue.ErrPlaceholders), errors.Is(err, queue.ErrEmpty):
					fmt.Fprintln(w, "Press e to edit it.")
				case hint != "":
					fmt.Fprintf(w, "(%s)\n", hint)
				}
				continue
			}
			r.n.approved++
			fmt.Fprintf(w, "Draft %d approved; the daemon sends it shortly.\n", d.ID)
			return nil
		case 'e':
			body, err := editInEditor(ctx, r.e, d.Body)
			if err != nil {
				fmt.Fprintf(w, "Edit failed: %v\n", err)
				continue
			}
			changed, err := saveEdit(ctx, r.e, r.q, d, body)
			if err != nil {
				fmt.Fprintf(w, "Not saved: %v\n", err)
				continue
			}
			if changed {
				r.n.edited++
				show = true
			}
		case 'c', 'b':
			t := queue.Target{NotBuyer: true}
			if k == 'c' {
				fmt.Fprintf(w, "New case (%s; empty: back): ", strings.Join(queue.CaseNames(), ", "))
				s, err := r.keys.line()
				if err != nil {
					return err
				}
				if s == "" {
					continue
				}
				if t, err = queue.ParseTarget(s); err != nil {
					fmt.Fprintf(w, "%v\n", err)
					continue
				}
			}
			res, err := r.q.Reclassify(ctx, d.ID, t, r.e.who())
			if err != nil {
				msg, _ := queue.Explain(d.ID, err)
				fmt.Fprintf(w, "Not changed: %s\n", msg)
				continue
			}
			r.n.reclassified++
			printReclassified(w, w, res, t)
			if res.Draft.State != aftersale.DraftProposed {
				return nil
			}
			show = true
		case 'r':
			fmt.Fprint(w, "Reason for rejecting (empty: back): ")
			reason, err := r.keys.line()
			if err != nil {
				return err
			}
			if reason == "" {
				continue
			}
			if err := r.q.Reject(ctx, d.ID, r.e.who(), reason); err != nil {
				msg, _ := queue.Explain(d.ID, err)
				fmt.Fprintf(w, "Not rejected: %s\n", msg)
				continue
			}
			r.n.rejected++
			fmt.Fprintf(w, "Draft %d rejected.\n", d.ID)
			return nil
		case 'n':
			if err := r.q.NoResponseNeeded(ctx, d.ID, r.e.who(), ""); err != nil {
				msg, _ := queue.Explain(d.ID, err)
				fmt.Fprintf(w, "Not marked: %s\n", msg)
				continue
			}
			r.n.nrn++
			fmt.Fprintf(w, "Draft %d: no response needed. Tick it in Seller Central too.\n", d.ID)
			return nil
		case 's':
			r.n.skipped++
			return nil
		case 'q':
			return errQuit
		default:
			fmt.Fprintln(w, "Keys: a approve, e edit, c change case, b not buyer mail, r reject, n no response needed, s skip, q quit.")
		}
	}
}

// keyReader reads one-key answers. On a terminal it switches the terminal
// to raw mode (golang.org/x/term) for each key, so no Enter is needed;
// otherwise (a pipe, a test) each answer is one line and its first
// non-blank character is the key.
type keyReader struct {
	r   *bufio.Reader
	tty *os.File // nil when the input is not a terminal
}

func newKeyReader(in io.Reader) *keyReader {
	k := &keyReader{r: bufio.NewReader(in)}
	if f, ok := in.(*os.File); ok && isTerminal(f) {
		k.tty = f
	}
	return k
}

// key returns the next key, lower-cased.
func (k *keyReader) key() (rune, error) {
	if k.tty != nil {
		if old, err := term.MakeRaw(int(k.tty.Fd())); err == nil {
			defer term.Restore(int(k.tty.Fd()), old)
			for {
				c, _, err := k.r.ReadRune()
				switch {
				case err != nil:
					return 0, err
				case c == 3 || c == 4: // Ctrl-C, Ctrl-D: raw mode sends no signal
					return 'q', nil
				case !unicode.IsSpace(c):
					return unicode.ToLower(c), nil
				}
			}
		}
	}
	for {
		l, err := k.r.ReadString('\n')
		if s := strings.TrimSpace(l); s != "" {
			return unicode.ToLower([]rune(s)[0]), nil
		}
		if err != nil {
			return 0, err
		}
	}
}

// line reads one line of text (terminal in its normal mode).
func (k *keyReader) line() (string, error) {
	l, err := k.r.ReadString('\n')
	if err != nil && l == "" {
		return "", err
	}
	return strings.TrimSpace(l), nil
}
