#!/usr/bin/env python3
"""Build the scenario directories NNN/ from the hand-written specs in specs_*.py."""
import base64, csv, io, os, random, sys, datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
sys.path.insert(0, os.path.dirname(__file__))

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=") + b"\xff\xd9"

CUR = {"com": "USD", "co.uk": "GBP", "de": "EUR", "fr": "EUR", "es": "EUR", "it": "EUR", "co.jp": "JPY"}
PREFIX = {"com": ["111", "112", "113", "114"], "co.uk": ["202", "203", "204", "026"],
          "de": ["302", "303", "304", "028"], "fr": ["402", "403", "171"], "es": ["404", "405", "171"],
          "it": ["406", "407", "171"], "co.jp": ["249", "250", "503"]}
LBL = {  # subject template, Message label, footer, product-table header
 "en": ("Inquiry from Amazon customer {n} (Order: {o})", "Message:", "Order ID: {o}",
        "# ASIN Product Name", "Resolve case\nReport suspicious\nTo respond to this customer, please reply to this e-mail or visit your Seller Central account.\nWe may retain any messages you send for two years."),
 "de": ("Anfrage von Amazon-Kunde {n} (Bestellung: {o})", "Nachricht:", "Bestellnummer: {o}",
        "# ASIN Produktname", "Nachricht anzeigen\nVerdächtige Aktivität melden\nUm diesem Kunden zu antworten, antworten Sie bitte auf diese E-Mail oder besuchen Sie Ihr Seller Central-Konto."),
 "fr": ("Demande de renseignements de la part du client Amazon {n} (Commande : {o})", "Message :", "N° de commande : {o}",
        "# ASIN Nom du produit", "Afficher le message\nSignaler une activité suspecte\nPour répondre à ce client, répondez à cet e-mail ou rendez-vous sur votre compte Seller Central."),
 "es": ("Consulta del cliente de Amazon {n} (Pedido: {o})", "Mensaje:", "N.º de pedido: {o}",
        "# ASIN Nombre del producto", "Ver mensaje\nInformar de actividad sospechosa\nPara responder a este cliente, responde a este correo electrónico o accede a tu cuenta de Seller Central."),
 "it": ("Richiesta dal cliente Amazon {n} (Ordine: {o})", "Messaggio:", "Numero ordine: {o}",
        "# ASIN Nome prodotto", "Visualizza messaggio\nSegnala attività sospetta\nPer rispondere a questo cliente, rispondi a questa e-mail o accedi al tuo account Seller Central."),
 "ja": ("Amazonのお客様 {n} からの問い合わせ (注文番号: {o})", "メッセージ:", "注文番号: {o}",
        "# ASIN 商品名", "メッセージを表示\n不審なアクティビティを報告\nこのお客様に返信するには、このメールに返信するか、セラーセントラルにアクセスしてください。"),
}
TLD_LANG = {"com": "en", "co.uk": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "co.jp": "ja"}

rng = random.Random(22)

def alias():
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))

def order_id(tld):
    return f"{rng.choice(PREFIX[tld])}-{rng.randint(0, 9999999):07d}-{rng.randint(0, 9999999):07d}"

def asin():
    return "B0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))

def msg_date():
    start = dt.datetime(2025, 1, 10, tzinfo=dt.timezone.utc)
    d = start + dt.timedelta(days=rng.randint(0, 690), hours=rng.randint(6, 22), minutes=rng.randint(0, 59))
    return d

HEADER = "order_id,status,channel,marketplace,value,currency,ship_date,delivery_date,carrier,tracking,refund_amount,refund_date,product,purchase_date,latest_delivery,return_received".split(",")

def toml_list(xs):
    return "[" + ", ".join('"%s"' % x for x in xs) + "]"

