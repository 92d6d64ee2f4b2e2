package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/mailbox"
)

// maxInspectBytes bounds one message read by inspect (the daemon's default
// size limit).
const maxInspectBytes = mailbox.DefaultMaxMessageBytes

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
			opts := mailbox.ParseOptions{AuthServIDs: authServIDs}
			var results []inspected
			if len(stored) > 0 {
				if results, err = e.inspectStored(ctx, c, stored, authServIDs); err != nil {
					return err
				}
			}
			for _, a := range args {
				raw, err := e.readMessage(a)
				if err != nil {
					return err
				}
				results = append(results, parseInspected(a, raw, opts))
			}
			var tpl *mailbox.Template
			var from string
			if learn {
				msgs := make([]aftersale.Message, len(results))
				for i, r := range results {
					msgs[i] = r.Msg
				}
				if tpl, err = learnTemplate(ctx, msgs); err != nil {
					return err
				}
				from = fmt.Sprintf("learned from the %d messages given", len(msgs))
			} else {
				var path string
				tpl, path, err = e.storedTemplate(ctx)
				if err != nil {
					fmt.Fprintf(e.stderr, "aftersale: inspect: reading the learned template: %v (going on without it)\n", err)
				}
				from = "learned in " + path
			}
			for i := range results {
				if err := results[i].classify(ctx, c, tpl, from); err != nil {
					return err
				}
			}
			if asJSON {
				return writeInspectJSON(e.stdout, results)
			}
			for i, r := range results {
				if i > 0 {
					fmt.Fprintln(e.stdout)
				}
				if err := writeInspectText(e.stdout, r, fullText); err != nil {
					return err
				}
			}
			return nil
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

// inspectStored reads stored messages with their stored classification
// (classifying one that has none yet, as a file would be). The
// Authentication-Results are read as the account's authserv_id says,
// unless authServIDs is given.
func (e *env) inspectStored(ctx context.Context, c *classify.Classifier, ids []int64, authServIDs []string) ([]inspected, error) {
	db, err := e.store(ctx)
	if err != nil {
		return nil, err
	}
	cfg, _ := e.config(false)
	var out []inspected
	for _, id := range ids {
		m, err := db.Message(ctx, id)
		if err != nil {
			return nil, notFound("message", id, err)
		}
		raw, err := db.Raw(ctx, id)
		if err != nil {
			return nil, err
		}
		opts := mailbox.ParseOptions{AuthServIDs: authServIDs}
		if cfg != nil && authServIDs == nil {
			for _, a := range cfg.Accounts {
				if a.Name == m.Account {
					opts.AuthServIDs = a.AuthServIDs
				}
			}
		}
		cl, err := db.Classification(ctx, id)
		switch {
		case errors.Is(err, aftersale.ErrNotFound):
			if cl, err = c.Classify(ctx, m); err != nil {
				return nil, fmt.Errorf("classifying message %d: %w", id, err)
			}
		case err != nil:
			return nil, err
		}
		out = append(out, inspected{File: fmt.Sprintf("message %d (account %s)", id, m.Account), Msg: m, Class: cl,
			Auth: mailbox.CheckAuth(raw, opts)})
	}
	return out, nil
}

// originLine says what the origin verdict means for a person; "" for
// mail that came through Amazon.
func originLine(c aftersale.Classification) string {
	switch c.Origin {
	case aftersale.OriginNotBuyer:
		s := "not_buyer_mail: neither relayed from a buyer nor sent by Amazon; stored and counted, never drafted"
		if c.Notice == aftersale.NoticePhishing {
			s += "; POSSIBLE PHISHING imitating Amazon: needs a look, do not open its links"
		}
		return s
	case aftersale.OriginDirect:
		return "direct_buyer: a buyer's own mail naming an order in your orders (direct_buyer_mail); the draft goes to the sender and needs a human"
	}
	return ""
}

// inspected is one message as the daemon would see it.
type inspected struct {
	File  string
	Msg   aftersale.Message
	Class aftersale.Classification
	Auth  mailbox.AuthResult
	// TemplateLines is how many lines were known as Amazon's template,
	// TemplateFrom where they were learned, Dropped the lines of this
	// message dropped as template.
	TemplateLines int
	TemplateFrom  string
	Dropped       []string
}

