package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/respond"
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
  r  reject (asks for the reason)
  n  no response needed (remember to tick it in Seller Central too)
  s  skip to the next draft
  q  quit

A draft shown here counts as read, so a needs-human draft can be approved.
Works in any plain terminal, also over SSH; when the input is not a
terminal, each key is read as one line (so the walk can be scripted).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			f := store.DraftFilter{Account: account,
				States: []aftersale.DraftState{aftersale.DraftProposed, aftersale.DraftFailed}}
			if caseF != "" {
				c, err := aftersale.ParseCase(caseF)
				if err != nil {
					return usageError{err}
				}
				f.Case = c
			}
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			drafts, err := db.Drafts(ctx, f)
			if err != nil {
				return err
			}
			if len(drafts) == 0 {
				fmt.Fprintln(e.stdout, "Nothing to review.")
				return nil
			}
			kr := newKeyReader(e.stdin)
			r := &reviewer{e: e, db: db, keys: kr}
			err = r.walk(ctx, drafts)
			fmt.Fprintf(e.stdout, "\nReviewed %d of %d: %d approved, %d edited, %d rejected, %d no response needed, %d skipped.\n",
				r.n.shown, len(drafts), r.n.approved, r.n.edited, r.n.rejected, r.n.nrn, r.n.skipped)
			if r.n.nrn > 0 {
				fmt.Fprintln(e.stdout, "Reminder: tick \"No response needed\" in Seller Central too (Amazon has no API for it).")
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
	db   *store.DB
	keys *keyReader
	n    struct{ shown, approved, edited, rejected, nrn, skipped int }
}

var errQuit = errors.New("quit")

