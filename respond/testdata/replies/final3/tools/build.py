#!/usr/bin/env python3
"""Write the hand-written scenarios of batch_*.py into ../NNN/ directories."""
import datetime as dt, json, os, random, shutil, sys, string
from email.message import EmailMessage
from email.headerregistry import Address
from email.utils import format_datetime, make_msgid
import lib
import batch_en1, batch_en2, batch_en3, batch_de, batch_fr, batch_es, batch_it, batch_ja, batch_zh, batch_extra  # noqa

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OFFERS = {"replacement","send_parts","refund","partial_refund","keep_with_refund","return","cancel_via_amazon",
          "cancel","reorder","reship_new_address","tracking","amazon_support","refund_info"}
REQS = {"photo","symptom","missing_part","reason","address","address_confirmation","variant","order_id","keep_item"}
TASKS = {"cancel_order","refund","reship","ship_parts","add_tracking","inspect_return","respond_claim","check_order","contact_buyer"}
THR = {"EUR": 30.0, "GBP": 25.0, "USD": 30.0, "JPY": 4000.0}
PREFIX = {"us": ["111","112","113","114"], "ca": ["701","702"], "uk": ["202","203","204","206"],
          "de": ["302","303","304","305","028"], "fr": ["402","403","405","171"], "es": ["402","404","406","171"],
          "it": ["402","403","407","171"], "jp": ["249","250","503"]}
HEADER = "order_id,status,channel,marketplace,value,currency,ship_date,delivery_date,carrier,tracking,refund_amount,refund_date,product,purchase_date,latest_delivery,return_received"
SELLER = "support@northfield-goods.example"

def csvq(v):
    v = "" if v is None else str(v)
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n') else v

def tlist(xs):
    return "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in xs) + "]"

def main():
    for d in os.listdir(OUT):
        if d.isdigit() and len(d) == 3:
            shutil.rmtree(os.path.join(OUT, d))
    rows = []
    for i, s in enumerate(lib.SCEN, 1):
        rnd = random.Random(1000 + i)
        tld, cur, subj_t, olabel, mlabel, view = lib.MKT[s["mkt"]]
        oid = s["oid"] if s["oid"] is not None else "%s-%07d-%07d" % (rnd.choice(PREFIX[s["mkt"]]), rnd.randrange(10**7), rnd.randrange(10**7))
        alias = "".join(rnd.choice(string.ascii_lowercase + string.digits) for _ in range(15))
        when = dt.datetime.strptime(s["date"], "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc)
        day = when.date()
        for k in ("offers", "fo"):
            assert set(s[k]) <= OFFERS, (i, s[k])
        for k in ("req", "freq"):
            assert set(s[k]) <= REQS, (i, s[k])
        assert set(s["tasks"]) <= TASKS, (i, s["tasks"])
        assert not (set(s["offers"]) & set(s["fo"])) and not (set(s["req"]) & set(s["freq"])), i

        m = EmailMessage()
        fmt = lambda t: t.format(o=oid, a=s["asin"], p=s["product"], n=s["name"])
        raw = s["raw"]
        buyer_from = Address(display_name="%s - Amazon Marketplace" % s["name"], addr_spec="%s@marketplace.amazon.%s" % (alias, tld))
        if raw is None:
            m["From"] = buyer_from
            subj = s["subject"] or subj_t.format(n=s["name"], o=oid)
            body = []
            if oid:
                body += ["%s %s" % (olabel, oid), "", "#  ASIN        Product Name", "1  %s  %s" % (s["asin"], s["product"]), ""]
            body += [mlabel, "", s["msg"], "", view, "", lib.FOOT[s["mkt"]]]
            text = "\n".join(body) + "\n"
        elif raw.get("kind") == "cancel":
            m["From"] = buyer_from
            subj = "Order cancellation request from Amazon customer %s (Order: %s)" % (s["name"], oid)
            text = ("Hello,\n\nThe buyer has submitted a cancellation request for the order below. "
                    "If the order has not shipped yet, please cancel it in Seller Central.\n\n"
                    "Order ID: %s\n1  %s  %s\nReason: %s\nBuyer comment: %s\n\n"
                    "Buyer Cancellation Request for Order ID: %s\n" % (oid, s["asin"], s["product"], raw["reason"], raw["comment"] or "-", oid))
        else:
            if raw["frm"] is None:
                m["From"] = buyer_from
            else:
                m["From"] = Address(display_name=raw["frm"][0], addr_spec=raw["frm"][1])
            subj = fmt(raw["subject"])
            text = fmt(raw["body"]) + "\n"
        m["To"] = SELLER
        m["Subject"] = subj
        m["Date"] = format_datetime(when)
        m["Message-ID"] = "<%s.%d@%s>" % (alias, 100000 + i, "amazon.%s" % tld if True else "")
        m["MIME-Version"] = "1.0"
        m.set_content(text, charset="utf-8", cte="8bit")
        if s["photo"]:
            m.add_attachment(lib.JPEG, maintype="image", subtype="jpeg",
                             filename="IMG_%s_%02d%02d.jpg" % (day.strftime("%Y%m%d"), when.hour, when.minute))
        d = os.path.join(OUT, "%03d" % i)
        os.makedirs(d)
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(bytes(m))

        o = s["order"]
        state = "no_record"
        if o is not None:
            cur_o = o["cur"] or cur
            ds = lambda off: "" if off is None else (day + dt.timedelta(days=off)).isoformat()
            val = ("%d" % o["value"]) if cur_o == "JPY" else "%.2f" % o["value"]
            ref = "" if o["refund"] is None else (("%d" % o["refund"]) if cur_o == "JPY" else "%.2f" % o["refund"])
            row = [oid, o["status"], o["ch"], "amazon." + tld, val, cur_o, ds(o["ship"]), ds(o["deliv"]), o["carrier"], o["trk"],
                   ref, ds(o["refund_d"]), s["product"], ds(o["purchase"]), ds(o["latest"]), ds(o["ret"])]
            with open(os.path.join(d, "order.csv"), "w", encoding="utf-8") as f:
                f.write(HEADER + "\n" + ",".join(csvq(x) for x in row) + "\n")
            state = "%s/%s" % (o["status"], o["ch"])
            if o["status"] in ("shipped", "delivered") and cur_o in THR:
                state += "/" + ("under" if o["value"] < THR[cur_o] else "at_or_over")
        lines = ["note = " + json.dumps(s["note"], ensure_ascii=False), "draft = " + ("true" if s["draft"] else "false")]
        if s["draft"]:
            lines.append("lang = " + json.dumps(s["lang"]))
        lines += ["offers = " + tlist(s["offers"]), "forbid_offers = " + tlist(s["fo"]),
                  "requests = " + tlist(s["req"]), "forbid_requests = " + tlist(s["freq"]), "tasks = " + tlist(s["tasks"])]
        with open(os.path.join(d, "expect.toml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        rows.append(dict(n="%03d" % i, lang=s["lang"], draft=s["draft"], mkt=s["mkt"], case=s["case"], state=state, photo=bool(s["photo"])))
    with open(os.path.join(OUT, "src", "index.json"), "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=False, indent=1)
    print(len(rows), "scenarios written")

if __name__ == "__main__":
    main()
