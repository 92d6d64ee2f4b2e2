package mailbox

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestProbe: the same login as the poller, message counts per folder, a
// missing folder named, a wrong password ErrAuthFailed.
func TestProbe(t *testing.T) {
	srv := startIMAP(t)
	srv.add(t, "INBOX", "Subject: a\r\n\r\nx\r\n", t0)
	srv.add(t, "INBOX", "Subject: b\r\n\r\nx\r\n", t0)
	o := Options{Account: testAccount, Host: srv.host, Port: srv.port, TLS: TLSPlain, Username: testUser,
		Password: func(context.Context) (string, error) { return testPassword, nil }}
	ctx := context.Background()

	got, err := Probe(ctx, o, []string{"INBOX"})
	if err != nil || len(got) != 1 || got[0] != 2 {
		t.Fatalf("Probe(INBOX) = %v, %v; want [2]", got, err)
	}
	if _, err := Probe(ctx, o, []string{"INBOX", "Gesendet"}); !errors.Is(err, ErrNoFolder) || !strings.Contains(err.Error(), `"Gesendet"`) {
		t.Errorf("Probe with a missing folder = %v; want ErrNoFolder naming it", err)
	}
	o.Password = func(context.Context) (string, error) { return "wrong", nil }
	if _, err := Probe(ctx, o, []string{"INBOX"}); !errors.Is(err, ErrAuthFailed) {
		t.Errorf("Probe with a wrong password = %v; want ErrAuthFailed", err)
	}
}
