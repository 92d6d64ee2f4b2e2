package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// saveTemplate makes body, the reply of draft d as a person edited it, the
// seller's override template for d's action and language:
// <templates_dir>/<lang>/<action>.tmpl, with the order facts put back as
// placeholders (respond.TemplateFromReply). The decision is made again for
// the draft's message, classification and order as they were when it was
// drafted; the new file is checked with every override (LoadTemplates)
// before it replaces an existing one. It returns the file written.
func saveTemplate(ctx context.Context, e *env, db *store.DB, d aftersale.Draft, body string) (string, error) {
	cfg, err := e.config(true)
	if err != nil {
		return "", err
	}
	if cfg.TemplatesDir == "" {
		return "", hintError{usagef("no [seller] templates_dir to save the template in"),
			`set templates_dir = "templates" in [seller] (a folder beside the config), then edit again with --save-template`}
	}
	m, err := db.Message(ctx, d.MessageID)
	if err != nil {
		return "", fmt.Errorf("reading the draft's message: %w", err)
	}
	cl, err := db.Classification(ctx, d.MessageID)
	if err != nil {
		return "", fmt.Errorf("reading the draft's classification: %w", err)
	}
	var o aftersale.Order
	if d.OrderID != "" {
		if o, err = db.Order(ctx, d.OrderID); err != nil && !errors.Is(err, aftersale.ErrNotFound) {
			return "", fmt.Errorf("reading order %s: %w", d.OrderID, err)
		}
	}
	s := cfg.RespondSettings()
	dec := respond.Decide(respond.Input{Message: m, Class: cl, Order: o, Now: d.CreatedAt}, s)
	if dec.Action != d.Action {
		return "", fmt.Errorf("draft %d was written as %s, but its order's facts now give %s; save the template from a new draft", d.ID, d.Action, dec.Action)
	}
	src, err := respond.TemplateFromReply(body, dec, d.Language, s)
	if err != nil {
		return "", err
	}
	lang := strings.ToLower(d.Language)
	if err := checkOverride(cfg.TemplatesDir, lang, d.Action, src); err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Join(cfg.TemplatesDir, lang), 0o755); err != nil {
		return "", fmt.Errorf("saving the template: %w", err)
	}
	name := filepath.Join(cfg.TemplatesDir, lang, d.Action+".tmpl")
	if err := writeFileAtomic(name, func(w io.Writer) error { _, err := io.WriteString(w, src); return err }); err != nil {
		return "", err
	}
	return name, nil
}

// checkOverride loads dir's overrides with src as <lang>/<action>.tmpl, in a
// copy of dir, and returns their problems with the names of dir.
func checkOverride(dir, lang, action, src string) error {
	tmp, err := os.MkdirTemp("", "aftersale-templates-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	err = filepath.WalkDir(dir, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if de.IsDir() {
			return os.MkdirAll(filepath.Join(tmp, rel), 0o755)
		}
		if !strings.HasSuffix(p, ".tmpl") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(tmp, rel), b, 0o644)
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("reading %s: %w", dir, err)
	}
	if err := os.MkdirAll(filepath.Join(tmp, lang), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, lang, action+".tmpl"), []byte(src), 0o644); err != nil {
		return err
	}
	if _, err := respond.LoadTemplates(tmp); err != nil {
		var tes respond.TemplateErrors
		if errors.As(err, &tes) {
			for i := range tes {
				if rel, rerr := filepath.Rel(tmp, tes[i].File); rerr == nil {
					tes[i].File = filepath.Join(dir, rel)
				}
			}
			return fmt.Errorf("the template would break the overrides: %w", tes)
		}
		return err
	}
	return nil
}
