"""Build the scenario directories NNN/ from the hand-written specs in specs_*.py.

Each spec is written by hand (buyer words, order record, expectations); this
script only renders the mail envelope, the order CSV and expect.toml.
"""
import base64, csv, io, os, random, sys, datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP////////////////////////////////////////"
    "//////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAA"
    "AAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=")

MP = {  # marketplace -> (tld, currency, template language)
    "US": ("com", "USD", "en"), "UK": ("co.uk", "GBP", "en"), "CA": ("ca", "CAD", "en"),
    "DE": ("de", "EUR", "de"), "FR": ("fr", "EUR", "fr"), "ES": ("es", "EUR", "es"),
    "IT": ("it", "EUR", "it"), "JP": ("co.jp", "JPY", "ja"),
}
TPL = {
    "en": dict(subj="Inquiry from Amazon customer {n} (Order: {o})", oid="Order ID: {o}",
               msg="Message:", foot="View message\nResolve case\nReport suspicious activity\n\nThis service is provided by Amazon so that buyers and sellers can communicate. Amazon retains all messages for two years."),
    "de": dict(subj="Anfrage von Amazon-Kunde {n} (Bestellung: {o})", oid="Bestellnummer: {o}",
               msg="Nachricht:", foot="Nachricht anzeigen\nFall lösen\nVerdächtige Aktivität melden\n\nDieser Service wird von Amazon bereitgestellt, damit Käufer und Verkäufer kommunizieren können."),
    "fr": dict(subj="Demande de renseignements de la part du client Amazon {n} (Commande : {o})", oid="N° de commande : {o}",
               msg="Message :", foot="Afficher le message\nRésoudre le cas\nSignaler une activité suspecte\n\nCe service est fourni par Amazon afin de permettre aux acheteurs et aux vendeurs de communiquer."),
    "es": dict(subj="Consulta del cliente de Amazon {n} (Pedido: {o})", oid="Número de pedido: {o}",
               msg="Mensaje:", foot="Ver mensaje\nResolver caso\nDenunciar actividad sospechosa\n\nAmazon proporciona este servicio para que compradores y vendedores puedan comunicarse."),
    "it": dict(subj="Richiesta dal cliente Amazon {n} (Ordine: {o})", oid="Numero ordine: {o}",
               msg="Messaggio:", foot="Visualizza messaggio\nRisolvi il caso\nSegnala attività sospetta\n\nQuesto servizio è fornito da Amazon per consentire ad acquirenti e venditori di comunicare."),
    "ja": dict(subj="Amazonのお客様 {n} からの問い合わせ (注文番号: {o})", oid="注文番号: {o}",
               msg="メッセージ:", foot="メッセージを表示\nケースを解決\n不審なアクティビティを報告\n\nこのサービスは、購入者と出品者が連絡を取り合えるように Amazon が提供しています。"),
}
CANCEL_TPL = {
    "en": ("Order cancellation request from Amazon customer {n} (Order: {o})",
           "Hello,\n\n{n} has sent a cancellation request for this order. Please review the request and, if the order has not shipped, cancel it in Seller Central (Manage Orders).\n\nReason given by the buyer: {r}\n\nBuyer Cancellation Request for Order ID: {o}\n\n{p}\n\nThank you,\nAmazon Services"),
    "de": ("Stornierungsanfrage von Amazon-Kunde {n} (Bestellung: {o})",
           "Hello,\n\n{n} hat eine Stornierungsanfrage (cancellation request) für diese Bestellung gesendet. Bitte prüfen Sie die Anfrage und stornieren Sie die Bestellung in Seller Central, falls sie noch nicht versandt wurde.\n\nVom Käufer angegebener Grund: {r}\n\nBuyer Cancellation Request for Order ID: {o}\n\n{p}\n\nVielen Dank\nAmazon Services Europe"),
    "fr": ("Demande d'annulation de commande du client Amazon {n} (Commande : {o})",
           "Hello,\n\n{n} a envoyé une demande d'annulation (cancellation request) pour cette commande. Si elle n'a pas encore été expédiée, veuillez l'annuler dans Seller Central.\n\nMotif indiqué par l'acheteur : {r}\n\nBuyer Cancellation Request for Order ID: {o}\n\n{p}\n\nCordialement,\nAmazon Services Europe"),
    "es": ("Solicitud de cancelación de pedido del cliente de Amazon {n} (Pedido: {o})",
           "Hello,\n\n{n} ha enviado una solicitud de cancelación (cancellation request) para este pedido. Si todavía no se ha enviado, cancélalo en Seller Central.\n\nMotivo indicado por el comprador: {r}\n\nBuyer Cancellation Request for Order ID: {o}\n\n{p}\n\nAtentamente,\nAmazon Services Europe"),
    "it": ("Richiesta di cancellazione dell'ordine dal cliente Amazon {n} (Ordine: {o})",
           "Hello,\n\n{n} ha inviato una richiesta di cancellazione (cancellation request) per questo ordine. Se non è ancora stato spedito, annullalo in Seller Central.\n\nMotivo indicato dall'acquirente: {r}\n\nBuyer Cancellation Request for Order ID: {o}\n\n{p}\n\nCordiali saluti,\nAmazon Services Europe"),
    "ja": ("Amazonのお客様 {n} からの注文キャンセルリクエスト (注文番号: {o})",
           "Hello,\n\n{n} 様からこの注文のキャンセルリクエスト (cancellation request) が届きました。未出荷の場合は、セラーセントラルで注文をキャンセルしてください。\n\n購入者が入力した理由: {r}\n\nBuyer Cancellation Request for Order ID: {o}\n\n{p}\n\nAmazon.co.jp"),
}

