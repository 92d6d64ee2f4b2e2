package respond

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/loop"
	"github.com/aftersale/aftersale/store"
)

// SenderOptions configure the Sender.
type SenderOptions struct {
	// From is the sender address, one registered in Seller Central's
	// Messaging Permissions (docs/amazon.md, "Sending replies").
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

// DefaultRecipientDomains are Amazon's buyer-seller relay domains,
// marketplace.amazon.<tld> of every marketplace with a mail exchanger for
// it (aftersale.RelayDomains). Exact names only: a look-alike such as
// marketplace.amazon.de.example.com does not match.
var DefaultRecipientDomains = aftersale.RelayDomains()

// Sender sends approved drafts: it claims them from the store's outbox,
// checks them once more and hands them to the Mailer.
//
// Waits survive a step of the wall clock: the sender times its own sends
// and retry backoffs on the monotonic clock too, so when the clock goes
// back, a reply the sent log now dates in the future still counts for the
// rate limits by its real age, and a retry goes out when its backoff has
// passed. What it did not time itself (sends and retry times from before
// it started) is read from the database with the clock capped: replies
// dated after now are left out of the rate limits, and a retry time more
// than the longest backoff ahead is due at once. Why approved replies
// wait is logged when it changes, and Holds reports it.
type Sender struct {
	db   *store.DB
	m    Mailer
	o    SenderOptions
	log  *slog.Logger
	kick chan struct{}
	// maxWait is the longest backoff o.Backoff gives within MaxAttempts.
	maxWait time.Duration

	mu sync.Mutex
	// sent are this process's sends within the rate window, per account.
	sent map[string][]sentMark
	// retries are the drafts this process put back after a temporary
	// failure, with the monotonic time their backoff ends.
	retries map[int64]time.Time
	// held are the holds (account and reason) seen by the last RunOnce,
	// so that each is logged when it begins.
	held map[string]bool
}

// sentMark is one send of this process.
type sentMark struct {
	wall time.Time // the time recorded in the sent log (o.Now)
	mono time.Time // time.Now, with its monotonic reading
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
	var maxWait time.Duration
	for a := 1; a <= o.MaxAttempts; a++ {
		maxWait = max(maxWait, o.Backoff(a))
	}
	return &Sender{db: db, m: m, o: o, log: log.With("component", "sender"), kick: make(chan struct{}, 1),
		maxWait: maxWait, sent: map[string][]sentMark{}, retries: map[int64]time.Time{}}
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
	l := loop.Loop{Interval: s.o.Interval, Kick: s.kick, Log: s.log, Failed: "outbox check failed", MaxBackoff: time.Minute}
	return l.Run(ctx, func(ctx context.Context) (time.Duration, error) {
		if _, err := s.RunOnce(ctx); err != nil {
			// Logged without the buyer's relay alias.
			return 0, errors.New(s.redact(err.Error()))
		}
		return 0, nil
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
	if err := s.logHolds(ctx, rl); err != nil {
		return 0, err
	}
	sent := 0
	for ctx.Err() == nil {
		d, err := s.db.ClaimOutboxWith(ctx, store.ClaimFilter{Skip: rl.limited(s.o), Due: s.dueRetries(), MaxWait: s.maxWait})
		if errors.Is(err, aftersale.ErrNotFound) {
			return sent, nil
		}
		if err != nil {
			return sent, fmt.Errorf("claiming the next approved draft: %w", err)
		}
		s.mu.Lock()
		delete(s.retries, d.ID)
		s.mu.Unlock()
		ok, err := s.send(ctx, d)
		if ok {
			sent++
			rl.sent(d.Account)
		}
		if err != nil {
			return sent, err
		}
	}
	return sent, nil
}

// dueRetries returns the drafts whose backoff, timed by this process on
// the monotonic clock, has passed, and forgets those long past it (the
// database's NextAttempt, capped by maxWait, covers them).
func (s *Sender) dueRetries() []int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	var ids []int64
	for id, due := range s.retries {
		switch late := time.Since(due); {
		case late > s.maxWait:
			delete(s.retries, id)
		case late >= 0:
			ids = append(ids, id)
		}
	}
	return ids
}

// rateState is the per-account send activity RunOnce checks the limits
// against; it starts from the sent log, so limits hold across restarts
// and across "serve --once" runs.
type rateState struct {
	now   time.Time
	count map[string]int       // sends within RateWindow
	first map[string]time.Time // earliest of them
	last  map[string]time.Time // latest send
	// ahead is the latest reply of an account that the sent log dates
	// after now: the clock went back.
	ahead map[string]time.Time
}

func (s *Sender) rateState(ctx context.Context) (*rateState, error) {
	now := s.o.Now()
	rl := &rateState{now: now, count: map[string]int{}, first: map[string]time.Time{},
		last: map[string]time.Time{}, ahead: map[string]time.Time{}}
	if s.o.RateLimit <= 0 && s.o.MinGap <= 0 {
		return rl, nil
	}
	act, err := s.db.SentActivity(ctx, now.Add(-s.o.RateWindow), now.Add(-s.o.MinGap), now)
	if err != nil {
		return nil, err
	}
	for a, v := range act {
		rl.count[a], rl.first[a], rl.last[a] = v.InWindow, v.First, v.Last
		if v.Ahead > 0 {
			rl.ahead[a] = v.AheadLast
		}
	}
	// The sent log leaves out what it dates after now; this process's own
	// sends among those count by their monotonic age instead.
	keep := max(s.o.RateWindow, s.o.MinGap)
	s.mu.Lock()
	defer s.mu.Unlock()
	for a, marks := range s.sent {
		kept := marks[:0]
		for _, m := range marks {
			age := time.Since(m.mono)
			if age > keep {
				continue
			}
			kept = append(kept, m)
			if !m.wall.After(now) {
				continue // in the sent log's counts
			}
			at := now.Add(-age)
			if age < s.o.RateWindow {
				rl.count[a]++
				if f := rl.first[a]; f.IsZero() || at.Before(f) {
					rl.first[a] = at
				}
			}
			if at.After(rl.last[a]) {
				rl.last[a] = at
			}
		}
		if len(kept) == 0 {
			delete(s.sent, a)
		} else {
			s.sent[a] = kept
		}
	}
	return rl, nil
}

// sent counts a send of account in this run.
func (rl *rateState) sent(account string) {
	rl.count[account]++
	if rl.first[account].IsZero() {
		rl.first[account] = rl.now
	}
	rl.last[account] = rl.now
}

// limited returns the accounts that may not send now.
func (rl *rateState) limited(o SenderOptions) []string {
	var out []string
	for a := range rl.count {
		if rl.hold(o, a) != "" {
			out = append(out, a)
		}
	}
	for a := range rl.last {
		if _, ok := rl.count[a]; !ok && rl.hold(o, a) != "" {
			out = append(out, a)
		}
	}
	return out
}

// hold returns why account may not send now (HoldRateLimit, HoldMinGap),
// or "".
func (rl *rateState) hold(o SenderOptions, account string) string {
	r, _ := rl.holdUntil(o, account)
	return r
}

// holdUntil is hold with the time the account may send again.
func (rl *rateState) holdUntil(o SenderOptions, account string) (string, time.Time) {
	if o.RateLimit > 0 && rl.count[account] >= o.RateLimit {
		return HoldRateLimit, rl.first[account].Add(o.RateWindow)
	}
	if last := rl.last[account]; o.MinGap > 0 && !last.IsZero() && rl.now.Sub(last) < o.MinGap {
		return HoldMinGap, last.Add(o.MinGap)
	}
	return "", time.Time{}
}

// Reasons approved replies wait, in Hold.Reason.
const (
	HoldRateLimit   = "rate_limit"   // the account sent [sender] rate_limit replies within the window
	HoldMinGap      = "min_gap"      // the account's last reply is less than [sender] min_gap ago
	HoldRetry       = "retry"        // a temporary failure's backoff has not passed
	HoldClockBehind = "clock_behind" // the database holds times ahead of the clock: it went back
)

// Hold is why approved replies of one account wait.
type Hold struct {
	Account string    `json:"account"`
	Reason  string    `json:"reason"`         // HoldRateLimit, HoldMinGap, HoldRetry or HoldClockBehind
	Drafts  int       `json:"drafts"`         // approved drafts that wait for it
	Until   time.Time `json:"until,omitzero"` // when sending may go on, by the clock; zero: not known
	Detail  string    `json:"detail"`         // the reason for a person, with the figures
}

// Holds returns why approved replies wait now, per account, or nothing
// when none waits: the rate limit or the minimum gap, a retry's backoff,
// or a clock behind the times in the database (after a step back; sending
// goes on, see Sender). A Sender that runs adds what it timed itself;
// "aftersale status" calls it on a Sender that never ran.
func (s *Sender) Holds(ctx context.Context) ([]Hold, error) {
	rl, err := s.rateState(ctx)
	if err != nil {
		return nil, err
	}
	return s.holds(ctx, rl)
}

func (s *Sender) holds(ctx context.Context, rl *rateState) ([]Hold, error) {
	ob, err := s.db.Outbox(ctx, rl.now, s.maxWait)
	if err != nil {
		return nil, err
	}
	accounts := map[string]bool{}
	for a := range ob {
		accounts[a] = true
	}
	for a := range rl.ahead {
		accounts[a] = true
	}
	names := make([]string, 0, len(accounts))
	for a := range accounts {
		names = append(names, a)
	}
	sort.Strings(names)
	round := func(d time.Duration) time.Duration { return d.Round(time.Second) }
	var hs []Hold
	for _, a := range names {
		o := ob[a]
		if t, ok := rl.ahead[a]; ok {
			hs = append(hs, Hold{Account: a, Reason: HoldClockBehind, Drafts: o.Approved,
				Detail: fmt.Sprintf("the sent log has replies dated up to %s, %s ahead of the clock: the clock went back; the rate limits count the replies this daemon sent by their real age and leave older ones out, so sending does not wait for the clock to catch up",
					t.UTC().Format(time.RFC3339), shortDuration(round(t.Sub(rl.now))))})
		}
		if o.Beyond > 0 {
			hs = append(hs, Hold{Account: a, Reason: HoldClockBehind, Drafts: o.Beyond,
				Detail: fmt.Sprintf("%d retry times lie more than the longest backoff (%s) ahead of the clock: the clock went back; they are retried now", o.Beyond, shortDuration(s.maxWait))})
		}
		if o.Due > 0 {
			switch r, until := rl.holdUntil(s.o, a); r {
			case HoldRateLimit:
				sent := fmt.Sprintf("%d replies", rl.count[a])
				if rl.count[a] == 1 {
					sent = "1 reply"
				}
				hs = append(hs, Hold{Account: a, Reason: r, Drafts: o.Due, Until: until,
					Detail: fmt.Sprintf("%s sent in the last %s ([sender] rate_limit %d per %s)", sent, shortDuration(s.o.RateWindow), s.o.RateLimit, shortDuration(s.o.RateWindow))})
			case HoldMinGap:
				hs = append(hs, Hold{Account: a, Reason: r, Drafts: o.Due, Until: until,
					Detail: fmt.Sprintf("the last reply went out %s ago ([sender] min_gap %s)", shortDuration(round(rl.now.Sub(rl.last[a]))), shortDuration(s.o.MinGap))})
			}
		}
		if waiting := o.Approved - o.Due; waiting > 0 {
			hs = append(hs, Hold{Account: a, Reason: HoldRetry, Drafts: waiting, Until: o.NextDue,
				Detail: "waiting to retry after a temporary send failure"})
		}
	}
	return hs, nil
}

// shortDuration is d as time.Duration prints it without zero minutes
// and seconds at the end: "1h", "30m", "1h30m", "45s".
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = s[:len(s)-2]
	}
	if strings.HasSuffix(s, "h0m") {
		s = s[:len(s)-2]
	}
	return s
}

