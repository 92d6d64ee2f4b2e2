package config

import (
	"bytes"
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/pelletier/go-toml/v2"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// fileSections is the TOML file as written by the seller. Values that need
// checking (durations, sizes, enums) are kept as strings here and converted
// by Validate, so every problem can be reported with its file:line.
type fileSections struct {
	Store       storeSection         `toml:"store"`
	Log         logSection           `toml:"log"`
	Seller      sellerSection        `toml:"seller"`
	Classify    classifySection      `toml:"classify"`
	Accounts    []accountSection     `toml:"account"`
	SMTP        smtpSection          `toml:"smtp"`
	Sender      senderSection        `toml:"sender"`
	Service     serviceSection       `toml:"service"`
	HTTP        httpSection          `toml:"http"`
	Retention   retentionSection     `toml:"retention"`
	Orders      ordersSection        `toml:"orders"`
	AutoApprove []autoApproveSection `toml:"auto_approve"`
}

// The daemon's operational settings (package daemon: the service, its
// HTTP listener, the order-folder watcher).
type serviceSection struct {
	ShutdownGrace string `toml:"shutdown_grace"`
}

type httpSection struct {
	Listen string `toml:"listen"`
}

type retentionSection struct {
	Days int `toml:"days"`
}

type ordersSection struct {
	WatchDir      string `toml:"watch_dir"`
	WatchInterval string `toml:"watch_interval"`
	MaxFileSize   string `toml:"max_file_size"`
}

type storeSection struct {
	Path string `toml:"path"`
}

type logSection struct {
	Level  string `toml:"level"`
	Format string `toml:"format"`
}

type sellerSection struct {
	Name               string            `toml:"name"`
	Signature          string            `toml:"signature"`
	Language           string            `toml:"language"`
	ReshipThreshold    map[string]string `toml:"reship_threshold"`
	AllowAddressUpdate bool              `toml:"allow_address_update"`
	NoReplacements     bool              `toml:"no_replacements"`
	AllowedLinkDomains []string          `toml:"allowed_link_domains"`
	TemplatesDir       string            `toml:"templates_dir"`
	Holidays           []string          `toml:"holidays"`
}

type classifySection struct {
	MinConfidence *float64 `toml:"min_confidence"`
}

type secretFields struct {
	Password        string   `toml:"password"` // rejected: never inline
	PasswordFile    string   `toml:"password_file"`
	PasswordEnv     string   `toml:"password_env"`
	PasswordCommand []string `toml:"password_command"`
}

type accountSection struct {
	Name               string   `toml:"name"`
	Host               string   `toml:"host"`
	Port               int      `toml:"port"`
	TLS                string   `toml:"tls"`
	CAFile             string   `toml:"ca_file"`
	InsecureSkipVerify bool     `toml:"insecure_skip_verify"`
	Username           string   `toml:"username"`
	Folders            []string `toml:"folders"`
	PollInterval       string   `toml:"poll_interval"`
	Idle               *bool    `toml:"idle"`
	StartFrom          string   `toml:"start_from"`
	MaxMessageSize     string   `toml:"max_message_size"`
	OAuth2TokenCommand []string `toml:"oauth2_token_command"`
	MarkKeyword        string   `toml:"mark_keyword"`
	MoveTo             string   `toml:"move_to"`
	SentFolder         string   `toml:"sent_folder"`
	DirectBuyerMail    bool     `toml:"direct_buyer_mail"`
	// AuthServID is a string or a list of strings (checked by account).
	AuthServID any `toml:"authserv_id"`
	secretFields
}

type smtpSection struct {
	Host               string `toml:"host"`
	Port               int    `toml:"port"`
	TLS                string `toml:"tls"`
	InsecureSkipVerify bool   `toml:"insecure_skip_verify"`
	Username           string `toml:"username"`
	From               string `toml:"from"`
	Helo               string `toml:"helo"`
	Timeout            string `toml:"timeout"`
	secretFields
}

type senderSection struct {
	Interval    string `toml:"interval"`
	MaxAttempts int    `toml:"max_attempts"`
	// Outbox safety (senderLimits validates them).
	AllowedRecipientDomains []string `toml:"allowed_recipient_domains"`
	RateLimit               string   `toml:"rate_limit"`
	MinGap                  string   `toml:"min_gap"`
}

// Config is the validated configuration the commands use.
type Config struct {
	File      string // path of the file it came from, "" for defaults
	StorePath string
	LogLevel  string
	LogFormat string

	SellerName         string
	Signature          string
	SellerLanguage     string
	ReshipThreshold    map[string]aftersale.Money
	AllowAddressUpdate bool
	// NoReplacements: the seller never ships replacements or missing
	// parts itself (respond.Settings.NoReplacements).
	NoReplacements     bool
	AllowedLinkDomains []string
	// Holidays are the seller's non-working days, "YYYY-MM-DD", sorted.
	Holidays []string
	// TemplatesDir holds the seller's reply template overrides; Templates
	// are the built-in templates with them applied, validated at load.
	TemplatesDir  string
	Templates     *respond.Templates
	MinConfidence float64

	Accounts []Account
	SMTP     SMTP

	SendInterval time.Duration
	MaxAttempts  int
	// Outbox safety and auto-approval: see senderLimits and AutoApproveRule.
	RecipientDomains []string // nil: respond.DefaultRecipientDomains
	RateLimit        int      // replies per account per RateWindow; 0: no cap
	RateWindow       time.Duration
	MinGap           time.Duration
	AutoApprove      []AutoApproveRule

	// HTTPListen is the address of the /healthz and /metrics listener, ""
	// for none.
	HTTPListen string
	// ShutdownGrace bounds how long serve waits for the send in flight
	// after SIGTERM before it aborts it.
	ShutdownGrace time.Duration
	// Retention is how long buyers' personal data is kept after a thread's
	// last activity (store.Purge).
	Retention time.Duration
	// OrdersWatchDir, when set, is checked every OrdersWatchInterval for
	// new order report files to import.
	OrdersWatchDir      string
	OrdersWatchInterval time.Duration
	// OrdersMaxFileBytes refuses larger order files ("orders import" and
	// the watch folder) before reading them.
	OrdersMaxFileBytes int64
}

// Account is one IMAP mailbox.
type Account struct {
	Name               string
	Host               string
	Port               int
	TLS                string
	CAFile             string
	InsecureSkipVerify bool
	Username           string
	Password           Secret
	Folders            []string
	PollInterval       time.Duration
	Idle               bool
	StartFrom          time.Time // zero: all mail
	StartSpec          string    // as written, for display
	MaxMessageBytes    int64
	// OAuth2Token, when set, logs in with SASL XOAUTH2 using the access
	// token its command prints (Gmail, Microsoft 365); Password is unused.
	OAuth2Token Secret
	MarkKeyword string // IMAP keyword added after a message is stored; "" for none
	MoveTo      string // folder mail is moved to after it is stored; "" for none
	// SentFolder, when set, is the folder each sent reply of the account
	// is copied to (mailbox.SentCopier); "" for none.
	SentFolder string
	// AuthServIDs are the authserv-ids of the account's receiving mail
	// server whose Authentication-Results are believed
	// (mailbox.ParseOptions); nil: the topmost field only.
	AuthServIDs []string
	// DirectBuyerMail: the account also receives buyers' own mail (not
	// through Amazon's relay); such mail naming an order id in the orders
	// table is triaged and drafted to the sender, needing a human. Off:
	// all mail that did not come through Amazon is not buyer mail.
	DirectBuyerMail bool
}

// SMTP is the outgoing server.
type SMTP struct {
	Host               string
	Port               int
	TLS                string
	InsecureSkipVerify bool
	Username           string
	Password           Secret
	From               string
	Helo               string
	Timeout            time.Duration
}

// Secret is a credential source. It never prints its value.
type Secret struct {
	File    string
	Env     string
	Command []string
}

// String never reveals the secret.
func (s Secret) String() string {
	switch {
	case s.File != "":
		return "file:" + s.File
	case s.Env != "":
		return "env:" + s.Env
	case len(s.Command) > 0:
		return "command:" + s.Command[0]
	}
	return "none"
}

// IsSet reports whether a source was configured.
func (s Secret) IsSet() bool { return s.File != "" || s.Env != "" || len(s.Command) > 0 }

// Resolve reads the secret from its source. Errors never contain the value.
func (s Secret) Resolve(ctx context.Context) (string, error) {
	switch {
	case s.File != "":
		b, err := os.ReadFile(s.File)
		if err != nil {
			return "", fmt.Errorf("reading password file: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	case s.Env != "":
		v, ok := os.LookupEnv(s.Env)
		if !ok || v == "" {
			return "", fmt.Errorf("environment variable %s is not set", s.Env)
		}
		return v, nil
	case len(s.Command) > 0:
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, s.Command[0], s.Command[1:]...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return "", fmt.Errorf("password command %s failed: %w", s.Command[0], err)
		}
		return strings.TrimRight(string(out), "\r\n"), nil
	}
	return "", nil
}

// defaults returns the settings used where the file is silent.
func defaults() fileSections {
	return fileSections{
		Store:     storeSection{Path: "aftersale.db"},
		Log:       logSection{Level: "info", Format: "auto"},
		Seller:    sellerSection{Language: "en"},
		Sender:    senderSection{Interval: "5s", MaxAttempts: 8},
		Service:   serviceSection{ShutdownGrace: "10s"},
		Retention: retentionSection{Days: 30},
		Orders:    ordersSection{WatchInterval: "1m"},
	}
}

// Error is one problem in a config file, with its position.
type Error struct {
	File string
	Line int // 0 when unknown
	Col  int
	Key  string
	Msg  string
	err  error // the kind of problem, for errors.Is; nil for most
}

func (e Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors is every problem found in one file.
type Errors []Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Find returns the config file to use: given when it is not "", else
// $AFTERSALE_CONFIG, else the first that exists of
// $XDG_CONFIG_HOME/aftersale/aftersale.toml (the user's config directory)
// and /etc/aftersale/aftersale.toml; "" when none does.
func Find(given string) string {
	if given != "" {
		return given
	}
	if p := os.Getenv("AFTERSALE_CONFIG"); p != "" {
		return p
	}
	cands := []string{"/etc/aftersale/aftersale.toml"}
	if d, err := os.UserConfigDir(); err == nil {
		cands = append([]string{filepath.Join(d, "aftersale", "aftersale.toml")}, cands...)
	}
	for _, c := range cands {
		if _, err := os.Stat(c); err == nil {
			return c
		}
	}
	return ""
}

// Load reads, decodes (strictly: unknown keys are errors) and
// validates the file at path. All problems are returned together as
// Errors, each with file:line.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading config: %w", err)
	}
	return parse(path, data, fileModeOf(path))
}

// Parse is Load on bytes already read; name is used in errors and
// to resolve relative paths.
func Parse(name string, data []byte) (*Config, error) {
	return parse(name, data, nil)
}

// parse is Parse; mode, when not nil, is the file's mode on disk.
func parse(name string, data []byte, mode *fs.FileMode) (*Config, error) {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return nil, Errors{{File: name, Line: 1, Msg: "the file is UTF-16 encoded: save it as UTF-8"}}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a UTF-8 byte order mark
	var tree map[string]any
	if err := toml.Unmarshal(data, &tree); err != nil {
		var de *toml.DecodeError
		if errors.As(err, &de) {
			line, col := de.Position()
			msg := strings.TrimPrefix(de.Error(), "toml: ")
			return nil, Errors{{File: name, Line: line, Col: col, Key: strings.Join(de.Key(), "."), Msg: msg}}
		}
		return nil, Errors{{File: name, Msg: err.Error()}}
	}
	v := validator{file: name, lines: newKeyLines(data), src: strings.Split(string(data), "\n"), dir: filepath.Dir(name), fileMode: mode}
	// Every unknown key and wrong type, then the values of the rest.
	v.checkShape("", tree, reflect.TypeFor[fileSections]())
	fc := defaults()
	if len(v.errs) > 0 {
		// Decode what is left, so that its problems are reported too.
		rest, err := toml.Marshal(tree)
		if err != nil || toml.Unmarshal(rest, &fc) != nil {
			return nil, v.errs
		}
	} else if err := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields().Decode(&fc); err != nil {
		var de *toml.DecodeError
		if errors.As(err, &de) {
			line, col := de.Position()
			return nil, Errors{{File: name, Line: line, Col: col, Key: strings.Join(de.Key(), "."), Msg: strings.TrimPrefix(de.Error(), "toml: ")}}
		}
		return nil, Errors{{File: name, Msg: err.Error()}}
	}
	cfg := v.validate(fc)
	if len(v.errs) > 0 {
		slices.SortStableFunc(v.errs, func(a, b Error) int { return a.Line - b.Line })
		return nil, v.errs
	}
	cfg.File = name
	return cfg, nil
}

type validator struct {
	file  string
	dir   string
	lines keyLines
	src   []string // the file's lines
	errs  Errors
	// fileMode is the config file's mode when it was read from disk.
	fileMode           *fs.FileMode
	fileUnsafeReported bool
}

func (v *validator) errorf(key string, format string, args ...any) {
	for _, e := range v.errs {
		if e.Key == key && e.Col > 0 {
			return // its value was refused already (checkShape)
		}
	}
	v.errs = append(v.errs, Error{File: v.file, Line: v.lines.find(key), Key: key, Msg: fmt.Sprintf(format, args...)})
}

// errorWrap is errorf for a problem of kind err (errors.Is).
func (v *validator) errorWrap(key string, err error, format string, args ...any) {
	v.errs = append(v.errs, Error{File: v.file, Line: v.lines.find(key), Key: key, Msg: fmt.Sprintf(format, args...), err: err})
}

func (v *validator) path(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(v.dir, p)
}

func (v *validator) validate(fc fileSections) *Config {
	c := &Config{
		StorePath:          v.path(fc.Store.Path),
		LogLevel:           fc.Log.Level,
		LogFormat:          fc.Log.Format,
		SellerName:         fc.Seller.Name,
		Signature:          fc.Seller.Signature,
		SellerLanguage:     fc.Seller.Language,
		AllowAddressUpdate: fc.Seller.AllowAddressUpdate,
		NoReplacements:     fc.Seller.NoReplacements,
		AllowedLinkDomains: fc.Seller.AllowedLinkDomains,
		ReshipThreshold:    map[string]aftersale.Money{},
		MinConfidence:      0.55,
		MaxAttempts:        fc.Sender.MaxAttempts,
	}
	if fc.Store.Path == "" {
		v.errorf("store.path", "must not be empty")
	}
	if _, err := ParseLevel(fc.Log.Level); err != nil {
		v.errorf("log.level", "%v", err)
	}
	switch fc.Log.Format {
	case "auto", "text", "json":
	default:
		v.errorf("log.format", "%q is not one of auto, text, json", fc.Log.Format)
	}
	if !ValidLang(fc.Seller.Language) {
		v.errorf("seller.language", "%q is not a two-letter language code such as en, de, zh", fc.Seller.Language)
	}
	curs := make([]string, 0, len(fc.Seller.ReshipThreshold))
	for cur := range fc.Seller.ReshipThreshold {
		curs = append(curs, cur)
	}
	sort.Strings(curs)
	for _, cur := range curs {
		key := "seller.reship_threshold." + cur
		if len(cur) != 3 || strings.ToUpper(cur) != cur {
			v.errorf(key, "currency must be a three-letter ISO code in capitals, like EUR")
			continue
		}
		m, err := aftersale.ParseMoney(fc.Seller.ReshipThreshold[cur])
		if err != nil || m < 0 {
			v.errorf(key, "%q is not an amount like \"30.00\"", fc.Seller.ReshipThreshold[cur])
			continue
		}
		c.ReshipThreshold[cur] = m
	}
	for _, h := range fc.Seller.Holidays {
		d, err := time.Parse(time.DateOnly, strings.TrimSpace(h))
		if err != nil {
			v.errorf("seller.holidays", "%q is not a date like \"2026-12-25\"", h)
			continue
		}
		if day := d.Format(time.DateOnly); !slices.Contains(c.Holidays, day) {
			c.Holidays = append(c.Holidays, day)
		}
	}
	slices.Sort(c.Holidays)
	if fc.Seller.TemplatesDir != "" {
		// A broken override is reported here, with its file:line, so the
		// daemon does not start with it (not at send time).
		c.TemplatesDir = v.path(fc.Seller.TemplatesDir)
		t, err := respond.LoadTemplates(c.TemplatesDir)
		var tes respond.TemplateErrors
		switch {
		case errors.As(err, &tes):
			for _, te := range tes {
				v.errorf("seller.templates_dir", "%v", te)
			}
		case err != nil:
			v.errorf("seller.templates_dir", "%v", err)
		}
		c.Templates = t
	}
	if fc.Classify.MinConfidence != nil {
		mc := *fc.Classify.MinConfidence
		if mc < 0 || mc > 1 {
			v.errorf("classify.min_confidence", "%v is not between 0 and 1", mc)
		}
		c.MinConfidence = mc
	}
	names := map[string]bool{}
	for i, a := range fc.Accounts {
		c.Accounts = append(c.Accounts, v.account(i, a, names))
	}
	c.SMTP = v.smtp(fc.SMTP)
	c.SendInterval = v.duration("sender.interval", fc.Sender.Interval, 5*time.Second)
	if fc.Sender.MaxAttempts < 1 {
		v.errorf("sender.max_attempts", "must be at least 1")
	}
	v.senderLimits(c, fc.Sender)
	c.AutoApprove = v.autoApprove(fc.AutoApprove)
	v.service(c, fc)
	return c
}

func (v *validator) account(i int, a accountSection, names map[string]bool) Account {
	p := fmt.Sprintf("account[%d].", i)
	ac := Account{
		Name: a.Name, Host: a.Host, Port: a.Port, TLS: a.TLS,
		CAFile: v.path(a.CAFile), InsecureSkipVerify: a.InsecureSkipVerify,
		Username: a.Username, Folders: a.Folders, Idle: true,
	}
	if a.Name == "" {
		v.errorf(p+"name", "every account needs a name")
	} else if names[a.Name] {
		v.errorf(p+"name", "account name %q is used twice", a.Name)
	}
	names[a.Name] = true
	if a.Host == "" {
		v.errorf(p+"host", "must not be empty")
	}
	if ac.TLS == "" {
		ac.TLS = "tls"
	}
	switch ac.TLS {
	case "tls":
		if ac.Port == 0 {
			ac.Port = 993
		}
	case "starttls", "plain":
		if ac.Port == 0 {
			ac.Port = 143
		}
	default:
		v.errorf(p+"tls", "%q is not one of tls, starttls, plain", a.TLS)
	}
	if ac.Port < 0 || ac.Port > 65535 {
		v.errorf(p+"port", "%d is not a port number", a.Port)
	}
	if a.Username == "" {
		v.errorf(p+"username", "must not be empty")
	}
	useOAuth := len(a.OAuth2TokenCommand) > 0
	ac.Password = v.secret(p, a.secretFields, !useOAuth)
	if useOAuth {
		ac.OAuth2Token = Secret{Command: a.OAuth2TokenCommand}
		if a.OAuth2TokenCommand[0] == "" {
			v.errorf(p+"oauth2_token_command", "the first element must be a program")
		}
		v.commandSafe(p+"oauth2_token_command", a.OAuth2TokenCommand)
		if ac.Password.IsSet() {
			v.errorf(p+"oauth2_token_command", "set either oauth2_token_command (XOAUTH2) or a password source, not both")
		}
	}
	if len(ac.Folders) == 0 {
		ac.Folders = []string{"INBOX"}
	}
	ac.PollInterval = v.duration(p+"poll_interval", a.PollInterval, time.Minute)
	if a.Idle != nil {
		ac.Idle = *a.Idle
	}
	ac.StartSpec = a.StartFrom
	ac.StartFrom = v.startFrom(p+"start_from", a.StartFrom)
	ac.MaxMessageBytes = v.size(p+"max_message_size", a.MaxMessageSize, 25<<20)
	ac.MarkKeyword, ac.MoveTo = a.MarkKeyword, a.MoveTo
	if a.MarkKeyword != "" && !validKeyword(a.MarkKeyword) {
		v.errorf(p+"mark_keyword", "%q is not an IMAP keyword: ASCII letters, digits and $-_. only, not starting with \\ (e.g. \"$Triaged\")", a.MarkKeyword)
	}
	if a.MoveTo != "" {
		for _, f := range ac.Folders {
			if strings.EqualFold(f, a.MoveTo) {
				v.errorf(p+"move_to", "%q is also in folders: mail moved there would be checked again", a.MoveTo)
			}
		}
	}
	ac.SentFolder = a.SentFolder
	if a.SentFolder != "" {
		if strings.TrimSpace(a.SentFolder) != a.SentFolder || strings.ContainsFunc(a.SentFolder, unicode.IsControl) {
			v.errorf(p+"sent_folder", "%q is not a folder name: no control characters or leading or trailing spaces", a.SentFolder)
		}
		for _, f := range ac.Folders {
			if strings.EqualFold(f, a.SentFolder) {
				v.errorf(p+"sent_folder", "%q is also in folders: the replies copied there would be fetched as buyer mail", a.SentFolder)
			}
		}
	}
	ac.AuthServIDs = v.authServIDs(p+"authserv_id", a.AuthServID)
	ac.DirectBuyerMail = a.DirectBuyerMail
	if ac.CAFile != "" {
		if _, err := os.Stat(ac.CAFile); err != nil {
			v.errorf(p+"ca_file", "%v", err)
		}
	}
	return ac
}

// authServIDs reads authserv_id: one authentication service identifier
// (RFC 8601 §2.5, usually the receiving server's host name) or a list.
func (v *validator) authServIDs(key string, val any) []string {
	var raw []any
	switch x := val.(type) {
	case nil:
		return nil
	case string:
		raw = []any{x}
	case []any:
		raw = x
		if len(x) == 0 {
			v.errorf(key, "an empty list: leave authserv_id out to read the topmost Authentication-Results only")
		}
	default:
		v.errorf(key, "must be a string such as \"mx.example.com\" or a list of them")
		return nil
	}
	var ids []string
	for _, r := range raw {
		s, ok := r.(string)
		switch {
		case !ok:
			v.errorf(key, "must be a string such as \"mx.example.com\" or a list of them")
			return nil
		case s == "" || strings.ContainsFunc(s, func(c rune) bool { return unicode.IsSpace(c) || unicode.IsControl(c) || c == ';' }):
			v.errorf(key, "%q is not an authserv-id: the name before the first \";\" of the Authentication-Results your server adds, such as \"mx.example.com\"", s)
		default:
			ids = append(ids, s)
		}
	}
	return ids
}

// validKeyword reports whether k is a keyword flag (RFC 9051 flag-keyword,
// an atom) restricted to characters every server accepts.
func validKeyword(k string) bool {
	for _, c := range k {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case c == '$' || c == '_' || c == '-' || c == '.':
		default:
			return false
		}
	}
	return k != ""
}

