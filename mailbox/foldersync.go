package mailbox

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/par"
	"github.com/aftersale/aftersale/store"
)

// meta is what the first fetch tells about a new message.
type meta struct {
	uid          uint32
	size         int64
	internalDate time.Time
}

// pollFolder fetches what is new in folder: it finds the new UIDs (one
// STATUS when nothing changed) and hands them to a folderSync.
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
		// Message-ID check of the write path keeps old mail from being
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
		// (RFC 9051 §6.4.8: "*" is the largest UID in use;
		// docs/dependencies.md, go-imap trap 1).
		if uint32(b.UID) > cur.LastUID {
			news = append(news, meta{uid: uint32(b.UID), size: b.RFC822Size, internalDate: b.InternalDate})
		}
	}
	slices.SortFunc(news, func(a, b meta) int { return int(int64(a.uid) - int64(b.uid)) })

	s := &folderSync{p: p, c: c, folder: folder, uidValidity: sd.UIDValidity, log: log,
		pipelined: p.opts.MarkKeyword == "" && p.opts.MoveTo == ""}
	if firstRun {
		s.startFrom = p.opts.StartFrom
	}
	stored, err := s.run(ctx, news)
	if skipped := len(news) - stored; err == nil && skipped > 0 {
		log.Debug("messages not stored (before start_from, duplicates or already stored)", "count", skipped)
	}
	return stored, err
}

// folderSync stores the new messages of one selected folder, in UID
// order, in batches (up to batchMessages messages or batchBytes bytes).
//
// It holds the crash-safety invariant. Every batch goes through one write
// path (write, then commit): the raw bytes of the batch are committed in
// one transaction that also advances the folder's UID cursor, and only
// then are the parse results saved. So a crash loses nothing (the cursor
// never passes a message that is not durably stored; raw rows left
// unparsed are parsed at the next start by recoverUnparsed), and nothing
// is stored twice (a message whose Message-ID is stored already for the
// account is skipped, the cursor still moving past it).
//
// Pipelined (no after-processing action, which would use the connection),
// the commit of a batch runs on its own goroutine while the next batch is
// fetched and parsed; commits still happen one after the other in UID
// order, and wait ends the one in flight before anything else writes to
// the store.
type folderSync struct {
	p           *Poller
	c           *imapclient.Client
	folder      string
	uidValidity uint32
	log         *slog.Logger
	pipelined   bool
	// startFrom skips the messages received before it (first run of the
	// folder only).
	startFrom time.Time

	batch     []meta
	batchSize int64
	inflight  chan storeResult // the commit in flight; nil when none
	stored    int              // rows stored by the commits ended so far
	// skipTo is the highest UID skipped for startFrom whose cursor
	// advance is not written yet.
	skipTo uint32
}

// storeResult is the outcome of a commit run on its own goroutine.
type storeResult struct {
	n   int
	err error
}

// run stores news (sorted by UID) and returns the number of rows stored.
func (s *folderSync) run(ctx context.Context, news []meta) (int, error) {
	err := s.each(ctx, news)
	if err == nil {
		err = s.flush(ctx)
	}
	if werr := s.wait(); err == nil {
		err = werr
	}
	if err == nil {
		err = s.advanceSkipped(ctx)
	}
	return s.stored, err
}

func (s *folderSync) each(ctx context.Context, news []meta) error {
	for _, m := range news {
		if !s.startFrom.IsZero() && m.internalDate.Before(s.startFrom) {
			if err := s.flush(ctx); err != nil {
				return err
			}
			s.skipTo = m.uid
			continue
		}
		if err := s.advanceSkipped(ctx); err != nil {
			return err
		}
		if m.size > s.p.opts.MaxMessageBytes {
			if err := s.flush(ctx); err != nil {
				return err
			}
			s.log.Warn("message over the size limit; storing its header only", "uid", m.uid, "size", m.size)
			if err := s.write(ctx, []meta{m}, true); err != nil {
				return err
			}
			continue
		}
		if len(s.batch) >= batchMessages || s.batchSize+m.size > batchBytes && len(s.batch) > 0 {
			if err := s.flush(ctx); err != nil {
				return err
			}
		}
		s.batch = append(s.batch, m)
		s.batchSize += m.size
	}
	return nil
}

