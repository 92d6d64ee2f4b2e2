package store

import (
	"context"
	"database/sql"
	"fmt"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
)

// referenceDeadline is the deadline rule as first written: whole messages
// read with thread, the thread's drafts with a second query. deadline reads
// only the columns it needs and must agree with it.
func referenceDeadline(ctx context.Context, tx *sql.Tx, id int64) (time.Time, string, error) {
	var key, account string
	if err := tx.QueryRowContext(ctx, "SELECT thread_key, account FROM messages WHERE id = ?", id).Scan(&key, &account); err != nil {
		return time.Time{}, "", err
	}
	var msgs []threadMsg
	if key != "" {
		var err error
		if msgs, err = thread(ctx, tx, key); err != nil {
			return time.Time{}, "", err
		}
	}
	self := -1
	for i, m := range msgs {
		if m.ID == id {
			self = i
		}
	}
	if self < 0 {
		var idate sql.NullInt64
		m, err := scanMessage(tx.QueryRowContext(ctx, "SELECT "+messageCols+", m.internal_date FROM messages m WHERE m.id = ?", id), &idate)
		if err != nil {
			return time.Time{}, "", err
		}
		return threadMsg{Message: m, internal: fromMS(idate)}.receivedAt().Add(ReplyWindow), account, nil
	}
	ids := make([]any, len(msgs))
	for i, m := range msgs {
		ids[i] = m.ID
	}
	rows, err := tx.QueryContext(ctx, "SELECT message_id, state, sent_at FROM drafts WHERE message_id IN ("+placeholders(len(ids))+")", ids...)
	if err != nil {
		return time.Time{}, "", err
	}
	answered := map[int64]bool{}
	var sent []time.Time
	for rows.Next() {
		var mid int64
		var state string
		var sentAt sql.NullInt64
		if err := rows.Scan(&mid, &state, &sentAt); err != nil {
			rows.Close()
			return time.Time{}, "", err
		}
		switch aftersale.DraftState(state) {
		case aftersale.DraftSent, aftersale.DraftNoResponseNeeded:
			answered[mid] = true
		}
		if sentAt.Valid {
			sent = append(sent, fromMS(sentAt))
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return time.Time{}, "", err
	}
	first := msgs[self].receivedAt()
	for i, m := range msgs {
		if i == self || m.Sender != aftersale.SenderBuyer || answered[m.ID] {
			continue
		}
		at := m.receivedAt()
		replied := false
		for _, s := range sent {
			if !s.Before(at) {
				replied = true
				break
			}
		}
		if !replied && at.Before(first) {
			first = at
		}
	}
	return first.Add(ReplyWindow), account, nil
}

// TestDeadlineAgreesWithReference computes the deadline of every message
// of threads with buyer, Amazon and other senders, sane and insane Date
// headers, answered (sent, no response needed) and open drafts, an
// unparsed message and one without a thread, both ways.
func TestDeadlineAgreesWithReference(t *testing.T) {
	c := newClock()
	db := openClock(t, c)
	ctx := t.Context()
	t0 := c.Now()
	var ids []int64
	// add stores m as fetched now with INTERNALDATE internal.
	add := func(m aftersale.Message, internal time.Time) {
		raw := RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 7, UID: nextUID(),
			Raw: []byte("Subject: x\r\n\r\nbody\r\n"), InternalDate: internal}
		id, _, err := db.InsertRawMessage(ctx, raw)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SaveParsed(ctx, id, m, nil); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	for thr := range 3 {
		alias := fmt.Sprintf("t%d@marketplace.amazon.de", thr)
		order := fmt.Sprintf("302-000000%d-1234567", thr)
		for i := range 7 {
			at := t0.Add(time.Duration(thr*10+i) * time.Hour)
			m, internal := buyerMsg(alias, order, at), at
			switch i {
			case 2:
				m.Sender = aftersale.SenderAmazon
			case 3:
				m.Sender = aftersale.SenderOther
			case 4:
				m.Date = t0.AddDate(0, 1, 0) // a wrong clock: the arrival counts
			case 5:
				internal = time.Time{} // no INTERNALDATE: the Date is checked against the fetch time
			case 6:
				m.Date, internal = time.Time{}, time.Time{} // nothing but the fetch time
			}
			c.Set(at.Add(time.Minute))
			add(m, internal)
		}
	}
	alone := buyerMsg("", "", t0.Add(time.Hour))
	alone.FromAddr = ""
	add(alone, t0.Add(time.Hour))
	raw := RawMessage{Account: "shop", Folder: "INBOX", UIDValidity: 7, UID: nextUID(),
		Raw: []byte("Subject: x\r\n\r\nbody\r\n"), InternalDate: t0.Add(2 * time.Hour)}
	unparsed, _, err := db.InsertRawMessage(ctx, raw)
	if err != nil {
		t.Fatal(err)
	}
	ids = append(ids, unparsed)

	draft := func(id int64, state aftersale.DraftState) aftersale.Draft {
		return aftersale.Draft{MessageID: id, Case: aftersale.CaseShippingInquiry, Action: "give_tracking",
			To: "x@marketplace.amazon.de", Subject: "Re", Body: "Hello", State: state}
	}
	// Thread 0: the first message answered by a sent reply after the
	// second arrived; thread 1: the first needs no response; thread 2: a
	// proposed draft only.
	res, err := db.CreateDrafts(ctx, []aftersale.Draft{
		draft(ids[0], ""), draft(ids[7], aftersale.DraftNoResponseNeeded), draft(ids[14], ""),
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.w.ExecContext(ctx, "UPDATE drafts SET state = 'sent', outgoing_id = 'r0.test@aftersale.invalid', sent_at = ? WHERE id = ?",
		t0.Add(90*time.Minute).UnixMilli(), res[0].ID); err != nil {
		t.Fatal(err)
	}

	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	st := &draftStmts{tx: tx}
	defer st.close()
	for _, id := range append(ids, 999999) {
		got, gotAcc, gotErr := deadline(ctx, st, id)
		want, wantAcc, wantErr := referenceDeadline(ctx, tx, id)
		if !got.Equal(want) || gotAcc != wantAcc || (gotErr == nil) != (wantErr == nil) {
			t.Errorf("message %d: deadline = %v, %q, %v; reference %v, %q, %v", id, got, gotAcc, gotErr, want, wantAcc, wantErr)
		}
	}
}

// BenchmarkCreateDrafts stores 500 drafts per op in one batch, threads
// of four messages each.
func BenchmarkCreateDrafts(b *testing.B) {
	const n = 500
	c := newClock()
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		db := openClock(b, c)
		ds := make([]aftersale.Draft, n)
		for i := range ds {
			alias := fmt.Sprintf("b%d@marketplace.amazon.de", i/4)
			order := fmt.Sprintf("302-%07d-1234567", i/4)
			id := addMessage(b, db, buyerMsg(alias, order, c.Now().Add(time.Duration(i)*time.Minute)))
			ds[i] = aftersale.Draft{MessageID: id, Case: aftersale.CaseShippingInquiry, Action: "give_tracking",
				OrderID: order, To: alias, Subject: "Re: Frage", Body: "Hallo,\n\nIhre Bestellung ist unterwegs.\n",
				Tasks: []aftersale.Task{{Kind: aftersale.TaskKind("check_tracking"), Description: "look"}}}
		}
		b.StartTimer()
		res, err := db.CreateDrafts(ctx, ds)
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range res {
			if r.Err != nil {
				b.Fatal(r.Err)
			}
		}
	}
	b.ReportMetric(float64(n), "drafts/op")
}