func (v *validator) smtp(s smtpSection) SMTP {
	c := SMTP{Host: s.Host, Port: s.Port, TLS: s.TLS, InsecureSkipVerify: s.InsecureSkipVerify,
		Username: s.Username, From: s.From, Helo: s.Helo}
	c.Timeout = v.duration("smtp.timeout", s.Timeout, 30*time.Second)
	if s.Host == "" {
		// No SMTP server: drafts can be approved but the daemon sends nothing.
		return c
	}
	if c.TLS == "" {
		c.TLS = "starttls"
	}
	switch c.TLS {
	case "tls":
		if c.Port == 0 {
			c.Port = 465
		}
	case "starttls":
		if c.Port == 0 {
			c.Port = 587
		}
	case "plain":
		if c.Port == 0 {
			c.Port = 25
		}
	default:
		v.errorf("smtp.tls", "%q is not one of tls, starttls, plain", s.TLS)
	}
	if c.Port < 0 || c.Port > 65535 {
		v.errorf("smtp.port", "%d is not a port number", s.Port)
	}
	if !PlausibleAddress(s.From) {
		v.errorf("smtp.from", "%q is not an email address (it must be listed in Seller Central's Messaging Permissions)", s.From)
	}
	c.Password = v.secret("smtp.", s.secretFields, s.Username != "")
	return c
}

