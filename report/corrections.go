package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/aftersale/aftersale"
)

// Corrections are the cases people corrected, kept as training examples.
type Corrections []aftersale.Correction

// WriteText prints one line a correction: ID, WHEN (UTC), BY, LANG, MKT,
// CASE (the person's; "was" the classifier's) and the start of its text.
func (cs Corrections) WriteText(w io.Writer) error {
	if len(cs) == 0 {
		_, err := fmt.Fprintln(w, "No corrections.")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tWHEN\tBY\tLANG\tMKT\tCASE\tTEXT")
	for _, c := range cs {
		kase := caseLabel(c.Case, c.SubReason)
		if c.Previous != "" {
			kase += " (was " + string(c.Previous) + ")"
		}
		mkt := strings.TrimPrefix(c.Marketplace, "amazon.")
		if mkt == "" {
			mkt = "-"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", c.ID, c.At.UTC().Format("2006-01-02 15:04"), c.By, c.Language, mkt, kase,
			truncate(c.Text, 60))
	}
	return tw.Flush()
}

func caseLabel(c aftersale.Case, sub aftersale.SubReason) string {
	if sub != "" {
		return string(c) + "/" + string(sub)
	}
	return string(c)
}

// CorrectionJSON is a correction in "corrections list --json".
type CorrectionJSON struct {
	ID          int64     `json:"id"`
	MessageID   int64     `json:"message_id,omitempty"`
	Text        string    `json:"text"`
	Language    string    `json:"language"`
	Marketplace string    `json:"marketplace,omitempty"`
	Case        string    `json:"case"`
	SubReason   string    `json:"sub_reason,omitempty"`
	Previous    string    `json:"previous,omitempty"`
	Source      string    `json:"source"`
	By          string    `json:"by"`
	At          time.Time `json:"at"`
}

// WriteJSON prints cs as JSON (schema version 1).
func (cs Corrections) WriteJSON(w io.Writer) error {
	out := struct {
		Version     int              `json:"version"`
		Corrections []CorrectionJSON `json:"corrections"`
	}{Version: JSONVersion, Corrections: []CorrectionJSON{}}
	for _, c := range cs {
		out.Corrections = append(out.Corrections, CorrectionJSON{ID: c.ID, MessageID: c.MessageID, Text: c.Text,
			Language: c.Language, Marketplace: c.Marketplace, Case: string(c.Case), SubReason: string(c.SubReason),
			Previous: string(c.Previous), Source: string(c.Source), By: c.By, At: c.At.UTC()})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
