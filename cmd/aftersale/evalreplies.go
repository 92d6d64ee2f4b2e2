package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale/report"
	"github.com/aftersale/aftersale/respond"
)

func newEvalRepliesCmd(e *env) *cobra.Command {
	var asJSON, miss bool
	cmd := &cobra.Command{
		Use:   "eval-replies FOLDER",
		Short: "Score reply plans on scenarios (a mail, the order record, the expected plan)",
		Long: `Score the reply plans aftersale makes on a folder of scenarios. Each
scenario is a directory holding

  message.eml   the mail as it lands in the mailbox (a buyer message relayed
                by Amazon, or an Amazon notice)
  order.csv     optional: the seller's record of the order, in the plain CSV
                order format ("aftersale orders import" reads the same)
  expect.toml   what the plan must and must not contain:
                  draft = true|false      a reply to the buyer, or tasks only
                  lang = "ja"             the reply's language (with a draft)
                  offers, forbid_offers   e.g. ["send_parts"], ["cancel"]
                  requests, forbid_requests   e.g. ["photo"], ["missing_part"]
                  tasks                   e.g. ["ship_parts"]
                  note                    what the scenario is about

Every mail is parsed, classified, decided and rendered exactly as the
daemon does it, as if it were one hour after the mail's Date header, with
these seller settings: reship threshold EUR 30, GBP 25, USD 30, JPY 4000;
no address updates on unshipped orders (cancel and reorder); replacements
and missing parts are sent when the buyer asks; seller language English.

A plan meets the expectation when the draft is there or not as expected,
the reply is in the expected language, every listed offer, request and task
is in the plan and no forbidden offer or request is. Task names are the
plan's seller tasks, with inspect_return for relabel_resell or dispose.
Offers: replacement, send_parts, refund, partial_refund, keep_with_refund,
return, cancel_via_amazon, cancel, reorder, reship_new_address, tracking,
amazon_support, refund_info. Requests: photo, symptom, missing_part,
reason, address, address_confirmation, variant, order_id, keep_item.

Prints the share of plans that meet their expectation, overall, per case
(as classified) and per language, and how many replies ask for something
the message already gave (a forbidden request). --misses lists each miss
with what went wrong and the plan.`,
		Example: `  aftersale eval-replies respond/testdata/replies/own
  aftersale eval-replies scenarios/ --misses
  aftersale eval-replies scenarios/ --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := report.EvalReplies(cmd.Context(), args[0])
			if fe := (respond.ScenarioFolderError{}); errors.As(err, &fe) {
				return usageError{err}
			} else if err != nil {
				return err
			}
			for _, w := range r.Warnings {
				fmt.Fprintf(e.stderr, "aftersale: eval-replies: warning: %s\n", w)
			}
			if asJSON {
				return writeJSON(e.stdout, r.JSON(miss))
			}
			return r.WriteText(e.stdout, miss)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON (schema version 1)")
	cmd.Flags().BoolVar(&miss, "misses", false, "also list the scenarios whose plan misses the expectation, with the plan")
	return cmd
}
