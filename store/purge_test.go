package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
)

// piiLeft returns the personal data still stored for draft id's thread.
func piiLeft(t *testing.T, db *DB, draftID int64) []string {
	t.Helper()
	var out []string
	row := db.w.QueryRowContext(t.Context(), `SELECT m.raw, m.text, m.buyer_text, m.from_name, m.from_addr, m.subject,
	m.relay_alias, d.body, d.seller_body, d.to_addr, d.subject, COALESCE(s.body, ''), COALESCE(s.to_addr, ''),
	d.last_error, (SELECT COALESCE(group_concat(detail, ''), '') FROM audit a WHERE a.draft_id = d.id)
FROM drafts d JOIN messages m ON m.id = d.message_id LEFT JOIN sent_log s ON s.draft_id = d.id WHERE d.id = ?`, draftID)
	var raw []byte
	vals := make([]string, 14)
	ptrs := []any{&raw}
	for i := range vals {
		ptrs = append(ptrs, &vals[i])
	}
	if err := row.Scan(ptrs...); err != nil {
		t.Fatal(err)
	}
	if len(raw) > 0 {
		out = append(out, "raw")
	}
	for _, v := range vals {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

func TestPurge(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	sent := reach(t, db, aftersale.DraftSent)
	rejected := reach(t, db, aftersale.DraftRejected)
	open := reach(t, db, aftersale.DraftProposed)
	if _, err := db.Purge(ctx, 0, true); err == nil {
		t.Errorf("Purge(retention 0) = nil error, want one")
	}

	// Inside the retention period nothing goes.
	c.Add(29 * 24 * time.Hour)
	res, err := db.Purge(ctx, DefaultRetention, false)
	if err != nil || res.Messages != 0 || res.KeptOpen != 0 {
		t.Fatalf("Purge after 29 days = %+v, %v; want nothing", res, err)
	}
	if left := piiLeft(t, db, sent); len(left) == 0 {
		t.Fatalf("personal data of a recent thread is gone")
	}

	c.Add(2 * 24 * time.Hour)
	dry, err := db.Purge(ctx, DefaultRetention, true)
	if err != nil {
		t.Fatal(err)
	}
	// Audit details: the sent draft's create, approve and sent; the
	// rejected one's create and reject.
	want := PurgeResult{Before: c.Now().Add(-DefaultRetention), Threads: 2, Messages: 2, Drafts: 2, Sent: 1, Audit: 5, KeptOpen: 1}
	if dry != want {
		t.Errorf("dry run = %+v, want %+v", dry, want)
	}
	if left := piiLeft(t, db, sent); len(left) == 0 {
		t.Fatalf("dry run removed personal data")
	}
	got, err := db.Purge(ctx, DefaultRetention, false)
	if err != nil || got != want {
		t.Fatalf("Purge = %+v, %v; want %+v", got, err, want)
	}
	for _, id := range []int64{sent, rejected} {
		if left := piiLeft(t, db, id); len(left) > 0 {
			t.Errorf("draft %d: personal data left after purge: %q", id, left)
		}
	}
	if left := piiLeft(t, db, open); len(left) == 0 {
		t.Errorf("draft %d still waits for a person but its thread was purged", open)
	}
	// The anonymised facts stay: the sent-log row, its case and order.
	rows, err := db.Sent(ctx, SentFilter{})
	if err != nil || len(rows) != 1 {
		t.Fatalf("Sent after purge = %d rows, %v; want 1", len(rows), err)
	}
	if r := rows[0]; r.OrderID == "" || r.Case != aftersale.CaseShippingInquiry || r.SMTPReply != "250 ok" || r.SentAt.IsZero() {
		t.Errorf("sent-log facts lost: %+v", r)
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Purged != 2 || st.Sent != 1 || st.Drafts[aftersale.DraftSent] != 1 {
		t.Errorf("Stats after purge: purged %d, sent %d, drafts %v", st.Purged, st.Sent, st.Drafts)
	}
	// A second purge finds nothing new.
	if again, err := db.Purge(ctx, DefaultRetention, false); err != nil || again.Messages != 0 || again.KeptOpen != 1 {
		t.Errorf("second Purge = %+v, %v; want nothing but the open thread", again, err)
	}
}

// TestPurgeBlanksSendErrors: an SMTP server's refusal names the buyer's
// relay alias; it is kept for a person (the draft's last error and its
// audit entry) until the conversation is purged, then blanked, while who
// did what and when stays; a recent thread keeps its details.
func TestPurgeBlanksSendErrors(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	const refusal = "550 5.1.1 <k3v9x2mq8z1tq4b@marketplace.amazon.de>: Recipient address rejected"
	old := reach(t, db, aftersale.DraftSending)
	if err := db.MarkSendFailed(ctx, old, refusal, false, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if err := db.RejectDraft(ctx, old, "anna", "buyer answered by phone"); err != nil {
		t.Fatal(err)
	}
	c.Add(31 * 24 * time.Hour)
	recent := reach(t, db, aftersale.DraftSending)
	if err := db.MarkSendFailed(ctx, recent, refusal, false, time.Time{}); err != nil {
		t.Fatal(err)
	}
	res, err := db.Purge(ctx, DefaultRetention, false)
	if err != nil || res.Drafts != 1 || res.Audit != 4 {
		t.Fatalf("Purge = %+v, %v; want 1 draft with 4 audit details (create, approve, send_failed, reject)", res, err)
	}
	if left := piiLeft(t, db, old); len(left) > 0 {
		t.Errorf("personal data left after purge: %q", left)
	}
	entries, err := db.Audit(ctx, old)
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, e := range entries {
		actions = append(actions, e.Actor+" "+e.Action)
		if e.Detail != "" {
			t.Errorf("audit %s %s detail %q after purge, want blank", e.Actor, e.Action, e.Detail)
		}
	}
	if got := strings.Join(actions, ", "); got != "drafter create, anna approve, sender claim, sender send_failed, anna reject" {
		t.Errorf("audit trail after purge: %s", got)
	}
	d, err := db.Draft(ctx, recent)
	if err != nil || d.LastError != refusal {
		t.Errorf("recent draft's last error = %q, %v; want it kept", d.LastError, err)
	}
	if entries, _ := db.Audit(ctx, recent); !strings.Contains(entries[len(entries)-1].Detail, "k3v9x2mq8z1tq4b") {
		t.Errorf("recent draft's audit detail purged: %+v", entries)
	}
}

// TestAuditStillAppendOnly checks that the purge's exception in the
// audit trigger allows nothing else.
func TestAuditStillAppendOnly(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	reach(t, db, aftersale.DraftSent)
	for _, q := range []string{
		"UPDATE audit SET detail = 'changed'",
		"UPDATE audit SET detail = ''", // purged_at not set
		"UPDATE audit SET detail = '', purged_at = 1, actor = 'mallory'",
		"UPDATE audit SET detail = '', purged_at = 1, at = 0",
		"DELETE FROM audit",
	} {
		if _, err := db.w.ExecContext(ctx, q); err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Errorf("%s: error = %v, want append-only", q, err)
		}
	}
	if _, err := db.w.ExecContext(ctx, "UPDATE audit SET detail = '', purged_at = 1"); err != nil {
		t.Errorf("the purge's own update is refused: %v", err)
	}
	if _, err := db.w.ExecContext(ctx, "UPDATE audit SET purged_at = 2"); err == nil {
		t.Errorf("purging twice (changing purged_at) is allowed")
	}
}

// TestSentLogStillAppendOnly checks that the purge's exception in the
// trigger allows nothing else.
func TestSentLogStillAppendOnly(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	reach(t, db, aftersale.DraftSent)
	for _, q := range []string{
		"UPDATE sent_log SET body = 'changed'",
		"UPDATE sent_log SET body = '', to_addr = '', subject = ''", // purged_at not set
		"UPDATE sent_log SET body = '', to_addr = '', subject = '', purged_at = 1, case_type = 'other'",
		"DELETE FROM sent_log",
	} {
		if _, err := db.w.ExecContext(ctx, q); err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Errorf("%s: error = %v, want append-only", q, err)
		}
	}
	if _, err := db.w.ExecContext(ctx, "UPDATE sent_log SET body = '', to_addr = '', subject = '', purged_at = 1"); err != nil {
		t.Errorf("the purge's own update is refused: %v", err)
	}
	if _, err := db.w.ExecContext(ctx, "UPDATE sent_log SET purged_at = 2"); err == nil {
		t.Errorf("purging twice (changing purged_at) is allowed")
	}
}

func TestPurgeKeepsDeliveredOrderThreads(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	id := reach(t, db, aftersale.DraftSent)
	d, err := db.Draft(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	// The order is delivered 20 days after the conversation.
	delivered := c.Now().Add(20 * 24 * time.Hour)
	if _, err := db.UpsertOrder(ctx, aftersale.Order{ID: d.OrderID, Status: aftersale.StatusDelivered, DeliveryDate: delivered}); err != nil {
		t.Fatal(err)
	}
	c.Add(40 * 24 * time.Hour)
	if res, err := db.Purge(ctx, DefaultRetention, true); err != nil || res.Messages != 0 {
		t.Errorf("Purge 20 days after delivery = %+v, %v; want nothing", res, err)
	}
	c.Add(11 * 24 * time.Hour)
	if res, err := db.Purge(ctx, DefaultRetention, true); err != nil || res.Messages != 1 {
		t.Errorf("Purge 31 days after delivery = %+v, %v; want 1 message", res, err)
	}
}

func TestBackup(t *testing.T) {
	db := MustOpenTest(t)
	ctx := t.Context()
	id := reach(t, db, aftersale.DraftSent)
	dest := filepath.Join(t.TempDir(), "copy.db")
	if err := db.Backup(ctx, dest); err != nil {
		t.Fatalf("Backup: %v", err)
	}
	fi, err := os.Stat(dest)
	if err != nil {
		t.Fatal(err)
	}
	if m := fi.Mode().Perm(); m != 0o600 {
		t.Errorf("backup mode = %v, want 0600", m)
	}
	cp, err := Open(ctx, dest, Options{})
	if err != nil {
		t.Fatalf("opening the backup: %v", err)
	}
	defer cp.Close()
	if d, err := cp.Draft(ctx, id); err != nil || d.State != aftersale.DraftSent {
		t.Errorf("backup Draft(%d) = %v, %v; want sent", id, d.State, err)
	}
	if err := cp.Check(ctx); err != nil {
		t.Error(err)
	}
	if err := db.Backup(ctx, dest); err == nil || !strings.Contains(err.Error(), "exists") {
		t.Errorf("Backup over an existing file = %v, want an error saying it exists", err)
	}
}

func TestDatabaseFileIsPrivate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.db")
	db, err := Open(t.Context(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, p := range []string{path, path + "-wal"} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if m := fi.Mode().Perm(); m != 0o600 {
			t.Errorf("%s mode = %v, want 0600", filepath.Base(p), m)
		}
	}
}

func TestStats(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	reach(t, db, aftersale.DraftFailed)
	reach(t, db, aftersale.DraftSent)
	pid := reach(t, db, aftersale.DraftProposed)
	pd, err := db.Draft(ctx, pid)
	if err != nil {
		t.Fatal(err)
	}
	// The oldest waiting draft's clock started when its buyer message
	// came, not when the draft was made.
	start := pd.Deadline.Add(-ReplyWindow)
	c.Add(time.Hour)
	reach(t, db, aftersale.DraftApproved)
	c.Add(30 * time.Hour)
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Messages != 4 || st.Sent != 1 || st.Drafts[aftersale.DraftProposed] != 1 || st.Drafts[aftersale.DraftApproved] != 1 {
		t.Errorf("Stats = %+v", st)
	}
	if !st.OldestPending.Equal(start) {
		t.Errorf("OldestPending = %v, want %v", st.OldestPending, start)
	}
	if st.Overdue != 2 {
		t.Errorf("Overdue = %d, want 2", st.Overdue)
	}
	if st.SendFailures["temporary"] != 0 || st.SendFailures["permanent"] != 1 {
		t.Errorf("SendFailures = %v, want 1 permanent", st.SendFailures)
	}
	if st.SchemaVersion != LatestSchemaVersion() {
		t.Errorf("SchemaVersion = %d, want %d", st.SchemaVersion, LatestSchemaVersion())
	}
	if _, ok := st.Classified[aftersale.CaseCancelOrder]; !ok {
		t.Errorf("Classified lacks case %s: %v", aftersale.CaseCancelOrder, st.Classified)
	}
}
