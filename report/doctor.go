package report

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/mail"
	"os"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"

	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/store"
)

// Check is one line of doctor's report: a thing serve needs, whether it
// works, and what to do when it does not.
type Check struct {
	Name string
	Err  error  // nil: ok
	Fix  string // what to do about Err
	Note string // shown after ok
	Warn bool   // Err is a warning: reported, but the checks still pass
}

// MarshalJSON is {"name", "status": ok|warn|fail, "error", "fix", "note"}.
func (c Check) MarshalJSON() ([]byte, error) {
	j := struct {
		Name   string `json:"name"`
		Status string `json:"status"`
		Error  string `json:"error,omitempty"`
		Fix    string `json:"fix,omitempty"`
		Note   string `json:"note,omitempty"`
	}{Name: c.Name, Status: c.Status(), Fix: c.Fix, Note: c.Note}
	if c.Err != nil {
		j.Error = c.Err.Error()
	} else {
		j.Fix = ""
	}
	return json.Marshal(j)
}

// Status is "ok", "warn" or "fail".
func (c Check) Status() string {
	switch {
	case c.Err == nil:
		return "ok"
	case c.Warn:
		return "warn"
	}
	return "fail"
}

// Checks are doctor's report.
type Checks []Check

// Failed counts the failed checks (warnings do not count).
func (cs Checks) Failed() int {
	n := 0
	for _, c := range cs {
		if c.Status() == "fail" {
			n++
		}
	}
	return n
}

// WriteText prints one line a check, "ok", "WARN" or "FAIL" first, and
// what to fix under each problem.
func (cs Checks) WriteText(w io.Writer) {
	for _, c := range cs {
		switch c.Status() {
		case "ok":
			line := "ok    " + c.Name
			if c.Note != "" {
				line += ": " + c.Note
			}
			fmt.Fprintln(w, line)
		case "warn":
			fmt.Fprintf(w, "WARN  %s: %v\n", c.Name, c.Err)
		default:
			fmt.Fprintf(w, "FAIL  %s: %v\n", c.Name, c.Err)
		}
		if c.Err != nil && c.Fix != "" {
			fmt.Fprintf(w, "      fix: %s\n", c.Fix)
		}
	}
}

// WriteJSON prints {"version", "ok", "failed", "checks"}.
func (cs Checks) WriteJSON(w io.Writer) error {
	if cs == nil {
		cs = Checks{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Version int    `json:"version"`
		OK      bool   `json:"ok"`
		Failed  int    `json:"failed"`
		Checks  Checks `json:"checks"`
	}{JSONVersion, cs.Failed() == 0, cs.Failed(), cs})
}

// Secret is a credential source as doctor sees it: described without
// its value.
type Secret struct {
	Label   string                                    // e.g. "password_file /etc/aftersale/imap"
	File    string                                    // the file holding it, "" when none
	Resolve func(ctx context.Context) (string, error) // reads the value
}

// CheckSecret resolves the credential (never showing the value) and warns
// about a file others can read.
func CheckSecret(ctx context.Context, name string, s Secret) []Check {
	c := Check{Name: name + " (" + s.Label + ")"}
	v, err := s.Resolve(ctx)
	switch {
	case err != nil:
		c.Err, c.Fix = err, "make the source readable by the service user (under systemd: LoadCredential= in the unit)"
	case v == "":
		c.Err, c.Fix = errors.New("the source gives an empty value"), "put the password or token in it"
	}
	out := []Check{c}
	if s.File != "" && err == nil {
		if fi, err := os.Stat(s.File); err == nil && fi.Mode().Perm()&0o077 != 0 {
			out = append(out, Check{Name: name + " file mode", Warn: true,
				Err: fmt.Errorf("%s is readable by others (mode %v)", s.File, fi.Mode().Perm()),
				Fix: "chmod 600 " + s.File})
		}
	}
	return out
}

// IMAPAccount is what CheckIMAP tries: the poller's options and the
// folders the account uses.
type IMAPAccount struct {
	Options    mailbox.Options
	Folders    []string // polled
	MoveTo     string   // "" when none
	SentFolder string   // "" when none
}

