package classify

import (
	"compress/gzip"
	"context"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/aftersale/aftersale"
)

// Version names the classifier's model and rules. It is stored with every
// classification; bump it whenever the examples, features, cues or rules
// change, so that re-classification after an upgrade is an explicit job.
const Version = "classify-2026.12.2"

// DefaultMinConfidence is the confidence under which a verdict is flagged
// needs_human when Options.MinConfidence is zero.
const DefaultMinConfidence = 0.55

// Options configure a Classifier.
type Options struct {
	// MinConfidence is the calibrated probability under which the model's
	// verdict is flagged needs_human. Zero means DefaultMinConfidence.
	MinConfidence float64
	// Now stamps Classification.At; nil means time.Now.
	Now func() time.Time
	// Corrections are the seller's corrected verdicts (store.Corrections).
	// Both models train on them beside the embedded examples, each with
	// CorrectionWeight (zero means DefaultCorrectionWeight).
	Corrections      []aftersale.Correction
	CorrectionWeight float64
	// CachedModel is a case model kept from an earlier training
	// (Classifier.TrainedModel). New uses it when it was trained from the
	// same examples, corrections and parameters, and trains otherwise
	// (seconds), so a stale one costs time, never correctness.
	CachedModel []byte

	// lr, when set (tests), replaces the training parameters.
	lr *lrParams
}

// params returns the case model's training parameters for opts.
func (opts Options) params() lrParams {
	switch {
	case opts.lr != nil:
		return *opts.lr
	case len(opts.Corrections) > 0:
		return correctionLRParams
	}
	return defaultLRParams
}

// Classifier triages buyer messages into the playbook's case types. It is
// immutable after New and safe for concurrent use.
type Classifier struct {
	minConf     float64
	now         func() time.Time
	model       *lrModel        // the case model
	sub         func() *nbModel // sub-reason of return_dissatisfied, when no cue decides; trained on first use
	pool        sync.Pool       // *scratch
	version     string          // Version, with the corrections it learnt from
	key         [32]byte        // what the case model was trained from (modelKey)
	corrections int             // how many corrections it learnt from
	trained     []byte          // the case model, encoded, when New trained it
}

type scratch struct {
	x         extractor
	probs     []float64
	subScores []float64
	known     []knownFeature // lrModel.logits' buffer
}

// New loads the case model trained from the embedded examples (model.bin);
// the small sub-reason model is trained on its first use. Both are
// deterministic: two Classifiers built by New give identical results for
// identical input.
//
// With Options.Corrections both models also learn from the seller's
// corrections; the case model comes from Options.CachedModel when that
// was trained from the same data, else New trains it, which takes seconds
// (Train does the same and can be cancelled).
func New(opts Options) (*Classifier, error) {
	return Train(context.Background(), opts)
}

// Train is New, stopping early with ctx's error when ctx is done while it
// trains the case model.
func Train(ctx context.Context, opts Options) (*Classifier, error) {
	set, err := newTrainingSet(opts)
	if err != nil {
		return nil, err
	}
	return build(ctx, opts, set)
}

