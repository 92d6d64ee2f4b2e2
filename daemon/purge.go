package daemon

import (
	"context"
	"log/slog"
	"time"

	"github.com/aftersale/aftersale/internal/loop"
	"github.com/aftersale/aftersale/store"
)

// purger runs the retention purge once at start and then every interval.
type purger struct {
	db        *store.DB
	retention time.Duration
	interval  time.Duration
	log       *slog.Logger
}

func newPurger(db *store.DB, retention time.Duration, log *slog.Logger) *purger {
	return &purger{db: db, retention: retention, interval: time.Hour, log: log.With("component", "purge")}
}

func (p *purger) run(ctx context.Context) error {
	l := loop.Loop{Interval: p.interval, Log: p.log, Failed: "retention purge failed; retrying", MaxBackoff: p.interval}
	return l.Run(ctx, func(ctx context.Context) (time.Duration, error) {
		res, err := p.db.Purge(ctx, p.retention, false)
		if err == nil && res.Messages > 0 {
			p.log.Info("purged buyer data past retention", "conversations", res.Threads, "messages", res.Messages,
				"drafts", res.Drafts, "sent", res.Sent, "audit", res.Audit, "kept_open", res.KeptOpen)
		}
		return 0, err
	})
}
