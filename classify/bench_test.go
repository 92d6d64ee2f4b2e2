package classify

import (
	"context"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/mailbox"
	"github.com/aftersale/aftersale/store"
)

var benchTexts = []string{
	"Hi, where is my order? It was supposed to arrive on Monday and the tracking hasn't moved since. Please let me know. Thanks, Tom",
	"Hallo, ich habe die falsche Adresse angegeben. Bitte an Gartenstraße 4, 70173 Stuttgart senden. Danke!",
	"Bonjour, le produit est arrivé cassé. Je souhaite un remboursement ou un remplacement, merci de me répondre rapidement.",
	"注文した商品がまだ届きません。いつ届きますか？",
	"I am extremely disappointed. I ordered this as a birthday present and it arrived with the box crushed and the screen cracked. I have been a customer for years and never had this. I want a full refund immediately or I will leave a one star review and open an A-to-z claim.",
}

// BenchmarkClassify measures messages per second on one goroutine over a
// mix of languages and lengths of bare buyer text.
func BenchmarkClassify(b *testing.B) {
	c := mustNew(b)
	ctx := context.Background()
	msgs := make([]aftersale.Message, len(benchTexts))
	for i, t := range benchTexts {
		msgs[i] = aftersale.Message{Sender: aftersale.SenderBuyer, BuyerText: t, Text: t,
			Subject: "Inquiry from Amazon customer (Order: 111-2222222-3333333)", OrderIDs: []string{"111-2222222-3333333"}}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := c.Classify(ctx, msgs[i%len(msgs)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkClassifyEmail measures e-mails per second on one goroutine (one
// core) over the evaluation corpus: whole relayed mails as mailbox.Parse
// returns them (template, product table, footer, notices, seven languages),
// i.e. typical e-mail-length input. Parsing is not timed.
func BenchmarkClassifyEmail(b *testing.B) {
	samples, err := LoadFolder(evalDir, mailbox.Parse)
	if err != nil {
		b.Fatalf("LoadFolder: %v", err)
	}
	c := mustNew(b)
	ctx := context.Background()
	bytes := 0
	for _, s := range samples {
		bytes += len(s.Message.Text)
	}
	b.ReportAllocs()
	cpu0, cpuOK := processCPU()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := c.Classify(ctx, *samples[i%len(samples)].Message); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "emails/s")
	if cpu1, ok := processCPU(); ok && cpuOK && cpu1 > cpu0 {
		// One goroutine: emails per CPU-second is emails/second/core, also
		// on a busy machine (GC work is included).
		b.ReportMetric(float64(b.N)/(cpu1-cpu0).Seconds(), "emails/cpu-s")
	}
	b.ReportMetric(float64(bytes)/float64(len(samples)), "text-bytes/email")
}

// BenchmarkClassifyParallel measures throughput with the classifier shared
// by GOMAXPROCS goroutines.
func BenchmarkClassifyParallel(b *testing.B) {
	c := mustNew(b)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			t := benchTexts[i%len(benchTexts)]
			if _, err := c.Classify(ctx, aftersale.Message{Sender: aftersale.SenderBuyer, Text: t}); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkNew measures start-up: loading the embedded examples, training
// both models and fitting the temperature by cross-validation. heap-MB is
// the live heap the Classifier keeps after a GC.
func BenchmarkNew(b *testing.B) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	keep, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(keep)
	b.ReportAllocs()
	cpu0, cpuOK := processCPU()
	b.ResetTimer()
	for b.Loop() {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MB")
	if cpu1, ok := processCPU(); ok && cpuOK && cpu1 > cpu0 {
		b.ReportMetric(float64((cpu1-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}

// syntheticCorrections returns n corrections made from the embedded
// examples, each with a few words of its own, as a seller who corrected n
// messages would have.
func syntheticCorrections(tb testing.TB, n int) []aftersale.Correction {
	tb.Helper()
	exs, err := loadExamples(examplesFS)
	if err != nil {
		tb.Fatal(err)
	}
	extra := []string{"lamp", "kettle", "bottle", "cushion", "blender", "charger", "mug", "rug", "shelf", "clock", "fan", "heater"}
	cs := make([]aftersale.Correction, n)
	for i := range cs {
		e := exs[(i*7919)%len(exs)]
		cs[i] = aftersale.Correction{ID: int64(i + 1), Text: fmt.Sprintf("%s %s %s", e.text, extra[i%len(extra)], extra[(i/len(extra))%len(extra)]),
			Language: e.lang, Case: e.c, SubReason: e.sub, Source: aftersale.CorrectionImport, By: "bench"}
	}
	return cs
}

// BenchmarkNewWithCorrections measures start-up with 5,000 corrections
// when the model trained from them is cached: "cached" is New with the
// model given (loading the examples, hashing examples and corrections,
// decoding the model, training the sub-reason model); "store" is what the
// daemon does, Learner.Load, reading the corrections and the cached model
// from a real database first. Training the cached model (once, before
// timing) takes seconds.
func BenchmarkNewWithCorrections(b *testing.B) {
	cs := syntheticCorrections(b, 5000)
	start := time.Now()
	trained, err := New(Options{Corrections: cs})
	if err != nil {
		b.Fatal(err)
	}
	blob, ok := trained.TrainedModel()
	if !ok {
		b.Fatal("New did not train")
	}
	b.Logf("training with %d corrections: %v, model %d KB", len(cs), time.Since(start).Round(time.Millisecond), len(blob)>>10)
	b.Run("cached", func(b *testing.B) {
		b.ReportAllocs()
		cpu0, cpuOK := processCPU()
		for b.Loop() {
			c, err := New(Options{Corrections: cs, CachedModel: blob})
			if err != nil {
				b.Fatal(err)
			}
			if _, trained := c.TrainedModel(); trained {
				b.Fatal("trained instead of using the cached model")
			}
		}
		if cpu1, ok := processCPU(); ok && cpuOK && cpu1 > cpu0 {
			b.ReportMetric(float64((cpu1-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
		}
	})
	b.Run("store", func(b *testing.B) {
		db := store.MustOpenTest(b)
		ctx := context.Background()
		if _, err := db.ImportCorrections(ctx, cs); err != nil {
			b.Fatal(err)
		}
		stored, err := db.Corrections(ctx, store.CorrectionFilter{})
		if err != nil {
			b.Fatal(err)
		}
		c, err := New(Options{Corrections: stored, CachedModel: blob})
		if err != nil {
			b.Fatal(err)
		}
		if b2, ok := c.TrainedModel(); ok { // ids differ from cs: train once more
			blob = b2
		}
		if err := db.SaveCachedModel(ctx, c.ModelKey(), c.Version(), blob); err != nil {
			b.Fatal(err)
		}
		l := NewLearner(db, LearnerOptions{}, nil)
		b.ReportAllocs()
		cpu0, cpuOK := processCPU()
		for b.Loop() {
			if _, all, err := l.Load(ctx); err != nil || !all {
				b.Fatalf("Load = %v, all %v", err, all)
			}
		}
		if cpu1, ok := processCPU(); ok && cpuOK && cpu1 > cpu0 {
			b.ReportMetric(float64((cpu1-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
		}
	})
}
