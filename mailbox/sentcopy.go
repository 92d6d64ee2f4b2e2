package mailbox

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/aftersale/aftersale/store"
)

// Defaults applied by NewSentCopier to zero SentCopierOptions fields.
const (
	DefaultSentCopyInterval    = time.Minute
	DefaultSentCopyMaxAttempts = 10
)

const (
	sentCopyBatch       = 50 // sent-log rows read per store query
	minEntryBackoff     = time.Minute
	maxEntryBackoff     = time.Hour
	sentCopyHeaderField = "Message-ID"
)

// ErrNoSentFolder is returned (wrapped, with the folder's name) when the
// configured Sent folder cannot be opened: it does not exist, or the
// server refuses it. The folder is never created: sent_folder must name
// the mail client's own Sent folder.
var ErrNoSentFolder = errors.New("sent folder missing or refused by the server")

// SentCopierOptions configure a SentCopier for one account.
type SentCopierOptions struct {
	// IMAP is the account's connection: the same Options its Poller gets.
	// Only the connection and login fields are used (Account, Host, Port,
	// TLS, InsecureSkipVerify, RootCAs, Username, Password, OAuth2Token,
	// DialTimeout, Now).
	IMAP Options
	// Folder is the Sent folder replies are appended to, e.g. "Sent".
	Folder string
	// Render rebuilds a sent reply as the RFC 5322 message that was sent
	// (respond.SentCopyMessage). An error counts as a failed attempt of
	// that row.
	Render func(store.SentCopy) ([]byte, error)
	// Interval is how often the sent log is checked without a Kick.
	// Default 1m.
	Interval time.Duration
	// MaxAttempts is how many failed attempts of one row are made before
	// it is left alone (its last error stays in the store). Default 10.
	MaxAttempts int
}

// SentCopier files a copy of each reply the Sender sent into the account's
// IMAP Sent folder, so that the seller sees it in the mail client. It is
// optional ([[account]] sent_folder) and never touches sending: it only
// reads the sent log and records its own work in the store (sent_copies).
//
// Only replies sent at or after the copier first ran for the account are
// copied (store.StartSentCopies), and not those purged by the retention.
// Each copy is appended with \Seen and INTERNALDATE the send time. Before
// appending, the folder is searched for the reply's Message-ID (UID SEARCH
// HEADER Message-ID): if it is there already (a crash between APPEND and
// recording it, or a server that files sent mail itself) it is only
// recorded, so a reply is never filed twice.
//
// A check with nothing to copy costs one store query and no connection.
// Connection, login and folder failures are logged and retried with
// exponential backoff (1s doubling to 5m; a refused login, an untrusted
// certificate or a missing folder wait 5m at once); a failure of one reply
// (it cannot be rebuilt, the server refuses that message) is recorded on
// it and retried after 1m doubling to 1h, at most MaxAttempts times.
type SentCopier struct {
	db   *store.DB
	opts SentCopierOptions
	log  *slog.Logger
	conn *Poller // used only for its connect and login
	kick chan struct{}

	mu      sync.Mutex
	started bool // StartSentCopies was recorded
	fails   failureRun
	// recordedErr is the account error last written to the store
	// ("" for none), valid once recorded.
	recorded    bool
	recordedErr string
}

// NewSentCopier returns a copier for the account in o.IMAP. Zero fields
// get their defaults. It does no I/O.
func NewSentCopier(db *store.DB, o SentCopierOptions, log *slog.Logger) *SentCopier {
	if o.Interval <= 0 {
		o.Interval = DefaultSentCopyInterval
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = DefaultSentCopyMaxAttempts
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	p := NewPoller(db, o.IMAP, log)
	o.IMAP = p.opts // with the poller's defaults (port, TLS, clock)
	l := log.With("component", "sent_copier", "account", o.IMAP.Account, "folder", o.Folder)
	p.log = l
	return &SentCopier{db: db, opts: o, log: l, conn: p, kick: make(chan struct{}, 1)}
}

// Kick asks Run to check the sent log now (e.g. after a reply was sent).
// It never blocks.
func (c *SentCopier) Kick() {
	select {
	case c.kick <- struct{}{}:
	default:
	}
}

// Run copies what is pending at once and then at each Kick or Interval,
// until ctx is cancelled; it returns nil then. Errors are logged and
// retried with backoff, never returned.
func (c *SentCopier) Run(ctx context.Context) error {
	backoff := time.Duration(0) // 0: not failing
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		if backoff > 0 {
			// Failing: kicks do not shorten the wait.
			select {
			case <-ctx.Done():
				return nil
			case <-t.C:
			}
		} else {
			select {
			case <-ctx.Done():
				return nil
			case <-t.C:
			case <-c.kick:
				t.Stop()
			}
		}
		_, err := c.CopyOnce(ctx)
		if ctx.Err() != nil {
			return nil
		}
		wait := c.opts.Interval
		if err != nil {
			backoff = nextBackoff(backoff, err)
			wait = backoff
			c.failed(err, backoff)
		} else if backoff > 0 {
			backoff = 0
			c.recovered()
		}
		t.Reset(wait)
	}
}

