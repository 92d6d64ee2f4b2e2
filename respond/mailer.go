package respond

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/base32"
	"errors"
	"fmt"
	"mime"
	"net/mail"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aftersale/aftersale"
	gomail "github.com/wneessen/go-mail"
)

// ErrOutcomeUnknown wraps a send error after which the server may or may
// not have the message: the whole message and its final "." went out but
// no reply came back (timeout, connection lost). Such a send is never
// retried automatically (at-most-once); the draft goes to send_unknown.
var ErrOutcomeUnknown = errors.New("send outcome unknown: the server may have the message")

// Mailer sends one reply. It is the only SMTP seam: the Sender uses it,
// tests may replace it. Send returns the server's final reply on success.
// Errors that go-mail classifies (*gomail.SendError) keep that type in
// their chain; invalid input wraps aftersale.ErrInvalid.
type Mailer interface {
	Send(ctx context.Context, m Outgoing) (reply string, err error)
}

// Outgoing is one reply ready for SMTP. Message ids are without angle
// brackets.
type Outgoing struct {
	From, To, Subject, Body string
	MessageID, InReplyTo    string
	References              []string
	// Date is the Date header; zero means the time Send builds the message.
	Date time.Time
}

// SMTPOptions configure the SMTP relay the replies go through.
type SMTPOptions struct {
	Host string
	Port int // 0: 465 for "tls", 587 for "starttls", 25 for "plain"
	// TLS is "tls" (implicit TLS), "starttls" (required; the default when
	// empty) or "plain" (no TLS at all, for a local relay or a test sink).
	TLS string
	// InsecureSkipVerify turns certificate verification off. Verified by
	// default.
	InsecureSkipVerify bool
	// Username enables SMTP AUTH (PLAIN or LOGIN as the server offers);
	// Password is asked only then, at each send, and never logged.
	Username string
	Password func(ctx context.Context) (string, error)
	Timeout  time.Duration // per connection; 0 means 30 s
	HeloName string        // EHLO name; "" means the local host name
}

// SMTPMailer sends replies with go-mail, one connection per message.
type SMTPMailer struct {
	o SMTPOptions
}

// NewSMTPMailer returns a Mailer for the relay described by o.
func NewSMTPMailer(o SMTPOptions) *SMTPMailer { return &SMTPMailer{o: o} }

// msgIDRe is what a message id (without brackets) must look like before it
// goes into a header (go-mail encodes, not rejects, bad ids: docs/dependencies.md).
var msgIDRe = regexp.MustCompile(`^[\x21-\x3b\x3d\x3f-\x7e]+@[\x21-\x3b\x3d\x3f-\x7e]+$`)

// ValidMessageID reports whether id is safe for Message-ID, In-Reply-To
// and References: local@domain in printable US-ASCII (RFC 5322 msg-id)
// with no brackets, whitespace, control characters (CR, LF, NUL) or
// non-ASCII bytes.
func ValidMessageID(id string) bool { return msgIDRe.MatchString(id) }

// Validate checks m before anything is built: addresses parse and contain
// no CR/LF, the subject has no CR/LF, and every message id is valid.
// Errors wrap aftersale.ErrInvalid.
func (m Outgoing) Validate() error {
	for _, f := range []struct{ name, v string }{{"from", m.From}, {"to", m.To}} {
		if f.v == "" {
			return fmt.Errorf("%s address is empty: %w", f.name, aftersale.ErrInvalid)
		}
		if strings.ContainsAny(f.v, "\r\n") {
			return fmt.Errorf("%s address contains a line break: %w", f.name, aftersale.ErrInvalid)
		}
		if _, err := mail.ParseAddress(f.v); err != nil {
			return fmt.Errorf("%s address %q: %v: %w", f.name, f.v, err, aftersale.ErrInvalid)
		}
	}
	if strings.ContainsAny(m.Subject, "\r\n") {
		return fmt.Errorf("subject contains a line break: %w", aftersale.ErrInvalid)
	}
	if !ValidMessageID(m.MessageID) {
		return fmt.Errorf("message id %q is not local@domain: %w", m.MessageID, aftersale.ErrInvalid)
	}
	if m.InReplyTo != "" && !ValidMessageID(m.InReplyTo) {
		return fmt.Errorf("in-reply-to %q is not local@domain: %w", m.InReplyTo, aftersale.ErrInvalid)
	}
	for _, r := range m.References {
		if !ValidMessageID(r) {
			return fmt.Errorf("reference %q is not local@domain: %w", r, aftersale.ErrInvalid)
		}
	}
	return nil
}

