package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// jsonVersion is the schema version of every --json output.
const jsonVersion = 1

func newQueueCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "queue",
		Short: "Review, approve, edit and reject reply drafts",
		Long: `The approval queue: every drafted reply waits here until a person approves
it. Drafts are ordered by Amazon's 24-hour reply deadline.`,
	}
	cmd.AddCommand(newQueueListCmd(e), newQueueShowCmd(e), newQueueApproveCmd(e),
		newQueueRejectCmd(e), newQueueNRNCmd(e), newQueueEditCmd(e), newQueueReviewCmd(e))
	return cmd
}

type queueRow struct {
	aftersale.Draft
	Marketplace string
	Buyer       string
	BuyerSubj   string
}

// defaultQueueStates are the drafts queue list shows without --state: the
// ones that need a decision, and approved ones not sent yet.
var defaultQueueStates = []aftersale.DraftState{aftersale.DraftProposed, aftersale.DraftFailed,
	aftersale.DraftSendUnknown, aftersale.DraftApproved, aftersale.DraftSending}

func newQueueListCmd(e *env) *cobra.Command {
	var (
		states  []string
		caseF   string
		account string
		market  string
		overdue bool
		all     bool
		asJSON  bool
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List drafts waiting for a decision, most urgent first",
		Long: `List drafts ordered by Amazon's 24-hour reply deadline.

Columns: ID, STATE, DUE (time left, or how long overdue), CASE, ORDER, MKT
(marketplace), BUYER, FLAGS (H needs a human, B blocked by a policy finding,
P has placeholders to fill, ! send failed), SUBJECT.

By default it shows drafts that need a decision (proposed, failed,
send_unknown) and approved ones still waiting to be sent.

--state not_buyer_mail lists the mail that gets no draft at all, newest
first: mail neither relayed from a buyer nor sent by Amazon (bounces,
newsletters, vendors, personal mail). Columns: MSG (message id, for
"aftersale inspect --message MSG"), RECEIVED, KIND (not_buyer_mail,
phishing, delivery_failure, auto_reply), FLAGS (H needs a human: possible
phishing), FROM, SUBJECT. --state phishing lists only the possible
phishing: mail imitating Amazon from an address that is not Amazon's.
Nothing needs approving there; look at the phishing in your mail client
and do not open its links.`,
		Example: `  aftersale queue list
  aftersale queue list --case cancel_order --overdue
  aftersale queue list --state sent --json
  aftersale queue list --state not_buyer_mail
  aftersale queue list --state phishing --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			f := store.DraftFilter{Account: account, Overdue: overdue}
			if caseF != "" {
				c, err := aftersale.ParseCase(caseF)
				if err != nil {
					return usageError{err}
				}
				f.Case = c
			}
			listDrafts := true
			var nb *store.NotBuyerFilter
			switch {
			case all:
			case len(states) > 0:
				listDrafts = false
				for _, s := range states {
					switch s {
					case stateNotBuyer:
						nb = &store.NotBuyerFilter{Account: account}
						continue
					case statePhishing:
						if nb == nil {
							nb = &store.NotBuyerFilter{Account: account, Phishing: true}
						}
						continue
					}
					st := aftersale.DraftState(s)
					if !st.Valid() {
						return usagef("unknown state %q", s)
					}
					f.States = append(f.States, st)
					listDrafts = true
				}
			default:
				f.States = defaultQueueStates
			}
			var notBuyer []store.Classified
			// Not buyer mail is case other, never overdue and of no
			// marketplace: other filters leave none of it.
			if nb != nil && !overdue && market == "" && (f.Case == "" || f.Case == aftersale.CaseOther) {
				if notBuyer, err = db.NotBuyerMail(ctx, *nb); err != nil {
					return err
				}
			}
			var drafts []aftersale.Draft
			if listDrafts {
				if drafts, err = db.Drafts(ctx, f); err != nil {
					return err
				}
			}
			rows := make([]queueRow, 0, len(drafts))
			for _, d := range drafts {
				r := queueRow{Draft: d}
				if m, err := db.Message(ctx, d.MessageID); err == nil {
					r.Marketplace, r.Buyer, r.BuyerSubj = m.Marketplace, m.BuyerName, m.Subject
				}
				if market != "" && !sameMarketplace(r.Marketplace, market) {
					continue
				}
				rows = append(rows, r)
			}
			if asJSON {
				return writeQueueJSON(e.stdout, rows, notBuyerRows(nb, notBuyer), e.now())
			}
			if listDrafts {
				if err := writeQueueTable(e.stdout, rows, e.now(), isTerminal(e.stdout)); err != nil {
					return err
				}
			}
			if nb == nil {
				return nil
			}
			if listDrafts {
				fmt.Fprintln(e.stdout, "\nNot buyer mail (no reply drafted):")
			}
			if err := writeNotBuyerTable(e.stdout, notBuyer, nb.Phishing); err != nil {
				return err
			}
			if len(notBuyer) > 0 {
				fmt.Fprintf(e.stderr, "Show one with: aftersale inspect --message %d\n", notBuyer[0].Message.ID)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringSliceVar(&states, "state", nil, "only drafts in these states (proposed, approved, sending, sent, failed, rejected, no_response_needed, send_unknown); not_buyer_mail or phishing for the mail that gets no draft")
	fl.StringVar(&caseF, "case", "", "only drafts of this case, e.g. cancel_order")
	fl.StringVar(&account, "account", "", "only drafts of this account")
	fl.StringVar(&market, "marketplace", "", "only drafts from this marketplace, e.g. de or amazon.co.uk")
	fl.BoolVar(&overdue, "overdue", false, "only drafts past Amazon's 24-hour deadline")
	fl.BoolVar(&all, "all", false, "drafts in every state")
	fl.BoolVar(&asJSON, "json", false, "print JSON (schema version 1)")
	return cmd
}

// sameMarketplace compares "amazon.de", "de" and "Amazon.de" alike.
func sameMarketplace(have, want string) bool {
	norm := func(s string) string { return strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), "amazon.") }
	return have != "" && norm(have) == norm(want)
}

func dueString(deadline, now time.Time) string {
	if deadline.IsZero() {
		return "-"
	}
	d := deadline.Sub(now).Round(time.Minute)
	if d < 0 {
		return "overdue " + shortDuration(-d)
	}
	return shortDuration(d) + " left"
}

func shortDuration(d time.Duration) string {
	h := int(d.Hours())
	m := int(d.Minutes()) % 60
	if h >= 48 {
		return fmt.Sprintf("%dd%dh", h/24, h%24)
	}
	if h > 0 {
		return fmt.Sprintf("%dh%02dm", h, m)
	}
	return fmt.Sprintf("%dm", m)
}

func draftFlags(d aftersale.Draft) string {
	var b strings.Builder
	if d.NeedsHuman {
		b.WriteByte('H')
	}
	if aftersale.Blocking(d.Findings) {
		b.WriteByte('B')
	}
	if len(d.Placeholders) > 0 {
		b.WriteByte('P')
	}
	if d.LastError != "" {
		b.WriteByte('!')
	}
	if b.Len() == 0 {
		return "-"
	}
	return b.String()
}

func truncate(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func writeQueueTable(w io.Writer, rows []queueRow, now time.Time, color bool) error {
	if len(rows) == 0 {
		fmt.Fprintln(w, "The queue is empty.")
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATE\tDUE\tCASE\tORDER\tMKT\tBUYER\tFLAGS\tSUBJECT")
	for _, r := range rows {
		due := dueString(r.Deadline, now)
		if !owesReply(r.State) {
			due = "-" // the clock has stopped
		}
		if color && strings.HasPrefix(due, "overdue") {
			due = "\x1b[31m" + due + "\x1b[0m"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, r.State, due, r.Case,
			orDash(r.OrderID), orDash(strings.TrimPrefix(r.Marketplace, "amazon.")), orDash(truncate(r.Buyer, 16)),
			draftFlags(r.Draft), truncate(r.BuyerSubj, 48))
	}
	return tw.Flush()
}

type draftJSON struct {
	ID             int64               `json:"id"`
	MessageID      int64               `json:"message_id"`
	Account        string              `json:"account"`
	State          string              `json:"state"`
	Case           string              `json:"case"`
	Action         string              `json:"action"`
	OrderID        string              `json:"order_id,omitempty"`
	Marketplace    string              `json:"marketplace,omitempty"`
	Buyer          string              `json:"buyer,omitempty"`
	To             string              `json:"to,omitempty"`
	Subject        string              `json:"subject"`
	Language       string              `json:"language,omitempty"`
	Body           string              `json:"body"`
	SellerLanguage string              `json:"seller_language,omitempty"`
	SellerBody     string              `json:"seller_body,omitempty"`
	NeedsHuman     bool                `json:"needs_human"`
	Reasons        []string            `json:"reasons,omitempty"`
	Findings       []aftersale.Finding `json:"findings,omitempty"`
	Placeholders   []string            `json:"placeholders,omitempty"`
	Tasks          []taskJSON          `json:"tasks,omitempty"`
	Deadline       *time.Time          `json:"deadline,omitempty"`
	CreatedAt      time.Time           `json:"created_at"`
	ApprovedBy     string              `json:"approved_by,omitempty"`
	ApprovedAt     *time.Time          `json:"approved_at,omitempty"`
	AutoApproved   bool                `json:"auto_approved,omitempty"`
	LastError      string              `json:"last_error,omitempty"`
	OutgoingID     string              `json:"outgoing_message_id,omitempty"`
	// Overdue: the deadline has passed and a reply is still owed.
	Overdue bool `json:"overdue"`
}

type taskJSON struct {
	Kind        string     `json:"kind"`
	Description string     `json:"description"`
	Due         *time.Time `json:"due,omitempty"`
	Done        bool       `json:"done"`
}

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	u := t.UTC()
	return &u
}

func toDraftJSON(r queueRow) draftJSON {
	d := r.Draft
	j := draftJSON{
		ID: d.ID, MessageID: d.MessageID, Account: d.Account, State: string(d.State), Case: string(d.Case),
		Action: d.Action, OrderID: d.OrderID, Marketplace: r.Marketplace, Buyer: r.Buyer, To: d.To,
		Subject: d.Subject, Language: d.Language, Body: d.Body, SellerLanguage: d.SellerLanguage,
		SellerBody: d.SellerBody, NeedsHuman: d.NeedsHuman, Reasons: d.Reasons, Findings: d.Findings,
		Placeholders: d.Placeholders, Deadline: timePtr(d.Deadline), CreatedAt: d.CreatedAt.UTC(),
		ApprovedBy: d.ApprovedBy, ApprovedAt: timePtr(d.ApprovedAt), AutoApproved: d.AutoApproved,
		LastError: d.LastError, OutgoingID: d.OutgoingID,
	}
	for _, t := range d.Tasks {
		j.Tasks = append(j.Tasks, taskJSON{Kind: string(t.Kind), Description: t.Description, Due: timePtr(t.Due), Done: t.Done})
	}
	return j
}

// writeQueueJSON writes drafts and, when not buyer mail was asked for
// (notBuyer not nil), that too.
func writeQueueJSON(w io.Writer, rows []queueRow, notBuyer *[]notBuyerJSON, now time.Time) error {
	out := struct {
		Version  int             `json:"version"`
		Drafts   []draftJSON     `json:"drafts"`
		NotBuyer *[]notBuyerJSON `json:"not_buyer_mail,omitempty"`
	}{Version: jsonVersion, Drafts: []draftJSON{}, NotBuyer: notBuyer}
	for _, r := range rows {
		j := toDraftJSON(r)
		j.Overdue = owesReply(r.State) && !r.Deadline.IsZero() && !r.Deadline.After(now)
		out.Drafts = append(out.Drafts, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// The pseudo-states of queue list for the mail that gets no draft.
const (
	stateNotBuyer = string(aftersale.OriginNotBuyer) // all of it
	statePhishing = string(aftersale.NoticePhishing) // only possible phishing
)

// notBuyerJSON is one not buyer mail in queue list --json.
type notBuyerJSON struct {
	MessageID  int64      `json:"message_id"` // for inspect --message
	Account    string     `json:"account"`
	Notice     string     `json:"notice"` // not_buyer_mail, phishing, delivery_failure or auto_reply
	Phishing   bool       `json:"phishing"`
	NeedsHuman bool       `json:"needs_human"`
	FromName   string     `json:"from_name,omitempty"`
	From       string     `json:"from,omitempty"`
	Subject    string     `json:"subject"`
	Date       *time.Time `json:"date,omitempty"`
	FetchedAt  *time.Time `json:"fetched_at,omitempty"`
	Reasons    []string   `json:"reasons,omitempty"`
}

// notBuyerRows converts cs for --json; nil when not buyer mail was not
// asked for (f nil).
func notBuyerRows(f *store.NotBuyerFilter, cs []store.Classified) *[]notBuyerJSON {
	if f == nil {
		return nil
	}
	out := []notBuyerJSON{}
	for _, c := range cs {
		m, cl := c.Message, c.Classification
		out = append(out, notBuyerJSON{MessageID: m.ID, Account: m.Account, Notice: string(cl.Notice),
			Phishing: cl.Notice == aftersale.NoticePhishing, NeedsHuman: cl.NeedsHuman, FromName: m.FromName,
			From: m.FromAddr, Subject: m.Subject, Date: timePtr(m.Date), FetchedAt: timePtr(m.FetchedAt), Reasons: cl.Reasons})
	}
	return &out
}

// writeNotBuyerTable lists not buyer mail for queue list --state
// not_buyer_mail (or phishing, when phishing).
func writeNotBuyerTable(w io.Writer, cs []store.Classified, phishing bool) error {
	switch {
	case len(cs) == 0 && phishing:
		fmt.Fprintln(w, "No possible phishing.")
		return nil
	case len(cs) == 0:
		fmt.Fprintln(w, "No not buyer mail.")
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "MSG\tRECEIVED\tKIND\tFLAGS\tFROM\tSUBJECT")
	for _, c := range cs {
		m, cl := c.Message, c.Classification
		at := m.Date
		if at.IsZero() {
			at = m.FetchedAt
		}
		received := "-"
		if !at.IsZero() {
			received = at.Local().Format("2006-01-02 15:04")
		}
		flags := "-"
		if cl.NeedsHuman {
			flags = "H"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", m.ID, received, orDash(string(cl.Notice)), flags,
			orDash(truncate(m.FromAddr, 36)), truncate(m.Subject, 48))
	}
	return tw.Flush()
}

// owesReply reports whether a draft in state s still owes the buyer a
// reply (Amazon's clock is running).
func owesReply(s aftersale.DraftState) bool {
	switch s {
	case aftersale.DraftSent, aftersale.DraftRejected, aftersale.DraftNoResponseNeeded:
		return false
	}
	return true
}

// draftArg opens the store and loads the draft named by arg.
func (e *env) draftArg(ctx context.Context, arg string) (*store.DB, aftersale.Draft, error) {
	ids, err := parseIDs([]string{arg})
	if err != nil {
		return nil, aftersale.Draft{}, err
	}
	db, err := e.store(ctx)
	if err != nil {
		return nil, aftersale.Draft{}, err
	}
	d, err := db.Draft(ctx, ids[0])
	if err != nil {
		return nil, aftersale.Draft{}, notFound("draft", ids[0], err)
	}
	return db, d, nil
}

func parseIDs(args []string) ([]int64, error) {
	ids := make([]int64, 0, len(args))
	for _, a := range args {
		id, err := strconv.ParseInt(strings.TrimPrefix(a, "#"), 10, 64)
		if err != nil || id <= 0 {
			return nil, usagef("%q is not a draft id", a)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

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
approved only after it has been shown.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			db, d, err := e.draftArg(ctx, args[0])
			if err != nil {
				return err
			}
			m, err := db.Message(ctx, d.MessageID)
			if err != nil {
				return notFound("message", d.MessageID, err)
			}
			if raw {
				b, err := db.Raw(ctx, d.MessageID)
				if err != nil {
					return err
				}
				_, err = e.stdout.Write(b)
				return err
			}
			if err := db.MarkShown(ctx, d.ID); err != nil && !errors.Is(err, aftersale.ErrConflict) {
				return err
			}
			cl, _ := db.Classification(ctx, d.MessageID)
			var order aftersale.Order
			if d.OrderID != "" {
				order, _ = db.Order(ctx, d.OrderID)
			}
			thread, _ := db.Thread(ctx, m.ThreadKey())
			history, err := db.Audit(ctx, d.ID)
			if err != nil {
				return err
			}
			var settings respond.Settings
			if cfg, err := e.config(false); err == nil && cfg != nil {
				settings = cfg.RespondSettings()
			}
			_, plan := showPlan(d, m, cl, order, settings)
			if asJSON {
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				type auditJSON struct {
					At     time.Time `json:"at"`
					Actor  string    `json:"actor"`
					Action string    `json:"action"`
					Detail string    `json:"detail,omitempty"`
				}
				hist := []auditJSON{}
				for _, a := range history {
					hist = append(hist, auditJSON{a.At.UTC(), a.Actor, a.Action, a.Detail})
				}
				return enc.Encode(struct {
					Version int         `json:"version"`
					Draft   draftJSON   `json:"draft"`
					Plan    planJSON    `json:"plan"`
					History []auditJSON `json:"history"`
				}{jsonVersion, toDraftJSON(queueRow{Draft: d, Marketplace: m.Marketplace, Buyer: m.BuyerName}), plan, hist})
			}
			printDraft(e.stdout, d, m, cl, order, thread, &plan, e.now())
			printHistory(e.stdout, history)
			return nil
		},
	}
	cmd.Flags().BoolVar(&raw, "raw", false, "print the buyer's message exactly as received")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (schema version 1)")
	return cmd
}

// printDraft prints a draft for queue show; plan may be nil.
func printDraft(w io.Writer, d aftersale.Draft, m aftersale.Message, cl aftersale.Classification, o aftersale.Order, thread []aftersale.Message, plan *planJSON, now time.Time) {
	if owesReply(d.State) {
		fmt.Fprintf(w, "Draft %d  [%s]  %s\n", d.ID, d.State, dueString(d.Deadline, now))
	} else {
		fmt.Fprintf(w, "Draft %d  [%s]\n", d.ID, d.State) // the clock has stopped
	}
	fmt.Fprintf(w, "Case:      %s", d.Case)
	if cl.SubReason != "" {
		fmt.Fprintf(w, " / %s", cl.SubReason)
	}
	if cl.Secondary != "" {
		fmt.Fprintf(w, " (also %s)", cl.Secondary)
	}
	fmt.Fprintf(w, "   confidence %.2f", cl.Confidence)
	if cl.Notice != "" {
		fmt.Fprintf(w, "   notice %s", cl.Notice)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Action:    %s\n", d.Action)
	if d.NeedsHuman {
		fmt.Fprintf(w, "Needs a human: %s\n", strings.Join(d.Reasons, "; "))
	}
	if len(cl.Reasons) > 0 && !d.NeedsHuman {
		fmt.Fprintf(w, "Why:       %s\n", strings.Join(cl.Reasons, "; "))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "── Buyer's message ──")
	fmt.Fprintf(w, "From:      %s <%s>\n", m.FromName, m.FromAddr)
	fmt.Fprintf(w, "Subject:   %s\n", m.Subject)
	if !m.Date.IsZero() {
		fmt.Fprintf(w, "Date:      %s\n", m.Date.Local().Format("2006-01-02 15:04 MST"))
	}
	fmt.Fprintf(w, "Market:    %s   language %s\n", orDash(m.Marketplace), orDash(cl.Language))
	if m.ParseErr != "" {
		fmt.Fprintf(w, "Parse error: %s (see --raw)\n", m.ParseErr)
	}
	if len(m.Flags) > 0 {
		fmt.Fprintf(w, "Flags:     %s\n", strings.Join(m.Flags, ", "))
	}
	fmt.Fprintln(w)
	if text := m.ClassifyText(); text != "" {
		fmt.Fprintln(w, indent(text))
	} else {
		fmt.Fprintln(w, indent("(no words of the buyer: an attachment or a photo only? see --raw)"))
	}
	if len(thread) > 1 {
		fmt.Fprintf(w, "\n── Conversation: %d messages ──\n", len(thread))
		for _, t := range thread {
			mark := " "
			if t.ID == m.ID {
				mark = "*"
			}
			fmt.Fprintf(w, "%s %s  %s\n", mark, t.Date.Local().Format("2006-01-02 15:04"), truncate(t.Subject, 60))
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "── Order ──")
	if !o.Known() {
		fmt.Fprintf(w, "%s: not in your order records (import reports with \"aftersale orders import\")\n", orDash(d.OrderID))
	} else {
		printOrder(w, o)
	}
	fmt.Fprintln(w)
	if plan != nil && !(d.State == aftersale.DraftNoResponseNeeded && len(plan.Offers) == 0 && len(plan.Why) == 0 && len(plan.Asks) == 0) {
		printPlan(w, d, *plan)
		fmt.Fprintln(w)
	}
	if d.State == aftersale.DraftNoResponseNeeded && d.Body == "" {
		fmt.Fprintln(w, "── No reply ──")
		if len(d.Reasons) > 0 {
			fmt.Fprintln(w, d.Reasons[0])
		}
	} else {
		fmt.Fprintf(w, "── Reply (%s) to %s ──\n", orDash(d.Language), orDash(d.To))
		fmt.Fprintf(w, "Subject: %s\n\n%s\n", d.Subject, d.Body)
		if d.SellerBody != "" && d.SellerLanguage != d.Language {
			fmt.Fprintf(w, "\n── The same reply in %s ──\n%s\n", d.SellerLanguage, d.SellerBody)
		}
	}
	if len(d.Tasks) > 0 {
		fmt.Fprintln(w, "\n── Seller tasks ──")
		for _, t := range d.Tasks {
			due := ""
			if !t.Due.IsZero() {
				due = " (by " + t.Due.Local().Format("Mon 2006-01-02") + ")"
			}
			fmt.Fprintf(w, "- %s%s\n", t.Description, due)
		}
	}
	if len(d.Findings) > 0 || len(d.Placeholders) > 0 {
		fmt.Fprintln(w, "\n── Policy check ──")
		for _, f := range d.Findings {
			fmt.Fprintf(w, "- [%s] %s: %s\n", f.Severity, f.Rule, f.Detail)
		}
		if !hasRule(d.Findings, "placeholder") {
			for _, p := range d.Placeholders {
				fmt.Fprintf(w, "- [block] placeholder: fill in [[%s]]\n", p)
			}
		}
		if len(d.Placeholders) > 0 {
			fmt.Fprintf(w, "Fill in the [[...]] parts with: aftersale queue edit %d\n", d.ID)
		}
	}
	if d.LastError != "" {
		fmt.Fprintf(w, "\nLast send error: %s\n", d.LastError)
	}
	if d.State == aftersale.DraftNoResponseNeeded {
		if m.Sender == aftersale.SenderAmazon || m.RelayAlias == "" {
			fmt.Fprintln(w, "\nNo reply: Amazon's notices cannot be answered by mail; the seller tasks above are what it needs.")
		} else {
			fmt.Fprintln(w, "\nNo reply needed. Also tick \"No response needed\" for this message in Seller Central (Amazon has no API for it).")
		}
	}
}

// printHistory prints the audit trail: who did what, when.
func printHistory(w io.Writer, h []store.AuditEntry) {
	if len(h) == 0 {
		return
	}
	fmt.Fprintln(w, "\n── History ──")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, a := range h {
		fmt.Fprintf(tw, "%s\t%s\t%s", a.At.Local().Format("2006-01-02 15:04:05"), a.Actor, a.Action)
		if a.Detail != "" {
			fmt.Fprintf(tw, "\t%s", truncate(a.Detail, 70))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

func hasRule(fs []aftersale.Finding, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

func printOrder(w io.Writer, o aftersale.Order) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	line := func(k, v string) {
		if v != "" {
			fmt.Fprintf(tw, "%s\t%s\n", k, v)
		}
	}
	day := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format("2006-01-02")
	}
	line("Order", o.ID)
	line("Status", string(o.Status))
	line("Fulfilment", strings.ToUpper(string(o.Channel)))
	line("Marketplace", o.Marketplace)
	line("Purchased", day(o.PurchaseDate))
	line("Product", o.ProductName)
	if o.ItemValue != 0 {
		line("Value", o.ItemValue.Format(o.Currency))
	}
	line("Shipped", day(o.ShipDate))
	line("Carrier", o.Carrier)
	line("Tracking", o.Tracking)
	line("Delivered", day(o.DeliveryDate))
	if o.RefundAmount != 0 {
		line("Refunded", o.RefundAmount.Format(o.Currency)+" on "+day(o.RefundDate))
	}
	line("Return received", day(o.ReturnReceived))
	tw.Flush()
}

func indent(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = "  " + l
	}
	return strings.Join(lines, "\n")
}

// batch runs fn for every id, reports each failure and fails at the end
// (every id is processed; the exit status is 1 if any failed).
func batch(e *env, ids []int64, fn func(id int64) error) error {
	failed := 0
	for _, id := range ids {
		if err := fn(id); err != nil {
			failed++
			fmt.Fprintf(e.stderr, "draft %d: %v\n", id, err)
			var he hintError
			if errors.As(err, &he) {
				fmt.Fprintf(e.stderr, "  hint: %s\n", he.hint)
			}
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d drafts failed", failed, len(ids))
	}
	return nil
}

func newQueueApproveCmd(e *env) *cobra.Command {
	var reviewed bool
	var override string
	cmd := &cobra.Command{
		Use:   "approve ID...",
		Short: "Approve drafts for sending",
		Long: `Approve one or more drafts. The daemon sends approved drafts within seconds.

A draft flagged "needs human" must be shown first ("aftersale queue show ID")
or approved with --reviewed. A draft with a blocking policy finding (a link,
an email address, a review ask ...) needs --override "reason"; the reason is
logged. A draft with [[placeholders]] must be edited first.`,
		Example: `  aftersale queue approve 12 13 14
  aftersale queue approve 15 --reviewed
  aftersale queue approve 16 --override "tracking link requested by the buyer"`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			ids, err := parseIDs(args)
			if err != nil {
				return err
			}
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			domain := e.messageIDDomain()
			return batch(e, ids, func(id int64) error {
				err := db.ApproveDraft(ctx, id, store.Approval{
					By: e.who(), Reviewed: reviewed, Override: override,
					OutgoingID: respond.NewOutgoingID(domain),
				})
				if err != nil {
					return approveHint(id, err)
				}
				fmt.Fprintf(e.stdout, "draft %d approved; the daemon sends it shortly\n", id)
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&reviewed, "reviewed", false, "confirm you have read a needs-human draft")
	cmd.Flags().StringVar(&override, "override", "", "approve despite blocking policy findings, giving the reason")
	return cmd
}

func approveHint(id int64, err error) error {
	switch {
	case errors.Is(err, aftersale.ErrNotFound):
		return fmt.Errorf("no such draft")
	case errors.Is(err, aftersale.ErrConflict):
		return hintError{err, fmt.Sprintf("see its state with: aftersale queue show %d", id)}
	case errors.Is(err, aftersale.ErrInvalid):
		msg := err.Error()
		switch {
		case strings.Contains(msg, "shown") || strings.Contains(msg, "review"):
			return hintError{err, fmt.Sprintf("read it with \"aftersale queue show %d\", then approve again (or pass --reviewed)", id)}
		case strings.Contains(msg, "placeholder"):
			return hintError{err, fmt.Sprintf("fill in the [[...]] parts with \"aftersale queue edit %d\"", id)}
		case strings.Contains(msg, "block") || strings.Contains(msg, "override"):
			return hintError{err, "fix the draft with \"aftersale queue edit\", or pass --override \"reason\""}
		}
	}
	return err
}

func (e *env) messageIDDomain() string {
	cfg, _ := e.config(false)
	return cfg.MessageIDDomain()
}

func newQueueRejectCmd(e *env) *cobra.Command {
	var reason string
	cmd := &cobra.Command{
		Use:   "reject ID...",
		Short: "Reject drafts (nothing is sent)",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			ids, err := parseIDs(args)
			if err != nil {
				return err
			}
			if strings.TrimSpace(reason) == "" {
				return usagef("--reason is required")
			}
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			return batch(e, ids, func(id int64) error {
				if err := db.RejectDraft(ctx, id, e.who(), reason); err != nil {
					return approveHint(id, err)
				}
				fmt.Fprintf(e.stdout, "draft %d rejected\n", id)
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&reason, "reason", "", "why (recorded); required")
	return cmd
}

func newQueueNRNCmd(e *env) *cobra.Command {
	var reason string
	cmd := &cobra.Command{
		Use:   "nrn ID...",
		Short: "Mark drafts \"no response needed\" (nothing is sent)",
		Long: `Mark the buyer messages behind these drafts as needing no reply. This stops
aftersale's 24-hour clock, but not Amazon's: also tick "No response needed"
on the message in Seller Central, since Amazon offers no API for it.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			ids, err := parseIDs(args)
			if err != nil {
				return err
			}
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			if reason == "" {
				reason = "no response needed"
			}
			err = batch(e, ids, func(id int64) error {
				if err := db.MarkNoResponseNeeded(ctx, id, e.who(), reason); err != nil {
					return approveHint(id, err)
				}
				fmt.Fprintf(e.stdout, "draft %d: no response needed\n", id)
				return nil
			})
			fmt.Fprintln(e.stderr, "Reminder: tick \"No response needed\" in Seller Central too (Amazon has no API for it).")
			return err
		},
	}
	cmd.Flags().StringVar(&reason, "reason", "", "why (recorded)")
	return cmd
}

