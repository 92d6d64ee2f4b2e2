package main

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// TestQueueShowsBothLanguagesAndRefusesBlocked checks the queue's
// promises on a German draft with an English seller copy: "queue show"
// prints both languages, the seller tasks and the findings, an edit that
// adds a link is checked again, and "approve" refuses the blocked draft
// until --override gives a reason.
func TestQueueShowsBothLanguagesAndRefusesBlocked(t *testing.T) {
	noConfig(t)
	ctx := context.Background()
	dbPath := filepath.Join(t.TempDir(), "a.db")
	db, err := store.Open(ctx, dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const oid = "302-1234567-7654321"
	now := time.Now()
	id, _, err := db.InsertRawMessage(ctx, store.RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 1, UID: 1,
		Raw: []byte("Subject: x\r\n\r\nx\r\n"), InternalDate: now})
	if err != nil {
		t.Fatal(err)
	}
	m := aftersale.Message{ID: id, Account: "shop", MessageID: "b1@marketplace.amazon.de", FromAddr: "abc@marketplace.amazon.de",
		Subject: "Bestellung stornieren", Text: "Bitte stornieren", BuyerText: "Bitte stornieren", OrderIDs: []string{oid},
		RelayAlias: "abc@marketplace.amazon.de", Sender: aftersale.SenderBuyer, BuyerName: "Anna", Marketplace: "amazon.de", Date: now}
	if err := db.SaveParsed(ctx, id, m, nil); err != nil {
		t.Fatal(err)
	}
	c := aftersale.Classification{MessageID: id, Case: aftersale.CaseCancelOrder, Notice: aftersale.NoticeCancellation, Confidence: 1, Language: "de", At: now}
	if err := db.SaveClassification(ctx, c); err != nil {
		t.Fatal(err)
	}
	o := aftersale.Order{ID: oid, Status: aftersale.StatusUnshipped, Channel: aftersale.ChannelFBM, Currency: "EUR", ItemValue: 1999}
	if _, err := db.UpsertOrder(ctx, o); err != nil {
		t.Fatal(err)
	}
	s := respond.Settings{SellerName: "Lindenhof", SellerLanguage: "en"}
	d, err := respond.BuildDraft(respond.Input{Message: m, Class: c, Order: o, Now: now}, s)
	if err != nil {
		t.Fatal(err)
	}
	did, err := db.CreateDraft(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	ids := strconv.FormatInt(did, 10)

	out := mustCLI(t, "--db", dbPath, "queue", "show", ids)
	for _, want := range []string{"── Reply (de)", "Hallo Anna,", "── The same reply in en ──", "Dear Anna,", "── Seller tasks ──", "cancel the order in Seller Central"} {
		if !strings.Contains(out, want) {
			t.Errorf("queue show lacks %q:\n%s", want, out)
		}
	}

	body := strings.Replace(d.Body, "Mit freundlichen Grüßen", "Mehr unter lindenhof-living.de\n\nMit freundlichen Grüßen", 1)
	var stdout, stderr strings.Builder
	code := run(t.Context(), []string{"--db", dbPath, "queue", "edit", ids, "--file", "-"}, strings.NewReader(body), &stdout, &stderr)
	if code != 0 || !strings.Contains(stdout.String(), "[block] link") {
		t.Fatalf("queue edit: exit %d\n%s%s\nwant the link reported", code, stdout.String(), stderr.String())
	}
	out = mustCLI(t, "--db", dbPath, "queue", "show", ids)
	if !strings.Contains(out, "── Policy check ──") || !strings.Contains(out, "[block] link") {
		t.Errorf("queue show lacks the finding:\n%s", out)
	}
	if _, errs, code := cli(t, "--db", dbPath, "queue", "approve", ids); code != 1 || !strings.Contains(errs, "override") {
		t.Errorf("approve of a blocked draft: exit %d, stderr %q; want exit 1 naming --override", code, errs)
	}
	mustCLI(t, "--db", dbPath, "queue", "approve", ids, "--override", "the buyer asked for our manual page")
}
