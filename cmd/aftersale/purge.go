package main

import (
	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale/report"
)

func newPurgeCmd(e *env) *cobra.Command {
	var (
		dryRun, asJSON bool
		days           int
	)
	cmd := &cobra.Command{
		Use:   "purge",
		Short: "Remove buyers' personal data past the retention period (the daemon does this hourly)",
		Long: `purge removes buyers' personal data from every conversation whose last
activity (last message, last reply sent, or the order's delivery, whichever
is latest) is older than [retention] days (default 30): raw and decoded
mail, names, addresses, subjects, drafts' texts and last send errors, the
details of their audit entries (an SMTP refusal names the buyer's relay
address) and the sent log's recipient, subject and body. Ids, cases,
states, times and who did what stay, for statistics. A conversation whose draft still waits for a person
or the sender is kept.

serve runs this every hour by itself. With --dry-run nothing is changed and
the counts tell what would go.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := e.config(false)
			if err != nil {
				return err
			}
			retention, err := report.Retention(cfg, days, cmd.Flags().Changed("days"))
			if err != nil {
				return err
			}
			db, err := e.store(cmd.Context())
			if err != nil {
				return err
			}
			res, err := db.Purge(cmd.Context(), retention, dryRun)
			if err != nil {
				return err
			}
			p := report.Purged{DryRun: dryRun, PurgeResult: res}
			if asJSON {
				return writeJSON(e.stdout, p)
			}
			return p.WriteText(e.stdout)
		},
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "show what would be purged, change nothing")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the counts as JSON (schema version 1): what was purged, or with --dry-run would be")
	cmd.Flags().IntVar(&days, "days", 0, "retention in days (default [retention] days in the config, else 30)")
	return cmd
}
