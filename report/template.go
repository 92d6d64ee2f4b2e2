package report

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/store"
)

// LearnTemplate learns Amazon's template from msgs as the daemon learns it
// from stored mail (mailbox.TemplateLearner), in a temporary database that
// is removed afterwards, reading the messages in the order given. It is
// nil for no messages.
func LearnTemplate(ctx context.Context, msgs []aftersale.Message) (*mailbox.Template, error) {
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

// StoredTemplate returns the template learned in the database at path,
// without learning; nil when the file does not exist. open opens that
// database.
func StoredTemplate(ctx context.Context, path string, open func(context.Context) (*store.DB, error)) (*mailbox.Template, error) {
	if path == "" {
		return nil, nil
	}
	if _, err := os.Stat(path); err != nil {
		return nil, nil
	}
	db, err := open(ctx)
	if err != nil {
		return nil, err
	}
	lines, err := db.TemplateLines(ctx)
	if err != nil {
		return nil, err
	}
	return mailbox.NewTemplate(lines), nil
}

// TemplateUse is what a learned template did to a set of samples.
type TemplateUse struct {
	Lines    int // lines learned
	Messages int // messages whose buyer text changed
}

// ApplyLearnedTemplate learns Amazon's template from the samples'
// messages, in order (LearnTemplate), and drops the learned lines from
// their buyer texts.
func ApplyLearnedTemplate(ctx context.Context, samples []classify.Sample) (TemplateUse, error) {
	var msgs []aftersale.Message
	for _, s := range samples {
		if s.Message != nil {
			msgs = append(msgs, *s.Message)
		}
	}
	tpl, err := LearnTemplate(ctx, msgs)
	if err != nil {
		return TemplateUse{}, err
	}
	u := TemplateUse{Lines: tpl.Len()}
	for i, s := range samples {
		if s.Message == nil {
			continue
		}
		m, dropped := tpl.Apply(*s.Message)
		if dropped == nil {
			continue
		}
		samples[i].Message = &m
		samples[i].Text = m.ClassifyText()
		u.Messages++
	}
	return u, nil
}
