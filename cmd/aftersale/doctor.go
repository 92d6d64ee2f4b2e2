package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	gomail "github.com/wneessen/go-mail"

	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/store"
)

// check is one line of doctor's report.
type check struct {
	name string
	err  error  // nil: ok
	fix  string // what to do about err
	note string // shown after ok
	warn bool   // err is a warning: reported, but doctor still exits 0
}

func newDoctorCmd(e *env) *cobra.Command {
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "doctor",
		Short: "Check the config, the IMAP and SMTP logins, the sender address and the database",
		Long: `doctor checks everything serve needs and says what to fix: the config file,
each credential source, each IMAP account (connect, TLS, login with the
daemon's own code, every folder it uses: folders, move_to, sent_folder),
the SMTP server (connect, TLS, login) and whether it accepts the
sender address, and the database (schema version, integrity, file mode).
It changes nothing on the servers and never prints a password or token.

Exit code 0 when every check passes (warnings allowed), 1 when one fails,
2 when the config itself is invalid.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := e.config(true)
			if err != nil {
				fmt.Fprintf(e.stdout, "FAIL  config: see below; fix each line, then run \"aftersale config check\"\n")
				return err
			}
			ctx := cmd.Context()
			checks := []check{{name: "config " + cfg.File, note: fmt.Sprintf("%d accounts", len(cfg.Accounts))}}
			for _, a := range cfg.Accounts {
				checks = append(checks, checkSecret("account "+a.Name+" credential", a.Password, a.OAuth2Token)...)
				checks = append(checks, checkIMAP(ctx, a, timeout))
			}
			if cfg.SMTP.Host == "" {
				checks = append(checks, check{name: "smtp", warn: true, err: errors.New("no [smtp] host: approved replies are never sent"),
					fix: "add an [smtp] section (aftersale config example shows one)"})
			} else {
				checks = append(checks, checkSecret("smtp credential", cfg.SMTP.Password, Secret{})...)
				checks = append(checks, checkSMTP(ctx, cfg.SMTP, timeout)...)
			}
			checks = append(checks, checkDB(ctx, e)...)
			failed := 0
			for _, c := range checks {
				switch {
				case c.err == nil:
					line := "ok    " + c.name
					if c.note != "" {
						line += ": " + c.note
					}
					fmt.Fprintln(e.stdout, line)
				case c.warn:
					fmt.Fprintf(e.stdout, "WARN  %s: %v\n", c.name, c.err)
				default:
					failed++
					fmt.Fprintf(e.stdout, "FAIL  %s: %v\n", c.name, c.err)
				}
				if c.err != nil && c.fix != "" {
					fmt.Fprintf(e.stdout, "      fix: %s\n", c.fix)
				}
			}
			if failed > 0 {
				return fmt.Errorf("%d of %d checks failed", failed, len(checks))
			}
			return nil
		},
	}
	cmd.Flags().DurationVar(&timeout, "timeout", 20*time.Second, "time allowed for each server")
	return cmd
}

// checkSecret resolves each configured credential source (never showing
// the value) and warns about a password file others can read.
func checkSecret(name string, secrets ...Secret) []check {
	var out []check
	for _, s := range secrets {
		if !s.IsSet() {
			continue
		}
		c := check{name: name + " (" + s.String() + ")"}
		v, err := s.Resolve(context.Background())
		switch {
		case err != nil:
			c.err, c.fix = err, "make the source readable by the service user (under systemd: LoadCredential= in the unit)"
		case v == "":
			c.err, c.fix = errors.New("the source gives an empty value"), "put the password or token in it"
		}
		out = append(out, c)
		if s.File != "" && err == nil {
			if fi, err := os.Stat(s.File); err == nil && fi.Mode().Perm()&0o077 != 0 {
				out = append(out, check{name: name + " file mode", warn: true,
					err: fmt.Errorf("%s is readable by others (mode %v)", s.File, fi.Mode().Perm()),
					fix: "chmod 600 " + s.File})
			}
		}
	}
	return out
}

// checkIMAP logs in with the daemon's own code (mailbox.Probe) and checks
// every folder the account uses — folders, move_to, sent_folder — read-only
// (STATUS), then logs out.
func checkIMAP(ctx context.Context, a AccountConfig, timeout time.Duration) check {
	c := check{name: fmt.Sprintf("imap %s (%s@%s:%d, %s)", a.Name, a.Username, a.Host, a.Port, a.TLS)}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	o, err := a.MailboxOptions()
	if err != nil {
		c.err = err
		return c
	}
	o.DialTimeout = timeout
	folders := append([]string{}, a.Folders...)
	if a.MoveTo != "" {
		folders = append(folders, a.MoveTo)
	}
	if a.SentFolder != "" {
		folders = append(folders, a.SentFolder)
	}
	counts, err := mailbox.Probe(ctx, o, folders)
	if err != nil {
		c.err = err
		var ue x509.UnknownAuthorityError
		var he x509.HostnameError
		var ce *tls.CertificateVerificationError
		var ne net.Error
		switch {
		case errors.As(err, &ue) || errors.As(err, &he) || errors.As(err, &ce):
			c.fix = "the server's certificate is not trusted for this host name: set ca_file for a private CA, or use the host name on the certificate"
		case errors.Is(err, mailbox.ErrNoFolder):
			c.fix = "fix folders = [...], move_to or sent_folder: the names must exist on the server (check the spelling, e.g. \"INBOX\", \"Sent\", \"[Gmail]/Sent Mail\")"
		case errors.Is(err, mailbox.ErrAuthFailed):
			c.fix = "the server refused the login: check username and the password (Gmail and Microsoft 365 need oauth2_token_command or an app password)"
		case errors.As(err, &ne) || strings.Contains(err.Error(), "connecting"):
			c.fix = "check host, port and tls (tls = 993, starttls = 143), and that a firewall lets this machine reach the server"
		}
		return c
	}
	n := 0
	for _, k := range counts[:len(a.Folders)] {
		n += k
	}
	c.note = fmt.Sprintf("logged in, %d folders, %d messages", len(a.Folders), n)
	if a.SentFolder != "" {
		c.note += fmt.Sprintf("; sent folder %q found", a.SentFolder)
	}
	return c
}

// checkSMTP connects and logs in to the SMTP server and asks whether it
// takes the sender address (MAIL FROM, then RSET: nothing is sent).
func checkSMTP(ctx context.Context, s SMTPConfig, timeout time.Duration) []check {
	c := check{name: fmt.Sprintf("smtp %s:%d (%s)", s.Host, s.Port, s.TLS)}
	from := check{name: "sender address " + s.From,
		note: "accepted by the server; it must also be listed in Seller Central > Settings > Notification Preferences > Messaging Permissions"}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	tc := &tls.Config{ServerName: s.Host, InsecureSkipVerify: s.InsecureSkipVerify, MinVersion: tls.VersionTLS12}
	opts := []gomail.Option{gomail.WithTimeout(timeout), gomail.WithTLSConfig(tc), gomail.WithPort(s.Port)}
	switch s.TLS {
	case "tls":
		opts = append(opts, gomail.WithSSL())
	case "starttls":
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	default:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if s.Helo != "" {
		opts = append(opts, gomail.WithHELO(s.Helo))
	}
	if s.Username != "" {
		pw, err := s.Password.Resolve(ctx)
		if err != nil {
			c.err = err
			return []check{c}
		}
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover), gomail.WithUsername(s.Username), gomail.WithPassword(pw))
	}
	mc, err := gomail.NewClient(s.Host, opts...)
	if err != nil {
		c.err = err
		return []check{c}
	}
	sc, err := mc.DialToSMTPClientWithContext(ctx)
	if err != nil {
		c.err = fmt.Errorf("connecting and logging in: %w", err)
		c.fix = "check host, port and tls (tls = 465, starttls = 587), username and the password source"
		return []check{c}
	}
	defer sc.Close()
	c.note = "connected"
	if s.Username != "" {
		c.note += " and logged in as " + s.Username
	}
	if !plausibleAddress(s.From) {
		from.err, from.fix = errors.New("not an email address"), "set [smtp] from"
	} else if err := sc.Mail(s.From); err != nil {
		from.err = fmt.Errorf("the server refuses it as sender: %w", err)
		from.fix = "use an address this SMTP login may send as"
	} else {
		sc.Reset()
	}
	if from.err == nil && s.Username != "" && !strings.EqualFold(domainOf(s.From), domainOf(s.Username)) && strings.Contains(s.Username, "@") {
		from.warn, from.err = true, fmt.Errorf("its domain differs from the login's (%s): check SPF and DKIM allow this server to send for it", domainOf(s.Username))
	}
	sc.Quit()
	return []check{c, from}
}

func domainOf(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		return strings.ToLower(addr[i+1:])
	}
	return ""
}

// checkDB opens (creating or migrating) the database and checks its
// integrity and file mode.
func checkDB(ctx context.Context, e *env) []check {
	c := check{name: "database"}
	db, err := e.store(ctx)
	if err != nil {
		c.err = err
		if strings.Contains(err.Error(), "newer than this binary") {
			c.fix = "install the aftersale version that wrote this database, or a newer one"
		} else {
			c.fix = "check [store] path and that the service user may write its directory"
		}
		return []check{c}
	}
	c.name = "database " + db.Path()
	out := []check{c}
	v, err := db.SchemaVersion(ctx)
	if err != nil {
		out[0].err = err
		return out
	}
	if err := db.Check(ctx); err != nil {
		out[0].err, out[0].fix = err, "restore the last backup (aftersale backup FILE makes one)"
		return out
	}
	out[0].note = fmt.Sprintf("schema %d of %d, integrity ok", v, store.LatestSchemaVersion())
	if fi, err := os.Stat(db.Path()); err == nil && fi.Mode().Perm()&0o077 != 0 {
		out = append(out, check{name: "database file mode", warn: true,
			err: fmt.Errorf("%s is readable by others (mode %v): it holds buyers' personal data", db.Path(), fi.Mode().Perm()),
			fix: "chmod 600 " + db.Path()})
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		out = append(out, check{name: "database file mode", err: err})
	}
	return out
}
