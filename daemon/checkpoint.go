package daemon

import (
	"context"
	"log/slog"
	"time"

	"github.com/aftersale/aftersale/internal/loop"
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
	l := loop.Loop{First: c.interval, Interval: c.interval, Log: c.log, Failed: "checkpointing the database failed; retrying", MaxBackoff: 10 * c.interval}
	return l.Run(ctx, func(ctx context.Context) (time.Duration, error) {
		busy, err := c.db.Checkpoint(ctx)
		if err == nil && busy {
			c.log.Debug("database checkpoint could not truncate the log while readers were active")
		}
		return 0, err
	})
}
