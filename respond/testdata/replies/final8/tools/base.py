import os, random, datetime as dt, struct
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(22)

def tiny_jpeg():
    b = b'\xff\xd8'
    b += b'\xff\xe0' + struct.pack('>H', 16) + b'JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'
    b += b'\xff\xdb' + struct.pack('>H', 67) + b'\x00' + b'\x01' * 64
    b += b'\xff\xc0' + struct.pack('>HBHHB', 11, 8, 8, 8, 1) + b'\x01\x11\x00'
    b += b'\xff\xc4' + struct.pack('>H', 20) + b'\x00' + b'\x01' + b'\x00' * 15 + b'\x00'
    b += b'\xff\xc4' + struct.pack('>H', 20) + b'\x10' + b'\x01' + b'\x00' * 15 + b'\x00'
    b += b'\xff\xda' + struct.pack('>H', 8) + b'\x01\x01\x00\x00\x3f\x00'
    b += b'\x3f'
    b += b'\xff\xd9'
    return b

CUR = {'com': 'USD', 'co.uk': 'GBP', 'de': 'EUR', 'fr': 'EUR', 'es': 'EUR', 'it': 'EUR', 'co.jp': 'JPY', 'ca': 'CAD'}
MKT = {'com': 'amazon.com', 'co.uk': 'amazon.co.uk', 'de': 'amazon.de', 'fr': 'amazon.fr', 'es': 'amazon.es',
       'it': 'amazon.it', 'co.jp': 'amazon.co.jp'}

TPL = {
 'en': dict(subj='Inquiry from Amazon customer {name} (Order: {oid})', oid='Order ID: {oid}', tab='#  ASIN  Product Name',
            msg='Message:', foot='Resolve case\nReport suspicious activity\n\nThis service is provided by Amazon to help buyers and sellers communicate. We retain all messages for two years.'),
 'de': dict(subj='Anfrage von Amazon-Kunde {name} (Bestellung: {oid})', oid='Bestellnummer: {oid}', tab='#  ASIN  Produktname',
            msg='Nachricht:', foot='Nachricht anzeigen\nVerdächtige Aktivität melden\n\nDieser Service wird von Amazon bereitgestellt, um die Kommunikation zwischen Käufern und Verkäufern zu erleichtern.'),
 'fr': dict(subj='Demande de renseignements de la part du client Amazon {name} (Commande : {oid})', oid='Numéro de commande : {oid}', tab='#  ASIN  Nom du produit',
            msg='Message :', foot='Afficher le message\nSignaler une activité suspecte\n\nCe service est fourni par Amazon pour faciliter la communication entre acheteurs et vendeurs.'),
 'es': dict(subj='Consulta del cliente de Amazon {name} (Pedido: {oid})', oid='N.º de pedido: {oid}', tab='#  ASIN  Nombre del producto',
            msg='Mensaje:', foot='Ver mensaje\nInformar de actividad sospechosa\n\nAmazon ofrece este servicio para facilitar la comunicación entre compradores y vendedores.'),
 'it': dict(subj='Richiesta dal cliente Amazon {name} (Ordine: {oid})', oid='Numero ordine: {oid}', tab='#  ASIN  Nome prodotto',
            msg='Messaggio:', foot='Visualizza messaggio\nSegnala attività sospetta\n\nQuesto servizio è fornito da Amazon per agevolare la comunicazione tra acquirenti e venditori.'),
 'ja': dict(subj='Amazonのお客様 {name} からの問い合わせ (注文番号: {oid})', oid='注文番号: {oid}', tab='#  ASIN  商品名',
            msg='メッセージ:', foot='メッセージを表示\n不審なアクティビティを報告\n\nこのサービスは、購入者と出品者のコミュニケーションのためにAmazonが提供しています。'),
}
TLD_TPL = {'com': 'en', 'co.uk': 'en', 'de': 'de', 'fr': 'fr', 'es': 'es', 'it': 'it', 'co.jp': 'ja'}

def alias():
    return ''.join(rnd.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(15))

def oid():
    return '%03d-%07d-%07d' % (rnd.choice([111,112,113,114,171,202,302,303,249,250,403,404,503,406]), rnd.randrange(10**7), rnd.randrange(10**7))

def asin():
    return 'B0' + ''.join(rnd.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(8))

