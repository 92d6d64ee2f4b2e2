package mailbox

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message/charset"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"

	"github.com/aftersale/aftersale/internal/par"
)

// TLSMode is how the poller secures its IMAP connection.
type TLSMode string

// TLS modes.
const (
	TLSImplicit TLSMode = "tls"      // implicit TLS (RFC 8314), default port 993; the default
	TLSStartTLS TLSMode = "starttls" // STARTTLS upgrade (RFC 9051 §6.2.1), default port 143
	TLSPlain    TLSMode = "plain"    // no encryption: only when configured; warned about unless loopback
)

// Defaults applied by NewPoller to zero Options fields.
const (
	DefaultPollInterval    = time.Minute
	DefaultMaxMessageBytes = 25 << 20
	DefaultDialTimeout     = 30 * time.Second
)

const (
	minBackoff    = time.Second
	maxBackoff    = 5 * time.Minute
	batchMessages = 50       // messages per UID FETCH of bodies
	batchBytes    = 32 << 20 // RFC822.SIZE per UID FETCH of bodies
)

// ErrAuthFailed is returned (wrapped) by PollOnce when the server refused
// the login. The account is then paused: see Poller.
var ErrAuthFailed = errors.New("imap login refused")

// ErrPaused is returned (wrapped) by PollOnce on a paused account.
var ErrPaused = errors.New("account paused after a refused login or an untrusted certificate")

// ErrCertificate is returned (wrapped) when the server's TLS certificate
// does not verify (unknown authority, wrong host name, expired). Retrying
// would not help and connecting anyway would hand the password to whoever
// answers, so the account is paused, as after a refused login.
var ErrCertificate = errors.New("imap server certificate not trusted")

// needsPerson reports whether err is one that retrying cannot fix: a
// refused login or an untrusted certificate.
func needsPerson(err error) bool {
	return errors.Is(err, ErrAuthFailed) || errors.Is(err, ErrCertificate) || isCertError(err)
}

// isCertError reports whether err comes from certificate verification.
func isCertError(err error) bool {
	var verr *tls.CertificateVerificationError
	var ua x509.UnknownAuthorityError
	var he x509.HostnameError
	var ci x509.CertificateInvalidError
	return errors.As(err, &verr) || errors.As(err, &ua) || errors.As(err, &he) || errors.As(err, &ci)
}

// Options configures a Poller for one IMAP account.
type Options struct {
	Account            string // account name used in the store and logs
	Host               string
	Port               int     // 0: 993 for tls, 143 for starttls and plain
	TLS                TLSMode // "" means TLSImplicit
	InsecureSkipVerify bool    // accept any server certificate (logged as a warning at each connect)
	RootCAs            *x509.CertPool
	Username           string
	// Password returns the password; it is called at each login and its
	// result is never logged. Used with LOGIN when OAuth2Token is nil.
	Password func(ctx context.Context) (string, error)
	// OAuth2Token, when set, makes the poller authenticate with SASL
	// XOAUTH2 (Gmail, Microsoft 365, which no longer take passwords)
	// instead of LOGIN. It is called at each login for a fresh access
	// token (e.g. from a token command); the token is never logged.
	OAuth2Token func(ctx context.Context) (string, error)

	Folders []string // default ["INBOX"]
	// PollInterval is how often folders are checked when the server does
	// not offer IDLE, and the safety re-check while idling. Default 1m.
	PollInterval time.Duration
	DisableIdle  bool
	// StartFrom applies on the first run of a folder only (no stored
	// cursor): messages whose INTERNALDATE is before it are skipped. Zero
	// means all messages.
	StartFrom time.Time
	// MaxMessageBytes: larger mail is stored header-only, Truncated, with
	// the flag "too_large". Default 25 MiB.
	MaxMessageBytes int64
	DialTimeout     time.Duration // default 30s
	// MarkKeyword, when set (e.g. "$Triaged"), is added to each message
	// once it is stored. Off by default.
	MarkKeyword string
	// MoveTo, when set, moves each message to this folder once it is
	// stored (UID MOVE, RFC 6851; skipped with a warning on a server
	// without MOVE, whose COPY+EXPUNGE fallback could expunge mail the
	// user marked deleted). Off by default. Nothing is ever deleted.
	MoveTo string
	// AuthServIDs are the authserv-ids of the account's receiving mail
	// server whose Authentication-Results are believed (ParseOptions).
	// Empty: the topmost Authentication-Results field only.
	AuthServIDs []string
	// OnStored is called after new messages were stored, to wake the
	// classifier. It must not block (e.g. a non-blocking channel send).
	OnStored func()
	Now      func() time.Time // default time.Now
}

// State is a snapshot of a poller for status output.
type State struct {
	Connected bool
	LastPoll  time.Time // end of the last successful check of all folders
	LastErr   string    // last error, "" after a successful check
	Paused    bool      // login refused or certificate untrusted: no further attempts until restart or reload
}

