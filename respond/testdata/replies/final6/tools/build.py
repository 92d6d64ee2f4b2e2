import email.policy, sys, os, re, shutil, json, datetime, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from frame import *
import scen_en, scen_defr, scen_esit, scen_jazh, scen_extra
from email.message import EmailMessage
from email.mime.text import MIMEText
from email.mime.image import MIMEImage
from email.utils import format_datetime, make_msgid
from email.header import Header
SELLER = "support@northwind-goods.example"
def trk(carrier):
    if carrier == "UPS": return "1Z%03dA%010d" % (rng.randrange(1000), rng.randrange(10**10))
    if carrier == "Royal Mail": return "RM%09dGB" % rng.randrange(10**9)
    if carrier == "Colissimo": return "6A%011d" % rng.randrange(10**11)
    if carrier == "Correos": return "PQ%08dES" % rng.randrange(10**8)
    if carrier == "Yamato": return "%012d" % rng.randrange(10**12)
    return "%012d" % rng.randrange(10**12)
NOTICE_SUBJ = {
 "return_auth": {"en": "Return authorization request for order # {o}", "uk": "Return authorisation request for order # {o}", "de": "Rücksendegenehmigung angefordert für Bestellung # {o}", "it": "Richiesta di autorizzazione al reso per l'ordine # {o}"},
 "return_received": {"en": "Return received for order # {o}", "es": "Devolución recibida para el pedido # {o}", "ja": "返品を受領しました 注文番号 # {o}"},
 "refund_issued": {"en": "Refund initiated for order {o}"},
 "feedback": {"en": "Negative feedback received for order {o}", "fr": "Évaluation négative reçue pour la commande {o}", "it": "Feedback negativo ricevuto per l'ordine {o}"},
 "cancel_official": {"en": "Order cancellation request from Amazon customer {n} (Order: {o})", "es": "Solicitud de cancelación de pedido del cliente de Amazon {n} (Pedido: {o})"},
 "atoz": {"en": "A-to-z Guarantee Claim for Order {o}"},
}
def wlang(tld): return {"co.uk":"uk","com":"en"}.get(tld, WRAP[tld][5] if tld!="co.jp" else "ja")
def notice(s, o, d):
    k = s["kind"]; tld = s["tld"]; wl = wlang(tld); subjs = NOTICE_SUBJ[k]
    subj = (subjs.get(wl) or subjs.get("en" if wl=="uk" else "en")).format(o=o, n=s["name"])
    a = s["asin"]; p = s["product"]; sku = "NW-" + a[-5:]
    if k == "return_auth":
        frm = "order-update@amazon.%s" % tld
        body = ("Dear Seller,\n\nAmazon has authorized a return for the following item on order # %s. "
                "Return authorization is automatic for returns within Amazon's return policy.\n\n"
                "Order Item, ASIN, SKU, Return Quantity, Return Reason, Customer's Comment\n"
                "%s, %s, %s, 1, %s, %s\n\nReturn Shipping Carrier: %s\n\nSincerely,\nAmazon Services\n") % (o, p, a, sku, s["reason"], s["text"] or "-", CARR[tld])
    elif k == "return_received":
        frm = "order-update@amazon.%s" % tld
        body = ("Dear Seller,\n\nThe return for order # %s has been delivered to your return address.\n\n"
                "Item: %s (ASIN: %s, SKU: %s)\nQuantity returned: 1\nReturn delivered: %s\n\n"
                "Please process the refund within two business days of receiving the return.\n\nAmazon Services\n") % (o, p, a, sku, d.strftime("%Y-%m-%d"))
    elif k == "refund_issued":
        frm = "do-not-reply@amazon.%s" % tld
        body = ("Refund initiated for order %s\n\nThis is a notification that a refund has been initiated for the following item.\n\n"
                "Item: %s\nASIN: %s\nRefund amount: %s %s\nReason: Customer return\n\nThis email was sent from a notification-only address.\n") % (o, p, a, s["amount"], WRAP[tld][4])
    elif k == "feedback":
        frm = "seller-performance@amazon.%s" % tld
        body = ("Dear Seller,\n\nYou have received new negative feedback.\n\nOrder ID: %s\nRating: 1 out of 5\nComments: %s\nItem: %s\nFeedback date: %s\n\n"
                "You can respond publicly to the feedback in Seller Central.\n\nAmazon Services\n") % (o, s["text"], p, d.strftime("%Y-%m-%d"))
    elif k == "cancel_official":
        frm = '"%s - Amazon Marketplace" <%s@marketplace.amazon.%s>' % (s["name"], alias(), tld)
        body = ("Hello,\n\nThe buyer has sent a cancellation request for the order below. "
                "Please cancel the order in Seller Central if it has not shipped.\n\n"
                "Item: %s\nASIN: %s\nReason: %s\n\nBuyer Cancellation Request for Order ID: %s\n") % (p, a, s["text"], o)
    elif k == "atoz":
        frm = "atoz-guarantee-no-reply@amazon.%s" % tld
        body = ("Dear Seller,\n\nThe buyer has filed an A-to-z Guarantee claim on order %s.\n\nClaim reason: %s\nItem: %s (ASIN: %s)\nClaim amount: %s %s\n\n"
                "Please respond to this claim in Seller Central within 72 hours by providing the shipping and tracking information.\n\nAmazon Services\n") % (o, s["text"], p, a, "%.2f" % s["order"]["val"], WRAP[tld][4])
    return frm, subj, body
