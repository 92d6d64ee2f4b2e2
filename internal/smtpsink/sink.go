package smtpsink

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-smtp"
)

// DefaultStall is how long a "timeout" recipient stalls DATA when
// Options.Stall is zero. It is longer than go-mail's default 15 s timeout.
const DefaultStall = 30 * time.Second

// Message is one message the sink accepted.
type Message struct {
	From string    // envelope sender (MAIL FROM)
	To   []string  // accepted envelope recipients (RCPT TO), in order
	Data []byte    // the DATA content, dot-unstuffed, CRLF line ends
	At   time.Time // when the final "." was received, from Options.Now
}

// Options configure a Sink. The zero value is usable.
type Options struct {
	// Logger receives go-smtp's internal error messages. Nil discards them.
	Logger *log.Logger
	// Domain is the host name in the greeting; "" means "localhost".
	Domain string
	// Stall is how long DATA is held for a "timeout" recipient before the
	// sink gives up with 451; zero means DefaultStall. Close ends it early.
	Stall time.Duration
	// Now stamps Message.At; nil means time.Now.
	Now func() time.Time
}

// Sink is a running SMTP server that records what it receives. Its methods
// are safe for concurrent use.
type Sink struct {
	srv   *smtp.Server
	ln    net.Listener
	opts  Options
	done  chan struct{} // closed by Close: ends stalls
	serve chan error    // result of srv.Serve

	mu      sync.Mutex
	msgs    []Message
	changed chan struct{} // closed and replaced whenever msgs grows
	closed  bool
	active  sync.WaitGroup // Data calls in progress; Add only under mu while !closed
}

// Start listens on addr (use "127.0.0.1:0" in tests) and serves SMTP in a
// background goroutine until Close.
func Start(addr string, opts Options) (*Sink, error) {
	if opts.Domain == "" {
		opts.Domain = "localhost"
	}
	if opts.Stall <= 0 {
		opts.Stall = DefaultStall
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("smtp sink listen on %s: %w", addr, err)
	}
	s := &Sink{
		ln:      ln,
		opts:    opts,
		done:    make(chan struct{}),
		serve:   make(chan error, 1),
		changed: make(chan struct{}),
	}
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) {
		return &session{sink: s}, nil
	}))
	srv.Domain = opts.Domain
	srv.MaxMessageBytes = 32 << 20
	srv.MaxRecipients = 100
	srv.ReadTimeout = 5 * time.Minute
	srv.WriteTimeout = time.Minute
	if opts.Logger != nil {
		srv.ErrorLog = opts.Logger
	} else {
		srv.ErrorLog = log.New(io.Discard, "", 0)
	}
	s.srv = srv
	go func() { s.serve <- srv.Serve(ln) }()
	return s, nil
}

// Addr returns the listening address as "host:port".
func (s *Sink) Addr() string { return s.ln.Addr().String() }

// Host returns the listening IP address, e.g. "127.0.0.1".
func (s *Sink) Host() string { return s.ln.Addr().(*net.TCPAddr).IP.String() }

// Port returns the listening TCP port.
func (s *Sink) Port() int { return s.ln.Addr().(*net.TCPAddr).Port }

// Messages returns a copy of every message received so far, oldest first.
func (s *Sink) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return copyMessages(s.msgs)
}

// Wait blocks until at least n messages were received and returns a copy of
// all of them, or returns ctx's error (with the messages so far) when ctx is
// done first, or an error when the sink is closed before n arrived.
func (s *Sink) Wait(ctx context.Context, n int) ([]Message, error) {
	for {
		s.mu.Lock()
		if len(s.msgs) >= n {
			msgs := copyMessages(s.msgs)
			s.mu.Unlock()
			return msgs, nil
		}
		if s.closed {
			msgs := copyMessages(s.msgs)
			s.mu.Unlock()
			return msgs, fmt.Errorf("smtp sink closed with %d of %d messages", len(msgs), n)
		}
		changed := s.changed
		s.mu.Unlock()
		select {
		case <-ctx.Done():
			msgs := s.Messages()
			return msgs, fmt.Errorf("waiting for %d messages, got %d: %w", n, len(msgs), ctx.Err())
		case <-changed:
		}
	}
}

// Close stops stalled sessions, closes the listener and every connection,
// and waits for the server goroutine. A second Close returns nil.
func (s *Sink) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	close(s.done)
	close(s.changed) // wake waiters so they see closed
	s.changed = make(chan struct{})
	s.mu.Unlock()

	err := s.srv.Close()
	// srv.Close only closes listeners Serve has registered; when Close runs
	// before the Serve goroutine did, closing ln ourselves ends Serve.
	if lerr := s.ln.Close(); lerr != nil && !errors.Is(lerr, net.ErrClosed) && err == nil {
		err = lerr
	}
	s.active.Wait()
	if serr := <-s.serve; serr != nil && !errors.Is(serr, smtp.ErrServerClosed) && !errors.Is(serr, net.ErrClosed) && err == nil {
		err = serr
	}
	if errors.Is(err, net.ErrClosed) {
		err = nil
	}
	if err != nil {
		return fmt.Errorf("close smtp sink %s: %w", s.Addr(), err)
	}
	return nil
}

func (s *Sink) record(m Message) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.msgs = append(s.msgs, m)
	close(s.changed)
	s.changed = make(chan struct{})
}

func copyMessages(in []Message) []Message {
	out := make([]Message, len(in))
	for i, m := range in {
		out[i] = Message{
			From: m.From,
			To:   append([]string(nil), m.To...),
			Data: bytes.Clone(m.Data),
			At:   m.At,
		}
	}
	return out
}

// behaviour is what the sink does for one recipient.
type behaviour int

const (
	accept behaviour = iota
	tempError
	permError
	stall
)

// behaviourFor reads the behaviour from the local part of addr.
func behaviourFor(addr string) behaviour {
	local := addr
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		local = addr[:i]
	}
	local = strings.ToLower(local)
	switch {
	case strings.HasPrefix(local, "temperror"):
		return tempError
	case strings.HasPrefix(local, "permerror"):
		return permError
	case strings.HasPrefix(local, "timeout"):
		return stall
	}
	return accept
}

// session is one SMTP transaction sequence on one connection.
type session struct {
	sink  *Sink
	from  string
	to    []string
	stall bool
}

var _ smtp.Session = (*session)(nil)

func (ss *session) Reset() {
	ss.from, ss.to, ss.stall = "", nil, false
}

func (ss *session) Logout() error { return nil }

func (ss *session) Mail(from string, _ *smtp.MailOptions) error {
	ss.from = from
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	switch behaviourFor(to) {
	case tempError:
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "temporary failure requested by recipient " + to}
	case permError:
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "permanent failure requested by recipient " + to}
	case stall:
		ss.stall = true
	}
	ss.to = append(ss.to, to)
	return nil
}

func (ss *session) Data(r io.Reader) error {
	s := ss.sink
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 3, 2}, Message: "sink is shutting down"}
	}
	s.active.Add(1)
	s.mu.Unlock()
	defer s.active.Done()

	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if ss.stall {
		t := time.NewTimer(s.opts.Stall)
		defer t.Stop()
		select {
		case <-s.done:
		case <-t.C:
		}
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 4, 2}, Message: "stalled on request of a timeout recipient"}
	}
	s.record(Message{
		From: ss.from,
		To:   append([]string(nil), ss.to...),
		Data: data,
		At:   s.opts.Now(),
	})
	return nil
}
