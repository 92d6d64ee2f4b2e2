package respond

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/mail"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aftersale/aftersale"
	"github.com/aftersale/aftersale/internal/smtpsink"
	"github.com/aftersale/aftersale/store"
)

// clock is an adjustable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

type env struct {
	t     *testing.T
	ctx   context.Context
	clock *clock
	db    *store.DB
	uid   uint32
}

func newEnv(t *testing.T) *env {
	t.Helper()
	c := &clock{t: now}
	return &env{t: t, ctx: context.Background(), clock: c, db: store.MustOpenTestOptions(t, store.Options{Now: c.Now})}
}

// seed stores a parsed, classified buyer message and returns its id.
func (e *env) seed(m aftersale.Message, c aftersale.Classification) int64 {
	e.t.Helper()
	e.uid++
	id, _, err := e.db.InsertRawMessage(e.ctx, store.RawMessage{
		Account: "shop", Folder: "INBOX", UIDValidity: 1, UID: e.uid,
		Raw: []byte("Subject: test\r\n\r\nbody\r\n"), InternalDate: e.clock.Now(),
	})
	if err != nil {
		e.t.Fatalf("InsertRawMessage: %v", err)
	}
	m.Date = e.clock.Now()
	if err := e.db.SaveParsed(e.ctx, id, m, nil); err != nil {
		e.t.Fatalf("SaveParsed: %v", err)
	}
	c.MessageID = id
	if err := e.db.SaveClassification(e.ctx, c); err != nil {
		e.t.Fatalf("SaveClassification: %v", err)
	}
	return id
}

func (e *env) drafter() *Drafter {
	d := NewDrafter(e.db, testSettings(), nil)
	d.now = e.clock.Now
	return d
}

// draftFor returns the draft of message msgID.
func (e *env) draftFor(msgID int64) aftersale.Draft {
	e.t.Helper()
	ds, err := e.db.Drafts(e.ctx, store.DraftFilter{})
	if err != nil {
		e.t.Fatal(err)
	}
	for _, d := range ds {
		if d.MessageID == msgID {
			return d
		}
	}
	e.t.Fatalf("no draft for message %d", msgID)
	return aftersale.Draft{}
}

func (e *env) draft(id int64) aftersale.Draft {
	e.t.Helper()
	d, err := e.db.Draft(e.ctx, id)
	if err != nil {
		e.t.Fatalf("Draft(%d): %v", id, err)
	}
	return d
}

// approvedDraft seeds a shipping inquiry for a shipped FBM order with
// tracking (a draft without placeholders), drafts and approves it.
func (e *env) approvedDraft(alias string) aftersale.Draft {
	e.t.Helper()
	if _, err := e.db.UpsertOrder(e.ctx, order(fbm, shipped)); err != nil {
		e.t.Fatal(err)
	}
	m := buyerMsg("Shipping inquiry from Amazon customer Anna (Order: "+testOrderID+")", "Where is my parcel?")
	m.RelayAlias = alias
	m.MessageID = fmt.Sprintf("buyer-%d@marketplace.amazon.de", e.uid+1)
	m.References = []string{"first@shop.example", "second@marketplace.amazon.de"}
	msgID := e.seed(m, aftersale.Classification{Case: aftersale.CaseShippingInquiry, Confidence: 0.9, Language: "en"})
	if _, err := e.drafter().RunOnce(e.ctx); err != nil {
		e.t.Fatalf("Drafter.RunOnce: %v", err)
	}
	d := e.draftFor(msgID)
	if err := e.db.ApproveDraft(e.ctx, d.ID, store.Approval{By: "anna", Reviewed: true, OutgoingID: NewOutgoingID("shop.example")}); err != nil {
		e.t.Fatalf("ApproveDraft(%d): %v (draft %+v)", d.ID, err, d)
	}
	return e.draft(d.ID)
}

func startSink(t *testing.T) *smtpsink.Sink {
	t.Helper()
	sink, err := smtpsink.Start("127.0.0.1:0", smtpsink.Options{Stall: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sink.Close() })
	return sink
}

func sinkMailer(sink *smtpsink.Sink) *SMTPMailer {
	return NewSMTPMailer(SMTPOptions{Host: sink.Host(), Port: sink.Port(), TLS: "plain", Timeout: 5 * time.Second, HeloName: "test.example"})
}

