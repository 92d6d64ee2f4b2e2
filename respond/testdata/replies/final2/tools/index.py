"""Write ../index.tsv (scenario, lang, marketplace, case, order state, draft) and print counts for README."""
import os, re, sys, importlib, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build
for mod in sorted(f[:-3] for f in os.listdir(build.HERE) if f.startswith("specs_") and f.endswith(".py")):
    importlib.import_module(mod)
TH = {"EUR": 30, "GBP": 25, "USD": 30, "JPY": 4000}

# hand labels where the keyword rules below would guess wrong (keyed by the note's start)
OVERRIDE = {
    "shipped fbm, gbp 32": "address_change", "value exactly at the usd 30": "address_change",
    "shipped fbm at exactly jpy 4,000": "address_change", "fba order shipped: the seller cannot change": "address_change",
    "no order id in the message": "shipping_inquiry", "chinese buyer on amazon.co.uk, fba": "shipping_inquiry",
    "long overdue, tracking stalled": "return_dissatisfied/not_received",
    "delivered fbm, unwanted: returning": "cancel_order", "tracking plus a variant swap": "shipping_inquiry",
}

def case(sp):
    k, n = sp["kind"], sp["exp"]["note"].lower()
    for pre, c in OVERRIDE.items():
        if n.startswith(pre): return c
    if k == "cancel": return "cancel_order (official notice)"
    if k in ("return_auth", "return_auth_uk", "return_recv", "refund"): return "returned_goods (notice)"
    if k == "feedback": return "negative_review (feedback alert)"
    if k == "atoz": return "a-to-z claim (notice)"
    if k in ("autoreply", "delivery_failure"): return "other"
    if "thank" in n or "pre-sale" in n or "spam" in n: return "other"
    if "review" in n: return "negative_review"
    if "address" in n and "refund" not in n: return "address_change"
    if "cancel" in n or "withdraw" in n and False: return "cancel_order"
    if "refund on record" in n or "refund asked, nothing" in n or "return received" in n: return "refund_status"
    if "unwanted" in n or "withdrawal" in n: return "return_unwanted"
    if "shipping" in n or "tracking" in n or "fba order late" in n or "fba: amazon" in n or "fba order: amazon" in n or "not yet shipped" in n or "not shipped yet" in n: return "shipping_inquiry"
    if "not received" in n or "delivered but not here" in n: return "return_dissatisfied/not_received"
    if "missing" in n: return "return_dissatisfied/missing_parts"
    if "defective" in n: return "return_dissatisfied/defective"
    if "wrong" in n: return "return_dissatisfied/wrong_item"
    if "damaged" in n: return "return_dissatisfied/damaged"
    return "?"

def state(sp):
    o = sp["order"]
    if o is None: return "no record"
    cur = o.get("cur", build.MP[sp["mp"]][1])
    th = TH.get(cur)
    band = "" if th is None else (" <thr" if o["value"] < th else " >=thr")
    return "%s %s%s" % (o["status"], o["channel"].upper(), band)

rows = []
for i, sp in enumerate(build.SPECS, 1):
    rows.append(("%03d" % i, sp["lang"], sp["mp"], case(sp), state(sp), str(sp["exp"]["draft"]).lower(),
                 "photo" if sp["photo"] else "", sp["exp"]["note"]))
with open(os.path.join(build.OUT, "index.tsv"), "w", encoding="utf-8") as f:
    f.write("scenario\tlang\tmarketplace\tcase\torder_state\tdraft\tattachment\tnote\n")
    for r in rows: f.write("\t".join(r) + "\n")
for col, name in ((1, "lang"), (3, "case"), (4, "state")):
    c = collections.Counter(r[col] for r in rows)
    print("##", name); [print("%-40s %d" % (k, v)) for k, v in sorted(c.items())]
print("## draft false", sum(r[5] == "false" for r in rows), "photos", sum(bool(r[6]) for r in rows), "total", len(rows))
if "-v" in sys.argv:
    for r in rows: print(r[0], r[1], r[3], "|", r[4], "|", r[7][:90])
