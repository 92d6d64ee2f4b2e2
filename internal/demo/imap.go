package demo

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/mail"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// Demo IMAP credentials. They protect nothing: the server holds only the
// embedded samples and listens where the caller says (normally loopback).
const (
	DemoUsername = "seller@example.com"
	DemoPassword = "demo"
)

// IMAPServer is a running in-memory IMAP server (go-imap's imapmemserver)
// with one user and an INBOX. Its contents live only as long as the process.
type IMAPServer struct {
	Addr     string // "host:port" it listens on
	Username string
	Password string

	ln    net.Listener
	srv   *imapserver.Server
	user  *imapmemserver.User
	serve chan error

	closeOnce sync.Once
	closeErr  error
}

// StartIMAP starts the server on addr (e.g. "127.0.0.1:0") without TLS, with
// user DemoUsername/DemoPassword and an empty INBOX. The server's own logger
// is silenced. It serves in a background goroutine until Close.
func StartIMAP(addr string) (*IMAPServer, error) {
	mem := imapmemserver.New()
	user := imapmemserver.NewUser(DemoUsername, DemoPassword)
	if err := user.Create("INBOX", nil); err != nil {
		return nil, fmt.Errorf("create demo INBOX: %w", err)
	}
	mem.AddUser(user)

	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("demo imap listen on %s: %w", addr, err)
	}
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}},
		InsecureAuth: true, // plain LOGIN on loopback; there is no TLS
		Logger:       log.New(io.Discard, "", 0),
	})
	s := &IMAPServer{
		Addr:     ln.Addr().String(),
		Username: DemoUsername,
		Password: DemoPassword,
		ln:       ln,
		srv:      srv,
		user:     user,
		serve:    make(chan error, 1),
	}
	go func() { s.serve <- srv.Serve(ln) }()
	return s, nil
}

// Close stops the server, closing every client connection, and waits for
// the accept loop to end. Later calls return the first call's result.
func (s *IMAPServer) Close() error {
	s.closeOnce.Do(func() { s.closeErr = s.close() })
	return s.closeErr
}

func (s *IMAPServer) close() error {
	// Close the listener first and wait for Serve to return: imapserver's
	// Close races with a Serve that has not registered its listener yet
	// (seen by the race detector when a test closes right after start).
	// Then srv.Close ends the client connections.
	var err error
	if lerr := s.ln.Close(); lerr != nil && !errors.Is(lerr, net.ErrClosed) {
		err = lerr
	}
	<-s.serve
	if cerr := s.srv.Close(); cerr != nil && err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("close demo imap server %s: %w", s.Addr, err)
	}
	return nil
}

// Append delivers raw to folder over an IMAP connection, as a mail client
// would, so that connected clients (IDLE) see the new message. date is the
// INTERNALDATE; the zero time means now. A folder other than INBOX is
// created first when missing. It blocks until the server confirmed the
// APPEND; ctx cancels it by closing the connection.
func (s *IMAPServer) Append(ctx context.Context, folder string, raw []byte, date time.Time) error {
	return s.appendAll(ctx, folder, []appendItem{{raw: raw, date: date}})
}

// SeedDemo appends every embedded sample mail (Mails) to INBOX, in name
// order, each with its Date header as INTERNALDATE. It returns how many
// were appended.
func (s *IMAPServer) SeedDemo(ctx context.Context) (int, error) {
	ms, err := Mails()
	if err != nil {
		return 0, err
	}
	items := make([]appendItem, len(ms))
	for i, m := range ms {
		items[i] = appendItem{name: m.Name, raw: m.Raw, date: mailDate(m.Raw)}
	}
	recent(items, time.Now())
	if err := s.appendAll(ctx, "INBOX", items); err != nil {
		return 0, err
	}
	return len(items), nil
}

