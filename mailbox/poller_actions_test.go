package mailbox

import (
	"bytes"
	"context"
	"errors"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-sasl"

	"github.com/aftersale/aftersale/store"
)

// login returns a client logged in to the in-memory server as the test
// user; it is logged out and closed when the test ends.
func (s *testIMAP) login(t *testing.T) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(net.JoinHostPort(s.host, strconv.Itoa(s.port)), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Logout().Wait(); c.Close() })
	if err := c.Login(testUser, testPassword).Wait(); err != nil {
		t.Fatal(err)
	}
	return c
}

// folderFlags returns the flags of every message in folder, in UID order,
// lower-cased (imapmemserver lowercases keywords: docs/dependencies.md, go-imap trap 6).
func (s *testIMAP) folderFlags(t *testing.T, folder string) [][]string {
	t.Helper()
	c := s.login(t)
	sd, err := c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	if sd.NumMessages == 0 {
		return nil
	}
	var all imap.SeqSet
	all.AddRange(1, sd.NumMessages)
	bufs, err := c.Fetch(all, &imap.FetchOptions{UID: true, Flags: true}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(bufs, func(a, b *imapclient.FetchMessageBuffer) int { return int(int64(a.UID) - int64(b.UID)) })
	out := make([][]string, len(bufs))
	for i, b := range bufs {
		for _, f := range b.Flags {
			if strings.EqualFold(string(f), `\Recent`) {
				continue
			}
			out[i] = append(out[i], strings.ToLower(string(f)))
		}
	}
	return out
}

func TestAfterProcessingActions(t *testing.T) {
	tests := []struct {
		name      string
		keyword   string
		moveTo    string
		wantInbox [][]string // flags of the messages left in INBOX
		wantMoved [][]string // flags of the messages in Triaged
	}{
		{name: "off by default", wantInbox: [][]string{nil, nil}},
		{name: "keyword", keyword: "$Triaged", wantInbox: [][]string{{"$triaged"}, {"$triaged"}}},
		{name: "move", moveTo: "Triaged", wantMoved: [][]string{nil, nil}},
		{name: "keyword and move", keyword: "$Triaged", moveTo: "Triaged", wantMoved: [][]string{{"$triaged"}, {"$triaged"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := startIMAP(t)
			if err := srv.user.Create("Triaged", nil); err != nil {
				t.Fatal(err)
			}
			srv.add(t, "INBOX", mailN(1), t0)
			srv.add(t, "INBOX", mailN(2), t0)
			p, db, _ := newTestPoller(t, srv, func(o *Options) { o.MarkKeyword, o.MoveTo = tt.keyword, tt.moveTo })
			if n, err := p.PollOnce(context.Background()); err != nil || n != 2 {
				t.Fatalf("PollOnce = %d, %v; want 2, nil", n, err)
			}
			if got := srv.folderFlags(t, "INBOX"); !equalFlags(got, tt.wantInbox) {
				t.Errorf("INBOX flags = %q, want %q", got, tt.wantInbox)
			}
			if got := srv.folderFlags(t, "Triaged"); !equalFlags(got, tt.wantMoved) {
				t.Errorf("Triaged flags = %q, want %q", got, tt.wantMoved)
			}
			// Nothing is refetched or stored twice after a move.
			if n, err := p.PollOnce(context.Background()); err != nil || n != 0 {
				t.Errorf("second PollOnce = %d, %v; want 0, nil", n, err)
			}
			if got := len(stored(t, db)); got != 2 {
				t.Errorf("stored %d messages, want 2", got)
			}
		})
	}
}

func equalFlags(a, b [][]string) bool {
	return slices.EqualFunc(a, b, func(x, y []string) bool { return slices.Equal(x, y) })
}

func TestMoveToMissingFolderLeavesMail(t *testing.T) {
	srv := startIMAP(t)
	srv.add(t, "INBOX", mailN(1), t0)
	p, _, lg := newTestPoller(t, srv, func(o *Options) { o.MoveTo = "NoSuchFolder" })
	if n, err := p.PollOnce(context.Background()); err != nil || n != 1 {
		t.Fatalf("PollOnce = %d, %v; want 1, nil (a refused move is not a failed poll)", n, err)
	}
	if total, _ := srv.status(t, "INBOX"); total != 1 {
		t.Errorf("INBOX has %d messages, want 1", total)
	}
	if !strings.Contains(lg.String(), "server refused the after-processing action") {
		t.Errorf("refused move not logged:\n%s", lg)
	}
}

// xoauth2Session offers XOAUTH2 besides LOGIN; a valid token logs the
// user in.
type xoauth2Session struct {
	imapserver.SessionIMAP4rev2
	token string
	seen  *atomic.Value // last initial response, for the wire-format check
}

func (s *xoauth2Session) AuthenticateMechanisms() []string { return []string{"XOAUTH2"} }

func (s *xoauth2Session) Authenticate(mech string) (sasl.Server, error) {
	if mech != "XOAUTH2" {
		return nil, &imap.Error{Type: imap.StatusResponseTypeNo, Text: "unsupported mechanism"}
	}
	failed := false
	return saslServerFunc(func(resp []byte) ([]byte, bool, error) {
		if failed {
			return nil, true, &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeAuthenticationFailed, Text: "invalid token"}
		}
		s.seen.Store(string(resp))
		user, token, ok := parseXOAUTH2(resp)
		if !ok || token != s.token {
			failed = true
			return []byte(`{"status":"401","schemes":"Bearer","scope":"https://mail.google.com/"}`), false, nil
		}
		return nil, true, s.Login(user, testPassword)
	}), nil
}

type saslServerFunc func([]byte) ([]byte, bool, error)

func (f saslServerFunc) Next(resp []byte) ([]byte, bool, error) { return f(resp) }

func parseXOAUTH2(b []byte) (user, token string, ok bool) {
	fields := bytes.Split(b, []byte{1})
	for _, f := range fields {
		switch {
		case bytes.HasPrefix(f, []byte("user=")):
			user = string(f[5:])
		case bytes.HasPrefix(f, []byte("auth=Bearer ")):
			token = string(f[12:])
		}
	}
	return user, token, user != "" && token != "" && bytes.HasSuffix(b, []byte{1, 1})
}

func TestXOAUTH2(t *testing.T) {
	const goodToken = "ya29.test-access-token"
	tests := []struct {
		name       string
		token      string
		tokenErr   error
		wantErr    error
		wantPaused bool
	}{
		{name: "valid token", token: goodToken},
		{name: "refused token pauses", token: "expired", wantErr: ErrAuthFailed, wantPaused: true},
		{name: "token command fails", tokenErr: errors.New("token command exited 1"), wantErr: errors.New("")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var seen atomic.Value
			srv := startIMAPWith(t, nil, false, func(s imapserver.Session) imapserver.Session {
				return &xoauth2Session{SessionIMAP4rev2: s.(imapserver.SessionIMAP4rev2), token: goodToken, seen: &seen}
			})
			srv.add(t, "INBOX", mailN(1), t0)
			calls := 0
			p, _, lg := newTestPoller(t, srv, func(o *Options) {
				o.Password = nil
				o.OAuth2Token = func(context.Context) (string, error) {
					calls++
					return tt.token, tt.tokenErr
				}
			})
			n, err := p.PollOnce(context.Background())
			switch {
			case tt.wantErr == nil:
				if err != nil || n != 1 {
					t.Fatalf("PollOnce = %d, %v; want 1, nil", n, err)
				}
				if got, want := seen.Load(), "user="+testUser+"\x01auth=Bearer "+goodToken+"\x01\x01"; got != want {
					t.Errorf("XOAUTH2 initial response = %q, want %q", got, want)
				}
			case errors.Is(tt.wantErr, ErrAuthFailed):
				if !errors.Is(err, ErrAuthFailed) {
					t.Fatalf("PollOnce = %v, want ErrAuthFailed", err)
				}
			default:
				if err == nil || errors.Is(err, ErrAuthFailed) {
					t.Fatalf("PollOnce = %v, want a non-auth error", err)
				}
			}
			if calls != 1 {
				t.Errorf("token source called %d times, want 1", calls)
			}
			if got := p.State().Paused; got != tt.wantPaused {
				t.Errorf("State().Paused = %v, want %v", got, tt.wantPaused)
			}
			if strings.Contains(lg.String(), goodToken) || strings.Contains(lg.String(), "expired") {
				t.Errorf("log contains the token:\n%s", lg)
			}
		})
	}
}

