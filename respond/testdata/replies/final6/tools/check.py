#!/usr/bin/env python3
"""Check every NNN/ scenario has message.eml, expect.toml (and a well-formed order.csv when present)."""
import os, re, sys, csv, email, email.policy, tomllib
ROOT = os.path.dirname(os.path.abspath(__file__))
V = {"offers": {"replacement","send_parts","refund","partial_refund","keep_with_refund","return","cancel_via_amazon","cancel","reorder","reship_new_address","tracking","amazon_support","refund_info"},
     "requests": {"photo","symptom","missing_part","reason","address","address_confirmation","variant","order_id","keep_item"},
     "tasks": {"cancel_order","refund","reship","ship_parts","add_tracking","inspect_return","respond_claim","check_order","contact_buyer"}}
V["forbid_offers"] = V["offers"]; V["forbid_requests"] = V["requests"]
COLS = "order_id,status,channel,marketplace,value,currency,ship_date,delivery_date,carrier,tracking,refund_amount,refund_date,product,purchase_date,latest_delivery,return_received".split(",")
DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})?$")
errs = []; n = 0
for d in sorted(x for x in os.listdir(ROOT) if re.fullmatch(r"\d{3}", x)):
    n += 1; p = os.path.join(ROOT, d); e = lambda m: errs.append("%s: %s" % (d, m))
    try:
        m = email.message_from_bytes(open(os.path.join(p, "message.eml"), "rb").read(), policy=email.policy.default)
        for h in ("From", "Subject", "Date"):
            if not m[h]: e("missing header " + h)
        if not re.search(r"\d{3}-\d{7}-\d{7}", str(m["Subject"]) + m.get_body(("plain",)).get_content()): e("no order id")
        if "marketplace.amazon." in str(m["From"]) and not re.search(r"<[a-z0-9]{15}@marketplace\.amazon\.[a-z.]+>", str(m["From"])): e("bad relay From")
    except Exception as x: e("message.eml: %r" % x)
    try:
        t = tomllib.load(open(os.path.join(p, "expect.toml"), "rb"))
        if not isinstance(t.get("draft"), bool) or not t.get("note"): e("draft/note")
        if t["draft"] and t.get("lang") not in ("en","de","fr","es","it","ja","zh"): e("lang")
        for k, allowed in V.items():
            bad = set(t.get(k, [])) - allowed
            if bad: e("%s unknown %s" % (k, bad))
        if set(t.get("offers", [])) & set(t.get("forbid_offers", [])): e("offer both required and forbidden")
        if set(t.get("requests", [])) & set(t.get("forbid_requests", [])): e("request both required and forbidden")
    except Exception as x: e("expect.toml: %r" % x)
    oc = os.path.join(p, "order.csv")
    if os.path.exists(oc):
        rows = list(csv.reader(open(oc, encoding="utf-8")))
        if len(rows) != 2 or rows[0] != COLS or len(rows[1]) != len(COLS): e("order.csv shape")
        else:
            r = dict(zip(COLS, rows[1]))
            if r["status"] not in ("unshipped","shipped","delivered","canceled","returned"): e("status")
            if r["channel"] not in ("fbm","fba"): e("channel")
            for k in ("ship_date","delivery_date","refund_date","purchase_date","latest_delivery","return_received"):
                if not DATE.match(r[k]): e("date " + k)
            for k in ("value","refund_amount"):
                if r[k] and not re.fullmatch(r"\d+(\.\d{2})?", r[k]): e("amount " + k)
print("%d scenarios, %d problems" % (n, len(errs)))
for x in errs: print(" ", x)
sys.exit(1 if errs else 0)