rng = random.Random(20261205)
_used = set()

def alias():
    a = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))
    return a

def order_id():
    while True:
        o = "%03d-%07d-%07d" % (rng.choice([111, 112, 113, 114, 171, 202, 203, 249, 250, 302, 305, 402, 403, 407, 503, 306]), rng.randrange(10**7), rng.randrange(10**7))
        if o not in _used:
            _used.add(o); return o

def asin():
    return "B0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))

HEADER = ["order_id", "status", "channel", "marketplace", "value", "currency", "ship_date",
          "delivery_date", "carrier", "tracking", "refund_amount", "refund_date", "product",
          "purchase_date", "latest_delivery", "return_received"]

def O(status, ch, val, **kw):
    """Order record; day fields are offsets in days from the message date."""
    d = dict(status=status, channel=ch, value=val); d.update(kw); return d

def E(note, offers="", fo="", req="", freq="", tasks="", draft=True):
    return dict(note=note, offers=offers.split(), forbid_offers=fo.split(), requests=req.split(),
                forbid_requests=freq.split(), tasks=tasks.split(), draft=draft)

SPECS = []
def S(lang, mp, name, product, order, text, exp, kind="inq", photo=False, topic=None,
      reason=None, extra=None, oid_in_msg=True, **kw):
    SPECS.append(dict(lang=lang, mp=mp, name=name, product=product, order=order, text=text,
                      exp=exp, kind=kind, photo=photo, topic=topic, reason=reason,
                      extra=extra or {}, oid_in_msg=oid_in_msg, kw=kw))

def day(base, off):
    return "" if off is None or off == "" else (base + dt.timedelta(days=off)).date().isoformat()

def tq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

def tl(xs):
    return "[" + ", ".join(tq(x) for x in xs) + "]"

