package mailbox

import (
	"context"
	"sync"

	"github.com/aftersale/aftersale/store"
)

// learnBatch is how many stored messages one learning step reads.
const learnBatch = 500

// TemplateLearner learns Amazon's wrapper lines from stored mail and keeps
// the current Template. Each parsed message is read once, oldest first
// (store.Unlearned): its candidate lines (TemplateCandidates) are counted
// per contributor, and a line becomes template when TemplateLearnable says
// so. Learning is incremental (a message is never read twice) and
// deterministic: the lines learned after reading messages in some order
// depend on those messages and that order only. A TemplateLearner is safe
// for concurrent use.
type TemplateLearner struct {
	db *store.DB

	mu  sync.Mutex
	tpl *Template // nil until loaded
}

// NewTemplateLearner returns a learner over db.
func NewTemplateLearner(db *store.DB) *TemplateLearner {
	return &TemplateLearner{db: db}
}

// Learn reads every parsed message it has not read yet and returns the
// template as it then stands. It blocks until done or ctx is cancelled;
// on an error what was learned before it is kept.
func (l *TemplateLearner) Learn(ctx context.Context) (*Template, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	changed := l.tpl == nil
	for {
		msgs, err := l.db.Unlearned(ctx, learnBatch)
		if err != nil {
			return l.tpl, err
		}
		if len(msgs) == 0 {
			break
		}
		ss := make([]store.TemplateSighting, len(msgs))
		for i, m := range msgs {
			ss[i] = TemplateCandidates(m)
		}
		n, err := l.db.LearnTemplate(ctx, ss, TemplateLearnable)
		if err != nil {
			return l.tpl, err
		}
		changed = changed || n > 0
		if len(msgs) < learnBatch {
			break
		}
	}
	if changed {
		lines, err := l.db.TemplateLines(ctx)
		if err != nil {
			return l.tpl, err
		}
		l.tpl = NewTemplate(lines)
	}
	return l.tpl, nil
}
