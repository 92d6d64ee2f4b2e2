package respond

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/tick"
	"github.com/aftersale/aftersale/store"
)

// SenderOptions configure the Sender.
type SenderOptions struct {
	// From is the sender address, one registered in Seller Central's
	// Messaging Permissions (amazon.md §2.1).
	From string
	// Interval is how often the outbox is checked without a Kick; 0 means 5 s.
	Interval time.Duration
	// MaxAttempts is how many sends are tried before a temporary failure
	// becomes permanent; 0 means 8.
	MaxAttempts int
	// Backoff returns the delay before attempt+1 after attempt failed
	// temporarily (attempt counts from 1); nil means 30 s doubling up to 30 min.
	Backoff func(attempt int) time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Policy supplies the allowed link domains for the last policy check
	// before sending.
	Policy Settings
	// RecipientDomains are the domains a reply may be sent to (exact,
	// case-insensitive); nil means DefaultRecipientDomains. The recipient
	// must also be the relay alias of the buyer message the draft answers.
	// Anything else fails permanently, except direct buyer mail.
	RecipientDomains []string
	// DirectBuyerMail names the accounts that take direct buyer mail
	// ([[account]] direct_buyer_mail): their replies to mail classified as
	// direct buyer mail (aftersale.OriginDirect) go to the sender's own
	// address, whatever its domain.
	DirectBuyerMail []string
	// RateLimit caps the replies one account sends per RateWindow (0: no
	// cap); drafts over the cap wait, without an attempt counted, until the
	// window has room. RateWindow 0 means one hour.
	RateLimit  int
	RateWindow time.Duration
	// MinGap is the least time between two replies of one account (0:
	// none), so an approved batch goes out spread, not as a burst.
	MinGap time.Duration
	// OnSent, when set, is called with the account after each reply is
	// recorded as sent (e.g. to wake the Sent-folder copier). It must not
	// block.
	OnSent func(account string)
}

// DefaultRecipientDomains are Amazon's buyer-seller relay domains
// (amazon.md §2.1: marketplace.amazon.<tld>, the 22 marketplaces with
// mail exchangers). Exact names only: a look-alike such as
// marketplace.amazon.de.example.com does not match.
var DefaultRecipientDomains = []string{
	"marketplace.amazon.com", "marketplace.amazon.ca", "marketplace.amazon.com.mx",
	"marketplace.amazon.com.br", "marketplace.amazon.co.uk", "marketplace.amazon.de",
	"marketplace.amazon.fr", "marketplace.amazon.it", "marketplace.amazon.es",
	"marketplace.amazon.nl", "marketplace.amazon.se", "marketplace.amazon.pl",
	"marketplace.amazon.com.be", "marketplace.amazon.ie", "marketplace.amazon.com.tr",
	"marketplace.amazon.ae", "marketplace.amazon.sa", "marketplace.amazon.eg",
	"marketplace.amazon.in", "marketplace.amazon.sg", "marketplace.amazon.co.jp",
	"marketplace.amazon.com.au",
}

// Sender sends approved drafts: it claims them from the store's outbox,
// checks them once more and hands them to the Mailer.
type Sender struct {
	db   *store.DB
	m    Mailer
	o    SenderOptions
	log  *slog.Logger
	kick chan struct{}
}

