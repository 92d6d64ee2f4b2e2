package report

import (
	"context"
	"fmt"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/respond"
)

// EvalReplies scores the reply plans made for the scenarios of folder
// (respond.LoadReplyScenarios, respond.EvalReplies): each mail is parsed
// and classified as the daemon does it, with respond.ScenarioSettings. A
// folder that cannot be read is a respond.ScenarioFolderError.
func EvalReplies(ctx context.Context, folder string) (respond.ReplyReport, error) {
	scs, err := respond.LoadReplyScenarios(folder)
	if err != nil {
		return respond.ReplyReport{}, err
	}
	c, err := classify.New(classify.Options{})
	if err != nil {
		return respond.ReplyReport{}, fmt.Errorf("loading the classifier: %w", err)
	}
	triage := func(ctx context.Context, raw []byte) (aftersale.Message, aftersale.Classification, error) {
		m, _ := mailbox.Parse(raw) // a parse error is part of the message (ParseErr)
		m.ID = 1
		cl, err := c.Classify(ctx, m)
		return m, cl, err
	}
	r, err := respond.EvalReplies(ctx, triage, scs, respond.ScenarioSettings())
	r.Folder = folder
	return r, err
}
