package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/aftersale/aftersale"
)

// SaveClassification stores the classifier's verdict on message
// c.MessageID; a zero c.At is set to now. There is one classification per
// message: a second one returns ErrConflict. Returns ErrNotFound when the
// message does not exist and ErrInvalid for an unknown case or origin, a
// confidence outside 0..1, or not buyer mail whose case is not other.
func (db *DB) SaveClassification(ctx context.Context, c aftersale.Classification) error {
	args, err := classificationArgs(c, db.now())
	if err != nil {
		return err
	}
	if _, err := db.w.ExecContext(ctx, insertClassificationSQL, args...); err != nil {
		return fmt.Errorf("classifying message %d: %w", c.MessageID, constraintErr(err))
	}
	return nil
}

const insertClassificationSQL = `INSERT INTO classifications
	(message_id, case_type, secondary, sub_reason, confidence, needs_human, reasons_json,
	 language, notice, facts_json, classifier_version, classified_at, origin)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// classificationArgs validates c and returns the arguments of
// insertClassificationSQL; a zero c.At becomes now.
func classificationArgs(c aftersale.Classification, now time.Time) ([]any, error) {
	if !c.Case.Valid() || (c.Secondary != "" && !c.Secondary.Valid()) {
		return nil, fmt.Errorf("classifying message %d: case %q/%q: %w", c.MessageID, c.Case, c.Secondary, aftersale.ErrInvalid)
	}
	if c.Confidence < 0 || c.Confidence > 1 {
		return nil, fmt.Errorf("classifying message %d: confidence %v outside 0..1: %w", c.MessageID, c.Confidence, aftersale.ErrInvalid)
	}
	if !c.Origin.Valid() {
		return nil, fmt.Errorf("classifying message %d: origin %q: %w", c.MessageID, c.Origin, aftersale.ErrInvalid)
	}
	if c.Origin == aftersale.OriginNotBuyer && c.Case != aftersale.CaseOther {
		return nil, fmt.Errorf("classifying message %d: not buyer mail with case %s, want other: %w", c.MessageID, c.Case, aftersale.ErrInvalid)
	}
	facts, err := json.Marshal(storedFacts{Facts: c.Facts, Risks: risksJSON(c.Risks)})
	if err != nil {
		return nil, fmt.Errorf("classifying message %d: %w", c.MessageID, err)
	}
	at := c.At
	if at.IsZero() {
		at = now
	}
	return []any{c.MessageID, string(c.Case), string(c.Secondary), string(c.SubReason), c.Confidence,
		bool01(c.NeedsHuman), jsonText(c.Reasons), c.Language, string(c.Notice), string(facts),
		c.Version, at.UnixMilli(), string(c.Origin)}, nil
}

// classificationCols are the columns scanClassification reads, prefixed "c.".
const classificationCols = `c.message_id, c.case_type, c.secondary, c.sub_reason, c.confidence,
	c.needs_human, c.reasons_json, c.language, c.notice, c.facts_json, c.classifier_version, c.classified_at, c.origin`

func scanClassification(s scanner) (aftersale.Classification, error) {
	var r classRow
	if err := s.Scan(r.dest()...); err != nil {
		return aftersale.Classification{}, err
	}
	return r.decode()
}

// Classification returns the classification of message messageID. Returns
// ErrNotFound when the message is not classified.
func (db *DB) Classification(ctx context.Context, messageID int64) (aftersale.Classification, error) {
	c, err := scanClassification(db.r.QueryRowContext(ctx,
		"SELECT "+classificationCols+" FROM classifications c WHERE c.message_id = ?", messageID))
	if err != nil {
		return aftersale.Classification{}, fmt.Errorf("reading classification of message %d: %w", messageID, notFound(err))
	}
	return c, nil
}

// undraftedSQL is the query of Undrafted; the partial index
// messages_undrafted makes it cost what it returns.
const undraftedSQL = "SELECT " + messageCols + ", " + classificationCols + ` FROM messages m
JOIN classifications c ON c.message_id = m.id
WHERE m.classified = 1 AND m.drafted = 0
ORDER BY m.id LIMIT ?`

// Undrafted returns up to limit (0: all) classified messages that have no
// draft yet, oldest first, each with its classification. Not buyer mail
// is among them until MarkNoDraft records that it gets none.
func (db *DB) Undrafted(ctx context.Context, limit int) ([]Pending, error) {
	rows, err := db.r.QueryContext(ctx, undraftedSQL, limitArg(limit))
	if err != nil {
		return nil, fmt.Errorf("listing undrafted messages: %w", err)
	}
	defer rows.Close()
	var out []Pending
	for rows.Next() {
		var p Pending
		var c classRow
		m, err := scanMessage(rows, c.dest()...)
		if err != nil {
			return nil, fmt.Errorf("listing undrafted messages: %w", err)
		}
		p.Message = m
		if p.Classification, err = c.decode(); err != nil {
			return nil, fmt.Errorf("listing undrafted messages: message %d: %w", m.ID, err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing undrafted messages: %w", err)
	}
	return out, nil
}

// classRow holds the raw classificationCols of one row.
type classRow struct {
	c                                   aftersale.Classification
	kase, sec, sub, notice, reasons, fx string
	origin                              string
	at                                  sql.NullInt64
}

func (r *classRow) dest() []any {
	return []any{&r.c.MessageID, &r.kase, &r.sec, &r.sub, &r.c.Confidence, &r.c.NeedsHuman, &r.reasons,
		&r.c.Language, &r.notice, &r.fx, &r.c.Version, &r.at, &r.origin}
}

func (r *classRow) decode() (aftersale.Classification, error) {
	c := r.c
	c.Case, c.Secondary = aftersale.Case(r.kase), aftersale.Case(r.sec)
	c.SubReason, c.Notice = aftersale.SubReason(r.sub), aftersale.Notice(r.notice)
	c.Origin = aftersale.Origin(r.origin)
	c.At = fromMS(r.at)
	var err error
	if c.Reasons, err = fromJSON[string](r.reasons, "reasons_json"); err != nil {
		return aftersale.Classification{}, err
	}
	var sf storedFacts
	if err := json.Unmarshal([]byte(r.fx), &sf); err != nil {
		return aftersale.Classification{}, fmt.Errorf("decoding facts_json: %w", err)
	}
	c.Facts = sf.Facts
	if sf.Risks == nil {
		c.Risks = legacyRisks(c.Reasons)
	} else if err := json.Unmarshal(sf.Risks, &c.Risks); err != nil {
		return aftersale.Classification{}, fmt.Errorf("decoding facts_json risks: %w", err)
	}
	if len(c.Risks) == 0 {
		c.Risks = nil
	}
	return c, nil
}

// storedFacts is the facts_json column: the facts, and the classification's
// risks under "risks" (always written, [] for none). A row written before
// risks were kept has no "risks" key: its risks are read from its reasons.
type storedFacts struct {
	aftersale.Facts
	Risks json.RawMessage `json:"risks,omitempty"`
}

func risksJSON(rs []aftersale.Risk) json.RawMessage {
	if rs == nil {
		rs = []aftersale.Risk{}
	}
	b, _ := json.Marshal(rs) // a slice of strings always encodes
	return b
}

// legacyReasons are the starts of the reasons the classifier gave for each
// risk before risks were stored apart.
var legacyReasons = []struct {
	prefix string
	risk   aftersale.Risk
}{
	{"mentions a negative review or feedback", aftersale.RiskReviewThreat},
	{"legal threat (", aftersale.RiskLegal},
	{"threatens an A-to-z claim or chargeback (", aftersale.RiskAtoZ},
	{"abusive or accusing language", aftersale.RiskAbuse},
	{"threatens to complain to Amazon (", aftersale.RiskComplaint},
	{"offers to change or remove a review in exchange for something", aftersale.RiskReviewTrade},
}

// legacyRisks returns the risks of a classification stored without them.
func legacyRisks(reasons []string) []aftersale.Risk {
	var out []aftersale.Risk
	for _, r := range reasons {
		for _, l := range legacyReasons {
			if strings.HasPrefix(r, l.prefix) {
				out = append(out, l.risk)
			}
		}
	}
	return out
}
