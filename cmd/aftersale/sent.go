package main

import (
	"strconv"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale/queue"
)

func newSentCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sent",
		Short: "The log of replies that were sent",
	}
	cmd.AddCommand(newSentListCmd(e), newSentShowCmd(e))
	return cmd
}

func newSentListCmd(e *env) *cobra.Command {
	var (
		sq            queue.SentQuery
		asJSON, asCSV bool
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List sent replies, newest first",
		Long: `List the append-only log of sent replies, newest first.

Columns: ID, SENT (local time), CASE, ORDER, TO, APPROVED BY ("(auto)" for
auto-approved replies), SUBJECT.`,
		Example: `  aftersale sent list --since 24h
  aftersale sent list --case cancel_order --json
  aftersale sent list --since 30d --csv > sent.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			f, err := sq.Filter(e.now(), parseDuration)
			if err != nil {
				return usageError{err}
			}
			q, err := e.queue(ctx)
			if err != nil {
				return err
			}
			rows, err := q.Sent(ctx, f)
			if err != nil {
				return err
			}
			switch {
			case asJSON:
				return writeJSON(e.stdout, queue.NewSentListJSON(rows))
			case asCSV:
				return queue.WriteSentCSV(e.stdout, rows)
			}
			return queue.WriteSentTable(e.stdout, rows, terminalOf(e.stdout))
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&sq.Since, "since", "", "only replies sent within this duration (24h, 7d) or since a date")
	fl.StringVar(&sq.Case, "case", "", "only this case")
	fl.StringVar(&sq.OrderID, "order", "", "only this order id")
	fl.StringVar(&sq.Account, "account", "", "only this account")
	fl.StringVar(&sq.Buyer, "buyer", "", "only replies to this buyer: relay alias or name (case-insensitive substring)")
	fl.StringVar(&sq.ApprovedBy, "approver", "", "only replies approved by this person (\"auto\": auto-approved ones)")
	fl.IntVar(&sq.Limit, "limit", 0, "at most this many rows (0: all)")
	fl.BoolVar(&asJSON, "json", false, "print JSON (schema version 1)")
	fl.BoolVar(&asCSV, "csv", false, "print CSV for a spreadsheet")
	cmd.MarkFlagsMutuallyExclusive("json", "csv")
	return cmd
}

func newSentShowCmd(e *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show one sent reply in full",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			id, err := strconv.ParseInt(args[0], 10, 64)
			if err != nil {
				return usagef("%q is not a sent-log id", args[0])
			}
			q, err := e.queue(ctx)
			if err != nil {
				return err
			}
			r, err := q.SentReply(ctx, id)
			if err != nil {
				return notFound("sent reply", id, err)
			}
			if asJSON {
				return writeJSON(e.stdout, queue.SentOneJSON{Version: jsonVersion, Sent: queue.NewSentJSON(r, true)})
			}
			queue.WriteSent(e.stdout, r)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (schema version 1)")
	return cmd
}
