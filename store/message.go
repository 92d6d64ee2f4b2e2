package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/aftersale/aftersale"
)

// Cursor returns the stored IMAP position of (account, folder), or the zero
// Cursor when none is stored.
func (db *DB) Cursor(ctx context.Context, account, folder string) (Cursor, error) {
	var c Cursor
	err := db.r.QueryRowContext(ctx,
		"SELECT uidvalidity, last_uid FROM cursors WHERE account = ? AND folder = ?",
		account, folder).Scan(&c.UIDValidity, &c.LastUID)
	if err == sql.ErrNoRows {
		return Cursor{}, nil
	}
	if err != nil {
		return Cursor{}, fmt.Errorf("reading cursor of %s/%s: %w", account, folder, err)
	}
	return c, nil
}

// SetCursor stores the IMAP position of (account, folder) as given; use it
// when UIDVALIDITY changes. InsertRawMessage advances the cursor itself.
func (db *DB) SetCursor(ctx context.Context, account, folder string, c Cursor) error {
	_, err := db.w.ExecContext(ctx, `INSERT INTO cursors (account, folder, uidvalidity, last_uid, updated_at)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT (account, folder) DO UPDATE SET
	uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid, updated_at = excluded.updated_at`,
		account, folder, c.UIDValidity, c.LastUID, db.now().UnixMilli())
	if err != nil {
		return fmt.Errorf("setting cursor of %s/%s: %w", account, folder, err)
	}
	return nil
}

// InsertRawMessage stores a fetched mail before parsing and, in the same
// transaction, advances the cursor of (account, folder) to
// max(LastUID, uid) under m.UIDValidity (a different UIDVALIDITY resets it
// to uid). When (account, folder, uidvalidity, uid) is already stored it
// returns the existing id and inserted=false, and stores nothing new.
func (db *DB) InsertRawMessage(ctx context.Context, m RawMessage) (id int64, inserted bool, err error) {
	if err := checkRaw(m); err != nil {
		return 0, false, err
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, false, fmt.Errorf("storing message uid %d in %s/%s: %w", m.UID, m.Account, m.Folder, err)
	}
	defer tx.Rollback()
	ins, err := newRawInserter(ctx, tx)
	if err != nil {
		return 0, false, fmt.Errorf("storing message uid %d in %s/%s: %w", m.UID, m.Account, m.Folder, err)
	}
	defer ins.close()
	now := db.now().UnixMilli()
	r, err := ins.insert(ctx, m, now)
	if err != nil {
		return 0, false, err
	}
	if err := ins.advance(ctx, m.Account, m.Folder, m.UIDValidity, m.UID, now); err != nil {
		return 0, false, err
	}
	if err := tx.Commit(); err != nil {
		return 0, false, fmt.Errorf("storing message uid %d in %s/%s: %w", m.UID, m.Account, m.Folder, err)
	}
	return r.ID, r.Inserted, nil
}

// checkRaw validates the key fields of m.
func checkRaw(m RawMessage) error {
	if m.Account == "" || m.Folder == "" || m.UID == 0 {
		return fmt.Errorf("storing message uid %d in %s/%s: account, folder and uid are required: %w",
			m.UID, m.Account, m.Folder, aftersale.ErrInvalid)
	}
	return nil
}

// rawInserter holds the prepared statements of InsertRawMessage(s) in one
// transaction.
type rawInserter struct {
	tx                  *sql.Tx
	insert1, lookup, up *sql.Stmt
}

func newRawInserter(ctx context.Context, tx *sql.Tx) (*rawInserter, error) {
	r := &rawInserter{tx: tx}
	var err error
	if r.insert1, err = tx.PrepareContext(ctx, `INSERT INTO messages
	(account, folder, uidvalidity, uid, raw, size, truncated, internal_date, fetched_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (account, folder, uidvalidity, uid) DO NOTHING
RETURNING id`); err != nil {
		return nil, err
	}
	if r.lookup, err = tx.PrepareContext(ctx, `SELECT id FROM messages
WHERE account = ? AND folder = ? AND uidvalidity = ? AND uid = ?`); err != nil {
		r.close()
		return nil, err
	}
	if r.up, err = tx.PrepareContext(ctx, `INSERT INTO cursors (account, folder, uidvalidity, last_uid, updated_at)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT (account, folder) DO UPDATE SET
	last_uid = CASE WHEN cursors.uidvalidity = excluded.uidvalidity
		THEN max(cursors.last_uid, excluded.last_uid) ELSE excluded.last_uid END,
	uidvalidity = excluded.uidvalidity,
	updated_at = excluded.updated_at`); err != nil {
		r.close()
		return nil, err
	}
	return r, nil
}

