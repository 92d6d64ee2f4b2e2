#!/usr/bin/env python3
"""Check that every NNN/ scenario has message.eml, expect.toml (and optional order.csv) well formed.
Usage: python3 check.py [folder]   (exit status 1 on any problem)"""
import csv, datetime, email, email.policy, os, re, sys, tomllib

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
HEADER = ["order_id","status","channel","marketplace","value","currency","ship_date","delivery_date","carrier","tracking",
          "refund_amount","refund_date","product","purchase_date","latest_delivery","return_received"]
OFFERS = {"replacement","send_parts","refund","partial_refund","keep_with_refund","return","cancel_via_amazon","cancel",
          "reorder","reship_new_address","tracking","amazon_support","refund_info"}
REQS = {"photo","symptom","missing_part","reason","address","address_confirmation","variant","order_id","keep_item"}
TASKS = {"cancel_order","refund","reship","ship_parts","add_tracking","inspect_return","respond_claim","check_order","contact_buyer"}
LANGS = {"en","de","fr","es","it","ja","zh"}
RELAY = re.compile(r"^[a-z0-9]{15}@marketplace\.amazon\.(com|ca|com\.mx|co\.uk|de|fr|it|es|co\.jp)$")
SYSTEM = re.compile(r"^[a-z0-9.+-]+@amazon\.(com|ca|co\.uk|de|fr|it|es|co\.jp)$")
OID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
KEYS = {"note": str, "draft": bool, "lang": str, "offers": list, "forbid_offers": list, "requests": list,
        "forbid_requests": list, "tasks": list}

def date_ok(s):
    if s == "":
        return True
    try:
        datetime.date.fromisoformat(s); return True
    except ValueError:
        return False

def check(d):
    errs = []
    p = lambda f: os.path.join(ROOT, d, f)
    for f in ("message.eml", "expect.toml"):
        if not os.path.isfile(p(f)):
            return ["missing " + f]
    with open(p("message.eml"), "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if not msg[h]:
            errs.append("header %s missing" % h)
    addr = msg["From"].addresses[0].addr_spec if msg["From"] else ""
    relay = bool(RELAY.match(addr))
    if not relay and not SYSTEM.match(addr):
        errs.append("From is neither a relay alias nor an Amazon system sender: " + addr)
    if relay and not msg["From"].addresses[0].display_name.endswith("- Amazon Marketplace"):
        errs.append("relay display name")
    try:
        msg["Date"].datetime
    except Exception:
        errs.append("bad Date")
    body = msg.get_body(preferencelist=("plain",))
    text = body.get_content() if body else ""
    if not text.strip():
        errs.append("empty text body")
    jpegs = [part for part in msg.iter_attachments() if part.get_content_type() == "image/jpeg"]
    for j in jpegs:
        b = j.get_content()
        if not (b[:2] == b"\xff\xd8" and b[-2:] == b"\xff\xd9"):
            errs.append("attachment is not a JPEG")
    ids = set(OID.findall(str(msg["Subject"]) + "\n" + text))
    with open(p("expect.toml"), "rb") as f:
        try:
            ex = tomllib.load(f)
        except tomllib.TOMLDecodeError as e:
            return errs + ["expect.toml: %s" % e]
    for k, t in KEYS.items():
        if k == "lang":
            continue
        if not isinstance(ex.get(k), t):
            errs.append("expect.%s missing or wrong type" % k)
    unknown = set(ex) - set(KEYS)
    if unknown:
        errs.append("unknown keys %s" % unknown)
    if ex.get("draft") is True and ex.get("lang") not in LANGS:
        errs.append("draft=true needs lang in %s" % sorted(LANGS))
    if ex.get("draft") is False and ("lang" in ex or ex.get("offers") or ex.get("requests")):
        errs.append("draft=false must have no lang, offers or requests")
    for k, vocab in (("offers", OFFERS), ("forbid_offers", OFFERS), ("requests", REQS), ("forbid_requests", REQS), ("tasks", TASKS)):
        bad = set(ex.get(k, [])) - vocab
        if bad:
            errs.append("%s: unknown words %s" % (k, bad))
    if set(ex.get("offers", [])) & set(ex.get("forbid_offers", [])) or set(ex.get("requests", [])) & set(ex.get("forbid_requests", [])):
        errs.append("a word is both required and forbidden")
    if jpegs and ex.get("draft") and "photo" not in ex.get("forbid_requests", []):
        errs.append("photo attached but 'photo' not in forbid_requests")
    if "photo" in ex.get("forbid_requests", []) and not jpegs:
        errs.append("'photo' forbidden but no image attached")
    if os.path.exists(p("order.csv")):
        with open(p("order.csv"), encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        if not rows or rows[0] != HEADER:
            errs.append("order.csv header")
        elif len(rows) != 2 or len(rows[1]) != len(HEADER):
            errs.append("order.csv must have exactly one data row of %d fields" % len(HEADER))
        else:
            r = dict(zip(HEADER, rows[1]))
            if not OID.fullmatch(r["order_id"]):
                errs.append("order_id format")
            elif r["order_id"] not in ids:
                errs.append("order_id not found in the message")
            if r["status"] not in {"unshipped","shipped","delivered","canceled","returned"}:
                errs.append("status " + r["status"])
            if r["channel"] not in {"fbm","fba"}:
                errs.append("channel " + r["channel"])
            for k in ("value", "refund_amount"):
                if r[k] and not re.fullmatch(r"\d+(\.\d{2})?", r[k]):
                    errs.append("%s format %s" % (k, r[k]))
            if not r["value"] or not re.fullmatch(r"[A-Z]{3}", r["currency"]):
                errs.append("value/currency")
            for k in ("ship_date","delivery_date","refund_date","purchase_date","latest_delivery","return_received"):
                if not date_ok(r[k]):
                    errs.append("%s not YYYY-MM-DD" % k)
            if r["status"] in ("shipped", "delivered") and not r["ship_date"]:
                errs.append("shipped without ship_date")
    return errs

def main():
    dirs = sorted(d for d in os.listdir(ROOT) if re.fullmatch(r"\d{3}", d) and os.path.isdir(os.path.join(ROOT, d)))
    bad = 0
    for d in dirs:
        e = check(d)
        if e:
            bad += 1
            print(d, "; ".join(e))
    print("%d scenarios checked, %d with problems" % (len(dirs), bad))
    sys.exit(1 if bad or not dirs else 0)

if __name__ == "__main__":
    main()
