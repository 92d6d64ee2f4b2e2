package daemon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/config"
	"github.com/aftersale/aftersale/internal/par"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// Daemon is the set of workers built from one config, run under one
// context: one generation of the Service, replaced as a whole on a config
// reload.
type Daemon struct {
	db         *store.DB
	log        *slog.Logger
	obs        *Observer // nil: no metrics (demo, --once)
	pollers    []*mailbox.Poller
	accounts   []string // the pollers' account names, same order
	classifier *classify.Worker
	learner    *classify.Learner // keeps the classifier trained on the seller's corrections
	drafter    *respond.Drafter
	sender     *respond.Sender // nil when no SMTP server is configured
	auto       *AutoApprover   // nil without [[auto_approve]] rules
	extra      []worker        // purge, order-folder watch
	// copiers file sent replies into the Sent folder of the accounts with
	// sent_folder set, by account name.
	copiers map[string]*mailbox.SentCopier

	// grace bounds the wait for the send in flight once run's ctx is
	// cancelled; then hard is cancelled, which aborts it.
	grace      time.Duration
	hard       context.Context
	hardCancel context.CancelFunc
	// restartDelay is the first wait before a panicked worker restarts; it
	// doubles up to maxRestartDelay.
	restartDelay time.Duration
}

// worker is one named loop of the daemon.
type worker struct {
	name string
	run  func(ctx context.Context) error
}

const (
	defaultRestartDelay = 5 * time.Second
	maxRestartDelay     = 5 * time.Minute
)

// New builds the workers of cfg over db, without metrics. It logs through
// log, reads the time from db.Now, and loads (does not train) the
// classifier.
func New(cfg *config.Config, db *store.DB, log *slog.Logger) (*Daemon, error) {
	return NewWith(cfg, db, log, nil)
}

// NewWith is New; obs, when not nil, is fed the pollers' logins and the
// sender's state for /healthz and /metrics.
func NewWith(cfg *config.Config, db *store.DB, log *slog.Logger, obs *Observer) (*Daemon, error) {
	for _, w := range cfg.SecretWarnings() {
		log.Warn("password file readable by others", "component", "serve", "detail", w)
	}
	// Every worker reads the database's clock: the real one, or the one a
	// test gave the CLI.
	now := db.Now
	// The classifier learns from the seller's corrections: the model
	// trained with them comes from the store's cache (no training at
	// start-up); the learner retrains in the background when they change
	// and the worker takes the new classifier from its next batch on.
	learner := classify.NewLearner(db, classify.LearnerOptions{Classifier: classify.Options{MinConfidence: cfg.MinConfidence, Now: now}}, log)
	if _, _, err := learner.Load(context.Background()); err != nil {
		return nil, fmt.Errorf("loading classifier: %w", err)
	}
	d := &Daemon{db: db, log: log, obs: obs, grace: cfg.ShutdownGrace, restartDelay: defaultRestartDelay, learner: learner}
	d.hard, d.hardCancel = context.WithCancel(context.Background())
	d.drafter = respond.NewDrafter(db, cfg.RespondSettings(), log)
	d.drafter.SetClock(now)
	// The classifier reads the buyer's words without the lines of Amazon's
	// wrapper learned from the stored mail.
	templates := mailbox.NewTemplateLearner(db)
	d.classifier = classify.NewWorker(db, nil, classify.WorkerOptions{OnClassified: d.drafter.Kick,
		DirectBuyerMail: cfg.DirectBuyerAccounts(), Current: learner.Current(),
		LearnTemplate: func(ctx context.Context) (classify.Template, error) { return templates.Learn(ctx) }}, log)
	for _, a := range cfg.Accounts {
		opts, err := a.MailboxOptions()
		if err != nil {
			return nil, err
		}
		opts.Now = now
		c, err := newSentCopier(cfg, a, opts, db, log)
		if err != nil {
			return nil, err
		}
		if c != nil {
			if d.copiers == nil {
				d.copiers = map[string]*mailbox.SentCopier{}
			}
			d.copiers[a.Name] = c
		}
		opts.OnStored = d.classifier.Kick
		obs.countLogins(&opts)
		d.pollers = append(d.pollers, mailbox.NewPoller(db, opts, log))
		d.accounts = append(d.accounts, a.Name)
	}
	if cfg.SMTP.Host != "" {
		var m respond.Mailer = respond.NewSMTPMailer(cfg.SMTP.Options())
		m = &finishingMailer{m: m, hard: d.hard, obs: obs}
		d.sender = respond.NewSender(db, m, respond.SenderOptions{
			From: cfg.SMTP.From, Interval: cfg.SendInterval, MaxAttempts: cfg.MaxAttempts,
			Policy: cfg.RespondSettings(), RecipientDomains: cfg.RecipientDomains, DirectBuyerMail: cfg.DirectBuyerAccounts(),
			RateLimit: cfg.RateLimit, RateWindow: cfg.RateWindow, MinGap: cfg.MinGap,
			OnSent: d.kickCopier, Now: now,
		}, log)
	} else {
		log.Warn("no [smtp] server configured: approved replies stay in the outbox", "component", "serve")
	}
	if len(cfg.AutoApprove) > 0 {
		d.auto = NewAutoApprover(db, cfg.AutoApprove, cfg.MessageIDDomain(), cfg.SendInterval, log)
		if d.sender != nil {
			d.auto.OnApproved = d.sender.Kick
		}
		d.extra = append(d.extra, worker{"auto_approve", d.auto.Run})
	}
	if cfg.Retention > 0 {
		d.extra = append(d.extra, worker{"purge", newPurger(db, cfg.Retention, log).run})
	}
	d.extra = append(d.extra, worker{"checkpoint", newCheckpointer(db, log).run})
	if cfg.OrdersWatchDir != "" {
		d.extra = append(d.extra, worker{"orders_watch", newOrderWatcher(db, cfg.OrdersWatchDir, cfg.OrdersWatchInterval, cfg.OrdersMaxFileBytes, log).run})
	}
	obs.setDaemon(d, cfg.SMTP.Host != "")
	return d, nil
}

