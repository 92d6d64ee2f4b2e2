"""Builds the scenario folders from the hand-written scenarios in sc_*.py.
The script only adds the mail wrapper, ids and the order CSV; every buyer
message and every expectation is written by hand in the sc_*.py files."""
import base64, datetime as dt, hashlib, os, random, shutil, sys
from email.utils import format_datetime

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JPEG = base64.b64decode("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=")
S = []
TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp", "zh": "com"}
CUR = {"com": "USD", "co.uk": "GBP", "de": "EUR", "fr": "EUR", "es": "EUR", "it": "EUR", "co.jp": "JPY", "ca": "CAD", "com.au": "AUD", "sg": "SGD"}
LAB = {  # order label, message label, footer, subject template
 "en": ("Order ID:", "Message:", "Resolve case\n\nThis service is provided by Amazon to help buyers and sellers communicate. Amazon retains all messages for two years.", "Inquiry from Amazon customer {n} (Order: {o})"),
 "de": ("Bestellnummer:", "Nachricht:", "Nachricht anzeigen\n\nDieser Service wird von Amazon bereitgestellt. Amazon speichert alle Nachrichten zwei Jahre lang.", "Anfrage von Amazon-Kunde {n} (Bestellung: {o})"),
 "fr": ("Numéro de commande :", "Message :", "Afficher le message\n\nCe service est fourni par Amazon. Amazon conserve tous les messages pendant deux ans.", "Demande de renseignements de la part du client Amazon {n} (Commande : {o})"),
 "es": ("Número de pedido:", "Mensaje:", "Ver mensaje\n\nEste servicio lo proporciona Amazon. Amazon conserva todos los mensajes durante dos años.", "Consulta del cliente de Amazon {n} (Pedido: {o})"),
 "it": ("Numero ordine:", "Messaggio:", "Visualizza messaggio\n\nQuesto servizio è fornito da Amazon. Amazon conserva tutti i messaggi per due anni.", "Richiesta dal cliente Amazon {n} (Ordine: {o})"),
 "ja": ("注文番号:", "メッセージ:", "メッセージを表示\n\nこのサービスはAmazonが提供しています。Amazonはすべてのメッセージを2年間保存します。", "Amazonのお客様 {n} からのお問い合わせ (注文: {o})"),
}
LAB["zh"] = LAB["en"]

def O(status, ch, value, cur=None, p=-10, s=None, d=None, carrier="", trk="", ra="", rd=None, ld=None, rr=""):
    return dict(status=status, ch=ch, value=value, cur=cur, p=p, s=s, d=d, carrier=carrier, trk=trk, ra=ra, rd=rd, ld=ld, rr=rr)

def X(note, o="", fo="", r="", fr="", t="", draft=True, lang=None):
    return dict(note=note, o=o.split(), fo=fo.split(), r=r.split(), fr=fr.split(), t=t.split(), draft=draft, lang=lang)

def add(lang, name, product, text, e, order=None, date="2026-03-10 09:00", tld=None, kind="inquiry",
        photo=False, oid=None, subject=None, notice_body=None, sender=None):
    S.append(dict(lang=lang, name=name, product=product, text=text, e=e, order=order, date=date,
                  tld=tld or TLD[lang], kind=kind, photo=photo, oid=oid, subject=subject,
                  notice_body=notice_body, sender=sender))

def q(v):
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'

