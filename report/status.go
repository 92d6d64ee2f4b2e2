package report

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"text/tabwriter"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/config"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// Status is what the database says about the daemon's work and what
// waits (the JSON of "aftersale status --json").
type Status struct {
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
	Cursors       []Cursor       `json:"cursors"`
	// SentCopies: the Sent-folder copying of accounts with sent_folder.
	SentCopies []SentCopy `json:"sent_copies"`
	// OutboxHolds: why approved replies wait (rate limits, retries, a
	// clock that went back), from the database and the [sender] settings.
	OutboxHolds []respond.Hold `json:"outbox_holds"`
	// Accounts is each account's IMAP connection as the daemon's poller
	// last recorded it.
	Accounts []AccountHealth `json:"accounts"`
	// Daemon is the running daemon's /healthz, when [http] listen is set
	// and it answers; null otherwise.
	Daemon *Daemon `json:"daemon"`

	// stats and http are for the text: the raw counts and the [http]
	// address asked ("" when none).
	stats store.Stats
	http  string
}

// AccountHealth is one account's connection (store.AccountHealth).
type AccountHealth struct {
	Account    string     `json:"account"`
	Connected  bool       `json:"connected"`
	Paused     bool       `json:"paused"`
	LastPoll   *time.Time `json:"last_poll"`
	LastError  string     `json:"last_error,omitempty"`
	ErrorSince *time.Time `json:"error_since,omitempty"`
	UpdatedAt  *time.Time `json:"updated_at"`
}

// Daemon is a running daemon's /healthz document.
type Daemon struct {
	Version  int             `json:"version"`
	Status   string          `json:"status"` // ok, degraded (an account is paused) or stopping
	Accounts []DaemonAccount `json:"accounts"`
	Sender   json.RawMessage `json:"sender"`
}

// DaemonAccount is an account in /healthz.
type DaemonAccount struct {
	Name      string    `json:"name"`
	Connected bool      `json:"connected"`
	Paused    bool      `json:"paused"`
	LastPoll  time.Time `json:"last_poll,omitzero"`
	LastError string    `json:"last_error,omitempty"`
}

// StatusOptions say what ReadStatus asks besides the database.
type StatusOptions struct {
	// Sender are the [sender] settings, to say why approved replies wait.
	Sender respond.SenderOptions
	// HTTP is the daemon's [http] listen address: its /healthz is asked
	// when set.
	HTTP string
}

// ReadStatus reads the database's counts, accounts and outbox holds, and
// the running daemon's /healthz when o.HTTP is set.
func ReadStatus(ctx context.Context, db *store.DB, o StatusOptions) (Status, error) {
	s, err := db.Stats(ctx)
	if err != nil {
		return Status{}, err
	}
	stale, err := db.CountStale(ctx, mailbox.ParserVersion)
	if err != nil {
		return Status{}, err
	}
	so := o.Sender
	so.Now = db.Now
	holds, err := respond.NewSender(db, nil, so, nil).Holds(ctx)
	if err != nil {
		return Status{}, err
	}
	hs, err := db.AccountHealths(ctx)
	if err != nil {
		return Status{}, err
	}
	var live *Daemon
	if o.HTTP != "" {
		live = FetchDaemon(ctx, o.HTTP)
	}
	return newStatus(db.Path(), s, stale, holds, hs, live, o.HTTP), nil
}

type Cursor struct {
	Account     string     `json:"account"`
	Folder      string     `json:"folder"`
	UIDValidity uint32     `json:"uidvalidity"`
	LastUID     uint32     `json:"last_uid"`
	UpdatedAt   *time.Time `json:"updated_at"`
	LastFetched *time.Time `json:"last_fetched"`
}

type SentCopy struct {
	Account   string     `json:"account"`
	EnabledAt *time.Time `json:"enabled_at"`
	Copied    int        `json:"copied"`
	Pending   int        `json:"pending"`
	Failing   int        `json:"failing"`
	LastError string     `json:"last_error,omitempty"`
	Error     string     `json:"error,omitempty"`
	ErrorAt   *time.Time `json:"error_at,omitempty"`
}

