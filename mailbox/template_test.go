package mailbox

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
	"github.com/google/go-cmp/cmp"
)

func TestTemplateKey(t *testing.T) {
	tests := []struct {
		line  string
		names []string
		want  string
	}{
		{"Order ID: 111-2223334-4445556", nil, "order id order"},
		{"View it here: https://sellercentral.amazon.com/x?id=1&y=2", nil, "view it here url"},
		{"Message from Amazon customer Petra:", []string{"petra"}, "message from amazon customer name"},
		{"Reference XK29QQ81 of 12 May", nil, "reference id of 0 may"},
		{"  ***  Relay   NOTE  ***  ", nil, "relay note"},
		{"Write to shop@example.com", nil, "write to email"},
		{"斎藤様", []string{"斎藤"}, "name 様"},
		{"-----", nil, ""},
	}
	for _, tt := range tests {
		if got := TemplateKey(tt.line, tt.names); got != tt.want {
			t.Errorf("TemplateKey(%q, %q) = %q, want %q", tt.line, tt.names, got, tt.want)
		}
	}
}

func TestTemplateLearnable(t *testing.T) {
	long := "this relay keeps a copy of every message it forwards"
	tests := []struct {
		key         string
		n, of       int
		want        bool
		explanation string
	}{
		{long, minLongContributors, 1000, true, "a long line in the mail of several buyers"},
		{long, minLongContributors - 1, 5, false, "too few buyers"},
		{"where is my order", 9, 10, false, "a short line needs many buyers"},
		{"where is my order", 10, 21, false, "and at least half of the source's"},
		{"where is my order", 10, 20, true, "a short line in half the source's mail"},
		{"リレーでお客様のメッセージを転送しています", minLongContributors, 100, true, "long by its characters"},
	}
	for _, tt := range tests {
		if got := TemplateLearnable(tt.key, tt.n, tt.of); got != tt.want {
			t.Errorf("TemplateLearnable(%q, %d, %d) = %v, want %v (%s)", tt.key, tt.n, tt.of, got, tt.want, tt.explanation)
		}
	}
}

func TestTemplateSource(t *testing.T) {
	relay := aftersale.Message{Sender: aftersale.SenderBuyer, RelayAlias: "abc@marketplace.amazon.de", Marketplace: "amazon.de"}
	plus := relay
	plus.RelayAlias = "abc+0f3e-11aa@marketplace.amazon.de"
	notice := aftersale.Message{Sender: aftersale.SenderAmazon, FromAddr: "Order-Update@amazon.com", OrderIDs: []string{"111-2223334-4445556"}}
	other := aftersale.Message{Sender: aftersale.SenderOther, FromAddr: "a@example.com"}
	for _, tt := range []struct {
		m            aftersale.Message
		source, user string
	}{
		{relay, "relay:amazon.de", "abc@marketplace.amazon.de"},
		{plus, "relay:amazon.de", "abc@marketplace.amazon.de"}, // one buyer, whatever the suffix
		{notice, "amazon:order-update@amazon.com", "111-2223334-4445556"},
		{other, "", ""},
	} {
		if got := TemplateSource(tt.m); got != tt.source {
			t.Errorf("TemplateSource(%+v) = %q, want %q", tt.m, got, tt.source)
		}
		if tt.source != "" {
			if got := templateContributor(tt.m); got != tt.user {
				t.Errorf("templateContributor(%+v) = %q, want %q", tt.m, got, tt.user)
			}
		}
	}
}

// relayMsg is a parsed buyer message of alias on amazon.com with text.
func relayMsg(alias, text string) aftersale.Message {
	raw := "From: Kim - Amazon Marketplace <" + alias + "@marketplace.amazon.com>\r\n" +
		"Subject: Inquiry from Amazon customer Kim\r\n\r\n" + strings.ReplaceAll(text, "\n", "\r\n")
	m, err := Parse([]byte(raw))
	if err != nil {
		panic(err)
	}
	return m
}

// templateOf is the Template learned from exactly the candidate lines of ms.
func templateOf(ms ...aftersale.Message) *Template {
	var lines []store.TemplateLine
	for _, m := range ms {
		s := TemplateCandidates(m)
		for _, c := range s.Lines {
			lines = append(lines, store.TemplateLine{Source: s.Source, Hash: c.Hash, Text: c.Text})
		}
	}
	return NewTemplate(lines)
}

