package main

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// statusJSON is `status --json`, version 1.
type statusJSON struct {
	Version       int    `json:"version"`
	Database      string `json:"database"`
	SchemaVersion int    `json:"schema_version"`
	Messages      int    `json:"messages"`
	ParseFailures int    `json:"parse_failures"`
	Unparsed      int    `json:"unparsed"`
	Unclassified  int    `json:"unclassified"`
	// StaleParses: messages parsed by an older mail parser ("aftersale reparse").
	StaleParses   int            `json:"stale_parses"`
	NeedsHuman    int            `json:"needs_human"`
	NotBuyerMail  int            `json:"not_buyer_mail"` // never drafted; in classified as other
	Phishing      int            `json:"phishing"`       // of not_buyer_mail, imitating Amazon: need a look
	DirectBuyer   int            `json:"direct_buyer"`   // buyers' own mail to direct_buyer_mail accounts
	Purged        int            `json:"purged"`
	Classified    map[string]int `json:"classified"`
	Drafts        map[string]int `json:"drafts"`
	OldestPending *time.Time     `json:"oldest_pending"`
	Overdue       int            `json:"overdue"`
	Sent          int            `json:"sent"`
	SentLate      int            `json:"sent_late"`
	SendFailures  map[string]int `json:"send_failures"`
	Cursors       []cursorJSON   `json:"cursors"`
	// SentCopies: the Sent-folder copying of accounts with sent_folder.
	SentCopies []sentCopyJSON `json:"sent_copies"`
	// OutboxHolds: why approved replies wait (rate limits, retries, a
	// clock that went back), from the database and the [sender] settings.
	OutboxHolds []respond.Hold `json:"outbox_holds"`
	// Daemon is the running daemon's /healthz, when [http] listen is set
	// and it answers; null otherwise.
	Daemon *health `json:"daemon"`
}

type cursorJSON struct {
	Account     string     `json:"account"`
	Folder      string     `json:"folder"`
	UIDValidity uint32     `json:"uidvalidity"`
	LastUID     uint32     `json:"last_uid"`
	UpdatedAt   *time.Time `json:"updated_at"`
	LastFetched *time.Time `json:"last_fetched"`
}

type sentCopyJSON struct {
	Account   string     `json:"account"`
	EnabledAt *time.Time `json:"enabled_at"`
	Copied    int        `json:"copied"`
	Pending   int        `json:"pending"`
	Failing   int        `json:"failing"`
	LastError string     `json:"last_error,omitempty"`
	Error     string     `json:"error,omitempty"`
	ErrorAt   *time.Time `json:"error_at,omitempty"`
}

func newStatusCmd(e *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show mail, drafts, replies and accounts from the database, daemon running or not",
		Long: `status reads the database and prints what the daemon has done and what waits:
messages stored (parse failures, waiting for the classifier, purged),
classifications per case, not buyer mail (neither relayed from a buyer nor
sent by Amazon: never drafted) and the possible phishing among it, which
needs a look, drafts per state, the oldest draft waiting and
how many are past Amazon's 24-hour deadline, replies sent (and how many
late), send failures, why approved replies wait (the [sender] rate_limit or
min_gap, a retry after a temporary failure, a clock that went back), and
each account's IMAP position.

When [http] listen is set and the daemon answers, its live view of each
account (connected, paused, last successful poll) and of the sender is
shown too.`,
		Example: "  aftersale status\n  aftersale status --json | jq .drafts",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := e.store(cmd.Context())
			if err != nil {
				return err
			}
			s, err := db.Stats(cmd.Context())
			if err != nil {
				return err
			}
			stale, err := db.CountStale(cmd.Context(), mailbox.ParserVersion)
			if err != nil {
				return err
			}
			holds, err := outboxHolds(cmd.Context(), e.cfg, db)
			if err != nil {
				return err
			}
			var live *health
			if e.cfg != nil && e.cfg.HTTPListen != "" {
				live = fetchHealth(cmd.Context(), e.cfg.HTTPListen)
			}
			if asJSON {
				return writeStatusJSON(e, db.Path(), s, stale, holds, live)
			}
			writeStatusText(e, db.Path(), s, stale, holds, live)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object (version 1)")
	return cmd
}

