package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/report"
)

func newInspectCmd(e *env) *cobra.Command {
	var asJSON, fullText, learn, withoutCorrections bool
	var authServIDs []string
	var stored []int64
	cmd := &cobra.Command{
		Use:   "inspect FILE.eml... | - | --message ID...",
		Short: "Show what the parser and the classifier make of a message",
		Long: `Parse one or more raw messages (.eml files, or "-" for standard input) as the
daemon would and print what it read: the headers, the buyer's own words,
order ids, relay alias, marketplace, language, parse flags, the sender
authentication verdict (from the Authentication-Results header: the topmost
one, or those of --authserv-id), the case the classifier chose with its
confidence and reasons, what the buyer asks for (a replacement, a refund,
the missing parts, ...) and what the message already gives (the symptom,
the missing part, a photo, the variant, the reason, a new address): a reply
never asks for those again.

Mail neither relayed from a buyer's Amazon address nor sent by Amazon gets
the not_buyer_mail verdict: it is stored and counted, never drafted; a
look-alike of Amazon among it is possible phishing and needs a look.

--message ID shows a stored message (the MSG of "queue list --state
not_buyer_mail", or a draft's message) with the verdict the daemon stored
for it: that one also knows the account's direct_buyer_mail and the
orders table.

The buyer's words are found by the shape of Amazon's wrapper (markers,
header fields, footers) and then without the lines the daemon has learned
as Amazon's template from your mailbox: inspect reads them from the
database of the config (or --db) when it exists, and lists the lines it
dropped as template. With --learn it learns them from the messages given
instead, as the daemon learns them from stored mail.

Use it to see why a mail was triaged the way it was. Nothing is stored and
no network is used. With a config (or --db) whose database holds
corrections, the classifier is the daemon's, which learnt them
(--without-corrections: as shipped).`,
		Example: `  aftersale inspect message.eml
  aftersale inspect --learn ~/Maildir/cur/*  # learn the template from these first
  aftersale inspect --json ~/Maildir/new/* | jq '.messages[].classification.case'
  cat message.eml | aftersale inspect -
  aftersale inspect --message 812`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 && len(stored) == 0 {
				return usagef("name a file, \"-\" for standard input, or --message ID")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			c, err := e.classifierFor(ctx, classify.Options{}, withoutCorrections)
			if err != nil {
				return fmt.Errorf("loading the classifier: %w", err)
			}
			o := report.InspectOptions{Classifier: c, Stored: stored, Files: args, Stdin: e.stdin,
				AuthServIDs: authServIDs, Learn: learn, Open: e.store}
			if len(stored) > 0 {
				o.Config, _ = e.config(false)
			}
			o.StorePath, o.StorePathErr = e.storePath()
			results, err := report.Inspect(ctx, o, e.stderr)
			if err != nil {
				return err
			}
			if asJSON {
				return report.WriteInspectJSON(e.stdout, results)
			}
			return report.WriteInspectText(e.stdout, results, fullText)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (schema version 1)")
	cmd.Flags().BoolVar(&fullText, "text", false, "also print the whole decoded text, not only the buyer's words")
	cmd.Flags().BoolVar(&learn, "learn", false, "learn Amazon's template from the messages given (instead of the database's)")
	cmd.Flags().BoolVar(&withoutCorrections, "without-corrections", false, "classify as shipped, without the database's corrections")
	cmd.Flags().StringSliceVar(&authServIDs, "authserv-id", nil, "read the Authentication-Results of this mail server (as the account's authserv_id does)")
	cmd.Flags().Int64SliceVar(&stored, "message", nil, "show stored messages by id, with the classification the daemon stored")
	return cmd
}