def build():
    for d in os.listdir(OUT):
        if d.isdigit():
            shutil.rmtree(os.path.join(OUT, d))
    for i, s in enumerate(S, 1):
        rnd = random.Random(i * 7919)
        d = os.path.join(OUT, "%03d" % i); os.makedirs(d)
        when = dt.datetime.strptime(s["date"], "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc)
        oid = s["oid"]
        if oid is None:
            oid = "%03d-%07d-%07d" % (rnd.choice([111,112,113,114,205,302,171,249,503,406]), rnd.randrange(10**7), rnd.randrange(10**7))
        alias = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))
        asin = "B0" + "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
        lab = LAB[s["lang"]]
        tld = s["tld"]
        if s["kind"] == "notice":
            frm = s["sender"]
            subj = s["subject"].format(o=oid, n=s["name"])
            body = s["notice_body"].format(o=oid, asin=asin, p=s["product"], n=s["name"])
        else:
            frm = '"%s - Amazon Marketplace" <%s@marketplace.amazon.%s>' % (s["name"], alias, tld)
            if s["subject"]:
                subj = s["subject"].format(o=oid, n=s["name"])
            else:
                subj = lab[3].format(n=s["name"], o=oid) if oid else lab[3].split(" (")[0].format(n=s["name"])
            if s["kind"] == "cancelreq":
                body = s["notice_body"].format(o=oid, asin=asin, p=s["product"], n=s["name"])
            else:
                parts = []
                if oid:
                    parts.append("%s %s\n" % (lab[0], oid))
                parts.append("#  ASIN  Product Name\n1  %s  %s\n" % (asin, s["product"]))
                parts.append("%s\n\n%s\n" % (lab[1], s["text"].strip()))
                parts.append(lab[2])
                body = "\n".join(parts)
        mid = "<%s.%d@%s>" % (hashlib.md5(("%d" % i).encode()).hexdigest()[:20], i, "amazon.com")
        hdr = ["From: " + frm, "To: service@northbay-goods.example", "Subject: " + subj,
               "Date: " + format_datetime(when), "Message-ID: " + mid, "MIME-Version: 1.0"]
        if s["photo"]:
            b = "b1_" + hashlib.md5(mid.encode()).hexdigest()[:16]
            msg = "\n".join(hdr + ['Content-Type: multipart/mixed; boundary="%s"' % b, "", "--" + b,
                  "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "", body, "",
                  "--" + b, 'Content-Type: image/jpeg; name="photo%d.jpg"' % i, "Content-Transfer-Encoding: base64",
                  'Content-Disposition: attachment; filename="photo%d.jpg"' % i, "",
                  base64.encodebytes(JPEG).decode().strip(), "--" + b + "--", ""])
        else:
            msg = "\n".join(hdr + ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "", body, ""])
        open(os.path.join(d, "message.eml"), "w", encoding="utf-8").write(msg)
        o = s["order"]
        if o:
            day = lambda k: "" if o[k] is None else (when + dt.timedelta(days=o[k])).strftime("%Y-%m-%d")
            cur = o["cur"] or CUR[tld]
            mp = "amazon." + tld
            row = [oid, o["status"], o["ch"], mp, "%.2f" % o["value"] if cur != "JPY" else "%d" % o["value"], cur,
                   day("s"), day("d"), o["carrier"], o["trk"], o["ra"], day("rd"), s["product"],
                   day("p"), day("ld"), o["rr"]]
            import csv
            with open(os.path.join(d, "order.csv"), "w", encoding="utf-8", newline="") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow("order_id,status,channel,marketplace,value,currency,ship_date,delivery_date,carrier,tracking,refund_amount,refund_date,product,purchase_date,latest_delivery,return_received".split(","))
                w.writerow(row)
        e = s["e"]
        lines = ["note = " + q(e["note"]), "draft = " + ("true" if e["draft"] else "false")]
        if e["draft"]:
            lines.append("lang = " + q(e["lang"] or s["lang"]))
        for k, kk in (("o", "offers"), ("fo", "forbid_offers"), ("r", "requests"), ("fr", "forbid_requests"), ("t", "tasks")):
            lines.append("%s = [%s]" % (kk, ", ".join(q(x) for x in e[k])))
        open(os.path.join(d, "expect.toml"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print(len(S), "scenarios")

if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import builtins
    for m in ["sc_en", "sc_de", "sc_fr", "sc_es", "sc_it", "sc_ja", "sc_zh", "sc_notices"]:
        if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py")):
            ns = dict(add=add, O=O, X=X)
            exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py"), encoding="utf-8").read(), ns)
    build()
