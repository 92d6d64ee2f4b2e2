#!/usr/bin/env python3
"""Checks that every scenario directory NNN/ holds a well-formed message.eml and expect.toml,
and a well-formed order.csv when present (order.csv is optional: no seller record)."""
import csv, datetime, email, os, re, sys, tomllib
from email import policy
ROOT = os.path.dirname(os.path.abspath(__file__))
HDR = "order_id,status,channel,marketplace,value,currency,ship_date,delivery_date,carrier,tracking,refund_amount,refund_date,product,purchase_date,latest_delivery,return_received".split(",")
OFFERS = set("replacement send_parts refund partial_refund keep_with_refund return cancel_via_amazon cancel reorder reship_new_address tracking amazon_support refund_info".split())
REQS = set("photo symptom missing_part reason address address_confirmation variant order_id keep_item".split())
TASKS = set("cancel_order refund reship ship_parts add_tracking inspect_return respond_claim check_order contact_buyer".split())
LANGS = {"en", "de", "fr", "es", "it", "ja", "zh"}
BUYER = re.compile(r'^"[^"]+ - Amazon Marketplace" <[a-z0-9]{15}@marketplace\.amazon\.[a-z.]+>$')
SYSTEM = re.compile(r'^Amazon <[a-z-]+@amazon\.[a-z.]+>$')
OID = re.compile(r"\d{3}-\d{7}-\d{7}")
def date_ok(s): 
    if s == "": return True
    try: datetime.date.fromisoformat(s); return True
    except ValueError: return False
errs = []
dirs = sorted(d for d in os.listdir(ROOT) if re.fullmatch(r"\d{3}", d))
for d in dirs:
    p = os.path.join(ROOT, d); E = lambda m: errs.append(f"{d}: {m}")
    try:
        msg = email.message_from_bytes(open(os.path.join(p, "message.eml"), "rb").read(), policy=policy.default)
        rawhead = open(os.path.join(p, "message.eml"), "rb").read().split(b"\n\n")[0].decode("utf-8")
        frm = next((l[6:] for l in rawhead.split("\n") if l.startswith("From: ")), ""); subj = str(msg["Subject"])
        if not (BUYER.match(frm) or SYSTEM.match(frm)): E(f"bad From {frm}")
        if not msg["Date"]: E("no Date")
        if not OID.search(subj) and os.path.exists(os.path.join(p, "order.csv")): E("no order id in subject")
        body = msg.get_body(("plain",)).get_content()
        if BUYER.match(frm):
            if not any(l in body for l in ("Message:", "Nachricht:", "Message :", "Mensaje:", "Messaggio:", "メッセージ:")): E("no Message label")
            if not re.search(r"B0[A-Z0-9]{8}", body): E("no ASIN")
        for part in msg.iter_attachments():
            if part.get_content_type() != "image/jpeg" or not part.get_content().startswith(b"\xff\xd8"): E("bad attachment")
    except FileNotFoundError: E("missing message.eml")
    try:
        e = tomllib.load(open(os.path.join(p, "expect.toml"), "rb"))
        if not isinstance(e.get("note"), str) or not isinstance(e.get("draft"), bool): E("note/draft")
        if e.get("draft") and e.get("lang") not in LANGS: E("lang missing/unknown")
        if not e.get("draft") and "lang" in e: E("lang with draft=false")
        for k, voc in (("offers", OFFERS), ("forbid_offers", OFFERS), ("requests", REQS), ("forbid_requests", REQS), ("tasks", TASKS)):
            bad = set(e.get(k, [])) - voc
            if bad: E(f"{k} unknown {bad}")
        if set(e.get("offers", [])) & set(e.get("forbid_offers", [])): E("offer both required and forbidden")
        if set(e.get("requests", [])) & set(e.get("forbid_requests", [])): E("request both required and forbidden")
    except FileNotFoundError: E("missing expect.toml")
    except tomllib.TOMLDecodeError as x: E(f"toml {x}")
    cp = os.path.join(p, "order.csv")
    if os.path.exists(cp):
        rows = list(csv.reader(open(cp, newline="", encoding="utf-8")))
        if rows[0] != HDR or len(rows) != 2 or len(rows[1]) != len(HDR): E("csv shape")
        else:
            r = dict(zip(HDR, rows[1]))
            if r["status"] not in {"unshipped", "shipped", "delivered", "canceled", "returned"}: E("status")
            if r["channel"] not in {"fbm", "fba"}: E("channel")
            if not OID.fullmatch(r["order_id"]) or r["order_id"] not in subj: E("order id mismatch")
            for k in ("value", "refund_amount"):
                if r[k] and not re.fullmatch(r"\d+(\.\d\d)?", r[k]): E(k)
            for k in ("ship_date", "delivery_date", "refund_date", "purchase_date", "latest_delivery", "return_received"):
                if not date_ok(r[k]): E(k)
print(f"{len(dirs)} scenarios checked, {len(errs)} problems")
for x in errs: print(" ", x)
sys.exit(1 if errs else 0)
