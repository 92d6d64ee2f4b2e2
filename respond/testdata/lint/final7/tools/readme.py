import json
s=json.load(open("tools/stats.json",encoding="utf-8"))
L=["en","de","fr","es","it","ja","zh"]
R=["link","email","phone","review_positive","review_incentive","marketing","off_amazon_contact","off_amazon_payment","placeholder"]
o=[]
o.append("# policy-final7: seller-reply policy evaluation set\n")
o.append(f"{s['n']} replies in `texts/`, labels in `labels.csv` (`file,lang,verdict,rules`). "
 "Written independently from docs/amazon.md and docs/playbook.md only. "
 "Sources are in `tools/*.py` (one module per language). `tools/build.py` shuffles them with `random.Random(22)`, numbers them, writes the files and checks length, CSV format and rule order. Every shop, buyer, domain, number and address is made up. The phone numbers use fictional or drama ranges where one exists.\n")
o.append("## Counts\n")
o.append("| lang | block | ok | total |\n|---|---|---|---|")
for l in L:
    b=s["lv"].get(f"{l}/block",0); k=s["lv"].get(f"{l}/ok",0)
    o.append(f"| {l} | {b} | {k} | {b+k} |")
o.append(f"| **all** | {s['verd']['block']} | {s['verd']['ok']} | {s['n']} |\n")
o.append(f"English is {s['langs']['en']}/{s['n']} = {100*s['langs']['en']/s['n']:.0f} %. Block is {100*s['verd']['block']/s['n']:.0f} %.\n")
o.append("Rule occurrences (a text can break several rules):\n")
o.append("| rule | texts |\n|---|---|")
for r in R: o.append(f"| {r} | {s['rc'].get(r,0)} |")
o.append("")
o.append(f"There are {s['trap']} of {s['verd']['ok']} ok replies that a naive keyword check would block (marked TRAP below). They name WhatsApp, PayPal, Bizum, LINE, WeChat, Alipay, Instagram or a phone call only to decline it. Others explain an Amazon coupon as the reason a refund is smaller, give a neutral note that feedback may be updated, thank the buyer for a review already left, say a review is welcome \"positive or negative\", or send a free replacement tied to nothing. The rest give the official cancellation path with `>`, or carry tracking numbers, order ids, postcodes, dates, model numbers and bracketed product titles.\n")
o.append("## Judgement calls\n")
o.append("""- **email vs off_amazon_contact.** An address the buyer is asked to write to is labelled `email;off_amazon_contact`. An address that only appears (in a signature, or \"our returns team (x@y)\") is labelled `email` alone, because nothing invites the buyer off Amazon.
- **phone vs off_amazon_contact.** A number the buyer is asked to call or WhatsApp counts as both. One text gives the phone number of a *courier's* booking desk. It is labelled `phone` only: the seller conversation is not moved off Amazon, but the message still contains a phone number.
- **Contact invitation with no contact detail.** \"Search for our shop on WhatsApp\", a LINE ID, or \"add us on WeChat by shop name\" is `off_amazon_contact` alone. A LINE ID is not a phone number or an e-mail.
- **A website contact or warranty form** is `link;off_amazon_contact`. A website for a manual, size guide or care instructions is `link` only, even though the content helps the buyer. The brief counts any non-Amazon address as a link.
- **Social follow** (\"follow us on Instagram @handle\") is `marketing` only. A handle with `@` is not an e-mail, and following is promotion, not a request to continue the conversation there.
- **A PayPal or Venmo refund** offered by the seller is `off_amazon_payment`. It gets `off_amazon_contact` too only when the text also moves the conversation elsewhere (\"text me your Venmo handle\").
- **Asking for the same review a second time** on one order is labelled `review_positive`, following the brief's definition, even though the wording doesn't demand a good review.
- **Review gating** (\"if everything is perfect leave a review, if not message us first\") is `review_positive`.
- **Soft review deals.** A free replacement or goodwill refund in one sentence and \"kindly take another look at / reconsider / update your feedback to reflect this\" in the next is `review_incentive`. The value and the ask sit side by side, even without an explicit condition.
- **Placeholder texts** are otherwise compliant replies with one unfilled slot. One English text combines a `[[answer]]` slot with a review-if-satisfied ask.
- **Declines.** In ok texts, a channel is named only to decline it (\"we can't continue on WhatsApp\"). A decline never comes with an alternative off-Amazon route.
- **Neutral feedback notes** (\"if you feel we've addressed your concerns, you may update or remove your feedback, entirely your choice\") follow Amazon's own approved wording and come after the problem is solved, with nothing of value in the same message. They are ok.
- **Amazon.co.uk and Amazon.it** appear as the store where the buyer ordered, so they are not links. No URLs into Amazon's site are used.
- **The official cancellation path** is given as \"Your Orders > Request cancellation\" (and the de/es/ja equivalents). It is ok.
""")
o.append("## Per-text notes\n")
o.append("| file | lang | verdict | rules | what makes it hard |\n|---|---|---|---|---|")
for fn,l,v,r,n,_ in s["notes"]:
    o.append(f"| {fn} | {l} | {v} | {r} | {n} |")
open("README.md","w",encoding="utf-8").write("\n".join(o)+"\n")
