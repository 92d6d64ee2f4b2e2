import json, collections, os
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
notes = json.load(open(os.path.join(B, "tools/notes.json")))
RULES = ["link","email","phone","review_positive","review_incentive","marketing","off_amazon_contact","off_amazon_payment","placeholder"]
L = ["en","de","fr","es","it","ja","zh"]
out = ["# Policy evaluation set S22 (policy-final8)", "",
"Independent set of seller replies to Amazon buyers, labelled for the Buyer-Seller Messaging checker.",
"Written only from docs/amazon.md and docs/playbook.md. All names, shops, numbers, addresses and domains are invented.",
"Texts were shuffled with `random.Random(20261205)` before numbering (see `build.py`; the sources are in `tools/`).", "",
"## Counts", "", "| lang | block | ok | total |", "|---|---|---|---|"]
c = collections.Counter((n[1], n[2]) for n in notes)
for l in L: out.append(f"| {l} | {c[(l,'block')]} | {c[(l,'ok')]} | {c[(l,'block')]+c[(l,'ok')]} |")
tb = sum(1 for n in notes if n[2]=="block"); to = len(notes)-tb
out.append(f"| **all** | {tb} | {to} | {len(notes)} |")
out += ["", f"English: {c[('en','block')]+c[('en','ok')]} of {len(notes)} ({100*(c[('en','block')]+c[('en','ok')])/len(notes):.0f} %). Block {100*tb/len(notes):.0f} %, ok {100*to/len(notes):.0f} %.", "",
"Rule occurrences (a text can break several rules):", "", "| rule | texts |", "|---|---|"]
rc = collections.Counter(r for n in notes for r in n[3].split(";") if r)
for r in RULES: out.append(f"| {r} | {rc[r]} |")
hard = [n for n in notes if n[2]=="ok" and n[4].startswith("HARD-OK")]
out += ["", f"ok replies a naive keyword check would likely block (marked HARD-OK below): {len(hard)} of {to}.", "",
"## Per-text notes", "", "| file | lang | verdict | rules | what makes it hard |", "|---|---|---|---|---|"]
for fn, lang, v, rules, note in notes:
    out.append(f"| {fn} | {lang} | {v} | {rules} | {note} |")
out += ["", "## Judgement calls", "",
"- **Third-party phone number** (the carrier's booking line, given so the buyer can move a delivery slot): labelled `phone` only, not `off_amazon_contact`, because the buyer is not invited to continue the conversation with the seller outside Amazon. A stricter reader could add `off_amazon_contact`.",
"- **Payment handles that are phone numbers** (Venmo linked to a US number, Lydia on a French mobile): `phone;off_amazon_payment`. Not also `off_amazon_contact`: the number is there to send money, not to talk.",
"- **Social follows** (`instagram.com/...`, \"follow us\", 关注店铺): `marketing` (plus `link` when a domain is written), not `off_amazon_contact`: following a page is promotion, not moving the support conversation.",
"- **Asking the same review twice** (\"I know I already asked last week…\") is labelled `review_positive`, as the brief defines it, even though the wording itself is neutral.",
"- **Review ask + incentive with a star rating** (\"change your review to 5 stars and we refund\") carries both `review_positive` and `review_incentive`. A removal/adjustment ask tied to a benefit without naming a rating carries only `review_incentive`.",
"- **Softly tied incentives** (free replacement, then \"once it has arrived we would kindly ask you to adjust your review\"; gift card plus a P.S. about \"that 2-star coming down\") are `review_incentive` even though no condition word links them.",
"- **Neutral feedback-update notes** after a solved problem (\"if you feel we have resolved your concern, it is possible to update your feedback; entirely your choice\") are `ok`, following amazon.md §2.7. They contain no benefit and no rating.",
"- **Honest review invitation** (\"positive or negative\", 良い点も気になった点も) is `ok`. A review request is a permitted message type.",
"- **Replacement after a negative review** that explicitly says it is not connected to the review is `ok`.",
"- **Spoken or spaced-out domains** (\"trailforge dot com slash manuals\", \"www . ricambi-rossi . it\", \"cleanbot点com\", \"punto es barra\") are `link`.",
"- **Named Amazon store** (Amazon.co.uk, Amazon.it) used to explain where the buyer ordered is `ok`. No Amazon URLs are used anywhere.",
"- **Plain numbers in ok texts**: 3-7-7 order IDs, 12-digit Yamato tracking in 4-4-4 groups, 20-digit DHL, UPS 1Z…, EAN-13, ISBN with hyphens, postcodes (LE10 0AB, PLZ 80331), amounts. None is a phone number.",
"- **Cancellation path with `>`** (Your Orders > Request cancellation, Meine Bestellungen > Stornierung anfordern, Mis pedidos > Solicitar la cancelación, 注文履歴 > キャンセルをリクエスト) is `ok`.",
"- **A shop's own name or a cross-sell without coupon words** (\"matching cushion covers are back in our storefront\", \"we do the same bed as a pair, cheaper\", 同じシリーズ…ストアページ) is `marketing`.",
"- **Website contact form with no URL** is `off_amazon_contact` only (no `link`).",
"- **English share** is about 40 %. The other six languages have 15 texts each, 8 block and 7 ok.",
"- Style rules such as emojis or \"thank-you only\" messages are outside the nine rules, so they were not tested. No text is blocked for style alone.",
]
open(os.path.join(B, "README.md"), "w").write("\n".join(out) + "\n")
