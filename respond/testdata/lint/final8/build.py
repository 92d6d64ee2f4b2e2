import random, re, os, sys, collections, importlib.util
BASE = os.path.dirname(os.path.abspath(__file__))
RULES = ["link","email","phone","review_positive","review_incentive","marketing","off_amazon_contact","off_amazon_payment","placeholder"]
items = []
for m in ["en","en2","de","fr","es","it","ja","zh"]:
    spec = importlib.util.spec_from_file_location(m, os.path.join(BASE,"tools",m+".py"))
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    items += mod.E
errs = []
for lang, rules, note, text in items:
    rs = [r for r in rules.split(";") if r]
    for r in rs:
        if r not in RULES: errs.append(("badrule", r))
    if [r for r in RULES if r in rs] != rs: errs.append(("order", rules))
random.Random(20261205).shuffle(items)
td = os.path.join(BASE, "texts"); os.makedirs(td, exist_ok=True)
for f in os.listdir(td): os.remove(os.path.join(td, f))
rows = []; notes = []
for i, (lang, rules, note, text) in enumerate(items, 1):
    fn = f"texts/{i:03d}.txt"
    body = text.strip("\n") + "\n"
    with open(os.path.join(BASE, fn), "w", encoding="utf-8", newline="\n") as fh: fh.write(body)
    verdict = "block" if rules else "ok"
    rows.append((fn, lang, verdict, rules)); notes.append((fn, lang, verdict, rules, note))
    if lang in ("ja","zh"):
        n = len(re.sub(r"\s", "", body))
        if not (60 <= n <= 240): errs.append(("len", fn, n))
    else:
        n = len(body.split())
        if not (30 <= n <= 120): errs.append(("words", fn, n))
    for field in (fn, lang, verdict, rules):
        if "," in field or '"' in field: errs.append(("csvchar", fn))
with open(os.path.join(BASE, "labels.csv"), "w", encoding="utf-8", newline="\n") as fh:
    fh.write("file,lang,verdict,rules\n")
    for r in rows: fh.write(",".join(r) + "\n")
import json
json.dump(notes, open(os.path.join(BASE, "tools", "notes.json"), "w"), ensure_ascii=False, indent=0)
print("errors:", errs)
c = collections.Counter(r[1] for r in rows); print("lang", dict(c), len(rows))
print("verdict", collections.Counter(r[2] for r in rows))
print("lang x verdict", sorted(collections.Counter((r[1], r[2]) for r in rows).items()))
rc = collections.Counter(x for r in rows for x in r[3].split(";") if x); print("rules", [(k, rc[k]) for k in RULES])
ok = [n for n in notes if n[2]=="ok"]; hard = [n for n in ok if n[4].startswith("HARD-OK")]
print("ok", len(ok), "hard ok", len(hard))