func (r *rawInserter) close() {
	for _, s := range []*sql.Stmt{r.insert1, r.lookup, r.up} {
		if s != nil {
			s.Close()
		}
	}
}

// insert stores m unless its (account, folder, uidvalidity, uid) is
// stored already; it does not touch the cursor.
func (r *rawInserter) insert(ctx context.Context, m RawMessage, now int64) (InsertResult, error) {
	raw := m.Raw
	if raw == nil {
		raw = []byte{}
	}
	var id int64
	err := r.insert1.QueryRowContext(ctx, m.Account, m.Folder, m.UIDValidity, m.UID, raw, len(raw),
		bool01(m.Truncated), ms(m.InternalDate), now).Scan(&id)
	switch {
	case err == sql.ErrNoRows:
		if err := r.lookup.QueryRowContext(ctx, m.Account, m.Folder, m.UIDValidity, m.UID).Scan(&id); err != nil {
			return InsertResult{}, fmt.Errorf("storing message uid %d in %s/%s: %w", m.UID, m.Account, m.Folder, err)
		}
		return InsertResult{ID: id}, nil
	case err != nil:
		return InsertResult{}, fmt.Errorf("storing message uid %d in %s/%s: %w", m.UID, m.Account, m.Folder, err)
	}
	return InsertResult{ID: id, Inserted: true}, nil
}

// advance moves the cursor of (account, folder) to max(LastUID, uid) under
// uidValidity; a different UIDVALIDITY resets it to uid.
func (r *rawInserter) advance(ctx context.Context, account, folder string, uidValidity, uid uint32, now int64) error {
	if _, err := r.up.ExecContext(ctx, account, folder, uidValidity, uid, now); err != nil {
		return fmt.Errorf("advancing cursor of %s/%s to uid %d: %w", account, folder, uid, err)
	}
	return nil
}

