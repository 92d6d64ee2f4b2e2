#!/usr/bin/env python3
"""Check that every scenario folder NNN/ is well formed.

    python3 check_scenarios.py [DIR]     (DIR defaults to this file's folder)

Per scenario:
  message.eml  required; parses; From/To/Subject/Date/Message-ID present;
               a buyer relay sender is "<Name> - Amazon Marketplace"
               <15 lowercase alnum @marketplace.amazon.<tld>>; a system sender is
               an anchored amazon.<tld> address; a relayed buyer message has a
               localized "Message:" label (or is an official cancellation request);
               every 3-7-7 order id is well formed; a mentioned attachment is a
               real image/jpeg part (JPEG SOI/EOI).
  order.csv    optional; the exact header, one data row, known status/channel/
               currency, money and date formats, order id also in the mail,
               no ship/delivery/refund/return date after the judging time.
  expect.toml  required; only the known keys; known vocabulary; lang present
               exactly when draft = true; no word both required and forbidden.
Exit status 0 when everything passes.
"""
import csv
import datetime as dt
import email
import os
import re
import sys
import tomllib
from email import policy
from email.utils import parseaddr, parsedate_to_datetime

TLDS = {"com", "ca", "com.mx", "com.br", "co.uk", "de", "fr", "it", "es", "nl", "se", "pl",
        "com.be", "ie", "com.tr", "ae", "sa", "eg", "in", "sg", "co.jp", "com.au"}
TLD_RE = "|".join(re.escape(t) for t in sorted(TLDS, key=len, reverse=True))
RELAY_RE = re.compile(r"^[a-z0-9]{15}@marketplace\.amazon\.(%s)$" % TLD_RE)
SYSTEM_RE = re.compile(r"^[a-z0-9-]+@amazon\.(%s)$" % TLD_RE)
ORDER_RE = re.compile(r"(?<![\d-])(\d{3}-\d{7}-\d{7})(?![\d-])")
LOOSE_ORDER_RE = re.compile(r"\d{3}-\d{5,9}-\d{5,9}")
MSG_LABELS = ["Message:", "Nachricht:", "Message :", "Mensaje:", "Messaggio:", "メッセージ:"]
ATTACH_LABELS = ["Attachment:", "Anhang:", "Pièce jointe :", "Archivo adjunto:", "Allegato:",
                 "添付ファイル:"]
CANCEL_MARK = "Buyer Cancellation Request for Order ID:"

CSV_HEAD = ["order_id", "status", "channel", "marketplace", "value", "currency", "ship_date",
            "delivery_date", "carrier", "tracking", "refund_amount", "refund_date", "product",
            "purchase_date", "latest_delivery", "return_received"]
STATUS = {"unshipped", "shipped", "delivered", "canceled", "returned"}
CHANNEL = {"fbm", "fba"}
CURRENCY = {"EUR", "GBP", "USD", "JPY"}

OFFERS = {"replacement", "send_parts", "refund", "partial_refund", "keep_with_refund", "return",
          "cancel_via_amazon", "cancel", "reorder", "reship_new_address", "tracking",
          "amazon_support", "refund_info"}
REQUESTS = {"photo", "symptom", "missing_part", "reason", "address", "address_confirmation",
            "variant", "order_id", "keep_item"}
TASKS = {"cancel_order", "refund", "reship", "ship_parts", "add_tracking", "inspect_return",
         "respond_claim", "check_order", "contact_buyer"}
LANGS = {"en", "de", "fr", "es", "it", "ja", "zh"}
KEYS = {"note", "draft", "lang", "offers", "forbid_offers", "requests", "forbid_requests", "tasks"}


