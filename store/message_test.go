package store

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/google/go-cmp/cmp"
)

func TestInsertRawMessageIdempotentAndCursor(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	if got, err := db.Cursor(ctx, "shop", "INBOX"); err != nil || got != (Cursor{}) {
		t.Fatalf("Cursor(empty) = %v, %v, want zero, nil", got, err)
	}
	m := RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 42, UID: 10,
		Raw: []byte("Subject: hi\r\n\r\nhello\r\n"), InternalDate: c.Now().Add(-time.Minute)}
	id, inserted, err := db.InsertRawMessage(ctx, m)
	if err != nil || !inserted || id == 0 {
		t.Fatalf("InsertRawMessage = %d, %v, %v, want new id, true, nil", id, inserted, err)
	}
	id2, inserted, err := db.InsertRawMessage(ctx, m)
	if err != nil || inserted || id2 != id {
		t.Errorf("second InsertRawMessage = %d, %v, %v, want %d, false, nil", id2, inserted, err, id)
	}
	var n int
	if err := db.w.QueryRowContext(ctx, "SELECT count(*) FROM messages").Scan(&n); err != nil || n != 1 {
		t.Errorf("messages rows = %d (%v), want 1", n, err)
	}

	steps := []struct {
		uidvalidity, uid uint32
		want             Cursor
	}{
		{42, 10, Cursor{42, 10}},
		{42, 12, Cursor{42, 12}},
		{42, 11, Cursor{42, 12}}, // an older uid never moves the cursor back
		{43, 3, Cursor{43, 3}},   // a new UIDVALIDITY resets it
	}
	for _, s := range steps {
		m.UIDValidity, m.UID = s.uidvalidity, s.uid
		if _, _, err := db.InsertRawMessage(ctx, m); err != nil {
			t.Fatal(err)
		}
		got, err := db.Cursor(ctx, "shop", "INBOX")
		if err != nil || got != s.want {
			t.Errorf("after uid %d/%d Cursor = %v, %v, want %v", s.uidvalidity, s.uid, got, err, s.want)
		}
	}
	if err := db.SetCursor(ctx, "shop", "INBOX", Cursor{50, 1}); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Cursor(ctx, "shop", "INBOX"); got != (Cursor{50, 1}) {
		t.Errorf("after SetCursor Cursor = %v, want {50 1}", got)
	}
	if got, _ := db.Cursor(ctx, "shop", "Archive"); got != (Cursor{}) {
		t.Errorf("other folder Cursor = %v, want zero", got)
	}

	raw, err := db.Raw(ctx, id)
	if err != nil || string(raw) != string(m.Raw) {
		t.Errorf("Raw(%d) = %q, %v, want %q", id, raw, err, m.Raw)
	}
	if _, err := db.Raw(ctx, 9999); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("Raw(missing) error = %v, want ErrNotFound", err)
	}
	if _, _, err := db.InsertRawMessage(ctx, RawMessage{Account: "shop", Folder: "INBOX"}); !errors.Is(err, aftersale.ErrInvalid) {
		t.Errorf("InsertRawMessage(uid 0) error = %v, want ErrInvalid", err)
	}
}