// CheckIMAP logs in with the daemon's own code (mailbox.Probe) and checks
// every folder the account uses — folders, move_to, sent_folder —
// read-only (STATUS), then logs out.
func CheckIMAP(ctx context.Context, a IMAPAccount, timeout time.Duration) Check {
	o := a.Options
	c := Check{Name: fmt.Sprintf("imap %s (%s@%s:%d, %s)", o.Account, o.Username, o.Host, o.Port, o.TLS)}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
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
		c.Err = err
		var ue x509.UnknownAuthorityError
		var he x509.HostnameError
		var ce *tls.CertificateVerificationError
		var ne net.Error
		switch {
		case errors.As(err, &ue) || errors.As(err, &he) || errors.As(err, &ce):
			c.Fix = "the server's certificate is not trusted for this host name: set ca_file for a private CA, or use the host name on the certificate"
		case errors.Is(err, mailbox.ErrNoFolder):
			c.Fix = "fix folders = [...], move_to or sent_folder: the names must exist on the server (check the spelling, e.g. \"INBOX\", \"Sent\", \"[Gmail]/Sent Mail\")"
		case errors.Is(err, mailbox.ErrAuthFailed):
			c.Fix = "the server refused the login: check username and the password (Gmail and Microsoft 365 need oauth2_token_command or an app password)"
		case errors.As(err, &ne) || strings.Contains(err.Error(), "connecting"):
			c.Fix = "check host, port and tls (tls = 993, starttls = 143), and that a firewall lets this machine reach the server"
		}
		return c
	}
	n := 0
	for _, k := range counts[:len(a.Folders)] {
		n += k
	}
	c.Note = fmt.Sprintf("logged in, %s, %s", Count(len(a.Folders), "folder", "folders"), Count(n, "message", "messages"))
	if a.SentFolder != "" {
		c.Note += fmt.Sprintf("; sent folder %q found", a.SentFolder)
	}
	return c
}

// SMTPServer is what CheckSMTP tries.
type SMTPServer struct {
	Host               string
	Port               int
	TLS                string // "tls", "starttls" or "plain"
	Helo               string
	InsecureSkipVerify bool
	Username           string                                    // "" for no login
	Password           func(ctx context.Context) (string, error) // with Username
	From               string
}

// CheckSMTP connects and logs in to the SMTP server and asks whether it
// takes the sender address (MAIL FROM, then RSET: nothing is sent).
func CheckSMTP(ctx context.Context, s SMTPServer, timeout time.Duration) []Check {
	c := Check{Name: fmt.Sprintf("smtp %s:%d (%s)", s.Host, s.Port, s.TLS)}
	from := Check{Name: "sender address " + s.From,
		Note: "accepted by the server; it must also be listed in Seller Central > Settings > Notification Preferences > Messaging Permissions"}
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
		pw, err := s.Password(ctx)
		if err != nil {
			c.Err = err
			return []Check{c}
		}
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover), gomail.WithUsername(s.Username), gomail.WithPassword(pw))
	}
	mc, err := gomail.NewClient(s.Host, opts...)
	if err != nil {
		c.Err = err
		return []Check{c}
	}
	sc, err := mc.DialToSMTPClientWithContext(ctx)
	if err != nil {
		c.Err = fmt.Errorf("connecting and logging in: %w", err)
		c.Fix = "check host, port and tls (tls = 465, starttls = 587), username and the password source"
		return []Check{c}
	}
	defer sc.Close()
	c.Note = "connected"
	if s.Username != "" {
		c.Note += " and logged in as " + s.Username
	}
	if _, err := mail.ParseAddress(s.From); err != nil || !strings.Contains(s.From, "@") {
		from.Err, from.Fix = errors.New("not an email address"), "set [smtp] from"
	} else if err := sc.Mail(s.From); err != nil {
		from.Err = fmt.Errorf("the server refuses it as sender: %w", err)
		from.Fix = "use an address this SMTP login may send as"
	} else {
		sc.Reset()
	}
	if from.Err == nil && s.Username != "" && !strings.EqualFold(domainOf(s.From), domainOf(s.Username)) && strings.Contains(s.Username, "@") {
		from.Warn, from.Err = true, fmt.Errorf("its domain differs from the login's (%s): check SPF and DKIM allow this server to send for it", domainOf(s.Username))
	}
	sc.Quit()
	return []Check{c, from}
}

func domainOf(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		return strings.ToLower(addr[i+1:])
	}
	return ""
}

// CheckDB checks the database that open opens (creating or migrating
// it): schema version, integrity and file mode.
func CheckDB(ctx context.Context, open func(context.Context) (*store.DB, error)) []Check {
	c := Check{Name: "database"}
	db, err := open(ctx)
	if err != nil {
		c.Err = err
		if se := (store.SchemaNewerError{}); errors.As(err, &se) {
			c.Fix = "install the aftersale version that wrote this database, or a newer one"
		} else {
			c.Fix = "check [store] path and that the service user may write its directory"
		}
		return []Check{c}
	}
	c.Name = "database " + db.Path()
	out := []Check{c}
	v, err := db.SchemaVersion(ctx)
	if err != nil {
		out[0].Err = err
		return out
	}
	if err := db.Check(ctx); err != nil {
		out[0].Err, out[0].Fix = err, "restore the last backup (aftersale backup FILE makes one)"
		return out
	}
	out[0].Note = fmt.Sprintf("schema %d of %d, integrity ok", v, store.LatestSchemaVersion())
	if fi, err := os.Stat(db.Path()); err == nil && fi.Mode().Perm()&0o077 != 0 {
		out = append(out, Check{Name: "database file mode", Warn: true,
			Err: fmt.Errorf("%s is readable by others (mode %v): it holds buyers' personal data", db.Path(), fi.Mode().Perm()),
			Fix: "chmod 600 " + db.Path()})
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		out = append(out, Check{Name: "database file mode", Err: err})
	}
	return out
}