def main():
    out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for e in os.listdir(out):
        if re.fullmatch(r"\d{3}", e): shutil.rmtree(os.path.join(out, e))
    rows = []
    for i, s in enumerate(ALL, 1):
        sid = "%03d" % i; dd = os.path.join(out, sid); os.makedirs(dd)
        d = msgdate(); s["asin"] = asin()
        m = re.search(r"\d{3}-\d{7}-\d{7}", s["text"] or ""); o = m.group(0) if m else oid()
        tld = s["tld"]; W = WRAP[tld]
        if s["kind"] == "buyer":
            frm = '"%s - Amazon Marketplace" <%s@marketplace.amazon.%s>' % (s["name"], alias(), tld)
            subj = W[0].format(n=s["name"], o=o)
            body = "%s\n\n#  ASIN        Product Name\n1  %s  %s\n\n%s\n%s\n\n%s\n" % (W[1].format(o=o), s["asin"], s["product"], W[2], s["text"], W[3])
        else:
            frm, subj, body = notice(s, o, d)
        msg = EmailMessage()
        msg["From"] = frm; msg["To"] = SELLER; msg["Subject"] = subj
        msg["Date"] = format_datetime(d.replace(tzinfo=datetime.timezone.utc)); msg["Message-ID"] = make_msgid(domain="amazon.%s" % tld)
        msg.set_content(body, cte="8bit")
        if s["photo"]:
            msg.add_attachment(JPEG, maintype="image", subtype="jpeg", filename="photo_%s.jpg" % sid)
        open(os.path.join(dd, "message.eml"), "wb").write(msg.as_bytes(policy=email.policy.SMTPUTF8))
        od = s["order"]
        if od:
            cur = od["cur"] or W[4]; day = lambda x: "" if x is None else (d.date() + datetime.timedelta(days=x)).isoformat()
            first = min([x for x in (od["ship"], od["deliv"], od["ret"]) if x is not None] or [0])
            purch = od["purch"] if od["purch"] is not None else first - rng.randrange(1, 3)
            shipped = od["ship"] is not None
            carrier = CARR[tld] if shipped else ""
            if od["ch"] == "fba" and shipped: carrier = {"com":"Amazon Logistics","co.uk":"Amazon Logistics","co.jp":"Amazon"}.get(tld, "Amazon Logistics")
            t = trk(carrier) if (shipped and od["trk"]) else ""
            if od["ch"] == "fba" and t: t = "TBA%012d" % rng.randrange(10**12)
            val = ("%d" % od["val"]) if cur == "JPY" else "%.2f" % od["val"]
            ref = "" if od["refund"] is None else (("%d" % od["refund"]) if cur == "JPY" else "%.2f" % od["refund"])
            latest = od["latest"] if od["latest"] is not None else (od["deliv"] if od["deliv"] is not None else None)
            cols = ["order_id","status","channel","marketplace","value","currency","ship_date","delivery_date","carrier","tracking","refund_amount","refund_date","product","purchase_date","latest_delivery","return_received"]
            vals = [o, od["st"], od["ch"], "amazon.%s" % tld, val, cur, day(od["ship"]), day(od["deliv"]), carrier, t, ref, day(od["refund_d"]), s["product"], day(purch), day(latest), day(od["ret"])]
            with open(os.path.join(dd, "order.csv"), "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f); w.writerow(cols); w.writerow(vals)
        ex = s["exp"]; L = []
        q = lambda v: json.dumps(v, ensure_ascii=False)
        L.append("note = %s" % q(ex["note"])); L.append("draft = %s" % ("true" if ex["draft"] else "false"))
        if ex["draft"]: L.append("lang = %s" % q(s["lang"]))
        for k, kk in (("offers","offers"),("forbid_offers","fo"),("requests","req"),("forbid_requests","fr"),("tasks","tasks")):
            L.append("%s = %s" % (k, q(ex[kk])))
        open(os.path.join(dd, "expect.toml"), "w", encoding="utf-8").write("\n".join(L) + "\n")
        rows.append((sid, s["lang"], s.get("case") or "notice", s["kind"], s.get("state") or "", ex["draft"]))
    json.dump(rows, open(os.path.join(out, "src", "index.json"), "w"), ensure_ascii=False)
    print(len(rows))
main()