func TestSaveParsedRoundTripAndParseError(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	id1, _, err := db.InsertRawMessage(ctx, RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 1, UID: 1, Raw: []byte("x"), Truncated: true})
	if err != nil {
		t.Fatal(err)
	}
	id2, _, err := db.InsertRawMessage(ctx, RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 1, UID: 2, Raw: []byte("y")})
	if err != nil {
		t.Fatal(err)
	}
	un, err := db.Unparsed(ctx, 0)
	if err != nil || len(un) != 2 || un[0].ID != id1 || !un[0].Truncated || string(un[1].Raw) != "y" {
		t.Fatalf("Unparsed = %+v, %v, want messages %d (truncated) and %d", un, err, id1, id2)
	}
	if un, _ := db.Unparsed(ctx, 1); len(un) != 1 {
		t.Errorf("Unparsed(limit 1) returned %d", len(un))
	}

	want := buyerMsg("abc@marketplace.amazon.de", "302-1234567-1234567", c.Now().Add(-time.Hour))
	want.MessageID = "<m1@marketplace.amazon.de>"
	want.InReplyTo = []string{"<p@x>"}
	want.References = []string{"r1@x", "<p@x>"}
	want.FromAddr = "ABC@marketplace.amazon.de"
	want.ASINs = []string{"B000000001"}
	want.Attachments = []string{"photo.jpg"}
	want.Flags = []string{"html_only"}
	want.BuyerName = "Erika"
	want.AutoReply = true
	want.ReplyTo = "abc@marketplace.amazon.de"
	if err := db.SaveParsed(ctx, id1, want, nil); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveParsed(ctx, id2, aftersale.Message{FromAddr: "x@example.com"}, errors.New("malformed MIME header")); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveParsed(ctx, 999, want, nil); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("SaveParsed(missing) error = %v, want ErrNotFound", err)
	}

	got, err := db.Message(ctx, id1)
	if err != nil {
		t.Fatal(err)
	}
	want.ID, want.Account, want.Folder, want.UIDValidity, want.UID, want.Size = id1, "shop", "INBOX", 1, 1, 1
	want.FetchedAt = c.Now()
	want.MessageID = "m1@marketplace.amazon.de"
	want.InReplyTo = []string{"p@x"}
	want.References = []string{"r1@x", "p@x"}
	want.FromAddr = "abc@marketplace.amazon.de"
	want.Date = want.Date.UTC()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Message(%d) mismatch (-want +got):\n%s", id1, diff)
	}

	bad, err := db.Message(ctx, id2)
	if err != nil || bad.ParseErr != "malformed MIME header" {
		t.Errorf("Message(%d).ParseErr = %q, %v, want the parse error", id2, bad.ParseErr, err)
	}
	if un, _ := db.Unparsed(ctx, 0); len(un) != 0 {
		t.Errorf("Unparsed after SaveParsed = %d rows, want 0", len(un))
	}
	// Both are waiting for the classifier, the broken one included.
	uc, err := db.Unclassified(ctx, 0)
	if err != nil || len(uc) != 2 || uc[0].ID != id1 || uc[1].ID != id2 {
		t.Fatalf("Unclassified = %d rows, %v, want %d and %d", len(uc), err, id1, id2)
	}

	for _, tc := range []struct {
		account, id string
		want        bool
	}{
		{"shop", "m1@marketplace.amazon.de", true},
		{"shop", "<m1@marketplace.amazon.de>", true},
		{"other", "m1@marketplace.amazon.de", false},
		{"shop", "nope@x", false},
		{"shop", "", false},
	} {
		if got, err := db.HasMessageID(ctx, tc.account, tc.id); err != nil || got != tc.want {
			t.Errorf("HasMessageID(%q, %q) = %v, %v, want %v", tc.account, tc.id, got, err, tc.want)
		}
	}
	if _, err := db.Message(ctx, 12345); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("Message(missing) error = %v, want ErrNotFound", err)
	}
}

func TestClassificationAndUndrafted(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	a := addMessage(t, db, buyerMsg("a@marketplace.amazon.de", "302-0000000-0000001", c.Now()))
	b := addMessage(t, db, buyerMsg("b@marketplace.amazon.de", "302-0000000-0000002", c.Now()))
	cl := aftersale.Classification{MessageID: a, Case: aftersale.CaseCancelOrder, Secondary: aftersale.CaseShippingInquiry,
		Confidence: 0.91, Reasons: []string{"rule: cancel"}, Language: "de", Notice: aftersale.NoticeCancellation,
		Facts: aftersale.Facts{OrderIDs: []string{"302-0000000-0000001"}, BuyerName: "Erika"}, Version: "c1"}
	if err := db.SaveClassification(ctx, cl); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveClassification(ctx, cl); !errors.Is(err, aftersale.ErrConflict) {
		t.Errorf("second SaveClassification error = %v, want ErrConflict", err)
	}
	if err := db.SaveClassification(ctx, aftersale.Classification{MessageID: 999, Case: aftersale.CaseOther, Version: "c1"}); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("SaveClassification(missing message) error = %v, want ErrNotFound", err)
	}
	for _, bad := range []aftersale.Classification{
		{MessageID: b, Case: "refund_please", Version: "c1"},
		{MessageID: b, Case: aftersale.CaseOther, Confidence: 1.5, Version: "c1"},
	} {
		if err := db.SaveClassification(ctx, bad); !errors.Is(err, aftersale.ErrInvalid) {
			t.Errorf("SaveClassification(%+v) error = %v, want ErrInvalid", bad, err)
		}
	}
	got, err := db.Classification(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	cl.At = c.Now()
	if diff := cmp.Diff(cl, got); diff != "" {
		t.Errorf("Classification mismatch (-want +got):\n%s", diff)
	}
	if _, err := db.Classification(ctx, b); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("Classification(unclassified) error = %v, want ErrNotFound", err)
	}
	uc, err := db.Unclassified(ctx, 0)
	if err != nil || len(uc) != 1 || uc[0].ID != b {
		t.Errorf("Unclassified = %v, %v, want only %d", uc, err, b)
	}

	pend, err := db.Undrafted(ctx, 0)
	if err != nil || len(pend) != 1 || pend[0].Message.ID != a || pend[0].Classification.Case != aftersale.CaseCancelOrder ||
		pend[0].Classification.Facts.BuyerName != "Erika" {
		t.Fatalf("Undrafted = %+v, %v, want message %d with its classification", pend, err, a)
	}
	if _, err := db.CreateDraft(ctx, aftersale.Draft{MessageID: a, Case: aftersale.CaseCancelOrder}); err != nil {
		t.Fatal(err)
	}
	if pend, _ := db.Undrafted(ctx, 0); len(pend) != 0 {
		t.Errorf("Undrafted after CreateDraft = %d rows, want 0", len(pend))
	}
}

