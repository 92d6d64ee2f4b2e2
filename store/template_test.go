package store

import (
	"fmt"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
)

// countRule records what LearnTemplate asked and makes a line template at
// min contributors.
type countRule struct {
	min   int
	calls []string
}

func (r *countRule) rule(text string, n, total int) bool {
	r.calls = append(r.calls, fmt.Sprintf("%s %d/%d", text, n, total))
	return n >= r.min
}

func TestLearnTemplate(t *testing.T) {
	ctx := t.Context()
	c := newClock()
	db := openClock(t, c)
	var ids []int64
	for i := range 4 {
		ids = append(ids, addMessage(t, db, buyerMsg(fmt.Sprintf("b%d@marketplace.amazon.de", i), "", c.Now())))
	}
	if got, err := db.Unlearned(ctx, 0); err != nil || len(got) != 4 {
		t.Fatalf("Unlearned = %d messages, %v; want 4", len(got), err)
	}
	line := func(h int64, text string) TemplateCandidate { return TemplateCandidate{Hash: h, Text: text} }
	src := "relay:amazon.de"
	r := &countRule{min: 3}
	ss := []TemplateSighting{
		{MessageID: ids[0], Source: src, Contributor: 1, Lines: []TemplateCandidate{line(10, "wrapper"), line(20, "hello")}},
		// The same contributor again counts nothing new.
		{MessageID: ids[1], Source: src, Contributor: 1, Lines: []TemplateCandidate{line(10, "wrapper"), line(20, "hello")}},
		{MessageID: ids[2], Source: src, Contributor: 2, Lines: []TemplateCandidate{line(10, "wrapper")}},
		// A message with nothing to learn is only marked as read.
		{MessageID: ids[3]},
	}
	n, err := db.LearnTemplate(ctx, ss, r.rule)
	if err != nil || n != 0 {
		t.Fatalf("LearnTemplate = %d, %v; want 0 learned", n, err)
	}
	want := []string{"wrapper 1/1", "hello 1/1", "wrapper 2/2"}
	if fmt.Sprint(r.calls) != fmt.Sprint(want) {
		t.Errorf("rule calls = %q, want %q", r.calls, want)
	}
	if got, _ := db.Unlearned(ctx, 0); len(got) != 0 {
		t.Errorf("Unlearned after LearnTemplate = %d messages, want 0", len(got))
	}

	c.Add(time.Minute)
	id := addMessage(t, db, buyerMsg("b9@marketplace.amazon.de", "", c.Now()))
	n, err = db.LearnTemplate(ctx, []TemplateSighting{
		{MessageID: id, Source: src, Contributor: 3, Lines: []TemplateCandidate{line(10, "wrapper"), line(20, "hello")}},
	}, r.rule)
	if err != nil || n != 1 {
		t.Fatalf("LearnTemplate = %d, %v; want 1 learned", n, err)
	}
	lines, err := db.TemplateLines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 1 || lines[0].Source != src || lines[0].Hash != 10 || lines[0].Text != "wrapper" ||
		lines[0].Contributors != 3 || !lines[0].LearnedAt.Equal(c.Now()) {
		t.Errorf("TemplateLines = %+v, want the wrapper line, 3 contributors, learned now", lines)
	}
	// A learned line is no longer counted, and its sightings are gone.
	var sightings, textless int
	if err := db.r.QueryRowContext(ctx, "SELECT count(*) FROM template_sightings WHERE line = 10").Scan(&sightings); err != nil {
		t.Fatal(err)
	}
	if err := db.r.QueryRowContext(ctx, "SELECT count(*) FROM template_lines WHERE learned_at IS NULL AND text <> ''").Scan(&textless); err != nil {
		t.Fatal(err)
	}
	if sightings != 0 || textless != 0 {
		t.Errorf("%d sightings of the learned line kept, %d candidates with text; want 0, 0", sightings, textless)
	}
	r.calls = nil
	id = addMessage(t, db, buyerMsg("b10@marketplace.amazon.de", "", c.Now()))
	if _, err := db.LearnTemplate(ctx, []TemplateSighting{
		{MessageID: id, Source: src, Contributor: 4, Lines: []TemplateCandidate{line(10, "wrapper")}},
	}, r.rule); err != nil {
		t.Fatal(err)
	}
	if len(r.calls) != 0 {
		t.Errorf("rule asked about a learned line: %q", r.calls)
	}
}

func TestSaveBuyerTexts(t *testing.T) {
	ctx := t.Context()
	db := MustOpenTest(t)
	id := addMessage(t, db, buyerMsg("b1@marketplace.amazon.de", "302-1234567-1234567", db.now()))
	if err := db.SaveBuyerTexts(ctx, []BuyerText{{MessageID: id, Text: "", Flags: []string{aftersale.FlagNoBuyerText}}}); err != nil {
		t.Fatal(err)
	}
	m, err := db.Message(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if m.BuyerText != "" || !m.HasFlag(aftersale.FlagNoBuyerText) || m.ClassifyText() != "" {
		t.Errorf("after SaveBuyerTexts BuyerText = %q, Flags = %q", m.BuyerText, m.Flags)
	}
}
