package main

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
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
phone numbers [phone_number]; asking the buyer to contact or pay outside
Amazon (WhatsApp, WeChat, PayPal, "email us directly" ...)
[off_amazon_contact]; asking for a positive review or only happy buyers'
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
			settings := respond.Settings{}
			cfg, err := e.config(false)
			if err != nil {
				return err
			}
			if cfg != nil {
				settings = cfg.RespondSettings()
			}
			var results []lintResult
			stdinUsed := false
			for _, name := range args {
				if name == "-" {
					if stdinUsed {
						return usagef("\"-\" (standard input) given twice")
					}
					stdinUsed = true
				}
				text, err := readInput(e, name)
				if err != nil {
					return fmt.Errorf("reading %s: %w", name, err)
				}
				shown := name
				if name == "-" {
					shown = "<stdin>"
				}
				results = append(results, lintText(shown, text, lang, settings))
			}
			if asJSON {
				if err := writeLintJSON(e.stdout, results); err != nil {
					return err
				}
			} else {
				writeLintText(e.stdout, results)
			}
			blocked := 0
			for _, r := range results {
				if r.Blocked {
					blocked++
				}
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

type lintResult struct {
	File     string          `json:"file"`
	Language string          `json:"language,omitempty"` // detected language of the text
	Blocked  bool            `json:"blocked"`
	Findings []lintFinding   `json:"findings"`
	issues   []respond.Issue // for the text output
}

type lintFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Detail   string `json:"detail"`
	Line     int    `json:"line,omitempty"`   // 1-based; absent for findings about the whole text
	Column   int    `json:"column,omitempty"` // 1-based, in characters
	Offset   int    `json:"offset"`           // byte offset; -1 for the whole text
	End      int    `json:"end"`              // byte offset after the finding; -1 for the whole text
	Text     string `json:"text,omitempty"`   // the words found (text[offset:end])
}

// tmplActionRe matches text/template actions, which lint ignores in .tmpl
// files.
var tmplActionRe = regexp.MustCompile(`(?s)\{\{.*?\}\}`)

func lintText(name, text, lang string, s respond.Settings) lintResult {
	tmpl := strings.HasSuffix(name, ".tmpl")
	check := text
	if tmpl {
		// Blank out actions, keeping offsets, so {{.Fact "x"}} is not read
		// as reply text.
		check = tmplActionRe.ReplaceAllStringFunc(text, func(m string) string {
			return strings.Map(func(r rune) rune {
				if r == '\n' {
					return r
				}
				return ' '
			}, m)
		})
	}
	is := respond.CheckText(check, respond.CheckOptions{BuyerLanguage: lang}, s)
	r := lintResult{File: name, Language: respond.DetectLanguage(check), Findings: []lintFinding{}}
	for _, x := range is {
		if tmpl && x.Rule == respond.RuleMissingOrderID && strings.Contains(text, `"order_id"`) {
			continue
		}
		r.issues = append(r.issues, x)
		f := lintFinding{Rule: x.Rule, Severity: string(x.Severity), Detail: x.Detail,
			Line: x.Line, Column: x.Column, Offset: x.Offset, End: x.End}
		if x.Offset >= 0 {
			f.Text = text[x.Offset:x.End]
		}
		r.Findings = append(r.Findings, f)
		if x.Severity == aftersale.SeverityBlock {
			r.Blocked = true
		}
	}
	return r
}

func writeLintText(w io.Writer, results []lintResult) {
	for _, r := range results {
		if len(r.issues) == 0 {
			fmt.Fprintf(w, "%s: ok\n", r.File)
			continue
		}
		for _, x := range r.issues {
			pos := r.File
			if x.Line > 0 {
				pos = fmt.Sprintf("%s:%d:%d", r.File, x.Line, x.Column)
			}
			fmt.Fprintf(w, "%s: [%s] %s: %s\n", pos, x.Severity, x.Rule, x.Detail)
		}
	}
}

func writeLintJSON(w io.Writer, results []lintResult) error {
	out := struct {
		Version int          `json:"version"`
		Files   []lintResult `json:"files"`
	}{Version: jsonVersion, Files: results}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