def O(status, ch, val, purchase=-10, ship=None, deliv=None, carrier='', trk='', refund=None, refund_d=None, latest=None, ret=None):
    return dict(status=status, channel=ch, value=val, purchase=purchase, ship=ship, deliv=deliv, carrier=carrier,
                trk=trk, refund=refund, refund_d=refund_d, latest=latest, ret=ret)

def X(note, d=True, o=(), fo=(), r=(), fr=(), t=()):
    return dict(note=note, draft=d, offers=list(o), forbid_offers=list(fo), requests=list(r), forbid_requests=list(fr), tasks=list(t))

SC = []
def S(lang, tld, name, product, text, order, exp, kind='inq', photo=False, topic=None, extra=None):
    SC.append(dict(lang=lang, tld=tld, name=name, product=product, text=text, order=order, exp=exp, kind=kind,
                   photo=photo, topic=topic, extra=extra or {}))

def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def arr(a):
    return '[' + ', '.join(q(x) for x in a) + ']'

def build():
    import shutil
    start = dt.datetime(2025, 1, 6, 8, 12, tzinfo=dt.timezone.utc)
    for i, s in enumerate(SC, 1):
        d = os.path.join(OUT, '%03d' % i)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
        date = start + dt.timedelta(days=i * 5 + rnd.randrange(4), hours=rnd.randrange(13), minutes=rnd.randrange(60))
        if date.year > 2026:
            date = date.replace(year=2026)
        s['date'] = date
        s['oid'] = s['extra'].get('oid') or oid()
        s['asin'] = asin()
        write_eml(d, s)
        if s['order']:
            write_csv(d, s)
        write_toml(d, s)

def day(s, off):
    if off is None:
        return ''
    return (s['date'] + dt.timedelta(days=off)).date().isoformat()

def write_csv(d, s):
    o = s['order']
    cur = CUR[s['tld']]
    val = ('%d' % o['value']) if cur == 'JPY' else ('%.2f' % o['value'])
    ref = '' if o['refund'] is None else (('%d' % o['refund']) if cur == 'JPY' else '%.2f' % o['refund'])
    row = [s['oid'], o['status'], o['channel'], MKT[s['tld']], val, cur, day(s, o['ship']), day(s, o['deliv']),
           o['carrier'], o['trk'], ref, day(s, o['refund_d']), s['product'], day(s, o['purchase']), day(s, o['latest']), day(s, o['ret'])]
    def c(x):
        x = str(x)
        return '"' + x.replace('"', '""') + '"' if (',' in x or '"' in x) else x
    with open(os.path.join(d, 'order.csv'), 'w', encoding='utf-8') as f:
        f.write('order_id,status,channel,marketplace,value,currency,ship_date,delivery_date,carrier,tracking,refund_amount,refund_date,product,purchase_date,latest_delivery,return_received\n')
        f.write(','.join(c(x) for x in row) + '\n')