// readMessage reads a file, or standard input for "-", up to
// maxInspectBytes.
func (e *env) readMessage(name string) ([]byte, error) {
	var r io.Reader
	if name == "-" {
		r = e.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, usageError{fmt.Errorf("reading message: %w", err)}
		}
		defer f.Close()
		r = f
	}
	raw, err := io.ReadAll(io.LimitReader(r, maxInspectBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(raw) > maxInspectBytes {
		return nil, usagef("%s is larger than %d MB; the daemon would store only its header", name, maxInspectBytes>>20)
	}
	return raw, nil
}

// parseInspected parses raw as the daemon would; a parse error is part of
// the result (Msg.ParseErr).
func parseInspected(name string, raw []byte, opts mailbox.ParseOptions) inspected {
	m, _ := mailbox.ParseWith(raw, opts)
	if name == "-" {
		name = "(stdin)"
	}
	return inspected{File: name, Msg: m, Auth: mailbox.CheckAuth(raw, opts)}
}

// classify drops the lines tpl knows from the buyer text, as the daemon's
// classifier does, and classifies the result.
func (r *inspected) classify(ctx context.Context, c *classify.Classifier, tpl *mailbox.Template, from string) error {
	if n := tpl.Len(); n > 0 {
		r.TemplateLines, r.TemplateFrom = n, from
		r.Msg, r.Dropped = tpl.Apply(r.Msg)
	}
	cl, err := c.Classify(ctx, r.Msg)
	if err != nil {
		return fmt.Errorf("classifying %s: %w", r.File, err)
	}
	r.Class = cl
	return nil
}

// flagHelp explains parse flags in plain words.
var flagHelp = map[string]string{
	mailbox.FlagUnknownCharset:     "a charset label the parser does not know; raw bytes kept",
	mailbox.FlagUnknownEncoding:    "an unknown Content-Transfer-Encoding; the part was read as is",
	mailbox.FlagCharsetGuessed:     "8-bit text without a usable charset, read as windows-1252",
	mailbox.FlagCharsetMislabelled: "the declared charset was wrong; the text was read as UTF-8",
	mailbox.FlagHTMLOnly:           "no plain-text part; the HTML was converted",
	mailbox.FlagNoText:             "no readable text at all",
	mailbox.FlagHeaderError:        "a malformed header line was skipped",
	mailbox.FlagBodyError:          "a part could not be read to its end",
	mailbox.FlagTruncatedMultipart: "a multipart ended early (missing closing boundary)",
	mailbox.FlagBadMultipart:       "a multipart without readable parts; the body was read as text",
	mailbox.FlagTooManyParts:       "too many MIME parts; the rest was ignored",
	mailbox.FlagTextTruncated:      "the text was cut at 1 MB",
	mailbox.FlagBadDate:            "the Date header could not be read",
	mailbox.FlagBadAddress:         "an address header needed the lenient fallback",
	mailbox.FlagNoBuyerText:        "Amazon's template found, but the buyer wrote nothing (a photo only?)",
	mailbox.FlagTooLarge:           "over the size limit: only the header was fetched",
	mailbox.FlagAuthFailed:         "mail from an Amazon address that failed SPF, DKIM or DMARC: it may be forged",
	mailbox.FlagRelayViaReplyTo:    "the buyer's relay address is only in Reply-To (forwarded by you, or someone using a buyer's address): needs a person",
}

// authLine describes the sender authentication verdict for a person.
func authLine(m aftersale.Message, a mailbox.AuthResult) string {
	var s string
	switch a.Verdict {
	case mailbox.AuthOK:
		s = "ok (" + a.Detail() + ")"
	case mailbox.AuthFailed:
		s = "FAILED (" + a.Detail() + "): may be forged"
	default:
		s = "unknown"
		if a.AuthServID != "" {
			s += " (" + a.Detail() + ")"
		} else {
			s += " (no Authentication-Results header read)"
		}
	}
	if a.AuthServID != "" {
		s += ", by " + a.AuthServID
	}
	if a.Ignored > 0 {
		s += fmt.Sprintf(", %d other header(s) ignored", a.Ignored)
	}
	if m.Sender != aftersale.SenderBuyer && m.Sender != aftersale.SenderAmazon {
		s += "; not an Amazon sender, so not flagged"
	}
	return s
}

func writeInspectText(w io.Writer, r inspected, fullText bool) error {
	m, c := r.Msg, r.Class
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	row := func(k, v string) {
		if v != "" {
			fmt.Fprintf(tw, "%s:\t%s\n", k, v)
		}
	}
	fmt.Fprintf(tw, "== %s\n", r.File)
	row("Message-ID", m.MessageID)
	from := m.FromAddr
	if m.FromName != "" {
		from = fmt.Sprintf("%s <%s>", m.FromName, m.FromAddr)
	}
	row("From", from)
	row("Reply-To", m.ReplyTo)
	row("To", strings.Join(m.To, ", "))
	row("Subject", m.Subject)
	if !m.Date.IsZero() {
		row("Date", m.Date.Format(time.RFC1123Z))
	}
	if len(m.InReplyTo) > 0 {
		row("In-Reply-To", strings.Join(m.InReplyTo, " "))
	}
	sender := string(m.Sender)
	switch m.Sender {
	case aftersale.SenderBuyer:
		sender = "buyer, via Amazon's relay"
	case aftersale.SenderAmazon:
		sender = "Amazon system sender"
	case aftersale.SenderUnknown:
		sender = "unknown"
	}
	row("Sender", sender)
	row("Relay alias", m.RelayAlias)
	row("Marketplace", m.Marketplace)
	row("Buyer", m.BuyerName)
	row("Order ids", strings.Join(m.OrderIDs, ", "))
	row("ASINs", strings.Join(m.ASINs, ", "))
	row("Attachments", strings.Join(m.Attachments, ", "))
	if m.AutoReply {
		row("Auto-reply", "yes (no one should answer it)")
	}
	if m.RelayAlias != "" || m.FromAddr != "" {
		row("Thread", m.ThreadKey())
	}
	for i, f := range m.Flags {
		k := ""
		if i == 0 {
			k = "Flags"
		}
		v := f
		if h := flagHelp[f]; h != "" {
			v += " (" + h + ")"
		}
		if k == "" {
			fmt.Fprintf(tw, "\t%s\n", v)
		} else {
			row(k, v)
		}
	}
	row("Parse error", m.ParseErr)
	if r.TemplateLines > 0 {
		row("Template", fmt.Sprintf("%d lines dropped; %d lines %s", len(r.Dropped), r.TemplateLines, r.TemplateFrom))
	}
	row("Sender auth", authLine(m, r.Auth))
	verdict := fmt.Sprintf("%s (confidence %.2f)", c.Case, c.Confidence)
	if c.SubReason != "" {
		verdict += ", " + string(c.SubReason)
	}
	if c.Secondary != "" {
		verdict += ", also " + string(c.Secondary)
	}
	row("Verdict", originLine(c))
	row("Case", verdict)
	if c.NeedsHuman {
		row("Needs human", "yes")
	}
	row("Notice", string(c.Notice))
	row("Language", c.Language)
	for i, reason := range c.Reasons {
		if i == 0 {
			row("Reasons", reason)
		} else {
			fmt.Fprintf(tw, "\t%s\n", reason)
		}
	}
	row("Buyer asks", strings.Join(askWords(c.Facts.Asks), ", "))
	for i, g := range givenLines(c.Facts.Given) {
		if i == 0 {
			row("Buyer gave", g)
		} else {
			fmt.Fprintf(tw, "\t%s\n", g)
		}
	}
	row("New address", strings.ReplaceAll(c.Facts.NewAddress, "\n", ", "))
	if err := tw.Flush(); err != nil {
		return err
	}
	printBlock(w, "Buyer text", m.BuyerText)
	if len(r.Dropped) > 0 {
		printBlock(w, "Dropped as template", strings.Join(r.Dropped, "\n"))
	}
	if fullText {
		printBlock(w, "Text", m.Text)
	}
	return nil
}

// printBlock prints text indented under a heading; never empty.
func printBlock(w io.Writer, heading, text string) {
	fmt.Fprintf(w, "%s:\n", heading)
	if strings.TrimSpace(text) == "" {
		fmt.Fprintln(w, "  (none)")
		return
	}
	for _, l := range strings.Split(text, "\n") {
		fmt.Fprintf(w, "  %s\n", l)
	}
}

type inspectJSON struct {
	File           string             `json:"file"`
	Message        messageJSON        `json:"message"`
	Classification classificationJSON `json:"classification"`
}

type messageJSON struct {
	MessageID     string     `json:"message_id,omitempty"`
	InReplyTo     []string   `json:"in_reply_to,omitempty"`
	References    []string   `json:"references,omitempty"`
	FromName      string     `json:"from_name,omitempty"`
	FromAddr      string     `json:"from_addr,omitempty"`
	ReplyTo       string     `json:"reply_to,omitempty"`
	To            []string   `json:"to,omitempty"`
	Subject       string     `json:"subject"`
	Date          *time.Time `json:"date,omitempty"`
	Sender        string     `json:"sender"`
	RelayAlias    string     `json:"relay_alias,omitempty"`
	Marketplace   string     `json:"marketplace,omitempty"`
	BuyerName     string     `json:"buyer_name,omitempty"`
	OrderIDs      []string   `json:"order_ids"`
	ASINs         []string   `json:"asins,omitempty"`
	Attachments   []string   `json:"attachments,omitempty"`
	AutoReply     bool       `json:"auto_reply"`
	ThreadKey     string     `json:"thread_key,omitempty"`
	Flags         []string   `json:"flags"`
	Auth          authJSON   `json:"auth"`
	ParseError    string     `json:"parse_error,omitempty"`
	ParserVersion int        `json:"parser_version"`
	Size          int        `json:"size"`
	BuyerText     string     `json:"buyer_text"`
	// TemplateDropped are the lines dropped from the buyer text as
	// Amazon's learned template.
	TemplateDropped []string `json:"template_dropped,omitempty"`
	Text            string   `json:"text"`
}

// authJSON is the sender authentication verdict (mailbox.AuthResult).
type authJSON struct {
	Verdict    string `json:"verdict"` // ok, failed, unknown
	AuthServID string `json:"authserv_id,omitempty"`
	DKIM       string `json:"dkim,omitempty"`
	SPF        string `json:"spf,omitempty"`
	DMARC      string `json:"dmarc,omitempty"`
	Ignored    int    `json:"ignored,omitempty"`
}

type classificationJSON struct {
	Case       string          `json:"case"`
	Secondary  string          `json:"secondary,omitempty"`
	SubReason  string          `json:"sub_reason,omitempty"`
	Confidence float64         `json:"confidence"`
	NeedsHuman bool            `json:"needs_human"`
	Reasons    []string        `json:"reasons,omitempty"`
	Language   string          `json:"language,omitempty"`
	Notice     string          `json:"notice,omitempty"`
	Origin     string          `json:"origin,omitempty"` // not_buyer_mail (never drafted) or direct_buyer; absent for mail through Amazon
	Facts      aftersale.Facts `json:"facts"`
	Version    string          `json:"version"`
}

func writeInspectJSON(w io.Writer, rs []inspected) error {
	out := struct {
		Version  int           `json:"version"`
		Messages []inspectJSON `json:"messages"`
	}{Version: jsonVersion, Messages: []inspectJSON{}}
	for _, r := range rs {
		m, c := r.Msg, r.Class
		j := inspectJSON{
			File: r.File,
			Message: messageJSON{
				MessageID: m.MessageID, InReplyTo: m.InReplyTo, References: m.References,
				FromName: m.FromName, FromAddr: m.FromAddr, ReplyTo: m.ReplyTo, To: m.To,
				Subject: m.Subject, Sender: string(m.Sender), RelayAlias: m.RelayAlias,
				Marketplace: m.Marketplace, BuyerName: m.BuyerName, OrderIDs: nonNil(m.OrderIDs),
				ASINs: m.ASINs, Attachments: m.Attachments, AutoReply: m.AutoReply,
				Flags: nonNil(m.Flags), ParseError: m.ParseErr, ParserVersion: m.ParserVersion,
				Auth: authJSON{Verdict: string(r.Auth.Verdict), AuthServID: r.Auth.AuthServID,
					DKIM: r.Auth.DKIM, SPF: r.Auth.SPF, DMARC: r.Auth.DMARC, Ignored: r.Auth.Ignored},
				Size: m.Size, BuyerText: m.BuyerText, TemplateDropped: r.Dropped, Text: m.Text,
			},
			Classification: classificationJSON{
				Case: string(c.Case), Secondary: string(c.Secondary), SubReason: string(c.SubReason),
				Confidence: c.Confidence, NeedsHuman: c.NeedsHuman, Reasons: c.Reasons,
				Language: c.Language, Notice: string(c.Notice), Origin: string(c.Origin), Facts: c.Facts, Version: c.Version,
			},
		}
		if !m.Date.IsZero() {
			d := m.Date
			j.Message.Date = &d
		}
		if m.RelayAlias != "" || m.FromAddr != "" {
			j.Message.ThreadKey = m.ThreadKey()
		}
		out.Messages = append(out.Messages, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
