import glob, random, re, csv, collections, os
ORDER = ["link","email","phone","review_positive","review_incentive","marketing","off_amazon_contact","off_amazon_payment","placeholder"]
recs = []
for f in sorted(glob.glob("src/*.txt")):
    cur = None
    for line in open(f, encoding="utf-8"):
        if line.startswith("@@ "):
            head, note = line[3:].rstrip("\n").split("|", 1)
            parts = head.split()
            lang, verdict = parts[0], parts[1]
            rules = parts[2].split(";") if len(parts) > 2 else []
            cur = dict(lang=lang, verdict=verdict, rules=rules, note=note.strip(), text="")
            recs.append(cur)
        else:
            cur["text"] += line
errs = []
for r in recs:
    r["text"] = r["text"].strip("\n") + "\n"
    assert all(x in ORDER for x in r["rules"]), r
    r["rules"] = [x for x in ORDER if x in r["rules"]]
    assert (r["verdict"] == "block") == bool(r["rules"]), r
    if r["lang"] in ("ja", "zh"):
        n = len(re.sub(r"\s", "", r["text"]))
        if not 60 <= n <= 240: errs.append((r["lang"], n, r["note"]))
    else:
        n = len(r["text"].split())
        if not 30 <= n <= 120: errs.append((r["lang"], n, r["note"]))
    r["n"] = n
print("length errors:", errs)
random.seed(20261205)
random.shuffle(recs)
os.makedirs("texts", exist_ok=True)
for p in glob.glob("texts/*.txt"): os.remove(p)
with open("labels.csv", "w", encoding="utf-8", newline="\n") as out:
    out.write("file,lang,verdict,rules\n")
    for i, r in enumerate(recs, 1):
        r["file"] = f"texts/{i:03d}.txt"
        with open(r["file"], "w", encoding="utf-8", newline="\n") as t: t.write(r["text"])
        out.write(f'{r["file"]},{r["lang"]},{r["verdict"]},{";".join(r["rules"])}\n')
# verify csv
rows = list(csv.DictReader(open("labels.csv", encoding="utf-8")))
assert len(rows) == len(recs)
for row in rows:
    assert len(row) == 4 and '"' not in open("labels.csv").read()
lc = collections.Counter(r["lang"] for r in recs)
vc = collections.Counter(r["verdict"] for r in recs)
lv = collections.Counter((r["lang"], r["verdict"]) for r in recs)
rc = collections.Counter(x for r in recs for x in r["rules"])
print(len(recs), dict(lc), dict(vc))
print({k: rc[k] for k in ORDER})
import json
json.dump([{k: r[k] for k in ("file","lang","verdict","rules","note","n")} for r in recs], open("/tmp/pf5_meta.json","w"), ensure_ascii=False)
