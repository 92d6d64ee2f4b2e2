package report

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

// TestStatsByAction: the unchanged-approval rate per action and reply
// language counts what a person decided (unchanged, edited, rejected);
// auto-approvals are shown apart, open drafts and drafts without a reply
// are not counted.
func TestStatsByAction(t *testing.T) {
	now := time.Date(2026, 5, 20, 12, 0, 0, 0, time.UTC)
	dl := now.Add(-2 * time.Hour)
	out := func(action, lang string, st aftersale.DraftState, edited, auto bool) store.DraftOutcome {
		o := store.DraftOutcome{Case: aftersale.CaseReturnDissatisfied, Action: action, Language: lang, State: st,
			Deadline: dl, Received: dl.Add(-store.ReplyWindow), Edited: edited, AutoApproved: auto}
		if st == aftersale.DraftSent || st == aftersale.DraftApproved {
			o.ApprovedBy = "anna"
			o.SentAt = dl.Add(-time.Hour)
		}
		return o
	}
	outs := []store.DraftOutcome{
		out("dissatisfied_missing_parts", "ja", aftersale.DraftSent, false, false),
		out("dissatisfied_missing_parts", "ja", aftersale.DraftSent, false, false),
		out("dissatisfied_missing_parts", "ja", aftersale.DraftSent, true, false),
		out("dissatisfied_missing_parts", "ja", aftersale.DraftRejected, false, false),
		out("dissatisfied_missing_parts", "de", aftersale.DraftApproved, false, true),
		out("dissatisfied_missing_parts", "de", aftersale.DraftProposed, false, false),
		out("return_request_task", "", aftersale.DraftNoResponseNeeded, false, false),
	}
	st := ComputeStats(outs, now.Add(-30*24*time.Hour), now)
	want := []ActionGroup{
		{Action: "dissatisfied_missing_parts", Language: "de", Drafts: 2, AutoApproved: 1},
		{Action: "dissatisfied_missing_parts", Language: "ja", Drafts: 4, ApprovedUnchanged: 2, ApprovedEdited: 1, Rejected: 1, UnchangedRate: 0.5},
	}
	if diff := cmp.Diff(want, st.ByAction); diff != "" {
		t.Errorf("ByAction (-want +got):\n%s", diff)
	}
}

// TestStatsLateStatesItsDenominator: the text says what LATE% is a share
// of, and the JSON carries the count.
func TestStatsLateStatesItsDenominator(t *testing.T) {
	now := time.Date(2026, 5, 20, 12, 0, 0, 0, time.UTC)
	dl := now.Add(-2 * time.Hour)
	outs := []store.DraftOutcome{
		{Case: aftersale.CaseShippingInquiry, State: aftersale.DraftSent, Deadline: dl, Received: dl.Add(-store.ReplyWindow),
			SentAt: dl.Add(time.Hour), ApprovedBy: "anna"}, // late
		{Case: aftersale.CaseShippingInquiry, State: aftersale.DraftSent, Deadline: dl, Received: dl.Add(-store.ReplyWindow),
			SentAt: dl.Add(-time.Hour), ApprovedBy: "anna"},
		{Case: aftersale.CaseShippingInquiry, State: aftersale.DraftProposed, Deadline: dl, Received: dl.Add(-store.ReplyWindow)}, // overdue
		{Case: aftersale.CaseShippingInquiry, State: aftersale.DraftProposed, Deadline: now.Add(time.Hour), Received: now.Add(-23 * time.Hour)},
	}
	st := ComputeStats(outs, time.Time{}, now)
	if st.Overall.Late != 2 || st.Overall.LateOf != 3 || st.Overall.LatePercent != 66.7 {
		t.Errorf("overall = late %d of %d, %v%%; want 2 of 3, 66.7%%", st.Overall.Late, st.Overall.LateOf, st.Overall.LatePercent)
	}
	var b strings.Builder
	if err := st.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	want := "LATE% is LATE of the replies plus the messages still unanswered after 24 hours (overall: 2 of 3)."
	if !strings.Contains(b.String(), want) {
		t.Errorf("text lacks %q:\n%s", want, b.String())
	}
}