func (v *validator) secret(prefix string, s secretFields, required bool) Secret {
	if s.Password != "" {
		v.errorf(prefix+"password", "passwords are never written in the config: use password_file, password_env or password_command")
	}
	sec := Secret{File: v.path(s.PasswordFile), Env: s.PasswordEnv, Command: s.PasswordCommand}
	n := 0
	for _, set := range []bool{s.PasswordFile != "", s.PasswordEnv != "", len(s.PasswordCommand) > 0} {
		if set {
			n++
		}
	}
	switch {
	case n > 1:
		v.errorf(prefix+"password_file", "set only one of password_file, password_env, password_command")
	case n == 0 && required && s.Password == "":
		v.errorf(prefix+"password_file", "a password source is needed: password_file, password_env or password_command")
	}
	if len(s.PasswordCommand) > 0 && s.PasswordCommand[0] == "" {
		v.errorf(prefix+"password_command", "the first element must be a program")
	}
	v.commandSafe(prefix+"password_command", s.PasswordCommand)
	return sec
}

func (v *validator) duration(key, s string, def time.Duration) time.Duration {
	if s == "" {
		return def
	}
	d, err := ParseDuration(s)
	if err != nil || d <= 0 {
		v.errorf(key, "%q is not a positive duration like \"30s\", \"5m\" or \"2h\"", s)
		return def
	}
	return d
}

