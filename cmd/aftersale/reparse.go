package main

import (
	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/report"
)

func newReparseCmd(e *env) *cobra.Command {
	var dryRun bool
	cmd := &cobra.Command{
		Use:   "reparse",
		Short: "Parse stored mail again after an upgrade of the mail parser",
		Long: `reparse parses every stored message that an older version of the mail
parser read (see "aftersale version") again from its raw bytes, with the
account's settings (authserv_id), and saves the new result: decoded text,
the buyer's words (without the lines learned as Amazon's template),
order ids, flags such as auth_failed. Messages whose personal data the
retention purge removed are left alone.

Classifications and drafts are not changed: they are what you have seen
and acted on. reparse lists the open drafts (proposed or approved) that
answer a message whose flags or buyer's words changed, in particular mail
that now fails sender authentication, so that you can review them with
"queue show". With --dry-run nothing is saved. On a terminal a progress
line shows how far it is. The daemon may keep
running.`,
		Example: "  aftersale reparse --dry-run\n  aftersale reparse",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			cfg, err := e.config(false)
			if err != nil {
				return err
			}
			o := report.ReparseOptionsFor(cfg, dryRun)
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			stale, err := db.CountStale(ctx, mailbox.ParserVersion)
			if err != nil {
				return err
			}
			p := e.newProgress(int64(stale), "parsing again", false)
			o.Progress = func() { p.Add(1) }
			r, err := report.Reparse(ctx, db, o)
			p.Done()
			if err != nil {
				return err
			}
			r.WriteText(e.stdout)
			return nil
		},
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "only count; save nothing")
	return cmd
}