// Poller fetches new mail of one IMAP account into the store.
//
// For each folder it keeps a cursor (UIDVALIDITY, last UID) in the store
// and fetches only UIDs above it, with BODY.PEEK[] so that \Seen is never
// set. A check costs one STATUS (UIDNEXT, UIDVALIDITY) per folder however
// large the folder is, or a SELECT of the folder the session has selected
// (STATUS would answer from the session's unsynced view); the folder is
// opened only when it holds new mail, read-only (EXAMINE) unless MarkKeyword or MoveTo is configured. Nothing
// is ever deleted. Each fetched batch (up to 50 messages) is stored raw
// first, in one transaction that also advances the cursor, then parsed
// (on up to GOMAXPROCS goroutines) and the results saved in a second
// transaction; rows a crash leaves unparsed are parsed at the next start. A message whose Message-ID is already stored for the account (a
// UIDVALIDITY reset, or the same mail in two folders) is skipped.
//
// When the server refuses the login the account is paused: the error is
// logged once, State().Paused is true, and the poller makes no further
// attempt until it is created again (a daemon restart or config reload
// resumes it). Every other error is retried with exponential backoff.
type Poller struct {
	db   *store.DB
	opts Options
	log  *slog.Logger
	kick chan struct{} // new-mail notices from IDLE; size 1
	// onIdle, when set (tests only), is called each time IDLE has started.
	onIdle func()
	// wrapConn, when set (tests only), wraps each new TCP connection.
	wrapConn func(net.Conn) net.Conn

	mu        sync.Mutex
	state     State
	recovered bool       // rows left unparsed by a crash were handled
	fails     failureRun // consecutive failed sessions, for log rate-limiting
	noMoveLog bool       // the missing MOVE capability was logged
}

