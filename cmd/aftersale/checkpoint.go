package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/aftersale/aftersale/internal/tick"
	"github.com/aftersale/aftersale/store"
)

// checkpointer truncates the database's write-ahead log every minute,
// so that a daemon that never stops reading does not grow the -wal file
// without bound (store.DB.Checkpoint).
type checkpointer struct {
	db       *store.DB
	interval time.Duration
	log      *slog.Logger
}

func newCheckpointer(db *store.DB, log *slog.Logger) *checkpointer {
	return &checkpointer{db: db, interval: time.Minute, log: log.With("component", "checkpoint")}
}

func (c *checkpointer) run(ctx context.Context) error {
	return tick.LoopAfter(ctx, nil, c.interval, c.interval, func(ctx context.Context) {
		busy, err := c.db.Checkpoint(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			c.log.Warn("checkpointing the database failed; retrying", "err", err, "retry_in", c.interval)
		case busy:
			c.log.Debug("database checkpoint could not truncate the log while readers were active")
		}
	})
}
