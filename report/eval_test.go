package report

import (
	"context"
	"errors"
	"testing"

	"github.com/aftersale/aftersale/classify"
)

func TestEvalRefusesABadHalf(t *testing.T) {
	called := false
	_, err := Eval(context.Background(), EvalSpec{Path: "../classify/testdata/eval", Half: "third",
		Classifier: func() (*classify.Classifier, error) { called = true; return nil, nil }})
	var bh *BadHalf
	if !errors.As(err, &bh) || called {
		t.Fatalf("Eval with half third = %v (classifier made: %v), want a BadHalf before the classifier", err, called)
	}
}