// SaveParsed stores the parse result of message id. A non-nil parseErr is
// stored as the message's parse error (the row stays flagged and is still
// classified, as needs_human); m holds whatever fields could be read. The
// store-owned fields of m (ID, Account, Folder, UIDs, Size, FetchedAt) are
// ignored. Saving again replaces the earlier result (a re-parse after a
// parser upgrade). Returns ErrNotFound if id does not exist.
func (db *DB) SaveParsed(ctx context.Context, id int64, m aftersale.Message, parseErr error) error {
	res, err := db.w.ExecContext(ctx, saveParsedSQL, parsedArgs(id, m, parseErr, db.now())...)
	if err != nil {
		return fmt.Errorf("saving parsed message %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("saving parsed message %d: %w", id, aftersale.ErrNotFound)
	}
	return nil
}

const saveParsedSQL = `UPDATE messages SET
	parsed_at = ?, parser_version = ?, parse_error = ?, message_id = ?, in_reply_to_json = ?,
	references_json = ?, from_name = ?, from_addr = ?, reply_to = ?, to_json = ?, subject = ?,
	date = ?, text = ?, buyer_text = ?, order_ids_json = ?, order_id = ?, relay_alias = ?,
	marketplace = ?, buyer_name = ?, asins_json = ?, attachments_json = ?, sender = ?,
	auto_reply = ?, flags_json = ?, thread_key = ?
WHERE id = ?`

// parsedArgs are the arguments of saveParsedSQL.
func parsedArgs(id int64, m aftersale.Message, parseErr error, now time.Time) []any {
	perr := m.ParseErr
	if parseErr != nil {
		perr = parseErr.Error()
	}
	return []any{now.UnixMilli(), m.ParserVersion, perr, trimID(m.MessageID), jsonText(trimIDs(m.InReplyTo)),
		jsonText(trimIDs(m.References)), m.FromName, strings.ToLower(m.FromAddr), m.ReplyTo, jsonText(m.To), m.Subject,
		ms(m.Date), m.Text, m.BuyerText, jsonText(m.OrderIDs), m.OrderID(), m.RelayAlias,
		m.Marketplace, m.BuyerName, jsonText(m.ASINs), jsonText(m.Attachments), string(m.Sender),
		bool01(m.AutoReply), jsonText(storedFlags(m.Flags, m.Auth)), threadKey(m),
		id}
}

// threadKey is m.ThreadKey(), or "" when the message names neither a sender
// nor an order (an unreadable message is a thread of its own).
func threadKey(m aftersale.Message) string {
	k := m.ThreadKey()
	if k == "|" {
		return ""
	}
	return k
}

// trimID removes angle brackets and spaces around a Message-ID.
func trimID(s string) string {
	return strings.Trim(strings.TrimSpace(s), "<>")
}

func trimIDs(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, s := range ids {
		if s = trimID(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// unparsedSQL is the query of Unparsed (partial index messages_unparsed).
const unparsedSQL = "SELECT " + rawStoredCols + " FROM messages WHERE parsed_at IS NULL ORDER BY id LIMIT ?"

// Unparsed returns up to limit (0: all) stored messages that SaveParsed has
// not seen yet, oldest first. The caller owns the returned Raw slices.
func (db *DB) Unparsed(ctx context.Context, limit int) ([]RawStored, error) {
	out, err := queryAll(ctx, db.r, scanRawStored, unparsedSQL, limitArg(limit))
	if err != nil {
		return nil, fmt.Errorf("listing unparsed messages: %w", err)
	}
	return out, nil
}

// rawStoredCols are the columns scanRawStored reads.
const rawStoredCols = "id, account, folder, uidvalidity, uid, raw, internal_date, truncated"

func scanRawStored(s scanner) (RawStored, error) {
	var r RawStored
	var idate sql.NullInt64
	if err := s.Scan(&r.ID, &r.Account, &r.Folder, &r.UIDValidity, &r.UID, &r.Raw, &idate, &r.Truncated); err != nil {
		return RawStored{}, err
	}
	r.InternalDate = fromMS(idate)
	return r, nil
}

// Stale returns up to limit (0: all) stored messages with id above
// afterID that an older parser (parser_version below version) parsed,
// oldest first, for a re-parse after a parser upgrade. Messages whose
// personal data the retention purge removed are never returned: their raw
// bytes are gone and re-parsing them would blank the anonymised facts.
func (db *DB) Stale(ctx context.Context, version int, afterID int64, limit int) ([]RawStored, error) {
	out, err := queryAll(ctx, db.r, scanRawStored, "SELECT "+rawStoredCols+` FROM messages
WHERE id > ? AND parsed_at IS NOT NULL AND parser_version < ? AND purged_at IS NULL ORDER BY id LIMIT ?`,
		afterID, version, limitArg(limit))
	if err != nil {
		return nil, fmt.Errorf("listing messages parsed before parser version %d: %w", version, err)
	}
	return out, nil
}

// CountStale returns how many messages Stale would return from the start:
// parsed by a parser older than version, not purged.
func (db *DB) CountStale(ctx context.Context, version int) (int, error) {
	var n int
	err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM messages
WHERE parsed_at IS NOT NULL AND parser_version < ? AND purged_at IS NULL`, version).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("counting messages parsed before parser version %d: %w", version, err)
	}
	return n, nil
}

// messageCols are the columns scanMessage reads, prefixed with "m.".
const messageCols = `m.id, m.account, m.folder, m.uidvalidity, m.uid, m.size, m.fetched_at,
	m.message_id, m.in_reply_to_json, m.references_json, m.from_name, m.from_addr, m.reply_to,
	m.to_json, m.subject, m.date, m.text, m.buyer_text, m.order_ids_json, m.relay_alias,
	m.marketplace, m.buyer_name, m.asins_json, m.attachments_json, m.sender, m.auto_reply,
	m.flags_json, m.parse_error, m.parser_version`

// scanner is *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

// scanMessage reads messageCols followed by extra destinations.
func scanMessage(s scanner, extra ...any) (aftersale.Message, error) {
	var m aftersale.Message
	var fetched, date sql.NullInt64
	var irt, refs, to, oids, asins, atts, flags, sender string
	dest := []any{&m.ID, &m.Account, &m.Folder, &m.UIDValidity, &m.UID, &m.Size, &fetched,
		&m.MessageID, &irt, &refs, &m.FromName, &m.FromAddr, &m.ReplyTo,
		&to, &m.Subject, &date, &m.Text, &m.BuyerText, &oids, &m.RelayAlias,
		&m.Marketplace, &m.BuyerName, &asins, &atts, &sender, &m.AutoReply,
		&flags, &m.ParseErr, &m.ParserVersion}
	if err := s.Scan(append(dest, extra...)...); err != nil {
		return aftersale.Message{}, err
	}
	m.FetchedAt = fromMS(fetched)
	m.Date = fromMS(date)
	m.Sender = aftersale.SenderKind(sender)
	var err error
	for _, f := range []struct {
		dst  *[]string
		src  string
		name string
	}{
		{&m.InReplyTo, irt, "in_reply_to_json"}, {&m.References, refs, "references_json"},
		{&m.To, to, "to_json"}, {&m.OrderIDs, oids, "order_ids_json"}, {&m.ASINs, asins, "asins_json"},
		{&m.Attachments, atts, "attachments_json"}, {&m.Flags, flags, "flags_json"},
	} {
		if *f.dst, err = fromJSON[string](f.src, f.name); err != nil {
			return aftersale.Message{}, fmt.Errorf("message %d: %w", m.ID, err)
		}
	}
	m.Flags, m.Auth = loadedFlags(m.Flags)
	return m, nil
}

// authDetailPrefix starts the entry of flags_json that keeps the results
// behind a failed sender authentication, "auth:dkim=fail spf=fail", beside
// aftersale.FlagAuthFailed. The column keeps the form rows were always
// stored in, so rows written before Message.Auth read the same.
const authDetailPrefix = "auth:"

// storedFlags is the flags_json form of a message's flags and its Auth:
// the flags with the auth entry added in sort order (flags are sorted).
func storedFlags(flags []string, a aftersale.Auth) []string {
	if !a.Failed() {
		return flags
	}
	out := make([]string, 0, len(flags)+1)
	entry := authDetailPrefix + a.Detail
	for _, f := range flags {
		if entry != "" && f > entry {
			out = append(out, entry)
			entry = ""
		}
		out = append(out, f)
	}
	if entry != "" {
		out = append(out, entry)
	}
	return out
}

// loadedFlags splits flags_json into the message's flags and its Auth.
func loadedFlags(stored []string) ([]string, aftersale.Auth) {
	var a aftersale.Auth
	if !slices.Contains(stored, aftersale.FlagAuthFailed) {
		return stored, a
	}
	a.Verdict = aftersale.AuthFailed
	flags := make([]string, 0, len(stored))
	for _, f := range stored {
		if d, ok := strings.CutPrefix(f, authDetailPrefix); ok {
			a.Detail = d
			continue
		}
		flags = append(flags, f)
	}
	return flags, a
}

// Message returns stored message id with its parsed fields (empty until
// SaveParsed). Returns ErrNotFound if id does not exist.
func (db *DB) Message(ctx context.Context, id int64) (aftersale.Message, error) {
	m, err := scanMessage(db.r.QueryRowContext(ctx, "SELECT "+messageCols+" FROM messages m WHERE m.id = ?", id))
	if err != nil {
		return aftersale.Message{}, fmt.Errorf("reading message %d: %w", id, notFound(err))
	}
	return m, nil
}

// Raw returns the raw bytes of message id; the caller owns the slice.
// Returns ErrNotFound if id does not exist.
func (db *DB) Raw(ctx context.Context, id int64) ([]byte, error) {
	var raw []byte
	if err := db.r.QueryRowContext(ctx, "SELECT raw FROM messages WHERE id = ?", id).Scan(&raw); err != nil {
		return nil, fmt.Errorf("reading raw message %d: %w", id, notFound(err))
	}
	return raw, nil
}

// HasMessageID reports whether a parsed message of account carries the
// Message-ID messageID (with or without angle brackets).
func (db *DB) HasMessageID(ctx context.Context, account, messageID string) (bool, error) {
	messageID = trimID(messageID)
	if messageID == "" {
		return false, nil
	}
	var n int
	err := db.r.QueryRowContext(ctx,
		// "message_id <> ''" lets SQLite use the partial index
		// messages_message_id; without it this is a full table scan.
		"SELECT EXISTS (SELECT 1 FROM messages WHERE account = ? AND message_id = ? AND message_id <> '')",
		account, messageID).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("looking up message id %q in %s: %w", messageID, account, err)
	}
	return n == 1, nil
}

// HasMessageIDs is HasMessageID for many Message-IDs of account at once:
// the result holds true for each of ids (as given) that HasMessageID would
// report, with one query per 500 distinct ids. The poller checks a whole
// fetched batch with it.
func (db *DB) HasMessageIDs(ctx context.Context, account string, ids []string) (map[string]bool, error) {
	out := make(map[string]bool, len(ids))
	byTrimmed := make(map[string][]string, len(ids))
	var want []any
	for _, id := range ids {
		t := trimID(id)
		if t == "" {
			continue
		}
		if _, ok := byTrimmed[t]; !ok {
			want = append(want, t)
		}
		byTrimmed[t] = append(byTrimmed[t], id)
	}
	for len(want) > 0 {
		chunk := want[:min(len(want), ordersChunk)]
		want = want[len(chunk):]
		// "message_id <> ''" lets SQLite use the partial index
		// messages_message_id, as in HasMessageID.
		q := "SELECT DISTINCT message_id FROM messages WHERE account = ? AND message_id <> '' AND message_id IN (?" +
			strings.Repeat(",?", len(chunk)-1) + ")"
		found, err := queryAll(ctx, db.r, func(r scanner) (string, error) {
			var id string
			err := r.Scan(&id)
			return id, err
		}, q, append([]any{account}, chunk...)...)
		if err != nil {
			return nil, fmt.Errorf("looking up %d message ids in %s: %w", len(chunk), account, err)
		}
		for _, t := range found {
			for _, id := range byTrimmed[t] {
				out[id] = true
			}
		}
	}
	return out, nil
}

// threadMsg is a message of a thread with the times the deadline rule needs.
type threadMsg struct {
	aftersale.Message
	internal time.Time
}

// receivedAt is when a message arrived, for threading and the reply
// deadline: its Date header if sane, else the IMAP INTERNALDATE, else
// FetchedAt. A Date is sane when it is set, at most one hour after the
// arrival (INTERNALDATE, else FetchedAt) and at most seven days before it;
// anything else is a sender with a wrong clock.
func (t threadMsg) receivedAt() time.Time {
	arrival := t.internal
	if arrival.IsZero() {
		arrival = t.FetchedAt
	}
	if d := t.Date; !d.IsZero() && !arrival.IsZero() &&
		!d.After(arrival.Add(time.Hour)) && !d.Before(arrival.Add(-7*24*time.Hour)) {
		return d
	}
	return arrival
}

// thread returns the parsed messages with thread key k, oldest first by
// receivedAt then id.
func thread(ctx context.Context, q querier, k string) ([]threadMsg, error) {
	rows, err := q.QueryContext(ctx, "SELECT "+messageCols+", m.internal_date FROM messages m "+
		"WHERE m.thread_key = ? AND m.parsed_at IS NOT NULL ORDER BY m.id", k)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []threadMsg
	for rows.Next() {
		var idate sql.NullInt64
		m, err := scanMessage(rows, &idate)
		if err != nil {
			return nil, err
		}
		out = append(out, threadMsg{Message: m, internal: fromMS(idate)})
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sortThread(out)
	return out, nil
}

func sortThread(ms []threadMsg) {
	// Insertion sort: threads are short and already nearly in order.
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && threadLess(ms[j], ms[j-1]); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

func threadLess(a, b threadMsg) bool {
	ta, tb := a.receivedAt(), b.receivedAt()
	if !ta.Equal(tb) {
		return ta.Before(tb)
	}
	return a.ID < b.ID
}

// Thread returns the parsed messages whose ThreadKey is threadKey, oldest
// first (by Date when sane, else arrival; see receivedAt). An empty key
// returns nothing.
func (db *DB) Thread(ctx context.Context, threadKey string) ([]aftersale.Message, error) {
	if threadKey == "" || threadKey == "|" {
		return nil, nil
	}
	ts, err := thread(ctx, db.r, threadKey)
	if err != nil {
		return nil, fmt.Errorf("reading thread %q: %w", threadKey, err)
	}
	out := make([]aftersale.Message, len(ts))
	for i, t := range ts {
		out[i] = t.Message
	}
	return out, nil
}

// unclassifiedSQL is the query of Unclassified; the partial index
// messages_unclassified makes it cost what it returns.
const unclassifiedSQL = "SELECT " + messageCols + ` FROM messages m
WHERE m.parsed_at IS NOT NULL AND m.classified = 0
ORDER BY m.id LIMIT ?`

// Unclassified returns up to limit (0: all) parsed messages, including
// those stored with a parse error, that have no classification yet, oldest
// first.
func (db *DB) Unclassified(ctx context.Context, limit int) ([]aftersale.Message, error) {
	scan := func(s scanner) (aftersale.Message, error) { return scanMessage(s) }
	out, err := queryAll(ctx, db.r, scan, unclassifiedSQL, limitArg(limit))
	if err != nil {
		return nil, fmt.Errorf("listing unclassified messages: %w", err)
	}
	return out, nil
}
