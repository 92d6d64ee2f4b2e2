#!/usr/bin/env python3
"""Adds the mail wrapper, order.csv and expect.toml around hand-written scenarios.
Each scenario's buyer text, order facts and expectations are written by hand in sc_*.py."""
import csv, io, base64, datetime as dt, hashlib, os, random, sys, glob, importlib.util
from email.message import EmailMessage
from email.utils import format_datetime
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JPEG = base64.b64decode("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=") + b"\xff\xd9"
CUR = {"com": "USD", "co.uk": "GBP", "de": "EUR", "fr": "EUR", "es": "EUR", "it": "EUR", "co.jp": "JPY", "ca": "USD"}
CARRIER = {"com": "UPS", "co.uk": "Royal Mail", "de": "DHL", "fr": "Colissimo", "es": "Correos", "it": "BRT", "co.jp": "Yamato", "ca": "Canada Post"}
LOC = {  # subject, message label, footer per marketplace language
 "en": ("Inquiry from Amazon customer {n} (Order: {o})", "Order ID: {o}", "Message:", "Resolve case\nReport suspicious activity\nThis service is provided by Amazon. Amazon retains all messages for two years."),
 "de": ("Anfrage von Amazon-Kunde {n} (Bestellung: {o})", "Bestellnummer: {o}", "Nachricht:", "Nachricht anzeigen\nVerdächtige Aktivität melden\nDieser Service wird von Amazon bereitgestellt."),
 "fr": ("Demande de renseignements de la part du client Amazon {n} (Commande : {o})", "Numéro de commande : {o}", "Message :", "Afficher le message\nSignaler une activité suspecte\nCe service est fourni par Amazon."),
 "es": ("Consulta del cliente de Amazon {n} (Pedido: {o})", "Número de pedido: {o}", "Mensaje:", "Ver mensaje\nInformar de actividad sospechosa\nEste servicio lo proporciona Amazon."),
 "it": ("Richiesta dal cliente Amazon {n} (Ordine: {o})", "Numero ordine: {o}", "Messaggio:", "Visualizza messaggio\nSegnala attività sospetta\nQuesto servizio è fornito da Amazon."),
 "ja": ("Amazonのお客様 {n} からのお問い合わせ (注文番号: {o})", "注文番号: {o}", "メッセージ:", "メッセージを表示\n不審なアクティビティを報告\nこのサービスはAmazonにより提供されています。"),
}
TLDLANG = {"com": "en", "co.uk": "en", "ca": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "co.jp": "ja"}

def O(status, ch="fbm", value=19.99, ship=None, deliv=None, track=True, refund=None, refund_d=None, ret=None, purchase=None, latest=None):
    return dict(status=status, ch=ch, value=value, ship=ship, deliv=deliv, track=track, refund=refund, refund_d=refund_d, ret=ret, purchase=purchase, latest=latest)

def S(lang, tld, name, product, msg, order=None, exp="", note="", photo=False, subject=None, notice=None, oid=None, draft=True):
    return dict(lang=lang, tld=tld, name=name, product=product, msg=msg, order=order, exp=exp, note=note, photo=photo, subject=subject, notice=notice, oid=oid, draft=draft)

def parse_exp(s):
    d = {"offers": [], "forbid_offers": [], "requests": [], "forbid_requests": [], "tasks": []}
    key = {"o": "offers", "x": "forbid_offers", "r": "requests", "f": "forbid_requests", "t": "tasks"}
    for tok in s.split():
        k, v = tok.split(":", 1)
        d[key[k]] += [x for x in v.split(",") if x]
    return d

