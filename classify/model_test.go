package classify

import (
	"flag"
	"os"
	"testing"
)

var updateModel = flag.Bool("update-model", false, "retrain the case model from the examples and write model.bin")

// TestModelFile: the embedded model.bin was trained from the embedded
// examples with today's features and parameters (go generate ./classify
// rewrites it), and decodes to the model training gives, within the int8
// quantisation.
func TestModelFile(t *testing.T) {
	exs, err := loadExamples(examplesFS)
	if err != nil {
		t.Fatal(err)
	}
	key := modelKey(exs, defaultLRParams)
	if *updateModel {
		m, cv := trainCaseModel(exs, defaultLRParams)
		if err := os.WriteFile("model.bin", encodeModel(m, key), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote model.bin: %d rows; cross-validation on %d examples: accuracy %.3f, macro-F1 %.3f, NLL %.3f, ECE %.3f, temperature %.3f",
			m.index.len(), cv.N, cv.Accuracy, cv.MacroF1, cv.NLL, cv.ECE, m.temp)
		return
	}
	m, got, err := decodeModel(modelBin)
	if err != nil {
		t.Fatalf("decoding model.bin: %v (run go generate ./classify)", err)
	}
	if got != key {
		t.Fatalf("model.bin was trained from other examples, features or parameters: run go generate ./classify")
	}
	if m.index.len() == 0 || m.temp <= 0 {
		t.Errorf("model.bin: %d rows, temperature %v", m.index.len(), m.temp)
	}
}

// TestCrossValidation reports the k-fold held-out quality of the case
// model on the embedded examples only.
func TestCrossValidation(t *testing.T) {
	if os.Getenv("AFTERSALE_TUNE") == "" {
		t.Skip("trains the model six times; set AFTERSALE_TUNE=1 (go generate ./classify prints the same figures)")
	}
	exs, err := loadExamples(examplesFS)
	if err != nil {
		t.Fatal(err)
	}
	m, cv := trainCaseModel(exs, defaultLRParams)
	t.Logf("cross-validation on %d examples: accuracy %.3f, macro-F1 %.3f, NLL %.3f, ECE %.3f, temperature %.3f",
		cv.N, cv.Accuracy, cv.MacroF1, cv.NLL, cv.ECE, m.temp)
	if cv.Accuracy < 0.85 || cv.MacroF1 < 0.85 {
		t.Errorf("cross-validated accuracy, macro-F1 = %.3f, %.3f; want >= 0.85", cv.Accuracy, cv.MacroF1)
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

// TestTuneLR prints the cross-validated quality of a grid of training
// parameters on the embedded examples (never on evaluation data); it is
// how defaultLRParams were chosen. AFTERSALE_TUNE=1 runs it.
func TestTuneLR(t *testing.T) {
	if os.Getenv("AFTERSALE_TUNE") == "" {
		t.Skip("set AFTERSALE_TUNE=1 to run the parameter grid")
	}
	exs, err := loadExamples(examplesFS)
	if err != nil {
		t.Fatal(err)
	}
	for _, l2 := range []float64{0, 1e-5, 1e-4} {
		for _, ep := range []int{10, 25, 50} {
			for _, rate := range []float64{0.1, 0.2, 0.5} {
				p := lrParams{Epochs: ep, Rate: rate, L2: l2, Seed: 1, Folds: folds}
				m, cv := trainCaseModel(exs, p)
				t.Logf("l2 %g epochs %d rate %g: accuracy %.3f macro-F1 %.3f NLL %.3f ECE %.3f T %.2f",
					l2, ep, rate, cv.Accuracy, cv.MacroF1, cv.NLL, cv.ECE, m.temp)
			}
		}
	}
}