// nextBackoff doubles prev from minBackoff up to maxBackoff; errors that
// need a person (refused login, untrusted certificate, missing folder)
// wait maxBackoff at once.
func nextBackoff(prev time.Duration, err error) time.Duration {
	if needsPerson(err) || errors.Is(err, ErrNoSentFolder) {
		return maxBackoff
	}
	if prev <= 0 {
		return minBackoff
	}
	return min(prev*2, maxBackoff)
}

// failed logs a failed check: the first of a run of identical errors at
// Warn (Error for one that needs a person), repeats at Debug.
func (c *SentCopier) failed(err error, retry time.Duration) {
	n, same := c.fails.add(err)
	switch {
	case same:
		c.log.Debug("copying sent replies failed again", "err", err, "failures", n, "retry_in", retry)
	case needsPerson(err) || errors.Is(err, ErrNoSentFolder):
		c.log.Error("cannot copy sent replies to the sent folder; sending is not affected: fix sent_folder or the login", "err", err, "failures", n, "retry_in", retry)
	default:
		c.log.Warn("copying sent replies failed; sending is not affected, retrying", "err", err, "failures", n, "retry_in", retry)
	}
}

func (c *SentCopier) recovered() {
	n := c.fails.reset()
	c.log.Info("copying sent replies works again", "failures", n)
}

// CopyOnce copies every pending reply of the account and returns how many
// it appended (found ones are recorded but not counted). It connects only
// when something is pending. A failure of one reply is recorded on it and
// does not end the pass; connection, login and folder errors are
// returned.
//
// The outcome for the whole account (the error, or none) is recorded in
// the store (store.SetSentCopyError), where `aftersale status` shows it.
func (c *SentCopier) CopyOnce(ctx context.Context) (appended int, err error) {
	appended, err = c.copyOnce(ctx)
	if ctx.Err() != nil {
		return appended, err
	}
	reason := ""
	if err != nil {
		reason = err.Error()
	}
	c.mu.Lock()
	same := c.recorded && c.recordedErr == reason
	c.mu.Unlock()
	if same {
		return appended, err
	}
	if rerr := c.db.SetSentCopyError(ctx, c.opts.IMAP.Account, reason); rerr != nil {
		c.log.Warn("recording the sent-copy state failed", "err", rerr)
		return appended, err
	}
	c.mu.Lock()
	c.recorded, c.recordedErr = true, reason
	c.mu.Unlock()
	return appended, err
}

func (c *SentCopier) copyOnce(ctx context.Context) (appended int, err error) {
	if c.opts.Render == nil {
		return 0, fmt.Errorf("copying sent replies of account %s: no message renderer configured", c.opts.IMAP.Account)
	}
	if err := c.Enable(ctx); err != nil {
		return 0, err
	}
	jobs, err := c.pending(ctx)
	if err != nil || len(jobs) == 0 {
		return 0, err
	}
	cl, closeConn, err := c.conn.connect(ctx)
	if err != nil {
		return 0, err
	}
	defer closeConn()
	defer func() { cl.Logout().Wait() }() // go-imap trap 4, docs/dependencies.md
	if _, err := cl.Select(c.opts.Folder, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return 0, c.folderErr(err)
	}
	for len(jobs) > 0 && ctx.Err() == nil {
		for _, j := range jobs {
			ok, err := c.copyOne(ctx, cl, j)
			if err != nil {
				return appended, err
			}
			if ok {
				appended++
			}
		}
		if jobs, err = c.pending(ctx); err != nil {
			return appended, err
		}
	}
	return appended, nil
}

// Enable records, once per copier, that copying is enabled for the
// account (store.StartSentCopies): replies sent from then on are copied.
// CopyOnce calls it; call it before the Sender starts so that no reply
// sent at start-up is left out.
func (c *SentCopier) Enable(ctx context.Context) error {
	c.mu.Lock()
	done := c.started
	c.mu.Unlock()
	if done {
		return nil
	}
	at, err := c.db.StartSentCopies(ctx, c.opts.IMAP.Account)
	if err != nil {
		return err
	}
	c.mu.Lock()
	c.started = true
	c.mu.Unlock()
	c.log.Debug("copying replies sent since", "since", at)
	return nil
}

