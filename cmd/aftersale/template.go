package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/store"
)

// learnTemplate learns Amazon's template from msgs as the daemon learns it
// from stored mail (mailbox.TemplateLearner), in a temporary database that
// is removed afterwards, reading the messages in the order given.
func learnTemplate(ctx context.Context, msgs []aftersale.Message) (*mailbox.Template, error) {
	if len(msgs) == 0 {
		return nil, nil
	}
	dir, err := os.MkdirTemp("", "aftersale-learn-")
	if err != nil {
		return nil, fmt.Errorf("learning the template: %w", err)
	}
	defer os.RemoveAll(dir)
	db, err := store.Open(ctx, filepath.Join(dir, "learn.db"), store.Options{})
	if err != nil {
		return nil, fmt.Errorf("learning the template: %w", err)
	}
	defer db.Close()
	raws := make([]store.RawMessage, len(msgs))
	for i := range msgs {
		raws[i] = store.RawMessage{Account: "learn", Folder: "INBOX", UIDValidity: 1, UID: uint32(i + 1)}
	}
	res, err := db.InsertRawMessages(ctx, raws)
	if err != nil {
		return nil, fmt.Errorf("learning the template: %w", err)
	}
	ps := make([]store.Parsed, len(msgs))
	for i, m := range msgs {
		ps[i] = store.Parsed{ID: res[i].ID, Message: m}
	}
	if err := db.SaveParsedBatch(ctx, ps); err != nil {
		return nil, fmt.Errorf("learning the template: %w", err)
	}
	tpl, err := mailbox.NewTemplateLearner(db).Learn(ctx)
	if err != nil {
		return nil, fmt.Errorf("learning the template: %w", err)
	}
	return tpl, nil
}

// storedTemplate returns the template learned in the database named by
// --db or the config, and that database's path, without learning; nil and
// "" when no database is configured or its file does not exist.
func (e *env) storedTemplate(ctx context.Context) (*mailbox.Template, string, error) {
	path := e.dbPath
	if path == "" {
		cfg, err := e.config(false)
		if err != nil || cfg == nil {
			return nil, "", err
		}
		path = cfg.StorePath
	}
	if _, err := os.Stat(path); err != nil {
		return nil, "", nil
	}
	db, err := e.store(ctx)
	if err != nil {
		return nil, "", err
	}
	lines, err := db.TemplateLines(ctx)
	if err != nil {
		return nil, "", err
	}
	return mailbox.NewTemplate(lines), db.Path(), nil
}
