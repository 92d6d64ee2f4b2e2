"""Building blocks for the reply scenarios: marketplaces, templates, writers."""
import csv
import datetime as dt
import hashlib
import io
import json
import random
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

from jpeg import photo

SELLER_TO = "Northwind Goods <service@northwind-goods.example>"
THRESH = {"EUR": 30.00, "GBP": 25.00, "USD": 30.00, "JPY": 4000}

# marketplace -> (tld, currency, template language)
MKT = {
    "com": ("com", "USD", "en"),
    "co.uk": ("co.uk", "GBP", "en"),
    "de": ("de", "EUR", "de"),
    "fr": ("fr", "EUR", "fr"),
    "es": ("es", "EUR", "es"),
    "it": ("it", "EUR", "it"),
    "co.jp": ("co.jp", "JPY", "ja"),
}

TPL = {
    "en": dict(
        subj="Inquiry from Amazon customer {n} (Order: {o})",
        subj_noorder="Inquiry from Amazon customer {n}",
        topic="{t} inquiry from Amazon customer {n} (Order: {o})",
        order="Order ID: {o}", head="#  ASIN        Product Name", msg="Message:",
        footer="View message\nReport suspicious activity\n\nThis service is provided by Amazon to "
               "facilitate communication between buyers and sellers. Amazon retains all messages "
               "for two years.\n\u00a9 {y} Amazon.{tld}, Inc. or its affiliates.",
        attach="Attachment: {f}"),
    "de": dict(
        subj="Anfrage von Amazon-Kunde {n} (Bestellung: {o})",
        subj_noorder="Anfrage von Amazon-Kunde {n}",
        order="Bestellnummer: {o}", head="#  ASIN        Produktname", msg="Nachricht:",
        footer="Nachricht anzeigen\nVerdächtige Aktivität melden\n\nDieser Service wird von Amazon "
               "bereitgestellt, um die Kommunikation zwischen Käufern und Verkäufern zu erleichtern. "
               "Amazon speichert alle Nachrichten zwei Jahre lang.\n\u00a9 {y} Amazon.{tld} oder "
               "Tochtergesellschaften.",
        attach="Anhang: {f}"),
    "fr": dict(
        subj="Demande de renseignements de la part du client Amazon {n} (Commande : {o})",
        subj_noorder="Demande de renseignements de la part du client Amazon {n}",
        order="N° de commande : {o}", head="#  ASIN        Nom du produit", msg="Message :",
        footer="Afficher le message\nSignaler une activité suspecte\n\nCe service est fourni par "
               "Amazon pour faciliter la communication entre acheteurs et vendeurs. Amazon conserve "
               "tous les messages pendant deux ans.\n\u00a9 {y} Amazon.{tld} ou ses filiales.",
        attach="Pièce jointe : {f}"),
    "es": dict(
        subj="Consulta del cliente de Amazon {n} (Pedido: {o})",
        subj_noorder="Consulta del cliente de Amazon {n}",
        order="Número de pedido: {o}", head="#  ASIN        Nombre del producto", msg="Mensaje:",
        footer="Ver mensaje\nInformar de actividad sospechosa\n\nEste servicio lo proporciona Amazon "
               "para facilitar la comunicación entre compradores y vendedores. Amazon conserva todos "
               "los mensajes durante dos años.\n\u00a9 {y} Amazon.{tld} o sus filiales.",
        attach="Archivo adjunto: {f}"),
    "it": dict(
        subj="Richiesta dal cliente Amazon {n} (Ordine: {o})",
        subj_noorder="Richiesta dal cliente Amazon {n}",
        order="Numero ordine: {o}", head="#  ASIN        Nome prodotto", msg="Messaggio:",
        footer="Visualizza messaggio\nSegnala attività sospetta\n\nQuesto servizio è fornito da "
               "Amazon per facilitare la comunicazione tra acquirenti e venditori. Amazon conserva "
               "tutti i messaggi per due anni.\n\u00a9 {y} Amazon.{tld} o società affiliate.",
        attach="Allegato: {f}"),
    "ja": dict(
        subj="Amazonのお客様 {n} からのお問い合わせ (注文番号: {o})",
        subj_noorder="Amazonのお客様 {n} からのお問い合わせ",
        order="注文番号: {o}", head="#  ASIN        商品名", msg="メッセージ:",
        footer="メッセージを表示\n不審なアクティビティを報告\n\nこのサービスは、購入者と出品者の間の"
               "コミュニケーションを円滑にするためにAmazonが提供しています。Amazonはすべての"
               "メッセージを2年間保存します。\n\u00a9 {y} Amazon.{tld} またはその関連会社",
        attach="添付ファイル: {f}"),
}

