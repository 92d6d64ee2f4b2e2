package report

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/store"
)

func TestComputeEdits(t *testing.T) {
	orig := "Dear Sabine,\n\nyour order 302-1234567-7654321 was shipped with DHL.\n\nWe are sorry for the wait.\n\nKind regards,\nShop"
	edited := func(name, order string) string {
		return "Dear " + name + ",\n\nyour order " + order + " was shipped with DHL.\n\nIt should arrive tomorrow.\n\nKind regards,\nShop"
	}
	es := []store.DraftEdit{
		{Action: "shipping_tracking", Language: "en", State: aftersale.DraftSent, ApprovedBy: "anna", Edited: true,
			OrderID: "302-1234567-7654321", Original: orig, Body: edited("Sabine", "302-1234567-7654321")},
		{Action: "shipping_tracking", Language: "en", State: aftersale.DraftSent, ApprovedBy: "anna", Edited: true,
			OrderID: "302-7654321-1234567", Original: "Dear Jonas,\n\nyour order 302-7654321-1234567 was shipped with DHL.\n\nWe are sorry for the wait.\n\nKind regards,\nShop",
			Body: edited("Jonas", "302-7654321-1234567")},
		{Action: "shipping_tracking", Language: "en", State: aftersale.DraftApproved, ApprovedBy: "anna", Body: orig},
		{Action: "shipping_tracking", Language: "en", State: aftersale.DraftSent, ApprovedBy: "anna", Edited: true}, // purged
		{Action: "shipping_tracking", Language: "en", State: aftersale.DraftSent, ApprovedBy: "", Body: orig},       // auto
		{Action: "shipping_tracking", Language: "de", State: aftersale.DraftProposed, Edited: true, Original: "a", Body: "b"},
	}
	want := []EditGroup{{
		Action: "shipping_tracking", Language: "en", Approved: 4, Edited: 3, EditedPercent: 75,
		Changes: []TextChange{
			{Change: "removed", Text: "We are sorry for the wait.", Drafts: 2},
			{Change: "added", Text: "It should arrive tomorrow.", Drafts: 2},
		},
	}}
	if diff := cmp.Diff(want, ComputeEdits(es)); diff != "" {
		t.Errorf("ComputeEdits (-want +got):\n%s", diff)
	}
}
