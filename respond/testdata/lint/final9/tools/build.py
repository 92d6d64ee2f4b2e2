import os, random, re, glob, collections, csv
ORDER = ["link","email","phone","review_positive","review_incentive","marketing","off_amazon_contact","off_amazon_payment","placeholder"]
LANGS = ["en","de","fr","es","it","ja","zh"]
items = []
for lang in LANGS:
    raw = open(f"tools/{lang}.txt", encoding="utf-8").read()
    for chunk in raw.split("=== ")[1:]:
        head, _, body = chunk.partition("\n")
        l, verdict, rules, note = head.split("|", 3)
        assert l == lang, head
        rules = [] if rules == "-" else rules.split(";")
        assert all(r in ORDER for r in rules), head
        rules = [r for r in ORDER if r in rules]
        assert (verdict == "block") == bool(rules), head
        text = body.strip("\n") + "\n"
        items.append(dict(lang=lang, verdict=verdict, rules=rules, note=note.strip(), text=text))
random.Random(20261205).shuffle(items)
os.makedirs("texts", exist_ok=True)
for f in glob.glob("texts/*.txt"): os.remove(f)
problems = []
for i, it in enumerate(items, 1):
    it["file"] = f"texts/{i:03d}.txt"
    open(it["file"], "w", encoding="utf-8", newline="\n").write(it["text"])
    t = it["text"]
    if it["lang"] in ("ja","zh"):
        n = len(re.sub(r"\s", "", t)); lo, hi = 60, 240
    else:
        n = len(t.split()); lo, hi = 30, 120
    it["size"] = n
    if not lo <= n <= hi: problems.append((it["file"], it["lang"], n))
    for field in (it["note"],):
        if "," in field or '"' in field: pass
with open("labels.csv", "w", encoding="utf-8", newline="\n") as f:
    f.write("file,lang,verdict,rules\n")
    for it in items:
        row = [it["file"], it["lang"], it["verdict"], ";".join(it["rules"])]
        assert not any("," in x or '"' in x for x in row)
        f.write(",".join(row) + "\n")
print("problems", problems)
print("total", len(items))
c = collections.Counter(it["lang"] for it in items); print(c)
print(collections.Counter(it["verdict"] for it in items))
print(collections.Counter((it["lang"], it["verdict"]) for it in items))
rc = collections.Counter(r for it in items for r in it["rules"]); print([(r, rc[r]) for r in ORDER])
import json; json.dump(items, open("tools/items.json","w"), ensure_ascii=False, indent=0)
