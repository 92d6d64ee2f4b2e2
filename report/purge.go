package report

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/aftersale/aftersale/store"
)

// Purged is what a retention purge removed, or with DryRun would remove.
type Purged struct {
	DryRun bool
	store.PurgeResult
}

// MarshalJSON is {"version", "dry_run", "before", "conversations",
// "messages", "drafts", "sent", "audit", "kept_open"}.
func (p Purged) MarshalJSON() ([]byte, error) {
	r := p.PurgeResult
	return json.Marshal(map[string]any{"version": JSONVersion, "dry_run": p.DryRun,
		"before": r.Before.UTC().Format(time.RFC3339), "conversations": r.Threads, "messages": r.Messages,
		"drafts": r.Drafts, "sent": r.Sent, "audit": r.Audit, "kept_open": r.KeptOpen})
}

// WriteText prints the counts in a sentence, and the conversations kept
// because a draft still waits.
func (p Purged) WriteText(w io.Writer) error {
	r := p.PurgeResult
	verb := "purged"
	if p.DryRun {
		verb = "would purge"
	}
	fmt.Fprintf(w, "%s %s: %s, %s, %s, %s (last activity before %s)\n",
		verb, Count(r.Threads, "conversation", "conversations"), Count(r.Messages, "message", "messages"),
		Count(r.Drafts, "draft", "drafts"), Count(r.Sent, "sent-log row", "sent-log rows"),
		Count(r.Audit, "audit detail", "audit details"), r.Before.UTC().Format(time.RFC3339))
	if r.KeptOpen > 0 {
		_, err := fmt.Fprintf(w, "kept %s past retention: a draft still waits for a person or the sender (queue list)\n",
			Count(r.KeptOpen, "conversation", "conversations"))
		return err
	}
	return nil
}
