package report

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/queue"
	"github.com/aftersale/aftersale/store"
)

// InspectStored reads stored messages with their stored classification
// (classifying one that has none yet, as a file would be). The
// Authentication-Results are read as authServIDs says for the message's
// account.
func InspectStored(ctx context.Context, db *store.DB, c *classify.Classifier, ids []int64, authServIDs func(account string) []string) ([]Inspected, error) {
	var out []Inspected
	for _, id := range ids {
		m, err := db.Message(ctx, id)
		if err != nil {
			if errors.Is(err, aftersale.ErrNotFound) {
				return nil, fmt.Errorf("message %d %w", id, aftersale.ErrNotFound)
			}
			return nil, err
		}
		raw, err := db.Raw(ctx, id)
		if err != nil {
			return nil, err
		}
		opts := mailbox.ParseOptions{AuthServIDs: authServIDs(m.Account)}
		cl, err := db.Classification(ctx, id)
		switch {
		case errors.Is(err, aftersale.ErrNotFound):
			if cl, err = c.Classify(ctx, m); err != nil {
				return nil, fmt.Errorf("classifying message %d: %w", id, err)
			}
		case err != nil:
			return nil, err
		}
		out = append(out, Inspected{File: fmt.Sprintf("message %d (account %s)", id, m.Account), Msg: m, Class: cl,
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

// Inspected is one message as the daemon would see it: what the parser
// read, the sender authentication verdict and the classification.
type Inspected struct {
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

// ParseInspected parses raw (named name; "-" is standard input) as the daemon would; a parse error is part of
// the result (Msg.ParseErr).
func ParseInspected(name string, raw []byte, opts mailbox.ParseOptions) Inspected {
	m, _ := mailbox.ParseWith(raw, opts)
	if name == "-" {
		name = "(stdin)"
	}
	return Inspected{File: name, Msg: m, Auth: mailbox.CheckAuth(raw, opts)}
}

// Classify drops the lines tpl knows from the buyer text, as the daemon's
// classifier does, and classifies the result.
func (r *Inspected) Classify(ctx context.Context, c *classify.Classifier, tpl *mailbox.Template, from string) error {
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

// WriteText prints r for a person; fullText adds the whole decoded text.
func (r Inspected) WriteText(w io.Writer, fullText bool) error {
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
	row("Buyer asks", strings.Join(queue.AskWords(c.Facts.Asks), ", "))
	for i, g := range queue.GivenLines(c.Facts.Given) {
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

// InspectJSON is one message in "aftersale inspect --json".
type InspectJSON struct {
	File           string             `json:"file"`
	Message        MessageJSON        `json:"message"`
	Classification ClassificationJSON `json:"classification"`
}

// MessageJSON is what the parser read.
type MessageJSON struct {
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
	Auth          AuthJSON   `json:"auth"`
	ParseError    string     `json:"parse_error,omitempty"`
	ParserVersion int        `json:"parser_version"`
	Size          int        `json:"size"`
	BuyerText     string     `json:"buyer_text"`
	// TemplateDropped are the lines dropped from the buyer text as
	// Amazon's learned template.
	TemplateDropped []string `json:"template_dropped,omitempty"`
	Text            string   `json:"text"`
}

// AuthJSON is the sender authentication verdict (mailbox.AuthResult).
type AuthJSON struct {
	Verdict    string `json:"verdict"` // ok, failed, unknown
	AuthServID string `json:"authserv_id,omitempty"`
	DKIM       string `json:"dkim,omitempty"`
	SPF        string `json:"spf,omitempty"`
	DMARC      string `json:"dmarc,omitempty"`
	Ignored    int    `json:"ignored,omitempty"`
}

// ClassificationJSON is the classifier's verdict.
type ClassificationJSON struct {
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

// WriteInspectJSON prints rs as JSON (schema version 1).
func WriteInspectJSON(w io.Writer, rs []Inspected) error {
	out := struct {
		Version  int           `json:"version"`
		Messages []InspectJSON `json:"messages"`
	}{Version: JSONVersion, Messages: []InspectJSON{}}
	for _, r := range rs {
		m, c := r.Msg, r.Class
		j := InspectJSON{
			File: r.File,
			Message: MessageJSON{
				MessageID: m.MessageID, InReplyTo: m.InReplyTo, References: m.References,
				FromName: m.FromName, FromAddr: m.FromAddr, ReplyTo: m.ReplyTo, To: m.To,
				Subject: m.Subject, Sender: string(m.Sender), RelayAlias: m.RelayAlias,
				Marketplace: m.Marketplace, BuyerName: m.BuyerName, OrderIDs: nonNil(m.OrderIDs),
				ASINs: m.ASINs, Attachments: m.Attachments, AutoReply: m.AutoReply,
				Flags: nonNil(m.Flags), ParseError: m.ParseErr, ParserVersion: m.ParserVersion,
				Auth: AuthJSON{Verdict: string(r.Auth.Verdict), AuthServID: r.Auth.AuthServID,
					DKIM: r.Auth.DKIM, SPF: r.Auth.SPF, DMARC: r.Auth.DMARC, Ignored: r.Auth.Ignored},
				Size: m.Size, BuyerText: m.BuyerText, TemplateDropped: r.Dropped, Text: m.Text,
			},
			Classification: ClassificationJSON{
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

// ClassifyInspected classifies each of rs (Inspected.Classify) with c.
// With learn set, Amazon's template is first learned from rs
// (LearnTemplate); else tpl, learned in the database at path, is used.
func ClassifyInspected(ctx context.Context, c *classify.Classifier, rs []Inspected, learn bool, tpl *mailbox.Template, path string) error {
	from := "learned in " + path
	if learn {
		msgs := make([]aftersale.Message, len(rs))
		for i, r := range rs {
			msgs[i] = r.Msg
		}
		var err error
		if tpl, err = LearnTemplate(ctx, msgs); err != nil {
			return err
		}
		from = fmt.Sprintf("learned from the %d messages given", len(msgs))
	}
	for i := range rs {
		if err := rs[i].Classify(ctx, c, tpl, from); err != nil {
			return err
		}
	}
	return nil
}
