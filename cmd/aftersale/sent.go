package main

import (
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale/queue"
	"github.com/aftersale/aftersale/store"
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
		since   string
		caseF   string
		order   string
		account string
		buyer   string
		by      string
		limit   int
		asJSON  bool
		asCSV   bool
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
			f := store.SentFilter{OrderID: order, Account: account, Limit: limit, Buyer: buyer, ApprovedBy: by}
			if since != "" {
				d, err := parseDuration(since)
				if err != nil {
					t, err2 := time.Parse("2006-01-02", since)
					if err2 != nil {
						return usagef("--since %q is not a duration like 24h or 7d, or a date like 2026-11-01", since)
					}
					f.Since = t
				} else {
					f.Since = e.now().Add(-d)
				}
			}
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
	fl.StringVar(&since, "since", "", "only replies sent within this duration (24h, 7d) or since a date")
	fl.StringVar(&caseF, "case", "", "only this case")
	fl.StringVar(&order, "order", "", "only this order id")
	fl.StringVar(&account, "account", "", "only this account")
	fl.StringVar(&buyer, "buyer", "", "only replies to this buyer: relay alias or name (case-insensitive substring)")
	fl.StringVar(&by, "approver", "", "only replies approved by this person (\"auto\": auto-approved ones)")
	fl.IntVar(&limit, "limit", 0, "at most this many rows (0: all)")
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
