package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale/internal/terminput"
	"github.com/aftersale/aftersale/respond"
)

func newLintCmd(e *env) *cobra.Command {
	var (
		lang   string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "lint FILE... | -",
		Short: "Check reply texts against Amazon's messaging rules",
		Long: `Run the same policy check that every draft gets (at creation, after every
edit and before sending) on any reply text: your own templates, canned
replies, or a draft you are about to paste into Seller Central. "-" reads
standard input.

Blocking findings (rule ids in brackets): links other than allowed
amazon.* ones, also without a scheme or spelled out, "example dot com"
[link]; email addresses, also "name at gmail dot com" [email_address];
phone numbers [phone_number]; asking the buyer to contact you outside
Amazon (WhatsApp, WeChat, "email us directly" ...) [off_amazon_contact]
or to pay outside it (PayPal, bank transfer ...) [off_amazon_payment];
asking for a positive review or only happy buyers'
reviews [review_ask]; anything of value offered with, for, before or after
writing, changing or removing a review [review_incentive]; marketing,
cross-selling, coupons and follows [marketing]; unfilled template fields
such as {{name}}, [NAME], <ORDER_ID>, %s, XXX [placeholder]. Warnings: an
outside channel named only to decline it [off_amazon_mention], a neutral
note that feedback may be updated [feedback_removal_request], other review
mentions, emojis, HTML or styling, a reply in another language than
--lang, no order id. It understands English, German, French, Spanish,
Italian, Japanese and Chinese. docs/policy.md explains each rule.

--json prints each finding with its rule, severity, detail (the words
found and how to fix them), line, column, and byte span (offset, end).

In .tmpl files the {{...}} template actions are ignored, and a template
that prints the order id is not warned about a missing one.

Allowed link domains come from [seller] allowed_link_domains when a config
file is found. Exits 1 when any text has a blocking finding.`,
		Example: `  aftersale lint reply.txt
  aftersale lint --lang de templates/de/*.tmpl
  pbpaste | aftersale lint --json -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if lang != "" && !validLang(lang) {
				return usagef("--lang %q is not a two-letter language code such as en, de, ja", lang)
			}
			cfg, err := e.config(false)
			if err != nil {
				return err
			}
			results, blocked, err := respond.LintFiles(args, func(name string) (string, error) { return terminput.ReadFile(name, e.stdin) }, lang, cfg.RespondSettings())
			if errors.Is(err, respond.ErrStdinTwice) {
				return usageError{err}
			} else if err != nil {
				return err
			}
			if asJSON {
				if err := respond.WriteLintJSON(e.stdout, results); err != nil {
					return err
				}
			} else {
				respond.WriteLintText(e.stdout, results)
			}
			if blocked > 0 {
				return fmt.Errorf("%d of %d texts have blocking findings", blocked, len(results))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&lang, "lang", "", "the buyer's language (ISO 639-1, e.g. de): warn when the text is in another one")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (schema version 1)")
	return cmd
}
