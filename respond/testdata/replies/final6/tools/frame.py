# Mail wrapper + writer. Buyer texts are written individually in scen_*.py.
import os, random, datetime, base64, csv, io
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JPEG = base64.b64decode("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=")
rng = random.Random(20261205)
TH = {"EUR": 30.0, "GBP": 25.0, "USD": 30.0, "JPY": 4000}
WRAP = {
 "com":   ("Inquiry from Amazon customer {n} (Order: {o})", "Order ID: {o}", "Message:", "View message\nReport suspicious activity\nThis service is provided by Amazon. Amazon retains all messages for two years.", "USD", "en"),
 "co.uk": ("Inquiry from Amazon customer {n} (Order: {o})", "Order ID: {o}", "Message:", "View message\nReport suspicious activity\nThis service is provided by Amazon. Amazon retains all messages for two years.", "GBP", "en"),
 "de":    ("Anfrage von Amazon-Kunde {n} (Bestellung: {o})", "Bestellnummer: {o}", "Nachricht:", "Nachricht anzeigen\nVerdächtige Aktivität melden\nDieser Service wird von Amazon bereitgestellt.", "EUR", "de"),
 "fr":    ("Demande de renseignements de la part du client Amazon {n} (Commande : {o})", "Numéro de commande : {o}", "Message :", "Afficher le message\nSignaler une activité suspecte\nCe service est fourni par Amazon.", "EUR", "fr"),
 "es":    ("Consulta del cliente de Amazon {n} (Pedido: {o})", "Número de pedido: {o}", "Mensaje:", "Ver mensaje\nInformar de actividad sospechosa\nEste servicio lo proporciona Amazon.", "EUR", "es"),
 "it":    ("Richiesta dal cliente Amazon {n} (Ordine: {o})", "Numero ordine: {o}", "Messaggio:", "Visualizza messaggio\nSegnala attività sospetta\nQuesto servizio è fornito da Amazon.", "EUR", "it"),
 "co.jp": ("Amazonのお客様 {n} からのお問い合わせ (注文番号: {o})", "注文番号: {o}", "メッセージ:", "メッセージを表示\n不審なアクティビティを報告\nこのサービスはAmazonにより提供されています。", "JPY", "ja"),
}
CARR = {"com": "UPS", "co.uk": "Royal Mail", "de": "DHL", "fr": "Colissimo", "es": "Correos", "it": "BRT", "co.jp": "Yamato"}
ALL = []
def oid():
    return "%03d-%07d-%07d" % (rng.choice([111,112,113,114,302,303,305,306,402,403,249,250,503,171]), rng.randrange(10**7), rng.randrange(10**7))
def alias():
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))
def asin():
    return "B0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
def msgdate():
    d = datetime.datetime(2025,1,6,8,0) + datetime.timedelta(days=rng.randrange(0,690), minutes=rng.randrange(0,600))
    return d
def O(st, ch, val, ship=None, deliv=None, trk=True, latest=None, refund=None, refund_d=None, ret=None, purch=None, cur=None):
    return dict(st=st, ch=ch, val=val, ship=ship, deliv=deliv, trk=trk, latest=latest, refund=refund, refund_d=refund_d, ret=ret, purch=purch, cur=cur)
def E(note, offers=(), fo=(), req=(), fr=(), tasks=(), draft=True):
    return dict(note=note, offers=list(offers), fo=list(fo), req=list(req), fr=list(fr), tasks=list(tasks), draft=draft)
def S(lang, tld, name, product, text, order, exp, photo=False, kind="buyer", subject=None, state=None, case=None):
    ALL.append(dict(lang=lang, tld=tld, name=name, product=product, text=text, order=order, exp=exp, photo=photo, kind=kind, subject=subject, state=state, case=case))
def N(lang, tld, kind, product, order, exp, reason=None, comment="", name="", state=None, case="notice", amount=None):
    ALL.append(dict(lang=lang, tld=tld, name=name, product=product, text=comment, order=order, exp=exp, photo=False, kind=kind, subject=None, reason=reason, state=state, case=case, amount=amount))