func TestTemplateCandidatesAndApply(t *testing.T) {
	wrapped := relayMsg("aaa", "Relay note 7 for you\nHello, where is my parcel?\nKept by the relay for a while")
	cands := TemplateCandidates(wrapped)
	var texts []string
	for _, c := range cands.Lines {
		texts = append(texts, c.Text)
	}
	want := []string{"relay note 0 for you", "hello where is my parcel", "kept by the relay for a while"}
	if diff := cmp.Diff(want, texts); diff != "" {
		t.Errorf("TemplateCandidates of a mail without markers (-want +got):\n%s", diff)
	}

	// Between a begin marker and its end the words are the buyer's: never
	// candidates, never dropped.
	marked := relayMsg("bbb", "Relay note 9 for you\nMessage:\nHello, where is my parcel?\nView message\nKept by the relay for a while")
	cands = TemplateCandidates(marked)
	texts = nil
	for _, c := range cands.Lines {
		texts = append(texts, c.Text)
	}
	if slices.Contains(texts, "hello where is my parcel") {
		t.Errorf("TemplateCandidates of a marked mail = %q, holds the buyer's words", texts)
	}

	tpl := templateOf(wrapped)
	if tpl.Len() != 3 {
		t.Fatalf("Len() = %d, want 3", tpl.Len())
	}
	got, dropped := tpl.Apply(marked)
	if dropped != nil || got.BuyerText != "Hello, where is my parcel?" {
		t.Errorf("Apply(marked) = %q, dropped %q; want the buyer's words untouched", got.BuyerText, dropped)
	}

	// Without markers every known line goes; when nothing is left the
	// message has no buyer text.
	other := relayMsg("ccc", "Relay note 12 for you\nCan I return it?\nKept by the relay for a while")
	got, dropped = templateOf(wrapped).Apply(other)
	if got.BuyerText != "Can I return it?" || !slices.Equal(dropped, []string{"Relay note 12 for you", "Kept by the relay for a while"}) {
		t.Errorf("Apply(other) = %q, dropped %q", got.BuyerText, dropped)
	}
	got, _ = tpl.Apply(wrapped)
	if got.BuyerText != "" || !got.HasFlag(FlagNoBuyerText) || got.ClassifyText() != "" {
		t.Errorf("Apply(all template) = %q, flags %q; want empty with %s", got.BuyerText, got.Flags, FlagNoBuyerText)
	}
	// Another marketplace's lines are not this one's.
	de := other
	de.Marketplace = "amazon.de"
	if _, dropped := tpl.Apply(de); dropped != nil {
		t.Errorf("Apply(amazon.de) dropped %q with amazon.com's template", dropped)
	}
	var none *Template
	if m, dropped := none.Apply(other); dropped != nil || m.BuyerText != other.BuyerText {
		t.Errorf("nil Template changed the message")
	}
}

// storeMessages stores ms raw and parsed in db, in order.
func storeMessages(t *testing.T, db *store.DB, ms ...aftersale.Message) {
	t.Helper()
	ctx := context.Background()
	for _, m := range ms {
		id, _, err := db.InsertRawMessage(ctx, store.RawMessage{Account: "a", Folder: "INBOX", UIDValidity: 1, UID: nextTestUID()})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SaveParsed(ctx, id, m, nil); err != nil {
			t.Fatal(err)
		}
	}
}

var testUID atomic.Uint32

func nextTestUID() uint32 { return testUID.Add(1) }

