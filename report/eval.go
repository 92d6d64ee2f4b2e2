package report

import (
	"context"
	"fmt"

	"github.com/aftersale/aftersale/classify"
	"github.com/aftersale/aftersale/mailbox"
)

// EvalSpec says what Eval scores and how.
type EvalSpec struct {
	Path  string // a labelled CSV or a folder with labels.csv (classify.Load)
	Half  string // one half of the samples (classify.SelectHalf); "" for all
	Learn bool   // learn Amazon's template from the samples first (ApplyLearnedTemplate)
	// Classifier returns the classifier to score; Eval calls it once the
	// samples are loaded.
	Classifier func() (*classify.Classifier, error)
	// Progress, when set, is told how many samples there are and returns
	// what to call after each one is classified and at the end.
	Progress func(total int) (tick, done func())
}

// BadHalf is an EvalSpec.Half that names no half.
type BadHalf struct{ Err error }

func (e *BadHalf) Error() string { return e.Err.Error() }
func (e *BadHalf) Unwrap() error { return e.Err }

// Eval loads the labelled samples, scores the classifier on them and
// returns the run to print. An invalid Half is a *BadHalf.
func Eval(ctx context.Context, s EvalSpec) (classify.Run, error) {
	samples, err := classify.Load(s.Path, mailbox.Parse)
	if err != nil {
		return classify.Run{}, fmt.Errorf("loading evaluation data: %w", err)
	}
	if samples, err = classify.SelectHalf(samples, s.Half); err != nil {
		return classify.Run{}, &BadHalf{err}
	}
	c, err := s.Classifier()
	if err != nil {
		return classify.Run{}, err
	}
	var tl TemplateUse
	if s.Learn {
		if tl, err = ApplyLearnedTemplate(ctx, samples); err != nil {
			return classify.Run{}, err
		}
	}
	tick, done := func() {}, func() {}
	if s.Progress != nil {
		tick, done = s.Progress(len(samples))
	}
	r := classify.EvaluateWith(ctx, c, samples, tick)
	done()
	if err := ctx.Err(); err != nil {
		return classify.Run{}, err
	}
	return classify.Run{Path: s.Path, Report: r, TemplateLines: tl.Lines, TemplateMessages: tl.Messages}, nil
}
