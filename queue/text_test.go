package queue

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/termtable"
	"github.com/aftersale/aftersale/store"
)

func TestDue(t *testing.T) {
	now := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		deadline time.Time
		want     string
	}{
		{time.Time{}, "-"},
		{now.Add(3*time.Hour + 5*time.Minute), "3h05m left"},
		{now.Add(-40 * time.Minute), "overdue 40m"},
		{now.Add(50 * time.Hour), "2d2h left"},
	} {
		if got := Due(tt.deadline, now); got != tt.want {
			t.Errorf("Due(%v) = %q, want %q", tt.deadline, got, tt.want)
		}
	}
}

// TestExplain: every refusal is one clause with what to do; other errors
// are passed through.
func TestExplain(t *testing.T) {
	for _, tt := range []struct {
		err       error
		msg, hint string
	}{
		{fmt.Errorf("x: %w", aftersale.ErrNotFound), "no such draft", "aftersale queue list --all"},
		{&Refusal{Code: ErrPlaceholders, Op: "approve", Draft: 7, Placeholders: []string{"tracking"}}, "has unfilled placeholders: tracking", "aftersale queue edit 7"},
		{&Refusal{Code: ErrBlocked, Op: "approve", Draft: 7, Rules: []string{"link"}}, "has blocking policy findings (link)", "--override"},
		{&Refusal{Code: ErrChanged, Op: "approve", Draft: 7, Revision: 3}, "changed since you saw it (it is at revision 3 now)", "aftersale queue show 7"},
		{&Refusal{Code: ErrWrongState, Op: "no_response_needed", Draft: 7, State: aftersale.DraftSent}, "the draft is sent and cannot become no_response_needed", "aftersale queue show 7"},
		{fmt.Errorf("disk full"), "disk full", ""},
	} {
		msg, hint := Explain(7, tt.err)
		if !strings.HasPrefix(msg, tt.msg) || !strings.Contains(hint, tt.hint) || (tt.hint == "") != (hint == "") {
			t.Errorf("Explain(%v) = %q, %q; want %q…, …%q…", tt.err, msg, hint, tt.msg, tt.hint)
		}
	}
}

// TestWriteTableStyle: colour only with Color, the subject cut to 48
// columns off a terminal and to the width on one.
func TestWriteTableStyle(t *testing.T) {
	now := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	subject := strings.Repeat("Wo ist mein Paket ", 6)
	rows := []store.Listed{{Draft: aftersale.Draft{ID: 1, State: aftersale.DraftProposed, Case: aftersale.CaseShippingInquiry,
		Deadline: now.Add(-time.Hour)}, Marketplace: "amazon.de", Buyer: "Erika", Subject: subject}}
	var plain, term strings.Builder
	if err := WriteTable(&plain, rows, now, termtable.Style{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteTable(&term, rows, now, termtable.Style{Color: true, Width: 80}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain.String(), "\x1b[") || !strings.Contains(plain.String(), termtable.Clip(subject, 48)) {
		t.Errorf("off a terminal:\n%s", plain.String())
	}
	if !strings.Contains(term.String(), "\x1b[31moverdue 1h00m\x1b[0m") {
		t.Errorf("on a terminal, no red overdue:\n%q", term.String())
	}
	for _, l := range strings.Split(strings.TrimSuffix(term.String(), "\n"), "\n") {
		if termtable.Width(l) > 80 {
			t.Errorf("line wider than 80 columns: %q", l)
		}
	}
}