func mustUnlearnedAll(t *testing.T, db *store.DB) []aftersale.Message {
	t.Helper()
	ms, err := db.Unlearned(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

// buyerWords are twenty different things buyers write.
var buyerWords = []string{
	"Hello, my parcel has not come yet, can you check?",
	"The lid of the kettle is cracked.",
	"Can I change the colour to green before you ship?",
	"I ordered two but only one arrived.",
	"Please cancel, I found it cheaper elsewhere.",
	"When will my refund be paid?",
	"The lamp flickers when dimmed.",
	"Is this bottle dishwasher safe?",
	"Wrong size, I need the large one.",
	"My address changed last week, please update it.",
	"The box was wet and the manual ruined.",
	"Could you send an invoice with my company name?",
	"It stopped charging after three days.",
	"Tracking has not moved since Monday.",
	"I want to return it, it is too heavy.",
	"Left you a bad review, the mat smells.",
	"Do you ship to Hawaii?",
	"The screws for the shelf are missing.",
	"Great product, thanks a lot!",
	"Why was my order cancelled?",
}

// inventedWrapper is a relay layout made up for this test: none of its
// lines is a marker, field or footer the shape rules know.
func inventedWrapper(n int, words string) string {
	return fmt.Sprintf(`Relay note %d - incoming correspondence
Handled by the marketplace mail relay on behalf of the sender
~~~~~~~~~~~~~~~~~~~~
%s
~~~~~~~~~~~~~~~~~~~~
Correspondence is retained by the relay for quality purposes.
Relay reference: XK%dQQ%d`, 4000+n, words, 10+n, 77*n)
}

func TestTemplateLearnedFromTheMailbox(t *testing.T) {
	ctx := context.Background()
	db := store.MustOpenTest(t)
	for i, words := range buyerWords {
		storeMessages(t, db, relayMsg(fmt.Sprintf("buyer%03dxxxxxxxxx", i), inventedWrapper(i, words)))
	}
	l := NewTemplateLearner(db)
	tpl, err := l.Learn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if tpl.Len() != 4 {
		lines, _ := db.TemplateLines(ctx)
		t.Errorf("learned %d lines from 20 messages, want the wrapper's 4: %+v", tpl.Len(), lines)
	}
	if left := mustUnlearnedAll(t, db); len(left) != 0 {
		t.Errorf("%d messages left unread after Learn", len(left))
	}

	// Before learning, the 21st message's buyer text is the whole wrapper;
	// after, only the buyer's words.
	m := relayMsg("newbuyerxxxxxxx", inventedWrapper(99, "Could you send the blue one instead?\nThanks, Kim"))
	if !strings.Contains(m.BuyerText, "Relay note") {
		t.Fatalf("the shape rules know the invented wrapper: %q", m.BuyerText)
	}
	got, dropped := tpl.Apply(m)
	if got.BuyerText != "Could you send the blue one instead?\nThanks, Kim" {
		t.Errorf("buyer text of the 21st message = %q, want only the buyer's words", got.BuyerText)
	}
	if len(dropped) != 4 {
		t.Errorf("dropped %q, want the wrapper's 4 lines", dropped)
	}

	// A learner that reads the 21st message later learns nothing new from it.
	storeMessages(t, db, m)
	if tpl2, err := l.Learn(ctx); err != nil || tpl2.Len() != 4 {
		t.Errorf("Learn after the 21st = %d lines, %v; want 4", tpl2.Len(), err)
	}
}

func TestTemplateNeverLearnsBuyerWords(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		msgs func() []aftersale.Message
	}{
		{"one buyer repeating a sentence", func() []aftersale.Message {
			var ms []aftersale.Message
			for i := range 20 {
				ms = append(ms, relayMsg("samebuyerxxxxxx", fmt.Sprintf("Where is my order?\nI have been waiting for it since the start of the month.\nDay %d", i)))
			}
			return ms
		}},
		{"a short sentence of a few buyers", func() []aftersale.Message {
			var ms []aftersale.Message
			for i := range 20 {
				text := buyerWords[i]
				if i < 9 {
					text = "Where is my order?"
				}
				ms = append(ms, relayMsg(fmt.Sprintf("buyer%03dxxxxxxxxx", i), text))
			}
			return ms
		}},
		{"the same long sentence between markers", func() []aftersale.Message {
			var ms []aftersale.Message
			for i := range 20 {
				ms = append(ms, relayMsg(fmt.Sprintf("buyer%03dxxxxxxxxx", i),
					"Order ID: 111-2223334-4445556\nMessage:\nI would like to return this item because it does not fit.\nView message"))
			}
			return ms
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := store.MustOpenTest(t)
			storeMessages(t, db, tt.msgs()...)
			tpl, err := NewTemplateLearner(db).Learn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if tpl.Len() != 0 {
				lines, _ := db.TemplateLines(ctx)
				t.Errorf("learned %+v from the buyers' own words", lines)
			}
		})
	}
}

// TestTemplateLearningIsIncremental: learning after every message and
// learning once after all of them give the same lines.
func TestTemplateLearningIsIncremental(t *testing.T) {
	ctx := context.Background()
	var ms []aftersale.Message
	for i := range 30 {
		words := buyerWords[i%len(buyerWords)]
		if i%3 == 0 {
			words = "Where is my order?"
		}
		ms = append(ms, relayMsg(fmt.Sprintf("buyer%03dxxxxxxxxx", i%25), inventedWrapper(i, words)))
	}
	once := store.MustOpenTest(t)
	storeMessages(t, once, ms...)
	if _, err := NewTemplateLearner(once).Learn(ctx); err != nil {
		t.Fatal(err)
	}
	step := store.MustOpenTest(t)
	l := NewTemplateLearner(step)
	for _, m := range ms {
		storeMessages(t, step, m)
		if _, err := l.Learn(ctx); err != nil {
			t.Fatal(err)
		}
	}
	a, err := once.TemplateLines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b, err := step.TemplateLines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	strip := func(ls []store.TemplateLine) []string {
		var out []string
		for _, l := range ls {
			out = append(out, fmt.Sprintf("%s %d %s", l.Source, l.Contributors, l.Text))
		}
		return out
	}
	if len(a) == 0 {
		t.Fatal("nothing learned")
	}
	if diff := cmp.Diff(strip(a), strip(b)); diff != "" {
		t.Errorf("learned lines differ (-all at once +one by one):\n%s", diff)
	}
}

// BenchmarkTemplateLearn measures the learner's cost per stored message
// (reading it, counting its candidate lines, promoting), for relayed mail
// in a wrapper the shape rules do not know.
func BenchmarkTemplateLearn(b *testing.B) {
	ctx := context.Background()
	db := store.MustOpenTest(b)
	l := NewTemplateLearner(db)
	const perRound = 200
	n := 0
	for b.Loop() {
		b.StopTimer()
		for range perRound {
			m := relayMsg(fmt.Sprintf("buyer%010d", n%5000), inventedWrapper(n, buyerWords[n%len(buyerWords)]))
			id, _, err := db.InsertRawMessage(ctx, store.RawMessage{Account: "a", Folder: "INBOX", UIDValidity: 1, UID: nextTestUID()})
			if err != nil {
				b.Fatal(err)
			}
			if err := db.SaveParsed(ctx, id, m, nil); err != nil {
				b.Fatal(err)
			}
			n++
		}
		b.StartTimer()
		if _, err := l.Learn(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/msg")
}
