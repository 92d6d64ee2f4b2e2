package main

import (
	"encoding/json"
	"io"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale/report"
)

func newStatusCmd(e *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show mail, drafts, replies and accounts from the database, daemon running or not",
		Long: `status reads the database and prints what the daemon has done and what waits:
messages stored (parse failures, waiting for the classifier, purged),
classifications per case, not buyer mail (neither relayed from a buyer nor
sent by Amazon: never drafted) and the possible phishing among it, which
needs a look, drafts per state, the oldest draft waiting and
how many are past Amazon's 24-hour deadline, replies sent (and how many
late), send failures, why approved replies wait (the [sender] rate_limit or
min_gap, a retry after a temporary failure, a clock that went back), and
each account's IMAP position and connection: connected, FAILING since
when and why, or PAUSED (a refused login or an untrusted certificate:
fixed by a restart or reload), as the daemon last recorded it.

When [http] listen is set and the daemon answers, its live view of each
account and of the sender is shown instead.`,
		Example: "  aftersale status\n  aftersale status --json | jq .drafts",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := e.store(cmd.Context())
			if err != nil {
				return err
			}
			st, err := report.ReadStatus(cmd.Context(), db, report.StatusOptionsFor(e.cfg))
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(e.stdout, st)
			}
			return st.WriteText(e.stdout, e.now())
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object (version 1)")
	return cmd
}

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
