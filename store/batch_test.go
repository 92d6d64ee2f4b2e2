package store

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
)

func TestInsertRawMessagesBatch(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	raw := func(uid uint32) RawMessage {
		return RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 9, UID: uid, Raw: []byte(fmt.Sprintf("Subject: %d\r\n\r\nx\r\n", uid))}
	}
	if _, _, err := db.InsertRawMessage(ctx, raw(2)); err != nil {
		t.Fatal(err)
	}
	skip := raw(7)
	skip.Skip = true
	res, err := db.InsertRawMessages(ctx, []RawMessage{raw(1), raw(2), raw(3), skip})
	if err != nil {
		t.Fatalf("InsertRawMessages: %v", err)
	}
	wantInserted := []bool{true, false, true, false}
	for i, r := range res {
		if r.Inserted != wantInserted[i] {
			t.Errorf("result %d: Inserted = %v, want %v", i, r.Inserted, wantInserted[i])
		}
		if (r.ID == 0) != (i == 3) {
			t.Errorf("result %d: ID = %d; want an id except for the skipped message", i, r.ID)
		}
	}
	c, err := db.Cursor(ctx, "shop", "INBOX")
	if err != nil {
		t.Fatal(err)
	}
	if want := (Cursor{UIDValidity: 9, LastUID: 7}); c != want {
		t.Errorf("cursor = %+v, want %+v (advanced past the skipped uid)", c, want)
	}
	un, err := db.Unparsed(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(un) != 3 {
		t.Fatalf("Unparsed: %d rows, want 3 (uids 1, 2, 3; nothing for the skipped 7)", len(un))
	}
	// An invalid message refuses the whole batch: nothing stored, cursor kept.
	if _, err := db.InsertRawMessages(ctx, []RawMessage{raw(8), {Account: "shop", Folder: "INBOX", UIDValidity: 9}}); !errors.Is(err, aftersale.ErrInvalid) {
		t.Fatalf("InsertRawMessages with a uid 0 message: err = %v, want ErrInvalid", err)
	}
	if c2, _ := db.Cursor(ctx, "shop", "INBOX"); c2 != c {
		t.Errorf("cursor after a refused batch = %+v, want %+v", c2, c)
	}

	ps := make([]Parsed, len(un))
	for i, r := range un {
		m := buyerMsg(fmt.Sprintf("b%d@marketplace.amazon.de", i), fmt.Sprintf("302-%07d-0000001", i), time.Date(2024, 3, 4, 9, 0, 0, 0, time.UTC))
		ps[i] = Parsed{ID: r.ID, Message: m}
	}
	ps[2].Err = errors.New("broken multipart")
	if err := db.SaveParsedBatch(ctx, ps); err != nil {
		t.Fatalf("SaveParsedBatch: %v", err)
	}
	got, err := db.Message(ctx, ps[2].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.ParseErr != "broken multipart" || got.Subject != ps[2].Message.Subject {
		t.Errorf("message %d: ParseErr %q, Subject %q; want the batch's values", ps[2].ID, got.ParseErr, got.Subject)
	}
	if err := db.SaveParsedBatch(ctx, []Parsed{{ID: 99999}}); !errors.Is(err, aftersale.ErrNotFound) {
		t.Errorf("SaveParsedBatch of a missing id: err = %v, want ErrNotFound", err)
	}
}

func TestSaveClassificationsAndCreateDrafts(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	now := time.Date(2024, 3, 4, 9, 0, 0, 0, time.UTC)
	var ids []int64
	for i := range 4 {
		ids = append(ids, addMessage(t, db, buyerMsg("same@marketplace.amazon.de", "302-1111111-2222222", now.Add(time.Duration(i)*time.Minute))))
	}
	cl := func(id int64) aftersale.Classification {
		return aftersale.Classification{MessageID: id, Case: aftersale.CaseShippingInquiry, Confidence: 0.9, Version: "t"}
	}
	if err := db.SaveClassification(ctx, cl(ids[0])); err != nil {
		t.Fatal(err)
	}
	saved, err := db.SaveClassifications(ctx, []aftersale.Classification{cl(ids[0]), cl(ids[1]), cl(ids[2]), cl(ids[3])})
	if err != nil {
		t.Fatalf("SaveClassifications: %v", err)
	}
	if want := []bool{false, true, true, true}; fmt.Sprint(saved) != fmt.Sprint(want) {
		t.Errorf("saved = %v, want %v (the first was classified already)", saved, want)
	}
	bad := cl(ids[0])
	bad.Confidence = 2
	if _, err := db.SaveClassifications(ctx, []aftersale.Classification{bad}); !errors.Is(err, aftersale.ErrInvalid) {
		t.Errorf("SaveClassifications(confidence 2): err = %v, want ErrInvalid", err)
	}
	if un, err := db.Unclassified(ctx, 0); err != nil || len(un) != 0 {
		t.Errorf("Unclassified = %d rows, %v; want none", len(un), err)
	}
	pend, err := db.Undrafted(ctx, 0)
	if err != nil || len(pend) != 4 {
		t.Fatalf("Undrafted = %d rows, %v; want 4", len(pend), err)
	}

	draft := func(id int64) aftersale.Draft {
		return aftersale.Draft{MessageID: id, Case: aftersale.CaseShippingInquiry, Action: "give_tracking",
			OrderID: "302-1111111-2222222", To: "same@marketplace.amazon.de", Subject: "Re", Body: "Hello",
			Tasks: []aftersale.Task{{Kind: aftersale.TaskKind("check_tracking"), Description: "look"}}}
	}
	first, err := db.CreateDraft(ctx, draft(ids[0]))
	if err != nil {
		t.Fatal(err)
	}
	invalid := draft(ids[2])
	invalid.State = aftersale.DraftSent
	res, err := db.CreateDrafts(ctx, []aftersale.Draft{draft(ids[0]), draft(ids[1]), invalid, draft(ids[3]), draft(424242)})
	if err != nil {
		t.Fatalf("CreateDrafts: %v", err)
	}
	wantErr := []error{aftersale.ErrConflict, nil, aftersale.ErrInvalid, nil, aftersale.ErrNotFound}
	for i, r := range res {
		if !errors.Is(r.Err, wantErr[i]) || (wantErr[i] == nil) != (r.ID != 0) {
			t.Errorf("draft %d: result %+v, want err %v", i, r, wantErr[i])
		}
	}
	// Deadlines are computed as CreateDraft does: the first unanswered
	// buyer message of the thread + 24h.
	for _, r := range []DraftResult{{ID: first}, res[1], res[3]} {
		d, err := db.Draft(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if want := now.Add(ReplyWindow); !d.Deadline.Equal(want) {
			t.Errorf("draft %d: deadline %v, want %v", r.ID, d.Deadline, want)
		}
		if len(d.Tasks) != 1 {
			t.Errorf("draft %d: %d tasks, want 1", r.ID, len(d.Tasks))
		}
		a, err := db.Audit(ctx, r.ID)
		if err != nil || len(a) != 1 || a[0].Action != "create" {
			t.Errorf("draft %d: audit %+v, %v; want one create entry", r.ID, a, err)
		}
	}
	// The refused drafts left nothing behind; the message of the invalid
	// one is still waiting.
	pend, err = db.Undrafted(ctx, 0)
	if err != nil || len(pend) != 1 || pend[0].Message.ID != ids[2] {
		t.Errorf("Undrafted after the batch = %d rows, %v; want only message %d", len(pend), err, ids[2])
	}
	var tasks int
	if err := db.r.QueryRowContext(ctx, "SELECT count(*) FROM tasks").Scan(&tasks); err != nil || tasks != 3 {
		t.Errorf("tasks = %d, %v; want 3 (none from refused drafts)", tasks, err)
	}
}

// TestWorklistsUseIndexes: the work lists read only the rows still waiting
// (a partial index each), never a scan of every message: an idle pass of
// the workers over a large database costs what it returns.
func TestWorklistsUseIndexes(t *testing.T) {
	db := MustOpenTest(t)
	for _, tc := range []struct {
		name, sql, index string
	}{
		{"Unparsed", unparsedSQL, "messages_unparsed"},
		{"Unclassified", unclassifiedSQL, "messages_unclassified"},
		{"Undrafted", undraftedSQL, "messages_undrafted"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows, err := db.r.QueryContext(t.Context(), "EXPLAIN QUERY PLAN "+tc.sql, 50)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var plan []string
			for rows.Next() {
				var id, parent, notused int
				var detail string
				if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
					t.Fatal(err)
				}
				plan = append(plan, detail)
			}
			p := strings.Join(plan, "\n")
			fullScan := false
			for _, l := range plan {
				// "SCAN m USING INDEX x" walks the partial index x; a bare
				// "SCAN m" reads the whole table.
				fullScan = fullScan || strings.HasPrefix(l, "SCAN") && !strings.Contains(l, "USING")
			}
			if !strings.Contains(p, "INDEX "+tc.index) || fullScan {
				t.Errorf("plan of %s does not use %s:\n%s", tc.name, tc.index, p)
			}
		})
	}
}

