package daemon

import (
	"context"
	"sort"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/store"
)

// Observer is what /healthz and /metrics read: the running daemon's
// pollers and sender, in-process counters (IMAP reconnects, worker panics,
// config reloads) and, on each scrape, the database's counts (store.Stats).
// It outlives config reloads. A nil *Observer ignores every call, so the
// demo and --once run without one.
type Observer struct {
	db  *store.DB
	now func() time.Time
	reg *prometheus.Registry

	reconnects *prometheus.CounterVec // by account
	panics     *prometheus.CounterVec // by worker
	reloads    *prometheus.CounterVec // by result

	mu       sync.Mutex
	pollers  []*mailbox.Poller
	accounts []string // pollers' account names, same order
	sender   SenderState
	stopping bool
}

// SenderState is the outbox sender as /healthz shows it.
type SenderState struct {
	Configured bool      `json:"configured"`
	Sending    bool      `json:"sending"` // a reply is being handed to the SMTP server
	LastSent   time.Time `json:"last_sent,omitzero"`
	LastError  string    `json:"last_error,omitempty"`
}

// NewObserver returns an Observer reading db's counts; now is its clock
// (nil: time.Now).
func NewObserver(db *store.DB, now func() time.Time) *Observer {
	if now == nil {
		now = time.Now
	}
	o := &Observer{db: db, now: now, reg: prometheus.NewRegistry()}
	o.reconnects = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "aftersale_imap_reconnects_total",
		Help: "IMAP logins after the first of each poller: reconnections after errors or dropped connections.",
	}, []string{"account"})
	o.panics = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "aftersale_worker_panics_total",
		Help: "Panics recovered in a worker, which was then restarted.",
	}, []string{"worker"})
	o.reloads = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "aftersale_config_reloads_total",
		Help: "Config reloads on SIGHUP by result (ok, failed: the running config stayed).",
	}, []string{"result"})
	for _, r := range []string{"ok", "failed"} {
		o.reloads.WithLabelValues(r)
	}
	o.reg.MustRegister(o.reconnects, o.panics, o.reloads, &dbCollector{o: o},
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return o
}

// Gatherer is the registry /metrics serves, for a front end that serves
// it elsewhere.
func (o *Observer) Gatherer() prometheus.Gatherer { return o.reg }

// countLogins wraps the poller's credential callbacks, which mailbox
// calls once per login, to count reconnections.
func (o *Observer) countLogins(opts *mailbox.Options) {
	if o == nil {
		return
	}
	c := o.reconnects.WithLabelValues(opts.Account)
	var mu sync.Mutex
	logins := 0
	wrap := func(f func(context.Context) (string, error)) func(context.Context) (string, error) {
		if f == nil {
			return nil
		}
		return func(ctx context.Context) (string, error) {
			mu.Lock()
			logins++
			if logins > 1 {
				c.Inc()
			}
			mu.Unlock()
			return f(ctx)
		}
	}
	opts.Password, opts.OAuth2Token = wrap(opts.Password), wrap(opts.OAuth2Token)
}