// NewPoller returns a poller for one account. Zero Options fields get
// their defaults. It does no I/O.
func NewPoller(db *store.DB, opts Options, log *slog.Logger) *Poller {
	if opts.TLS == "" {
		opts.TLS = TLSImplicit
	}
	if opts.Port == 0 {
		opts.Port = 993
		if opts.TLS != TLSImplicit {
			opts.Port = 143
		}
	}
	if len(opts.Folders) == 0 {
		opts.Folders = []string{"INBOX"}
	}
	if opts.PollInterval <= 0 {
		opts.PollInterval = DefaultPollInterval
	}
	if opts.MaxMessageBytes <= 0 {
		opts.MaxMessageBytes = DefaultMaxMessageBytes
	}
	if opts.DialTimeout <= 0 {
		opts.DialTimeout = DefaultDialTimeout
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Poller{
		db:   db,
		opts: opts,
		log:  log.With("component", "poller", "account", opts.Account),
		kick: make(chan struct{}, 1),
	}
}

// State returns a snapshot of the poller's state. Safe for concurrent use.
func (p *Poller) State() State {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.state
}

func (p *Poller) update(f func(*State)) {
	p.mu.Lock()
	f(&p.state)
	p.mu.Unlock()
}

// Run polls until ctx is done and then returns nil. It reconnects after
// errors with exponential backoff (1s doubling to 5m, reset after a
// successful check) and never returns on transient errors. After a refused
// login it pauses (see Poller) and just waits for ctx.
func (p *Poller) Run(ctx context.Context) error {
	p.recoverUnparsed(ctx)
	backoff := minBackoff
	for {
		if p.State().Paused {
			<-ctx.Done()
			return nil
		}
		ok, err := p.session(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if needsPerson(err) {
			p.pause(err)
			continue
		}
		if ok {
			backoff = minBackoff
		}
		p.update(func(s *State) { s.LastErr = err.Error() })
		p.failed(err, backoff)
		t := time.NewTimer(backoff)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
		backoff = min(backoff*2, maxBackoff)
	}
}

// PollOnce connects, checks every folder once, stores what is new and logs
// out. It returns the number of messages stored. A refused login returns
// an error wrapping ErrAuthFailed and pauses the poller; later calls then
// return ErrPaused without connecting.
func (p *Poller) PollOnce(ctx context.Context) (stored int, err error) {
	if p.State().Paused {
		return 0, fmt.Errorf("polling account %s: %w", p.opts.Account, ErrPaused)
	}
	n := p.recoverUnparsed(ctx)
	c, closeConn, err := p.connect(ctx)
	if err != nil {
		if needsPerson(err) {
			p.pause(err)
		}
		p.update(func(s *State) { s.LastErr = err.Error() })
		return 0, err
	}
	defer closeConn()
	defer func() { c.Logout().Wait() }() // not `defer c.Logout().Wait()` (docs/dependencies.md, go-imap trap 4)
	stored, err = p.pollFolders(ctx, c)
	p.afterPoll(stored+n, err)
	return stored, err
}

// session runs one connection: poll, wait for IDLE or the timer, poll
// again, until an error or ctx is done. ok reports whether at least one
// check succeeded (the backoff is then reset).
func (p *Poller) session(ctx context.Context) (ok bool, err error) {
	c, closeConn, err := p.connect(ctx)
	if err != nil {
		return false, err
	}
	defer closeConn()
	defer func() { c.Logout().Wait() }()
	p.update(func(s *State) { s.Connected = true })
	defer p.update(func(s *State) { s.Connected = false })

	idle := !p.opts.DisableIdle && (c.Caps().Has(imap.CapIdle) || c.Caps().Has(imap.CapIMAP4rev2))
	for {
		n, err := p.pollFolders(ctx, c)
		p.afterPoll(n, err)
		if err != nil {
			return ok, err
		}
		if !ok {
			ok = true
			p.recoveredLog()
		}
		if err := p.wait(ctx, c, idle); err != nil {
			return ok, err
		}
	}
}

// afterPoll records the outcome of a check and wakes the classifier.
func (p *Poller) afterPoll(stored int, err error) {
	p.update(func(s *State) {
		if err != nil {
			s.LastErr = err.Error()
			return
		}
		s.LastErr = ""
		s.LastPoll = p.opts.Now()
	})
	if stored > 0 && p.opts.OnStored != nil {
		p.opts.OnStored()
	}
}

// failed logs a failed session: the first of a run of identical errors at
// Warn, repeats at Debug with a count (one warning per run of failures).
func (p *Poller) failed(err error, retry time.Duration) {
	n, same := p.fails.add(err)
	if same {
		p.log.Debug("imap session failed again", "err", err, "failures", n, "retry_in", retry)
		return
	}
	p.log.Warn("imap session failed; retrying", "err", err, "failures", n, "retry_in", retry)
}

// recoveredLog notes a successful check after failures.
func (p *Poller) recoveredLog() {
	if n := p.fails.reset(); n > 0 {
		p.log.Info("imap connection restored", "failures", n)
	}
}

// pause marks the account paused and logs it once.
func (p *Poller) pause(err error) {
	p.mu.Lock()
	already := p.state.Paused
	p.state.Paused = true
	p.state.LastErr = err.Error()
	p.mu.Unlock()
	if !already {
		p.log.Error("imap account paused until the daemon is restarted or reloaded: fix the login or the certificate (ca_file)", "err", err)
	}
}

// wait blocks until new mail is announced (IDLE), PollInterval passes, the
// connection drops or ctx is done.
func (p *Poller) wait(ctx context.Context, c *imapclient.Client, idle bool) error {
	t := time.NewTimer(p.opts.PollInterval)
	defer t.Stop()
	if !idle {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-c.Closed():
			return errors.New("imap connection closed by the server")
		case <-t.C:
			return nil
		}
	}
	// IDLE watches the selected folder: the first one (RFC 2177). A check
	// that found nothing new selected nothing (STATUS only).
	if !isSelected(c, p.opts.Folders[0]) {
		if _, err := c.Select(p.opts.Folders[0], p.selectOptions()).Wait(); err != nil {
			return fmt.Errorf("selecting %s for idle: %w", p.opts.Folders[0], err)
		}
	}
	cmd, err := c.Idle()
	if err != nil {
		return fmt.Errorf("starting idle on %s: %w", p.opts.Folders[0], err)
	}
	if p.onIdle != nil {
		p.onIdle()
	}
	select {
	case <-ctx.Done():
	case <-c.Closed():
	case <-t.C:
	case <-p.kick:
		p.log.Debug("idle: new mail announced", "folder", p.opts.Folders[0])
	}
	cerr := cmd.Close()
	werr := cmd.Wait()
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err := errors.Join(cerr, werr); err != nil {
		return fmt.Errorf("idling on %s: %w", p.opts.Folders[0], err)
	}
	return nil
}

// connect dials, secures, greets and logs in. closeConn releases the
// connection and the ctx watchdog.
func (p *Poller) connect(ctx context.Context) (c *imapclient.Client, closeConn func(), err error) {
	addr := net.JoinHostPort(p.opts.Host, strconv.Itoa(p.opts.Port))
	d := net.Dialer{Timeout: p.opts.DialTimeout}
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, nil, fmt.Errorf("connecting to %s: %w", addr, err)
	}
	if p.wrapConn != nil {
		conn = p.wrapConn(conn)
	}
	// go-imap has no context (docs/dependencies.md, go-imap trap 8): closing the connection
	// is what unblocks a pending read when ctx is cancelled.
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	release := func() {
		stop()
		conn.Close()
	}
	fail := func(err error) (*imapclient.Client, func(), error) {
		release()
		return nil, nil, err
	}

	tlsConfig := &tls.Config{
		ServerName:         p.opts.Host,
		InsecureSkipVerify: p.opts.InsecureSkipVerify,
		RootCAs:            p.opts.RootCAs,
		MinVersion:         tls.VersionTLS12,
	}
	if p.opts.InsecureSkipVerify && p.opts.TLS != TLSPlain {
		p.log.Warn("imap server certificate is not verified (insecure_skip_verify)", "host", p.opts.Host)
	}
	kick := p.kick
	opts := &imapclient.Options{
		TLSConfig:   tlsConfig,
		WordDecoder: &mime.WordDecoder{CharsetReader: charset.Reader}, // go-imap trap 5, docs/dependencies.md
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			// Runs on the client's reader goroutine: only signal, never
			// issue a command here (docs/dependencies.md, go-imap trap 3).
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				if d.NumMessages == nil {
					return
				}
				select {
				case kick <- struct{}{}:
				default:
				}
			},
		},
	}
	switch p.opts.TLS {
	case TLSImplicit:
		tc := tls.Client(conn, tlsConfig)
		if err := tc.HandshakeContext(ctx); err != nil {
			return fail(fmt.Errorf("tls handshake with %s: %w", addr, err))
		}
		c = imapclient.New(tc, opts)
	case TLSStartTLS:
		c, err = imapclient.NewStartTLS(conn, opts)
		if err != nil {
			return fail(fmt.Errorf("starttls with %s: %w", addr, err))
		}
	case TLSPlain:
		if !isLoopback(p.opts.Host) {
			p.log.Warn("imap connection is not encrypted (tls = plain)", "host", p.opts.Host)
		}
		c = imapclient.New(conn, opts)
	default:
		return fail(fmt.Errorf("connecting to %s: unknown tls mode %q", addr, p.opts.TLS))
	}
	closeAll := func() {
		c.Close()
		release()
	}
	if err := c.WaitGreeting(); err != nil {
		closeAll()
		return nil, nil, fmt.Errorf("reading greeting of %s: %w", addr, err)
	}
	if err := p.login(ctx, c, addr); err != nil {
		closeAll()
		return nil, nil, err
	}
	return c, closeAll, nil
}