func TestThreadOrder(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	alias, order := "t@marketplace.amazon.de", "302-1111111-2222222"
	t0 := c.Now()
	late := addMessage(t, db, buyerMsg(alias, order, t0.Add(-time.Hour)))
	early := addMessage(t, db, buyerMsg(alias, order, t0.Add(-3*time.Hour)))
	addMessage(t, db, buyerMsg("other@marketplace.amazon.de", order, t0.Add(-2*time.Hour))) // same order, other buyer
	key := buyerMsg(alias, order, t0).ThreadKey()
	th, err := db.Thread(ctx, key)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, m := range th {
		ids = append(ids, m.ID)
	}
	if diff := cmp.Diff([]int64{early, late}, ids); diff != "" {
		t.Errorf("Thread(%q) ids (-want +got):\n%s", key, diff)
	}
	if th, _ := db.Thread(ctx, ""); len(th) != 0 {
		t.Errorf("Thread(\"\") = %d messages, want 0", len(th))
	}
}

// TestStale: messages an older parser read, after a given id, oldest
// first; not the unparsed, the current or the purged ones.
func TestStale(t *testing.T) {
	clk := newClock()
	db := openClock(t, clk)
	ctx := t.Context()
	old1 := addMessage(t, db, buyerMsg("a@marketplace.amazon.de", "302-0000001-0000001", clk.Now()))
	cur := buyerMsg("b@marketplace.amazon.de", "302-0000002-0000002", clk.Now())
	cur.ParserVersion = 4
	addMessage(t, db, cur)
	old2 := addMessage(t, db, buyerMsg("c@marketplace.amazon.de", "302-0000003-0000003", clk.Now()))
	if _, _, err := db.InsertRawMessage(ctx, RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 7, UID: nextUID(),
		Raw: []byte("Subject: x\r\n\r\ny\r\n")}); err != nil { // never parsed
		t.Fatal(err)
	}
	ids := func(after int64) []int64 {
		t.Helper()
		rs, err := db.Stale(ctx, 4, after, 0)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, r := range rs {
			if len(r.Raw) == 0 || r.Account != "shop" {
				t.Errorf("Stale row %d: account %q, %d raw bytes", r.ID, r.Account, len(r.Raw))
			}
			out = append(out, r.ID)
		}
		return out
	}
	if got, want := ids(0), []int64{old1, old2}; !slices.Equal(got, want) {
		t.Errorf("Stale(4, 0) = %v, want %v", got, want)
	}
	if n, err := db.CountStale(ctx, 4); err != nil || n != 2 {
		t.Errorf("CountStale(4) = %d, %v; want 2", n, err)
	}
	if got, want := ids(old1), []int64{old2}; !slices.Equal(got, want) {
		t.Errorf("Stale(4, %d) = %v, want %v", old1, got, want)
	}
	// Purged: its raw bytes are gone, a re-parse would blank its facts.
	clk.Add(90 * 24 * time.Hour)
	if _, err := db.Purge(ctx, 30*24*time.Hour, false); err != nil {
		t.Fatal(err)
	}
	if got := ids(0); len(got) != 0 {
		t.Errorf("Stale after the purge = %v, want none", got)
	}
	if n, err := db.CountStale(ctx, 4); err != nil || n != 0 {
		t.Errorf("CountStale(4) after the purge = %d, %v; want 0", n, err)
	}
}