// build is Train with the training set already made.
func build(ctx context.Context, opts Options, set trainingSet) (*Classifier, error) {
	if opts.MinConfidence < 0 || opts.MinConfidence > 1 {
		return nil, fmt.Errorf("min confidence %v outside 0..1: %w", opts.MinConfidence, aftersale.ErrInvalid)
	}
	if opts.MinConfidence == 0 {
		opts.MinConfidence = DefaultMinConfidence
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	exs := set.exs
	c := &Classifier{minConf: opts.MinConfidence, now: opts.Now, corrections: len(opts.Corrections), key: set.key}
	// The sub-reason model is small and quick to train, but not free
	// (tens of milliseconds): start-up does not wait for it.
	var subExs []example
	for _, e := range exs {
		if e.c == aftersale.CaseReturnDissatisfied && e.sub != aftersale.SubNone {
			subExs = append(subExs, e)
		}
	}
	c.sub = sync.OnceValue(func() *nbModel { return trainSub(subExs) })
	c.version = versionOf(c.key, c.corrections)
	var err error
	c.model, c.trained, err = loadCaseModel(ctx, exs, set.params, c.key, opts.CachedModel)
	if err != nil {
		return nil, err
	}
	nc, ns := len(aftersale.Cases()), len(aftersale.SubReasons())
	c.pool.New = func() any {
		return &scratch{probs: make([]float64, nc), subScores: make([]float64, ns)}
	}
	return c, nil
}

// loadCaseModel returns the model whose key is key: the cached one, the
// embedded one (model.bin), or else a new one trained from exs (seconds),
// which it also returns encoded. A model.bin that was not regenerated
// after the examples changed costs start-up time, never correctness.
func loadCaseModel(ctx context.Context, exs []example, p lrParams, key [32]byte, cached []byte) (*lrModel, []byte, error) {
	for _, b := range [][]byte{cached, modelBin} {
		if len(b) == 0 {
			continue
		}
		if m, k, err := decodeModel(b); err == nil && k == key {
			return m, nil, nil
		}
	}
	m, _, err := trainCaseModelCtx(ctx, exs, p)
	if err != nil {
		return nil, nil, fmt.Errorf("training the case model: %w", err)
	}
	// The model in use is the one a cache gives back: quantised as stored.
	b := encodeModelLevel(m, key, gzip.BestSpeed)
	if m, _, err = decodeModel(b); err != nil {
		return nil, nil, fmt.Errorf("training the case model: %w", err)
	}
	return m, b, nil
}

// trainSub fits the sub-reason model on the return_dissatisfied examples
// that name a sub-reason. It decides the sub-reason when no sub-reason cue
// is in the text.
func trainSub(exs []example) *nbModel {
	subs := aftersale.SubReasons()
	var x extractor
	var d trainDocs
	for _, e := range exs {
		if e.c != aftersale.CaseReturnDissatisfied || e.sub == aftersale.SubNone {
			continue
		}
		d.feats = append(d.feats, slices.Clone(x.features(e.text)))
		d.labels = append(d.labels, slices.Index(subs, e.sub))
		d.weight = append(d.weight, e.weight())
	}
	return fit(nil, len(subs), d)
}

// subReasonOf returns the return_dissatisfied sub-reason: the one whose
// cues the text has most of, else the sub-reason model's choice for fs.
func (c *Classifier) subReasonOf(v view, fs []feature, s *scratch) aftersale.SubReason {
	if sub := subReason(v); sub != aftersale.SubNone {
		return sub
	}
	c.sub().scores(fs, s.subScores)
	best := 0
	for i, v := range s.subScores {
		if v > s.subScores[best] {
			best = i
		}
	}
	return aftersale.SubReasons()[best]
}

// strong cases ask the seller to act; two of them in one message need a
// person to decide what to answer first (playbook: "Messages that are
// ambiguous, mix cases ... are flagged needs human").
func strong(c aftersale.Case) bool {
	return c != aftersale.CaseOther && c != aftersale.CaseReturnedGoods
}

// The runner-up becomes the secondary case when its probability is at
// least secondaryRatio of the winner's and at least secondaryMin.
const (
	secondaryRatio = 0.5
	secondaryMin   = 0.2
)

// Classify triages one message:
//
//  1. structured notices and machine mail, by deterministic rules;
//  2. the buyer's text (and the subject's topic) through the statistical
//     model: case, calibrated confidence, secondary case, sub-reason;
//  3. risk cues (legal threats, A-to-z or chargeback threats, abuse, review
//     threats) that force needs_human;
//  4. language and facts (order ids, new address, return reason, buyer name,
//     and what the buyer asks for and already told: ReadAsks).
//
// It returns an error only when ctx is done. It never logs message text.
//
// Mail from an Amazon address that failed sender authentication
// (aftersale.FlagAuthFailed) keeps its case but always needs a human: it
// may be forged (docs/amazon.md, "Sender authentication").
//
// Mail neither relayed from a buyer's marketplace.amazon.<tld> alias nor
// sent by an Amazon system sender gets the not_buyer_mail verdict
// (Origin aftersale.OriginNotBuyer, case other, confidence 1), which is
// never drafted. Its Notice is NoticePhishing for a look-alike of Amazon
// (needs_human), NoticeDeliveryFailure for a bounce, NoticeAutoReply for
// an automatic reply, else NoticeNotBuyer. A message that could not be
// parsed is not judged by its sender: it needs a human.
func (c *Classifier) Classify(ctx context.Context, m aftersale.Message) (aftersale.Classification, error) {
	return c.classifyChecked(ctx, m, false)
}

// ClassifyDirect is Classify for a message that an account taking direct
// buyer mail received from a buyer's own address, once the caller has
// checked that it names an order id in the seller's orders (Worker does):
// mail that did not come through Amazon is read as the buyer's own
// message, with Origin aftersale.OriginDirect and needs_human. Bounces,
// automatic replies and look-alikes of Amazon stay not buyer mail; mail
// that came through Amazon is classified as Classify does.
func (c *Classifier) ClassifyDirect(ctx context.Context, m aftersale.Message) (aftersale.Classification, error) {
	return c.classifyChecked(ctx, m, true)
}

// classifyChecked is classify plus the sender authentication check.
func (c *Classifier) classifyChecked(ctx context.Context, m aftersale.Message, direct bool) (aftersale.Classification, error) {
	cl, err := c.classify(ctx, m, direct)
	if err == nil {
		addAsks(&cl, m)
	}
	if m.HasFlag(aftersale.FlagRelayViaReplyTo) && err == nil {
		cl.NeedsHuman = true
		cl.Reasons = append(cl.Reasons, "the buyer's relay address is only in Reply-To; it came from "+domainOf(m.FromAddr)+
			": if that is not your own forwarding, someone may be using a buyer's address")
	}
	if detail, failed := m.AuthFailure(); failed && err == nil {
		if detail == "" {
			detail = "see the message's Authentication-Results"
		}
		cl.NeedsHuman = true
		cl.Reasons = append(cl.Reasons, "sender authentication failed: "+detail+
			" — may be forged; check in Seller Central before replying")
	}
	return cl, err
}

// classify is Classify (ClassifyDirect when direct) without the sender
// authentication check.
func (c *Classifier) classify(ctx context.Context, m aftersale.Message, direct bool) (aftersale.Classification, error) {
	if err := ctx.Err(); err != nil {
		return aftersale.Classification{}, fmt.Errorf("classifying message %d: %w", m.ID, err)
	}
	text := stripQuoted(m.ClassifyText())
	folded := fold(text)
	cl := aftersale.Classification{
		MessageID: m.ID,
		Version:   c.version,
		At:        c.now(),
		Language:  languageOf(text, folded, m.Marketplace),
		Facts: aftersale.Facts{
			OrderIDs:  orderIDs(m),
			BuyerName: m.BuyerName,
		},
	}
	if cl.Facts.BuyerName == "" {
		cl.Facts.BuyerName = signOffName(text)
	}
	via := viaAmazon(m)
	if cl.Facts.BuyerName == "" && cl.Language == "en" && m.Sender != aftersale.SenderAmazon && !m.AutoReply && (via || direct) {
		cl.Facts.BuyerName = nerName(text)
	}

	if m.ParseErr != "" {
		cl.Case = aftersale.CaseOther
		cl.NeedsHuman = true
		cl.Reasons = []string{"message could not be parsed"}
		return cl, nil
	}

	n, isNotice := detectNotice(m)
	if !via {
		if !direct || machineNotice(n.notice) {
			return notBuyer(cl, n), nil
		}
		// A buyer's own words: the model reads them, and a person checks
		// the reply, which goes outside Amazon's messaging.
		n, isNotice = noticeResult{}, false
		cl.Origin = aftersale.OriginDirect
		cl.NeedsHuman = true
		cl.Reasons = append(cl.Reasons, "direct mail from the buyer's own address "+m.FromAddr+", not relayed by Amazon")
	}
	if isNotice {
		cl.Notice, cl.Case, cl.SubReason = n.notice, n.c, n.sub
		cl.Facts.ReturnReason = n.reason
		cl.Confidence = 1
		cl.NeedsHuman = n.needsHuman
		cl.Reasons = append(cl.Reasons, n.why...)
		if !n.useModel {
			return cl, nil
		}
	}

	input := modelInput(m.Subject, text, n, isNotice)
	if input == "" {
		cl.Case = aftersale.CaseOther
		cl.NeedsHuman = true
		cl.Reasons = append(cl.Reasons, "no text to read (an attachment or photo only?)")
		return cl, nil
	}

	s := c.pool.Get().(*scratch)
	defer c.pool.Put(s)
	fs := s.x.features(input)
	var p []float64
	p, s.known = c.model.probs(fs, s.probs, s.known)
	v := s.x.view

	if isNotice { // a return request whose reason code we do not know
		u := p[caseIndex(aftersale.CaseReturnUnwanted)]
		d := p[caseIndex(aftersale.CaseReturnDissatisfied)]
		cl.Case, cl.Confidence = aftersale.CaseReturnUnwanted, u/(u+d)
		if d > u {
			cl.Case, cl.Confidence = aftersale.CaseReturnDissatisfied, d/(u+d)
			cl.SubReason = c.subReasonOf(v, fs, s)
		}
		return cl, nil
	}

	// returned_goods is Amazon's notice that a return came back or was
	// refunded, never a buyer's request: a buyer writing "I sent it back"
	// asks about the refund (playbook: returned_goods, refund_status).
	rg := caseIndex(aftersale.CaseReturnedGoods)
	if rest := 1 - p[rg]; rest > 0 {
		p[rg] = 0
		for i := range p {
			p[i] /= rest
		}
	}
	shrinkToEvidence(p, c.evidence(v))
	i1, i2 := top2(p)
	c1, c2 := aftersale.Cases()[i1], aftersale.Cases()[i2]
	cl.Case, cl.Confidence = c1, p[i1]
	if c1 == aftersale.CaseReturnDissatisfied {
		cl.SubReason = c.subReasonOf(v, fs, s)
	}
	flag := func(why string) {
		cl.NeedsHuman = true
		cl.Reasons = append(cl.Reasons, why)
	}
	risk := func(r aftersale.Risk, why string) {
		cl.Risks = append(cl.Risks, r)
		flag(why)
	}
	if p[i1] < c.minConf {
		flag(fmt.Sprintf("low confidence %.2f for %s (next: %s %.2f)", p[i1], c1, c2, p[i2]))
	}
	// The model reads only what its examples taught it: when most of the
	// words are new to it (a Polish, Dutch or Turkish buyer, a product
	// name salad), its confidence means little.
	if known, total := c.vocabulary(v.words); total >= minUnknownWords && known*2 < total {
		flag(fmt.Sprintf("the classifier knows only %d of the %d words (language %q); check the case", known, total, cl.Language))
	}
	if strong(c1) && strong(c2) && p[i2] >= secondaryRatio*p[i1] && p[i2] >= secondaryMin {
		cl.Secondary = c2
		flag(fmt.Sprintf("mixes two requests: %s and %s", c1, c2))
	}
	if c1 != aftersale.CaseNegativeReview && reviewThreatCues.any(v) {
		if cl.Secondary == "" && c1 != aftersale.CaseOther {
			cl.Secondary = aftersale.CaseNegativeReview
		}
		risk(aftersale.RiskReviewThreat, "mentions a negative review or feedback")
	}
	if h := legalCues.hits(v); len(h) > 0 {
		risk(aftersale.RiskLegal, "legal threat ("+strings.Join(h, ", ")+")")
	}
	if h := atozCues.hits(v); len(h) > 0 {
		risk(aftersale.RiskAtoZ, "threatens an A-to-z claim or chargeback ("+strings.Join(h, ", ")+")")
	}
	if abuseCues.any(v) {
		risk(aftersale.RiskAbuse, "abusive or accusing language")
	}
	if h := complainCues.hits(v); len(h) > 0 {
		risk(aftersale.RiskComplaint, "threatens to complain to Amazon ("+strings.Join(h, ", ")+")")
	}
	if reviewTrade(v) {
		risk(aftersale.RiskReviewTrade, "offers to change or remove a review in exchange for something: Amazon forbids any such deal; answer without linking the two")
	}
	// Last, as it reuses s: a second request made as a fallback
	// ("…, otherwise cancel it") or added on ("Also, …").
	if cl.Secondary == "" && strong(c1) {
		if k := c.fallbackRequest(folded, c1, s); k != "" {
			cl.Secondary = k
			flag(fmt.Sprintf("mixes two requests: %s and %s", c1, k))
		}
	}
	if cl.Case == aftersale.CaseAddressChange || cl.Secondary == aftersale.CaseAddressChange {
		cl.Facts.NewAddress = newAddress(text)
	}
	return cl, nil
}

// evidence is how much known text the verdict rests on: the words the
// model has seen, plus half a word per CJK character.
func (c *Classifier) evidence(v view) float64 {
	known, _ := c.vocabulary(v.words)
	n := float64(known)
	if v.cjk {
		for _, r := range v.folded {
			if isCJK(r) {
				n += 0.5
			}
		}
	}
	return n
}

// shrinkToEvidence pulls p toward uniform when it rests on little text, so
// that a one-word or empty message never gets a confident verdict: with
// n known words the model's distribution keeps the weight 1-exp(-n/2)
// (0.39 for one word, 0.78 for three, 0.92 for five).
func shrinkToEvidence(p []float64, n float64) {
	keep := 1 - math.Exp(-n/2)
	u := (1 - keep) / float64(len(p))
	for i := range p {
		p[i] = keep*p[i] + u
	}
}

// reviewTrade reports whether the text offers a review change for value:
// a review, a change of it, something of value and a condition.
func reviewTrade(v view) bool {
	return reviewWordCues.any(v) && reviewChangeCues.any(v) && reviewValueCues.any(v) && reviewConditionCues.any(v)
}

// minUnknownWords: a text needs this many words before its share of
// unknown words says anything.
const minUnknownWords = 4

// vocabulary counts the words (of two letters or more, not numbers) and
// how many of them the model has seen in its examples.
func (c *Classifier) vocabulary(words []string) (known, total int) {
	for _, w := range words {
		if len(w) < 2 || isDigits(w) {
			continue
		}
		total++
		if c.model.knows(fnvAdd(fnvByte(fnvOffset, groupWord), w)) {
			known++
		}
	}
	return known, total
}

func caseIndex(c aftersale.Case) int {
	for i, k := range aftersale.Cases() {
		if k == c {
			return i
		}
	}
	return -1
}

// top2 returns the indexes of the two largest values; ties go to the lower
// index (the playbook's order), so results are deterministic.
func top2(p []float64) (int, int) {
	a, b := 0, 1
	if p[b] > p[a] {
		a, b = b, a
	}
	for i := 2; i < len(p); i++ {
		switch {
		case p[i] > p[a]:
			a, b = i, a
		case p[i] > p[b]:
			b = i
		}
	}
	return a, b
}

var (
	replyPrefixRe = regexp.MustCompile(`(?i)^(?:(?:re|aw|fw|fwd|wg|tr|rv|r|res|回复|返信)\s*[:：]\s*)+`)
	// The relay's generic subject parts carry no intent (docs/amazon.md,
	// "Subjects"); the
	// topic before "inquiry from Amazon customer" ("Shipping", "Return
	// policy", "Order delivery") does.
	genericSubjectRe = regexp.MustCompile(`(?i)(?:inquiry|message|enquiry) from amazon customer.*$|demande de renseignements de la part du client amazon.*$|anfrage von amazon-kunde.*$|nachricht von amazon-kunde.*$|consulta del cliente de amazon.*$|mensaje del cliente de amazon.*$|richiesta dal cliente amazon.*$|messaggio dal cliente amazon.*$|\(order:?[^)]*\)|\(bestellung:?[^)]*\)|\(commande\s*:?[^)]*\)|\(pedido:?[^)]*\)|\(ordine:?[^)]*\)|\(注文[^)]*\)`)
)

// subjectTopic returns what the subject adds to the buyer's text.
func subjectTopic(subject string) string {
	s := replyPrefixRe.ReplaceAllString(strings.TrimSpace(subject), "")
	s = genericSubjectRe.ReplaceAllString(s, "")
	return strings.TrimSpace(s)
}