// login authenticates with XOAUTH2 when OAuth2Token is set, else with
// LOGIN. A refused login, a missing credential source or a server without
// AUTH=XOAUTH2 wrap ErrAuthFailed: retrying would not help.
func (p *Poller) login(ctx context.Context, c *imapclient.Client, addr string) error {
	var err error
	switch {
	case p.opts.OAuth2Token != nil:
		if !c.Caps().Has(imap.Cap("AUTH=XOAUTH2")) {
			return fmt.Errorf("logging in to %s as %s: server does not offer AUTH=XOAUTH2: %w", addr, p.opts.Username, ErrAuthFailed)
		}
		token, terr := p.opts.OAuth2Token(ctx)
		if terr != nil {
			return fmt.Errorf("getting an oauth2 token for account %s: %w", p.opts.Account, terr)
		}
		err = c.Authenticate(&xoauth2Client{user: p.opts.Username, token: token})
	case p.opts.Password != nil:
		pass, perr := p.opts.Password(ctx)
		if perr != nil {
			return fmt.Errorf("reading password of account %s: %w", p.opts.Account, perr)
		}
		err = c.Login(p.opts.Username, pass).Wait()
	default:
		return fmt.Errorf("logging in to %s as %s: no password or token source: %w", addr, p.opts.Username, ErrAuthFailed)
	}
	if err == nil {
		return nil
	}
	var ie *imap.Error
	if errors.Is(err, errTokenRefused) || errors.As(err, &ie) && (ie.Code == imap.ResponseCodeAuthenticationFailed || ie.Type == imap.StatusResponseTypeNo) {
		return fmt.Errorf("logging in to %s as %s: %w: %v", addr, p.opts.Username, ErrAuthFailed, err)
	}
	return fmt.Errorf("logging in to %s as %s: %w", addr, p.opts.Username, err)
}

// xoauth2Client is the SASL XOAUTH2 client of Google and Microsoft
// (developers.google.com/gmail/imap/xoauth2-protocol); go-sasl has only
// OAUTHBEARER (RFC 7628), which Microsoft 365 does not offer.
type xoauth2Client struct{ user, token string }

func (a *xoauth2Client) Start() (mech string, ir []byte, err error) {
	return "XOAUTH2", []byte("user=" + a.user + "\x01auth=Bearer " + a.token + "\x01\x01"), nil
}

// errTokenRefused is what xoauth2Client.Next returns: the server sends a
// challenge only to report a refused token.
var errTokenRefused = errors.New("xoauth2 token refused")