// outboxHolds says why approved replies wait, as the daemon's sender would
// see it with the config's [sender] settings (none without a config).
func outboxHolds(ctx context.Context, cfg *Config, db *store.DB) ([]respond.Hold, error) {
	o := respond.SenderOptions{Now: db.Now}
	if cfg != nil {
		o.RateLimit, o.RateWindow, o.MinGap, o.MaxAttempts = cfg.RateLimit, cfg.RateWindow, cfg.MinGap, cfg.MaxAttempts
	}
	return respond.NewSender(db, nil, o, nil).Holds(ctx)
}

// fetchHealth asks a running daemon for /healthz; nil when it does not answer.
func fetchHealth(ctx context.Context, addr string) *health {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/healthz", nil)
	if err != nil {
		return nil
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil
	}
	defer resp.Body.Close()
	var h health
	if err := json.NewDecoder(resp.Body).Decode(&h); err != nil {
		return nil
	}
	return &h
}

func writeStatusJSON(e *env, path string, s store.Stats, stale int, holds []respond.Hold, live *health) error {
	out := statusJSON{
		Version: 1, Database: path, SchemaVersion: s.SchemaVersion, Messages: s.Messages,
		ParseFailures: s.ParseFailures, Unparsed: s.Unparsed, Unclassified: s.Unclassified,
		NeedsHuman: s.NeedsHuman, Purged: s.Purged, Classified: map[string]int{}, Drafts: map[string]int{},
		OldestPending: timePtr(s.OldestPending), Overdue: s.Overdue, Sent: s.Sent, SentLate: s.SentLate,
		SendFailures: s.SendFailures, Cursors: []cursorJSON{}, SentCopies: []sentCopyJSON{}, Daemon: live,
		StaleParses: stale, NotBuyerMail: s.NotBuyer, Phishing: s.Phishing, DirectBuyer: s.DirectBuyer,
		OutboxHolds: []respond.Hold{},
	}
	for _, h := range holds {
		h.Until = h.Until.UTC()
		out.OutboxHolds = append(out.OutboxHolds, h)
	}
	for _, c := range s.SentCopies {
		out.SentCopies = append(out.SentCopies, sentCopyJSON{Account: c.Account, EnabledAt: timePtr(c.EnabledAt),
			Copied: c.Copied, Pending: c.Pending, Failing: c.Failing, LastError: c.LastError,
			Error: c.Error, ErrorAt: timePtr(c.ErrorAt)})
	}
	for k, v := range s.Classified {
		out.Classified[string(k)] = v
	}
	for k, v := range s.Drafts {
		out.Drafts[string(k)] = v
	}
	for _, c := range s.Cursors {
		out.Cursors = append(out.Cursors, cursorJSON{Account: c.Account, Folder: c.Folder, UIDValidity: c.UIDValidity,
			LastUID: c.LastUID, UpdatedAt: timePtr(c.UpdatedAt), LastFetched: timePtr(c.LastFetched)})
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// count is "1 reply" or "n replies".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// nonZero lists "key n" for every non-zero count, in key order.
func nonZero[K ~string](m map[K]int) string {
	var parts []string
	for _, k := range sortedKeys(m) {
		if m[k] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

func writeStatusText(e *env, path string, s store.Stats, stale int, holds []respond.Hold, live *health) {
	w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	now := e.now()
	fmt.Fprintf(w, "database\t%s (schema %d)\n", path, s.SchemaVersion)
	fmt.Fprintf(w, "messages\t%d stored, %d parse failures, %d waiting to be parsed or classified, %d purged\n",
		s.Messages, s.ParseFailures, s.Unparsed+s.Unclassified, s.Purged)
	if stale > 0 {
		fmt.Fprintf(w, "parser\t%d messages were parsed by an older mail parser; run \"aftersale reparse\"\n", stale)
	}
	fmt.Fprintf(w, "cases\t%s\n", nonZero(buyerCases(s)))
	fmt.Fprintf(w, "not buyer mail\t%s\n", notBuyerLine(s))
	fmt.Fprintf(w, "phishing\t%s\n", phishingLine(s))
	fmt.Fprintf(w, "drafts\t%s\n", nonZero(s.Drafts))
	if s.OldestPending.IsZero() {
		fmt.Fprintf(w, "waiting\tnothing waits for approval or sending\n")
	} else {
		fmt.Fprintf(w, "waiting\toldest draft waiting since %s (%s ago); %d past the 24-hour deadline\n",
			s.OldestPending.UTC().Format(time.RFC3339), now.Sub(s.OldestPending).Round(time.Minute), s.Overdue)
	}
	fmt.Fprintf(w, "sent\t%s, %d after the 24-hour deadline; send failures: %d temporary, %d permanent\n",
		count(s.Sent, "reply", "replies"), s.SentLate, s.SendFailures["temporary"], s.SendFailures["permanent"])
	for _, h := range holds {
		label, line := "held", fmt.Sprintf("account %s: %s, %s: %s", h.Account, count(h.Drafts, "reply waits", "replies wait"), h.Reason, h.Detail)
		if h.Reason == respond.HoldClockBehind {
			label = "clock"
		}
		if !h.Until.IsZero() {
			line += fmt.Sprintf(" (until %s, in %s)", h.Until.UTC().Format(time.RFC3339), max(0, h.Until.Sub(now)).Round(time.Second))
		}
		fmt.Fprintf(w, "%s\t%s\n", label, line)
	}
	for _, c := range s.SentCopies {
		line := fmt.Sprintf("account %s: %d copied, %d waiting", c.Account, c.Copied, c.Pending)
		if c.Failing > 0 {
			line += fmt.Sprintf(", %d failing (last: %s)", c.Failing, c.LastError)
		}
		if c.Error != "" {
			line += fmt.Sprintf("; failing since %s: %s", c.ErrorAt.UTC().Format(time.RFC3339), c.Error)
		}
		fmt.Fprintf(w, "sent folder\t%s\n", line)
	}
	switch {
	case live != nil:
		fmt.Fprintf(w, "daemon\t%s\n", live.Status)
	case e.cfg != nil && e.cfg.HTTPListen != "":
		fmt.Fprintf(w, "daemon\tnot answering on %s\n", e.cfg.HTTPListen)
	}
	w.Flush()

	fmt.Fprintln(e.stdout)
	w = tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ACCOUNT\tFOLDER\tUIDVALIDITY\tLAST UID\tLAST MAIL STORED\tCONNECTION")
	if len(s.Cursors) == 0 {
		fmt.Fprintln(w, "(no mail fetched yet)\t\t\t\t\t")
	}
	for _, c := range s.Cursors {
		last := "-"
		if !c.LastFetched.IsZero() {
			last = c.LastFetched.UTC().Format(time.RFC3339)
		}
		fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%s\t%s\n", c.Account, c.Folder, c.UIDValidity, c.LastUID, last, connection(live, c.Account))
	}
	w.Flush()
}

// buyerCases is s.Classified without the not buyer mail, which is all
// case other and has a line of its own.
func buyerCases(s store.Stats) map[aftersale.Case]int {
	out := maps.Clone(s.Classified)
	out[aftersale.CaseOther] = max(0, out[aftersale.CaseOther]-s.NotBuyer)
	return out
}

// notBuyerLine is status's line on not buyer mail.
func notBuyerLine(s store.Stats) string {
	line := fmt.Sprintf("%d stored, no reply drafted (neither relayed from a buyer nor sent by Amazon)", s.NotBuyer)
	if s.NotBuyer > 0 {
		line += ": aftersale queue list --state not_buyer_mail"
	}
	if s.DirectBuyer > 0 {
		line += fmt.Sprintf("; direct buyer mail triaged: %d", s.DirectBuyer)
	}
	return line
}

// phishingLine is status's line on the possible phishing among the not
// buyer mail: it needs a person.
func phishingLine(s store.Stats) string {
	if s.Phishing == 0 {
		return "none"
	}
	return fmt.Sprintf("%s imitating Amazon, NEEDS A LOOK (do not open links or attachments): aftersale queue list --state phishing",
		count(s.Phishing, "possible phishing mail", "possible phishing mails"))
}

// connection describes an account's live state, "-" without a daemon.
func connection(live *health, account string) string {
	if live == nil {
		return "-"
	}
	for _, a := range live.Accounts {
		if a.Name != account {
			continue
		}
		switch {
		case a.Paused:
			return "paused: login refused"
		case a.Connected:
			return "connected"
		case a.LastError != "":
			return "retrying"
		}
		return "idle"
	}
	return "-"
}
