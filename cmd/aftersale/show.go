package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/queue"
)

func newQueueShowCmd(e *env) *cobra.Command {
	var raw, asJSON bool
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show a draft with the buyer's message, the order facts and the policy check",
		Long: `Show everything needed to decide on a draft: the buyer's message (cleaned
text; --raw prints the message as received), the conversation so far, the
classification, the order facts, the reply in the buyer's and in your own
language, seller tasks and policy findings.

Showing a draft counts as reading it: a draft flagged "needs human" can be
approved only after it has been shown, and "aftersale queue approve ID"
approves the revision shown (a draft edited since is refused).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			q, ids, err := e.queueArgs(ctx, args)
			if err != nil {
				return err
			}
			if raw {
				b, err := q.Raw(ctx, ids[0])
				if err != nil {
					return draftError(ids[0], err)
				}
				_, err = e.stdout.Write(b)
				return err
			}
			v, err := q.View(ctx, ids[0], e.who())
			if err != nil {
				return draftError(ids[0], err)
			}
			if asJSON {
				return writeJSON(e.stdout, v.JSON(e.now()))
			}
			v.WriteText(e.stdout, e.now(), queue.TextOptions{Plan: true, History: true})
			return nil
		},
	}
	cmd.Flags().BoolVar(&raw, "raw", false, "print the buyer's message exactly as received")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (schema version 1)")
	return cmd
}

// printOrder prints an order's facts (orders show).
func printOrder(w io.Writer, o aftersale.Order) { queue.WriteOrder(w, o) }
