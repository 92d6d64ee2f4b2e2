#!/usr/bin/env python3
"""Check that every scenario directory NNN/ holds message.eml, expect.toml and
(optionally) order.csv, each well formed. Usage: python3 tools/check.py [root]
Exit status 1 if any problem is found."""
import csv, email, email.policy, os, re, sys, tomllib, datetime as dt

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = ["order_id", "status", "channel", "marketplace", "value", "currency", "ship_date",
          "delivery_date", "carrier", "tracking", "refund_amount", "refund_date", "product",
          "purchase_date", "latest_delivery", "return_received"]
OFFERS = {"replacement", "send_parts", "refund", "partial_refund", "keep_with_refund", "return",
          "cancel_via_amazon", "cancel", "reorder", "reship_new_address", "tracking",
          "amazon_support", "refund_info"}
REQUESTS = {"photo", "symptom", "missing_part", "reason", "address", "address_confirmation",
            "variant", "order_id", "keep_item"}
TASKS = {"cancel_order", "refund", "reship", "ship_parts", "add_tracking", "inspect_return",
         "respond_claim", "check_order", "contact_buyer"}
LANGS = {"en", "de", "fr", "es", "it", "ja", "zh"}
BUYER = re.compile(r'^"?[^"<]+ - Amazon Marketplace"? <[a-z0-9]{15}@marketplace\.amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|ie|com\.tr|ae|sa|eg|in|sg|co\.jp|com\.au)>$')
SYSTEM = re.compile(r'<[a-z-]+@amazon\.(com|ca|co\.uk|de|fr|it|es|co\.jp)>$')
OID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONEY = re.compile(r"^\d+\.\d{2}$")
LABELS = ("Message:", "Nachricht:", "Message :", "Mensaje:", "Messaggio:", "メッセージ:")

def check(d):
    errs = []
    p = lambda f: os.path.join(d, f)
    for f in ("message.eml", "expect.toml"):
        if not os.path.isfile(p(f)):
            errs.append("missing " + f)
    if errs:
        return errs
    with open(p("message.eml"), "rb") as fh:
        m = email.message_from_binary_file(fh, policy=email.policy.default)
    for h in ("From", "Subject", "Date"):
        if not m[h]:
            errs.append("eml: no %s header" % h)
    frm = str(m["From"] or "")
    buyer = bool(BUYER.match(frm))
    if not buyer and not SYSTEM.search(frm):
        errs.append("eml: From is neither a relay alias nor an Amazon system sender: " + frm)
    try:
        when = email.utils.parsedate_to_datetime(str(m["Date"]))
        if not (2025 <= when.year <= 2026):
            errs.append("eml: Date outside 2025-2026")
    except Exception as e:
        errs.append("eml: bad Date (%s)" % e)
    body = m.get_body(preferencelist=("plain",))
    text = body.get_content() if body else ""
    if buyer and not any(l in text for l in LABELS):
        errs.append("eml: buyer mail without a localized Message: label")
    oids = set(OID.findall(str(m["Subject"]) + "\n" + text))
    jpeg = [a for a in m.iter_attachments() if a.get_content_type() == "image/jpeg"]
    for a in jpeg:
        if not a.get_content().startswith(b"\xff\xd8"):
            errs.append("eml: attachment is not a JPEG")
    with open(p("expect.toml"), "rb") as fh:
        try:
            e = tomllib.load(fh)
        except Exception as ex:
            return errs + ["toml: %s" % ex]
    for k, t in (("note", str), ("draft", bool)):
        if not isinstance(e.get(k), t):
            errs.append("toml: %s missing or wrong type" % k)
    for k, vocab in (("offers", OFFERS), ("forbid_offers", OFFERS), ("requests", REQUESTS),
                     ("forbid_requests", REQUESTS), ("tasks", TASKS)):
        v = e.get(k, [])
        if not isinstance(v, list) or any(x not in vocab for x in v):
            errs.append("toml: %s has words outside the vocabulary: %r" % (k, v))
    extra = set(e) - {"note", "draft", "lang", "offers", "forbid_offers", "requests", "forbid_requests", "tasks"}
    if extra:
        errs.append("toml: unknown keys %s" % sorted(extra))
    if set(e.get("offers", [])) & set(e.get("forbid_offers", [])):
        errs.append("toml: an offer is both required and forbidden")
    if set(e.get("requests", [])) & set(e.get("forbid_requests", [])):
        errs.append("toml: a request is both required and forbidden")
    if e.get("draft"):
        if e.get("lang") not in LANGS:
            errs.append("toml: draft = true needs lang in %s" % sorted(LANGS))
    else:
        if "lang" in e:
            errs.append("toml: lang given with draft = false")
        if e.get("offers") or e.get("requests"):
            errs.append("toml: offers/requests with draft = false")
    if any("photo" in x for x in []):
        pass
    if jpeg and "photo" in e.get("requests", []):
        errs.append("toml: photo attached but a photo is requested")
    if os.path.exists(p("order.csv")):
        with open(p("order.csv"), encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        if not rows or rows[0] != HEADER:
            errs.append("csv: header differs")
        elif len(rows) != 2 or len(rows[1]) != len(HEADER):
            errs.append("csv: need exactly one data row of %d fields" % len(HEADER))
        else:
            r = dict(zip(HEADER, rows[1]))
            if not OID.fullmatch(r["order_id"]):
                errs.append("csv: bad order_id")
            elif oids and r["order_id"] not in oids:
                errs.append("csv: order_id not in the mail")
            if r["status"] not in ("unshipped", "shipped", "delivered", "canceled", "returned"):
                errs.append("csv: bad status")
            if r["channel"] not in ("fbm", "fba"):
                errs.append("csv: bad channel")
            if not MONEY.match(r["value"]):
                errs.append("csv: bad value")
            if r["refund_amount"] and not MONEY.match(r["refund_amount"]):
                errs.append("csv: bad refund_amount")
            if not re.fullmatch(r"[A-Z]{3}", r["currency"]):
                errs.append("csv: bad currency")
            for k in ("ship_date", "delivery_date", "refund_date", "purchase_date", "latest_delivery", "return_received"):
                if r[k]:
                    if not DATE.match(r[k]):
                        errs.append("csv: bad date in " + k)
                        continue
                    if k != "latest_delivery" and "when" in locals() and dt.date.fromisoformat(r[k]) > when.date():
                        errs.append("csv: %s after the message date" % k)
            if r["status"] == "unshipped" and (r["ship_date"] or r["tracking"]):
                errs.append("csv: unshipped order with ship date or tracking")
            if r["status"] in ("shipped", "delivered", "returned") and not r["ship_date"]:
                errs.append("csv: shipped order without ship_date")
            if r["status"] == "delivered" and not r["delivery_date"]:
                errs.append("csv: delivered order without delivery_date")
    return errs

def main():
    dirs = sorted(x for x in os.listdir(ROOT) if re.fullmatch(r"\d{3}", x))
    bad = 0
    for x in dirs:
        errs = check(os.path.join(ROOT, x))
        for err in errs:
            print("%s: %s" % (x, err))
        bad += bool(errs)
    n = len(dirs)
    if [("%03d" % i) for i in range(1, n + 1)] != dirs:
        print("numbering is not contiguous from 001"); bad += 1
    print("%d scenarios, %d with problems" % (n, bad))
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