// setDaemon makes d the daemon whose state is reported.
func (o *Observer) setDaemon(d *Daemon, smtpConfigured bool) {
	if o == nil {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	o.pollers, o.accounts = d.pollers, d.accounts
	o.sender.Configured = smtpConfigured
}

func (o *Observer) panicked(worker string) {
	if o == nil {
		return
	}
	o.panics.WithLabelValues(worker).Inc()
}

func (o *Observer) reloaded(ok bool) {
	if o == nil {
		return
	}
	r := "ok"
	if !ok {
		r = "failed"
	}
	o.reloads.WithLabelValues(r).Inc()
}

func (o *Observer) setStopping() {
	if o == nil {
		return
	}
	o.mu.Lock()
	o.stopping = true
	o.mu.Unlock()
}

func (o *Observer) sendStarted() {
	if o == nil {
		return
	}
	o.mu.Lock()
	o.sender.Sending = true
	o.mu.Unlock()
}

func (o *Observer) sendDone(err error) {
	if o == nil {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	o.sender.Sending = false
	if err != nil {
		o.sender.LastError = err.Error()
		return
	}
	o.sender.LastSent, o.sender.LastError = o.now(), ""
}

// AccountHealth is one account in /healthz.
type AccountHealth struct {
	Name      string    `json:"name"`
	Connected bool      `json:"connected"`
	Paused    bool      `json:"paused"` // login refused: no attempts until a restart or reload
	LastPoll  time.Time `json:"last_poll,omitzero"`
	LastError string    `json:"last_error,omitempty"`
}

// Health is the /healthz document.
type Health struct {
	Version  int             `json:"version"`
	Status   string          `json:"status"` // ok, degraded (an account is paused) or stopping
	Accounts []AccountHealth `json:"accounts"`
	Sender   SenderState     `json:"sender"`
}

// Health is the daemon's state now.
func (o *Observer) Health() Health {
	o.mu.Lock()
	defer o.mu.Unlock()
	h := Health{Version: 1, Status: "ok", Sender: o.sender, Accounts: []AccountHealth{}}
	for i, p := range o.pollers {
		st := p.State()
		h.Accounts = append(h.Accounts, AccountHealth{Name: o.accounts[i], Connected: st.Connected,
			Paused: st.Paused, LastPoll: st.LastPoll, LastError: st.LastErr})
		if st.Paused {
			h.Status = "degraded"
		}
	}
	if o.stopping {
		h.Status = "stopping"
	}
	return h
}

// dbCollector turns store.Stats and the pollers' state into metrics at
// each scrape.
type dbCollector struct{ o *Observer }

var (
	descIngested = prometheus.NewDesc("aftersale_messages_ingested_total",
		"Buyer mail stored from IMAP.", nil, nil)
	descParseFailures = prometheus.NewDesc("aftersale_messages_parse_failures_total",
		"Stored mail whose MIME parsing failed (flagged for a person).", nil, nil)
	descClassified = prometheus.NewDesc("aftersale_messages_classified_total",
		"Messages classified, by playbook case.", []string{"case"}, nil)
	descUnclassified = prometheus.NewDesc("aftersale_messages_unclassified",
		"Parsed messages waiting for the classifier.", nil, nil)
	descDrafts = prometheus.NewDesc("aftersale_drafts",
		"Reply drafts by state.", []string{"state"}, nil)
	descOldest = prometheus.NewDesc("aftersale_oldest_pending_draft_age_seconds",
		"Age of the oldest draft waiting for approval or sending (proposed or approved); 0 when none.", nil, nil)
	descOverdue = prometheus.NewDesc("aftersale_drafts_overdue",
		"Drafts waiting (proposed or approved) past Amazon's 24-hour reply deadline.", nil, nil)
	descSent = prometheus.NewDesc("aftersale_replies_sent_total",
		"Replies sent (rows in the sent log).", nil, nil)
	descLate = prometheus.NewDesc("aftersale_replies_over_24h_total",
		"Replies sent after the 24-hour deadline of the buyer message they answer.", nil, nil)
	descSendFailures = prometheus.NewDesc("aftersale_send_failures_total",
		"Failed send attempts by kind: temporary (retried) or permanent (draft failed).", []string{"kind"}, nil)
	descNotBuyer = prometheus.NewDesc("aftersale_messages_not_buyer_total",
		"Mail neither relayed from a buyer nor sent by Amazon (never drafted), by kind: all of it, and phishing (imitating Amazon, needs a look).",
		[]string{"kind"}, nil)
	descPurged = prometheus.NewDesc("aftersale_messages_purged_total",
		"Messages whose buyer data the retention purge removed.", nil, nil)
	descConnected = prometheus.NewDesc("aftersale_imap_connected",
		"1 while the account's IMAP connection is up.", []string{"account"}, nil)
	descPaused = prometheus.NewDesc("aftersale_imap_paused",
		"1 when the account's login was refused and polling is paused.", []string{"account"}, nil)
	descLastPoll = prometheus.NewDesc("aftersale_imap_last_poll_timestamp_seconds",
		"Unix time of the account's last successful check; 0 before the first.", []string{"account"}, nil)
	descSentCopies = prometheus.NewDesc("aftersale_sent_copies",
		"Sent-folder copies of replies by account and state: copied, pending (not copied yet, failing included), failing (last attempt failed).",
		[]string{"account", "state"}, nil)
	descScrapeError = prometheus.NewDesc("aftersale_db_scrape_error",
		"1 when reading the database for this scrape failed.", nil, nil)
)

func (c *dbCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descIngested, descParseFailures, descClassified, descUnclassified,
		descDrafts, descOldest, descOverdue, descSent, descLate, descSendFailures, descPurged, descNotBuyer,
		descConnected, descPaused, descLastPoll, descSentCopies, descScrapeError} {
		ch <- d
	}
}

func (c *dbCollector) Collect(ch chan<- prometheus.Metric) {
	o := c.o
	o.mu.Lock()
	pollers, accounts := o.pollers, o.accounts
	o.mu.Unlock()
	for i, p := range pollers {
		st := p.State()
		ch <- prometheus.MustNewConstMetric(descConnected, prometheus.GaugeValue, b2f(st.Connected), accounts[i])
		ch <- prometheus.MustNewConstMetric(descPaused, prometheus.GaugeValue, b2f(st.Paused), accounts[i])
		last := 0.0
		if !st.LastPoll.IsZero() {
			last = float64(st.LastPoll.UnixMilli()) / 1000
		}
		ch <- prometheus.MustNewConstMetric(descLastPoll, prometheus.GaugeValue, last, accounts[i])
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := o.db.Stats(ctx)
	ch <- prometheus.MustNewConstMetric(descScrapeError, prometheus.GaugeValue, b2f(err != nil))
	if err != nil {
		return
	}
	counter := func(d *prometheus.Desc, n int, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.CounterValue, float64(n), labels...)
	}
	gauge := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, labels...)
	}
	counter(descIngested, s.Messages)
	counter(descParseFailures, s.ParseFailures)
	for _, k := range sortedKeys(s.Classified) {
		counter(descClassified, s.Classified[k], string(k))
	}
	gauge(descUnclassified, float64(s.Unclassified))
	for _, k := range sortedKeys(s.Drafts) {
		gauge(descDrafts, float64(s.Drafts[k]), string(k))
	}
	age := 0.0
	if !s.OldestPending.IsZero() {
		age = max(0, o.now().Sub(s.OldestPending).Seconds())
	}
	gauge(descOldest, age)
	gauge(descOverdue, float64(s.Overdue))
	counter(descSent, s.Sent)
	counter(descLate, s.SentLate)
	for _, k := range sortedKeys(s.SendFailures) {
		counter(descSendFailures, s.SendFailures[k], k)
	}
	counter(descPurged, s.Purged)
	counter(descNotBuyer, s.NotBuyer, "all")
	counter(descNotBuyer, s.Phishing, "phishing")
	for _, c := range s.SentCopies {
		gauge(descSentCopies, float64(c.Copied), c.Account, "copied")
		gauge(descSentCopies, float64(c.Pending), c.Account, "pending")
		gauge(descSentCopies, float64(c.Failing), c.Account, "failing")
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func sortedKeys[K ~string, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}
