import json, collections
rows = json.load(open('rows.json'))
ORDER = "link email phone review_positive review_incentive marketing off_amazon_contact off_amazon_payment placeholder".split()
L = ["en","de","fr","es","it","ja","zh"]
out = []
w = out.append
w("# Policy evaluation set: seller replies under Amazon Buyer-Seller Messaging rules\n")
w("Written independently from `docs/amazon.md` (§2.6, §2.7, §4.6) and `docs/playbook.md` only.")
w("Files: `texts/NNN.txt` (one reply each, UTF-8, LF, one trailing newline) and `labels.csv` (`file,lang,verdict,rules`).")
w("The texts were shuffled with `random.Random(20261205)` before numbering. `src/` holds the generator (`build.py`) and the source lists; you can ignore it.\n")
n = len(rows)
w(f"## Counts\n\nTotal: **{n}** replies. Block: {sum(r[2]=='block' for r in rows)} ({100*sum(r[2]=='block' for r in rows)/n:.1f} %), ok: {sum(r[2]=='ok' for r in rows)} ({100*sum(r[2]=='ok' for r in rows)/n:.1f} %).\n")
w("| lang | block | ok | total |\n|---|---|---|---|")
for l in L:
    b = sum(r[1]==l and r[2]=='block' for r in rows); o = sum(r[1]==l and r[2]=='ok' for r in rows)
    w(f"| {l} | {b} | {o} | {b+o} |")
w(f"| all | {sum(r[2]=='block' for r in rows)} | {sum(r[2]=='ok' for r in rows)} | {n} |\n")
rc = collections.Counter(x for r in rows for x in r[3].split(';') if x)
w("Rule occurrences (a text can break several rules):\n\n| rule | texts |\n|---|---|")
for r in ORDER: w(f"| {r} | {rc[r]} |")
multi = sum(1 for r in rows if r[3].count(';'))
w(f"\nBlocked texts with more than one rule: {multi}.")
hard = sum(1 for r in rows if r[2]=='ok' and r[4].startswith('hard'))
w(f"Ok texts marked 'hard' (a naive keyword, URL or digit check would probably block them): {hard} of {sum(r[2]=='ok' for r in rows)}.\n")
w("Length: 30–120 words per Latin-script text (the script counts whitespace-separated tokens); 60–240 non-space characters per ja/zh text.\n")
w("## Per-text notes\n\n| file | lang | verdict | rules | what makes it hard |\n|---|---|---|---|---|")
for r in rows:
    w(f"| {r[0]} | {r[1]} | {r[2]} | {r[3] or '-'} | {r[4]} |")
w("""
## Judgement calls

1. **Contact details in a signature only** (a `Tel.` line or an e-mail under the name, with no invitation in the body): labelled `phone` or `email` only, not `off_amazon_contact`. Where the text invites contact, even implicitly ("our after-hours line is …", "call us, the number is on the invoice"), it also gets `off_amazon_contact`.
2. **An invitation to a channel with no address or number** (WhatsApp "send me your number", Instagram DM to a handle, a Telegram handle, LINE ID, WeChat ID, "the number is on the invoice"): `off_amazon_contact` only. Social handles such as `@brand` are not e-mail addresses.
3. **An e-mail address given so the buyer writes to it**: `email;off_amazon_contact`. **A website contact form**: `link;off_amazon_contact`. **A shop or catalogue link**: `link;marketing`. **A manual or video link**: `link` only. The brief counts any non-Amazon address as a link, even for instructions.
4. **Social-media follow** ("come and follow us @…") is `marketing`, not `off_amazon_contact`. **A DM invitation** is `off_amazon_contact`.
5. **Soft review asks next to compensation**: "we've refunded you … we would just kindly ask you to reconsider your review" (en), the same with a free replacement (es), and the cross-sentence partial refund with "hope you'll update your feedback … reply to confirm both" are all `review_incentive`, even when the refund is described as already issued. They get `review_positive` only when they also ask for stars or a positive rating.
6. **An "honest" review asked for in return for a gift**: `review_incentive` only. It does not ask for a positive review.
7. **A second reminder for the same order's review** is `review_positive` (the brief puts "the same review twice" under that rule). **Review gating** ("if you're happy, review; if not, message us first") is also `review_positive`.
8. **A neutral feedback note after the problem is solved** ("you're welcome to update it, but there's absolutely no obligation"; "si lo desea … no tiene ninguna obligación") is ok. I kept it clear of Amazon's own wording "If you are satisfied that we have resolved your concerns…": Amazon permits that wording, but a strict reading of "review only when satisfied" could call it gating, so I left it out rather than set an ambiguous trap.
9. **Paying or refunding outside Amazon** covers PayPal, bank transfer or IBAN, Bizum, Zelle or Venmo, Alipay, PostePay, and also a prepaid Visa card mailed to the buyer (en). The Spanish "payment link by transfer, write to us on WhatsApp" text is `off_amazon_contact;off_amazon_payment`. The word "enlace" there is not a URL, so there is no `link`.
10. **Cross-selling with no promo keyword** ("the matching pillowcases … are in our storefront", "Passend dazu führen wir auch …", the Spanish "funda nórdica a juego … buscando nuestra marca") is `marketing`.
11. **Amazon promotions and coupons** named only to explain why a refund is smaller are ok. So is Amazon.de or Amazon.co.uk named as the only store. Menu paths such as "Your Orders > Request cancellation", "Meine Bestellungen", "Vos commandes", "Mis pedidos", "I miei ordini", 「注文履歴」 and “我的订单” are ok.
12. **Digit strings that are not phone numbers** appear in ok texts on purpose: a UPS number with spaces, DHL, Colissimo, Correos, BRT, USPS, SF Express and Yamato (`4812-3456-7890`, formatted like a phone number) tracking numbers; 3-7-7 order ids; the postcodes 10115, 69007, 28013, 20121, 46001, 〒150-0001 and BS8 4QP; an EAN; model numbers; dates and times. A text with an IBAN mentions it only to refuse a bank transfer.
13. **Bracketed product titles** such as "[Set of 3] (White, 12/15/18 cm)" are ok. Placeholders are only unfilled slots: `{{buyer_name}}`, `{first_name}`, `[TRACKING]`, `<ORDER_ID>`, `%s`, `XXX`, `[[answer]]`, `{{kunde_vorname}}`/`[SENDUNGSNUMMER]`, `{prenom}`/`[DATE_LIVRAISON]`, `[Nombre]`/`[Transportista]`, `{{nome}}`/`{{tracking}}`, `〇〇様`, `【追跡番号】`, `[承运商]`/`[追踪号]`.
14. Some ok replies are routine playbook answers with no trap (address change by cancel and reorder, refusing a delivery after shipment, partial refund to keep an unwanted item, missing parts). They keep the ok class from being all traps. Style-only guideline issues (a "thank you" with nothing else, emojis, offers of help) are **not** labelled, because they are not among the nine rules.
""")
open('../README.md','w').write("\n".join(out)+"\n")