func newQueueEditCmd(e *env) *cobra.Command {
	var (
		fromFile   string
		saveAsTmpl bool
	)
	cmd := &cobra.Command{
		Use:   "edit ID",
		Short: "Edit a draft in $EDITOR; the policy check runs again",
		Long: `Open the reply in $EDITOR (or $VISUAL, else vi). When you save, aftersale
checks the text against Amazon's messaging rules again and stores it. An
approved draft that is edited goes back to "proposed" and needs a new
approval. --file takes the new text from a file ("-" for standard input)
instead of opening an editor.

--save-template also keeps the edited reply as your template for the
draft's action and language, in [seller] templates_dir
(<lang>/<action>.tmpl): the greeting and closing are left to layout.tmpl,
and the order's facts (order id, name, product, carrier, tracking, dates,
amounts) become placeholders, so later drafts of that action use your
wording with their own facts. The file is checked like every override
before it replaces one; the daemon uses it after a reload (SIGHUP).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			db, d, err := e.draftArg(ctx, args[0])
			if err != nil {
				return err
			}
			var body string
			if fromFile != "" {
				body, err = readInput(e, fromFile)
			} else {
				body, err = editInEditor(ctx, e, d.Body)
			}
			if err != nil {
				return err
			}
			if _, err = saveEdit(ctx, e, db, d, body); err != nil || !saveAsTmpl {
				return err
			}
			name, err := saveTemplate(ctx, e, db, d, body)
			if err != nil {
				return fmt.Errorf("draft %d saved, but not as a template: %w", d.ID, err)
			}
			fmt.Fprintf(e.stdout, "template saved: %s (the daemon uses it after a reload: systemctl reload aftersale)\n", name)
			return nil
		},
	}
	cmd.Flags().StringVar(&fromFile, "file", "", "take the new text from this file (\"-\" for stdin) instead of $EDITOR")
	cmd.Flags().BoolVar(&saveAsTmpl, "save-template", false, "also keep the edited reply as the template for its action and language ([seller] templates_dir)")
	return cmd
}

func readInput(e *env, name string) (string, error) {
	if name == "-" {
		b, err := io.ReadAll(e.stdin)
		return string(b), err
	}
	b, err := os.ReadFile(name)
	return string(b), err
}

func editInEditor(ctx context.Context, e *env, body string) (string, error) {
	f, err := os.CreateTemp("", "aftersale-draft-*.txt")
	if err != nil {
		return "", err
	}
	defer os.Remove(f.Name())
	if _, err := f.WriteString(body); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	editor := os.Getenv("VISUAL")
	if editor == "" {
		editor = os.Getenv("EDITOR")
	}
	if editor == "" {
		editor = "vi"
	}
	parts := strings.Fields(editor)
	c := exec.CommandContext(ctx, parts[0], append(parts[1:], f.Name())...)
	c.Stdin, c.Stdout, c.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := c.Run(); err != nil {
		return "", fmt.Errorf("running editor %s: %w", parts[0], err)
	}
	b, err := os.ReadFile(f.Name())
	return string(b), err
}
