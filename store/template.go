package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/aftersale/aftersale"
)

// TemplateCandidate is one line of a message that may be Amazon's wrapper
// (mailbox.TemplateCandidates).
type TemplateCandidate struct {
	Hash int64  // hash of the normalised line
	Text string // the normalised line; stored only once the line is learned
}

// TemplateSighting is what the template learner read in one message.
type TemplateSighting struct {
	MessageID int64
	// Source is the wrapper family (mailbox.TemplateSource); "" when the
	// message is not learned from (it is only marked as read).
	Source string
	// Contributor is a hash of who the message counts for: the buyer's
	// relay alias, or the order of an Amazon notice.
	Contributor int64
	Lines       []TemplateCandidate
}

// TemplateRule reports whether a candidate line becomes template: its
// normalised text, the number of distinct contributors whose mail had it,
// and the number of contributors of its source.
type TemplateRule func(text string, contributors, sourceContributors int) bool

// TemplateLine is one learned line of a source.
type TemplateLine struct {
	Source       string
	Hash         int64
	Text         string // normalised
	Contributors int    // distinct contributors when it was learned
	LearnedAt    time.Time
}

// unlearnedSQL is the query of Unlearned (partial index messages_unlearned).
const unlearnedSQL = "SELECT " + messageCols + ` FROM messages m
WHERE m.parsed_at IS NOT NULL AND m.learned = 0
ORDER BY m.id LIMIT ?`

// Unlearned returns up to limit (0: all) parsed messages that
// LearnTemplate has not marked as read, oldest first.
func (db *DB) Unlearned(ctx context.Context, limit int) ([]aftersale.Message, error) {
	scan := func(s scanner) (aftersale.Message, error) { return scanMessage(s) }
	out, err := queryAll(ctx, db.r, scan, unlearnedSQL, limitArg(limit))
	if err != nil {
		return nil, fmt.Errorf("listing messages the template learner has not read: %w", err)
	}
	return out, nil
}

