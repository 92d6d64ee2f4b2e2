"""Assembles hand-written scenarios into NNN/ directories.
Each scenario's buyer text, order facts and expectations are written by hand in
batch_*.py; this file only wraps them in Amazon's mail envelope."""
import datetime as dt, random, hashlib
from email.message import EmailMessage
from email.utils import format_datetime

SCEN = []

MKT = {  # tld, currency, subject, order label, message label, footer
 "us": ("com", "USD", "Inquiry from Amazon customer {n} (Order: {o})", "Order ID:", "Message:", "Resolve case"),
 "uk": ("co.uk", "GBP", "Inquiry from Amazon customer {n} (Order: {o})", "Order ID:", "Message:", "Resolve case"),
 "de": ("de", "EUR", "Anfrage von Amazon-Kunde {n} (Bestellung: {o})", "Bestellnummer:", "Nachricht:", "Nachricht anzeigen"),
 "fr": ("fr", "EUR", "Demande de renseignements de la part du client Amazon {n} (Commande : {o})", "Numéro de commande :", "Message :", "Afficher le message"),
 "es": ("es", "EUR", "Consulta del cliente de Amazon {n} (Pedido: {o})", "Número de pedido:", "Mensaje:", "Ver mensaje"),
 "it": ("it", "EUR", "Richiesta dal cliente Amazon {n} (Ordine: {o})", "Numero ordine:", "Messaggio:", "Visualizza messaggio"),
 "ca": ("ca", "CAD", "Demande de renseignements de la part du client Amazon {n} (Commande : {o})", "Numéro de commande :", "Message :", "Afficher le message"),
 "jp": ("co.jp", "JPY", "Amazonのお客様 {n} からのお問い合わせ (注文番号: {o})", "注文番号:", "メッセージ:", "メッセージを表示"),
}
FOOT = {
 "us": "Was this email helpful?\nCopyright 2026 Amazon.com, Inc. or its affiliates. All rights reserved.\nReport suspicious activity",
 "uk": "Was this email helpful?\nCopyright 2026 Amazon EU S.a r.l. or its affiliates. All rights reserved.\nReport suspicious activity",
 "de": "War diese E-Mail hilfreich?\nCopyright 2026 Amazon EU S.a r.l. oder Tochtergesellschaften. Alle Rechte vorbehalten.\nVerdächtige Aktivität melden",
 "fr": "Cet e-mail vous a-t-il été utile ?\nCopyright 2026 Amazon EU S.a r.l. ou ses filiales. Tous droits réservés.\nSignaler une activité suspecte",
 "es": "¿Te ha resultado útil este correo?\nCopyright 2026 Amazon EU S.a r.l. o sus filiales. Todos los derechos reservados.\nDenunciar actividad sospechosa",
 "it": "Questa e-mail ti è stata utile?\nCopyright 2026 Amazon EU S.a r.l. o sue affiliate. Tutti i diritti riservati.\nSegnala attività sospetta",
 "ca": "Cet e-mail vous a-t-il été utile ?\nCopyright 2026 Amazon.com.ca ULC ou ses filiales. Tous droits réservés.\nSignaler une activité suspecte",
 "jp": "このメールは役に立ちましたか？\nCopyright 2026 Amazon.co.jp. All rights reserved.\n不審なアクティビティを報告",
}

# a tiny valid baseline JPEG (8x8 grey)
JPEG = bytes.fromhex(
 "ffd8ffe000104a46494600010100000100010000"
 "ffdb004300" + "01" * 64 +
 "ffc0000b080008000801011100"
 "ffc4001400" + "01" + "00" * 15 + "00"
 "ffc4001410" + "01" + "00" * 15 + "00"
 "ffda0008010100003f00" "3f" "ffd9")

def O(status, ch, value, ship=None, deliv=None, carrier="", trk="", refund=None, refund_d=None,
      purchase=None, latest=None, ret=None, cur=None):
    return dict(status=status, ch=ch, value=value, ship=ship, deliv=deliv, carrier=carrier, trk=trk,
                refund=refund, refund_d=refund_d, purchase=purchase, latest=latest, ret=ret, cur=cur)

def S(lang, mkt, name, asin, product, date, msg, note, order=None, offers=(), fo=(), req=(), freq=(),
      tasks=(), draft=True, photo=None, subject=None, oid=None, case="", state="", sender=None,
      raw=None, photo_only=False):
    SCEN.append(dict(lang=lang, mkt=mkt, name=name, asin=asin, product=product, date=date, msg=msg,
                     note=note, order=order, offers=list(offers), fo=list(fo), req=list(req),
                     freq=list(freq), tasks=list(tasks), draft=draft, photo=photo, subject=subject,
                     oid=oid, case=case, state=state, sender=sender, raw=raw))