// Next ends the exchange at the server's error challenge (a JSON status,
// no secret). The protocol wants an empty response next, which imapclient
// can only send as "=", which Dovecot rejects as bad base64; the
// connection is closed instead.
func (a *xoauth2Client) Next(challenge []byte) ([]byte, error) {
	return nil, fmt.Errorf("%w: server said %.200s", errTokenRefused, challenge)
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// pollFolders checks every folder. A folder the server refuses (NO, e.g.
// it does not exist) is logged and skipped; other errors end the check.
func (p *Poller) pollFolders(ctx context.Context, c *imapclient.Client) (int, error) {
	total := 0
	for _, f := range p.opts.Folders {
		n, err := p.pollFolder(ctx, c, f)
		total += n
		if err != nil {
			var ie *imap.Error
			if errors.As(err, &ie) && ctx.Err() == nil {
				p.log.Warn("skipping folder", "folder", f, "err", err)
				continue
			}
			return total, err
		}
	}
	return total, nil
}

// selectOptions opens folders read-only unless an after-processing action
// must change them.
func (p *Poller) selectOptions() *imap.SelectOptions {
	return &imap.SelectOptions{ReadOnly: p.opts.MarkKeyword == "" && p.opts.MoveTo == ""}
}

// isSelected reports whether folder is the session's selected mailbox.
func isSelected(c *imapclient.Client, folder string) bool {
	mb := c.Mailbox()
	return mb != nil && mb.Name == folder
}

// meta is what the first fetch tells about a new message.
type meta struct {
	uid          uint32
	size         int64
	internalDate time.Time
}

// pollFolder fetches what is new in folder.
func (p *Poller) pollFolder(ctx context.Context, c *imapclient.Client, folder string) (int, error) {
	log := p.log.With("folder", folder)
	cur, err := p.db.Cursor(ctx, p.opts.Account, folder)
	if err != nil {
		return 0, err
	}
	if cur.UIDValidity != 0 && !isSelected(c, folder) {
		// The cheap check: one STATUS, whatever the folder's size. Never
		// on the selected folder: STATUS answers from the session's view
		// of it, which only a sync updates (RFC 9051 §6.3.11 rules it out
		// as a check for new mail; Dovecot replies "[CLIENTBUG]" with the
		// UIDNEXT of its last sync, so new mail would never be seen). A
		// selected folder is selected again below, which syncs it.
		st, err := c.Status(folder, &imap.StatusOptions{UIDNext: true, UIDValidity: true}).Wait()
		if err != nil {
			return 0, fmt.Errorf("checking %s: %w", folder, err)
		}
		if st.UIDValidity == cur.UIDValidity && st.UIDNext != 0 && uint32(st.UIDNext) <= cur.LastUID+1 {
			return 0, nil
		}
	}
	sd, err := c.Select(folder, p.selectOptions()).Wait()
	if err != nil {
		return 0, fmt.Errorf("selecting %s: %w", folder, err)
	}
	firstRun := cur.UIDValidity == 0
	switch {
	case firstRun:
		cur = store.Cursor{UIDValidity: sd.UIDValidity}
		if err := p.db.SetCursor(ctx, p.opts.Account, folder, cur); err != nil {
			return 0, err
		}
	case cur.UIDValidity != sd.UIDValidity:
		// RFC 9051 §2.3.1.1: every UID changed. Start over; the
		// Message-ID check in storeMessage keeps old mail from being
		// processed twice.
		log.Warn("uidvalidity changed; refetching folder, skipping messages already stored",
			"old_uidvalidity", cur.UIDValidity, "new_uidvalidity", sd.UIDValidity)
		cur = store.Cursor{UIDValidity: sd.UIDValidity}
		if err := p.db.SetCursor(ctx, p.opts.Account, folder, cur); err != nil {
			return 0, err
		}
	}
	if sd.NumMessages == 0 || sd.UIDNext != 0 && uint32(sd.UIDNext) <= cur.LastUID+1 {
		return 0, nil
	}

	var set imap.UIDSet
	set.AddRange(imap.UID(cur.LastUID+1), 0) // n:*
	bufs, err := c.Fetch(set, &imap.FetchOptions{UID: true, InternalDate: true, RFC822Size: true}).Collect()
	if err != nil {
		return 0, fmt.Errorf("listing new messages in %s: %w", folder, err)
	}
	var news []meta
	for _, b := range bufs {
		// "n:*" returns the last message even when its UID is below n
		// (docs/dependencies.md, go-imap trap 1).
		if uint32(b.UID) > cur.LastUID {
			news = append(news, meta{uid: uint32(b.UID), size: b.RFC822Size, internalDate: b.InternalDate})
		}
	}
	slices.SortFunc(news, func(a, b meta) int { return int(int64(a.uid) - int64(b.uid)) })

	stored := 0
	var batch []meta
	var batchSize int64
	var skipTo uint32 // highest UID skipped for StartFrom, cursor not yet advanced
	// Without after-processing actions, which use the connection, the
	// next batch is fetched and parsed while the previous one is written
	// (writeBatch): inflight is that write, running on its own goroutine.
	// Batches are still written one after the other in UID order, each
	// raw first; wait ends the one in flight and comes before anything
	// else that writes to the store.
	pipelined := p.opts.MarkKeyword == "" && p.opts.MoveTo == ""
	var inflight chan storeResult
	wait := func() error {
		if inflight == nil {
			return nil
		}
		r := <-inflight
		inflight = nil
		stored += r.n
		return r.err
	}
	flushSkip := func() error {
		if skipTo == 0 {
			return nil
		}
		if err := wait(); err != nil {
			return err
		}
		err := p.db.SetCursor(ctx, p.opts.Account, folder, store.Cursor{UIDValidity: sd.UIDValidity, LastUID: skipTo})
		skipTo = 0
		return err
	}
	flush := func() error {
		if len(batch) == 0 {
			return wait()
		}
		if !pipelined {
			n, err := p.fetchBodies(ctx, c, folder, sd.UIDValidity, batch, false)
			stored += n
			batch, batchSize = batch[:0], 0
			return err
		}
		raws, ferr := p.fetchRaw(c, folder, sd.UIDValidity, batch, false)
		batch, batchSize = batch[:0], 0
		var parsed []store.Parsed
		if ferr == nil {
			parsed = p.parseBatch(raws)
		}
		if err := wait(); err != nil {
			return err
		}
		if ferr != nil {
			return ferr
		}
		ch := make(chan storeResult, 1)
		go func() {
			n, err := p.writeBatch(ctx, folder, raws, parsed)
			ch <- storeResult{n, err}
		}()
		inflight = ch
		return nil
	}
	for _, m := range news {
		if firstRun && !p.opts.StartFrom.IsZero() && m.internalDate.Before(p.opts.StartFrom) {
			if err := flush(); err != nil {
				return stored, err
			}
			skipTo = m.uid
			continue
		}
		if err := flushSkip(); err != nil {
			return stored, err
		}
		if m.size > p.opts.MaxMessageBytes {
			if err := flush(); err != nil {
				return stored, err
			}
			if err := wait(); err != nil {
				return stored, err
			}
			log.Warn("message over the size limit; storing its header only", "uid", m.uid, "size", m.size)
			n, err := p.fetchBodies(ctx, c, folder, sd.UIDValidity, []meta{m}, true)
			stored += n
			if err != nil {
				return stored, err
			}
			continue
		}
		if len(batch) >= batchMessages || batchSize+m.size > batchBytes && len(batch) > 0 {
			if err := flush(); err != nil {
				return stored, err
			}
		}
		batch = append(batch, m)
		batchSize += m.size
	}
	if err := flush(); err != nil {
		return stored, err
	}
	if err := wait(); err != nil {
		return stored, err
	}
	if err := flushSkip(); err != nil {
		return stored, err
	}
	if skipped := len(news) - stored; skipped > 0 {
		log.Debug("messages not stored (before start_from, duplicates or already stored)", "count", skipped)
	}
	return stored, nil
}

// storeResult is the outcome of a storeBatch run on its own goroutine.
type storeResult struct {
	n   int
	err error
}

// fetchBodies fetches BODY.PEEK[] (or BODY.PEEK[HEADER] when headerOnly)
// of ms and stores each message in UID order.
func (p *Poller) fetchBodies(ctx context.Context, c *imapclient.Client, folder string, uidValidity uint32, ms []meta, headerOnly bool) (stored int, err error) {
	batch, err := p.fetchRaw(c, folder, uidValidity, ms, headerOnly)
	if err != nil {
		return 0, err
	}
	stored, err = p.storeBatch(ctx, folder, batch)
	if err != nil {
		return stored, err
	}
	// Stored or already stored: ready for the after-processing actions.
	done := make([]uint32, 0, len(batch))
	for _, r := range batch {
		done = append(done, r.UID)
	}
	return stored, p.afterProcessing(c, folder, done)
}

// fetchRaw fetches BODY.PEEK[] (or BODY.PEEK[HEADER] when headerOnly) of
// ms and returns the messages the server sent, in UID order.
func (p *Poller) fetchRaw(c *imapclient.Client, folder string, uidValidity uint32, ms []meta, headerOnly bool) ([]store.RawMessage, error) {
	section := &imap.FetchItemBodySection{Peek: true} // BODY.PEEK[]: never sets \Seen
	if headerOnly {
		section.Specifier = imap.PartSpecifierHeader
	}
	var set imap.UIDSet
	byUID := make(map[uint32]meta, len(ms))
	for _, m := range ms {
		set.AddNum(imap.UID(m.uid))
		byUID[m.uid] = m
	}
	// Collect always drains and closes the command (docs/dependencies.md, go-imap trap 2).
	bufs, err := c.Fetch(set, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		return nil, fmt.Errorf("fetching %d messages from %s: %w", len(ms), folder, err)
	}
	slices.SortFunc(bufs, func(a, b *imapclient.FetchMessageBuffer) int { return int(int64(a.UID) - int64(b.UID)) })
	var batch []store.RawMessage
	for _, b := range bufs {
		m, ok := byUID[uint32(b.UID)]
		if !ok {
			continue // a UID we did not ask for
		}
		raw := b.FindBodySection(section)
		if raw == nil {
			// Expunged between the two fetches, most likely.
			p.log.Warn("server sent no body; message skipped", "folder", folder, "uid", m.uid)
			continue
		}
		batch = append(batch, store.RawMessage{
			Account: p.opts.Account, Folder: folder, UIDValidity: uidValidity, UID: m.uid,
			Raw: raw, InternalDate: m.internalDate, Truncated: headerOnly,
		})
	}
	return batch, nil
}

// afterProcessing adds MarkKeyword to and then moves to MoveTo the
// messages uids of the selected folder, when configured. A refusal by the
// server (NO, BAD) is logged and the messages stay as they are; a broken
// connection is returned.
func (p *Poller) afterProcessing(c *imapclient.Client, folder string, uids []uint32) error {
	if len(uids) == 0 || p.opts.MarkKeyword == "" && p.opts.MoveTo == "" {
		return nil
	}
	var set imap.UIDSet
	for _, u := range uids {
		set.AddNum(imap.UID(u))
	}
	refused := func(action string, err error) error {
		var ie *imap.Error
		if errors.As(err, &ie) {
			p.log.Warn("server refused the after-processing action; messages left as they are",
				"folder", folder, "action", action, "count", len(uids), "err", err)
			return nil
		}
		return fmt.Errorf("%s %d messages in %s: %w", action, len(uids), folder, err)
	}
	if kw := p.opts.MarkKeyword; kw != "" {
		store := &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.Flag(kw)}}
		if err := c.Store(set, store, nil).Close(); err != nil {
			return refused("marking", err)
		}
	}
	if to := p.opts.MoveTo; to != "" && to != folder {
		if !c.Caps().Has(imap.CapMove) {
			p.mu.Lock()
			logged := p.noMoveLog
			p.noMoveLog = true
			p.mu.Unlock()
			if !logged {
				p.log.Warn("server lacks MOVE; messages are not moved (the COPY+EXPUNGE fallback could expunge other mail)", "folder", folder, "move_to", to)
			}
			return nil
		}
		if _, err := c.Move(set, to).Wait(); err != nil {
			return refused("moving", err)
		}
	}
	return nil
}