func TestXOAUTH2NotOffered(t *testing.T) {
	srv := startIMAP(t) // LOGIN and PLAIN only
	p, _, _ := newTestPoller(t, srv, func(o *Options) {
		o.OAuth2Token = func(context.Context) (string, error) { return "t", nil }
	})
	if _, err := p.PollOnce(context.Background()); !errors.Is(err, ErrAuthFailed) || !strings.Contains(err.Error(), "XOAUTH2") {
		t.Errorf("PollOnce = %v, want ErrAuthFailed naming XOAUTH2", err)
	}
}

// wireCounter counts what the client sends (lines) and receives (bytes).
type wireCounter struct {
	net.Conn
	lines, read *atomic.Int64
}

func (w wireCounter) Write(b []byte) (int, error) {
	w.lines.Add(int64(bytes.Count(b, []byte("\r\n"))))
	return w.Conn.Write(b)
}

func (w wireCounter) Read(b []byte) (int, error) {
	n, err := w.Conn.Read(b)
	w.read.Add(int64(n))
	return n, err
}

// TestCheckCostIsConstant: a check of a folder with nothing new costs
// the same commands and about the same bytes whether it holds 5 or 2,000
// messages (STATUS, no scan).
func TestCheckCostIsConstant(t *testing.T) {
	cost := func(n int) (lines, read int64) {
		srv := startIMAP(t)
		for i := 1; i <= n; i++ {
			srv.add(t, "INBOX", mailN(i), t0)
		}
		var l, r atomic.Int64
		p, db, _ := newTestPoller(t, srv, nil)
		p.wrapConn = func(c net.Conn) net.Conn { return wireCounter{c, &l, &r} }
		st, err := srv.user.Status("INBOX", &imap.StatusOptions{UIDValidity: true})
		if err != nil {
			t.Fatal(err)
		}
		// As if everything had been fetched already.
		if err := db.SetCursor(context.Background(), testAccount, "INBOX", store.Cursor{UIDValidity: st.UIDValidity, LastUID: uint32(n)}); err != nil {
			t.Fatal(err)
		}
		if got, err := p.PollOnce(context.Background()); err != nil || got != 0 {
			t.Fatalf("PollOnce = %d, %v; want 0, nil", got, err)
		}
		return l.Load(), r.Load()
	}
	smallLines, smallRead := cost(5)
	bigLines, bigRead := cost(2000)
	if smallLines != bigLines {
		t.Errorf("a check sent %d lines for 5 messages and %d for 2,000; want the same", smallLines, bigLines)
	}
	if d := bigRead - smallRead; d < -32 || d > 32 {
		t.Errorf("a check read %d bytes for 5 messages and %d for 2,000; want about the same", smallRead, bigRead)
	}
	t.Logf("check of an unchanged folder: %d lines sent, %d bytes read", bigLines, bigRead)
}