// TestMessageAuthColumn: a failed sender authentication survives the store
// in the form rows were always written in (flags_json holds the flag and
// an "auth:" entry), so rows written before Message.Auth read the same.
func TestMessageAuthColumn(t *testing.T) {
	ctx := t.Context()
	db := MustOpenTest(t)
	m := buyerMsg("a1@marketplace.amazon.de", "302-1111111-2222222", time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC))
	m.Flags = []string{aftersale.FlagAuthFailed, "html_only"}
	m.Auth = aftersale.Auth{Verdict: aftersale.AuthFailed, Detail: "dkim=fail spf=fail"}
	id := addMessage(t, db, m)
	var stored string
	if err := db.w.QueryRowContext(ctx, "SELECT flags_json FROM messages WHERE id = ?", id).Scan(&stored); err != nil {
		t.Fatal(err)
	}
	if want := `["auth:dkim=fail spf=fail","auth_failed","html_only"]`; stored != want {
		t.Errorf("flags_json = %s, want %s", stored, want)
	}
	got, err := db.Message(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Flags, m.Flags) || got.Auth != m.Auth {
		t.Errorf("read back flags %q auth %+v, want %q %+v", got.Flags, got.Auth, m.Flags, m.Auth)
	}

	// SaveBuyerTexts keeps it too.
	if err := db.SaveBuyerTexts(ctx, []BuyerText{{MessageID: id, Text: "x", Flags: got.Flags, Auth: got.Auth}}); err != nil {
		t.Fatal(err)
	}
	if got, err := db.Message(ctx, id); err != nil || got.Auth != m.Auth {
		t.Errorf("after SaveBuyerTexts auth %+v, %v; want %+v", got.Auth, err, m.Auth)
	}

	// No failure: nothing added.
	plain := addMessage(t, db, buyerMsg("a2@marketplace.amazon.de", "302-1111111-3333333", m.Date))
	if got, err := db.Message(ctx, plain); err != nil || got.Auth != (aftersale.Auth{}) || len(got.Flags) != 0 {
		t.Errorf("plain message: flags %q auth %+v, %v", got.Flags, got.Auth, err)
	}
}

// TestClassificationRisks: risks survive the store; a row stored before
// risks were kept reads them from its reasons.
func TestClassificationRisks(t *testing.T) {
	ctx := t.Context()
	db := MustOpenTest(t)
	date := time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)
	id := addMessage(t, db, buyerMsg("r1@marketplace.amazon.de", "302-1111111-4444444", date))
	c := aftersale.Classification{MessageID: id, Case: aftersale.CaseShippingInquiry, Confidence: 0.9, NeedsHuman: true,
		Reasons: []string{"legal threat (anwalt*)"}, Risks: []aftersale.Risk{aftersale.RiskLegal}, Version: "t"}
	if err := db.SaveClassification(ctx, c); err != nil {
		t.Fatal(err)
	}
	got, err := db.Classification(ctx, id)
	if err != nil || !slices.Equal(got.Risks, c.Risks) {
		t.Fatalf("Classification = %+v, %v; want risks %v", got.Risks, err, c.Risks)
	}

	old := addMessage(t, db, buyerMsg("r2@marketplace.amazon.de", "302-1111111-5555555", date))
	c.MessageID, c.Risks = old, nil
	c.Reasons = []string{"low confidence 0.40 for other (next: cancel 0.30)", "threatens an A-to-z claim or chargeback (a-to-z)", "abusive or accusing language"}
	if err := db.SaveClassification(ctx, c); err != nil {
		t.Fatal(err)
	}
	if _, err := db.w.ExecContext(ctx, `UPDATE classifications SET facts_json = '{}' WHERE message_id = ?`, old); err != nil {
		t.Fatal(err)
	}
	got, err = db.Classification(ctx, old)
	if want := []aftersale.Risk{aftersale.RiskAtoZ, aftersale.RiskAbuse}; err != nil || !slices.Equal(got.Risks, want) {
		t.Errorf("legacy row: risks %v, %v; want %v", got.Risks, err, want)
	}
}
