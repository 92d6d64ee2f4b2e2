package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/pii"
	"github.com/aftersale/aftersale/store"
)

// EditGroup is one line of the edits table: the drafts of one action
// (template) and language that a person approved.
type EditGroup struct {
	Action        string       `json:"action"`
	Language      string       `json:"language"`
	Approved      int          `json:"approved"` // approved by a person
	Edited        int          `json:"edited"`   // of those, edited before approval
	EditedPercent float64      `json:"edited_percent"`
	Changes       []TextChange `json:"changes"` // the most common, at most maxChanges
}

// TextChange is a line sellers removed from or added to the drafter's text.
type TextChange struct {
	Change string `json:"change"` // "removed" or "added"
	Text   string `json:"text"`   // the line, personal data replaced by placeholders
	Drafts int    `json:"drafts"` // in how many drafts
}

// maxChanges is how many changes stats shows per action and language.
const maxChanges = 3

// approvedStates are the states of a draft a person approved.
var approvedStates = map[aftersale.DraftState]bool{
	aftersale.DraftApproved: true, aftersale.DraftSending: true, aftersale.DraftSent: true,
	aftersale.DraftFailed: true, aftersale.DraftSendUnknown: true,
}

// ComputeEdits groups the drafts a person approved by action and language:
// how many were edited, and the lines most often removed or added (of
// those whose text the purge has not removed). Pure, for tests.
func ComputeEdits(es []store.DraftEdit) []EditGroup {
	type key struct{ action, lang string }
	groups := map[key]*EditGroup{}
	counts := map[key]map[TextChange]int{}
	for _, e := range es {
		if e.ApprovedBy == "" || !approvedStates[e.State] {
			continue
		}
		k := key{e.Action, e.Language}
		g := groups[k]
		if g == nil {
			g = &EditGroup{Action: e.Action, Language: e.Language, Changes: []TextChange{}}
			groups[k] = g
			counts[k] = map[TextChange]int{}
		}
		g.Approved++
		if !e.Edited {
			continue
		}
		g.Edited++
		if e.Original == "" || e.Body == "" {
			continue // purged
		}
		removed, added := lineChanges(e.Original, e.Body)
		seen := map[TextChange]bool{}
		for _, c := range append(changesOf("removed", removed, e.OrderID), changesOf("added", added, e.OrderID)...) {
			if !seen[c] {
				seen[c] = true
				counts[k][c]++
			}
		}
	}
	out := []EditGroup{}
	for k, g := range groups {
		g.EditedPercent = float64(int(float64(g.Edited)*1000/float64(g.Approved)+0.5)) / 10
		for c, n := range counts[k] {
			c.Drafts = n
			g.Changes = append(g.Changes, c)
		}
		sort.Slice(g.Changes, func(i, j int) bool {
			a, b := g.Changes[i], g.Changes[j]
			if a.Drafts != b.Drafts {
				return a.Drafts > b.Drafts
			}
			if a.Change != b.Change {
				return a.Change > b.Change // removed before added
			}
			return a.Text < b.Text
		})
		if len(g.Changes) > maxChanges {
			g.Changes = g.Changes[:maxChanges]
		}
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Action != out[j].Action {
			return out[i].Action < out[j].Action
		}
		return out[i].Language < out[j].Language
	})
	return out
}

// changesOf turns changed lines into TextChanges, with the order id and
// any other personal data replaced, so that the same change in two
// drafts counts once for each.
func changesOf(kind string, lines []string, orderID string) []TextChange {
	var out []TextChange
	for _, l := range lines {
		t := strings.Join(strings.Fields(pii.Scrub(l, pii.Known{OrderIDs: []string{orderID}})), " ")
		if t != "" {
			out = append(out, TextChange{Change: kind, Text: t})
		}
	}
	return out
}

// lineChanges returns the lines of a not in b (removed) and of b not in a
// (added), by a longest common subsequence of lines; blank lines are
// ignored.
func lineChanges(a, b string) (removed, added []string) {
	la, lb := nonBlankLines(a), nonBlankLines(b)
	n, m := len(la), len(lb)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if la[i] == lb[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case la[i] == lb[j]:
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			removed = append(removed, la[i])
			i++
		default:
			added = append(added, lb[j])
			j++
		}
	}
	removed = append(removed, la[i:]...)
	added = append(added, lb[j:]...)
	return removed, added
}

func nonBlankLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// writeEdits prints the edits table and the most common changes.
func writeEdits(w io.Writer, gs []EditGroup) {
	if len(gs) == 0 {
		return
	}
	var lines []string
	for _, g := range gs {
		for _, c := range g.Changes {
			lines = append(lines, fmt.Sprintf("  %s %s: %d× %s %q", g.Action, g.Language, c.Drafts, c.Change, truncate(c.Text, 70)))
		}
	}
	if len(lines) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "Most common changes when a person edited a reply before approving it:")
		for _, l := range lines {
			fmt.Fprintln(w, l)
		}
	}
}
