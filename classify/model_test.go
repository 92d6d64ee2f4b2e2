package classify

import (
	"testing"
)

// TestCrossValidation reports the k-fold held-out quality measured while
// fitting the temperature, on the embedded examples only.
func TestCrossValidation(t *testing.T) {
	c := mustNew(t)
	cv := c.cv
	t.Logf("cross-validation on %d examples: accuracy %.3f, macro-F1 %.3f, NLL %.3f, ECE %.3f, temperature %.3f",
		cv.N, cv.Accuracy, cv.MacroF1, cv.NLL, cv.ECE, c.model.temp)
	// classify-2025.2 measured accuracy 0.912 and macro-F1 0.914 on 1,093 examples.
	if cv.Accuracy < 0.89 || cv.MacroF1 < 0.89 {
		t.Errorf("cross-validated accuracy, macro-F1 = %.3f, %.3f; want >= 0.89", cv.Accuracy, cv.MacroF1)
	}
}

func mustNew(tb testing.TB) *Classifier {
	tb.Helper()
	c, err := New(Options{})
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return c
}
