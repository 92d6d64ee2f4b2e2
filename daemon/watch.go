package daemon

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

	"github.com/aftersale/aftersale/internal/loop"
	"github.com/aftersale/aftersale/store"
)

// The subfolders of the watched folder that imported and refused files
// are moved to.
const (
	processedDir = "processed"
	rejectedDir  = "rejected"
)

// maxLoggedRowErrors is how many bad rows of one file are logged; the
// .error file beside the rejected file lists up to store.MaxImportRowErrors.
const maxLoggedRowErrors = 10

// orderWatcher imports order reports dropped into a folder ([orders]
// watch_dir). It polls rather than using inotify, so it works on network
// and synced folders too. A file is imported once its size and
// modification time were the same on two checks in a row (so a file
// still being copied is left alone); a fully imported file is moved to
// processed/. A file that is refused (larger than [orders] max_file_size,
// a line too long, not an order report) or has bad rows (its good rows
// are imported) is moved to rejected/, with NAME.error beside it saying
// why, so that a person can fix it and drop it in again, and a restart
// never reads it again.
type orderWatcher struct {
	db       *store.DB
	dir      string
	interval time.Duration
	maxBytes int64
	log      *slog.Logger
	seen     map[string]fileSig // file name -> signature at the last check
	done     map[string]fileSig // files that could not be moved away
	pending  bool               // the last scan saw a file new or changing
}

// settleCheck is how soon the folder is checked again when a file was new
// or still changing.
const settleCheck = 5 * time.Second

type fileSig struct {
	size int64
	mod  time.Time
}

func newOrderWatcher(db *store.DB, dir string, interval time.Duration, maxBytes int64, log *slog.Logger) *orderWatcher {
	if interval <= 0 {
		interval = time.Minute
	}
	if maxBytes <= 0 {
		maxBytes = store.DefaultMaxImportFileBytes
	}
	return &orderWatcher{db: db, dir: dir, interval: interval, maxBytes: maxBytes, log: log.With("component", "orders_watch"),
		seen: map[string]fileSig{}, done: map[string]fileSig{}}
}

func (w *orderWatcher) run(ctx context.Context) error {
	w.log.Info("watching for order reports", "dir", w.dir, "interval", w.interval)
	l := loop.Loop{Interval: w.interval, Log: w.log.With("dir", w.dir), Failed: "checking the order folder failed"}
	return l.Run(ctx, func(ctx context.Context) (time.Duration, error) {
		err := w.scan(ctx)
		if w.pending {
			// A file is new or still changing: look again soon rather
			// than a whole interval later.
			return min(w.interval, settleCheck), err
		}
		return 0, err
	})
}

// scan checks the folder once and imports every file that is ready.
func (w *orderWatcher) scan(ctx context.Context) error {
	entries, err := os.ReadDir(w.dir)
	if err != nil {
		return err
	}
	present := map[string]bool{}
	w.pending = false
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
		if !ok || prev != sig {
			w.pending = true
			continue // new or still changing
		}
		if w.done[name] == sig {
			continue // already handled as it is
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
	if sig.size > w.maxBytes {
		// Refused unread.
		w.reject(log, name, sig, fmt.Sprintf("not imported: the file (%d bytes) is larger than [orders] max_file_size (%d bytes)", sig.size, w.maxBytes))
		return
	}
	f, err := os.Open(path)
	if err != nil {
		log.Warn("cannot read order report", "err", err)
		return
	}
	res, err := w.db.ImportOrdersWith(ctx, f, name, store.ImportOptions{MaxFileBytes: w.maxBytes})
	f.Close()
	if err != nil {
		if ctx.Err() != nil {
			return
		}
		w.reject(log, name, sig, "not imported: "+err.Error())
		return
	}
	log.Info("order report imported", "format", res.Format, "rows", res.Rows, "created", res.Created,
		"updated", res.Updated, "skipped", res.Skipped)
	if res.Skipped > 0 {
		for _, re := range res.Errors[:min(len(res.Errors), maxLoggedRowErrors)] {
			log.Warn("order report row skipped", "line", re.Line, "err", re.Err)
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%d of %d rows skipped; the other rows were imported (importing them again changes nothing):\n", res.Skipped, res.Rows)
		for _, re := range res.Errors {
			fmt.Fprintf(&b, "  %s\n", re.Error())
		}
		if more := res.Skipped - len(res.Errors); more > 0 {
			fmt.Fprintf(&b, "  ... and %d more\n", more)
		}
		w.reject(log, name, sig, strings.TrimSuffix(b.String(), "\n"))
		return
	}
	if _, err := moveInto(w.dir, processedDir, name, w.db.Now()); err != nil {
		w.done[name] = sig
		log.Error("order report imported but not moved to "+processedDir, "err", err)
		return
	}
	delete(w.seen, name)
}

// reject moves file name to rejected/ and writes why into NAME.error
// beside it. If it cannot be moved, it stays, and is not read again until
// it changes.
func (w *orderWatcher) reject(log *slog.Logger, name string, sig fileSig, why string) {
	now := w.db.Now()
	dst, err := moveInto(w.dir, rejectedDir, name, now)
	if err != nil {
		w.done[name] = sig
		log.Error("order report refused, and it could not be moved to "+rejectedDir+"; it is not read again until it changes",
			"reason", firstLine(why), "err", err)
		return
	}
	delete(w.seen, name)
	note := fmt.Sprintf("%s: %s\n%s\n\nFix the file and copy it into %s again.\n", now.UTC().Format(time.RFC3339), name, why, w.dir)
	if err := os.WriteFile(dst+".error", []byte(note), 0o640); err != nil {
		log.Error("writing the reason beside the rejected order report", "err", err)
	}
	log.Error("order report moved to "+rejectedDir+"; the reason is in "+filepath.Join(rejectedDir, filepath.Base(dst))+".error",
		"reason", firstLine(why))
}

// firstLine is s up to its first line break.
func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// moveInto moves dir/name into dir/sub/ and returns the new path, adding
// a time stamp to the name when a file of that name is already there.
func moveInto(dir, sub, name string, now time.Time) (string, error) {
	pd := filepath.Join(dir, sub)
	if err := os.MkdirAll(pd, 0o750); err != nil {
		return "", err
	}
	dst := filepath.Join(pd, name)
	if _, err := os.Stat(dst); err == nil {
		ext := filepath.Ext(name)
		dst = filepath.Join(pd, fmt.Sprintf("%s.%s%s", strings.TrimSuffix(name, ext), now.UTC().Format("20060102T150405.000"), ext))
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	return dst, os.Rename(filepath.Join(dir, name), dst)
}
