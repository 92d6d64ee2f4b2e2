import glob, random, re, os, collections
ORDER = ["link","email","phone","review_positive","review_incentive","marketing","off_amazon_contact","off_amazon_payment","placeholder"]
entries=[]
for f in sorted(glob.glob("src_*.txt")):
    raw=open(f,encoding="utf-8").read()
    for chunk in raw.split("@@ ")[1:]:
        head, _, body = chunk.partition("\n")
        lang, verdict, rules, note = head.split("|",3)
        rl=[r for r in rules.split(";") if r]
        assert all(r in ORDER for r in rl), head
        assert (verdict=="block")==bool(rl), head
        rl=sorted(rl,key=ORDER.index)
        body=body.strip("\n")+"\n"
        entries.append(dict(lang=lang,verdict=verdict,rules=";".join(rl),note=note.strip(),text=body,src=f))
random.Random(20261205).shuffle(entries)
os.makedirs("texts",exist_ok=True)
for p in glob.glob("texts/*.txt"): os.remove(p)
bad=[]
for i,e in enumerate(entries,1):
    e["file"]=f"texts/{i:03d}.txt"
    with open(e["file"],"w",encoding="utf-8",newline="\n") as fh: fh.write(e["text"])
    if e["lang"] in ("ja","zh"):
        n=len(re.sub(r"\s","",e["text"])); ok=60<=n<=240
    else:
        n=len(e["text"].split()); ok=30<=n<=120
    e["n"]=n
    if not ok: bad.append((e["file"],e["lang"],n,e["note"]))
    for fld in (e["lang"],e["verdict"],e["rules"]): assert "," not in fld and '"' not in fld
with open("labels.csv","w",encoding="utf-8",newline="\n") as fh:
    fh.write("file,lang,verdict,rules\n")
    for e in entries: fh.write(f'{e["file"]},{e["lang"]},{e["verdict"]},{e["rules"]}\n')
lc=collections.Counter(e["lang"] for e in entries)
vc=collections.Counter(e["verdict"] for e in entries)
rc=collections.Counter(r for e in entries for r in e["rules"].split(";") if r)
lv=collections.Counter((e["lang"],e["verdict"]) for e in entries)
print(len(entries),dict(lc),dict(vc)); print({r:rc[r] for r in ORDER}); print(dict(lv))
print("BAD",bad)
import json; json.dump(entries,open("/tmp/pf3_entries.json","w"),ensure_ascii=False)
PLAIN={"plain damaged-item apology asking for photos","address change handled via cancel and reorder","return_unwanted, partial refund to keep item","FBA shipping inquiry pointing to Amazon","wrong item, offers return or refund","refund timeline, nothing unusual","damaged item, photos requested, replacement or refund","return_unwanted with partial refund option","wrong item, return or refund offered","damaged item, photos, replacement or refund"}
oks=[e for e in entries if e["verdict"]=="ok"]
hard=[e for e in oks if e["note"] not in PLAIN]
L=["# Policy evaluation set (policy-final3)","",
"Independent evaluation set of seller replies for the Buyer-Seller Messaging policy checker.",
"Written from docs/amazon.md (the messaging rules) and docs/playbook.md only.",
"Texts were written per language, then shuffled with `random.Random(20261205)` before numbering (`build.py`; sources in `src_*.txt`).","",
f"Total: {len(entries)} replies; block {vc['block']}, ok {vc['ok']}. Ok replies a naive keyword check would likely block: {len(hard)} of {len(oks)}.","",
"## Counts per language","","| lang | total | block | ok |","|---|---|---|---|"]
for l in ["en","de","fr","es","it","ja","zh"]:
    L.append(f"| {l} | {lc[l]} | {lv[(l,'block')]} | {lv[(l,'ok')]} |")
L+=["","## Counts per rule (a blocked reply can carry several)","","| rule | count |","|---|---|"]
for r in ORDER: L.append(f"| {r} | {rc[r]} |")
L+=["","Length: 30–120 words (en/de/fr/es/it), 60–240 non-space characters (ja/zh); checked by `build.py`.","",
"## Judgement calls","",
"- An e-mail address or phone number offered as a way for the buyer to get in touch is labelled `email`/`phone` **and** `off_amazon_contact`. A number given only for the courier (not inviting the buyer) is `phone` only. A PayPal address given only as a payment destination is `email;off_amazon_payment` (no contact invitation).",
"- A website contact form URL is `link;off_amazon_contact`. A link to the seller's own manual/FAQ/video is `link` even though it helps with the order (the brief's rule: any non-Amazon web address).",
"- A WhatsApp/LINE/WeChat/Telegram/Facebook/Instagram invitation without any number or handle is still `off_amazon_contact`; an Instagram follow request (no contact purpose) is `marketing` only.",
"- Soft review deals (free replacement or refund in one sentence, \"kindly take another look at / adjust your review\" or 評価の見直し in the next) are `review_incentive`. A reply that asks for the same review to be posted twice is `review_positive` (the brief groups it there).",
"- Amazon's own approved wording \"If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback…\" (amazon.md §2.7) is labelled **ok**, although it is phrased conditionally; it carries no incentive and comes after resolution. This is the most debatable ok label.",
"- \"You are welcome to leave a review, positive or negative\" and thanking for an existing review are ok. Offering a coupon for a screenshot of a review is `review_incentive;marketing` (coupon for a future purchase).",
"- Amazon coupons, Amazon multi-buy promotions and Subscribe & Save discounts explained as the reason a refund is smaller are ok (not marketing). \"Buy 2 get the 3rd free\" offered by the seller is `marketing`.",
"- Size \"XXXL\" is not a placeholder; `XXX days` is. A product title with 【2枚セット】 or [2-Pack] is not a placeholder; 【追跡番号】 and [TRACKING] are.",
"- Tracking numbers grouped like phone numbers (\"420 3381 7755 0012\", \"4567-8901-2345\", \"0523 7788 1234 5678\", \"1234567890\") are ok; the surrounding text calls them tracking numbers.",
"- Pointing a buyer to a product by EAN in the Amazon search bar is ok (answering a parts question), while \"search our brand on Amazon to see the new collection\" is `marketing`.",
"- Full-width digits (０２１－６２３４－５６７８) and digits spelled in words (\"oh seven seven zero zero…\") are `phone`.",
"","## Per-text notes","","| file | lang | verdict | rules | what makes it hard |","|---|---|---|---|---|"]
for e in entries: L.append(f"| {e['file']} | {e['lang']} | {e['verdict']} | {e['rules']} | {e['note'].replace('|','/')} |")
open("README.md","w",encoding="utf-8").write("\n".join(L)+"\n")
print("hard ok",len(hard),"of",len(oks))
