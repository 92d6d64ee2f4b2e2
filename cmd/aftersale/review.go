package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"
	"unicode"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/aftersale/aftersale/queue"
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
			f := queue.Filter{Account: account}
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
			rv, err := q.Review(ctx, f, e.who())
			if err != nil {
				return err
			}
			if len(rv.Drafts) == 0 {
				fmt.Fprintln(e.stdout, "Nothing to review.")
				return nil
			}
			err = rv.Run(ctx, e.stdout, newKeyReader(e))
			rv.WriteSummary(e.stdout)
			return err
		},
	}
	cmd.Flags().StringVar(&caseF, "case", "", "only drafts of this case")
	cmd.Flags().StringVar(&account, "account", "", "only drafts of this account")
	return cmd
}

// keyReader reads one-key answers. On a terminal it switches the terminal
// to raw mode (golang.org/x/term) for each key, so no Enter is needed;
// otherwise (a pipe, a test) each answer is one line and its first
// non-blank character is the key.
// Edit opens $EDITOR. It is the review's queue.ReviewInput.
type keyReader struct {
	e   *env
	r   *bufio.Reader
	tty *os.File // nil when the input is not a terminal
}

func newKeyReader(e *env) *keyReader {
	k := &keyReader{e: e, r: bufio.NewReader(e.stdin)}
	if f, ok := e.stdin.(*os.File); ok && isTerminal(f) {
		k.tty = f
	}
	return k
}

// Key returns the next key, lower-cased.
func (k *keyReader) Key() (rune, error) {
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

// Line reads one line of text (terminal in its normal mode).
func (k *keyReader) Line() (string, error) {
	l, err := k.r.ReadString('\n')
	if err != nil && l == "" {
		return "", err
	}
	return strings.TrimSpace(l), nil
}

// Edit returns body as edited in $EDITOR.
func (k *keyReader) Edit(ctx context.Context, body string) (string, error) {
	return editInEditor(ctx, k.e, body)
}
