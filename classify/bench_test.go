package classify

import (
	"context"
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
// mix of languages and lengths.
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

// BenchmarkClassifyParallel measures throughput with the classifier shared
// by GOMAXPROCS goroutines.
func BenchmarkClassifyParallel(b *testing.B) {
	c := mustNew(b)
	ctx := context.Background()
	b.ReportAllocs()
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
// and fitting the temperature by cross-validation.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
