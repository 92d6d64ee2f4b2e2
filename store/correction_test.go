package store

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/aftersale/aftersale"
)

func correctionFor(messageID int64, text string, c aftersale.Case) aftersale.Correction {
	return aftersale.Correction{MessageID: messageID, Text: text, Language: "de", Marketplace: "amazon.de",
		Case: c, Previous: aftersale.CaseOther, Source: aftersale.CorrectionReclassify, By: "anna"}
}

func TestSaveCorrection(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	m1 := addMessage(t, db, buyerMsg("a1@marketplace.amazon.de", "302-0000001-0000001", c.Now()))
	m2 := addMessage(t, db, buyerMsg("a2@marketplace.amazon.de", "302-0000002-0000002", c.Now()))

	_, err := db.SaveCorrection(ctx, correctionFor(m1, "Das Paket ist nie gekommen, <name>", aftersale.CaseShippingInquiry))
	if err != nil {
		t.Fatalf("SaveCorrection = %v", err)
	}
	// The person changes their mind: the message's correction is replaced.
	c.Add(time.Minute)
	re := correctionFor(m1, "Das Paket ist nie gekommen, <name>", aftersale.CaseReturnDissatisfied)
	re.SubReason = aftersale.SubNotReceived
	id2, err := db.SaveCorrection(ctx, re)
	if err != nil {
		t.Fatalf("SaveCorrection(again) = %v", err)
	}
	// Another buyer wrote the same words: stored once, linked to nothing new.
	if id, err := db.SaveCorrection(ctx, correctionFor(m2, "Wo bleibt mein Paket?", aftersale.CaseShippingInquiry)); err != nil || id == id2 {
		t.Fatalf("SaveCorrection(m2) = %d, %v", id, err)
	}
	got, err := db.Corrections(ctx, CorrectionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != id2 || got[0].MessageID != m1 || got[0].Case != aftersale.CaseReturnDissatisfied ||
		got[0].SubReason != aftersale.SubNotReceived || !got[0].At.Equal(c.Now()) || got[0].By != "anna" ||
		got[0].Previous != aftersale.CaseOther || got[0].Marketplace != "amazon.de" {
		t.Errorf("Corrections = %+v, want the replaced correction of message %d and one of %d", got, m1, m2)
	}
	if got, _ := db.Corrections(ctx, CorrectionFilter{Case: aftersale.CaseShippingInquiry}); len(got) != 1 || got[0].MessageID != m2 {
		t.Errorf("Corrections(shipping_inquiry) = %+v", got)
	}

	for _, bad := range []aftersale.Correction{
		correctionFor(0, "x", aftersale.CaseOther),
		correctionFor(m2, "", aftersale.CaseOther),
		correctionFor(m2, "x", "nonsense"),
	} {
		if _, err := db.SaveCorrection(ctx, bad); !errors.Is(err, aftersale.ErrInvalid) {
			t.Errorf("SaveCorrection(%+v) = %v, want ErrInvalid", bad, err)
		}
	}
	if _, err := db.SaveCorrection(ctx, correctionFor(999, "x", aftersale.CaseOther)); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("SaveCorrection(unknown message) = %v, want ErrNotFound", err)
	}
}

func TestImportCorrections(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	cs := []aftersale.Correction{
		{Text: "cancel pls", Language: "en", Case: aftersale.CaseCancelOrder, By: "import"},
		{Text: "arrived broken", Language: "en", Case: aftersale.CaseReturnDissatisfied, SubReason: aftersale.SubDamaged, By: "import"},
	}
	g0, _ := db.CorrectionsGeneration(ctx)
	if n, err := db.ImportCorrections(ctx, cs); err != nil || n != 2 {
		t.Fatalf("ImportCorrections = %d, %v; want 2", n, err)
	}
	if n, err := db.ImportCorrections(ctx, cs); err != nil || n != 0 {
		t.Errorf("ImportCorrections(again) = %d, %v; want 0", n, err)
	}
	g1, _ := db.CorrectionsGeneration(ctx)
	if g1 == g0 {
		t.Errorf("CorrectionsGeneration did not change on import")
	}
	bad := append(cs, aftersale.Correction{Text: "x", Language: "english", Case: aftersale.CaseOther, By: "import"},
		aftersale.Correction{Text: "new", Language: "en", Case: aftersale.CaseOther, By: "import"})
	if _, err := db.ImportCorrections(ctx, bad); !errors.Is(err, aftersale.ErrInvalid) {
		t.Errorf("ImportCorrections(bad language) = %v, want ErrInvalid", err)
	}
	got, _ := db.Corrections(ctx, CorrectionFilter{})
	if len(got) != 2 || got[0].Source != aftersale.CorrectionImport || got[0].MessageID != 0 {
		t.Errorf("Corrections after a refused import = %+v, want the first two only", got)
	}
	if n, err := db.DeleteCorrections(ctx, []int64{got[0].ID}); err != nil || n != 1 {
		t.Errorf("DeleteCorrections = %d, %v", n, err)
	}
	if g2, _ := db.CorrectionsGeneration(ctx); g2 == g1 {
		t.Errorf("CorrectionsGeneration did not change on delete")
	}
}

