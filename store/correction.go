package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/aftersale/aftersale"
)

// SaveCorrection stores c, a person's correction of message c.MessageID,
// and returns its id. A message has at most one correction: a second one
// replaces the first (the person changed their mind). A correction whose
// text, language, case and sub-reason another correction already has
// (two buyers wrote the same words) is not stored twice: that one is
// returned, linked to c.MessageID. A zero c.At is set to now.
//
// The message may have been purged and its draft sent: corrections are
// kept apart from both. Returns ErrInvalid when c does not validate and
// ErrNotFound when the message does not exist.
func (db *DB) SaveCorrection(ctx context.Context, c aftersale.Correction) (int64, error) {
	op := fmt.Sprintf("saving correction of message %d", c.MessageID)
	if c.MessageID <= 0 {
		return 0, fmt.Errorf("%s: no message: %w", op, aftersale.ErrInvalid)
	}
	if c.Source == "" {
		c.Source = aftersale.CorrectionReclassify
	}
	if err := c.Validate(); err != nil {
		return 0, fmt.Errorf("%s: %w", op, err)
	}
	if c.At.IsZero() {
		c.At = db.now()
	}
	var id int64
	err := db.inTx(ctx, op, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM corrections WHERE message_id = ?", c.MessageID); err != nil {
			return err
		}
		err := tx.QueryRowContext(ctx, `SELECT id FROM corrections
WHERE language = ? AND case_type = ? AND sub_reason = ? AND text = ?`,
			c.Language, string(c.Case), string(c.SubReason), c.Text).Scan(&id)
		switch {
		case err == nil:
			_, err = tx.ExecContext(ctx, "UPDATE corrections SET message_id = ? WHERE id = ? AND message_id IS NULL", c.MessageID, id)
			return constraintErr(err)
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		res, err := tx.ExecContext(ctx, insertCorrectionSQL, correctionArgs(c)...)
		if err != nil {
			return constraintErr(err)
		}
		id, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return 0, err
	}
	return id, nil
}

const insertCorrectionSQL = `INSERT INTO corrections
	(message_id, text, language, marketplace, case_type, sub_reason, previous, source, created_by, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

func correctionArgs(c aftersale.Correction) []any {
	var msg any
	if c.MessageID > 0 {
		msg = c.MessageID
	}
	return []any{msg, c.Text, c.Language, c.Marketplace, string(c.Case), string(c.SubReason), string(c.Previous),
		string(c.Source), c.By, c.At.UnixMilli()}
}

// ImportCorrections stores cs in one transaction and returns how many
// were new; one that another correction already has (same text,
// language, case and sub-reason) is skipped, so importing a file twice
// adds nothing. Every correction is validated first: the first invalid one
// fails the whole import (ErrInvalid, naming its index) and nothing is
// stored. A zero At is set to now; MessageID is ignored.
func (db *DB) ImportCorrections(ctx context.Context, cs []aftersale.Correction) (int, error) {
	now := db.now()
	for i := range cs {
		cs[i].MessageID = 0
		if cs[i].Source == "" {
			cs[i].Source = aftersale.CorrectionImport
		}
		if cs[i].At.IsZero() {
			cs[i].At = now
		}
		if err := cs[i].Validate(); err != nil {
			return 0, fmt.Errorf("importing corrections: correction %d: %w", i+1, err)
		}
	}
	added := 0
	err := db.inTx(ctx, "importing corrections", func(tx *sql.Tx) error {
		st, err := tx.PrepareContext(ctx, strings.Replace(insertCorrectionSQL, "INSERT INTO", "INSERT OR IGNORE INTO", 1))
		if err != nil {
			return err
		}
		defer st.Close()
		for _, c := range cs {
			res, err := st.ExecContext(ctx, correctionArgs(c)...)
			if err != nil {
				return err
			}
			n, _ := res.RowsAffected()
			added += int(n)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return added, nil
}

// CorrectionFilter selects corrections; zero fields select all.
type CorrectionFilter struct {
	Language string
	Case     aftersale.Case
	IDs      []int64
}

// Corrections returns the corrections f selects, oldest first (by id).
func (db *DB) Corrections(ctx context.Context, f CorrectionFilter) ([]aftersale.Correction, error) {
	q := `SELECT id, COALESCE(message_id, 0), text, language, marketplace, case_type, sub_reason, previous,
	source, created_by, created_at FROM corrections WHERE 1 = 1`
	var args []any
	if f.Language != "" {
		q += " AND language = ?"
		args = append(args, f.Language)
	}
	if f.Case != "" {
		q += " AND case_type = ?"
		args = append(args, string(f.Case))
	}
	if len(f.IDs) > 0 {
		q += " AND id IN (" + placeholders(len(f.IDs)) + ")"
		for _, id := range f.IDs {
			args = append(args, id)
		}
	}
	q += " ORDER BY id"
	rows, err := db.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("reading corrections: %w", err)
	}
	defer rows.Close()
	var out []aftersale.Correction
	for rows.Next() {
		var c aftersale.Correction
		var kase, sub, prev, src string
		var at sql.NullInt64
		if err := rows.Scan(&c.ID, &c.MessageID, &c.Text, &c.Language, &c.Marketplace, &kase, &sub, &prev,
			&src, &c.By, &at); err != nil {
			return nil, fmt.Errorf("reading corrections: %w", err)
		}
		c.Case, c.SubReason, c.Previous = aftersale.Case(kase), aftersale.SubReason(sub), aftersale.Case(prev)
		c.Source, c.At = aftersale.CorrectionSource(src), fromMS(at)
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading corrections: %w", err)
	}
	return out, nil
}

// DeleteCorrections removes the corrections with the given ids and
// returns how many there were.
func (db *DB) DeleteCorrections(ctx context.Context, ids []int64) (int, error) {
	if len(ids) == 0 {
		return 0, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	res, err := db.w.ExecContext(ctx, "DELETE FROM corrections WHERE id IN ("+placeholders(len(ids))+")", args...)
	if err != nil {
		return 0, fmt.Errorf("deleting corrections: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// CorrectionsGeneration returns a number that changes whenever a
// correction is added, changed or deleted, by this process or another.
// It is cheap: one row.
func (db *DB) CorrectionsGeneration(ctx context.Context) (int64, error) {
	var g int64
	if err := db.r.QueryRowContext(ctx, "SELECT generation FROM corrections_state WHERE id = 1").Scan(&g); err != nil {
		return 0, fmt.Errorf("reading corrections generation: %w", err)
	}
	return g, nil
}

// CachedModel returns the model stored under key by SaveCachedModel.
// Returns ErrNotFound when there is none.
func (db *DB) CachedModel(ctx context.Context, key string) ([]byte, error) {
	var b []byte
	err := db.r.QueryRowContext(ctx, "SELECT model FROM model_cache WHERE key = ?", key).Scan(&b)
	if err != nil {
		return nil, fmt.Errorf("reading cached model: %w", notFound(err))
	}
	return b, nil
}

// SaveCachedModel stores model under key, trained by classifier version,
// and removes every other cached model: only the newest is kept.
func (db *DB) SaveCachedModel(ctx context.Context, key, version string, model []byte) error {
	return db.inTx(ctx, "caching the model", func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM model_cache WHERE key <> ?", key); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO model_cache (key, version, model, created_at) VALUES (?, ?, ?, ?)
ON CONFLICT (key) DO UPDATE SET version = excluded.version, model = excluded.model, created_at = excluded.created_at`,
			key, version, model, db.now().UnixMilli())
		return err
	})
}