// logHolds logs each reason approved replies wait when it begins: a
// clock that went back as a warning (and when it has caught up), a rate
// limit at info, the minimum gap, which spaces every send, at debug.
// Retry waits are not repeated here: each failure is logged with its next
// attempt.
func (s *Sender) logHolds(ctx context.Context, rl *rateState) error {
	hs, err := s.holds(ctx, rl)
	if err != nil {
		return err
	}
	now := map[string]bool{}
	s.mu.Lock()
	prev := s.held
	s.held = now
	s.mu.Unlock()
	for _, h := range hs {
		key := h.Account + " " + h.Reason
		if h.Reason == HoldRetry || now[key] {
			continue
		}
		now[key] = true
		if prev[key] {
			continue
		}
		attrs := []any{"account", h.Account, "reason", h.Reason, "drafts", h.Drafts, "detail", h.Detail}
		if !h.Until.IsZero() {
			attrs = append(attrs, "until", h.Until.UTC())
		}
		switch h.Reason {
		case HoldClockBehind:
			s.log.Warn("the clock went back", attrs...)
		case HoldRateLimit:
			s.log.Info("sending held", attrs...)
		default:
			s.log.Debug("sending held", attrs...)
		}
	}
	for key := range prev {
		if account, reason, _ := strings.Cut(key, " "); !now[key] && reason == HoldClockBehind {
			s.log.Info("the clock has caught up with the times in the database", "account", account)
		}
	}
	return nil
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
		From: s.o.From, To: d.To, Subject: CapSubject(d.Subject), Body: d.Body,
		MessageID: d.OutgoingID, InReplyTo: d.InReplyTo, References: d.References,
		Date: s.o.Now(),
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
		log.Error("send outcome unknown; not retried: check the buyer thread, then resolve it", "message_id", d.OutgoingID, "err", s.redact(err.Error()))
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
		DraftID: d.ID, Account: d.Account, MessageID: d.OutgoingID, To: d.To, Subject: out.Subject,
		Body: d.Body, OrderID: d.OrderID, Case: d.Case, ApprovedBy: d.ApprovedBy, AutoApproved: d.AutoApproved,
		Verdict: verdict, SMTPReply: strings.TrimSpace(reply), SentAt: s.o.Now(),
	}
	if s.o.RateLimit > 0 || s.o.MinGap > 0 {
		s.mu.Lock()
		s.sent[d.Account] = append(s.sent[d.Account], sentMark{wall: r.SentAt, mono: time.Now()})
		s.mu.Unlock()
	}
	if err := s.db.MarkSent(wctx, d.ID, r); err != nil {
		// The buyer has the reply; the draft stays in sending and becomes
		// send_unknown at the next start, never resent.
		log.Error("reply sent but not recorded", "message_id", d.OutgoingID, "err", s.redact(err.Error()))
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

// addrRe matches an email address, as SMTP replies and recipient checks
// quote them ("<alias@marketplace.amazon.de>").
var addrRe = regexp.MustCompile(`[A-Za-z0-9!#$%&'*+/=?^_{|}~.-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)`)

// RedactAddresses replaces the local part of every email address in s,
// except keep (the seller's own address, "" for none), with "[redacted]":
// an SMTP server's refusal names the buyer's relay alias, which is
// personal data and must not reach the logs, where the retention purge
// cannot remove it. The domain stays, for diagnosis.
func RedactAddresses(s, keep string) string {
	return addrRe.ReplaceAllStringFunc(s, func(a string) string {
		if keep != "" && strings.EqualFold(a, keep) {
			return a
		}
		_, domain, _ := strings.Cut(a, "@")
		return "[redacted]@" + domain
	})
}

// redact is RedactAddresses keeping the sender's own address, for what
// the sender logs. The full text stays in the database (the draft's last
// error, its audit entry) for a person, until the retention purge.
func (s *Sender) redact(text string) string { return RedactAddresses(text, s.o.From) }

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
		wait := s.o.Backoff(d.Attempts + 1)
		next = s.o.Now().Add(wait)
		s.mu.Lock()
		s.retries[d.ID] = time.Now().Add(wait)
		s.mu.Unlock()
		log.Warn("send failed, will retry", "attempt", d.Attempts+1, "next_attempt", next, "err", s.redact(reason))
	} else {
		log.Error("send failed permanently; approve again or reject", "attempt", d.Attempts+1, "err", s.redact(reason))
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