func (e *env) sender(m Mailer) *Sender {
	return NewSender(e.db, m, SenderOptions{From: "service@shop.example", Now: e.clock.Now,
		Backoff: func(int) time.Duration { return time.Minute }}, nil)
}

func TestDrafterCreatesDrafts(t *testing.T) {
	e := newEnv(t)
	if _, err := e.db.UpsertOrder(e.ctx, order(fbm, unshipped)); err != nil {
		t.Fatal(err)
	}
	cancelMsg := buyerMsg("Order cancellation request from Amazon customer Anna (Order: "+testOrderID+")", "Please cancel")
	cancelID := e.seed(cancelMsg, aftersale.Classification{Case: aftersale.CaseCancelOrder, Notice: aftersale.NoticeCancellation, Confidence: 1, Language: "de"})

	unknown := buyerMsg("Where is my order?", "Where is it?")
	unknown.OrderIDs = []string{"999-1111111-2222222"}
	unknown.MessageID = "buyer-2@marketplace.amazon.de"
	unknownID := e.seed(unknown, aftersale.Classification{Case: aftersale.CaseShippingInquiry, Confidence: 0.8, Language: "nl"})

	thanks := buyerMsg("Thanks", "Thank you!")
	thanks.MessageID = "buyer-3@marketplace.amazon.de"
	thanksID := e.seed(thanks, aftersale.Classification{Case: aftersale.CaseOther, Confidence: 0.9, Language: "en"})

	n, err := e.drafter().RunOnce(e.ctx)
	if err != nil || n != 3 {
		t.Fatalf("RunOnce = %d, %v; want 3, nil", n, err)
	}
	if n, err := e.drafter().RunOnce(e.ctx); err != nil || n != 0 {
		t.Errorf("second RunOnce = %d, %v; want 0, nil", n, err)
	}

	d := e.draftFor(cancelID)
	if d.State != aftersale.DraftProposed || d.Action != ActionCancelConfirm || d.Case != aftersale.CaseCancelOrder {
		t.Errorf("cancel draft state %s action %s case %s, want proposed cancel_confirm cancel_order", d.State, d.Action, d.Case)
	}
	if d.Language != "de" || !strings.HasPrefix(d.Body, "Hallo Anna,") {
		t.Errorf("cancel draft language %q body %q, want German", d.Language, d.Body[:20])
	}
	if d.SellerLanguage != "en" || !strings.HasPrefix(d.SellerBody, "Dear Anna,") {
		t.Errorf("seller copy language %q body %q, want English", d.SellerLanguage, d.SellerBody[:20])
	}
	if d.To != cancelMsg.RelayAlias || d.InReplyTo != cancelMsg.MessageID {
		t.Errorf("To %q InReplyTo %q, want %q %q", d.To, d.InReplyTo, cancelMsg.RelayAlias, cancelMsg.MessageID)
	}
	if want := []string{"seller-0@shop.example", cancelMsg.MessageID}; strings.Join(d.References, " ") != strings.Join(want, " ") {
		t.Errorf("References = %q, want %q", d.References, want)
	}
	if len(d.Tasks) != 1 || d.Tasks[0].Kind != aftersale.TaskCancelOrder {
		t.Errorf("tasks = %+v, want one cancel_order", d.Tasks)
	}
	if aftersale.Blocking(d.Findings) {
		t.Errorf("findings = %+v, want none blocking", d.Findings)
	}

	u := e.draftFor(unknownID)
	if !u.NeedsHuman || u.Action != ActionShippingOrderUnknown || len(u.Tasks) == 0 || u.Tasks[0].Kind != aftersale.TaskCheckOrder {
		t.Errorf("unknown-order draft: needs_human %v action %s tasks %+v, want a check_order task", u.NeedsHuman, u.Action, u.Tasks)
	}
	if strings.Contains(u.Body, "[[") {
		t.Errorf("unknown-order draft states facts it lacks:\n%s", u.Body)
	}
	if u.Language != "en" || !strings.Contains(strings.Join(u.Reasons, "\n"), "no nl templates") {
		t.Errorf("nl draft language %q reasons %q, want English fallback reported", u.Language, u.Reasons)
	}

	th := e.draftFor(thanksID)
	if th.State != aftersale.DraftNoResponseNeeded || th.Body != "" || len(th.Tasks) != 1 || th.Tasks[0].Kind != aftersale.TaskMarkNoResponse {
		t.Errorf("thanks draft state %s body %q tasks %+v, want no_response_needed with mark_no_response", th.State, th.Body, th.Tasks)
	}
}

