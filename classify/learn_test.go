package classify

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/pii"
	"github.com/aftersale/aftersale/store"
)

// quickLR trains in a fraction of the time (tests; the race detector makes
// full training take minutes).
var quickLR = func() *lrParams { p := correctionLRParams; p.Epochs = 4; return &p }()

// A seller who treats "it does not fit my device" as the buyer's choice
// (return_unwanted), where the embedded examples say the item is at fault.
const (
	fitCorrected = "This cover does not fit my tablet, it is too small for it."
	fitSimilar   = "The cover doesn't fit my tablet, the size is too small."
)

func buyerText(text string) aftersale.Message {
	return aftersale.Message{Sender: aftersale.SenderBuyer, BuyerText: text, Text: text, Marketplace: "amazon.com",
		Subject: "Inquiry from Amazon customer Lena (Order: 113-2222222-3333333)"}
}

func fitCorrection() aftersale.Correction {
	return aftersale.Correction{ID: 1, Text: fitCorrected, Language: "en", Case: aftersale.CaseReturnUnwanted,
		Source: aftersale.CorrectionReclassify, By: "anna"}
}

func TestCorrectionsTeach(t *testing.T) {
	ctx := context.Background()
	base := mustNew(t)
	before, _ := base.Classify(ctx, buyerText(fitSimilar))
	if before.Case == aftersale.CaseReturnUnwanted {
		t.Fatalf("the embedded model already says return_unwanted for %q; the test needs a message it gets otherwise", fitSimilar)
	}
	c, err := New(Options{Corrections: []aftersale.Correction{fitCorrection()}, lr: quickLR})
	if err != nil {
		t.Fatal(err)
	}
	after, _ := c.Classify(ctx, buyerText(fitSimilar))
	if after.Case != aftersale.CaseReturnUnwanted {
		t.Errorf("with the correction, Classify(%q) = %s (%.2f), want return_unwanted", fitSimilar, after.Case, after.Confidence)
	}
	if c.Corrections() != 1 || !strings.HasPrefix(after.Version, Version+"+c1.") || c.Version() != after.Version {
		t.Errorf("version = %q (Version() %q, %d corrections), want %s+c1.<key>", after.Version, c.Version(), c.Corrections(), Version)
	}
	// An unrelated message keeps its verdict.
	other := buyerText("Hallo, wo ist mein Paket? Die Sendungsverfolgung zeigt seit Tagen nichts Neues.")
	b, _ := base.Classify(ctx, other)
	a, _ := c.Classify(ctx, other)
	if a.Case != b.Case {
		t.Errorf("an unrelated message changed from %s to %s", b.Case, a.Case)
	}
}

// TestCachedModel: a model kept from training (TrainedModel) is used by New
// instead of training again, and gives the same verdicts; TrainingKey
// finds it without training.
func TestCachedModel(t *testing.T) {
	ctx := context.Background()
	opts := Options{Corrections: []aftersale.Correction{fitCorrection()}, lr: quickLR}
	trained, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	blob, ok := trained.TrainedModel()
	if !ok {
		t.Fatal("TrainedModel: New did not report training")
	}
	key, err := TrainingKey(opts)
	if err != nil || key != trained.ModelKey() {
		t.Fatalf("TrainingKey = %s, %v; want %s", key, err, trained.ModelKey())
	}
	opts.CachedModel = blob
	start := time.Now()
	cached, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := cached.TrainedModel(); ok {
		t.Errorf("New with the cached model trained again (%v)", time.Since(start))
	}
	for _, text := range []string{fitCorrected, fitSimilar, "Bitte stornieren Sie meine Bestellung."} {
		a, _ := trained.Classify(ctx, buyerText(text))
		b, _ := cached.Classify(ctx, buyerText(text))
		a.At, b.At = time.Time{}, time.Time{}
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("Classify(%q): trained %+v, cached %+v", text, a, b)
		}
	}
	// A cached model of other data is not used.
	opts.Corrections = append(opts.Corrections, aftersale.Correction{ID: 2, Text: "cancel it", Language: "en", Case: aftersale.CaseCancelOrder})
	other, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := other.TrainedModel(); !ok || other.ModelKey() == trained.ModelKey() {
		t.Errorf("New with a stale cached model did not train")
	}
}

func TestTrainCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Train(ctx, Options{Corrections: []aftersale.Correction{fitCorrection()}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Train(cancelled) = %v, want context.Canceled", err)
	}
}

func TestTrainingTextPlaceholders(t *testing.T) {
	got := trainingText("Hi, order <order>: send it to <address>, call <phone>. <name>")
	var x extractor
	x.features(got)
	words := strings.Join(x.view.words, " ")
	if strings.Contains(got, "<") || !strings.Contains(words, "ordid") || strings.Contains(words, "address") || strings.Contains(words, "name") {
		t.Errorf("trainingText = %q (words %q), want the order id as the classifier's ordid, no name or address", got, words)
	}
}

// TestCorrectionText: a correction keeps the buyer's words, not the relay's
// template, and none of the personal data the message or its facts give.
func TestCorrectionText(t *testing.T) {
	m := aftersale.Message{
		Sender:      aftersale.SenderBuyer,
		FromName:    "Magdalena - Amazon Marketplace",
		FromAddr:    "x7k2m9q4w1p8z3a@marketplace.amazon.de",
		RelayAlias:  "x7k2m9q4w1p8z3a@marketplace.amazon.de",
		BuyerName:   "Magdalena",
		Subject:     "Lieferanfrage von Amazon-Kunde Magdalena (Bestellung: 302-7741203-5518821)",
		OrderIDs:    []string{"302-7741203-5518821"},
		Marketplace: "amazon.de",
		BuyerText: "Bestellnummer: 302-7741203-5518821\nArtikel: Teekanne Glas 1,5 L\nASIN: B0ABCDE123\n\n" +
			"-------------- Beginn der Nachricht --------------\n" +
			"Hallo, bitte schicken Sie die Teekanne an Schillerstraße 9, 01069 Dresden, nicht an die alte Adresse.\n" +
			"Rückruf bitte unter 0160 4433221.\nDanke, Magdalena Voss\n" +
			"-------------- Ende der Nachricht --------------\n\n" +
			"Nachrichten werden von Amazon gespeichert. Fragwürdige Aktivitäten melden: https://sellercentral.amazon.de/x",
	}
	m.Text = m.BuyerText
	got := CorrectionText(m, aftersale.Facts{NewAddress: "Schillerstraße 9\n01069 Dresden"})
	for _, gone := range []string{"Magdalena", "Voss", "302-7741203", "Schillerstraße", "01069", "Dresden", "0160", "B0ABCDE123", "Artikel", "Amazon", "sellercentral"} {
		if strings.Contains(got, gone) {
			t.Errorf("CorrectionText kept %q:\n%s", gone, got)
		}
	}
	if topic := subjectTopic(m.Subject); !strings.HasPrefix(got, topic+"\n") {
		t.Errorf("CorrectionText does not start with the subject's topic %q, as the model reads it:\n%s", topic, got)
	}
	for _, want := range []string{"bitte schicken Sie die Teekanne an " + pii.Address, "nicht an die alte Adresse", pii.Phone} {
		if !strings.Contains(got, want) {
			t.Errorf("CorrectionText lacks %q:\n%s", want, got)
		}
	}
	if CorrectionText(aftersale.Message{ParseErr: "bad"}, aftersale.Facts{}) != "" {
		t.Errorf("CorrectionText(unparsed) is not empty")
	}
}

