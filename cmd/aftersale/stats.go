package main

import (
	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale/report"
)

func newStatsCmd(e *env) *cobra.Command {
	var (
		since  string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Response times against Amazon's 24-hour target, approvals and rejections",
		Long: `Response times of the replies aftersale sent, measured as Amazon does: from
the first unanswered buyer message of the thread to the reply, wall clock,
weekends included (Amazon's Contact Response Time). A reply sent after 24
hours is late, and so is a message still unanswered after 24 hours; "no
response needed" and rejected drafts stop the clock and are not counted.

Sections: overall, per case and per day (the day the buyer wrote, local
time) with REPLIES, MEDIAN, P90, LATE (late replies plus overdue open
messages) and LATE% (LATE of the replies plus the overdue open messages:
the line under the tables says of how many); then how the
drafts were decided: approved unchanged, edited, auto-approved, rejected
(with reasons), no response needed, still open; per action (the reply
template) and reply language, how many drafts a person approved unchanged,
edited or rejected, with UNCHANGED% = unchanged / (unchanged + edited +
rejected): the share of drafts a seller could send as they were
(auto-approved drafts are counted apart); and the lines most often removed
or added when a person edited a reply (personal data replaced by
placeholders; only replies the retention purge has not removed yet).
"queue edit --save-template" makes an edited reply the template.`,
		Example: `  aftersale stats
  aftersale stats --since 7d --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			now := e.now()
			from, err := report.ParseSince(since, now, parseDuration)
			if err != nil {
				return usageError{err}
			}
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			st, err := report.ReadStats(ctx, db, from, now)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(e.stdout, st)
			}
			return st.WriteText(e.stdout)
		},
	}
	cmd.Flags().StringVar(&since, "since", "30d", "only buyer messages from this far back (30d, 48h) or since a date (2026-11-01); \"\" for all")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (schema version 1)")
	return cmd
}