func TestDrafterNoRelayAlias(t *testing.T) {
	e := newEnv(t)
	// Amazon's A-to-z notice comes from a no-reply sender: a task, no
	// reply draft.
	m := buyerMsg("A-to-z Guarantee Claim for Order "+testOrderID, "claim")
	m.RelayAlias, m.Sender, m.FromAddr = "", aftersale.SenderAmazon, "atoz-guarantee-no-reply@amazon.com"
	id := e.seed(m, aftersale.Classification{Case: aftersale.CaseReturnDissatisfied, Notice: aftersale.NoticeAtoZ, Confidence: 1, NeedsHuman: true, Reasons: []string{"A-to-z claim"}})
	// Amazon customer service relaying a buyer's question: a reply, but
	// not by mail.
	cs := buyerMsg("Your inquiry about order "+testOrderID, "This is Amazon's customer service team. The buyer asks where the parcel is.")
	cs.MessageID = "cs-1@amazon.com"
	cs.RelayAlias, cs.Sender, cs.FromAddr = "", aftersale.SenderAmazon, "cs-reply@amazon.com"
	csID := e.seed(cs, aftersale.Classification{Case: aftersale.CaseShippingInquiry, Confidence: 0.9, Language: "en"})
	if _, err := e.drafter().RunOnce(e.ctx); err != nil {
		t.Fatal(err)
	}
	d := e.draftFor(id)
	if d.State != aftersale.DraftNoResponseNeeded || d.Body != "" || !d.NeedsHuman || d.Action != ActionClaimTask {
		t.Errorf("A-to-z notice: state %s action %s needs_human %v body %q, want a claim task and no reply", d.State, d.Action, d.NeedsHuman, d.Body)
	}
	if len(d.Tasks) != 1 || d.Tasks[0].Kind != aftersale.TaskRespondClaim {
		t.Errorf("A-to-z notice tasks %+v, want respond_claim", d.Tasks)
	}
	c := e.draftFor(csID)
	if !c.NeedsHuman || c.To != "" || c.Body == "" || !strings.Contains(strings.Join(c.Reasons, "\n"), "no Amazon relay address") {
		t.Errorf("draft needs_human %v to %q reasons %q, want flagged for no relay address", c.NeedsHuman, c.To, c.Reasons)
	}
}

// TestDrafterFallbackDraft: a message whose draft cannot be built (an
// error or a panic in BuildDraft) gets a needs-human draft with an
// [[answer]] placeholder instead of being retried unseen forever; the
// other messages of the batch are drafted normally.
func TestDrafterFallbackDraft(t *testing.T) {
	for _, fail := range []string{"error", "panic"} {
		t.Run(fail, func(t *testing.T) {
			e := newEnv(t)
			good := buyerMsg("Where is my order?", "Where is it?")
			goodID := e.seed(good, aftersale.Classification{Case: aftersale.CaseShippingInquiry, Confidence: 0.9, Language: "en"})
			bad := buyerMsg("Inquiry from Amazon customer Anna (Order: "+testOrderID+")", "poison")
			bad.MessageID = "buyer-9@marketplace.amazon.de"
			badID := e.seed(bad, aftersale.Classification{Case: aftersale.CaseReturnUnwanted, Confidence: 0.9, Language: "de"})

			dr := e.drafter()
			dr.buildDraft = func(in Input, s Settings) (aftersale.Draft, error) {
				if in.Message.BuyerText == "poison" {
					if fail == "panic" {
						panic("template exploded")
					}
					return aftersale.Draft{}, errors.New("template exploded")
				}
				return BuildDraft(in, s)
			}
			if n, err := dr.RunOnce(e.ctx); err != nil || n != 2 {
				t.Fatalf("RunOnce = %d, %v; want 2, nil", n, err)
			}
			d := e.draftFor(badID)
			if d.State != aftersale.DraftProposed || !d.NeedsHuman || d.Body != "[[answer]]" ||
				strings.Join(d.Placeholders, ",") != "answer" || d.Case != aftersale.CaseReturnUnwanted {
				t.Errorf("fallback draft = state %s needs_human %v body %q placeholders %q case %s; want proposed, needs_human, [[answer]]",
					d.State, d.NeedsHuman, d.Body, d.Placeholders, d.Case)
			}
			if d.To != bad.RelayAlias || d.InReplyTo != bad.MessageID || d.OrderID != testOrderID || d.Language != "de" {
				t.Errorf("fallback draft To %q InReplyTo %q order %q language %q; want it threaded to the buyer",
					d.To, d.InReplyTo, d.OrderID, d.Language)
			}
			if !strings.Contains(strings.Join(d.Reasons, "\n"), "drafting failed") {
				t.Errorf("fallback draft reasons %q, want the failure named", d.Reasons)
			}
			if g := e.draftFor(goodID); g.Action == ActionOtherReply || strings.Contains(strings.Join(g.Reasons, "\n"), "drafting failed") {
				t.Errorf("the good message got the fallback too: action %s reasons %q", g.Action, g.Reasons)
			}
		})
	}
}