// TestCorrectionsSurvive: a correction of a message whose reply was sent
// stays through a restart, the retention purge and a backup restored.
func TestCorrectionsSurvive(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	draft := reach(t, db, aftersale.DraftSent)
	d, err := db.Draft(ctx, draft)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveCorrection(ctx, correctionFor(d.MessageID, "Wo ist mein Paket? <name>", aftersale.CaseShippingInquiry)); err != nil {
		t.Fatalf("SaveCorrection(message of a sent draft) = %v", err)
	}
	want, _ := db.Corrections(ctx, CorrectionFilter{})

	c.Add(DefaultRetention + 48*time.Hour)
	res, err := db.Purge(ctx, DefaultRetention, false)
	if err != nil || res.Messages == 0 {
		t.Fatalf("Purge = %+v, %v; want the thread purged", res, err)
	}
	if left := piiLeft(t, db, draft); len(left) > 0 {
		t.Fatalf("purge left %q", left)
	}
	got, _ := db.Corrections(ctx, CorrectionFilter{})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("corrections changed by the purge (-want +got):\n%s", diff)
	}

	backup := filepath.Join(t.TempDir(), "backup.db")
	if err := db.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	// Restart, and restore: both open a file the same way.
	for _, path := range []string{db.Path(), backup} {
		other, err := Open(ctx, path, Options{Now: c.Now})
		if err != nil {
			t.Fatal(err)
		}
		got, err := other.Corrections(ctx, CorrectionFilter{})
		other.Close()
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("corrections in %s (-want +got):\n%s", filepath.Base(path), diff)
		}
	}
}

func TestModelCache(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	if _, err := db.CachedModel(ctx, "k1"); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("CachedModel(none) = %v, want ErrNotFound", err)
	}
	if err := db.SaveCachedModel(ctx, "k1", "v", []byte{1, 2}); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveCachedModel(ctx, "k2", "v", []byte{3}); err != nil {
		t.Fatal(err)
	}
	if b, err := db.CachedModel(ctx, "k2"); err != nil || len(b) != 1 || b[0] != 3 {
		t.Errorf("CachedModel(k2) = %v, %v", b, err)
	}
	if _, err := db.CachedModel(ctx, "k1"); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("CachedModel(k1) after k2 = %v, want ErrNotFound (only the newest is kept)", err)
	}
}

// TestDraftOriginalKept: the first edit keeps the drafter's text, later
// edits do not replace it, and the purge blanks it with the draft.
func TestDraftOriginalKept(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	id := addDraft(t, db, func(d *aftersale.Draft) { d.Body = "Hallo Erika,\nwir prüfen das.\n" })
	plain := addDraft(t, db, nil)
	for _, body := range []string{"Hallo Erika,\nwir prüfen das heute noch.\n", "Hallo Erika,\nwir prüfen das sofort.\n"} {
		if err := db.UpdateDraftBody(ctx, id, body, nil, nil, "anna"); err != nil {
			t.Fatal(err)
		}
	}
	approve(t, db, id)
	edits, err := db.DraftEdits(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var got, other DraftEdit
	for _, e := range edits {
		switch e.DraftID {
		case id:
			got = e
		case plain:
			other = e
		}
	}
	if !got.Edited || got.Original != "Hallo Erika,\nwir prüfen das.\n" || got.Body != "Hallo Erika,\nwir prüfen das sofort.\n" || got.ApprovedBy != "anna" {
		t.Errorf("DraftEdits(edited) = %+v", got)
	}
	if other.Edited || other.Original != "" || other.ApprovedBy != "" {
		t.Errorf("DraftEdits(untouched) = %+v", other)
	}
	// Sent, then past retention: purged.
	if d, err := db.ClaimOutbox(ctx); err != nil || d.ID != id {
		t.Fatalf("ClaimOutbox = %d, %v", d.ID, err)
	}
	if err := db.MarkSent(ctx, id, aftersale.SentReply{SMTPReply: "250 ok", Verdict: "ok"}); err != nil {
		t.Fatal(err)
	}
	c.Add(DefaultRetention + 48*time.Hour)
	if _, err := db.Purge(ctx, DefaultRetention, false); err != nil {
		t.Fatal(err)
	}
	var orig string
	if err := db.w.QueryRowContext(ctx, "SELECT body FROM draft_originals WHERE draft_id = ?", id).Scan(&orig); err != nil || orig != "" {
		t.Errorf("draft_originals after the purge = %q, %v; want blank", orig, err)
	}
}
