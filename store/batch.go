package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/aftersale/aftersale"
)

// The batch APIs below do what their one-row counterparts do, for many
// rows in one write transaction: with SQLite in WAL mode a commit costs far
// more than a row, and the pipeline (poller, classifier, drafter) works in
// batches anyway. Each batch commits or rolls back as a whole; per-row
// refusals (a duplicate, an invalid draft) are reported per row and do not
// abort the others.

// InsertResult is what InsertRawMessages did with one message.
type InsertResult struct {
	ID       int64 // the stored row, new or existing; 0 for a Skip message
	Inserted bool  // false: (account, folder, uidvalidity, uid) was stored already, or Skip
}

// InsertRawMessages stores ms in one transaction, each as InsertRawMessage
// does, and advances the cursor of every (account, folder) to the highest
// UID of ms under its UIDVALIDITY, in the same transaction. A message with
// Skip set stores nothing and only advances the cursor (a duplicate the
// caller chose not to store). The results are in the order of ms. Nothing
// is stored when an error is returned.
func (db *DB) InsertRawMessages(ctx context.Context, ms []RawMessage) ([]InsertResult, error) {
	if len(ms) == 0 {
		return nil, nil
	}
	for _, m := range ms {
		if err := checkRaw(m); err != nil {
			return nil, err
		}
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("storing %d messages: %w", len(ms), err)
	}
	defer tx.Rollback()
	ins, err := newRawInserter(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("storing %d messages: %w", len(ms), err)
	}
	defer ins.close()
	now := db.now().UnixMilli()
	out := make([]InsertResult, len(ms))
	type folderKey struct {
		account, folder string
		uidValidity     uint32
	}
	top := map[folderKey]uint32{}
	var order []folderKey
	for i, m := range ms {
		k := folderKey{m.Account, m.Folder, m.UIDValidity}
		if u, ok := top[k]; !ok {
			order = append(order, k)
			top[k] = m.UID
		} else if m.UID > u {
			top[k] = m.UID
		}
		if m.Skip {
			continue
		}
		if out[i], err = ins.insert(ctx, m, now); err != nil {
			return nil, err
		}
	}
	for _, k := range order {
		if err := ins.advance(ctx, k.account, k.folder, k.uidValidity, top[k], now); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("storing %d messages: %w", len(ms), err)
	}
	return out, nil
}

// Parsed is one parse result for SaveParsedBatch.
type Parsed struct {
	ID      int64             // the stored message
	Message aftersale.Message // what the parser read
	Err     error             // the parse error, stored as for SaveParsed
}

// SaveParsedBatch saves every result of ps in one transaction, each as
// SaveParsed does. A missing message id fails the whole batch with
// ErrNotFound naming it; nothing is saved then.
func (db *DB) SaveParsedBatch(ctx context.Context, ps []Parsed) error {
	if len(ps) == 0 {
		return nil
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("saving %d parsed messages: %w", len(ps), err)
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, saveParsedSQL)
	if err != nil {
		return fmt.Errorf("saving %d parsed messages: %w", len(ps), err)
	}
	defer st.Close()
	now := db.now()
	for _, p := range ps {
		res, err := st.ExecContext(ctx, parsedArgs(p.ID, p.Message, p.Err, now)...)
		if err != nil {
			return fmt.Errorf("saving parsed message %d: %w", p.ID, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("saving parsed message %d: %w", p.ID, aftersale.ErrNotFound)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("saving %d parsed messages: %w", len(ps), err)
	}
	return nil
}

// SaveClassifications stores cs in one transaction, each as
// SaveClassification does. saved[i] is false when message cs[i].MessageID
// was classified already (the ErrConflict of SaveClassification: another
// worker was first), which does not fail the batch. An invalid
// classification or a missing message fails the whole batch, naming the
// message; nothing is saved then.
func (db *DB) SaveClassifications(ctx context.Context, cs []aftersale.Classification) (saved []bool, err error) {
	if len(cs) == 0 {
		return nil, nil
	}
	now := db.now()
	args := make([][]any, len(cs))
	for i, c := range cs {
		if args[i], err = classificationArgs(c, now); err != nil {
			return nil, err
		}
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("saving %d classifications: %w", len(cs), err)
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, insertClassificationSQL+" ON CONFLICT (message_id) DO NOTHING")
	if err != nil {
		return nil, fmt.Errorf("saving %d classifications: %w", len(cs), err)
	}
	defer st.Close()
	saved = make([]bool, len(cs))
	for i, c := range cs {
		res, err := st.ExecContext(ctx, args[i]...)
		if err != nil {
			return nil, fmt.Errorf("classifying message %d: %w", c.MessageID, constraintErr(err))
		}
		n, _ := res.RowsAffected()
		saved[i] = n == 1
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("saving %d classifications: %w", len(cs), err)
	}
	return saved, nil
}

// DraftResult is what CreateDrafts did with one draft.
type DraftResult struct {
	ID  int64 // the new draft; 0 when Err is set
	Err error // as CreateDraft would return it: ErrConflict (drafted already), ErrInvalid, ErrNotFound
}

// CreateDrafts stores ds in one transaction, each as CreateDraft does
// (deadline, tasks, audit entry), in order: a draft sees the drafts stored
// before it in the batch when its deadline is computed. A draft that
// CreateDraft would refuse gets its error in its DraftResult and the others
// are still stored. The returned error reports a failure of the
// transaction itself; nothing is stored then.
func (db *DB) CreateDrafts(ctx context.Context, ds []aftersale.Draft) ([]DraftResult, error) {
	out := make([]DraftResult, len(ds))
	if len(ds) == 0 {
		return out, nil
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("creating %d drafts: %w", len(ds), err)
	}
	defer tx.Rollback()
	st := &draftStmts{tx: tx}
	defer st.close()
	for i, d := range ds {
		if err := checkNewDraft(&d); err != nil {
			out[i].Err = err
			continue
		}
		// A savepoint per draft: a refused draft leaves no task or audit
		// row behind and does not abort the batch.
		if err := st.exec(ctx, stmtSavepoint); err != nil {
			return nil, fmt.Errorf("creating %d drafts: %w", len(ds), err)
		}
		id, err := db.createDraftTx(ctx, st, d)
		if err != nil {
			if rerr := st.exec(ctx, stmtRollbackTo); rerr != nil {
				return nil, fmt.Errorf("creating %d drafts: %w", len(ds), rerr)
			}
			if !errors.Is(err, aftersale.ErrConflict) && !errors.Is(err, aftersale.ErrNotFound) && !errors.Is(err, aftersale.ErrInvalid) {
				return nil, err
			}
			out[i].Err = err
		} else {
			out[i].ID = id
		}
		if err := st.exec(ctx, stmtRelease); err != nil {
			return nil, fmt.Errorf("creating %d drafts: %w", len(ds), err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("creating %d drafts: %w", len(ds), err)
	}
	return out, nil
}
