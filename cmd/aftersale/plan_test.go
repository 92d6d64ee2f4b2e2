package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/respond"
	"github.com/aftersale/aftersale/store"
)

// TestQueueShowPlan: queue show says what the buyer asked for and gave,
// and what the reply offers and asks because of it, in text and JSON.
func TestQueueShowPlan(t *testing.T) {
	noConfig(t)
	ctx := context.Background()
	dbPath := filepath.Join(t.TempDir(), "a.db")
	db, err := store.Open(ctx, dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const oid = "503-0927461-8815207"
	now := time.Now()
	text := "本棚が届きましたが、組み立て用のネジが4本足りません。不足分のネジを送っていただけますか。"
	id, _, err := db.InsertRawMessage(ctx, store.RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 1, UID: 1,
		Raw: []byte("Subject: x\r\n\r\nx\r\n"), InternalDate: now})
	if err != nil {
		t.Fatal(err)
	}
	m := aftersale.Message{ID: id, Account: "shop", MessageID: "b1@marketplace.amazon.co.jp", FromAddr: "abc@marketplace.amazon.co.jp",
		Subject: "お問い合わせ", Text: text, BuyerText: text, OrderIDs: []string{oid},
		RelayAlias: "abc@marketplace.amazon.co.jp", Sender: aftersale.SenderBuyer, BuyerName: "鈴木", Marketplace: "amazon.co.jp", Date: now}
	if err := db.SaveParsed(ctx, id, m, nil); err != nil {
		t.Fatal(err)
	}
	c := aftersale.Classification{MessageID: id, Case: aftersale.CaseReturnDissatisfied, SubReason: aftersale.SubMissingParts,
		Confidence: 0.9, Language: "ja", At: now,
		Facts: aftersale.Facts{OrderIDs: []string{oid}, Asks: []aftersale.Ask{aftersale.AskSendParts},
			Given: aftersale.Given{MissingPart: "ネジ", MissingCount: 4}}}
	if err := db.SaveClassification(ctx, c); err != nil {
		t.Fatal(err)
	}
	o := aftersale.Order{ID: oid, Status: aftersale.StatusDelivered, Channel: aftersale.ChannelFBM, Currency: "JPY", ItemValue: 1280000}
	if _, err := db.UpsertOrder(ctx, o); err != nil {
		t.Fatal(err)
	}
	d, err := respond.BuildDraft(respond.Input{Message: m, Class: c, Order: o, Now: now}, respond.Settings{SellerName: "Shop"})
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
	for _, want := range []string{"── Plan: why the reply says this ──", "Buyer asks: send_parts", "Buyer gave: missing part: ネジ ×4",
		"Offers:     send_parts", "Asks buyer: -", "no missing_part request: the buyer named it (ネジ ×4)",
		"send the missing part to the address on the order: ネジ ×4"} {
		if !strings.Contains(out, want) {
			t.Errorf("queue show lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Note: with today's") {
		t.Errorf("queue show says the decision changed:\n%s", out)
	}
	var got struct {
		Plan planJSON `json:"plan"`
	}
	if err := json.Unmarshal([]byte(mustCLI(t, "--db", dbPath, "queue", "show", "--json", ids)), &got); err != nil {
		t.Fatal(err)
	}
	if got.Plan.Action != respond.ActionDissatisfiedMissingParts || len(got.Plan.Offers) != 1 || got.Plan.Offers[0] != "send_parts" ||
		len(got.Plan.Requests) != 0 || got.Plan.Differs {
		t.Errorf("plan %+v", got.Plan)
	}
}