func TestCurrentSwapInWorker(t *testing.T) {
	db := store.MustOpenTest(t)
	ctx := context.Background()
	ids := storeMessages(t, db, fitSimilar)
	cur := NewCurrent(mustNew(t))
	w := NewWorker(db, nil, WorkerOptions{Current: cur, LearnTemplate: learnTemplate(db)}, nil)
	c, err := New(Options{Corrections: []aftersale.Correction{fitCorrection()}, lr: quickLR})
	if err != nil {
		t.Fatal(err)
	}
	cur.Store(c)
	if n, err := w.RunOnce(ctx); err != nil || n != 1 {
		t.Fatalf("RunOnce = %d, %v", n, err)
	}
	cl, err := db.Classification(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if cl.Case != aftersale.CaseReturnUnwanted || cl.Version != c.Version() {
		t.Errorf("stored %s by %q, want return_unwanted by %q", cl.Case, cl.Version, c.Version())
	}
}

// TestLearner: a correction recorded through the Learner is learnt by
// RetrainOnce, swapped in, cached in the store; a second Learner (a
// restart) loads the cached model without training.
func TestLearner(t *testing.T) {
	db := store.MustOpenTest(t)
	ctx := context.Background()
	ids := storeMessages(t, db, fitCorrected)
	var swaps []string
	l := NewLearner(db, LearnerOptions{Classifier: Options{lr: quickLR}, OnSwap: func(c *Classifier) { swaps = append(swaps, c.Version()) }}, nil)
	c0, all, err := l.Load(ctx)
	if err != nil || !all || c0.Corrections() != 0 || c0.Version() != Version {
		t.Fatalf("Load(no corrections) = %v, %v, %v", c0.Version(), all, err)
	}
	if swapped, err := l.RetrainOnce(ctx); err != nil || swapped {
		t.Errorf("RetrainOnce(nothing new) = %v, %v; want false", swapped, err)
	}
	corr, err := l.RecordCorrection(ctx, ids[0], aftersale.CaseReturnUnwanted, "", "anna")
	if err != nil {
		t.Fatalf("RecordCorrection = %v", err)
	}
	if corr.ID == 0 || corr.By != "anna" || corr.At.IsZero() || corr.Language != "en" || corr.Case != aftersale.CaseReturnUnwanted {
		t.Errorf("RecordCorrection = %+v", corr)
	}
	if swapped, err := l.RetrainOnce(ctx); err != nil || !swapped {
		t.Fatalf("RetrainOnce = %v, %v; want a new classifier", swapped, err)
	}
	c1 := l.Current().Load()
	if c1.Corrections() != 1 || len(swaps) != 1 || swaps[0] != c1.Version() {
		t.Errorf("after retraining: %d corrections, swaps %q", c1.Corrections(), swaps)
	}
	if cl, _ := c1.Classify(ctx, buyerText(fitSimilar)); cl.Case != aftersale.CaseReturnUnwanted {
		t.Errorf("retrained Classify(similar) = %s, want return_unwanted", cl.Case)
	}
	if _, err := db.CachedModel(ctx, c1.ModelKey()); err != nil {
		t.Errorf("the retrained model is not cached: %v", err)
	}

	restarted := NewLearner(db, LearnerOptions{Classifier: Options{lr: quickLR}}, nil)
	c2, all, err := restarted.Load(ctx)
	if err != nil || !all || c2.ModelKey() != c1.ModelKey() {
		t.Fatalf("Load after restart = %v, all %v, %v; want the cached model", c2.ModelKey(), all, err)
	}
	if _, trained := c2.TrainedModel(); trained {
		t.Errorf("Load trained instead of using the cached model")
	}

	if _, err := l.RecordCorrection(ctx, 9999, aftersale.CaseOther, "", "anna"); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("RecordCorrection(unknown message) = %v, want ErrNotFound", err)
	}
	if _, err := l.RecordCorrection(ctx, ids[0], "lost", "", "anna"); !errors.Is(err, aftersale.ErrInvalid) {
		t.Errorf("RecordCorrection(unknown case) = %v, want ErrInvalid", err)
	}
}

// TestLearnerSeesOtherProcess: corrections stored by another process (the
// CLI) reach the running Learner's next look; until a model for them is
// trained, a restart starts with the embedded model and asks Run to train.
func TestLearnerSeesOtherProcess(t *testing.T) {
	db := store.MustOpenTest(t)
	ctx := context.Background()
	ids := storeMessages(t, db, fitCorrected)
	cli := NewLearner(db, LearnerOptions{}, nil) // records only
	if _, err := cli.RecordCorrection(ctx, ids[0], aftersale.CaseReturnUnwanted, "", "anna"); err != nil {
		t.Fatal(err)
	}
	l := NewLearner(db, LearnerOptions{Classifier: Options{lr: quickLR}}, nil)
	c, all, err := l.Load(ctx)
	if err != nil || all || c.Corrections() != 0 {
		t.Fatalf("Load(uncached corrections) = %d corrections, all %v, %v; want the embedded model and all=false", c.Corrections(), all, err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- l.Run(runCtx) }()
	deadline := time.Now().Add(5 * time.Minute)
	for l.Current().Load().Corrections() == 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run = %v", err)
	}
	if got := l.Current().Load().Corrections(); got != 1 {
		t.Errorf("Run swapped in a classifier with %d corrections, want 1", got)
	}
}