// storeBatch stores the fetched messages ms (in UID order) and then
// parses them: the raw bytes of the whole batch are committed first, with
// the cursor advanced in the same transaction, then the parse results are
// saved in a second transaction. A crash in between leaves rows unparsed,
// which recoverUnparsed handles at the next start. A message whose
// Message-ID is already stored for the account (or earlier in the batch)
// is not stored; the cursor still moves past it. It returns how many new
// rows were stored.
//
// Parsing needs no row id, so the batch is parsed (on up to GOMAXPROCS
// goroutines) while its raw rows are being stored; only the results of
// rows that were inserted are saved. The parse result of a row is saved
// only once its raw bytes are committed.
func (p *Poller) storeBatch(ctx context.Context, folder string, ms []store.RawMessage) (int, error) {
	if len(ms) == 0 {
		return 0, nil
	}
	inserted := make(chan insertResult, 1)
	go func() {
		res, err := p.insertRaw(ctx, folder, ms)
		inserted <- insertResult{res, err}
	}()
	parsed := p.parseBatch(ms)
	return p.saveParsed(ctx, folder, ms, parsed, <-inserted)
}

// writeBatch is storeBatch for a batch parsed already (parsed[i] is the
// result for ms[i]): it stores the raw rows, then saves the results of the
// rows inserted.
func (p *Poller) writeBatch(ctx context.Context, folder string, ms []store.RawMessage, parsed []store.Parsed) (int, error) {
	if len(ms) == 0 {
		return 0, nil
	}
	res, err := p.insertRaw(ctx, folder, ms)
	return p.saveParsed(ctx, folder, ms, parsed, insertResult{res, err})
}