def write_toml(d, s):
    e = s['exp']
    lines = ['note = ' + q(e['note']), 'draft = ' + ('true' if e['draft'] else 'false')]
    if e['draft']:
        lines.append('lang = ' + q(s['lang']))
    for k in ('offers', 'forbid_offers', 'requests', 'forbid_requests', 'tasks'):
        lines.append('%s = %s' % (k, arr(e[k])))
    with open(os.path.join(d, 'expect.toml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')

def write_eml(d, s):
    m = EmailMessage()
    tld = s['tld']
    t = TPL[TLD_TPL[tld]]
    k = s['kind']
    oidv = s['oid']
    prod = '1  %s  %s' % (s['asin'], s['product'])
    if k in ('inq', 'cancel_official'):
        m['From'] = '"%s - Amazon Marketplace" <%s@marketplace.amazon.%s>' % (s['name'], alias(), tld)
        if k == 'inq':
            subj = t['subj'].format(name=s['name'], oid=oidv)
            if s['topic']:
                subj = '%s inquiry from Amazon customer %s (Order: %s)' % (s['topic'], s['name'], oidv)
            if s['extra'].get('no_order'):
                subj = subj.split(' (')[0]
            body = ('' if s['extra'].get('no_order') else t['oid'].format(oid=oidv) + '\n\n') + t['tab'] + '\n' + prod + '\n\n' + t['msg'] + '\n\n' + s['text'].strip() + '\n\n' + t['foot'] + '\n'
        else:
            if tld == 'es':
                subj = 'Solicitud de cancelación de pedido del cliente de Amazon %s (Pedido: %s)' % (s['name'], oidv)
            else:
                subj = 'Order cancellation request from Amazon customer %s (Order: %s)' % (s['name'], oidv)
            body = ('Hello,\n\nThe customer %s has sent a cancellation request for the order below. '
                    'Please review the request and cancel the order in Seller Central if it has not shipped.\n\n'
                    'Reason given by the buyer: %s\n\n%s\n%s\n\nBuyer Cancellation Request for Order ID: %s\n\n'
                    'Thank you,\nAmazon Services\n') % (s['name'], s['text'].strip(), t['tab'] if False else '#  ASIN  Product Name', prod, oidv)
    else:
        snd = {'return_auth': 'order-update@amazon.%s' % tld, 'return_received': 'order-update@amazon.%s' % tld,
               'refund_initiated': 'do-not-reply@amazon.com', 'feedback': 'seller-performance@amazon.%s' % tld,
               'atoz': 'atoz-guarantee-no-reply@amazon.com', 'optout': 'donotreply@amazon.com'}[k]
        m['From'] = '"Amazon" <%s>' % snd
        subj, body = s['text'](s)
    m['To'] = 'support@northfield-goods.example'
    m['Subject'] = subj
    m['Date'] = format_datetime(s['date'])
    m['Message-ID'] = make_msgid(domain='amazon.%s' % tld)
    m.set_content(body, cte='8bit')
    if s['photo']:
        m.add_attachment(tiny_jpeg(), maintype='image', subtype='jpeg', filename=s['photo'] if isinstance(s['photo'], str) else 'photo.jpg')
    with open(os.path.join(d, 'message.eml'), 'wb') as f:
        f.write(bytes(m))

# ---- notice bodies ----
def return_auth(reason, comment, channel_note=''):
    def f(s):
        return ('Return authorization request for order # %s' % s['oid'],
                'Dear Seller,\n\nAmazon has authorized a return for the following order on behalf of the buyer %s.\n\n'
                'Order ID: # %s\n\nOrder Item: %s\nASIN: %s\nSKU: NFG-%s\nReturn Quantity: 1\nReturn Reason: %s\n'
                "Customer's Comment: %s\n\nThe return has been authorized under Amazon's returns policy. "
                'Please issue the refund within two business days of receiving the item.\n\nSincerely,\nAmazon Services\n'
                % (s['name'], s['oid'], s['product'], s['asin'], s['asin'][-4:], reason, comment))
    return f

def return_received(cond):
    def f(s):
        return ('Return received for order # %s' % s['oid'],
                'Dear Seller,\n\nThe following return has been received.\n\nOrder ID: # %s\nItem: %s\nASIN: %s\nQuantity received: 1\n'
                'Condition reported: %s\n\nIf you have not yet refunded the buyer, please do so within two business days.\n\nAmazon Services\n'
                % (s['oid'], s['product'], s['asin'], cond))
    return f

def refund_initiated(amount):
    def f(s):
        return ('Refund initiated for order %s' % s['oid'],
                'Dear Seller,\n\nThis is a notification that a refund has been initiated for the following order.\n\n'
                'Order ID: %s\nItem: %s\nRefund amount: %s\nReason: Customer return\n\nNo action is required.\n\nAmazon Services\n'
                % (s['oid'], s['product'], amount))
    return f

def feedback(rating, comment):
    def f(s):
        return ('New negative feedback received for order %s' % s['oid'],
                'Dear Seller,\n\nA buyer has left feedback for one of your orders.\n\nOrder ID: %s\nRating: %s out of 5\n'
                'Comments: "%s"\n\nYou can view and respond to feedback on the Feedback Manager page in Seller Central.\n\nAmazon Services\n'
                % (s['oid'], rating, comment))
    return f

def atoz(reason, comment):
    def f(s):
        return ('A-to-z Guarantee Claim for Order %s' % s['oid'],
                'Dear Seller,\n\nThe buyer has filed an A-to-z Guarantee claim for order %s.\n\nClaim reason: %s\nBuyer comment: %s\n\n'
                'Please respond to the claim in Seller Central within 72 hours. If you do not respond, Amazon may decide the claim in favour of the buyer.\n\nAmazon Services\n'
                % (s['oid'], reason, comment))
    return f