// recent moves the sample mail into the recent past, keeping its order: the
// newest arrives 10 minutes before now and the oldest 30 hours before, so
// the demo queue shows both time left and overdue replies against Amazon's
// 24-hour clock. The Date header is rewritten to match.
func recent(items []appendItem, now time.Time) {
	var oldest, newest time.Time
	for _, it := range items {
		if it.date.IsZero() {
			continue
		}
		if oldest.IsZero() || it.date.Before(oldest) {
			oldest = it.date
		}
		if it.date.After(newest) {
			newest = it.date
		}
	}
	span := newest.Sub(oldest)
	if span <= 0 {
		return
	}
	const window = 30*time.Hour - 10*time.Minute
	for i, it := range items {
		if it.date.IsZero() {
			continue
		}
		frac := float64(it.date.Sub(oldest)) / float64(span)
		d := now.Add(-30 * time.Hour).Add(time.Duration(frac * float64(window))).Truncate(time.Minute)
		items[i].date = d
		items[i].raw = withDate(it.raw, d)
	}
}

// withDate replaces the Date header field of raw (in the header block only).
func withDate(raw []byte, d time.Time) []byte {
	end := bytes.Index(raw, []byte("\r\n\r\n"))
	if end < 0 {
		return raw
	}
	// Search "\r\n" + header block so that a first-line Date matches too.
	head := append([]byte("\r\n"), raw[:end+2]...)
	i := bytes.Index(head, []byte("\r\nDate: "))
	if i < 0 {
		return raw
	}
	j := bytes.Index(head[i+2:], []byte("\r\n"))
	if j < 0 {
		return raw
	}
	start, stop := i, i+j // positions in raw: head is raw shifted by 2
	out := make([]byte, 0, len(raw)+8)
	out = append(out, raw[:start]...)
	out = append(out, "Date: "+d.Format(time.RFC1123Z)...)
	out = append(out, raw[stop:]...)
	return out
}

type appendItem struct {
	name string // for errors; "" for Append
	raw  []byte
	date time.Time
}

// mailDate returns the Date header of raw, or the zero time.
func mailDate(raw []byte) time.Time {
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return time.Time{}
	}
	d, err := m.Header.Date()
	if err != nil {
		return time.Time{}
	}
	return d
}

func (s *IMAPServer) ensureFolder(folder string) error {
	if folder == "INBOX" {
		return nil
	}
	err := s.user.Create(folder, nil)
	var ierr *imap.Error
	if errors.As(err, &ierr) && ierr.Code == imap.ResponseCodeAlreadyExists {
		return nil
	}
	if err != nil {
		return fmt.Errorf("create demo folder %q: %w", folder, err)
	}
	return nil
}

func (s *IMAPServer) appendAll(ctx context.Context, folder string, items []appendItem) (err error) {
	if err := s.ensureFolder(folder); err != nil {
		return err
	}
	conn, err := (&net.Dialer{Timeout: 10 * time.Second}).DialContext(ctx, "tcp", s.Addr)
	if err != nil {
		return fmt.Errorf("dial demo imap %s: %w", s.Addr, err)
	}
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	c := imapclient.New(conn, nil)
	defer func() {
		if cerr := c.Close(); cerr != nil && err == nil && ctx.Err() == nil && !errors.Is(cerr, net.ErrClosed) {
			err = fmt.Errorf("close demo imap client: %w", cerr)
		}
	}()
	wrap := func(what string, err error) error {
		if ctx.Err() != nil {
			return fmt.Errorf("%s: %w", what, ctx.Err())
		}
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := c.Login(s.Username, s.Password).Wait(); err != nil {
		return wrap("demo imap login", err)
	}
	for _, it := range items {
		what := "append to " + folder
		if it.name != "" {
			what = fmt.Sprintf("append %s to %s", it.name, folder)
		}
		cmd := c.Append(folder, int64(len(it.raw)), &imap.AppendOptions{Time: it.date})
		if _, err := cmd.Write(it.raw); err != nil {
			cmd.Close()
			return wrap(what, err)
		}
		if err := cmd.Close(); err != nil {
			return wrap(what, err)
		}
		if _, err := cmd.Wait(); err != nil {
			return wrap(what, err)
		}
	}
	if err := c.Logout().Wait(); err != nil {
		return wrap("demo imap logout", err)
	}
	return nil
}
