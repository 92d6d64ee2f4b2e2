package report

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/aftersale/aftersale/config"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/store"
)

// ErrNoStore is returned by OpenStore when neither a path nor a config
// names a database.
var ErrNoStore = errors.New("no database: no config file found and no --db given")

// OpenStore opens the database at path, else at cfg's [store] path (cfg
// nil: ErrNoStore). With create, a missing database and its directory are
// created; else a missing one is store.ErrNoDatabase. now is the store's
// clock.
func OpenStore(ctx context.Context, path string, cfg *config.Config, create bool, now func() time.Time) (*store.DB, error) {
	if path == "" {
		if cfg == nil {
			return nil, ErrNoStore
		}
		path = cfg.StorePath
	}
	if create {
		if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
			return nil, fmt.Errorf("creating database directory: %w", err)
		}
	}
	return store.Open(ctx, path, store.Options{Now: now, MustExist: !create})
}

// Retention is how long the purge keeps personal data: days when set is
// true (at least 1), else cfg's [retention] days, else
// store.DefaultRetention.
func Retention(cfg *config.Config, days int, set bool) (time.Duration, error) {
	switch {
	case set && days < 1:
		return 0, usagef("--days must be at least 1")
	case set:
		return time.Duration(days) * 24 * time.Hour, nil
	case cfg != nil:
		return cfg.Retention, nil
	}
	return store.DefaultRetention, nil
}

// ReparseOptionsFor returns the options of parsing stored mail again with
// each account of cfg (nil: none) read with its authserv_id.
func ReparseOptionsFor(cfg *config.Config, dryRun bool) mailbox.ReparseOptions {
	o := mailbox.ReparseOptions{Accounts: map[string]mailbox.ParseOptions{}, DryRun: dryRun}
	if cfg != nil {
		for _, a := range cfg.Accounts {
			o.Accounts[a.Name] = mailbox.ParseOptions{AuthServIDs: a.AuthServIDs}
		}
	}
	return o
}

// ImportOptionsFor returns the order import options cfg (nil: none) sets.
func ImportOptionsFor(cfg *config.Config) store.ImportOptions {
	if cfg == nil {
		return store.ImportOptions{}
	}
	return store.ImportOptions{MaxFileBytes: cfg.OrdersMaxFileBytes}
}
