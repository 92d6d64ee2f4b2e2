package report

import (
	"context"
	"errors"
	"time"

	"github.com/aftersale/aftersale/config"
	"github.com/aftersale/aftersale/store"
)

// Doctor runs every check of a loaded config: its credential sources, each
// IMAP account, the SMTP server and the database that open opens; each
// server gets timeout.
func Doctor(ctx context.Context, cfg *config.Config, timeout time.Duration, open func(context.Context) (*store.DB, error)) Checks {
	checks := Checks{{Name: "config " + cfg.File, Note: Count(len(cfg.Accounts), "account", "accounts")}}
	secret := func(s config.Secret) Secret {
		return Secret{Label: s.String(), File: s.File, Resolve: s.Resolve}
	}
	for _, a := range cfg.Accounts {
		for _, s := range []config.Secret{a.Password, a.OAuth2Token} {
			if s.IsSet() {
				checks = append(checks, CheckSecret(ctx, "account "+a.Name+" credential", secret(s))...)
			}
		}
		o, err := a.MailboxOptions()
		if err != nil {
			checks = append(checks, Check{Name: "imap " + a.Name, Err: err})
			continue
		}
		checks = append(checks, CheckIMAP(ctx, IMAPAccount{Options: o, Folders: a.Folders, MoveTo: a.MoveTo, SentFolder: a.SentFolder}, timeout))
	}
	if s := cfg.SMTP; s.Host == "" {
		checks = append(checks, Check{Name: "smtp", Warn: true, Err: errors.New("no [smtp] host: approved replies are never sent"),
			Fix: "add an [smtp] section (aftersale config example shows one)"})
	} else {
		if s.Password.IsSet() {
			checks = append(checks, CheckSecret(ctx, "smtp credential", secret(s.Password))...)
		}
		checks = append(checks, CheckSMTP(ctx, SMTPServer{Host: s.Host, Port: s.Port, TLS: s.TLS, Helo: s.Helo,
			InsecureSkipVerify: s.InsecureSkipVerify, Username: s.Username, Password: s.Password.Resolve, From: s.From}, timeout)...)
	}
	return append(checks, CheckDB(ctx, open)...)
}