CANCEL_TPL = {
    "en": dict(
        subj="Order cancellation request from Amazon customer {n} (Order: {o})",
        body="Hello,\n\n{n} has submitted a cancellation request for the order below through "
             "Your Orders.\n\nReason: {r}\n\nIf the order has not shipped yet, please cancel it in "
             "Seller Central (Orders > Manage Orders > Cancel order) and select \"Buyer canceled\" as "
             "the reason. An order that has already shipped cannot be canceled.\n\n"
             "Buyer Cancellation Request for Order ID: {o}\n\n{head}\n{row}\n\n{footer}"),
    "de": dict(
        subj="Stornierungsanfrage von Amazon-Kunde {n} (Bestellung: {o})",
        body="Hallo,\n\n{n} hat über \"Meine Bestellungen\" eine Stornierungsanfrage für die "
             "folgende Bestellung gestellt.\n\nGrund: {r}\n\nWenn die Bestellung noch nicht versandt "
             "wurde, stornieren Sie sie bitte in Seller Central (Bestellungen > Bestellungen verwalten "
             "> Bestellung stornieren) und wählen Sie \"Vom Käufer storniert\" als Grund. Bereits "
             "versandte Bestellungen können nicht storniert werden.\n\n"
             "Buyer Cancellation Request for Order ID: {o}\n\n{head}\n{row}\n\n{footer}"),
    "es": dict(
        subj="Solicitud de cancelación de pedido del cliente de Amazon {n} (Pedido: {o})",
        body="Hola:\n\n{n} ha enviado una solicitud de cancelación para el siguiente pedido desde "
             "Mis pedidos.\n\nMotivo: {r}\n\nSi el pedido aún no se ha enviado, cancélalo en Seller "
             "Central (Pedidos > Gestionar pedidos > Cancelar pedido) y selecciona \"Cancelado por el "
             "comprador\" como motivo. Un pedido que ya se ha enviado no se puede cancelar.\n\n"
             "Buyer Cancellation Request for Order ID: {o}\n\n{head}\n{row}\n\n{footer}"),
    "ja": dict(
        subj="Amazonのお客様 {n} からの注文キャンセルリクエスト (注文番号: {o})",
        body="こんにちは。\n\n{n} 様から、注文履歴を通じて以下の注文のキャンセルリクエストが"
             "届いています。\n\n理由: {r}\n\n注文が未出荷の場合は、セラーセントラル（注文 > 注文管理 > "
             "注文をキャンセル）でキャンセルし、理由として「購入者によるキャンセル」を選択してください。"
             "出荷済みの注文はキャンセルできません。\n\n"
             "Buyer Cancellation Request for Order ID: {o}\n\n{head}\n{row}\n\n{footer}"),
}

POLICY = policy.default.clone(max_line_length=998, utf8=True)
_rng = random.Random(20250611)


def alias():
    chars = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(_rng.choice(chars) for _ in range(15))


def asin(title):
    h = hashlib.sha1(title.encode()).hexdigest().upper()
    alnum = "".join(c for c in h if c.isalnum())
    return "B0" + alnum[:8]


def order_id(prefix):
    return "%s-%07d-%07d" % (prefix, _rng.randrange(10**6, 10**7), _rng.randrange(10**6, 10**7))


def msg_date(i):
    """Spread the messages over 2025-01-06 .. 2026-11-20, deterministic."""
    start = dt.datetime(2025, 1, 6, tzinfo=dt.timezone.utc)
    days = (i * 4.7) % 683
    d = start + dt.timedelta(days=int(days))
    hour = (i * 7 + 5) % 24
    minute = (i * 13) % 60
    tz = dt.timezone(dt.timedelta(hours=0))
    return d.replace(hour=hour, minute=minute, second=(i * 17) % 60, tzinfo=tz)


def fmt_money(v, cur):
    if cur == "JPY":
        return "%d" % v
    return "%.2f" % v


# ------------------------------------------------------------------ e-mail builders

def msgid(sc, domain):
    h = hashlib.sha1(("scenario-%d" % sc["num"]).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:20], h[20:32], domain)


def _finish(m, date, photo_seed, attach_name):
    if photo_seed is not None:
        m.add_attachment(photo(photo_seed), maintype="image", subtype="jpeg",
                         filename=attach_name)
    return m