// MaxSubjectChars is the longest subject a reply goes out with, in
// characters: "Re: " and a buyer's subject of any length must still make
// a header an SMTP server takes (RFC 5321 §4.5.3.1.6: 998 bytes a line).
const MaxSubjectChars = 200

// CapSubject returns s cut to at most MaxSubjectChars characters, marked
// with "…": at the last space before the limit when that keeps at least
// half of it, else within the word. A shorter s is returned as it is.
func CapSubject(s string) string {
	if utf8.RuneCountInString(s) <= MaxSubjectChars {
		return s
	}
	cut := s
	n := 0
	for i := range s {
		if n == MaxSubjectChars-1 {
			cut = s[:i]
			break
		}
		n++
	}
	if i := strings.LastIndexAny(cut, " \t"); i > 0 && utf8.RuneCountInString(cut[:i]) >= MaxSubjectChars/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " \t") + "…"
}

// foldableSubject returns the subject to hand to go-mail, which folds a
// header only at white space (and encodes, in words it can fold between,
// only non-ASCII text): an ASCII subject with a run of more than 60
// characters without a space is written as RFC 2047 encoded words, which
// fold, so that no header line exceeds 78 characters.
func foldableSubject(s string) string {
	for _, r := range s {
		if r >= utf8.RuneSelf {
			return s // go-mail encodes it
		}
	}
	for _, w := range strings.Fields(s) {
		if len(w) > 60 {
			return mime.BEncoding.Encode("utf-8", s)
		}
	}
	return s
}

// build turns m into a go-mail message, its subject cut to
// MaxSubjectChars and foldable. Only fixed header names are used, never
// SetGenHeaderPreformatted (it lets CR/LF through: docs/dependencies.md).
func build(m Outgoing) (*gomail.Msg, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	msg := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	if err := msg.From(m.From); err != nil {
		return nil, fmt.Errorf("from address: %v: %w", err, aftersale.ErrInvalid)
	}
	if err := msg.To(m.To); err != nil {
		return nil, fmt.Errorf("to address: %v: %w", err, aftersale.ErrInvalid)
	}
	msg.Subject(foldableSubject(CapSubject(m.Subject)))
	msg.SetMessageIDWithValue(m.MessageID)
	if m.InReplyTo != "" {
		msg.SetGenHeader(gomail.HeaderInReplyTo, "<"+m.InReplyTo+">")
	}
	if len(m.References) > 0 {
		refs := make([]string, len(m.References))
		for i, r := range m.References {
			refs[i] = "<" + r + ">"
		}
		// One space-joined value: several values would be comma-joined,
		// which RFC 5322 does not allow in References.
		msg.SetGenHeader(gomail.HeaderReferences, strings.Join(refs, " "))
	}
	if m.Date.IsZero() {
		msg.SetDate()
	} else {
		msg.SetDateWithValue(m.Date)
	}
	msg.SetBodyString(gomail.TypeTextPlain, m.Body)
	return msg, nil
}

// Message returns m as the RFC 5322 bytes Send would transmit (the same
// builder and checks), with its Date header set to date instead of now,
// e.g. to file a copy of a sent reply in the IMAP Sent folder.
func (m Outgoing) Message(date time.Time) ([]byte, error) {
	msg, err := build(m)
	if err != nil {
		return nil, fmt.Errorf("building message %s: %w", m.MessageID, err)
	}
	msg.SetDateWithValue(date)
	var b bytes.Buffer
	if _, err := msg.WriteTo(&b); err != nil {
		return nil, fmt.Errorf("writing message %s: %w", m.MessageID, err)
	}
	return b.Bytes(), nil
}

// Send delivers m over a new SMTP connection and returns the server's reply
// to DATA. A message the server accepted counts as sent even if closing
// the connection fails afterwards.
func (s *SMTPMailer) Send(ctx context.Context, m Outgoing) (string, error) {
	msg, err := build(m)
	if err != nil {
		return "", fmt.Errorf("building message %s: %w", m.MessageID, err)
	}
	c, err := s.client(ctx)
	if err != nil {
		return "", err
	}
	err = c.DialAndSendWithContext(ctx, msg)
	if msg.IsDelivered() {
		// The server took the message; a failing QUIT must not cause a
		// second delivery.
		return msg.ServerResponse(), nil
	}
	if err != nil {
		if outcomeUnknown(err) {
			return "", fmt.Errorf("sending message %s via %s: %w: %w", m.MessageID, s.o.Host, ErrOutcomeUnknown, err)
		}
		return "", fmt.Errorf("sending message %s via %s: %w", m.MessageID, s.o.Host, err)
	}
	return msg.ServerResponse(), nil
}