// walk reviews drafts in order until the end, q or the end of the input.
func (r *reviewer) walk(ctx context.Context, drafts []aftersale.Draft) error {
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
	for {
		d, err := r.db.Draft(ctx, id)
		if err != nil {
			return err
		}
		if d.State != aftersale.DraftProposed && d.State != aftersale.DraftFailed {
			fmt.Fprintf(w, "\nDraft %d is now %s (someone else decided); next.\n", d.ID, d.State)
			return nil
		}
		if show {
			if err := r.print(ctx, pos, total, d); err != nil {
				return err
			}
			show = false
		}
		fmt.Fprint(w, "\n[a]pprove  [e]dit  [r]eject  [n]o response needed  [s]kip  [q]uit > ")
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
			err := r.db.ApproveDraft(ctx, d.ID, store.Approval{By: r.e.who(), Reviewed: true, Override: override,
				OutgoingID: respond.NewOutgoingID(r.e.messageIDDomain())})
			if err != nil {
				fmt.Fprintf(w, "Not approved: %v\n", approveHint(d.ID, err))
				if len(d.Placeholders) > 0 {
					fmt.Fprintln(w, "Press e to fill in the [[...]] parts.")
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
			changed, err := saveEdit(ctx, r.e, r.db, d, body)
			if err != nil {
				fmt.Fprintf(w, "Not saved: %v\n", err)
				continue
			}
			if changed {
				r.n.edited++
				show = true
			}
		case 'r':
			fmt.Fprint(w, "Reason for rejecting (empty: back): ")
			reason, err := r.keys.line()
			if err != nil {
				return err
			}
			if reason == "" {
				continue
			}
			if err := r.db.RejectDraft(ctx, d.ID, r.e.who(), reason); err != nil {
				fmt.Fprintf(w, "Not rejected: %v\n", approveHint(d.ID, err))
				continue
			}
			r.n.rejected++
			fmt.Fprintf(w, "Draft %d rejected.\n", d.ID)
			return nil
		case 'n':
			if err := r.db.MarkNoResponseNeeded(ctx, d.ID, r.e.who(), "no response needed"); err != nil {
				fmt.Fprintf(w, "Not marked: %v\n", approveHint(d.ID, err))
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
			fmt.Fprintln(w, "Keys: a approve, e edit, r reject, n no response needed, s skip, q quit.")
		}
	}
}

// print shows d as "queue show" does and records that it was shown.
func (r *reviewer) print(ctx context.Context, pos, total int, d aftersale.Draft) error {
	if err := r.db.MarkShown(ctx, d.ID); err != nil && !errors.Is(err, aftersale.ErrConflict) {
		return err
	}
	m, err := r.db.Message(ctx, d.MessageID)
	if err != nil {
		return notFound("message", d.MessageID, err)
	}
	cl, _ := r.db.Classification(ctx, d.MessageID)
	var o aftersale.Order
	if d.OrderID != "" {
		o, _ = r.db.Order(ctx, d.OrderID)
	}
	thread, _ := r.db.Thread(ctx, m.ThreadKey())
	fmt.Fprintf(r.e.stdout, "\n════ %d of %d ════\n", pos, total)
	var settings respond.Settings
	if cfg, err := r.e.config(false); err == nil && cfg != nil {
		settings = cfg.RespondSettings()
	}
	_, plan := showPlan(d, m, cl, o, settings)
	printDraft(r.e.stdout, d, m, cl, o, thread, &plan, r.e.now())
	return nil
}

// saveEdit normalises body, checks it against the messaging policy again
// and stores it, reporting findings on stdout. It returns false when the
// text did not change.
func saveEdit(ctx context.Context, e *env, db *store.DB, d aftersale.Draft, body string) (bool, error) {
	body = strings.TrimRight(strings.ReplaceAll(body, "\r\n", "\n"), "\n") + "\n"
	if body == d.Body {
		fmt.Fprintf(e.stdout, "draft %d unchanged\n", d.ID)
		return false, nil
	}
	settings := respond.Settings{}
	if cfg, _ := e.config(false); cfg != nil {
		settings = cfg.RespondSettings()
	}
	// Check in the buyer's language, so a reply edited into another
	// language is flagged (language_mismatch).
	lang := d.Language
	if cl, err := db.Classification(ctx, d.MessageID); err == nil {
		if m, err := db.Message(ctx, d.MessageID); err == nil {
			lang = respond.BuyerLanguage(cl.Language, m.Marketplace)
		}
	}
	findings := respond.CheckLang(body, lang, settings)
	ph := respond.FindPlaceholders(body)
	if err := db.UpdateDraftBody(ctx, d.ID, body, findings, ph, e.who()); err != nil {
		return false, approveHint(d.ID, err)
	}
	fmt.Fprintf(e.stdout, "draft %d saved\n", d.ID)
	for _, f := range findings {
		fmt.Fprintf(e.stdout, "  [%s] %s: %s\n", f.Severity, f.Rule, f.Detail)
	}
	for _, p := range ph {
		fmt.Fprintf(e.stdout, "  [block] placeholder still to fill: [[%s]]\n", p)
	}
	return true, nil
}

// keyReader reads one-key answers. On a terminal it switches the terminal
// to cbreak mode (stty -icanon -echo) for each key, so no Enter is needed;
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
		if restore, err := cbreak(k.tty); err == nil {
			defer restore()
			for {
				c, _, err := k.r.ReadRune()
				if err != nil {
					return 0, err
				}
				if !unicode.IsSpace(c) {
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

// cbreak puts the terminal f into character-at-a-time mode without echo
// and returns a function that restores the previous mode. It uses stty,
// which every Unix terminal (also over SSH) has.
func cbreak(f *os.File) (func(), error) {
	get := exec.Command("stty", "-g")
	get.Stdin = f
	saved, err := get.Output()
	if err != nil {
		return nil, err
	}
	set := exec.Command("stty", "-icanon", "-echo", "min", "1")
	set.Stdin = f
	if err := set.Run(); err != nil {
		return nil, err
	}
	return func() {
		restore := exec.Command("stty", strings.TrimSpace(string(saved)))
		restore.Stdin = f
		restore.Run()
	}, nil
}