// flush writes the batch gathered so far.
func (s *folderSync) flush(ctx context.Context) error {
	if len(s.batch) == 0 {
		return nil
	}
	batch := s.batch
	s.batch, s.batchSize = nil, 0
	return s.write(ctx, batch, false)
}

// write is the one write path: it fetches the bodies of ms (BODY.PEEK[],
// or the header only when headerOnly), parses them, waits for the commit
// in flight, then commits them: on its own goroutine when pipelined, else
// right away, followed by the after-processing actions.
func (s *folderSync) write(ctx context.Context, ms []meta, headerOnly bool) error {
	raws, err := s.p.fetchRaw(s.c, s.folder, s.uidValidity, ms, headerOnly)
	var parsed []store.Parsed
	if err == nil {
		parsed = s.p.parseRaw(len(raws), func(i int) ([]byte, bool) { return raws[i].Raw, raws[i].Truncated })
	}
	if werr := s.wait(); werr != nil {
		return werr
	}
	if err != nil {
		return err
	}
	if s.pipelined {
		ch := make(chan storeResult, 1)
		go func() {
			n, err := s.p.commit(ctx, s.folder, raws, parsed)
			ch <- storeResult{n, err}
		}()
		s.inflight = ch
		return nil
	}
	n, err := s.p.commit(ctx, s.folder, raws, parsed)
	s.stored += n
	if err != nil {
		return err
	}
	// Stored or already stored: ready for the after-processing actions.
	done := make([]uint32, len(raws))
	for i, r := range raws {
		done[i] = r.UID
	}
	return s.p.afterProcessing(s.c, s.folder, done)
}

// wait ends the commit in flight, if any.
func (s *folderSync) wait() error {
	if s.inflight == nil {
		return nil
	}
	r := <-s.inflight
	s.inflight = nil
	s.stored += r.n
	return r.err
}

// advanceSkipped moves the cursor past the messages skipped for
// startFrom, after the commit in flight.
func (s *folderSync) advanceSkipped(ctx context.Context) error {
	if s.skipTo == 0 {
		return nil
	}
	if err := s.wait(); err != nil {
		return err
	}
	err := s.p.db.SetCursor(ctx, s.p.opts.Account, s.folder, store.Cursor{UIDValidity: s.uidValidity, LastUID: s.skipTo})
	s.skipTo = 0
	return err
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
	// Collect always drains and closes the command (docs/dependencies.md,
	// go-imap trap 2).
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

// commit stores the fetched messages ms (in UID order; parsed[i] is the
// parse result of ms[i]): the raw rows first, in one transaction that
// also advances the cursor, skipping the messages whose Message-ID is
// stored already; then the parse results of the rows inserted, in a
// second transaction. It returns how many new rows were stored.
func (p *Poller) commit(ctx context.Context, folder string, ms []store.RawMessage, parsed []store.Parsed) (int, error) {
	if len(ms) == 0 {
		return 0, nil
	}
	res, err := p.insertRaw(ctx, folder, ms)
	if err != nil {
		return 0, err
	}
	var jobs []int // indexes into ms of the inserted rows
	save := make([]store.Parsed, 0, len(ms))
	for i, r := range res {
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

// parseRaw parses n stored or fetched messages (raw returns the bytes of
// the i-th and whether only its header was fetched) on up to GOMAXPROCS
// goroutines; the results have no row id yet.
func (p *Poller) parseRaw(n int, raw func(i int) ([]byte, bool)) []store.Parsed {
	parsed := make([]store.Parsed, n)
	par.For(n, func(i int) {
		b, truncated := raw(i)
		msg, perr := p.parse(b, truncated)
		parsed[i] = store.Parsed{Message: msg, Err: perr}
	})
	return parsed
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
// the two transactions of the write path (raw committed, parse result
// not saved), with the write path's parse stage. It runs once per Poller
// and returns the number of rows saved; errors are logged (the rows stay
// for next time).
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
		parsed := p.parseRaw(len(chunk), func(k int) ([]byte, bool) { return chunk[k].Raw, chunk[k].Truncated })
		for k := range parsed {
			parsed[k].ID = chunk[k].ID
		}
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