// newSentCopier returns the Sent-folder copier of account a, or nil when
// a has no sent_folder, or when no [smtp] server is configured (nothing is
// sent, and the copy needs the sender address). It records the account's
// start of copying now, before the sender runs, so that a reply sent at
// start-up is copied too.
func newSentCopier(cfg *config.Config, a config.Account, imapOpts mailbox.Options, db *store.DB, log *slog.Logger) (*mailbox.SentCopier, error) {
	if a.SentFolder == "" {
		return nil, nil
	}
	if cfg.SMTP.Host == "" || cfg.SMTP.From == "" {
		log.Warn("sent_folder is set but no [smtp] server is configured: nothing is sent, so nothing is copied",
			"component", "serve", "account", a.Name, "folder", a.SentFolder)
		return nil, nil
	}
	from := cfg.SMTP.From
	c := mailbox.NewSentCopier(db, mailbox.SentCopierOptions{
		IMAP:   imapOpts,
		Folder: a.SentFolder,
		Render: func(c store.SentCopy) ([]byte, error) { return respond.SentCopyMessage(from, c) },
	}, log)
	if err := c.Enable(context.Background()); err != nil {
		return nil, fmt.Errorf("account %s: enabling sent_folder: %w", a.Name, err)
	}
	return c, nil
}

// kickCopier wakes the Sent-folder copier of account, if it has one.
func (d *Daemon) kickCopier(account string) {
	if c := d.copiers[account]; c != nil {
		c.Kick()
	}
}

// workers lists every loop of the daemon.
func (d *Daemon) workers() []worker {
	var ws []worker
	for _, p := range d.pollers {
		ws = append(ws, worker{"poller", p.Run})
	}
	ws = append(ws, worker{"classifier", d.classifier.Run}, worker{"learner", d.learner.Run}, worker{"drafter", d.drafter.Run})
	if d.sender != nil {
		ws = append(ws, worker{"sender", d.sender.Run})
	}
	for _, name := range d.accounts {
		if c := d.copiers[name]; c != nil {
			ws = append(ws, worker{"sent_copier", c.Run})
		}
	}
	return append(ws, d.extra...)
}

