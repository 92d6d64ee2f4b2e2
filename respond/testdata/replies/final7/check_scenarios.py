#!/usr/bin/env python3
"""Check that every scenario NNN/ has message.eml, expect.toml (and optional order.csv) well formed.
Usage: python3 check_scenarios.py [folder]   (exit 1 on any problem)"""
import csv, datetime as dt, email, os, re, sys, tomllib
from email import policy
from email.utils import parsedate_to_datetime

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
HEADER = "order_id,status,channel,marketplace,value,currency,ship_date,delivery_date,carrier,tracking,refund_amount,refund_date,product,purchase_date,latest_delivery,return_received".split(",")
STATUS = {"unshipped", "shipped", "delivered", "canceled", "returned"}
CHANNEL = {"fbm", "fba"}
OFFERS = {"replacement", "send_parts", "refund", "partial_refund", "keep_with_refund", "return", "cancel_via_amazon",
          "cancel", "reorder", "reship_new_address", "tracking", "amazon_support", "refund_info"}
REQUESTS = {"photo", "symptom", "missing_part", "reason", "address", "address_confirmation", "variant", "order_id", "keep_item"}
TASKS = {"cancel_order", "refund", "reship", "ship_parts", "add_tracking", "inspect_return", "respond_claim", "check_order", "contact_buyer"}
LANGS = {"en", "de", "fr", "es", "it", "ja", "zh"}
KEYS = {"note", "draft", "lang", "offers", "forbid_offers", "requests", "forbid_requests", "tasks"}
RELAY = re.compile(r'^"?[^"<]+ - Amazon Marketplace"? <[a-z0-9]{15}@marketplace\.amazon\.(com|co\.uk|de|fr|es|it|co\.jp)>$')
SYSTEM = re.compile(r'<[a-z0-9._-]+@amazon\.(com|co\.uk|de|fr|es|it|co\.jp)>$')
OID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
LABELS = ["Message:", "Nachricht:", "Message :", "Mensaje:", "Messaggio:", "メッセージ:"]
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMT = re.compile(r"^\d+(\.\d{2})?$")