// TestWorklistFlagsFollowRows: the classified and drafted flags follow
// their rows, whoever inserts or deletes them (triggers).
func TestWorklistFlagsFollowRows(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	id := addMessage(t, db, buyerMsg("x@marketplace.amazon.de", "302-1111111-3333333", time.Date(2024, 3, 4, 9, 0, 0, 0, time.UTC)))
	flags := func() string {
		var c, d int
		if err := db.r.QueryRowContext(ctx, "SELECT classified, drafted FROM messages WHERE id = ?", id).Scan(&c, &d); err != nil {
			t.Fatal(err)
		}
		return fmt.Sprintf("%d%d", c, d)
	}
	if got := flags(); got != "00" {
		t.Errorf("new message: flags %s, want 00", got)
	}
	if err := db.SaveClassification(ctx, aftersale.Classification{MessageID: id, Case: aftersale.CaseOther, Confidence: 0.5, Version: "t"}); err != nil {
		t.Fatal(err)
	}
	if got := flags(); got != "10" {
		t.Errorf("classified: flags %s, want 10", got)
	}
	if _, err := db.CreateDraft(ctx, aftersale.Draft{MessageID: id, Case: aftersale.CaseOther, Body: "x", To: "x@marketplace.amazon.de"}); err != nil {
		t.Fatal(err)
	}
	if got := flags(); got != "11" {
		t.Errorf("drafted: flags %s, want 11", got)
	}
	if _, err := db.w.ExecContext(ctx, "DELETE FROM classifications WHERE message_id = ?", id); err != nil {
		t.Fatal(err)
	}
	if got := flags(); got != "01" {
		t.Errorf("classification deleted: flags %s, want 01", got)
	}
}
