package mailbox

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestPipelinedPollStoresAsSequential polls the same folder (several
// batches, with duplicates inside and across batches, oversized mail in
// the middle, and mail before StartFrom between batches) once with the
// pipelined store (no after-processing) and once sequentially (MarkKeyword
// set), and checks that both store the same rows and cursor.
func TestPipelinedPollStoresAsSequential(t *testing.T) {
	srv := startIMAP(t)
	start := t0.Add(time.Hour)
	for i := range 3*batchMessages + 17 {
		date := start
		if i%37 == 5 || i >= 60 && i < 75 {
			date = t0 // before StartFrom
		}
		raw := mailN(i)
		switch {
		case i%23 == 7:
			raw = mailN(i - 3) // a duplicate of an earlier message
		case i%41 == 9:
			raw = testMail(fmt.Sprintf("big%d@example.test", i), strings.Repeat("attachment data ", 400))
		}
		srv.add(t, "INBOX", raw, date)
	}
	type result struct {
		n    int
		msgs []aftersale.Message
		cur  store.Cursor
	}
	poll := func(edit func(*Options)) result {
		t.Helper()
		p, db, _ := newTestPoller(t, srv, func(o *Options) {
			o.StartFrom, o.MaxMessageBytes = start, 4000
			edit(o)
		})
		n, err := p.PollOnce(context.Background())
		if err != nil {
			t.Fatalf("PollOnce: %v", err)
		}
		return result{n, stored(t, db), cursor(t, db, "INBOX")}
	}
	pipelined := poll(func(*Options) {})
	sequential := poll(func(o *Options) { o.MarkKeyword = "$Triaged" })
	if pipelined.n != sequential.n || pipelined.n < 2*batchMessages {
		t.Errorf("stored %d messages pipelined, %d sequentially; want the same, over %d", pipelined.n, sequential.n, 2*batchMessages)
	}
	ignore := cmpopts.IgnoreFields(aftersale.Message{}, "FetchedAt")
	if diff := cmp.Diff(sequential.msgs, pipelined.msgs, ignore); diff != "" {
		t.Errorf("stored messages differ (-sequential +pipelined):\n%s", diff)
	}
	if pipelined.cur != sequential.cur {
		t.Errorf("cursor %+v pipelined, %+v sequentially", pipelined.cur, sequential.cur)
	}
}
