package store

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
)

// otherMsg is a parsed mail from an ordinary sender (a newsletter).
func otherMsg(from, subject string, date time.Time) aftersale.Message {
	return aftersale.Message{
		MessageID: subject + "@news.example", FromAddr: from, Subject: subject, Date: date,
		Text: "Our spring sale starts today.", Sender: aftersale.SenderOther, ParserVersion: 1,
	}
}

// notBuyer classifies message id as not buyer mail with notice n.
func notBuyer(t *testing.T, db *DB, id int64, n aftersale.Notice) {
	t.Helper()
	c := aftersale.Classification{MessageID: id, Case: aftersale.CaseOther, Confidence: 1, Notice: n,
		Origin: aftersale.OriginNotBuyer, NeedsHuman: n == aftersale.NoticePhishing, Version: "test"}
	if err := db.SaveClassification(t.Context(), c); err != nil {
		t.Fatalf("SaveClassification(%d): %v", id, err)
	}
}

func undrafted(t *testing.T, db *DB) []int64 {
	t.Helper()
	ps, err := db.Undrafted(t.Context(), 0)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, p := range ps {
		ids = append(ids, p.Message.ID)
	}
	return ids
}

func TestNotBuyerMail(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	news := addMessage(t, db, otherMsg("news@shop.example", "Spring sale", c.Now().Add(-time.Hour)))
	phish := addMessage(t, db, otherMsg("security@amaz0n-verify.example", "Your account is on hold", c.Now().Add(-time.Minute)))
	buyer := addMessage(t, db, buyerMsg("a1b2c3@marketplace.amazon.de", "302-1234567-7654321", c.Now().Add(-time.Minute)))
	notBuyer(t, db, news, aftersale.NoticeNotBuyer)
	notBuyer(t, db, phish, aftersale.NoticePhishing)
	if err := db.SaveClassification(ctx, aftersale.Classification{MessageID: buyer, Case: aftersale.CaseShippingInquiry,
		Confidence: 0.9, Version: "test"}); err != nil {
		t.Fatal(err)
	}

	got, err := db.Classification(ctx, phish)
	if err != nil {
		t.Fatal(err)
	}
	if got.Origin != aftersale.OriginNotBuyer || got.Notice != aftersale.NoticePhishing {
		t.Errorf("Classification(phishing) origin %q notice %q, want not_buyer_mail, phishing", got.Origin, got.Notice)
	}

	// Every classified message waits for the drafter until it is done
	// with it; not buyer mail can get no draft row.
	if ids := undrafted(t, db); len(ids) != 3 {
		t.Fatalf("Undrafted = %v, want 3 messages", ids)
	}
	_, err = db.CreateDraft(ctx, aftersale.Draft{MessageID: news, Case: aftersale.CaseOther, State: aftersale.DraftNoResponseNeeded})
	if !errors.Is(err, aftersale.ErrInvalid) {
		t.Errorf("CreateDraft(not buyer mail) = %v, want ErrInvalid", err)
	}
	res, err := db.CreateDrafts(ctx, []aftersale.Draft{{MessageID: phish, Case: aftersale.CaseOther}})
	if err != nil || !errors.Is(res[0].Err, aftersale.ErrInvalid) {
		t.Errorf("CreateDrafts(phishing) = %+v, %v; want ErrInvalid for the draft", res, err)
	}
	n, err := db.MarkNoDraft(ctx, []int64{news, phish, buyer})
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("MarkNoDraft(news, phishing, buyer) marked %d, want 2 (the buyer's message is not not buyer mail)", n)
	}
	if n, err := db.MarkNoDraft(ctx, []int64{news}); err != nil || n != 0 {
		t.Errorf("MarkNoDraft again = %d, %v; want 0, nil", n, err)
	}
	if ids := undrafted(t, db); len(ids) != 1 || ids[0] != buyer {
		t.Errorf("Undrafted after MarkNoDraft = %v, want [%d]", ids, buyer)
	}

	// A new process sees the same: the mark is in the database.
	path := db.Path()
	db2, err := Open(ctx, path, Options{Now: c.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	if ids := undrafted(t, db2); len(ids) != 1 || ids[0] != buyer {
		t.Errorf("Undrafted after reopening = %v, want [%d]", ids, buyer)
	}

	all, err := db.NotBuyerMail(ctx, NotBuyerFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 || all[0].Message.ID != phish || all[1].Message.ID != news {
		t.Errorf("NotBuyerMail = %v, want [%d %d] (newest first)", ids(all), phish, news)
	}
	if len(all) > 0 && (all[0].Message.FromAddr != "security@amaz0n-verify.example" || !all[0].Classification.NeedsHuman) {
		t.Errorf("NotBuyerMail[0] = from %q needs_human %v", all[0].Message.FromAddr, all[0].Classification.NeedsHuman)
	}
	ph, err := db.NotBuyerMail(ctx, NotBuyerFilter{Phishing: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(ph) != 1 || ph[0].Message.ID != phish {
		t.Errorf("NotBuyerMail(phishing) = %v, want [%d]", ids(ph), phish)
	}
	if none, err := db.NotBuyerMail(ctx, NotBuyerFilter{Account: "elsewhere"}); err != nil || len(none) != 0 {
		t.Errorf("NotBuyerMail(other account) = %v, %v; want none", ids(none), err)
	}

	s, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.NotBuyer != 2 || s.Phishing != 1 || s.Classified[aftersale.CaseOther] != 2 || s.NeedsHuman != 1 {
		t.Errorf("Stats: not buyer %d, phishing %d, other %d, needs human %d; want 2, 1, 2, 1",
			s.NotBuyer, s.Phishing, s.Classified[aftersale.CaseOther], s.NeedsHuman)
	}
	if s.Drafts[aftersale.DraftNoResponseNeeded] != 0 || s.Drafts[aftersale.DraftProposed] != 0 {
		t.Errorf("Stats.Drafts = %v, want none", s.Drafts)
	}
}

func ids(cs []Classified) []int64 {
	var out []int64
	for _, c := range cs {
		out = append(out, c.Message.ID)
	}
	return out
}

func TestClassificationOriginChecked(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	id := addMessage(t, db, otherMsg("news@shop.example", "Sale", db.now()))
	for _, c := range []aftersale.Classification{
		{MessageID: id, Case: aftersale.CaseOther, Confidence: 1, Origin: "elsewhere"},
		{MessageID: id, Case: aftersale.CaseCancelOrder, Confidence: 1, Origin: aftersale.OriginNotBuyer},
	} {
		if err := db.SaveClassification(ctx, c); !errors.Is(err, aftersale.ErrInvalid) {
			t.Errorf("SaveClassification(case %s, origin %q) = %v, want ErrInvalid", c.Case, c.Origin, err)
		}
	}
	direct := aftersale.Classification{MessageID: id, Case: aftersale.CaseShippingInquiry, Confidence: 0.8,
		NeedsHuman: true, Origin: aftersale.OriginDirect, Version: "test"}
	if err := db.SaveClassification(ctx, direct); err != nil {
		t.Fatal(err)
	}
	got, err := db.Classification(ctx, id)
	if err != nil || got.Origin != aftersale.OriginDirect {
		t.Errorf("Classification = origin %q, %v; want direct_buyer", got.Origin, err)
	}
	s, err := db.Stats(ctx)
	if err != nil || s.DirectBuyer != 1 || s.NotBuyer != 0 {
		t.Errorf("Stats = direct %d, not buyer %d, %v; want 1, 0", s.DirectBuyer, s.NotBuyer, err)
	}
}

// TestMigrationNotBuyerBackfill migrates a version 4 database holding mail
// the classifier had given a not buyer or phishing notice: it becomes not
// buyer mail; its existing draft stays; a buyer's message is unchanged.
func TestMigrationNotBuyerBackfill(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := openAt(ctx, path, 4)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO messages (id, account, folder, uidvalidity, uid, raw, size, fetched_at, parsed_at, sender)
		 VALUES (1, 'shop', 'INBOX', 1, 1, x'00', 1, 0, 0, 'other'), (2, 'shop', 'INBOX', 1, 2, x'00', 1, 0, 0, 'other'),
		        (3, 'shop', 'INBOX', 1, 3, x'00', 1, 0, 0, 'buyer')`,
		`INSERT INTO classifications (message_id, case_type, confidence, needs_human, notice, classifier_version, classified_at)
		 VALUES (1, 'other', 1, 0, 'not_buyer_mail', 'old', 0), (2, 'other', 1, 1, 'phishing', 'old', 0),
		        (3, 'shipping_inquiry', 0.9, 0, '', 'old', 0)`,
		`INSERT INTO drafts (message_id, account, case_type, state, created_at, updated_at)
		 VALUES (1, 'shop', 'other', 'no_response_needed', 0, 0)`,
	} {
		if _, err := old.w.ExecContext(ctx, q); err != nil {
			t.Fatalf("seeding: %v", err)
		}
	}
	old.Close()
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for id, want := range map[int64]aftersale.Origin{1: aftersale.OriginNotBuyer, 2: aftersale.OriginNotBuyer, 3: aftersale.OriginAmazon} {
		c, err := db.Classification(ctx, id)
		if err != nil || c.Origin != want {
			t.Errorf("message %d: origin %q, %v; want %q", id, c.Origin, err, want)
		}
	}
	if ids := undrafted(t, db); len(ids) != 2 || ids[0] != 2 || ids[1] != 3 {
		t.Errorf("Undrafted = %v, want [2 3]", ids)
	}
	if n, err := db.MarkNoDraft(ctx, []int64{2}); err != nil || n != 1 {
		t.Errorf("MarkNoDraft(2) = %d, %v; want 1", n, err)
	}
	s, err := db.Stats(ctx)
	if err != nil || s.NotBuyer != 2 || s.Phishing != 1 || s.Drafts[aftersale.DraftNoResponseNeeded] != 1 {
		t.Errorf("Stats = not buyer %d, phishing %d, drafts %v, %v; want 2, 1, the old draft kept", s.NotBuyer, s.Phishing, s.Drafts, err)
	}
	if err := db.Check(ctx); err != nil {
		t.Error(err)
	}
}