// parseBatch parses ms on up to GOMAXPROCS goroutines; the results have
// no row id yet.
func (p *Poller) parseBatch(ms []store.RawMessage) []store.Parsed {
	parsed := make([]store.Parsed, len(ms))
	par.For(len(ms), func(i int) {
		msg, perr := p.parse(ms[i].Raw, ms[i].Truncated)
		parsed[i] = store.Parsed{Message: msg, Err: perr}
	})
	return parsed
}

// saveParsed saves, after the raw rows of ms were stored (ins), the parse
// results of the rows inserted, logs them and returns their count.
func (p *Poller) saveParsed(ctx context.Context, folder string, ms []store.RawMessage, parsed []store.Parsed, ins insertResult) (int, error) {
	if ins.err != nil {
		return 0, ins.err
	}
	var jobs []int // indexes into ms of the inserted rows
	save := make([]store.Parsed, 0, len(ms))
	for i, r := range ins.res {
		if r.Inserted {
			pr := parsed[i]
			pr.ID = r.ID
			save = append(save, pr)
			jobs = append(jobs, i)
		}
	}
	if err := p.db.SaveParsedBatch(ctx, save); err != nil {
		return len(jobs), err
	}
	for k, pr := range save {
		msg := pr.Message
		attrs := []any{"folder", folder, "uid", ms[jobs[k]].UID, "message_id", msg.MessageID, "sender", string(msg.Sender)}
		if o := msg.OrderID(); o != "" {
			attrs = append(attrs, "order_id", o)
		}
		if len(msg.Flags) > 0 {
			attrs = append(attrs, "flags", msg.Flags)
		}
		if pr.Err != nil {
			p.log.Warn("message stored but not parsed", append(attrs, "err", pr.Err)...)
		} else {
			p.log.Info("message stored", attrs...)
		}
	}
	return len(jobs), nil
}

