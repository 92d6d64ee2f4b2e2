package main

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/daemon"
)

func TestAutoApprover(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		rule AutoApproveRule
		want map[string]aftersale.DraftState
	}{
		{"seller task blocks by default",
			AutoApproveRule{Case: aftersale.CaseShippingInquiry, Channel: aftersale.ChannelFBM, RequireTracking: true, MinConfidence: 0.9},
			map[string]aftersale.DraftState{"open-ok": aftersale.DraftProposed}},
		{"tasks allowed",
			AutoApproveRule{Case: aftersale.CaseShippingInquiry, Channel: aftersale.ChannelFBM, RequireTracking: true, MinConfidence: 0.9, AllowTasks: true},
			map[string]aftersale.DraftState{"open-ok": aftersale.DraftApproved}},
		{"confidence too low",
			AutoApproveRule{Case: aftersale.CaseShippingInquiry, MinConfidence: 0.95, AllowTasks: true},
			map[string]aftersale.DraftState{"open-ok": aftersale.DraftProposed}},
		{"wrong channel",
			AutoApproveRule{Case: aftersale.CaseShippingInquiry, Channel: aftersale.ChannelFBA, AllowTasks: true},
			map[string]aftersale.DraftState{"open-ok": aftersale.DraftProposed}},
		{"needs human never",
			AutoApproveRule{Case: aftersale.CaseCancelOrder, AllowTasks: true},
			map[string]aftersale.DraftState{"open-human": aftersale.DraftProposed}},
		{"findings never",
			AutoApproveRule{Case: aftersale.CaseOther, AllowTasks: true},
			map[string]aftersale.DraftState{"open-blocked": aftersale.DraftProposed}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newQueueFix(t)
			kicked := 0
			a := daemon.NewAutoApprover(f.db, []AutoApproveRule{tt.rule}, "shop.example", time.Second, slog.New(slog.DiscardHandler))
			a.OnApproved = func() { kicked++ }
			n, err := a.RunOnce(ctx)
			if err != nil {
				t.Fatal(err)
			}
			approved := 0
			for name, st := range tt.want {
				d, err := f.db.Draft(ctx, f.ids[name])
				if err != nil {
					t.Fatal(err)
				}
				if d.State != st {
					t.Errorf("%s: state %s, want %s", name, d.State, st)
				}
				if st == aftersale.DraftApproved {
					approved++
					if d.ApprovedBy != autoActor || !d.AutoApproved {
						t.Errorf("%s: approved by %q auto %v, want auto", name, d.ApprovedBy, d.AutoApproved)
					}
				}
			}
			if n != approved || (approved > 0) != (kicked == 1) {
				t.Errorf("RunOnce = %d (sender kicked %d times), want %d", n, kicked, approved)
			}
			// A second pass approves nothing more.
			if n, err := a.RunOnce(ctx); err != nil || n != 0 {
				t.Errorf("second RunOnce = %d, %v; want 0", n, err)
			}
		})
	}
}