// received parses what the sink got.
func received(t *testing.T, sm smtpsink.Message) *mail.Message {
	t.Helper()
	msg, err := mail.ReadMessage(bufio.NewReader(bytes.NewReader(sm.Data)))
	if err != nil {
		t.Fatalf("parsing received message: %v", err)
	}
	return msg
}

func TestSenderSends(t *testing.T) {
	e := newEnv(t)
	sink := startSink(t)
	d := e.approvedDraft("6bmcx2l1t7cwrwb@marketplace.amazon.de")
	s := e.sender(sinkMailer(sink))
	n, err := s.RunOnce(e.ctx)
	if err != nil || n != 1 {
		t.Fatalf("RunOnce = %d, %v; want 1, nil", n, err)
	}
	msgs := sink.Messages()
	if len(msgs) != 1 {
		t.Fatalf("sink got %d messages, want 1", len(msgs))
	}
	if got := strings.Join(msgs[0].To, ","); got != d.To {
		t.Errorf("envelope recipients %q, want %q", got, d.To)
	}
	if msgs[0].From != "service@shop.example" {
		t.Errorf("envelope sender %q, want service@shop.example", msgs[0].From)
	}
	msg := received(t, msgs[0])
	h := msg.Header
	checks := []struct{ header, want string }{
		{"To", "<" + d.To + ">"},
		{"Subject", d.Subject},
		{"Message-Id", "<" + d.OutgoingID + ">"},
		{"In-Reply-To", "<" + d.InReplyTo + ">"},
		{"References", "<first@shop.example> <second@marketplace.amazon.de> <" + d.InReplyTo + ">"},
	}
	for _, c := range checks {
		got := h.Get(c.header)
		if c.header == "Subject" {
			got, _ = new(mime.WordDecoder).DecodeHeader(got)
		}
		if got != c.want {
			t.Errorf("header %s = %q, want %q", c.header, got, c.want)
		}
	}
	if strings.Contains(h.Get("References"), ",") {
		t.Errorf("References contains a comma: %q", h.Get("References"))
	}
	for _, k := range []string{"X-Mailer", "User-Agent"} {
		if v := h.Get(k); v != "" {
			t.Errorf("header %s = %q, want none", k, v)
		}
	}
	got := e.draft(d.ID)
	if got.State != aftersale.DraftSent {
		t.Errorf("draft state %s, want sent", got.State)
	}
	sent, err := e.db.Sent(e.ctx, store.SentFilter{})
	if err != nil || len(sent) != 1 {
		t.Fatalf("Sent = %v, %v; want one row", sent, err)
	}
	if sent[0].MessageID != d.OutgoingID || sent[0].Verdict != "ok" || sent[0].ApprovedBy != "anna" || sent[0].SMTPReply == "" {
		t.Errorf("sent row %+v", sent[0])
	}
	// Nothing left: a second run sends nothing.
	if n, err := s.RunOnce(e.ctx); err != nil || n != 0 {
		t.Errorf("second RunOnce = %d, %v; want 0, nil", n, err)
	}
}