// TestThreadsByAliasAndOrder: conversations are keyed by (relay alias,
// order id), never by the order id alone; a message without an order id is
// a pre-sale question threaded by alias.
func TestThreadsByAliasAndOrder(t *testing.T) {
	relay := func(id, alias, subject string) string {
		return "From: \"B - Amazon Marketplace\" <" + alias + "@marketplace.amazon.de>\r\n" +
			"To: shop@seller.example\r\nSubject: " + subject + "\r\nMessage-ID: <" + id + ">\r\n" +
			"Date: Tue, 04 Mar 2025 09:15:02 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nMessage:\r\nHello\r\nView message\r\n"
	}
	const order = "302-1234567-7654321"
	srv := startIMAP(t)
	srv.add(t, "INBOX", relay("a1@x", "aaaaaaaaaaaaaaa", "Inquiry (Order: "+order+")"), t0)
	srv.add(t, "INBOX", relay("a2@x", "aaaaaaaaaaaaaaa", "RE: Inquiry (Order: "+order+")"), t0)
	srv.add(t, "INBOX", relay("b1@x", "bbbbbbbbbbbbbbb", "Inquiry (Order: "+order+")"), t0)
	srv.add(t, "INBOX", relay("a3@x", "aaaaaaaaaaaaaaa", "Product details inquiry"), t0)
	p, db, _ := newTestPoller(t, srv, nil)
	if n, err := p.PollOnce(context.Background()); err != nil || n != 4 {
		t.Fatalf("PollOnce = %d, %v; want 4, nil", n, err)
	}
	ms := stored(t, db)
	tests := []struct {
		key  string
		want []string
	}{
		{ms[0].ThreadKey(), []string{"a1@x", "a2@x"}},
		{ms[2].ThreadKey(), []string{"b1@x"}},
		{ms[3].ThreadKey(), []string{"a3@x"}},
	}
	for _, tt := range tests {
		th, err := db.Thread(context.Background(), tt.key)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range th {
			got = append(got, m.MessageID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Thread(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
	if ms[0].ThreadKey() == ms[2].ThreadKey() {
		t.Errorf("two buyers share thread %q through the order id alone", ms[0].ThreadKey())
	}
}
