import random, re, collections, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import en_block, en_ok, de, fr, es, it, ja, zh, extra, extra2
from en_block import D
ORDER = "link email phone review_positive review_incentive marketing off_amazon_contact off_amazon_payment placeholder".split()
def size(lang, t):
    return len(re.sub(r"\s", "", t)) if lang in ("ja", "zh") else len(t.split())
errs = []
for i, (lang, v, rules, note, text) in enumerate(D):
    rl = [r for r in rules.split(";") if r]
    if [r for r in ORDER if r in rl] != rl: errs.append((i, "rule order/unknown", rules))
    if (v == "ok") != (not rl): errs.append((i, "verdict/rules mismatch"))
    n = size(lang, text)
    lo, hi = (60, 240) if lang in ("ja", "zh") else (30, 120)
    if not lo <= n <= hi: errs.append((i, lang, "size", n, text[:40]))
    if "," in note or '"' in note: pass
print("errors", errs)
print("total", len(D))
c = collections.Counter((d[0], d[1]) for d in D); print(sorted(c.items()))
print(collections.Counter(d[1] for d in D))
rc = collections.Counter(r for d in D for r in d[2].split(";") if r); print([(r, rc[r]) for r in ORDER])
print("hard ok", sum(1 for d in D if d[1]=="ok" and d[3].startswith("hard")), "of", sum(1 for d in D if d[1]=="ok"))

if errs: sys.exit(1)
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
items = list(D)
random.Random(20261205).shuffle(items)
tdir = os.path.join(OUT, "texts")
for f in os.listdir(tdir): os.remove(os.path.join(tdir, f))
rows = []
for k, (lang, v, rules, note, text) in enumerate(items, 1):
    fn = "texts/%03d.txt" % k
    body = text.replace("\r\n", "\n").strip("\n") + "\n"
    with open(os.path.join(OUT, fn), "w", encoding="utf-8", newline="\n") as fh: fh.write(body)
    rows.append((fn, lang, v, rules, note, size(lang, text)))
with open(os.path.join(OUT, "labels.csv"), "w", encoding="utf-8", newline="\n") as fh:
    fh.write("file,lang,verdict,rules\n")
    for r in rows:
        assert all("," not in x and '"' not in x for x in r[:4])
        fh.write(",".join(r[:4]) + "\n")
import json
json.dump(rows, open(os.path.join(OUT, "src", "rows.json"), "w"), ensure_ascii=False)
print("written", len(rows))