def write(i, sc, rng):
    d = os.path.join(OUT, f"{i:03d}"); os.makedirs(d, exist_ok=True)
    base = dt.datetime(2025, 1, 6, 7, 0, tzinfo=dt.timezone.utc) + dt.timedelta(days=(i * 5) % 690, hours=rng.randint(0, 14), minutes=rng.randint(0, 59))
    PFX = {"com": (111, 114), "ca": (701, 702), "co.uk": (202, 206), "de": (302, 306), "fr": (402, 407), "es": (403, 408), "it": (402, 408), "co.jp": (249, 250)}
    oid = sc["oid"] or f"{rng.randint(*PFX[sc['tld']])}-{rng.randint(1000000,9999999)}-{rng.randint(1000000,9999999)}"
    tld = sc["tld"]; mlang = TLDLANG[tld]; cur = CUR[tld]
    asin = "B0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
    from email import policy as _pol
    m = EmailMessage(policy=_pol.default.clone(utf8=True))
    m["Date"] = format_datetime(base)
    m["Message-ID"] = f"<{hashlib.md5((str(i)+oid).encode()).hexdigest()}@amazon.{tld}>"
    nt = sc["notice"]
    if nt:
        sender, subj, body = nt(oid=oid, asin=asin, product=sc["product"], name=sc["name"], tld=tld)
        m["From"] = sender; m["To"] = f"seller@example-shop.{tld.split('.')[-1]}"; m["Subject"] = subj
        m.set_content(body, cte="8bit")
    else:
        alias = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))
        m["From"] = f'"{sc["name"]} - Amazon Marketplace" <{alias}@marketplace.amazon.{tld}>'
        m["To"] = f"seller@example-shop.{tld.split('.')[-1]}"
        sj, oline, lab, foot = LOC[mlang]
        m["Subject"] = (sc["subject"] or sj).format(n=sc["name"], o=oid)
        body = f"{oline.format(o=oid)}\n\n#  ASIN        Product Name\n1  {asin}  {sc['product']}\n\n{lab}\n\n{sc['msg'].strip()}\n\n{foot}\n"
        m.set_content(body, cte="8bit")
        if sc["photo"]:
            m.add_attachment(JPEG, maintype="image", subtype="jpeg", filename="photo.jpg")
    raw = m.as_bytes(policy=_pol.default.clone(utf8=True))
    if not nt:  # keep the display name quoted exactly as Amazon sends it
        head, sep, rest = raw.partition(b"\n\n")
        lines = [(f'From: "{sc["name"]} - Amazon Marketplace" <{alias}@marketplace.amazon.{tld}>'.encode() if l.startswith(b"From: ") else l) for l in head.split(b"\n")]
        raw = b"\n".join(lines) + sep + rest
    open(os.path.join(d, "message.eml"), "wb").write(raw)
    o = sc["order"]
    if o:
        day = lambda off: "" if off is None else (base.date() + dt.timedelta(days=off)).isoformat()
        purchase = o["purchase"] if o["purchase"] is not None else min([x for x in (o["ship"], -2) if x is not None]) - 2
        latest = o["latest"] if o["latest"] is not None else purchase + 7
        carrier = track = ""
        if o["ship"] is not None and o["track"]:
            carrier = CARRIER[tld]
            track = ("JJD" + str(rng.randint(10**15, 10**16))) if tld == "de" else ("1Z" + "".join(rng.choice("0123456789ABCDEF") for _ in range(16)) if tld == "com" else str(rng.randint(10**11, 10**12)))
        if o["ch"] == "fba" and o["ship"] is not None: carrier = carrier and "AMZL"
        val = f"{o['value']:.0f}" if cur == "JPY" else f"{o['value']:.2f}"
        ref = "" if o["refund"] is None else (f"{o['refund']:.0f}" if cur == "JPY" else f"{o['refund']:.2f}")
        row = [oid, o["status"], o["ch"], f"amazon.{tld}", val, cur, day(o["ship"]), day(o["deliv"]), carrier, track, ref, day(o["refund_d"]), sc["product"], day(purchase), day(latest), day(o["ret"])]
        hdr = "order_id,status,channel,marketplace,value,currency,ship_date,delivery_date,carrier,tracking,refund_amount,refund_date,product,purchase_date,latest_delivery,return_received"
        buf = io.StringIO(); w = csv.writer(buf, lineterminator="\n"); w.writerow(hdr.split(",")); w.writerow(row)
        open(os.path.join(d, "order.csv"), "w").write(buf.getvalue())
    e = parse_exp(sc["exp"])
    q = lambda xs: "[" + ", ".join(f'"{x}"' for x in xs) + "]"
    lines = [f'note = "{sc["note"].replace(chr(34), chr(39))}"', f"draft = {'true' if sc['draft'] else 'false'}"]
    if sc["draft"]: lines.append(f'lang = "{sc["lang"]}"')
    for k in ("offers", "forbid_offers", "requests", "forbid_requests", "tasks"): lines.append(f"{k} = {q(e[k])}")
    open(os.path.join(d, "expect.toml"), "w").write("\n".join(lines) + "\n")

if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(__file__))
    allsc = []
    for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "sc_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f); mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        allsc += mod.SC
    for i, sc in enumerate(allsc, 1):
        write(i, sc, random.Random(i * 7919))
    print(len(allsc), "scenarios")
