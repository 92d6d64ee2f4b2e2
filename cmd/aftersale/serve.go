package main

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

func newServeCmd(e *env) *cobra.Command {
	var once bool
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the daemon: poll mail, triage, draft, and send approved replies",
		Long: `serve runs every configured account's IMAP poller, the classifier, the
drafter and the outbox sender until SIGINT or SIGTERM. Nothing is sent that a
person has not approved ("aftersale queue approve").

With --once it polls every account once, triages and drafts what arrived,
sends what is already approved, and exits.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := e.config(true)
			if err != nil {
				return err
			}
			db, err := e.store(cmd.Context())
			if err != nil {
				return err
			}
			d, err := newDaemon(cfg, db, e.logger())
			if err != nil {
				return err
			}
			if once {
				return d.runOnce(cmd.Context())
			}
			return d.run(cmd.Context())
		},
	}
	cmd.Flags().BoolVar(&once, "once", false, "poll, triage, draft and send once, then exit")
	return cmd
}

// daemon is the set of workers serve runs under one context.
type daemon struct {
	db         *store.DB
	log        *slog.Logger
	pollers    []*mailbox.Poller
	classifier *classify.Worker
	drafter    *respond.Drafter
	sender     *respond.Sender // nil when no SMTP server is configured
}

func newDaemon(cfg *Config, db *store.DB, log *slog.Logger) (*daemon, error) {
	c, err := classify.New(classify.Options{MinConfidence: cfg.MinConfidence})
	if err != nil {
		return nil, fmt.Errorf("loading classifier: %w", err)
	}
	d := &daemon{db: db, log: log}
	d.drafter = respond.NewDrafter(db, cfg.respondSettings(), log)
	d.classifier = classify.NewWorker(db, c, classify.WorkerOptions{OnClassified: d.drafter.Kick}, log)
	for _, a := range cfg.Accounts {
		opts, err := a.pollerOptions()
		if err != nil {
			return nil, err
		}
		opts.OnStored = d.classifier.Kick
		d.pollers = append(d.pollers, mailbox.NewPoller(db, opts, log))
	}
	if cfg.SMTP.Host != "" {
		m := respond.NewSMTPMailer(cfg.SMTP.options())
		d.sender = respond.NewSender(db, m, respond.SenderOptions{
			From: cfg.SMTP.From, Interval: cfg.SendInterval, MaxAttempts: cfg.MaxAttempts,
			Policy: cfg.respondSettings(),
		}, log)
	} else {
		log.Warn("no [smtp] server configured: approved replies stay in the outbox", "component", "serve")
	}
	return d, nil
}

func (d *daemon) run(ctx context.Context) error {
	g, ctx := errgroup.WithContext(ctx)
	for _, p := range d.pollers {
		g.Go(func() error { return p.Run(ctx) })
	}
	g.Go(func() error { return d.classifier.Run(ctx) })
	g.Go(func() error { return d.drafter.Run(ctx) })
	if d.sender != nil {
		g.Go(func() error { return d.sender.Run(ctx) })
	}
	d.log.Info("aftersale running", "component", "serve", "accounts", len(d.pollers))
	err := g.Wait()
	if errors.Is(err, context.Canceled) {
		err = nil
	}
	d.log.Info("aftersale stopped", "component", "serve")
	return err
}

// runOnce does one full pass of every stage, in order.
func (d *daemon) runOnce(ctx context.Context) error {
	var errs []error
	for _, p := range d.pollers {
		if _, err := p.PollOnce(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	if _, err := d.classifier.RunOnce(ctx); err != nil {
		errs = append(errs, err)
	}
	if _, err := d.drafter.RunOnce(ctx); err != nil {
		errs = append(errs, err)
	}
	if d.sender != nil {
		if _, err := d.sender.RunOnce(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (c *Config) respondSettings() respond.Settings {
	return respond.Settings{
		ReshipThreshold:    c.ReshipThreshold,
		AllowAddressUpdate: c.AllowAddressUpdate,
		SellerName:         c.SellerName,
		Signature:          c.Signature,
		SellerLanguage:     c.SellerLanguage,
		AllowedLinkDomains: c.AllowedLinkDomains,
	}
}

func (a AccountConfig) pollerOptions() (mailbox.Options, error) {
	o := mailbox.Options{
		Account:            a.Name,
		Host:               a.Host,
		Port:               a.Port,
		TLS:                mailbox.TLSMode(a.TLS),
		InsecureSkipVerify: a.InsecureSkipVerify,
		Username:           a.Username,
		Password:           a.Password.Resolve,
		Folders:            a.Folders,
		PollInterval:       a.PollInterval,
		DisableIdle:        !a.Idle,
		StartFrom:          a.StartFrom,
		MaxMessageBytes:    a.MaxMessageBytes,
		MarkKeyword:        a.MarkKeyword,
		MoveTo:             a.MoveTo,
	}
	if a.OAuth2Token.IsSet() {
		o.Password, o.OAuth2Token = nil, a.OAuth2Token.Resolve
	}
	if a.CAFile != "" {
		pem, err := os.ReadFile(a.CAFile)
		if err != nil {
			return o, fmt.Errorf("account %s: reading ca_file: %w", a.Name, err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return o, fmt.Errorf("account %s: ca_file %s holds no PEM certificate", a.Name, a.CAFile)
		}
		o.RootCAs = pool
	}
	return o, nil
}

func (s SMTPConfig) options() respond.SMTPOptions {
	o := respond.SMTPOptions{
		Host: s.Host, Port: s.Port, TLS: s.TLS, InsecureSkipVerify: s.InsecureSkipVerify,
		Username: s.Username, Timeout: s.Timeout, HeloName: s.Helo,
	}
	if s.Password.IsSet() {
		o.Password = s.Password.Resolve
	}
	return o
}

// waitFor polls cond every interval until it is true or ctx ends.
func waitFor(ctx context.Context, interval time.Duration, cond func() (bool, error)) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		ok, err := cond()
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}
