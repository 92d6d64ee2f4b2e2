package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/aftersale/aftersale/internal/tick"
	"github.com/aftersale/aftersale/store"
)

// processedDir is the subfolder of the watched folder that imported files
// are moved to.
const processedDir = "processed"

// orderWatcher imports order reports dropped into a folder ([orders]
// watch_dir). It polls rather than using inotify, so it works on network
// and synced folders too. A file is imported once its size and
// modification time were the same on two checks in a row (so a file
// still being copied is left alone); a fully imported file is moved to
// processed/. A file with bad rows has its good rows imported, every bad
// row logged with its line number, and stays where it is (not imported
// again until it changes), so that a person can fix and re-drop it.
type orderWatcher struct {
	db       *store.DB
	dir      string
	interval time.Duration
	log      *slog.Logger
	seen     map[string]fileSig // file name -> signature at the last check
	done     map[string]fileSig // files kept after an import with errors
}

type fileSig struct {
	size int64
	mod  time.Time
}

func newOrderWatcher(db *store.DB, dir string, interval time.Duration, log *slog.Logger) *orderWatcher {
	if interval <= 0 {
		interval = time.Minute
	}
	return &orderWatcher{db: db, dir: dir, interval: interval, log: log.With("component", "orders_watch"),
		seen: map[string]fileSig{}, done: map[string]fileSig{}}
}

func (w *orderWatcher) run(ctx context.Context) error {
	w.log.Info("watching for order reports", "dir", w.dir, "interval", w.interval)
	return tick.Loop(ctx, nil, w.interval, func(ctx context.Context) {
		if err := w.scan(ctx); err != nil && ctx.Err() == nil {
			w.log.Warn("checking the order folder failed", "dir", w.dir, "err", err)
		}
	})
}

// scan checks the folder once and imports every file that is ready.
func (w *orderWatcher) scan(ctx context.Context) error {
	entries, err := os.ReadDir(w.dir)
	if err != nil {
		return err
	}
	present := map[string]bool{}
	for _, ent := range entries {
		name := ent.Name()
		if !ent.Type().IsRegular() || strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") {
			continue
		}
		info, err := ent.Info()
		if err != nil {
			continue
		}
		present[name] = true
		sig := fileSig{size: info.Size(), mod: info.ModTime()}
		prev, ok := w.seen[name]
		w.seen[name] = sig
		if !ok || prev != sig || w.done[name] == sig {
			continue // new or still changing, or already imported as it is
		}
		if ctx.Err() != nil {
			return nil
		}
		w.importFile(ctx, name, sig)
	}
	for name := range w.seen {
		if !present[name] {
			delete(w.seen, name)
			delete(w.done, name)
		}
	}
	return nil
}

func (w *orderWatcher) importFile(ctx context.Context, name string, sig fileSig) {
	path := filepath.Join(w.dir, name)
	log := w.log.With("file", name)
	f, err := os.Open(path)
	if err != nil {
		log.Warn("cannot read order report", "err", err)
		return
	}
	res, err := w.db.ImportOrders(ctx, f, name)
	f.Close()
	if err != nil {
		if ctx.Err() != nil {
			return
		}
		w.done[name] = sig
		log.Error("order report not imported; fix it and save it again", "err", err)
		return
	}
	log.Info("order report imported", "format", res.Format, "rows", res.Rows, "created", res.Created,
		"updated", res.Updated, "skipped", res.Skipped)
	if len(res.Errors) > 0 {
		for _, re := range res.Errors {
			log.Warn("order report row skipped", "line", re.Line, "err", re.Err)
		}
		w.done[name] = sig
		log.Error("order report has bad rows: the good rows are imported, the file stays; fix the rows and save it again",
			"skipped", res.Skipped)
		return
	}
	if err := moveProcessed(w.dir, name); err != nil {
		w.done[name] = sig
		log.Error("order report imported but not moved to "+processedDir, "err", err)
		return
	}
	delete(w.seen, name)
}

// moveProcessed moves dir/name into dir/processed/, adding a time stamp
// when a file of that name is already there.
func moveProcessed(dir, name string) error {
	pd := filepath.Join(dir, processedDir)
	if err := os.MkdirAll(pd, 0o750); err != nil {
		return err
	}
	dst := filepath.Join(pd, name)
	if _, err := os.Stat(dst); err == nil {
		ext := filepath.Ext(name)
		dst = filepath.Join(pd, fmt.Sprintf("%s.%s%s", strings.TrimSuffix(name, ext), time.Now().UTC().Format("20060102T150405.000"), ext))
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return os.Rename(filepath.Join(dir, name), dst)
}
