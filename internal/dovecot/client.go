package dovecot

import (
	"fmt"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// appendWindow is how many APPENDs are in flight at once when seeding
// (docs/dependencies.md, go-imap trap 9: the client pipelines appends).
const appendWindow = 64

// Login returns an IMAP client logged in as user over plain TCP, logged out
// and closed when the test ends.
func (s *Server) Login(tb testing.TB, user string) *imapclient.Client {
	tb.Helper()
	c, err := imapclient.DialInsecure(s.Addr(), nil)
	if err != nil {
		tb.Fatalf("connecting to dovecot: %v", err)
	}
	tb.Cleanup(func() { c.Close() })
	if err := c.Login(user, s.users[user]).Wait(); err != nil {
		tb.Fatalf("logging in to dovecot as %s: %v", user, err)
	}
	return c
}

// Append stores msgs in folder of user with INTERNALDATE date, pipelined;
// it returns the UIDs in order. It opens its own connection.
func (s *Server) Append(tb testing.TB, user, folder string, date time.Time, msgs ...[]byte) []uint32 {
	tb.Helper()
	c := s.Login(tb, user)
	defer func() { c.Logout().Wait() }()
	uids, err := appendAll(c, folder, date, msgs)
	if err != nil {
		tb.Fatal(err)
	}
	return uids
}

func appendAll(c *imapclient.Client, folder string, date time.Time, msgs [][]byte) ([]uint32, error) {
	uids := make([]uint32, 0, len(msgs))
	pending := make([]*imapclient.AppendCommand, 0, appendWindow)
	drain := func() error {
		for _, a := range pending {
			d, err := a.Wait()
			if err != nil {
				return fmt.Errorf("appending to %s: %w", folder, err)
			}
			uids = append(uids, uint32(d.UID))
		}
		pending = pending[:0]
		return nil
	}
	for _, m := range msgs {
		a := c.Append(folder, int64(len(m)), &imap.AppendOptions{Time: date})
		if _, err := a.Write(m); err != nil {
			return nil, fmt.Errorf("appending to %s: %w", folder, err)
		}
		if err := a.Close(); err != nil {
			return nil, fmt.Errorf("appending to %s: %w", folder, err)
		}
		pending = append(pending, a)
		if len(pending) == appendWindow {
			if err := drain(); err != nil {
				return nil, err
			}
		}
	}
	if err := drain(); err != nil {
		return nil, err
	}
	return uids, nil
}

// CreateMailbox creates folder for user.
func (s *Server) CreateMailbox(tb testing.TB, user, folder string) {
	tb.Helper()
	c := s.Login(tb, user)
	defer func() { c.Logout().Wait() }()
	if err := c.Create(folder, nil).Wait(); err != nil {
		tb.Fatalf("creating %s: %v", folder, err)
	}
}

// Recreate deletes and re-creates folder (not INBOX, which IMAP cannot
// delete), which gives it a new UIDVALIDITY, as a server migration or a
// rebuilt index would. It returns the old and the new UIDVALIDITY.
func (s *Server) Recreate(tb testing.TB, user, folder string) (before, after uint32) {
	tb.Helper()
	c := s.Login(tb, user)
	defer func() { c.Logout().Wait() }()
	uidValidity := func() uint32 {
		st, err := c.Status(folder, &imap.StatusOptions{UIDValidity: true}).Wait()
		if err != nil {
			tb.Fatalf("status of %s: %v", folder, err)
		}
		return st.UIDValidity
	}
	before = uidValidity()
	if err := c.Delete(folder).Wait(); err != nil {
		tb.Fatalf("deleting %s: %v", folder, err)
	}
	if err := c.Create(folder, nil).Wait(); err != nil {
		tb.Fatalf("creating %s: %v", folder, err)
	}
	return before, uidValidity()
}

// Count returns the number of messages in folder of user.
func (s *Server) Count(tb testing.TB, user, folder string) uint32 {
	tb.Helper()
	c := s.Login(tb, user)
	defer func() { c.Logout().Wait() }()
	st, err := c.Status(folder, &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		tb.Fatalf("status of %s: %v", folder, err)
	}
	return *st.NumMessages
}