def buyer_mail(sc, date, oid, title, asin_):
    tld, cur, tl = MKT[sc["mkt"]]
    t = TPL[tl]
    n = sc["name"]
    m = EmailMessage(policy=POLICY)
    m["From"] = '"%s - Amazon Marketplace" <%s@marketplace.amazon.%s>' % (n, sc["alias"], tld)
    m["To"] = SELLER_TO
    if sc.get("subject"):
        subj = sc["subject"].format(n=n, o=oid)
    elif not oid or sc.get("hide_order"):
        subj = t["subj_noorder"].format(n=n)
    elif sc.get("topic") and tl == "en":
        subj = t["topic"].format(t=sc["topic"], n=n, o=oid)
    else:
        subj = t["subj"].format(n=n, o=oid)
    m["Subject"] = subj
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid(sc, "marketplace.amazon.%s" % tld)
    parts = []
    if oid and not sc.get("hide_order"):
        parts.append(t["order"].format(o=oid))
        parts.append("")
        parts.append(t["head"])
        parts.append("1  %s  %s" % (asin_, title))
        parts.append("")
    parts.append(t["msg"])
    parts.append(sc["text"].strip("\n"))
    fname = None
    if sc.get("photo"):
        fname = sc.get("photo_name", "IMG_%04d.jpg" % (1000 + sc["num"] * 7))
        parts.append("")
        parts.append(t["attach"].format(f=fname))
    parts.append("")
    parts.append(t["footer"].format(y=date.year, tld=tld))
    m.set_content("\n".join(parts) + "\n", charset="utf-8", cte="8bit")
    return _finish(m, date, sc["num"] if sc.get("photo") else None, fname)


def cancel_mail(sc, date, oid, title, asin_):
    tld, cur, tl = MKT[sc["mkt"]]
    t = TPL[tl]
    c = CANCEL_TPL[tl]
    n = sc["name"]
    m = EmailMessage(policy=POLICY)
    m["From"] = '"%s - Amazon Marketplace" <%s@marketplace.amazon.%s>' % (n, sc["alias"], tld)
    m["To"] = SELLER_TO
    m["Subject"] = c["subj"].format(n=n, o=oid)
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid(sc, "marketplace.amazon.%s" % tld)
    body = c["body"].format(n=n, o=oid, r=sc["reason"], head=t["head"],
                            row="1  %s  %s" % (asin_, title),
                            footer=t["footer"].format(y=date.year, tld=tld))
    m.set_content(body + "\n", charset="utf-8", cte="8bit")
    return _finish(m, date, None, None)


def notice_mail(sc, date, oid, title, asin_):
    tld = MKT[sc["mkt"]][0]
    m = EmailMessage(policy=POLICY)
    sender = sc["sender"].format(tld=tld)
    m["From"] = sender
    m["To"] = SELLER_TO
    m["Subject"] = sc["subject"].format(o=oid, n=sc.get("name", ""))
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid(sc, "amazon.%s" % tld)
    body = sc["text"].format(o=oid, title=title, asin=asin_, n=sc.get("name", ""),
                             sku=sc.get("sku", "NW-" + asin_[-5:]), y=date.year, tld=tld,
                             amount=sc.get("amount", ""))
    m.set_content(body.strip("\n") + "\n", charset="utf-8", cte="8bit")
    return _finish(m, date, None, None)


# ------------------------------------------------------------------ order record

CSV_HEAD = ["order_id", "status", "channel", "marketplace", "value", "currency", "ship_date",
            "delivery_date", "carrier", "tracking", "refund_amount", "refund_date", "product",
            "purchase_date", "latest_delivery", "return_received"]


def order_csv(o, oid, sc, date, title):
    tld, cur, _ = MKT[sc["mkt"]]
    cur = o.get("cur", cur)

    def day(k):
        if o.get(k) is None:
            return ""
        return (date + dt.timedelta(days=o[k])).date().isoformat()
    row = {
        "order_id": oid, "status": o["st"], "channel": o["ch"],
        "marketplace": "amazon." + tld, "value": fmt_money(o["v"], cur), "currency": cur,
        "ship_date": day("s"), "delivery_date": day("d"), "carrier": o.get("car", ""),
        "tracking": o.get("trk", ""),
        "refund_amount": fmt_money(o["rfa"], cur) if o.get("rfa") is not None else "",
        "refund_date": day("rf"), "product": title, "purchase_date": day("p"),
        "latest_delivery": day("l"), "return_received": day("r"),
    }
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_HEAD, lineterminator="\n")
    w.writeheader()
    w.writerow(row)
    return buf.getvalue()


# ------------------------------------------------------------------ expectations

def toml_list(xs):
    return "[" + ", ".join(json.dumps(x) for x in xs) + "]"


def expect_toml(e):
    lines = ["note = %s" % json.dumps(e["note"], ensure_ascii=False)]
    lines.append("draft = %s" % ("true" if e["draft"] else "false"))
    if e["draft"]:
        lines.append("lang = %s" % json.dumps(e["lang"]))
    for k in ("offers", "forbid_offers", "requests", "forbid_requests", "tasks"):
        lines.append("%s = %s" % (k, toml_list(e.get(k, []))))
    return "\n".join(lines) + "\n"
