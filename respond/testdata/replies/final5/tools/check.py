#!/usr/bin/env python3
"""Checks that every scenario folder NNN/ holds a well-formed message.eml,
expect.toml and (optional) order.csv. Prints counts; exits 1 on any error."""
import csv, email, email.policy, os, re, sys, tomllib
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
OFFERS = {"replacement", "send_parts", "refund", "partial_refund", "keep_with_refund", "return", "cancel_via_amazon",
          "cancel", "reorder", "reship_new_address", "tracking", "amazon_support", "refund_info"}
REQUESTS = {"photo", "symptom", "missing_part", "reason", "address", "address_confirmation", "variant", "order_id", "keep_item"}
TASKS = {"cancel_order", "refund", "reship", "ship_parts", "add_tracking", "inspect_return", "respond_claim", "check_order", "contact_buyer"}
HEADER = "order_id,status,channel,marketplace,value,currency,ship_date,delivery_date,carrier,tracking,refund_amount,refund_date,product,purchase_date,latest_delivery,return_received".split(",")
BUYER = re.compile(r'^"[^"]+ - Amazon Marketplace" <[a-z0-9]{15}@marketplace\.amazon\.[a-z.]+>$')
SYSTEM = re.compile(r'<[a-z-]+@amazon\.[a-z.]+>$')
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
errs, langs, drafts, states = [], Counter(), Counter(), Counter()
THR = {"EUR": 30, "GBP": 25, "USD": 30, "JPY": 4000}
dirs = sorted(d for d in os.listdir(ROOT) if re.fullmatch(r"\d{3}", d))
for d in dirs:
    p = os.path.join(ROOT, d)
    def err(m): errs.append("%s: %s" % (d, m))
    try:
        raw = open(os.path.join(p, "message.eml"), "rb").read()
        m = email.message_from_bytes(raw, policy=email.policy.default)
        frm = str(m["From"] or "")
        raw_from = raw.decode("utf-8").split("\n", 1)[0][6:]
        if not (BUYER.match(raw_from) or SYSTEM.search(raw_from)):
            err("bad From: " + raw_from)
        for h in ("Subject", "Date", "Message-ID"):
            if not m[h]:
                err("missing " + h)
        text = m.get_body(preferencelist=("plain",)).get_content()
        if not text.strip():
            err("empty body")
        for part in m.iter_attachments():
            if part.get_content_type() != "image/jpeg" or not part.get_payload(decode=True).startswith(b"\xff\xd8"):
                err("bad attachment")
    except Exception as e:
        err("eml: %r" % e)
    try:
        t = tomllib.load(open(os.path.join(p, "expect.toml"), "rb"))
        for k in ("note", "draft", "offers", "forbid_offers", "requests", "forbid_requests", "tasks"):
            if k not in t: err("expect missing " + k)
        if t.get("draft") and not t.get("lang"): err("draft without lang")
        if not t.get("draft") and "lang" in t: err("lang on no-draft")
        for k, voc in (("offers", OFFERS), ("forbid_offers", OFFERS), ("requests", REQUESTS), ("forbid_requests", REQUESTS), ("tasks", TASKS)):
            bad = set(t.get(k, [])) - voc
            if bad: err("%s has unknown %s" % (k, bad))
        if set(t.get("offers", [])) & set(t.get("forbid_offers", [])): err("offer both required and forbidden")
        if set(t.get("requests", [])) & set(t.get("forbid_requests", [])): err("request both required and forbidden")
        drafts[t.get("draft")] += 1
        langs[t.get("lang", "-")] += 1
    except Exception as e:
        err("toml: %r" % e)
    op = os.path.join(p, "order.csv")
    if os.path.exists(op):
        rows = list(csv.reader(open(op, encoding="utf-8")))
        if rows[0] != HEADER or len(rows) != 2 or len(rows[1]) != len(HEADER):
            err("order.csv shape")
        else:
            r = dict(zip(HEADER, rows[1]))
            if r["status"] not in {"unshipped", "shipped", "delivered", "canceled", "returned"}: err("status")
            if r["channel"] not in {"fbm", "fba"}: err("channel")
            if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", r["order_id"]): err("order_id")
            for k in ("ship_date", "delivery_date", "refund_date", "purchase_date", "latest_delivery"):
                if r[k] and not DATE.match(r[k]): err("date " + k)
            float(r["value"])
            side = "under" if float(r["value"]) < THR.get(r["currency"], 30) else "over"
            states["%s/%s/%s" % (r["status"], r["channel"], side)] += 1
    else:
        states["no order on record"] += 1
print("%d scenarios" % len(dirs))
print("reply languages:", dict(langs))
print("draft:", dict(drafts))
print("order states:", dict(sorted(states.items())))
for e in errs: print("ERROR", e)
sys.exit(1 if errs or not dirs else 0)