// FetchDaemon asks a running daemon for /healthz; nil when it does not
// answer.
func FetchDaemon(ctx context.Context, addr string) *Daemon {
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
	var h Daemon
	if err := json.NewDecoder(resp.Body).Decode(&h); err != nil {
		return nil
	}
	return &h
}

func newStatus(path string, s store.Stats, stale int, holds []respond.Hold, hs []store.AccountHealth, live *Daemon, http string) Status {
	out := Status{stats: s, http: http, Accounts: []AccountHealth{},
		Version: JSONVersion, Database: path, SchemaVersion: s.SchemaVersion, Messages: s.Messages,
		ParseFailures: s.ParseFailures, Unparsed: s.Unparsed, Unclassified: s.Unclassified,
		NeedsHuman: s.NeedsHuman, Purged: s.Purged, Classified: map[string]int{}, Drafts: map[string]int{},
		OldestPending: timePtr(s.OldestPending), Overdue: s.Overdue, Sent: s.Sent, SentLate: s.SentLate,
		SendFailures: s.SendFailures, Cursors: []Cursor{}, SentCopies: []SentCopy{}, Daemon: live,
		StaleParses: stale, NotBuyerMail: s.NotBuyer, Phishing: s.Phishing, DirectBuyer: s.DirectBuyer,
		OutboxHolds: []respond.Hold{},
	}
	for _, h := range holds {
		h.Until = h.Until.UTC()
		out.OutboxHolds = append(out.OutboxHolds, h)
	}
	for _, c := range s.SentCopies {
		out.SentCopies = append(out.SentCopies, SentCopy{Account: c.Account, EnabledAt: timePtr(c.EnabledAt),
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
		out.Cursors = append(out.Cursors, Cursor{Account: c.Account, Folder: c.Folder, UIDValidity: c.UIDValidity,
			LastUID: c.LastUID, UpdatedAt: timePtr(c.UpdatedAt), LastFetched: timePtr(c.LastFetched)})
	}
	for _, h := range hs {
		out.Accounts = append(out.Accounts, AccountHealth{Account: h.Account, Connected: h.Connected, Paused: h.Paused,
			LastPoll: timePtr(h.LastPoll), LastError: h.LastError, ErrorSince: timePtr(h.ErrorSince), UpdatedAt: timePtr(h.UpdatedAt)})
	}
	return out
}

// WriteText prints st for a person as of now.
func (st Status) WriteText(out io.Writer, now time.Time) error {
	s, path, stale, holds, live := st.stats, st.Database, st.StaleParses, st.OutboxHolds, st.Daemon
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "database\t%s (schema %d)\n", path, s.SchemaVersion)
	fmt.Fprintf(w, "messages\t%d stored, %d parse failures, %d waiting to be parsed or classified, %d purged\n",
		s.Messages, s.ParseFailures, s.Unparsed+s.Unclassified, s.Purged)
	if stale > 0 {
		fmt.Fprintf(w, "parser\t%d messages were parsed by an older mail parser; run \"aftersale reparse\"\n", stale)
	}
	fmt.Fprintf(w, "cases\t%s\n", NonZero(buyerCases(s)))
	fmt.Fprintf(w, "not buyer mail\t%s\n", notBuyerLine(s))
	fmt.Fprintf(w, "phishing\t%s\n", phishingLine(s))
	fmt.Fprintf(w, "drafts\t%s\n", NonZero(s.Drafts))
	if s.OldestPending.IsZero() {
		fmt.Fprintf(w, "waiting\tnothing waits for approval or sending\n")
	} else {
		fmt.Fprintf(w, "waiting\tthe oldest draft waiting answers mail received %s (%s ago); %d past the 24-hour deadline\n",
			s.OldestPending.UTC().Format(time.RFC3339), shortDuration(max(0, now.Sub(s.OldestPending))), s.Overdue)
	}
	fmt.Fprintf(w, "sent\t%s, %d after the 24-hour deadline; send failures: %d temporary, %d permanent\n",
		Count(s.Sent, "reply", "replies"), s.SentLate, s.SendFailures["temporary"], s.SendFailures["permanent"])
	for _, h := range holds {
		label, line := "held", fmt.Sprintf("account %s: %s, %s: %s", h.Account, Count(h.Drafts, "reply waits", "replies wait"), h.Reason, h.Detail)
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
	case st.http != "":
		fmt.Fprintf(w, "daemon\tnot answering on %s\n", st.http)
	}
	if err := w.Flush(); err != nil {
		return err
	}

	fmt.Fprintln(out)
	w = tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ACCOUNT\tFOLDER\tUIDVALIDITY\tLAST UID\tLAST MAIL STORED\tCONNECTION")
	shown := map[string]bool{}
	for _, c := range s.Cursors {
		last := "-"
		if !c.LastFetched.IsZero() {
			last = c.LastFetched.UTC().Format(time.RFC3339)
		}
		shown[c.Account] = true
		fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%s\t%s\n", c.Account, c.Folder, c.UIDValidity, c.LastUID, last, st.connection(c.Account, now))
	}
	// An account that never fetched mail (its login refused from the
	// start) has no folder position, but its health is known.
	for _, h := range st.Accounts {
		if !shown[h.Account] {
			shown[h.Account] = true
			fmt.Fprintf(w, "%s\t-\t-\t-\t-\t%s\n", h.Account, st.connection(h.Account, now))
		}
	}
	if len(shown) == 0 {
		fmt.Fprintln(w, "(no mail fetched yet)\t\t\t\t\t")
	}
	return w.Flush()
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
		Count(s.Phishing, "possible phishing mail", "possible phishing mails"))
}

