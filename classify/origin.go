package classify

import (
	"github.com/aftersale/aftersale"
)

// viaAmazon reports whether m was relayed from a buyer's
// marketplace.amazon.<tld> alias or sent by an Amazon system sender
// (docs/amazon.md, "Relay addresses and senders"): the mail aftersale triages and drafts. The test is
// detectNotice's.
func viaAmazon(m aftersale.Message) bool {
	return m.Sender == aftersale.SenderBuyer || m.RelayAlias != "" ||
		m.Sender == aftersale.SenderAmazon || isAmazonSystemAddr(m.FromAddr)
}

// notBuyerReason is the first reason of every not_buyer_mail verdict.
const notBuyerReason = "not buyer mail: neither relayed from a buyer's Amazon address nor sent by Amazon; no reply is drafted"

// machineNotice reports whether n is mail that no buyer wrote whoever the
// account takes mail from: a bounce, an automatic reply, or a look-alike
// of Amazon.
func machineNotice(n aftersale.Notice) bool {
	switch n {
	case aftersale.NoticeDeliveryFailure, aftersale.NoticeAutoReply, aftersale.NoticePhishing:
		return true
	}
	return false
}

// notBuyer turns cl into the not_buyer_mail verdict for mail that did not
// come through Amazon, given what detectNotice made of it: case other,
// confidence 1, no buyer name. The notice says what the mail is when that
// is one of the machine notices (phishing keeps its needs_human and its
// warning); any other notice, such as Amazon's wording copied into a
// subject, becomes NoticeNotBuyer: only Amazon sends Amazon's notices.
func notBuyer(cl aftersale.Classification, n noticeResult) aftersale.Classification {
	cl.Origin = aftersale.OriginNotBuyer
	cl.Case, cl.Secondary, cl.SubReason = aftersale.CaseOther, "", ""
	cl.Confidence = 1
	cl.Facts.BuyerName, cl.Facts.NewAddress, cl.Facts.ReturnReason = "", "", ""
	cl.Notice = aftersale.NoticeNotBuyer
	cl.Reasons = append(cl.Reasons, notBuyerReason)
	if machineNotice(n.notice) {
		cl.Notice = n.notice
		cl.NeedsHuman = cl.NeedsHuman || n.needsHuman
		cl.Reasons = append(cl.Reasons, n.why...)
	}
	return cl
}
