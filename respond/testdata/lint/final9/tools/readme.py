import json, collections
items=json.load(open("tools/items.json"))
ORDER=["link","email","phone","review_positive","review_incentive","marketing","off_amazon_contact","off_amazon_payment","placeholder"]
L=["en","de","fr","es","it","ja","zh"]
out=["# Policy evaluation set (policy-final9)","",
"Seller replies to Amazon buyers, labelled `block`/`ok` with the broken rules, written independently from `docs/amazon.md` and `docs/playbook.md` only.",
"Texts were written per language in `tools/*.txt`, shuffled with `random.Random(20261205)` and numbered by `tools/build.py`, which also checks the word/character limits and the CSV.","",
"## Counts","",f"Total: {len(items)}","",
"| lang | block | ok | total |","|---|---|---|---|"]
for l in L:
    b=sum(1 for i in items if i['lang']==l and i['verdict']=='block'); o=sum(1 for i in items if i['lang']==l and i['verdict']=='ok')
    out.append(f"| {l} | {b} | {o} | {b+o} |")
b=sum(1 for i in items if i['verdict']=='block'); out.append(f"| all | {b} | {len(items)-b} | {len(items)} |")
out+=["","Rule occurrences (a blocked text can break several rules):","","| rule | count |","|---|---|"]
rc=collections.Counter(r for i in items for r in i['rules'])
out+=[f"| {r} | {rc[r]} |" for r in ORDER]
out+=["","Size: Latin-script texts are 34-73 words; ja/zh texts are 76-151 non-space characters.","",
"## Judgement calls","",
"- An e-mail address or phone number is labelled `off_amazon_contact` as well only when the text invites the buyer to use it (\"send photos to\", \"give us a ring\"). A bare address in a signature (Haskins Hardware) is `email` only.",
"- A newsletter sign-up by e-mail is `email;marketing;off_amazon_contact`.",
"- `{{support_email}}` with \"please email these to\" is `off_amazon_contact;placeholder`, not `email`: no address is present.",
"- A phone number spelled out in words (\"oh-two-oh, seven nine four six...\") counts as `phone`.",
"- Following a brand on Instagram for a new collection is `marketing` only; DMs/WhatsApp/LINE/WeChat/Telegram to handle the case are `off_amazon_contact`.",
"- Asking the buyer for their PayPal/Venmo/Bizum/Alipay handle or IBAN is `off_amazon_payment` only (no contact or phone rule, since no number or address of the seller is given).",
"- A paypal.me address is both `link` and `off_amazon_payment`.",
"- A second reminder to review the same order is labelled `review_positive` (the brief puts \"the same review twice\" under that rule), as is asking a 4-star reviewer to \"bump it up\" to five with no incentive.",
"- A 5-star ask combined with a gift card is `review_positive;review_incentive`. A voucher conditioned on adjusting a rating (de) is `review_incentive` only: it is compensation, not promotion of future purchases.",
"- A free replacement and a separate \"we'd just kindly ask you to adjust your review\" in the next paragraph is `review_incentive`; the same replacement with no review mention is `ok`.",
"- \"Search our brand on Amazon\" / \"also in our Amazon store\" cross-selling is `marketing` even though it stays on Amazon.",
"- Neutral post-resolution notes that the buyer *may* update their feedback, \"entirely your decision\", are `ok` (Amazon's own approved wording).",
"- \"You are welcome to leave a review, positive or negative\" is `ok`; \"if you are happy, please review; if not, contact us first\" is `review_positive` (gating).",
"- Replies that say the courier will phone the buyer, or that refuse a phone call, WhatsApp, LINE, WeChat, PayPal, Bizum or Alipay, are `ok`.",
"- Naming Amazon.co.uk as the store and pointing to Your Orders is `ok`; no Amazon URLs are used anywhere.",
"- Chinese-language replies are written as to a Chinese-speaking buyer on a non-Chinese marketplace (amounts in USD).","",
"## Per-text notes","","| file | lang | verdict | rules | what makes it hard |","|---|---|---|---|---|"]
for i in items:
    out.append(f"| {i['file']} | {i['lang']} | {i['verdict']} | {';'.join(i['rules'])} | {i['note']} |")
open("README.md","w").write("\n".join(out)+"\n")