// connection describes an account's connection: the running daemon's
// view when it answered, else what its poller last recorded, else "-".
func (st Status) connection(account string, now time.Time) string {
	if st.Daemon != nil {
		for _, a := range st.Daemon.Accounts {
			if a.Name != account {
				continue
			}
			switch {
			case a.Paused:
				return "paused: " + truncate(a.LastError, 60)
			case a.Connected:
				return "connected"
			case a.LastError != "":
				return "retrying: " + truncate(a.LastError, 60)
			}
			return "idle"
		}
	}
	for _, h := range st.Accounts {
		if h.Account != account {
			continue
		}
		ago := func(t *time.Time) string {
			if t == nil {
				return "-"
			}
			return shortDuration(max(0, now.Sub(*t))) + " ago"
		}
		switch {
		case h.Paused:
			return fmt.Sprintf("PAUSED since %s: %s; fix it, then restart or reload the daemon", ago(h.ErrorSince), truncate(h.LastError, 60))
		case h.LastError != "":
			return fmt.Sprintf("FAILING since %s: %s", ago(h.ErrorSince), truncate(h.LastError, 60))
		case h.Connected && h.UpdatedAt != nil && now.Sub(*h.UpdatedAt) < 10*time.Minute:
			return "connected"
		case h.Connected:
			return "connected when last recorded, " + ago(h.UpdatedAt) + " (is the daemon running?)"
		}
		return "last good check " + ago(h.LastPoll)
	}
	return "-"
}

// StatusOptionsFor returns the StatusOptions that cfg (nil: none) sets:
// the daemon's address and the sender's limits.
func StatusOptionsFor(cfg *config.Config) StatusOptions {
	var o StatusOptions
	if cfg != nil {
		o.HTTP = cfg.HTTPListen
		o.Sender = respond.SenderOptions{RateLimit: cfg.RateLimit, RateWindow: cfg.RateWindow, MinGap: cfg.MinGap, MaxAttempts: cfg.MaxAttempts}
	}
	return o
}