def check_eml(path, errs):
    raw = open(path, "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if not m[h]:
            errs.append("message.eml: missing %s header" % h)
    if errs:
        return None, set(), None
    try:
        date = parsedate_to_datetime(str(m["Date"]))
    except Exception:
        errs.append("message.eml: bad Date")
        return None, set(), None
    if date.tzinfo is None or not (2025 <= date.year <= 2026):
        errs.append("message.eml: Date must carry a zone and be in 2025-2026")
    name, addr = parseaddr(str(m["From"]))
    body_part = m.get_body(preferencelist=("plain", "html"))
    body = body_part.get_content() if body_part else ""
    text = str(m["Subject"]) + "\n" + body
    if "@marketplace.amazon." in addr:
        if not RELAY_RE.match(addr):
            errs.append("message.eml: relay address malformed: %s" % addr)
        if not name.endswith(" - Amazon Marketplace"):
            errs.append("message.eml: display name must be '<Name> - Amazon Marketplace'")
        if CANCEL_MARK not in body and not any(lbl in body for lbl in MSG_LABELS):
            errs.append("message.eml: relayed buyer message without a Message: label")
    elif not SYSTEM_RE.match(addr):
        errs.append("message.eml: sender is neither a relay alias nor an amazon.<tld> system address: %s" % addr)
    ids = set(ORDER_RE.findall(text))
    for loose in LOOSE_ORDER_RE.findall(text):
        if not ORDER_RE.fullmatch(loose):
            errs.append("message.eml: malformed order id %s" % loose)
    jpegs = [p for p in m.iter_attachments() if p.get_content_type() == "image/jpeg"]
    for p in jpegs:
        data = p.get_content()
        if not (data[:2] == b"\xff\xd8" and data[-2:] == b"\xff\xd9" and len(data) < 200_000):
            errs.append("message.eml: image/jpeg part is not a small JPEG")
    mentions = any(lbl in body for lbl in ATTACH_LABELS)
    if mentions and not jpegs:
        errs.append("message.eml: attachment mentioned but no image/jpeg part")
    if jpegs and not mentions:
        errs.append("message.eml: image part not mentioned in the body")
    return date, ids, m


def check_csv(path, ids, date, errs):
    rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
    if not rows or rows[0] != CSV_HEAD:
        errs.append("order.csv: header differs from the expected columns")
        return
    if len(rows) != 2:
        errs.append("order.csv: expected exactly one data row, got %d" % (len(rows) - 1))
        return
    r = dict(zip(CSV_HEAD, rows[1]))
    if len(rows[1]) != len(CSV_HEAD):
        errs.append("order.csv: wrong number of cells")
    if not ORDER_RE.fullmatch(r["order_id"]):
        errs.append("order.csv: order_id not 3-7-7")
    elif r["order_id"] not in ids:
        errs.append("order.csv: order_id %s not in the mail" % r["order_id"])
    if r["status"] not in STATUS:
        errs.append("order.csv: status %r" % r["status"])
    if r["channel"] not in CHANNEL:
        errs.append("order.csv: channel %r" % r["channel"])
    if r["currency"] not in CURRENCY:
        errs.append("order.csv: currency %r" % r["currency"])
    if not re.fullmatch(r"amazon\.(%s)" % TLD_RE, r["marketplace"]):
        errs.append("order.csv: marketplace %r" % r["marketplace"])
    money = r"\d+" if r["currency"] == "JPY" else r"\d+\.\d{2}"
    for k in ("value", "refund_amount"):
        if r[k] and not re.fullmatch(money, r[k]):
            errs.append("order.csv: %s %r" % (k, r[k]))
    if not r["value"] or not r["product"] or not r["purchase_date"]:
        errs.append("order.csv: value, product and purchase_date are required")
    judged = (date + dt.timedelta(hours=1)).date() if date else None
    days = {}
    for k in ("ship_date", "delivery_date", "refund_date", "purchase_date", "latest_delivery",
              "return_received"):
        if r[k]:
            try:
                days[k] = dt.date.fromisoformat(r[k])
            except ValueError:
                errs.append("order.csv: %s %r is not YYYY-MM-DD" % (k, r[k]))
                continue
            if judged and k != "latest_delivery" and days[k] > judged:
                errs.append("order.csv: %s %s lies after the judging time" % (k, r[k]))
    st = r["status"]
    if st == "unshipped" and (r["ship_date"] or r["delivery_date"]):
        errs.append("order.csv: unshipped order with a ship/delivery date")
    if st in ("shipped", "delivered", "returned") and not r["ship_date"]:
        errs.append("order.csv: %s order without ship_date" % st)
    if st in ("delivered",) and not r["delivery_date"]:
        errs.append("order.csv: delivered order without delivery_date")
    if st == "returned" and not r["return_received"]:
        errs.append("order.csv: returned order without return_received")
    if bool(r["refund_amount"]) != bool(r["refund_date"]):
        errs.append("order.csv: refund_amount and refund_date go together")
    seq = [days.get(k) for k in ("purchase_date", "ship_date", "delivery_date", "return_received")]
    seq = [d for d in seq if d]
    if seq != sorted(seq):
        errs.append("order.csv: purchase/ship/delivery/return dates out of order")


def check_toml(path, errs):
    try:
        e = tomllib.load(open(path, "rb"))
    except Exception as ex:
        errs.append("expect.toml: %s" % ex)
        return None
    extra = set(e) - KEYS
    if extra:
        errs.append("expect.toml: unknown keys %s" % sorted(extra))
    if not isinstance(e.get("note"), str) or not e["note"].strip():
        errs.append("expect.toml: note missing")
    if not isinstance(e.get("draft"), bool):
        errs.append("expect.toml: draft must be true/false")
        return e
    if e["draft"]:
        if e.get("lang") not in LANGS:
            errs.append("expect.toml: lang %r" % e.get("lang"))
    elif "lang" in e:
        errs.append("expect.toml: lang given although draft = false")
    for k, vocab in (("offers", OFFERS), ("forbid_offers", OFFERS), ("requests", REQUESTS),
                     ("forbid_requests", REQUESTS), ("tasks", TASKS)):
        v = e.get(k, [])
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            errs.append("expect.toml: %s must be a list of strings" % k)
            continue
        bad = [x for x in v if x not in vocab]
        if bad:
            errs.append("expect.toml: %s has unknown words %s" % (k, bad))
        if len(set(v)) != len(v):
            errs.append("expect.toml: %s has duplicates" % k)
    for a, b in (("offers", "forbid_offers"), ("requests", "forbid_requests")):
        both = set(e.get(a, [])) & set(e.get(b, []))
        if both:
            errs.append("expect.toml: %s both required and forbidden" % sorted(both))
    if not e["draft"] and (e.get("offers") or e.get("requests")):
        errs.append("expect.toml: offers/requests listed although draft = false")
    return e


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    dirs = sorted(d for d in os.listdir(root) if re.fullmatch(r"\d{3}", d))
    if not dirs:
        print("no scenario folders found in", root)
        return 1
    expected = ["%03d" % i for i in range(1, len(dirs) + 1)]
    bad = 0
    if dirs != expected:
        print("folders are not numbered 001..%03d without gaps" % len(dirs))
        bad += 1
    for d in dirs:
        p = os.path.join(root, d)
        errs = []
        files = set(os.listdir(p))
        for f in ("message.eml", "expect.toml"):
            if f not in files:
                errs.append("%s missing" % f)
        unknown = files - {"message.eml", "expect.toml", "order.csv"}
        if unknown:
            errs.append("unexpected files %s" % sorted(unknown))
        date, ids = None, set()
        if "message.eml" in files:
            date, ids, _ = check_eml(os.path.join(p, "message.eml"), errs)
        if "order.csv" in files:
            check_csv(os.path.join(p, "order.csv"), ids, date, errs)
        if "expect.toml" in files:
            check_toml(os.path.join(p, "expect.toml"), errs)
        if errs:
            bad += 1
            for e in errs:
                print("%s: %s" % (d, e))
    print("%d scenarios checked, %d with problems" % (len(dirs), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
