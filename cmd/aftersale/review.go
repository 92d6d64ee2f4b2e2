package main

import (
	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale/internal/terminput"
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
			c, err := queue.CaseFilter(caseF)
			if err != nil {
				return usageError{err}
			}
			f := queue.Filter{Account: account, Case: c}
			q, err := e.queue(ctx)
			if err != nil {
				return err
			}
			rv, err := q.Review(ctx, f, e.who())
			if err != nil {
				return err
			}
			return rv.Walk(ctx, e.stdout, terminput.New(e.stdin))
		},
	}
	cmd.Flags().StringVar(&caseF, "case", "", "only drafts of this case")
	cmd.Flags().StringVar(&account, "account", "", "only drafts of this account")
	return cmd
}