// NewSender returns a Sender sending through m. log may be nil.
func NewSender(db *store.DB, m Mailer, o SenderOptions, log *slog.Logger) *Sender {
	if o.Interval <= 0 {
		o.Interval = 5 * time.Second
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 8
	}
	if o.Backoff == nil {
		o.Backoff = DefaultBackoff
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.RecipientDomains == nil {
		o.RecipientDomains = DefaultRecipientDomains
	}
	if o.RateWindow <= 0 {
		o.RateWindow = time.Hour
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Sender{db: db, m: m, o: o, log: log.With("component", "sender"), kick: make(chan struct{}, 1)}
}

// DefaultBackoff waits 30 s after the first failure, doubling up to 30 min.
func DefaultBackoff(attempt int) time.Duration {
	d := 30 * time.Second
	for i := 1; i < attempt && d < 30*time.Minute; i++ {
		d *= 2
	}
	return min(d, 30*time.Minute)
}

// Kick asks Run to check the outbox now (e.g. after an approval). It never
// blocks.
func (s *Sender) Kick() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// Run first moves drafts left in sending by a crash to send_unknown
// (never resent automatically), then sends due drafts until ctx is
// cancelled. It returns nil on a clean stop; only a failing RecoverSending
// is returned as an error, other errors are logged and retried.
func (s *Sender) Run(ctx context.Context) error {
	n, err := s.db.RecoverSending(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("recovering drafts left in sending: %w", err)
	}
	if n > 0 {
		s.log.Error("drafts were being sent when the daemon stopped; they are now send_unknown and will not be resent: check them with queue list --state=send_unknown", "count", n)
	}
	return tick.Loop(ctx, s.kick, s.o.Interval, func(ctx context.Context) {
		if _, err := s.RunOnce(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("outbox check failed", "err", err)
		}
	})
}

// RunOnce sends every draft that is due now and returns how many were
// sent. Failed sends are recorded on their drafts, not returned; the
// error is for store failures.
//
// With a rate limit, an account that reached it is skipped: its drafts
// stay approved (no attempt counted) for a later run.
func (s *Sender) RunOnce(ctx context.Context) (int, error) {
	rl, err := s.rateState(ctx)
	if err != nil {
		return 0, err
	}
	sent := 0
	for ctx.Err() == nil {
		d, err := s.db.ClaimOutboxExcept(ctx, rl.limited(s.o))
		if errors.Is(err, aftersale.ErrNotFound) {
			return sent, nil
		}
		if err != nil {
			return sent, fmt.Errorf("claiming the next approved draft: %w", err)
		}
		ok, err := s.send(ctx, d)
		if ok {
			sent++
			rl.sent(d.Account, s.o.Now())
		}
		if err != nil {
			return sent, err
		}
	}
	return sent, nil
}

// rateState is the per-account send activity RunOnce checks the limits
// against; it starts from the sent log, so limits hold across restarts
// and across "serve --once" runs.
type rateState struct {
	now   time.Time
	count map[string]int       // sends within RateWindow
	last  map[string]time.Time // latest send
}

func (s *Sender) rateState(ctx context.Context) (*rateState, error) {
	now := s.o.Now()
	rl := &rateState{now: now, count: map[string]int{}, last: map[string]time.Time{}}
	if s.o.RateLimit <= 0 && s.o.MinGap <= 0 {
		return rl, nil
	}
	act, err := s.db.SentActivity(ctx, now.Add(-s.o.RateWindow), now.Add(-s.o.MinGap))
	if err != nil {
		return nil, err
	}
	for a, v := range act {
		rl.count[a], rl.last[a] = v.InWindow, v.Last
	}
	return rl, nil
}

func (rl *rateState) sent(account string, at time.Time) {
	rl.count[account]++
	rl.last[account] = at
}

// limited returns the accounts that may not send now.
func (rl *rateState) limited(o SenderOptions) []string {
	var out []string
	for a, n := range rl.count {
		if o.RateLimit > 0 && n >= o.RateLimit {
			out = append(out, a)
		}
	}
	for a, t := range rl.last {
		if o.MinGap > 0 && rl.now.Sub(t) < o.MinGap && !(o.RateLimit > 0 && rl.count[a] >= o.RateLimit) {
			out = append(out, a)
		}
	}
	return out
}

// send sends one claimed draft and records the outcome. The outcome is
// written with a context that ignores cancellation: once the server has
// the message, the store must know.
func (s *Sender) send(ctx context.Context, d aftersale.Draft) (bool, error) {
	log := s.log.With("draft_id", d.ID, "order_id", d.OrderID, "account", d.Account)
	wctx := context.WithoutCancel(ctx)

	fs := Check(d.Body, s.o.Policy)
	verdict := "ok"
	switch {
	case hasRule(fs, RulePlaceholder):
		return false, s.fail(wctx, log, d, "unfilled placeholders: "+strings.Join(FindPlaceholders(d.Body), ", "), false)
	case aftersale.Blocking(fs) && d.OverrideReason == "":
		return false, s.fail(wctx, log, d, "policy check blocks sending: "+blockingRules(fs), false)
	case aftersale.Blocking(fs):
		verdict = "override: " + d.OverrideReason
	case len(fs) > 0:
		verdict = "warn"
	}
	out := Outgoing{
		From: s.o.From, To: d.To, Subject: d.Subject, Body: d.Body,
		MessageID: d.OutgoingID, InReplyTo: d.InReplyTo, References: d.References,
	}
	if d.To == "" {
		return false, s.fail(wctx, log, d, "no recipient: the buyer's message has no Amazon relay address", false)
	}
	if reason := s.checkRecipient(ctx, d); reason != "" {
		return false, s.fail(wctx, log, d, reason, false)
	}
	if d.OutgoingID == "" {
		return false, s.fail(wctx, log, d, "no outgoing Message-ID fixed at approval", false)
	}
	reply, err := s.m.Send(ctx, out)
	if errors.Is(err, ErrOutcomeUnknown) {
		// The server may have the message: a person decides (at most once).
		log.Error("send outcome unknown; not retried: check the buyer thread, then resolve it", "message_id", d.OutgoingID, "err", err)
		if merr := s.db.MarkSendUnknown(wctx, d.ID, err.Error()); merr != nil {
			return false, fmt.Errorf("recording unknown send outcome of draft %d: %w", d.ID, merr)
		}
		return false, nil
	}
	if err != nil {
		temp := errTemporary(err)
		attempt := d.Attempts + 1
		if temp && attempt >= s.o.MaxAttempts {
			return false, s.fail(wctx, log, d, fmt.Sprintf("giving up after %d attempts: %v", attempt, err), false)
		}
		return false, s.fail(wctx, log, d, err.Error(), temp)
	}
	r := aftersale.SentReply{
		DraftID: d.ID, Account: d.Account, MessageID: d.OutgoingID, To: d.To, Subject: d.Subject,
		Body: d.Body, OrderID: d.OrderID, Case: d.Case, ApprovedBy: d.ApprovedBy, AutoApproved: d.AutoApproved,
		Verdict: verdict, SMTPReply: strings.TrimSpace(reply), SentAt: s.o.Now(),
	}
	if err := s.db.MarkSent(wctx, d.ID, r); err != nil {
		// The buyer has the reply; the draft stays in sending and becomes
		// send_unknown at the next start, never resent.
		log.Error("reply sent but not recorded", "message_id", d.OutgoingID, "err", err)
		return true, fmt.Errorf("recording sent draft %d: %w", d.ID, err)
	}
	log.Info("reply sent", "message_id", d.OutgoingID, "case", d.Case, "verdict", verdict)
	if s.o.OnSent != nil {
		s.o.OnSent(d.Account)
	}
	return true, nil
}

// checkRecipient returns why d may not be sent to d.To, or "": the
// recipient must be the relay alias of the buyer message the draft
// answers, on an allowed domain, or the sender of direct buyer mail
// (directRecipient).
func (s *Sender) checkRecipient(ctx context.Context, d aftersale.Draft) string {
	to := strings.ToLower(strings.TrimSpace(d.To))
	at := strings.LastIndexByte(to, '@')
	if at <= 0 {
		return fmt.Sprintf("recipient %q is not an email address", d.To)
	}
	domain := to[at+1:]
	allowed := false
	for _, a := range s.o.RecipientDomains {
		if strings.EqualFold(strings.TrimSpace(a), domain) {
			allowed = true
			break
		}
	}
	if !allowed {
		if s.directRecipient(ctx, d, to) {
			return ""
		}
		return fmt.Sprintf("recipient %s refused: %s is not an Amazon relay domain (sender recipient allow-list)", d.To, domain)
	}
	m, err := s.db.Message(ctx, d.MessageID)
	if err != nil {
		return fmt.Sprintf("recipient %s refused: reading the buyer message %d: %v", d.To, d.MessageID, err)
	}
	if !strings.EqualFold(m.RelayAlias, to) {
		return fmt.Sprintf("recipient %s refused: it is not the thread's relay alias %q", d.To, m.RelayAlias)
	}
	return ""
}

// directRecipient reports whether to, which is on no allowed domain, may
// still get d: d answers mail classified as direct buyer mail, to an
// account that takes it, and to is that mail's sender.
func (s *Sender) directRecipient(ctx context.Context, d aftersale.Draft, to string) bool {
	if !slices.Contains(s.o.DirectBuyerMail, d.Account) {
		return false
	}
	m, err := s.db.Message(ctx, d.MessageID)
	if err != nil || m.RelayAlias != "" || !strings.EqualFold(m.FromAddr, to) {
		return false
	}
	c, err := s.db.Classification(ctx, d.MessageID)
	return err == nil && c.Origin == aftersale.OriginDirect
}

// fail records a failed send: temporary ones go back to approved with the
// next attempt time, permanent ones to failed.
func (s *Sender) fail(ctx context.Context, log *slog.Logger, d aftersale.Draft, reason string, temporary bool) error {
	next := time.Time{}
	if temporary {
		next = s.o.Now().Add(s.o.Backoff(d.Attempts + 1))
		log.Warn("send failed, will retry", "attempt", d.Attempts+1, "next_attempt", next, "err", reason)
	} else {
		log.Error("send failed permanently; approve again or reject", "attempt", d.Attempts+1, "err", reason)
	}
	if err := s.db.MarkSendFailed(ctx, d.ID, reason, temporary, next); err != nil {
		return fmt.Errorf("recording failed send of draft %d: %w", d.ID, err)
	}
	return nil
}

func blockingRules(fs []aftersale.Finding) string {
	var rs []string
	seen := map[string]bool{}
	for _, f := range fs {
		if f.Severity == aftersale.SeverityBlock && !seen[f.Rule] {
			seen[f.Rule] = true
			rs = append(rs, f.Rule)
		}
	}
	return strings.Join(rs, ", ")
}

func hasRule(fs []aftersale.Finding, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}