def check(d):
    errs = []
    p = lambda f: os.path.join(ROOT, d, f)
    for f in ("message.eml", "expect.toml"):
        if not os.path.isfile(p(f)):
            errs.append("missing " + f)
    if errs:
        return errs
    extra = set(os.listdir(os.path.join(ROOT, d))) - {"message.eml", "expect.toml", "order.csv"}
    if extra:
        errs.append("unexpected files %s" % sorted(extra))
    # message
    with open(p("message.eml"), "rb") as f:
        m = email.message_from_binary_file(f, policy=policy.default)
    frm, subj = str(m["From"] or ""), str(m["Subject"] or "")
    relay = bool(RELAY.match(frm))
    if not relay and not SYSTEM.search(frm):
        errs.append("From is neither a relay alias nor an Amazon sender: %r" % frm)
    if not subj:
        errs.append("no Subject")
    try:
        date = parsedate_to_datetime(str(m["Date"]))
        if date.year not in (2025, 2026):
            errs.append("Date outside 2025-2026")
    except Exception:
        errs.append("bad Date"); date = None
    body = m.get_body(preferencelist=("plain",))
    text = body.get_content() if body else ""
    ids = set(OID.findall(subj + "\n" + text))
    photos = [part for part in m.iter_attachments() if part.get_content_type() == "image/jpeg"]
    for ph in photos:
        data = ph.get_payload(decode=True)
        if not data.startswith(b"\xff\xd8") or not data.endswith(b"\xff\xd9"):
            errs.append("attachment is not a JPEG")
    inquiry = relay and "cancellation" not in subj.lower() and "cancelación" not in subj.lower() and "stornierung" not in subj.lower() and not subj.startswith("RE:")
    if inquiry and not any(l in text for l in LABELS):
        errs.append("no localized Message: label in a buyer inquiry")
    # expect
    try:
        with open(p("expect.toml"), "rb") as f:
            e = tomllib.load(f)
    except Exception as x:
        return errs + ["expect.toml does not parse: %s" % x]
    if set(e) - KEYS:
        errs.append("unknown keys %s" % sorted(set(e) - KEYS))
    if not isinstance(e.get("note"), str) or not e["note"]:
        errs.append("note missing")
    if not isinstance(e.get("draft"), bool):
        errs.append("draft must be a boolean")
    if e.get("draft"):
        if e.get("lang") not in LANGS:
            errs.append("draft = true needs lang in %s" % sorted(LANGS))
    elif "lang" in e:
        errs.append("lang given although draft = false")
    for k, vocab in (("offers", OFFERS), ("forbid_offers", OFFERS), ("requests", REQUESTS), ("forbid_requests", REQUESTS), ("tasks", TASKS)):
        v = e.get(k, [])
        if not isinstance(v, list) or any(x not in vocab for x in v):
            errs.append("%s has words outside the vocabulary: %r" % (k, v))
    if set(e.get("offers", [])) & set(e.get("forbid_offers", [])):
        errs.append("offer both required and forbidden")
    if set(e.get("requests", [])) & set(e.get("forbid_requests", [])):
        errs.append("request both required and forbidden")
    if e.get("draft") is False and (e.get("offers") or e.get("requests")):
        errs.append("offers/requests without a draft")
    if photos and "photo" in e.get("requests", []):
        errs.append("photo requested although one is attached")
    if not os.path.exists(p("order.csv")) and "check_order" not in e.get("tasks", []) and e.get("draft", True) and ids:
        errs.append("note: no order record and no check_order task")  # unknown orders must be flagged
    # order
    if os.path.exists(p("order.csv")):
        with open(p("order.csv"), encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        if not rows or rows[0] != HEADER:
            errs.append("order.csv header differs")
        elif len(rows) != 2 or len(rows[1]) != len(HEADER):
            errs.append("order.csv must have exactly one data row of %d fields" % len(HEADER))
        else:
            r = dict(zip(HEADER, rows[1]))
            if r["order_id"] not in ids:
                errs.append("order id %s not in the message" % r["order_id"])
            if r["status"] not in STATUS: errs.append("bad status " + r["status"])
            if r["channel"] not in CHANNEL: errs.append("bad channel " + r["channel"])
            if not AMT.match(r["value"]): errs.append("bad value " + r["value"])
            if r["refund_amount"] and not AMT.match(r["refund_amount"]): errs.append("bad refund_amount")
            if r["currency"] not in {"USD", "GBP", "EUR", "JPY"}: errs.append("bad currency")
            for k in ("ship_date", "delivery_date", "refund_date", "purchase_date", "latest_delivery"):
                if r[k] and not DAY.match(r[k]):
                    errs.append("bad date in " + k)
                elif r[k] and date and k != "latest_delivery" and dt.date.fromisoformat(r[k]) > (date + dt.timedelta(hours=1)).date():
                    errs.append("%s lies after the judging time" % k)
            if r["status"] == "unshipped" and (r["ship_date"] or r["tracking"]):
                errs.append("unshipped order with ship date or tracking")
            if r["status"] in ("shipped", "delivered", "returned") and not r["ship_date"]:
                errs.append("shipped order without ship date")
            if r["status"] == "delivered" and not r["delivery_date"]:
                errs.append("delivered order without delivery date")
            if r["return_received"] not in ("", "true", "false"):
                errs.append("return_received must be true, false or empty")
    return errs

def main():
    dirs = sorted(x for x in os.listdir(ROOT) if re.fullmatch(r"\d{3}", x) and os.path.isdir(os.path.join(ROOT, x)))
    bad = 0
    for i, d in enumerate(dirs, 1):
        if d != "%03d" % i:
            print("numbering gap before", d); bad += 1
        for e in check(d):
            print(d, e); bad += 1
    print("%d scenarios checked, %d problems" % (len(dirs), bad))
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