func TestSenderTemporaryFailure(t *testing.T) {
	e := newEnv(t)
	sink := startSink(t)
	d := e.approvedDraft("temperror-6bmcx2l1t7cw@marketplace.amazon.de")
	s := e.sender(sinkMailer(sink))
	if n, err := s.RunOnce(e.ctx); err != nil || n != 0 {
		t.Fatalf("RunOnce = %d, %v; want 0, nil", n, err)
	}
	got := e.draft(d.ID)
	if got.State != aftersale.DraftApproved || got.Attempts != 1 || !strings.Contains(got.LastError, "451") {
		t.Errorf("after 451: state %s attempts %d last error %q; want approved, 1, a 451 error", got.State, got.Attempts, got.LastError)
	}
	if want := now.Add(time.Minute); !got.NextAttempt.Equal(want) {
		t.Errorf("NextAttempt = %v, want %v", got.NextAttempt, want)
	}
	// Not due yet: nothing is tried.
	if n, err := s.RunOnce(e.ctx); err != nil || n != 0 || e.draft(d.ID).Attempts != 1 {
		t.Errorf("RunOnce before the next attempt = %d, %v, attempts %d; want no try", n, err, e.draft(d.ID).Attempts)
	}
	e.clock.Add(time.Minute)
	if _, err := s.RunOnce(e.ctx); err != nil {
		t.Fatal(err)
	}
	if got := e.draft(d.ID); got.Attempts != 2 || got.State != aftersale.DraftApproved {
		t.Errorf("after the retry: state %s attempts %d, want approved 2", got.State, got.Attempts)
	}
	if len(sink.Messages()) != 0 {
		t.Errorf("sink recorded %d messages, want 0", len(sink.Messages()))
	}
}

func TestSenderGivesUpAfterMaxAttempts(t *testing.T) {
	e := newEnv(t)
	sink := startSink(t)
	d := e.approvedDraft("temperror-x@marketplace.amazon.de")
	s := NewSender(e.db, sinkMailer(sink), SenderOptions{From: "service@shop.example", Now: e.clock.Now, MaxAttempts: 2,
		Backoff: func(int) time.Duration { return time.Second }}, nil)
	for i := 0; i < 2; i++ {
		if _, err := s.RunOnce(e.ctx); err != nil {
			t.Fatal(err)
		}
		e.clock.Add(time.Second)
	}
	if got := e.draft(d.ID); got.State != aftersale.DraftFailed || !strings.Contains(got.LastError, "giving up after 2 attempts") {
		t.Errorf("state %s last error %q, want failed after 2 attempts", got.State, got.LastError)
	}
}

func TestSenderPermanentFailure(t *testing.T) {
	e := newEnv(t)
	sink := startSink(t)
	d := e.approvedDraft("permerror-6bmcx2l1t7cw@marketplace.amazon.de")
	if _, err := e.sender(sinkMailer(sink)).RunOnce(e.ctx); err != nil {
		t.Fatal(err)
	}
	got := e.draft(d.ID)
	if got.State != aftersale.DraftFailed || !strings.Contains(got.LastError, "550") {
		t.Errorf("after 550: state %s last error %q; want failed with the 550 reply", got.State, got.LastError)
	}
}

