package main

import (
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/queue"
	"github.com/aftersale/aftersale/store"
)

// planJSON is the plan in queue show --json.
type planJSON = queue.Plan

// givenLines and askWords describe what a buyer asked and gave.
var (
	givenLines = queue.GivenLines
	askWords   = queue.AskWords
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
				type auditJSON struct {
					At     time.Time `json:"at"`
					Actor  string    `json:"actor"`
					Action string    `json:"action"`
					Detail string    `json:"detail,omitempty"`
				}
				hist := []auditJSON{}
				for _, a := range v.History {
					hist = append(hist, auditJSON{a.At.UTC(), a.Actor, a.Action, a.Detail})
				}
				return writeJSON(e.stdout, struct {
					Version int         `json:"version"`
					Draft   draftJSON   `json:"draft"`
					Plan    planJSON    `json:"plan"`
					History []auditJSON `json:"history"`
				}{jsonVersion, queue.NewDraftJSON(store.Listed{Draft: v.Draft, Marketplace: v.Message.Marketplace, Buyer: v.Message.BuyerName}, e.now()), v.Plan, hist})
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
