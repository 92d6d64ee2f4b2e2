package main

import (
	"io"
	"time"

	"github.com/aftersale/aftersale/internal/termtable"
	"github.com/aftersale/aftersale/queue"
	"github.com/aftersale/aftersale/store"
)

// The JSON the tests decode: drafts, sent replies and the plan in
// queue show --json.
type (
	draftJSON = queue.DraftJSON
	sentJSON  = queue.SentJSON
	planJSON  = queue.Plan
)

// writeQueueTable prints drafts as queue list does.
func writeQueueTable(w io.Writer, rows []store.Listed, now time.Time, t termtable.Style) error {
	return queue.WriteTable(w, rows, now, t)
}