func (s *SMTPMailer) client(ctx context.Context) (*gomail.Client, error) {
	o := s.o
	timeout := o.Timeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	// Verification is on unless the operator turned it off explicitly.
	tlsConf := &tls.Config{ServerName: o.Host, MinVersion: tls.VersionTLS12, InsecureSkipVerify: o.InsecureSkipVerify}
	opts := []gomail.Option{gomail.WithTimeout(timeout), gomail.WithTLSConfig(tlsConf)}
	port := o.Port
	switch strings.ToLower(o.TLS) {
	case "tls":
		opts = append(opts, gomail.WithSSL())
		if port == 0 {
			port = 465
		}
	case "starttls", "":
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
		if port == 0 {
			port = 587
		}
	case "plain":
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
		if port == 0 {
			port = 25
		}
	default:
		return nil, fmt.Errorf("smtp tls mode %q (want tls, starttls or plain): %w", o.TLS, aftersale.ErrInvalid)
	}
	opts = append(opts, gomail.WithPort(port))
	if o.HeloName != "" {
		opts = append(opts, gomail.WithHELO(o.HeloName))
	}
	if o.Username != "" {
		if o.Password == nil {
			return nil, fmt.Errorf("smtp user %s has no password source: %w", o.Username, aftersale.ErrInvalid)
		}
		pw, err := o.Password(ctx)
		if err != nil {
			return nil, fmt.Errorf("reading smtp password for %s: %w", o.Username, err)
		}
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover),
			gomail.WithUsername(o.Username), gomail.WithPassword(pw))
	}
	c, err := gomail.NewClient(o.Host, opts...)
	if err != nil {
		return nil, fmt.Errorf("configuring smtp client for %s: %v: %w", o.Host, err, aftersale.ErrInvalid)
	}
	return c, nil
}

var idEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// NewOutgoingID returns a new random Message-ID (without angle brackets)
// in domain, e.g. "as.k3j9...@shop.example". The CLI fixes it at approval so
// that a retried send keeps its id.
func NewOutgoingID(domain string) string {
	var b [15]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	domain = strings.Trim(strings.TrimSpace(domain), "<>@")
	if domain == "" || !ValidMessageID("x@"+domain) {
		domain = "aftersale.invalid"
	}
	return "as." + idEncoding.EncodeToString(b[:]) + "@" + domain
}

// errTemporary reports whether a send error is worth retrying: SMTP 4xx,
// timeouts, refused or reset connections before the message was taken.
// Invalid input and SMTP 5xx are permanent, and so is any unclassified
// failure after the DATA command (the server may have the message:
// at-most-once).
func errTemporary(err error) bool {
	if err == nil || errors.Is(err, aftersale.ErrInvalid) {
		return false
	}
	var se *gomail.SendError
	if errors.As(err, &se) {
		if code := se.ErrorCode(); code >= 400 && code < 500 {
			return true
		} else if code >= 500 {
			return false
		}
		if se.IsTemp() {
			return true
		}
		switch se.Reason {
		case gomail.ErrSMTPMailFrom, gomail.ErrSMTPRcptTo, gomail.ErrConnCheck, gomail.ErrSMTPData, gomail.ErrWriteContent:
			// Before the final "." the server cannot have taken the message.
			return isNetTemporary(err) // nothing was transferred yet
		}
		return false
	}
	// Not a SendError: the failure happened while dialling, greeting,
	// STARTTLS or AUTH, before any message data.
	if code := smtpCode(err); code >= 500 {
		return false
	}
	return true
}

// outcomeUnknown reports whether err came after the final "." of DATA was
// written without any SMTP reply read: the server may have the message.
func outcomeUnknown(err error) bool {
	var se *gomail.SendError
	if !errors.As(err, &se) || se.Reason != gomail.ErrSMTPDataClose {
		return false
	}
	return se.ErrorCode() == 0 && smtpCode(err) == 0
}

var smtpCodeRe = regexp.MustCompile(`\b([245]\d\d)[ -]`)

// smtpCode finds an SMTP reply code in err's text ("535 5.7.8 ..."), or 0.
func smtpCode(err error) int {
	m := smtpCodeRe.FindStringSubmatch(err.Error())
	if m == nil {
		return 0
	}
	var n int
	fmt.Sscanf(m[1], "%d", &n)
	return n
}

func isNetTemporary(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ne interface{ Timeout() bool }
	if errors.As(err, &ne) && ne.Timeout() {
		return true
	}
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "connection refused") || strings.Contains(s, "connection reset") ||
		strings.Contains(s, "broken pipe") || strings.Contains(s, "eof")
}
