package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// AccountHealth is an account's IMAP connection as its poller last saw
// it. The daemon writes it; status reads it, daemon running or not.
type AccountHealth struct {
	Account   string
	Connected bool      // an IMAP session is open
	Paused    bool      // login refused or certificate untrusted: no attempts until restart or reload
	LastPoll  time.Time // end of the last successful check of all folders; zero if none
	LastError string    // the last error; "" after a successful check
	// ErrorSince is when the current run of errors began; zero without
	// an error.
	ErrorSince time.Time
	UpdatedAt  time.Time // when the poller last wrote it
}

// SaveAccountHealth records h for h.Account. ErrorSince keeps the stored
// start of a run of errors while the error goes on, and is cleared with
// the error. UpdatedAt is the store's clock.
func (db *DB) SaveAccountHealth(ctx context.Context, h AccountHealth) error {
	now := db.now()
	var since any
	if h.LastError != "" {
		since = ms(now)
	}
	_, err := db.w.ExecContext(ctx, `INSERT INTO account_health
	(account, connected, paused, last_poll, last_error, error_since, updated_at)
	VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (account) DO UPDATE SET connected = excluded.connected, paused = excluded.paused,
	last_poll = coalesce(excluded.last_poll, last_poll), last_error = excluded.last_error,
	error_since = CASE WHEN excluded.last_error = '' THEN NULL ELSE coalesce(error_since, excluded.error_since) END,
	updated_at = excluded.updated_at`,
		h.Account, h.Connected, h.Paused, ms(h.LastPoll), h.LastError, since, ms(now))
	if err != nil {
		return fmt.Errorf("saving the health of account %s: %w", h.Account, err)
	}
	return nil
}

// AccountHealths returns every account's recorded health, by name.
func (db *DB) AccountHealths(ctx context.Context) ([]AccountHealth, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT account, connected, paused, last_poll, last_error, error_since, updated_at
FROM account_health ORDER BY account`)
	if err != nil {
		return nil, fmt.Errorf("reading account health: %w", err)
	}
	defer rows.Close()
	var out []AccountHealth
	for rows.Next() {
		var h AccountHealth
		var poll, since, updated sql.NullInt64
		if err := rows.Scan(&h.Account, &h.Connected, &h.Paused, &poll, &h.LastError, &since, &updated); err != nil {
			return nil, fmt.Errorf("reading account health: %w", err)
		}
		h.LastPoll, h.ErrorSince, h.UpdatedAt = fromMS(poll), fromMS(since), fromMS(updated)
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading account health: %w", err)
	}
	return out, nil
}
