package respond

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/aftersale/aftersale"
)

func TestRedactAddresses(t *testing.T) {
	tests := []struct{ in, want string }{
		{"550 5.1.1 <k3v9x2mq8z1tq4b@marketplace.amazon.de>: Recipient address rejected",
			"550 5.1.1 <[redacted]@marketplace.amazon.de>: Recipient address rejected"},
		{"recipient a.b+c@marketplace.amazon.co.uk refused: it is not the thread's relay alias \"x@marketplace.amazon.co.uk\"",
			"recipient [redacted]@marketplace.amazon.co.uk refused: it is not the thread's relay alias \"[redacted]@marketplace.amazon.co.uk\""},
		{"553 sender service@shop.example not allowed", "553 sender service@shop.example not allowed"},
		{"dial tcp 127.0.0.1:25: connection refused", "dial tcp 127.0.0.1:25: connection refused"},
	}
	for _, tt := range tests {
		if got := RedactAddresses(tt.in, "service@shop.example"); got != tt.want {
			t.Errorf("RedactAddresses(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// failingMailer fails every send with err.
type failingMailer struct{ err error }

func (f failingMailer) Send(context.Context, Outgoing) (string, error) { return "", f.err }

// TestSenderLogsNoRelayAlias: SMTP refusals (temporary, permanent, outcome
// unknown) and recipient checks that name the buyer's relay alias are
// logged with it redacted; the draft keeps the full text for a person
// (the retention purge blanks it).
func TestSenderLogsNoRelayAlias(t *testing.T) {
	const alias = "6bmcx2l1t7cwrwb@marketplace.amazon.de"
	tests := []struct {
		name string
		err  error
		to   string
	}{
		{"temporary", fmt.Errorf("451 4.2.0 <%s>: mailbox busy", alias), ""},
		{"permanent", fmt.Errorf("550 5.1.1 <%s>: Recipient address rejected", alias), ""},
		{"outcome unknown", fmt.Errorf("sending to <%s>: %w", alias, ErrOutcomeUnknown), ""},
		{"recipient refused", nil, "6bmcx2l1t7cwrwb@marketplace.amazon.example"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			d := e.approvedDraft(alias)
			if tt.to != "" {
				if _, err := e.db.ClaimOutbox(e.ctx); err != nil {
					t.Fatal(err)
				}
				d.To = tt.to // as if the draft had been edited to another address
			}
			lg := &syncLog{}
			var m Mailer = failingMailer{tt.err}
			s := NewSender(e.db, m, SenderOptions{From: "service@shop.example", Now: e.clock.Now}, debugLog(lg))
			if tt.to != "" {
				if _, err := s.send(e.ctx, d); err != nil {
					t.Fatal(err)
				}
			} else if _, err := s.RunOnce(e.ctx); err != nil {
				t.Fatal(err)
			}
			logs := lg.String()
			if strings.Contains(logs, "6bmcx2l1t7cwrwb") {
				t.Errorf("the log holds the buyer's relay alias:\n%s", logs)
			}
			if !strings.Contains(logs, "[redacted]@marketplace.amazon.") {
				t.Errorf("the log does not show the redacted address:\n%s", logs)
			}
			if got := e.draft(d.ID); !strings.Contains(got.LastError, "6bmcx2l1t7cwrwb") || got.State == aftersale.DraftSent {
				t.Errorf("draft %s, last error %q; want the full reason kept for a person", got.State, got.LastError)
			}
		})
	}
}