func (c *SentCopier) pending(ctx context.Context) ([]store.SentCopy, error) {
	return c.db.PendingSentCopies(ctx, c.opts.IMAP.Account, c.opts.MaxAttempts, sentCopyBatch)
}

// folderErr names the folder in a refused SELECT or APPEND.
func (c *SentCopier) folderErr(err error) error {
	var ie *imap.Error
	if errors.As(err, &ie) {
		return fmt.Errorf("account %s: %w: %q (sent_folder must name an existing folder): %v",
			c.opts.IMAP.Account, ErrNoSentFolder, c.opts.Folder, err)
	}
	return fmt.Errorf("account %s: opening sent folder %q: %w", c.opts.IMAP.Account, c.opts.Folder, err)
}

// copyOne files reply j unless the folder already holds it. ok reports an
// APPEND. A failure of this reply alone is recorded and returns nil; a
// broken connection or a vanished folder is returned.
func (c *SentCopier) copyOne(ctx context.Context, cl *imapclient.Client, j store.SentCopy) (ok bool, err error) {
	r := j.Reply
	log := c.log.With("draft_id", r.DraftID, "message_id", r.MessageID)
	wctx := context.WithoutCancel(ctx) // what the server did must be recorded
	found, err := c.present(cl, r.MessageID)
	if err != nil {
		return false, fmt.Errorf("searching %s for message %s: %w", c.opts.Folder, r.MessageID, err)
	}
	if found {
		log.Info("reply already in the sent folder; recorded, not appended again")
		return false, c.db.MarkSentCopied(wctx, r.ID, c.opts.Folder, true)
	}
	raw, err := c.opts.Render(j)
	if err != nil {
		return false, c.entryFailed(wctx, log, j, fmt.Errorf("rebuilding the reply: %w", err))
	}
	a := cl.Append(c.opts.Folder, int64(len(raw)), &imap.AppendOptions{Flags: []imap.Flag{imap.FlagSeen}, Time: r.SentAt})
	_, werr := a.Write(raw)
	cerr := a.Close()
	_, err = a.Wait()
	if err = errors.Join(werr, cerr, err); err != nil {
		var ie *imap.Error
		if errors.As(err, &ie) && ie.Code != imap.ResponseCodeTryCreate && ie.Code != imap.ResponseCodeNonExistent {
			// The server refused this message (too large, quota, ...).
			return false, c.entryFailed(wctx, log, j, fmt.Errorf("appending to %s: %w", c.opts.Folder, err))
		}
		if errors.As(err, &ie) {
			return false, c.folderErr(err)
		}
		// The outcome is unknown: the next pass searches before appending.
		return false, fmt.Errorf("appending message %s to %s: %w", r.MessageID, c.opts.Folder, err)
	}
	if err := c.db.MarkSentCopied(wctx, r.ID, c.opts.Folder, false); err != nil {
		return true, err
	}
	log.Info("reply copied to the sent folder")
	return true, nil
}

// present reports whether the selected folder holds a message with
// Message-ID id (angle brackets added).
func (c *SentCopier) present(cl *imapclient.Client, id string) (bool, error) {
	crit := &imap.SearchCriteria{Header: []imap.SearchCriteriaHeaderField{{Key: sentCopyHeaderField, Value: "<" + id + ">"}}}
	data, err := cl.UIDSearch(crit, nil).Wait()
	if err != nil {
		return false, err
	}
	return len(data.AllUIDs()) > 0, nil
}

// entryFailed records a failed attempt of one reply with its backoff.
func (c *SentCopier) entryFailed(ctx context.Context, log *slog.Logger, j store.SentCopy, reason error) error {
	attempt := j.Attempts + 1
	d := minEntryBackoff
	for i := 1; i < attempt && d < maxEntryBackoff; i++ {
		d *= 2
	}
	d = min(d, maxEntryBackoff)
	next := c.opts.IMAP.Now().Add(d)
	if attempt >= c.opts.MaxAttempts {
		log.Error("giving up copying this reply to the sent folder", "attempt", attempt, "err", reason)
	} else {
		log.Warn("copying this reply to the sent folder failed; will retry", "attempt", attempt, "next_attempt", next, "err", reason)
	}
	if err := c.db.MarkSentCopyFailed(ctx, j.Reply.ID, reason.Error(), next); err != nil {
		return err
	}
	return nil
}
