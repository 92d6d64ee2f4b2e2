// Package store owns aftersale's SQLite database: the schema and its
// migrations, every SQL statement, the transactions, and the rules for
// draft state transitions. It returns aftersale types, never rows, and
// turns "no row" into aftersale.ErrNotFound and a refused compare-and-set
// or duplicate into aftersale.ErrConflict.
//
// It does not parse mail, classify, decide, render or send: those packages
// call it.
//
// # Database
//
// One SQLite file (modernc.org/sqlite, pure Go) in WAL mode with
// busy_timeout 5 s, synchronous NORMAL and foreign keys on. Writes go
// through one connection with BEGIN IMMEDIATE transactions; reads use a
// separate query-only pool. Design for one writer process: the daemon.
//
// The writes of the send path (ClaimOutbox, MarkSent, MarkSendFailed,
// MarkSendUnknown) commit with synchronous FULL: the write-ahead log is
// synced at their commit, so a claim is on disk before the reply goes to
// the SMTP server, and a power cut cannot return a claimed draft to
// approved. A power cut may undo other writes since the last sync (stored
// mail and its cursor, classifications, drafts, approvals and edits not
// yet followed by a claim); the database stays consistent.
//
// Every time is stored as INTEGER unix milliseconds UTC (NULL when
// unknown); money as INTEGER hundredths of the currency unit; lists as JSON
// text. The schema is in migrations/*.sql, applied in order by Open, each
// in its own transaction with its schema_migrations row and PRAGMA
// user_version. A database newer than the binary is refused.
//
// # Invariants
//
//   - A fetched mail is stored raw before it is parsed, once per
//     (account, folder, uidvalidity, uid); the IMAP cursor advances in the
//     same transaction.
//   - One classification per message, one draft per message. The work
//     lists (Unparsed, Unclassified, Undrafted) read partial indexes over
//     the rows still waiting (migration 0003: messages.classified and
//     messages.drafted, kept by triggers), so a pass costs what it returns,
//     however large the database.
//   - Not buyer mail (classifications.origin not_buyer_mail, migration
//     0006) never gets a draft: a trigger refuses its drafts row, and
//     MarkNoDraft takes it off the drafter's work list instead.
//   - The batch APIs (InsertRawMessages, SaveParsedBatch,
//     SaveClassifications, CreateDrafts) do what their one-row versions do,
//     in one transaction per batch; per-row refusals do not abort a batch.
//   - Draft states follow aftersale.CanTransition; every transition is a
//     compare-and-set UPDATE ... WHERE id = ? AND state = ?, and a refused
//     one returns ErrConflict. A draft can only reach sending from approved
//     (ClaimOutbox), and approved only through ApproveDraft, which refuses a
//     needs_human draft nobody has read, blocking policy findings without a
//     recorded override, and unfilled placeholders.
//   - The outgoing Message-ID is fixed at approval and unique.
//   - sent and its sent_log row are written in one transaction; sent_log
//     and audit are append-only (triggers abort UPDATE and DELETE; the one
//     UPDATE each trigger lets through is Purge's, once: blanking the sent
//     log's recipient, subject and body, and an audit entry's detail
//     (migration 0008)), and a draft has at most one sent_log row.
//   - The copy of a reply in the IMAP Sent folder is recorded beside the
//     sent log, in sent_copies (migration 0004): at most one row per
//     sent_log row, marked copied once. Only replies sent at or after the
//     copier first ran for their account (sent_copy_accounts) and not
//     purged are offered for copying (PendingSentCopies).
//   - The template learner's counts (migration 0005) hold 64-bit hashes
//     of candidate lines and of contributors (relay aliases, orders),
//     never their text; a line's normalised text is kept only once it is
//     learned as Amazon's wrapper. Each parsed message is read by the
//     learner once (messages.learned, partial index messages_unlearned).
//   - Purge (the data-protection retention) blanks buyers' personal data of
//     conversations past retention (audit details and the drafts' last send
//     errors included) and never deletes a row; a thread with
//     a draft still open is kept. The database file is created mode 0600.
//   - Corrections (migration 0007: a person's case for a message, with the
//     buyer's words scrubbed of personal data) are kept apart from the
//     mail: one per message at most, none twice with the same text,
//     language, case and sub-reason; the purge never touches them and a
//     backup holds them. corrections_state.generation changes with each
//     change to them, so the daemon sees what the CLI changed. model_cache
//     keeps the newest case model trained with them.
//   - A draft's body before its first edit is kept in draft_originals (by
//     a trigger, whatever edits it), blanked by the purge with the draft.
//   - A draft found in sending at start-up goes to send_unknown
//     (RecoverSending) and is never re-sent automatically: at-most-once
//     delivery. Only a person moves it on (ResolveSendUnknown): to sent
//     with its sent-log row, or back to approved with the same Message-ID.
//   - A draft's revision (migration 0009) goes up with every change of its
//     text (EditDraft, ReclassifyDraft); an edit also makes it unread
//     (shown_at NULL). draft_views keeps the revision each person was shown
//     last (ShowDraft, their own edit), which an approval may pin.
//   - A reclassification (ReclassifyDraft) keeps the replaced
//     classification in classification_history, whose facts the purge
//     blanks; only a draft nothing was sent from is written again.
//   - Every draft action is recorded in the audit table with who and when.
//
// # Reply deadline
//
// CreateDraft sets the draft's deadline to 24 hours (wall clock, weekends
// included) after the first unanswered buyer message of the thread, the
// messages sharing aftersale.Message.ThreadKey (relay alias and order id).
// A buyer message is answered when its own draft is sent or
// no_response_needed, or when a reply of the thread was sent at or after
// it arrived. A message's time is its Date header when sane (not more than
// an hour after, nor seven days before, its arrival), else its IMAP
// INTERNALDATE, else the time it was stored.
//
// # Order files
//
// ImportOrders reads three formats, told apart by the header row (the
// first non-blank line). Columns are found by header name, never by
// position; names are case-insensitive and '_' equals '-'. Unknown columns
// are ignored. A UTF-8 byte-order mark and CRLF line ends are accepted.
// Dates may be RFC 3339 (2017-06-17T08:04:21+00:00), "2006-01-02 15:04:05"
// or "2006-01-02"; a date without a zone is UTC. Amounts may use either
// decimal mark ("12.99", "12,99", "1.299,00"). Statuses and channels are
// normalised by aftersale.ParseOrderStatus and aftersale.ParseChannel
// (Cancelled/Canceled/CANCELLED, Amazon/AFN, Merchant/MFN).
//
// A file is read as a stream, one line at a time, within limits: a file
// over ImportOptions.MaxFileBytes (100 MiB by default) or with a line over
// MaxImportLineBytes (64 KiB) is refused as a whole; a row with a cell
// over MaxImportFieldBytes (8 KiB) is skipped. Errors quote at most 200
// bytes of a bad value, and the result keeps the first 100 row errors.
//
//  1. Seller Central order report (tab-separated; header contains
//     amazon-order-id), e.g. "All Orders" /
//     GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL. Columns read:
//     amazon-order-id, order-status, fulfillment-channel, sales-channel,
//     purchase-date, product-name, sku, asin, item-status, quantity,
//     currency, item-price, is-buyer-requested-cancellation,
//     latest-delivery-date. An order has one row per item: quantity and
//     item-price (already the line total) are summed per order, except items
//     whose item-status is cancelled in an order that is not; the first
//     item gives product name, SKU and ASIN.
//
//  2. Shipment confirmation upload file (tab-separated; header contains
//     order-id and ship-date, carrier-code, carrier-name or
//     tracking-number): order-id, order-item-id, quantity, ship-date,
//     carrier-code, carrier-name, tracking-number, ship-method. Each order
//     becomes shipped with its ship date, carrier (carrier-name, else
//     carrier-code) and tracking number.
//
//  3. Plain CSV for other sources (comma-separated, RFC 4180 quoting),
//     with this header; only order_id is required, the other columns may
//     be left out or empty:
//
//     order_id,status,channel,marketplace,value,currency,ship_date,delivery_date,carrier,tracking,refund_amount,refund_date,product,purchase_date
//
//     value is the order's item value and refund_amount the refunded
//     amount, both in currency units ("24.99"). Optional extra columns:
//     sku, asin, quantity, latest_delivery, return_received (a date, or
//     yes/no for a sheet that only ticks a return off: yes is stored as
//     the import's time, and a later import keeps a stored date),
//     buyer_requested_cancel (true/false). Several rows of one order are
//     merged, later non-empty cells winning. Example:
//
//     order_id,status,channel,value,currency,carrier,tracking
//     302-1234567-1234567,shipped,fbm,24.99,EUR,DHL,00340434161234567890
//
// A malformed row (bad order id, status, channel, date, amount or number
// of fields) is skipped and reported with its 1-based line number; the rest
// of the file is imported in one transaction. Facts merge per order:
// non-empty values overwrite stored ones and empty cells never erase them
// (an empty tracking cell keeps a known tracking number). The two Amazon
// formats only move an order's status forward (pending, unshipped,
// partially shipped, shipped, delivered, then returned or canceled), so an
// older report never turns a delivered order back into a shipped one; the
// CSV, written by a person, may set any status. Importing the same file
// again changes nothing.
package store
