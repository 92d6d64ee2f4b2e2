package classify

import (
	"context"
	"runtime"
	"testing"

	"github.com/aftersale/aftersale"
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
	samples, err := LoadFolder(evalDir)
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
