package queue

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/respond"
)

// ErrNoTemplatesDir: SaveTemplate was given no templates folder.
var ErrNoTemplatesDir = errors.New("no templates folder to save the template in")

// SaveTemplate makes body, the reply of draft id as a person edited it,
// the seller's override template for the draft's action and language:
// <dir>/<lang>/<action>.tmpl, with the order facts put back as
// placeholders (respond.TemplateFromReply). The decision is made again for
// the draft's message, classification and order as they were when it was
// drafted; the new file is checked with every override in dir
// (respond.LoadTemplates) before it replaces an existing one. It returns
// the file written. An empty dir returns ErrNoTemplatesDir.
func (q *Queue) SaveTemplate(ctx context.Context, id int64, body, dir string) (string, error) {
	if dir == "" {
		return "", ErrNoTemplatesDir
	}
	d, err := q.db.Draft(ctx, id)
	if err != nil {
		return "", err
	}
	m, err := q.db.Message(ctx, d.MessageID)
	if err != nil {
		return "", fmt.Errorf("reading the draft's message: %w", err)
	}
	cl, err := q.db.Classification(ctx, d.MessageID)
	if err != nil {
		return "", fmt.Errorf("reading the draft's classification: %w", err)
	}
	var o aftersale.Order
	if d.OrderID != "" {
		if o, err = q.db.Order(ctx, d.OrderID); err != nil && !errors.Is(err, aftersale.ErrNotFound) {
			return "", fmt.Errorf("reading order %s: %w", d.OrderID, err)
		}
	}
	s := q.opts.Settings
	dec := respond.Decide(respond.Input{Message: m, Class: cl, Order: o, Now: d.CreatedAt}, s)
	if dec.Action != d.Action {
		return "", fmt.Errorf("draft %d was written as %s, but its order's facts now give %s; save the template from a new draft: %w",
			d.ID, d.Action, dec.Action, aftersale.ErrInvalid)
	}
	src, err := respond.TemplateFromReply(body, dec, d.Language, s)
	if err != nil {
		return "", err
	}
	lang := strings.ToLower(d.Language)
	if err := checkOverride(dir, lang, d.Action, src); err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Join(dir, lang), 0o755); err != nil {
		return "", fmt.Errorf("saving the template: %w", err)
	}
	name := filepath.Join(dir, lang, d.Action+".tmpl")
	if err := writeAtomic(name, []byte(src)); err != nil {
		return "", fmt.Errorf("saving the template: %w", err)
	}
	return name, nil
}

// writeAtomic writes name through a temporary file in its directory.
func writeAtomic(name string, b []byte) error {
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(f.Name(), name)
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
