package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

func newStatsCmd(e *env) *cobra.Command {
	var (
		since  string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Response times against Amazon's 24-hour target, approvals and rejections",
		Long: `Response times of the replies aftersale sent, measured as Amazon does: from
the first unanswered buyer message of the thread to the reply, wall clock,
weekends included (Amazon's Contact Response Time). A reply sent after 24
hours is late, and so is a message still unanswered after 24 hours; "no
response needed" and rejected drafts stop the clock and are not counted.

Sections: overall, per case and per day (the day the buyer wrote, local
time) with REPLIES, MEDIAN, P90, LATE (late replies plus overdue open
messages) and LATE% (of replies plus overdue open messages); then how the
drafts were decided: approved unchanged, edited, auto-approved, rejected
(with reasons), no response needed, still open; per action (the reply
template) and reply language, how many drafts a person approved unchanged,
edited or rejected, with UNCHANGED% = unchanged / (unchanged + edited +
rejected): the share of drafts a seller could send as they were
(auto-approved drafts are counted apart); and the lines most often removed
or added when a person edited a reply (personal data replaced by
placeholders; only replies the retention purge has not removed yet).
"queue edit --save-template" makes an edited reply the template.`,
		Example: `  aftersale stats
  aftersale stats --since 7d --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			now := e.now()
			var from time.Time
			if since != "" {
				d, err := parseDuration(since)
				if err != nil {
					t, err2 := time.ParseInLocation("2006-01-02", since, time.Local)
					if err2 != nil {
						return usagef("--since %q is not a duration like 30d or a date like 2026-11-01", since)
					}
					from = t
				} else {
					from = now.Add(-d)
				}
			}
			db, err := e.store(ctx)
			if err != nil {
				return err
			}
			outs, err := db.Outcomes(ctx, from)
			if err != nil {
				return err
			}
			st := computeStats(outs, from, now)
			edits, err := db.DraftEdits(ctx, from)
			if err != nil {
				return err
			}
			st.Edits = computeEdits(edits)
			if asJSON {
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(st)
			}
			return writeStats(e.stdout, st)
		},
	}
	cmd.Flags().StringVar(&since, "since", "30d", "only buyer messages from this far back (30d, 48h) or since a date (2026-11-01); \"\" for all")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (schema version 1)")
	return cmd
}

// statsGroup is one line of the response-time tables.
type statsGroup struct {
	Key           string  `json:"key,omitempty"` // case name or day; "" for overall
	Messages      int     `json:"messages"`      // drafts (buyer messages) in the group
	Replies       int     `json:"replies"`       // sent replies
	MedianSeconds int64   `json:"median_seconds"`
	P90Seconds    int64   `json:"p90_seconds"`
	Late          int     `json:"late"`         // replies after 24 h plus open messages past 24 h
	OpenOverdue   int     `json:"open_overdue"` // no reply yet, past 24 h
	LatePercent   float64 `json:"late_percent"`

	times []time.Duration
}

type reasonCount struct {
	Reason string `json:"reason"`
	Count  int    `json:"count"`
}

// statsReport is the stats --json output (schema version 1).
type statsReport struct {
	Version     int          `json:"version"`
	Now         time.Time    `json:"now"`
	Since       *time.Time   `json:"since,omitempty"`
	TargetHours int          `json:"target_hours"`
	Overall     statsGroup   `json:"overall"`
	ByCase      []statsGroup `json:"by_case"`
	ByDay       []statsGroup `json:"by_day"`
	Decisions   struct {
		ApprovedUnchanged int           `json:"approved_unchanged"`
		ApprovedEdited    int           `json:"approved_edited"`
		AutoApproved      int           `json:"auto_approved"`
		Rejected          int           `json:"rejected"`
		NoResponseNeeded  int           `json:"no_response_needed"`
		Open              int           `json:"open"`
		RejectReasons     []reasonCount `json:"reject_reasons"`
	} `json:"decisions"`
	// ByAction is per playbook action and reply language, drafts with a
	// reply only.
	ByAction []actionGroup `json:"by_action"`
	// Edits: per action and language, how often a person changed the
	// reply before approving it, and the most common changes.
	Edits []editGroup `json:"edits"`
}

// actionGroup counts how drafts of one action and language were decided.
type actionGroup struct {
	Action            string  `json:"action"`
	Language          string  `json:"language"`
	Drafts            int     `json:"drafts"`
	ApprovedUnchanged int     `json:"approved_unchanged"` // by a person
	ApprovedEdited    int     `json:"approved_edited"`
	Rejected          int     `json:"rejected"`
	AutoApproved      int     `json:"auto_approved"`
	UnchangedRate     float64 `json:"unchanged_rate"` // unchanged / (unchanged + edited + rejected); 0 when none decided
}

// computeStats aggregates outcomes as of now. Pure, for tests.
func computeStats(outs []store.DraftOutcome, since, now time.Time) statsReport {
	st := statsReport{Version: jsonVersion, Now: now.UTC(), TargetHours: int(store.ReplyWindow / time.Hour), Edits: []editGroup{}}
	st.Since = timePtr(since)
	byCase := map[string]*statsGroup{}
	byDay := map[string]*statsGroup{}
	reasons := map[string]int{}
	byAction := map[[2]string]*actionGroup{}
	group := func(m map[string]*statsGroup, k string) *statsGroup {
		g := m[k]
		if g == nil {
			g = &statsGroup{Key: k}
			m[k] = g
		}
		return g
	}
	for _, o := range outs {
		day := "unknown"
		if !o.Received.IsZero() {
			day = o.Received.Local().Format("2006-01-02")
		}
		gs := []*statsGroup{&st.Overall, group(byCase, string(o.Case)), group(byDay, day)}
		for _, g := range gs {
			g.Messages++
		}
		d := &st.Decisions
		switch o.State {
		case aftersale.DraftSent:
			rt := o.SentAt.Sub(o.Received)
			late := !o.Deadline.IsZero() && o.SentAt.After(o.Deadline)
			for _, g := range gs {
				g.Replies++
				if !o.Received.IsZero() {
					g.times = append(g.times, rt)
				}
				if late {
					g.Late++
				}
			}
		case aftersale.DraftRejected:
			d.Rejected++
			reasons[strings.TrimSpace(o.RejectReason)]++
		case aftersale.DraftNoResponseNeeded:
			d.NoResponseNeeded++
		default: // proposed, approved, sending, failed, send_unknown
			d.Open++
			if !o.Deadline.IsZero() && !o.Deadline.After(now) {
				for _, g := range gs {
					g.OpenOverdue++
					g.Late++
				}
			}
		}
		var ag *actionGroup
		if o.State != aftersale.DraftNoResponseNeeded && o.Action != "" {
			k := [2]string{o.Action, o.Language}
			if ag = byAction[k]; ag == nil {
				ag = &actionGroup{Action: o.Action, Language: o.Language}
				byAction[k] = ag
			}
			ag.Drafts++
			if o.State == aftersale.DraftRejected {
				ag.Rejected++
			}
		}
		if ag == nil {
			ag = &actionGroup{} // counted nowhere
		}
		if o.ApprovedBy != "" && o.State != aftersale.DraftProposed && o.State != aftersale.DraftRejected {
			switch {
			case o.AutoApproved:
				d.AutoApproved++
				ag.AutoApproved++
			case o.Edited:
				d.ApprovedEdited++
				ag.ApprovedEdited++
			default:
				d.ApprovedUnchanged++
				ag.ApprovedUnchanged++
			}
		}
	}
	finish := func(g *statsGroup) {
		sort.Slice(g.times, func(i, j int) bool { return g.times[i] < g.times[j] })
		g.MedianSeconds = int64(percentile(g.times, 50) / time.Second)
		g.P90Seconds = int64(percentile(g.times, 90) / time.Second)
		if n := g.Replies + g.OpenOverdue; n > 0 {
			g.LatePercent = float64(int(float64(g.Late)*1000/float64(n)+0.5)) / 10
		}
	}
	finish(&st.Overall)
	flatten := func(m map[string]*statsGroup) []statsGroup {
		out := []statsGroup{}
		for _, g := range m {
			finish(g)
			out = append(out, *g)
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
		return out
	}
	st.ByCase, st.ByDay = flatten(byCase), flatten(byDay)
	st.ByAction = []actionGroup{}
	for _, g := range byAction {
		if n := g.ApprovedUnchanged + g.ApprovedEdited + g.Rejected; n > 0 {
			g.UnchangedRate = float64(int(float64(g.ApprovedUnchanged)*1000/float64(n)+0.5)) / 1000
		}
		st.ByAction = append(st.ByAction, *g)
	}
	sort.Slice(st.ByAction, func(i, j int) bool {
		a, b := st.ByAction[i], st.ByAction[j]
		return a.Action < b.Action || a.Action == b.Action && a.Language < b.Language
	})
	st.Decisions.RejectReasons = []reasonCount{}
	for r, n := range reasons {
		if r == "" {
			r = "(no reason given)"
		}
		st.Decisions.RejectReasons = append(st.Decisions.RejectReasons, reasonCount{r, n})
	}
	sort.Slice(st.Decisions.RejectReasons, func(i, j int) bool {
		a, b := st.Decisions.RejectReasons[i], st.Decisions.RejectReasons[j]
		return a.Count > b.Count || a.Count == b.Count && a.Reason < b.Reason
	})
	return st
}

// percentile returns the nearest-rank p-th percentile of sorted ds, 0 when
// empty.
func percentile(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	rank := (p*len(ds) + 99) / 100 // ceil(p/100 * n)
	if rank < 1 {
		rank = 1
	}
	return ds[rank-1]
}

func writeStats(w io.Writer, st statsReport) error {
	if st.Since != nil {
		fmt.Fprintf(w, "Buyer messages since %s, as of %s; target: a reply within %d hours.\n\n",
			st.Since.Local().Format("2006-01-02 15:04"), st.Now.Local().Format("2006-01-02 15:04"), st.TargetHours)
	} else {
		fmt.Fprintf(w, "All buyer messages, as of %s; target: a reply within %d hours.\n\n", st.Now.Local().Format("2006-01-02 15:04"), st.TargetHours)
	}
	if st.Overall.Messages == 0 {
		fmt.Fprintln(w, "No buyer messages in this period.")
		return nil
	}
	table := func(title string, gs []statsGroup) {
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintf(tw, "%s\tMESSAGES\tREPLIES\tMEDIAN\tP90\tLATE\tLATE%%\n", title)
		for _, g := range gs {
			key := g.Key
			if key == "" {
				key = "all"
			}
			fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%d\t%s\n", key, g.Messages, g.Replies, statDuration(g.MedianSeconds, g.Replies),
				statDuration(g.P90Seconds, g.Replies), g.Late, latePct(g))
		}
		tw.Flush()
		fmt.Fprintln(w)
	}
	table("OVERALL", []statsGroup{st.Overall})
	table("CASE", st.ByCase)
	table("DAY", st.ByDay)
	d := st.Decisions
	fmt.Fprintf(w, "Decisions: %d approved unchanged, %d edited before approval, %d auto-approved, %d rejected, %d no response needed, %d still open.\n",
		d.ApprovedUnchanged, d.ApprovedEdited, d.AutoApproved, d.Rejected, d.NoResponseNeeded, d.Open)
	if len(d.RejectReasons) > 0 {
		fmt.Fprintln(w, "Rejection reasons:")
		for _, r := range d.RejectReasons {
			fmt.Fprintf(w, "  %3d  %s\n", r.Count, truncate(r.Reason, 70))
		}
	}
	if len(st.ByAction) > 0 {
		fmt.Fprintln(w)
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ACTION\tLANG\tDRAFTS\tUNCHANGED\tEDITED\tREJECTED\tAUTO\tUNCHANGED%")
		for _, g := range st.ByAction {
			rate := "-"
			if g.ApprovedUnchanged+g.ApprovedEdited+g.Rejected > 0 {
				rate = fmt.Sprintf("%.1f%%", 100*g.UnchangedRate)
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%s\n", g.Action, orDash(g.Language), g.Drafts,
				g.ApprovedUnchanged, g.ApprovedEdited, g.Rejected, g.AutoApproved, rate)
		}
		tw.Flush()
	}
	writeEdits(w, st.Edits)
	return nil
}

func statDuration(secs int64, n int) string {
	if n == 0 {
		return "-"
	}
	return shortDuration(time.Duration(secs) * time.Second)
}

func latePct(g statsGroup) string {
	if g.Replies+g.OpenOverdue == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", g.LatePercent)
}