// insertResult is the outcome of insertRaw run on its own goroutine.
type insertResult struct {
	res []store.InsertResult
	err error
}

// insertRaw stores the raw rows of ms in one transaction, skipping the
// messages whose Message-ID is already stored for the account (one query
// for the batch) or appears earlier in the batch. ms is not modified.
func (p *Poller) insertRaw(ctx context.Context, folder string, ms []store.RawMessage) ([]store.InsertResult, error) {
	ids := make([]string, len(ms))
	for i := range ms {
		ids[i] = messageIDOf(ms[i].Raw)
	}
	known, err := p.db.HasMessageIDs(ctx, p.opts.Account, ids)
	if err != nil {
		return nil, err
	}
	rows := slices.Clone(ms)
	seen := make(map[string]bool, len(ms))
	for i, id := range ids {
		if id == "" {
			continue
		}
		dup := seen[id] || known[id]
		seen[id] = true
		if dup {
			p.log.Info("message already stored under another uid; skipped", "folder", folder, "uid", rows[i].UID, "message_id", id)
			rows[i].Skip = true
		}
	}
	return p.db.InsertRawMessages(ctx, rows)
}

// parse is ParseWith with the account's options, plus the poller's own
// flag for header-only messages.
func (p *Poller) parse(raw []byte, truncated bool) (msg aftersale.Message, err error) {
	return ParseStored(raw, truncated, ParseOptions{AuthServIDs: p.opts.AuthServIDs})
}

// ParseStored parses a stored message as the poller did when it stored
// it: ParseWith, plus FlagTooLarge when only the header was fetched
// (truncated). It is what a re-parse after a parser upgrade runs.
func ParseStored(raw []byte, truncated bool, opts ParseOptions) (aftersale.Message, error) {
	msg, err := ParseWith(raw, opts)
	if truncated {
		msg.Flags = addFlag(msg.Flags, FlagTooLarge)
	}
	return msg, err
}

// recoverUnparsed parses this account's rows that a crash left between
// InsertRawMessage and SaveParsed. It runs once per Poller and returns the
// number of rows saved; errors are logged (the rows stay for next time).
func (p *Poller) recoverUnparsed(ctx context.Context) int {
	p.mu.Lock()
	done := p.recovered
	p.recovered = true
	p.mu.Unlock()
	if done {
		return 0
	}
	rows, err := p.db.Unparsed(ctx, 0)
	if err != nil {
		p.log.Warn("listing unparsed messages", "err", err)
		return 0
	}
	var mine []store.RawStored
	for _, r := range rows {
		if r.Account == p.opts.Account {
			mine = append(mine, r)
		}
	}
	n := 0
	for len(mine) > 0 {
		chunk := mine[:min(len(mine), batchMessages)]
		mine = mine[len(chunk):]
		parsed := make([]store.Parsed, len(chunk))
		par.For(len(chunk), func(k int) {
			msg, perr := p.parse(chunk[k].Raw, chunk[k].Truncated)
			parsed[k] = store.Parsed{ID: chunk[k].ID, Message: msg, Err: perr}
		})
		if err := p.db.SaveParsedBatch(ctx, parsed); err != nil {
			p.log.Warn("saving parse results of unparsed messages", "count", len(chunk), "err", err)
			continue
		}
		n += len(chunk)
	}
	if n > 0 {
		p.log.Info("parsed messages left unparsed by an earlier run", "count", n)
	}
	return n
}