// Run runs every worker until ctx is cancelled, then stops in two phases:
// the workers take no new work (pollers log out, the sender claims no
// further draft) while the send in flight finishes; after the grace
// period the hard context is cancelled, aborting what still runs. A
// worker that panics is restarted (supervise); one that returns an error
// stops the daemon with it.
func (d *Daemon) Run(ctx context.Context) error {
	defer d.hardCancel()
	g, gctx := errgroup.WithContext(ctx)
	for _, w := range d.workers() {
		g.Go(func() error { return d.supervise(gctx, w) })
	}
	done := make(chan error, 1)
	go func() { done <- g.Wait() }()
	d.log.Info("aftersale running", "component", "serve", "accounts", len(d.pollers))
	var err error
	select {
	case err = <-done:
	case <-ctx.Done():
		grace := d.grace
		if grace <= 0 {
			grace = 10 * time.Second
		}
		d.log.Info("stopping: taking no new work, finishing the send in flight", "component", "serve", "grace", grace)
		t := time.NewTimer(grace)
		select {
		case err = <-done:
			t.Stop()
		case <-t.C:
			d.log.Warn("grace period over: aborting what still runs", "component", "serve", "grace", grace)
			d.hardCancel()
			err = <-done
		}
	}
	if errors.Is(err, context.Canceled) {
		err = nil
	}
	d.log.Info("aftersale stopped", "component", "serve")
	return err
}

// supervise runs w until it returns. A panic is recovered, logged with
// its stack, counted, and w restarts after a delay that doubles on each
// panic in a row (up to maxRestartDelay), so one bad message cannot take
// the process down.
func (d *Daemon) supervise(ctx context.Context, w worker) error {
	delay := d.restartDelay
	if delay <= 0 {
		delay = defaultRestartDelay
	}
	for {
		stack, err := runRecovered(ctx, w.run)
		if stack == nil {
			return err
		}
		d.obs.panicked(w.name)
		d.log.Error("worker panicked; restarting it", "component", w.name, "err", err, "restart_in", delay, "stack", string(stack))
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
		delay = min(delay*2, maxRestartDelay)
	}
}

// runRecovered calls run; a panic comes back as an error with its stack
// (for a panic on one of par.For's goroutines, the stack where it
// happened).
func runRecovered(ctx context.Context, run func(context.Context) error) (stack []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			stack, err = debug.Stack(), fmt.Errorf("panic: %v", r)
			if p, ok := r.(*par.Panic); ok {
				stack = p.Stack
			}
		}
	}()
	return nil, run(ctx)
}

// finishingMailer sends with the daemon's hard context instead of the
// sender's, so that at shutdown the reply in flight is finished (within
// the grace period) rather than cut off mid-transaction, and reports the
// sender's state to the observer.
type finishingMailer struct {
	m    respond.Mailer
	hard context.Context
	obs  *Observer
}

func (f *finishingMailer) Send(_ context.Context, out respond.Outgoing) (string, error) {
	f.obs.sendStarted()
	reply, err := f.m.Send(f.hard, out)
	if err != nil {
		// /healthz shows it: without the buyer's relay alias.
		f.obs.sendDone(errors.New(respond.RedactAddresses(err.Error(), out.From)))
	} else {
		f.obs.sendDone(nil)
	}
	return reply, err
}

// RunOnce does one full pass of every stage, in order: poll every
// account, retrain, classify, draft, auto-approve, send, copy to the Sent
// folders. It returns the stages' errors joined.
func (d *Daemon) RunOnce(ctx context.Context) error {
	var errs []error
	// A run stopped while sending (a crash during an earlier --once) left
	// drafts in sending: like Sender.Run, give them to a person. The lock
	// says no other daemon is sending them now.
	if n, err := d.db.RecoverSending(ctx); err != nil {
		errs = append(errs, err)
	} else if n > 0 {
		d.log.Error("drafts were being sent when aftersale stopped; they are now send_unknown and will not be resent: resolve them with queue resolve", "component", "serve", "count", n)
	}
	for _, p := range d.pollers {
		if _, err := p.PollOnce(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	// Learn corrections made since the model was cached before classifying.
	if _, err := d.learner.RetrainOnce(ctx); err != nil {
		errs = append(errs, err)
	}
	if _, err := d.classifier.RunOnce(ctx); err != nil {
		errs = append(errs, err)
	}
	if _, err := d.drafter.RunOnce(ctx); err != nil {
		errs = append(errs, err)
	}
	if d.auto != nil {
		if _, err := d.auto.RunOnce(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	if d.sender != nil {
		if _, err := d.sender.RunOnce(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	for _, name := range d.accounts {
		if c := d.copiers[name]; c != nil {
			// Copying never decides the outcome of a run: a failure is
			// logged, and retried at the next run.
			if _, err := c.CopyOnce(ctx); err != nil {
				d.log.Warn("copying sent replies to the sent folder failed; sending is not affected", "component", "sent_copier", "account", name, "err", err)
			}
		}
	}
	return errors.Join(errs...)
}