def write(n, s):
    d = os.path.join(OUT, "%03d" % n)
    os.makedirs(d, exist_ok=True)
    tld = s["tld"]
    mlang = s.get("mlang") or TLD_LANG[tld]          # language of Amazon's template
    date = msg_date()
    oid = s.get("oid") or order_id(tld)
    prod = s["product"]
    a = asin()
    name = s.get("name", "")
    kind = s.get("kind", "inquiry")
    body_text = s.get("text", "").strip().replace("{oid}", oid).replace("{asin}", a)
    m = EmailMessage()
    m["Date"] = format_datetime(date)
    m["Message-ID"] = make_msgid(domain="amazon." + tld)
    m["To"] = "support@northwind-home-goods.example"
    if kind == "inquiry" or kind == "cancel_notice":
        m["From"] = f'"{name} - Amazon Marketplace" <{alias()}@marketplace.amazon.{tld}>'
        subj, lab, oline, thead, foot = LBL[mlang]
        if kind == "cancel_notice":
            subj = s.get("subject") or "Order cancellation request from Amazon customer {n} (Order: {o})"
        elif s.get("subject"):
            subj = s["subject"]
        m["Subject"] = subj.format(n=name, o=oid)
        if kind == "cancel_notice":
            body = body_text + "\n"
        elif s.get("noid"):
            body = f"{lab}\n{body_text}\n\n{foot}\n"
        else:
            body = f"{oline.format(o=oid)}\n\n{thead}\n1 {a}\n{prod}\n\n{lab}\n{body_text}\n\n{foot}\n"
    else:
        sender, subj = s["sender"], s["subject"]
        m["From"] = sender
        m["Subject"] = subj.format(n=name, o=oid)
        body = body_text + "\n"
    if s.get("photo"):
        m.set_content(body, charset="utf-8", cte="8bit")
        m.add_attachment(JPEG, maintype="image", subtype="jpeg", filename=s.get("photo_name", "IMG_%04d.jpg" % rng.randint(1000, 9999)))
    else:
        m.set_content(body, charset="utf-8", cte="8bit")
    with open(os.path.join(d, "message.eml"), "wb") as f:
        f.write(bytes(m))
    # order record
    op = os.path.join(d, "order.csv")
    if os.path.exists(op):
        os.remove(op)
    o = s.get("order")
    if o is not None:
        day = lambda k: "" if o.get(k) is None else (date + dt.timedelta(days=o[k])).strftime("%Y-%m-%d")
        row = {
            "order_id": oid, "status": o["st"], "channel": o["ch"], "marketplace": "amazon." + tld,
            "value": "%.2f" % o["v"] if CUR[tld] != "JPY" else "%d" % o["v"],
            "currency": CUR[tld], "ship_date": day("ship"), "delivery_date": day("deliv"),
            "carrier": o.get("carrier", ""), "tracking": o.get("trk", ""),
            "refund_amount": ("%.2f" % o["ref"] if CUR[tld] != "JPY" else "%d" % o["ref"]) if o.get("ref") is not None else "",
            "refund_date": day("refd"), "product": prod, "purchase_date": day("purch"),
            "latest_delivery": day("latest"), "return_received": o.get("ret", ""),
        }
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=HEADER, lineterminator="\n")
        w.writeheader(); w.writerow(row)
        with open(op, "w", encoding="utf-8") as f:
            f.write(buf.getvalue())
    e = s["e"]
    lines = ['note = %s' % toml_str(e["note"]), "draft = %s" % ("true" if e.get("draft", True) else "false")]
    if e.get("draft", True):
        lines.append('lang = "%s"' % s["lang"])
    for k in ["offers", "forbid_offers", "requests", "forbid_requests", "tasks"]:
        lines.append("%s = %s" % (k, toml_list(e.get(k, []))))
    with open(os.path.join(d, "expect.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

def toml_str(x):
    return '"' + x.replace("\\", "\\\\").replace('"', '\\"') + '"'

def main():
    import importlib
    specs = []
    for mod in ["specs_en", "specs_de", "specs_fr", "specs_es", "specs_it", "specs_ja", "specs_zh", "specs_notices", "specs_extra"]:
        try:
            specs += importlib.import_module(mod).SPECS
        except ModuleNotFoundError:
            print("missing", mod)
    from notes_en import NOTES
    for i, s in enumerate(specs, 1):
        if i in NOTES:
            s["e"]["note"] = NOTES[i]
        write(i, s)
    print(len(specs), "scenarios")

if __name__ == "__main__":
    main()