func (v *validator) size(key, s string, def int64) int64 {
	if s == "" {
		return def
	}
	n, err := ParseSize(s)
	if err != nil || n <= 0 {
		v.errorf(key, "%q is not a size like \"25MB\" or \"512KB\"", s)
		return def
	}
	return n
}

// startFrom reads "all" (or empty), "new" (only mail arriving from now on),
// a duration back from now ("7d", "48h") or a date ("2026-11-01").
func (v *validator) startFrom(key, s string) time.Time {
	t, err := parseStartFrom(s, time.Now())
	if err != nil {
		v.errorf(key, "%v", err)
	}
	return t
}

func parseStartFrom(s string, now time.Time) (time.Time, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "all":
		return time.Time{}, nil
	case "new", "now":
		return now, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if d, err := ParseDuration(s); err == nil && d > 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, fmt.Errorf("%q is not \"all\", \"new\", a duration like \"7d\" or a date like \"2026-11-01\"", s)
}

var dayRE = regexp.MustCompile(`^(\d+)d$`)

// ParseDuration is time.ParseDuration plus whole days ("7d").
func ParseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if m := dayRE.FindStringSubmatch(s); m != nil {
		n, err := strconv.ParseInt(m[1], 10, 64)
		if err != nil {
			return 0, err
		}
		if n > int64(math.MaxInt64/(24*time.Hour)) {
			return 0, fmt.Errorf("duration %q is too long", s)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}

// ParseSize reads a size: a number with an optional unit (B, KB, MB, GB,
// KiB…; K and KB are both 1024).
func ParseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suf string
		m   int64
	}{{"KIB", 1 << 10}, {"MIB", 1 << 20}, {"GIB", 1 << 30}, {"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(t, u.suf) {
			mult = u.m
			t = strings.TrimSpace(strings.TrimSuffix(t, u.suf))
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil {
		return 0, err
	}
	if n > math.MaxInt64/mult || n < math.MinInt64/mult {
		return 0, fmt.Errorf("size %q is too large", s)
	}
	return n * mult, nil
}

// ValidLang reports whether s looks like a two-letter language code.
func ValidLang(s string) bool {
	if len(s) != 2 {
		return false
	}
	return s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z'
}

var addrRE = regexp.MustCompile(`^[^@\s<>"\r\n]+@[^@\s<>"\r\n]+\.[^@\s<>"\r\n]+$`)

// PlausibleAddress reports whether s looks like a bare email address.
func PlausibleAddress(s string) bool { return addrRE.MatchString(s) }

// keyLines maps a dotted key path ("account[1].tls") to the line that sets
// it, for reporting semantic problems at file:line. It understands the
// subset of TOML the config uses: [table], [[array]] and key = value lines.
type keyLines map[string]int

var (
	tableRE = regexp.MustCompile(`^\s*\[\s*([A-Za-z0-9_.-]+)\s*\]\s*(#.*)?$`)
	arrayRE = regexp.MustCompile(`^\s*\[\[\s*([A-Za-z0-9_.-]+)\s*\]\]\s*(#.*)?$`)
	keyRE   = regexp.MustCompile(`^\s*([A-Za-z0-9_-]+)\s*=`)
)

func newKeyLines(data []byte) keyLines {
	kl := keyLines{}
	prefix := ""
	counts := map[string]int{}
	// Split, not bufio.Scanner: a line of any length (a long signature)
	// must not end the scan and cost every later key its line number.
	for i, line := range strings.Split(string(data), "\n") {
		n := i + 1
		line = strings.TrimSuffix(line, "\r")
		switch {
		case arrayRE.MatchString(line):
			name := arrayRE.FindStringSubmatch(line)[1]
			prefix = fmt.Sprintf("%s[%d]", name, counts[name])
			counts[name]++
			kl.set(prefix, n)
		case tableRE.MatchString(line):
			prefix = tableRE.FindStringSubmatch(line)[1]
			kl.set(prefix, n)
		case keyRE.MatchString(line):
			k := keyRE.FindStringSubmatch(line)[1]
			if prefix != "" {
				k = prefix + "." + k
			}
			kl.set(k, n)
		}
	}
	return kl
}

func (kl keyLines) set(k string, n int) {
	if _, ok := kl[k]; !ok {
		kl[k] = n
	}
}

// find returns the line of key, else of its closest enclosing table, else 0.
func (kl keyLines) find(key string) int {
	for k := key; k != ""; {
		if n, ok := kl[k]; ok {
			return n
		}
		i := strings.LastIndexAny(k, ".[")
		if i < 0 {
			break
		}
		k = k[:i]
	}
	return 0
}

// DirectBuyerAccounts names the accounts with direct_buyer_mail.
func (c *Config) DirectBuyerAccounts() []string {
	var out []string
	for _, a := range c.Accounts {
		if a.DirectBuyerMail {
			out = append(out, a.Name)
		}
	}
	return out
}

// SecretWarnings lists the password files that group or other users can
// read. They are warnings, not errors: the file still works, but anyone on
// the machine could read the password.
func (c *Config) SecretWarnings() []string {
	var out []string
	check := func(key string, s Secret) {
		if s.File == "" {
			return
		}
		fi, err := os.Stat(s.File)
		if err != nil || fi.Mode().Perm()&0o077 == 0 {
			return
		}
		out = append(out, fmt.Sprintf("%s: %s is readable by group or others (mode %v); run: chmod 600 %s",
			key, s.File, fi.Mode().Perm(), s.File))
	}
	for i, a := range c.Accounts {
		check(fmt.Sprintf("account[%d].password_file", i), a.Password)
	}
	check("smtp.password_file", c.SMTP.Password)
	return out
}

// AuthServIDs are the authserv_id of the account named account; nil for
// no such account.
func (c *Config) AuthServIDs(account string) []string {
	for _, a := range c.Accounts {
		if a.Name == account {
			return a.AuthServIDs
		}
	}
	return nil
}

// Summary is what a valid config sets up, as "config check" prints it:
// "N accounts, database PATH, sending via HOST:PORT as FROM" (or ", no
// SMTP server: nothing will be sent").
func (c *Config) Summary() string {
	s := fmt.Sprintf("%d accounts, database %s", len(c.Accounts), c.StorePath)
	if c.SMTP.Host == "" {
		return s + ", no SMTP server: nothing will be sent"
	}
	return s + fmt.Sprintf(", sending via %s:%d as %s", c.SMTP.Host, c.SMTP.Port, c.SMTP.From)
}

// RespondSettings are the drafting and policy settings of the config; a
// nil config has the zero settings.
func (c *Config) RespondSettings() respond.Settings {
	if c == nil {
		return respond.Settings{}
	}
	return respond.Settings{
		ReshipThreshold:    c.ReshipThreshold,
		AllowAddressUpdate: c.AllowAddressUpdate,
		NoReplacements:     c.NoReplacements,
		SellerName:         c.SellerName,
		Signature:          c.Signature,
		SellerLanguage:     c.SellerLanguage,
		AllowedLinkDomains: c.AllowedLinkDomains,
		Templates:          c.Templates,
		Holidays:           c.Holidays,
	}
}

// MessageIDDomain is the domain of outgoing Message-IDs: the sender
// address's. c may be nil.
func (c *Config) MessageIDDomain() string {
	if c != nil {
		if i := strings.LastIndex(c.SMTP.From, "@"); i >= 0 {
			return c.SMTP.From[i+1:]
		}
	}
	return "aftersale.localhost"
}

// MailboxOptions are the IMAP options of account a. It reads ca_file.
func (a Account) MailboxOptions() (mailbox.Options, error) {
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
		AuthServIDs:        a.AuthServIDs,
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

// Options are the SMTP options of the outgoing server.
func (s SMTP) Options() respond.SMTPOptions {
	o := respond.SMTPOptions{
		Host: s.Host, Port: s.Port, TLS: s.TLS, InsecureSkipVerify: s.InsecureSkipVerify,
		Username: s.Username, Timeout: s.Timeout, HeloName: s.Helo,
	}
	if s.Password.IsSet() {
		o.Password = s.Password.Resolve
	}
	return o
}

// service reads the [service], [http], [retention] and [orders] sections.
func (v *validator) service(c *Config, fc fileSections) {
	c.ShutdownGrace = v.duration("service.shutdown_grace", fc.Service.ShutdownGrace, 10*time.Second)
	if l := fc.HTTP.Listen; l != "" {
		host, port, err := net.SplitHostPort(l)
		if err != nil {
			// A bare port: this machine only.
			host, port, err = "127.0.0.1", l, nil
		}
		if n, perr := strconv.Atoi(port); perr != nil || n < 0 || n > 65535 {
			v.errorf("http.listen", "%q is not host:port like \"127.0.0.1:9321\"", l)
		}
		if host == "" {
			host = "127.0.0.1" // loopback unless an address is given
		}
		c.HTTPListen = net.JoinHostPort(host, port)
	}
	if fc.Retention.Days < 1 {
		v.errorf("retention.days", "must be at least 1: buyers' personal data is kept this many days after a conversation ends (Amazon's Data Protection Policy)")
	}
	c.Retention = time.Duration(fc.Retention.Days) * 24 * time.Hour
	if fc.Orders.WatchDir != "" {
		c.OrdersWatchDir = v.path(fc.Orders.WatchDir)
		if fi, err := os.Stat(c.OrdersWatchDir); err != nil {
			v.errorf("orders.watch_dir", "%v", err)
		} else if !fi.IsDir() {
			v.errorf("orders.watch_dir", "%s is not a directory", c.OrdersWatchDir)
		}
	}
	c.OrdersWatchInterval = v.duration("orders.watch_interval", fc.Orders.WatchInterval, time.Minute)
	c.OrdersMaxFileBytes = v.size("orders.max_file_size", fc.Orders.MaxFileSize, store.DefaultMaxImportFileBytes)
}

// ParseLevel reads a log level: debug, info, warn or error.
func ParseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return 0, fmt.Errorf("%q is not one of debug, info, warn, error", s)
	}
	return l, nil
}