// LearnTemplate records ss in order, in one transaction, and marks their
// messages as read (Unlearned no longer returns them). For each sighting
// its contributor is counted once per source, and each of its lines not
// learned yet once per contributor; when a line's count grows, rule
// decides whether it becomes template (its sightings are then dropped and
// its text kept). The lines are decided one sighting after the other, so
// the result does not depend on how the messages were batched. It returns
// how many lines became template.
func (db *DB) LearnTemplate(ctx context.Context, ss []TemplateSighting, rule TemplateRule) (learned int, err error) {
	if len(ss) == 0 {
		return 0, nil
	}
	err = db.inTx(ctx, fmt.Sprintf("learning the template from %d messages", len(ss)), func(tx *sql.Tx) error {
		st, err := prepareTemplateStmts(ctx, tx)
		if err != nil {
			return err
		}
		defer st.close()
		now := db.now().UnixMilli()
		st.learned = map[string]map[int64]bool{}
		for _, s := range ss {
			if s.Source == "" || st.learned[s.Source] != nil {
				continue
			}
			hs, err := queryAll(ctx, tx, func(r scanner) (int64, error) {
				var h int64
				return h, r.Scan(&h)
			}, "SELECT line FROM template_lines WHERE source = ? AND learned_at IS NOT NULL", s.Source)
			if err != nil {
				return err
			}
			set := make(map[int64]bool, len(hs))
			for _, h := range hs {
				set[h] = true
			}
			st.learned[s.Source] = set
		}
		for _, s := range ss {
			n, err := st.learn(ctx, s, rule, now)
			if err != nil {
				return fmt.Errorf("message %d: %w", s.MessageID, err)
			}
			learned += n
			if _, err := st.read.ExecContext(ctx, s.MessageID); err != nil {
				return fmt.Errorf("message %d: %w", s.MessageID, err)
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return learned, nil
}

type templateStmts struct {
	read, contributor, source, total, sighting, count, promote, forget *sql.Stmt
	learned                                                            map[string]map[int64]bool // source → lines learned
}

func prepareTemplateStmts(ctx context.Context, tx *sql.Tx) (*templateStmts, error) {
	st := &templateStmts{}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&st.read, "UPDATE messages SET learned = 1 WHERE id = ?"},
		{&st.contributor, "INSERT INTO template_contributors (source, contributor) VALUES (?, ?) ON CONFLICT DO NOTHING"},
		{&st.source, `INSERT INTO template_sources (source, contributors) VALUES (?, 1)
ON CONFLICT (source) DO UPDATE SET contributors = contributors + 1`},
		{&st.total, "SELECT contributors FROM template_sources WHERE source = ?"},
		{&st.sighting, "INSERT INTO template_sightings (source, line, contributor) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"},
		{&st.count, `INSERT INTO template_lines (source, line, contributors) VALUES (?, ?, 1)
ON CONFLICT (source, line) DO UPDATE SET contributors = contributors + 1
RETURNING contributors`},
		{&st.promote, "UPDATE template_lines SET learned_at = ?, text = ? WHERE source = ? AND line = ?"},
		{&st.forget, "DELETE FROM template_sightings WHERE source = ? AND line = ?"},
	} {
		s, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			st.close()
			return nil, err
		}
		*p.dst = s
	}
	return st, nil
}

func (st *templateStmts) close() {
	for _, s := range []*sql.Stmt{st.read, st.contributor, st.source, st.total, st.sighting, st.count, st.promote, st.forget} {
		if s != nil {
			s.Close()
		}
	}
}

// learn records one sighting and returns how many lines it made template.
func (st *templateStmts) learn(ctx context.Context, s TemplateSighting, rule TemplateRule, now int64) (int, error) {
	if s.Source == "" || len(s.Lines) == 0 {
		return 0, nil
	}
	res, err := st.contributor.ExecContext(ctx, s.Source, s.Contributor)
	if err != nil {
		return 0, err
	}
	if n, _ := res.RowsAffected(); n == 1 {
		if _, err := st.source.ExecContext(ctx, s.Source); err != nil {
			return 0, err
		}
	}
	var total int
	if err := st.total.QueryRowContext(ctx, s.Source).Scan(&total); err != nil {
		return 0, err
	}
	learned := 0
	done := st.learned[s.Source]
	for _, l := range s.Lines {
		if done[l.Hash] {
			continue
		}
		res, err := st.sighting.ExecContext(ctx, s.Source, l.Hash, s.Contributor)
		if err != nil {
			return 0, err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			continue // this contributor had the line before
		}
		var count int
		if err := st.count.QueryRowContext(ctx, s.Source, l.Hash).Scan(&count); err != nil {
			return 0, err
		}
		if !rule(l.Text, count, total) {
			continue
		}
		if _, err := st.promote.ExecContext(ctx, now, l.Text, s.Source, l.Hash); err != nil {
			return 0, err
		}
		if _, err := st.forget.ExecContext(ctx, s.Source, l.Hash); err != nil {
			return 0, err
		}
		done[l.Hash] = true
		learned++
	}
	return learned, nil
}

// TemplateLines returns every learned line, by source and hash.
func (db *DB) TemplateLines(ctx context.Context) ([]TemplateLine, error) {
	out, err := queryAll(ctx, db.r, func(s scanner) (TemplateLine, error) {
		var l TemplateLine
		var at sql.NullInt64
		err := s.Scan(&l.Source, &l.Hash, &l.Text, &l.Contributors, &at)
		l.LearnedAt = fromMS(at)
		return l, err
	}, `SELECT source, line, text, contributors, learned_at FROM template_lines
WHERE learned_at IS NOT NULL ORDER BY source, line`)
	if err != nil {
		return nil, fmt.Errorf("reading the learned template: %w", err)
	}
	return out, nil
}

// BuyerText is a message's buyer text found again (mailbox.Template.Apply)
// and its parse flags with it.
type BuyerText struct {
	MessageID int64
	Text      string
	Flags     []string
	Auth      aftersale.Auth // kept beside the flags, as SaveParsed does
}

// SaveBuyerTexts replaces the buyer text and flags of each message, in one
// transaction. A message that does not exist is skipped.
func (db *DB) SaveBuyerTexts(ctx context.Context, bs []BuyerText) error {
	if len(bs) == 0 {
		return nil
	}
	return db.inTx(ctx, fmt.Sprintf("saving the buyer text of %d messages", len(bs)), func(tx *sql.Tx) error {
		st, err := tx.PrepareContext(ctx, "UPDATE messages SET buyer_text = ?, flags_json = ? WHERE id = ?")
		if err != nil {
			return err
		}
		defer st.Close()
		for _, b := range bs {
			if _, err := st.ExecContext(ctx, b.Text, jsonText(storedFlags(b.Flags, b.Auth)), b.MessageID); err != nil {
				return fmt.Errorf("message %d: %w", b.MessageID, err)
			}
		}
		return nil
	})
}