func TestSenderConnectionRefusedIsTemporary(t *testing.T) {
	e := newEnv(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	d := e.approvedDraft("6bmcx2l1t7cwrwb@marketplace.amazon.de")
	m := NewSMTPMailer(SMTPOptions{Host: "127.0.0.1", Port: port, TLS: "plain", Timeout: 2 * time.Second})
	if _, err := e.sender(m).RunOnce(e.ctx); err != nil {
		t.Fatal(err)
	}
	if got := e.draft(d.ID); got.State != aftersale.DraftApproved || got.Attempts != 1 || got.LastError == "" {
		t.Errorf("connection refused: state %s attempts %d last error %q; want approved for a retry", got.State, got.Attempts, got.LastError)
	}
}

func TestSenderStalledDataIsTemporaryWhenServerAnswers451(t *testing.T) {
	e := newEnv(t)
	sink := startSink(t) // stalls 200ms, then 451
	d := e.approvedDraft("timeout-6bmcx2l1t7cw@marketplace.amazon.de")
	if _, err := e.sender(sinkMailer(sink)).RunOnce(e.ctx); err != nil {
		t.Fatal(err)
	}
	if got := e.draft(d.ID); got.State != aftersale.DraftApproved || got.Attempts != 1 {
		t.Errorf("stalled DATA answered 451: state %s attempts %d last error %q; want approved", got.State, got.Attempts, got.LastError)
	}
}

func TestSenderRechecksPolicy(t *testing.T) {
	e := newEnv(t)
	sink := startSink(t)
	d := e.approvedDraft("6bmcx2l1t7cwrwb@marketplace.amazon.de")
	// A body edited with no findings recorded: the sender's own check
	// must still refuse the link.
	body := d.Body + "\nMore at https://lindenhof-living.example/help\n"
	if err := e.db.UpdateDraftBody(e.ctx, d.ID, body, nil, nil, "anna"); err != nil {
		t.Fatal(err)
	}
	if err := e.db.ApproveDraft(e.ctx, d.ID, store.Approval{By: "anna", Reviewed: true, OutgoingID: NewOutgoingID("shop.example")}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.sender(sinkMailer(sink)).RunOnce(e.ctx); err != nil {
		t.Fatal(err)
	}
	got := e.draft(d.ID)
	if got.State != aftersale.DraftFailed || !strings.Contains(got.LastError, "link") {
		t.Errorf("state %s last error %q, want failed by the link rule", got.State, got.LastError)
	}
	if len(sink.Messages()) != 0 {
		t.Errorf("sink got %d messages, want none", len(sink.Messages()))
	}
}

func TestSenderOverride(t *testing.T) {
	e := newEnv(t)
	sink := startSink(t)
	d := e.approvedDraft("6bmcx2l1t7cwrwb@marketplace.amazon.de")
	body := strings.Replace(d.Body, "Kind regards", "Our warehouse line is +49 30 1234567.\n\nKind regards", 1)
	fs := Check(body, testSettings())
	if !aftersale.Blocking(fs) {
		t.Fatalf("test body is not blocked: %+v", fs)
	}
	if err := e.db.UpdateDraftBody(e.ctx, d.ID, body, fs, nil, "anna"); err != nil {
		t.Fatal(err)
	}
	if err := e.db.ApproveDraft(e.ctx, d.ID, store.Approval{By: "anna", Reviewed: true, Override: "the buyer's carrier needs the warehouse line", OutgoingID: NewOutgoingID("shop.example")}); err != nil {
		t.Fatal(err)
	}
	if n, err := e.sender(sinkMailer(sink)).RunOnce(e.ctx); err != nil || n != 1 {
		t.Fatalf("RunOnce = %d, %v; want 1", n, err)
	}
	sent, err := e.db.Sent(e.ctx, store.SentFilter{})
	if err != nil || len(sent) != 1 || !strings.HasPrefix(sent[0].Verdict, "override: ") {
		t.Errorf("sent log %+v, %v; want one row with an override verdict", sent, err)
	}
}

func TestSenderRecoversSendingAsUnknown(t *testing.T) {
	e := newEnv(t)
	sink := startSink(t)
	d := e.approvedDraft("6bmcx2l1t7cwrwb@marketplace.amazon.de")
	// A crash after the claim: the draft is left in sending.
	if _, err := e.db.ClaimOutbox(e.ctx); err != nil {
		t.Fatal(err)
	}
	s := e.sender(sinkMailer(sink))
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for e.draft(d.ID).State != aftersale.DraftSendUnknown {
		if time.Now().After(deadline) {
			t.Fatalf("draft state %s, want send_unknown", e.draft(d.ID).State)
		}
		time.Sleep(5 * time.Millisecond)
	}
	s.Kick()
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run = %v, want nil on cancel", err)
	}
	if n, err := s.RunOnce(e.ctx); err != nil || n != 0 {
		t.Errorf("RunOnce after recovery = %d, %v; want nothing sent", n, err)
	}
	if len(sink.Messages()) != 0 || e.draft(d.ID).State != aftersale.DraftSendUnknown {
		t.Errorf("a send_unknown draft was resent (sink %d messages, state %s)", len(sink.Messages()), e.draft(d.ID).State)
	}
}

func TestSenderRunSendsOnKick(t *testing.T) {
	e := newEnv(t)
	sink := startSink(t)
	s := NewSender(e.db, sinkMailer(sink), SenderOptions{From: "service@shop.example", Now: e.clock.Now, Interval: time.Hour}, nil)
	ctx, cancel := context.WithCancel(e.ctx)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	e.approvedDraft("6bmcx2l1t7cwrwb@marketplace.amazon.de")
	s.Kick()
	wctx, wcancel := context.WithTimeout(e.ctx, 10*time.Second)
	defer wcancel()
	if _, err := sink.Wait(wctx, 1); err != nil {
		t.Fatalf("waiting for the kicked send: %v", err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
}

func TestMailerRefusesInjection(t *testing.T) {
	sink := startSink(t)
	m := sinkMailer(sink)
	good := Outgoing{From: "service@shop.example", To: "6bmcx2l1t7cwrwb@marketplace.amazon.de", Subject: "Re: Order",
		Body: "Hello", MessageID: NewOutgoingID("shop.example"), InReplyTo: "buyer-1@marketplace.amazon.de",
		References: []string{"a@b"}}
	tests := []struct {
		name string
		mod  func(*Outgoing)
	}{
		{"subject CRLF", func(o *Outgoing) { o.Subject = "Re: hi\r\nBcc: evil@example.com" }},
		{"subject LF", func(o *Outgoing) { o.Subject = "Re: hi\nX-Injected: 1" }},
		{"to CRLF", func(o *Outgoing) { o.To = "6bmcx2l1t7cwrwb@marketplace.amazon.de\r\nBcc: evil@example.com" }},
		{"from CRLF", func(o *Outgoing) { o.From = "service@shop.example\r\nX-Injected: 1" }},
		{"to not an address", func(o *Outgoing) { o.To = "not an address" }},
		{"message id CRLF", func(o *Outgoing) { o.MessageID = "id@x>\r\nX-Injected: <y" }},
		{"in-reply-to brackets", func(o *Outgoing) { o.InReplyTo = "<a@b>" }},
		{"reference space", func(o *Outgoing) { o.References = []string{"a@b c@d"} }},
		{"reference LF", func(o *Outgoing) { o.References = []string{"a@b\nX-Injected: 1"} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := good
			o.References = append([]string(nil), good.References...)
			tt.mod(&o)
			_, err := m.Send(context.Background(), o)
			if !errors.Is(err, aftersale.ErrInvalid) {
				t.Errorf("Send = %v, want ErrInvalid", err)
			}
			if errTemporary(err) {
				t.Errorf("invalid input classified as temporary: %v", err)
			}
		})
	}
	if n := len(sink.Messages()); n != 0 {
		t.Errorf("sink received %d messages, want none", n)
	}
	if _, err := m.Send(context.Background(), good); err != nil {
		t.Errorf("Send(valid) = %v", err)
	}
}

func TestNewOutgoingID(t *testing.T) {
	a, b := NewOutgoingID("shop.example"), NewOutgoingID("shop.example")
	if a == b || !ValidMessageID(a) || !strings.HasSuffix(a, "@shop.example") {
		t.Errorf("NewOutgoingID = %q, %q; want distinct valid ids in shop.example", a, b)
	}
	if id := NewOutgoingID("bad domain\r\n"); !ValidMessageID(id) {
		t.Errorf("NewOutgoingID(bad) = %q, want a valid id", id)
	}
}

// TestSenderTimeoutAfterDataIsUnknown: when the server has the whole
// message but its final reply times out, the message may have been
// delivered, so it is not retried automatically (at most once): the
// draft goes to send_unknown for a person.
func TestSenderTimeoutAfterDataIsUnknown(t *testing.T) {
	e := newEnv(t)
	sink, err := smtpsink.Start("127.0.0.1:0", smtpsink.Options{Stall: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sink.Close() })
	d := e.approvedDraft("timeout-6bmcx2l1t7cw@marketplace.amazon.de")
	m := NewSMTPMailer(SMTPOptions{Host: sink.Host(), Port: sink.Port(), TLS: "plain", Timeout: 300 * time.Millisecond})
	if _, err := e.sender(m).RunOnce(e.ctx); err != nil {
		t.Fatal(err)
	}
	if got := e.draft(d.ID); got.State != aftersale.DraftSendUnknown || !strings.Contains(got.LastError, "timeout") {
		t.Errorf("timeout after DATA: state %s last error %q; want send_unknown (may have been delivered)", got.State, got.LastError)
	}
}

func TestErrTemporary(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{fmt.Errorf("building message: %w", aftersale.ErrInvalid), false},
		{fmt.Errorf("dial failed: %w", context.DeadlineExceeded), true},
		{errors.New("dial failed: dial tcp 127.0.0.1:2525: connect: connection refused"), true},
		{errors.New("dial failed: 421 4.7.0 try again later"), true},
		{errors.New("dial failed: 535 5.7.8 authentication failed"), false},
		{errors.New("dial failed: x509: certificate signed by unknown authority"), true},
	}
	for _, tt := range tests {
		if got := errTemporary(tt.err); got != tt.want {
			t.Errorf("errTemporary(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}