def render(i, sp, when):
    d = os.path.join(OUT, "%03d" % i)
    os.makedirs(d, exist_ok=True)
    for f in ("message.eml", "order.csv", "expect.toml"):
        p = os.path.join(d, f)
        if os.path.exists(p): os.remove(p)
    tld, cur, tlang = MP[sp["mp"]]
    tlang = sp["kw"].get("tpl", tlang)
    oid = sp["kw"].get("oid") or order_id()
    a = asin()
    n = sp["name"]
    prod = "# | ASIN | Product Name\n1 | %s | %s" % (a, sp["product"])
    m = EmailMessage()
    m["Date"] = format_datetime(when)
    m["Message-ID"] = "<%s.%d@%s>" % (alias(), i, "amazon." + tld)
    kind = sp["kind"]
    topic = sp["topic"]
    if kind in ("inq", "autoreply"):
        t = TPL[tlang]
        m["From"] = '"%s - Amazon Marketplace" <%s@marketplace.amazon.%s>' % (n, alias(), tld)
        m["To"] = "orders@lumen-goods.example"
        subj = t["subj"].format(n=n, o=oid)
        if topic: subj = "%s inquiry from Amazon customer %s (Order: %s)" % (topic, n, oid)
        if sp["extra"].get("subject"): subj = sp["extra"]["subject"].format(n=n, o=oid)
        m["Subject"] = subj
        if sp["extra"].get("no_oid"):
            body = "%s\n\n%s\n\n%s\n\n%s\n" % (prod, t["msg"], sp["text"].strip(), t["foot"])
        else:
            body = "%s\n\n%s\n\n%s\n\n%s\n\n%s\n" % (t["oid"].format(o=oid), prod, t["msg"], sp["text"].strip(), t["foot"])
    elif kind == "cancel":
        sj, bd = CANCEL_TPL[tlang]
        m["From"] = '"Amazon" <order-update@amazon.%s>' % tld
        m["To"] = "orders@lumen-goods.example"
        m["Subject"] = sj.format(n=n, o=oid)
        body = bd.format(n=n, o=oid, r=sp["reason"] or "", p=prod) + "\n"
    else:
        frm, subj, bd = NOTICE[kind]
        m["From"] = frm.format(tld=tld)
        m["To"] = "orders@lumen-goods.example"
        m["Subject"] = subj.format(o=oid, n=n)
        body = bd.format(o=oid, n=n, a=a, p=sp["product"], r=sp["reason"] or "", c=sp["text"].strip(),
                         amt=sp["extra"].get("amt", ""), cur=cur) + "\n"
    m.set_content(body, cte="8bit")
    if sp["photo"]:
        m.add_attachment(JPEG, maintype="image", subtype="jpeg", filename="IMG_%04d.jpg" % (1000 + i))
    with open(os.path.join(d, "message.eml"), "wb") as f:
        f.write(bytes(m))
    o = sp["order"]
    if o is not None:
        row = dict.fromkeys(HEADER, "")
        row.update(order_id=o.get("oid", oid), status=o["status"], channel=o["channel"],
                   marketplace=sp["mp"] if sp["mp"] != "UK" else "UK", value="%.2f" % o["value"],
                   currency=o.get("cur", cur), product=sp["product"])
        if row["currency"] == "JPY": row["value"] = "%.2f" % o["value"]
        for k, col in (("ship", "ship_date"), ("deliv", "delivery_date"), ("refdate", "refund_date"),
                       ("bought", "purchase_date"), ("latest", "latest_delivery"), ("retrecv", "return_received")):
            if k in o: row[col] = day(when, o[k])
        if not row["purchase_date"]:
            base = o.get("ship", o.get("deliv", -1))
            base = base if isinstance(base, int) else -1
            row["purchase_date"] = day(when, min(base, 0) - 2)
        row["carrier"] = o.get("carrier", "")
        row["tracking"] = o.get("track", "")
        if "refund" in o: row["refund_amount"] = "%.2f" % o["refund"]
        buf = io.StringIO()
        w = csv.DictWriter(buf, HEADER, lineterminator="\n")
        w.writeheader(); w.writerow(row)
        with open(os.path.join(d, "order.csv"), "w", encoding="utf-8") as f:
            f.write(buf.getvalue())
    e = sp["exp"]
    lines = ["note = " + tq(e["note"]), "draft = " + ("true" if e["draft"] else "false")]
    if e["draft"]: lines.append("lang = " + tq(sp["lang"] if not sp["kw"].get("rlang") else sp["kw"]["rlang"]))
    for k in ("offers", "forbid_offers", "requests", "forbid_requests", "tasks"):
        lines.append("%s = %s" % (k, tl(e[k])))
    with open(os.path.join(d, "expect.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

NOTICE = {
    "return_auth": ('"Amazon" <order-update@amazon.{tld}>', "Return authorization request for order # {o}",
        "Dear Seller,\n\n{n} has requested a return authorization for the following item(s) in order # {o}. The return has been authorized according to the Amazon return policy and a prepaid return label has been provided to the buyer.\n\nOrder ID: # {o}\n\nOrder Item | ASIN | SKU | Return Quantity | Return Reason | Customer's Comment\n{p} | {a} | LG-{a} | 1 | {r} | {c}\n\nYou do not need to take any action to authorize this return. When the item arrives, please process the refund within two business days.\n\nSincerely,\nAmazon Services"),
    "return_auth_uk": ('"Amazon" <order-update@amazon.{tld}>', "Return authorisation notification for order # {o}",
        "Dear Seller,\n\n{n} has requested a return authorisation for the following item(s) in order # {o}. The request was authorised automatically under the Amazon returns policy.\n\nOrder ID: # {o}\n\nOrder Item | ASIN | SKU | Return Quantity | Return Reason | Customer's Comment\n{p} | {a} | LG-{a} | 1 | {r} | {c}\n\nNo action is needed to authorise this return.\n\nKind regards,\nAmazon Services Europe"),
    "return_recv": ('"Amazon" <order-update@amazon.{tld}>', "Return received for order # {o}",
        "Dear Seller,\n\nThe return for order # {o} has been delivered to your return address.\n\nOrder ID: # {o}\nItem: {p} ({a})\nReturn reason: {r}\nCarrier note: {c}\n\nIf you have not yet issued a refund, please do so within two business days of receiving the return.\n\nSincerely,\nAmazon Services"),
    "refund": ('"Amazon Payments" <do-not-reply@amazon.{tld}>', "Refund initiated for order {o}",
        "Hello,\n\nA refund has been initiated for the following order.\n\nOrder ID: {o}\nItem: {p}\nRefund amount: {amt} {cur}\nReason: {r}\n\n{c}\n\nThis is an automated message. Please do not reply.\nAmazon Services"),
    "feedback": ('"Amazon Seller Performance" <seller-performance@amazon.{tld}>', "Negative feedback received for order {o}",
        "Hello,\n\nA buyer has left feedback for one of your orders.\n\nOrder ID: {o}\nRating: {r}\nComments: \"{c}\"\n\nYou can respond to this feedback from the Feedback Manager in Seller Central.\n\nAmazon Services"),
    "atoz": ('"Amazon A-to-z Guarantee" <atoz-guarantee-no-reply@amazon.{tld}>', "A-to-z Guarantee Claim for Order {o}",
        "Dear Seller,\n\nThe buyer {n} has filed an A-to-z Guarantee claim for order {o}.\n\nClaim reason: {r}\nBuyer's comment: \"{c}\"\n\nPlease respond to this claim in Seller Central (Performance > A-to-z Guarantee Claims) within 72 hours. If you do not respond, the claim may be decided in the buyer's favour and the amount debited from your account.\n\nAmazon A-to-z Guarantee team"),
    "delivery_failure": ('"Amazon" <donotreply@amazon.{tld}>', "Delivery failure: your message to {n} (Order: {o})",
        "We were unable to deliver the message you sent to the buyer for order {o}. The buyer has chosen to opt out of unsolicited messages.\n\n{c}\n\nAmazon Services"),
}

def main():
    import importlib
    for modname in sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("specs_") and f.endswith(".py")):
        importlib.import_module(modname)
    start = dt.datetime(2025, 1, 6, 8, 14, tzinfo=dt.timezone.utc)
    when = start
    for i, sp in enumerate(SPECS, 1):
        when = when + dt.timedelta(days=rng.randrange(3, 7), minutes=rng.randrange(-300, 300))
        render(i, sp, when)
    print(len(SPECS), "scenarios")

if __name__ == "__main__":
    import build
    build.main()
